/**
 * What the surplus module needs from the modules it builds on, as ports they provide from a @Global() module
 * (STYLE.md: the surplus sits at the top of the ladder, but share capital, governance and the credit fund are built
 * separately; these interfaces are the contract). For example, in the share-capital module:
 *   @Global() @Module({ providers: [
 *     { provide: CAPITAL_HOLDINGS, useExisting: SurplusCapitalAdapter },
 *     { provide: CAPITAL_ALLOCATION_POSTING, useExisting: SurplusCapitalAdapter } ],
 *     exports: [CAPITAL_HOLDINGS, CAPITAL_ALLOCATION_POSTING] })
 * A route that needs a port nobody provides answers 409 CAPITAL_MODULE_UNAVAILABLE, GOVERNANCE_MODULE_UNAVAILABLE or
 * CREDIT_FUND_MODULE_UNAVAILABLE, and changes nothing: the module never makes data up.
 */
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/context/request-context.js';

/** Share capital: members' paid-up capital over a fiscal year (for the interest on capital). */
export const CAPITAL_HOLDINGS = Symbol('CAPITAL_HOLDINGS');
/** Governance: whether the ballot a plan is linked to passed. */
export const BALLOT_DECISIONS = Symbol('BALLOT_DECISIONS');
/** Share capital: crediting members' refunds as capital (`allocation` entries). */
export const CAPITAL_ALLOCATION_POSTING = Symbol('CAPITAL_ALLOCATION_POSTING');
/** Credit fund: the community fund's allocation entering the solidarity credit fund's ledger. */
export const CREDIT_FUND_POSTING = Symbol('CREDIT_FUND_POSTING');

/** A parameterised SELECT ($1, $2... numbered from 1) that the surplus computation embeds as a subquery. */
export interface SqlQuery {
  sql: string;
  params: unknown[];
}

export interface CapitalHoldingsPort {
  /**
   * A SELECT over the capital ledger giving, for the cooperative `cooperativeId`, the paid-up amounts held on at
   * least one day of the fiscal year [start, end] (both 'YYYY-MM-DD', included), with exactly these columns:
   *   member_id uuid       -- the member (members.id of this cooperative)
   *   amount    numeric    -- a paid-up amount in the currency
   *   held_from date       -- effective date from which it counted as paid up (included)
   *   left_on   date|null  -- effective date on which it left (redemption, transfer out); the last day held is the
   *                            day before. Null: still held after the year.
   * Either lots (amount > 0, with left_on when they left), or signed movements (payments, transfers in and
   * allocations positive; redemptions and transfers out negative, with left_on null and held_from their effective
   * date): interest weight is linear in amount x days, so both give the same weight, and the provider needs no lot
   * matching. A ledger of signed paid-up deltas can thus answer with
   *   SELECT member_id, paid_up_delta AS amount, effective_date AS held_from, NULL::date AS left_on
   *     FROM <entries> WHERE cooperative_id = $1 AND effective_date <= $2 AND paid_up_delta <> 0
   * A mistaken entry and its reversal are best both left out: counted as movements, the money would earn interest
   * from the mistake to its reversal. For every member and every day the rows must add up to the paid-up capital
   * held that day (never negative). Rows entirely outside the year may be included (they count zero days).
   * The computation runs it once per plan, inside its transaction, as
   *   INSERT INTO <temporary table> SELECT member_id, amount, held_from, left_on FROM (<sql>) h
   * so it must be set-based (no per-member calls) and fast on an index of (cooperative_id, effective_date): it is
   * read for up to millions of members. No trailing semicolon.
   */
  holdingsQuery(input: { cooperativeId: string; start: string; end: string }): SqlQuery;
}

export interface BallotDecisionsPort {
  /**
   * Resolves when ballot `ballotId` of cooperative `cooperativeId` is closed with a published result that passed
   * (quorum met and majority reached). Otherwise throws a DomainError: BALLOT_NOT_FOUND (404) when the ballot is
   * unknown in that cooperative, BALLOT_NOT_PASSED (409) when it has no published result yet, failed its quorum or
   * was rejected. Called inside the approval transaction (read through the request's transaction); it only reads.
   * What it resolves with is ignored.
   */
  assertPassed(ctx: RequestContext, cooperativeId: string, ballotId: string): Promise<unknown>;
}

/** What a posting port reports; the execution checks it against the plan's lines before committing. */
export interface PostingResult {
  /** Ledger entries created by this call. */
  entries: number;
  /** Their sum, a decimal string. */
  amount: string;
}

export interface CapitalAllocationPostingPort {
  /**
   * Inside the execution transaction, through `manager` (the plan row is locked, its status still `approved`):
   * for every line of the plan paid as capital, one share-capital `allocation` entry crediting the member's paid-up
   * capital with the line's total, effective `effectiveDate`. Set-based, one statement:
   *   INSERT INTO <capital ledger> (...)
   *   SELECT l.cooperative_id, l.member_id, l.total, $3::date, 'allocation', l.plan_id, ...
   *     FROM distribution_plan_lines l
   *    WHERE l.cooperative_id = $1 AND l.plan_id = $2 AND l.refund_mode = 'capital' AND l.total > 0
   *   ON CONFLICT (<unique source key: cooperative_id, plan_id, member_id>) DO NOTHING
   * keeping any balance row in step in the same transaction. Idempotent by that unique key: a repeated call posts
   * nothing and reports 0 entries. Returns the entries created and their sum (the execution refuses to commit when
   * they differ from the plan's capital lines: 500 POSTING_MISMATCH, nothing posted). Turning money into shares is
   * the share-capital module's rule (its allocationChange: pay up unpaid subscriptions first, then new shares at
   * par), applied set-based with each member's balance row in the same statement.
   */
  postCapitalAllocations(
    manager: EntityManager,
    input: { cooperativeId: string; planId: string; effectiveDate: string },
  ): Promise<PostingResult>;
}

export interface CreditFundPostingPort {
  /**
   * Inside the execution transaction, through `manager`: one "allocation from surplus" entry of `amount` (> 0, a
   * decimal string with the currency's decimals) on the solidarity credit fund's ledger, value date `valueDate`,
   * for the source `sourceId` (the plan's id). One allocation per source, ever: a repeat with the same amount posts
   * nothing and resolves; another amount throws. Resolves when the entry is (or already was) on the ledger; what it
   * resolves with is ignored. (The credit fund's CreditFundService.postSurplusAllocation has this shape.)
   */
  postSurplusAllocation(
    ctx: RequestContext,
    input: { cooperativeId: string; amount: string; valueDate: string; sourceId: string; description?: string },
  ): Promise<unknown>;
}
