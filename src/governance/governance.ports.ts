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
  /** SQL expression of the member's cooperative id (uuid), e.g. `m.cooperative_id`. */
  cooperativeId: string;
  /** SQL expression of the member's id (uuid), e.g. `m.id`. */
  memberId: string;
  /** SQL expression of the record date (date), e.g. `$3::date`. */
  recordDate: string;
}

export interface VotingConditionsPort {
  /**
   * A SQL boolean expression, true when the member had paid up the shares the bylaws require for voting on the
   * record date, e.g.
   *   `EXISTS (SELECT 1 FROM share_balances_on(${refs.cooperativeId}, ${refs.memberId}, ${refs.recordDate}) b
   *            WHERE b.paid_up >= b.required)`.
   */
  paidSharesCondition(refs: VotingConditionRefs): string;
}
