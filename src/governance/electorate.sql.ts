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
import { DomainError } from '../common/errors/domain-error.js';
import type { VotingConditionsPort } from './governance.ports.js';

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
  const conditions = [`m.cooperative_id = ${coop}`, `m.first_admitted_on <= ${day}`, `s.to_status = 'active'`];
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
      `(${port.paidSharesCondition({ cooperativeId: 'm.cooperative_id', memberId: 'm.id', recordDate: day })})`,
    );
  }
  // Each member's last transition in recorded order effective on or before the day: one pass over the
  // cooperative's range of ix_member_transitions_member (cheaper at a million members than a probe per member).
  return `FROM members m
    JOIN (
      SELECT DISTINCT ON (t.member_id) t.member_id, t.to_status FROM member_transitions t
       WHERE t.cooperative_id = ${coop} AND t.effective_date <= ${day}${only !== undefined ? ` AND t.member_id = ANY(${only})` : ''}
       ORDER BY t.member_id, t.id DESC
    ) s ON s.member_id = m.id
    WHERE ${conditions.join('\n      AND ')}`;
}

export const conditionUnavailable = () =>
  new DomainError(
    'VOTING_CONDITION_UNAVAILABLE',
    'The bylaws require paid-up shares to vote, and no share-capital data is available to apply that condition: the electorate cannot be determined.',
  );

/**
 * The fingerprint of a roll, computed by PostgreSQL with the recipe of tally.rules.ts (electorateFingerprint):
 * member ids as text, sorted bytewise (COLLATE "C", = JavaScript order for UUIDs), joined by '\n', UTF-8, SHA-256,
 * lowercase hex. `ids` is a SQL relation with a `member_id uuid` column.
 */
export const FINGERPRINT_SQL = `encode(sha256(convert_to(coalesce(string_agg(member_id::text, E'\\n' ORDER BY member_id::text COLLATE "C"), ''), 'UTF8')), 'hex')`;
