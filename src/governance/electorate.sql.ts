/**
 * Who may vote: the members `active` on the record date (DOMAIN.md: admitted on or before it, not ceased on or
 * before it, no suspension covering it; the same as-of logic as the register, member-register.service.ts) who
 * meet the bylaws' voting conditions:
 * - votingMinMembershipDays N: the admission that opened the membership period covering the record date is at
 *   least N days before it (record date - admission date >= N; 0: admitted on the record date is enough). A
 *   rejoined member counts from the new admission.
 * - votingRequiresPaidShares: the VOTING_CONDITIONS port's SQL condition (governance.ports.ts).
 * One SQL predicate over `members m`, used by the roll freeze (one INSERT ... SELECT), the assembly's electorate
 * count and single-member checks.
 */
import type { VotingConditionsPort } from './governance.ports.js';
import { GovernanceError } from './governance.errors.js';

export interface VotingRules {
  votingRequiresPaidShares: boolean;
  votingMinMembershipDays: number;
}

/**
 * The FROM/WHERE tail selecting eligible members `m` of cooperative `coop` on date `day` (SQL expressions, e.g.
 * '$1::uuid' and '$3::date'); `only` (a SQL uuid[] expression) narrows it to a few members, inside the scan too.
 * `minDays` is inlined as an integer.
 */
export function eligibleMembersSql(
  rules: VotingRules,
  port: VotingConditionsPort | undefined,
  coop: string,
  day: string,
  only?: string,
): string {
  const minDays = rules.votingMinMembershipDays;
  if (!Number.isSafeInteger(minDays) || minDays < 0) throw new Error('votingMinMembershipDays must be >= 0');
  const conditions = [`m.cooperative_id = ${coop}`, `m.first_admitted_on <= ${day}`];
  if (only !== undefined) conditions.push(`m.id = ANY(${only})`);
  if (minDays > 0) {
    conditions.push(
      `(SELECT max(a.effective_date) FROM member_transitions a
         WHERE a.cooperative_id = m.cooperative_id AND a.member_id = m.id
           AND a.action = 'admit' AND a.effective_date <= ${day}) <= ${day} - ${minDays}`,
    );
  }
  if (rules.votingRequiresPaidShares) {
    if (!port) throw conditionUnavailable();
    conditions.push(
      `(${port.paidSharesCondition({ cooperativeId: coop, memberId: 'm.id', recordDate: day, members: only })})`,
    );
  }
  // The status on the day: a member's status is the to_status of their last transition in recorded order (the
  // service writes both together), so for a member with no transition dated after the day it is their current
  // status; only members with a transition dated after the day (few: recent or future-dated changes) need their
  // last transition effective on or before it. No sort of the whole history at a million members.
  const narrowed = only !== undefined ? ` AND t.member_id = ANY(${only})` : '';
  conditions.push(`(m.status = 'active' AND past.member_id IS NULL OR past.to_status = 'active')`);
  return `FROM members m
    LEFT JOIN (
      SELECT DISTINCT ON (t.member_id) t.member_id, t.to_status FROM member_transitions t
       WHERE t.cooperative_id = ${coop} AND t.effective_date <= ${day}${narrowed}
         AND t.member_id IN (SELECT l.member_id FROM member_transitions l
                              WHERE l.cooperative_id = ${coop} AND l.effective_date > ${day})
       ORDER BY t.member_id, t.id DESC
    ) past ON past.member_id = m.id
    WHERE ${conditions.join('\n      AND ')}`;
}

export const conditionUnavailable = () =>
  new GovernanceError(
    'VOTING_CONDITION_UNAVAILABLE',
    'The bylaws require paid-up shares to vote, and no share-capital data is available to apply that condition: the electorate cannot be determined.',
  );

/**
 * The fingerprint of a roll, computed by PostgreSQL with the recipe of tally.rules.ts (electorateFingerprint):
 * member ids as text, sorted bytewise (COLLATE "C", = JavaScript order for UUIDs), joined by '\n', UTF-8, SHA-256,
 * lowercase hex. `ids` is a SQL relation with a `member_id uuid` column.
 */
export const FINGERPRINT_SQL = `encode(sha256(convert_to(coalesce(string_agg(member_id::text, E'\\n' ORDER BY member_id::text COLLATE "C"), ''), 'UTF8')), 'hex')`;
