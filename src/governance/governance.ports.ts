/**
 * What governance needs from a module beside it: the bylaws' voting condition `votingRequiresPaidShares` depends
 * on paid-up share capital, which the share-capital module keeps. That module provides VOTING_CONDITIONS from a
 * @Global() module, e.g. `{ provide: VOTING_CONDITIONS, useExisting: PaidSharesVotingCondition }`.
 *
 * The port returns a SQL boolean expression, not a list of ids, so the electorate stays ONE set-based
 * INSERT ... SELECT over the register (a million members, no loop, no ids through the API process). The fragment
 * must only use the SQL expressions it is given (never interpolate user input) and read tables of the same
 * cooperative; it runs inside the transaction that freezes the roll.
 *
 * When nothing provides the port, the condition cannot be applied: opening a ballot, opening an assembly, recording
 * attendance or appointing a proxy in a cooperative whose bylaws require paid shares is refused with 409
 * VOTING_CONDITION_UNAVAILABLE, never silently ignored. Cooperatives whose bylaws do not require it are unaffected.
 */
export const VOTING_CONDITIONS = Symbol('VOTING_CONDITIONS');

export interface VotingConditionRefs {
  /** SQL expression of the cooperative's id (uuid), a parameter such as `$1::uuid`, not a column of the row. */
  cooperativeId: string;
  /** SQL expression of the member's id (uuid), e.g. `m.id`. */
  memberId: string;
  /** SQL expression of the record date (date), e.g. `$3::date`. */
  recordDate: string;
  /** When set, a SQL uuid[] expression: only these members are asked about (single-member checks). */
  members?: string;
}

export interface VotingConditionsPort {
  /**
   * A SQL boolean expression, true when the member had paid up the shares the bylaws require for voting on the
   * record date. For a whole register, write it as a set the planner can hash once, not a probe per member, e.g.
   *   `${refs.memberId} IN (SELECT member_id FROM paid_up_on(${refs.cooperativeId}, ${refs.recordDate})
   *                          WHERE paid_up >= required)`.
   */
  paidSharesCondition(refs: VotingConditionRefs): string;
}
