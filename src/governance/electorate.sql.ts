/**
 * Who may vote: the members `active` on the record date (DOMAIN.md: admitted on or before it, not ceased on or
 * before it, no suspension covering it; the same as-of logic as the register, member-register.service.ts) who
 * meet the bylaws' voting conditions:
 * - votingMinMembershipDays N: the admission that opened the membership period covering the record date is at
 *   least N days before it (record date - admission date >= N; 0: admitted on the record date is enough). A
 *   rejoined member counts from the new admission.
 * - votingRequiresPaidShares: paid-up capital on the record date (share capital's one definition, paidUpOnSql) of at
 *   least minSharesForMembership x shareParValue, the amount computed here and passed as a parameter.
 * One FROM/WHERE tail over membership's status on the record date (statusOnSql: `m` has member_id, cooperative_id,
 * first_admitted_on, status), used by the roll freeze (one INSERT ... SELECT), the assembly's electorate count and
 * single-member checks.
 */
import type { Bylaws } from '../cooperatives/bylaws.entity.js';
import { Dec } from '../common/money/money.js';
import { paidUpOnSql } from '../share-capital/capital.sql.js';
import { lastAdmissionOnSql, statusOnSql } from '../membership/register.sql.js';

export interface VotingRules {
  votingMinMembershipDays: number;
  /** The paid-up capital a voter must hold on the record date (a decimal string), or null when not required. */
  paidUpRequired: string | null;
}

/** The bylaws' voting conditions, read once per use case. */
export function votingRulesOf(
  bylaws: Pick<
    Bylaws,
    'votingMinMembershipDays' | 'votingRequiresPaidShares' | 'minSharesForMembership' | 'shareParValue'
  >,
): VotingRules {
  return {
    votingMinMembershipDays: bylaws.votingMinMembershipDays,
    paidUpRequired: bylaws.votingRequiresPaidShares
      ? new Dec(bylaws.shareParValue).times(bylaws.minSharesForMembership).toFixed()
      : null,
  };
}

export interface EligibleRefs {
  /** The cooperative's id, a uuid expression of the caller's parameters (e.g. '$1::uuid'). */
  cooperativeId: string;
  /** The record date, a date expression (e.g. '$3::date'). */
  date: string;
  /** When set, a uuid[] expression: only these members, narrowed inside the scans too. */
  members?: string;
}

/**
 * The FROM/WHERE tail selecting eligible members `m`, and the parameters of the whole statement: `params` (the
 * caller's, which `refs` name) followed by the ones the tail adds. `votingMinMembershipDays` is inlined as an integer.
 */
export function eligibleMembersSql(
  rules: VotingRules,
  params: readonly unknown[],
  refs: EligibleRefs,
): { sql: string; params: unknown[] } {
  const { cooperativeId: coop, date: day, members: only } = refs;
  const all = [...params];
  const minDays = rules.votingMinMembershipDays;
  if (!Number.isSafeInteger(minDays) || minDays < 0) throw new Error('votingMinMembershipDays must be >= 0');
  // Active on the day (membership's one definition of status on a day), admitted on or before it.
  const conditions = [`m.status = 'active'`, `m.first_admitted_on <= ${day}`];
  if (minDays > 0) {
    conditions.push(
      `${lastAdmissionOnSql({ cooperativeId: coop, date: day, member: 'm.member_id' })} <= ${day} - ${minDays}`,
    );
  }
  if (rules.paidUpRequired !== null) {
    all.push(rules.paidUpRequired);
    // A set the planner hashes once, not a probe per member (a million members). OFFSET 0 fences the subquery: the
    // status on the day is estimated at a few thousand rows (its CASE filters), and without the fence the planner
    // probed the capital balances' key once per member in a nested loop (10.4 s to open a ballot of 960,000 voters
    // on a record date with no later transition, 5.7 s fenced; docs/performance.md).
    conditions.push(
      `m.member_id IN (SELECT p.member_id FROM (${paidUpOnSql({ cooperativeId: coop, date: day, members: only })}
                          OFFSET 0) p
                 WHERE p.paid_up >= $${all.length}::numeric)`,
    );
  }
  const sql = `FROM (${statusOnSql({ cooperativeId: coop, date: day, members: only })}) m
    WHERE ${conditions.join('\n      AND ')}`;
  return { sql, params: all };
}

/** What the audit entry of an opening says about the conditions applied. */
export function votingConditionsApplied(rules: VotingRules): Record<string, unknown> {
  return {
    minMembershipDays: rules.votingMinMembershipDays,
    paidShares: rules.paidUpRequired !== null ? 'applied' : 'not_required',
  };
}

/**
 * The fingerprint of a roll, computed by PostgreSQL with the recipe of fingerprint.rules.ts (electorateFingerprint):
 * member ids as text, sorted bytewise (COLLATE "C", = JavaScript order for UUIDs), joined by '\n', UTF-8, SHA-256,
 * lowercase hex. `ids` is a SQL relation with a `member_id uuid` column.
 */
export const FINGERPRINT_SQL = `encode(sha256(convert_to(coalesce(string_agg(member_id::text, E'\\n' ORDER BY member_id::text COLLATE "C"), ''), 'UTF8')), 'hex')`;
