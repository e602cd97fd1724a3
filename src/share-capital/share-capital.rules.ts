/**
 * Share capital rules (DOMAIN.md, "Share capital"): what each ledger entry changes in a member's holding, paid-up
 * capital on a day, the bylaws' limits and the request state machine (the redemptions' notice, cap and queue:
 * share-redemptions.rules.ts). Pure: no I/O; money is decimal strings computed with decimal.js.
 *
 * A holding is three balances and one reservation:
 *   shares      shares held (subscribed and not redeemed or transferred away), a whole number;
 *   subscribed  subscribed capital: the par value of those shares;
 *   paidUp      paid-up capital: what was paid towards them (never more than `subscribed`);
 *   committed   shares promised to open transfer and redemption requests (never more than `shares`).
 * Paid-up capital covers shares in order: `floor(paidUp / par)` shares are fully paid, the next one may be partly
 * paid. Only fully paid shares that are not committed can be transferred or partly redeemed; redeeming all of a
 * member's shares repays whatever is paid up and cancels the unpaid rest of the subscription.
 */
import { Dec } from '../common/money/money.js';
import { ShareCapitalError } from './share-capital.errors.js';

export const ENTRY_KINDS = [
  'subscription',
  'payment',
  'transfer_out',
  'transfer_in',
  'redemption',
  'allocation',
  'reversal',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Entries a treasurer may reverse; the others come from completed requests and are undone by a new request. */
export const REVERSIBLE_KINDS: readonly EntryKind[] = ['subscription', 'payment', 'allocation'];

export const REQUEST_KINDS = ['transfer', 'redemption'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const REQUEST_STATUSES = ['requested', 'approved', 'rejected', 'completed', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** 'withdrawal': a redemption opened by the member's cessation with reason withdrawn; 'request': any other. */
export const REQUEST_ORIGINS = ['request', 'withdrawal'] as const;
export type RequestOrigin = (typeof REQUEST_ORIGINS)[number];

export const REQUEST_ACTIONS = ['approve', 'reject', 'complete', 'cancel'] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

export type ShareCapitalRuleCode =
  | 'SHARE_CAP_EXCEEDED'
  | 'PAID_UP_EXCEEDS_SUBSCRIBED'
  | 'INSUFFICIENT_SHARES'
  | 'SHARES_NOT_PAID_UP'
  | 'SHARES_COMMITTED'
  | 'MINIMUM_SHARES_REQUIRED'
  | 'MINIMUM_SHARES_NOT_PAID'
  | 'REDEMPTION_NOT_PAYABLE_YET'
  | 'OPEN_REQUESTS_PENDING'
  | 'ILLEGAL_TRANSITION'
  | 'VALIDATION_FAILED';

/** A broken share-capital rule, with a stable machine code for the problem+json filter. */
export class ShareCapitalRuleError extends ShareCapitalError {
  declare readonly code: ShareCapitalRuleCode;

  constructor(code: ShareCapitalRuleCode, message: string) {
    super(code, message);
  }
}

export interface Holding {
  shares: number;
  /** Decimal string. */
  subscribed: string;
  /** Decimal string. */
  paidUp: string;
  committed: number;
}

/** What one entry changes in a holding (signed). */
export interface Change {
  shares: number;
  subscribed: string;
  paidUp: string;
}

export const EMPTY_HOLDING: Holding = { shares: 0, subscribed: '0', paidUp: '0', committed: 0 };

const fail = (code: ShareCapitalRuleCode, message: string): never => {
  throw new ShareCapitalRuleError(code, message);
};

const money = (value: Dec) => value.toFixed();

// ---------------------------------------------------------------------------------------------------------------
// Entries

/** An entry as paid-up capital on a day reads it (capital.sql.ts is its SQL twin). */
export interface PaidUpEntry {
  id: string;
  kind: EntryKind;
  effectiveDate: string;
  paidUpDelta: string;
  reversesEntryId: string | null;
}

/**
 * Paid-up capital at the end of `date` (YYYY-MM-DD): the entries effective on or before it, leaving out a reversed
 * mistake and its reversal both, whenever the reversal is dated (the mistake never counted).
 */
export function paidUpOn(entries: readonly PaidUpEntry[], date: string): string {
  const reversed = new Set(entries.flatMap((e) => (e.reversesEntryId === null ? [] : [e.reversesEntryId])));
  return money(
    entries
      .filter((e) => e.kind !== 'reversal' && !reversed.has(e.id) && e.effectiveDate <= date)
      .reduce((sum, e) => sum.plus(e.paidUpDelta), new Dec(0)),
  );
}

/** Subscribing `shares` pledges their par value; nothing is paid yet. */
export function subscriptionChange(shares: number, par: string): Change {
  assertPositiveShares(shares);
  return { shares, subscribed: money(new Dec(par).times(shares)), paidUp: '0' };
}

/** A payment raises paid-up capital only. */
export function paymentChange(amount: string): Change {
  assertPositiveAmount(amount);
  return { shares: 0, subscribed: '0', paidUp: money(new Dec(amount)) };
}

/**
 * Capital credited from surplus: it first pays up the member's unpaid subscription; what is left buys new shares at
 * par, fully paid, the last one partly paid when the amount is not a whole number of shares (later payments or
 * allocations complete it). So 25.00 at a par of 10.00 with nothing unpaid: 3 shares, 30.00 subscribed, 25.00 paid.
 */
export function allocationChange(amount: string, par: string, holding: Holding): Change {
  assertPositiveAmount(amount);
  const credited = new Dec(amount);
  const unpaid = new Dec(holding.subscribed).minus(holding.paidUp);
  if (credited.lte(unpaid)) return { shares: 0, subscribed: '0', paidUp: money(credited) };
  const shares = credited.minus(unpaid).div(par).ceil().toNumber();
  return { shares, subscribed: money(new Dec(par).times(shares)), paidUp: money(credited) };
}

/** Shares move between members at par and fully paid: the same change, negated for the giver. */
export function transferChanges(shares: number, par: string): { out: Change; in: Change } {
  assertPositiveShares(shares);
  const value = money(new Dec(par).times(shares));
  return {
    out: { shares: -shares, subscribed: money(new Dec(value).neg()), paidUp: money(new Dec(value).neg()) },
    in: { shares, subscribed: value, paidUp: value },
  };
}

/**
 * Redeeming `shares`: all of the member's shares cancels the whole subscription and repays all paid-up capital
 * (the unpaid rest is simply cancelled); fewer shares repays their par value, so they must be fully paid.
 */
export function redemptionChange(shares: number, par: string, holding: Holding): Change {
  assertPositiveShares(shares);
  if (shares > holding.shares) {
    fail('INSUFFICIENT_SHARES', `Only ${holding.shares} shares are held; ${shares} cannot be redeemed.`);
  }
  if (shares === holding.shares) {
    return {
      shares: -shares,
      subscribed: money(new Dec(holding.subscribed).neg()),
      paidUp: money(new Dec(holding.paidUp).neg()),
    };
  }
  const value = new Dec(par).times(shares);
  if (value.gt(holding.paidUp)) {
    fail('SHARES_NOT_PAID_UP', `Only fully paid shares can be redeemed one by one; ${shares} are not paid up.`);
  }
  return { shares: -shares, subscribed: money(value.neg()), paidUp: money(value.neg()) };
}

/** A reversal undoes exactly what the mistaken entry did. */
export function reversalChange(original: Change): Change {
  return {
    shares: original.shares === 0 ? 0 : -original.shares,
    subscribed: money(new Dec(original.subscribed).neg()),
    paidUp: money(new Dec(original.paidUp).neg()),
  };
}

/**
 * The holding after `change`, checked: shares never negative (INSUFFICIENT_SHARES), paid-up never negative nor
 * above subscribed (PAID_UP_EXCEEDS_SUBSCRIBED), committed shares still held (SHARES_COMMITTED). The database
 * checks the same with CHECK constraints; this gives the clear code first.
 */
export function applyChange(holding: Holding, change: Change): Holding {
  const after: Holding = {
    shares: holding.shares + change.shares,
    subscribed: money(new Dec(holding.subscribed).plus(change.subscribed)),
    paidUp: money(new Dec(holding.paidUp).plus(change.paidUp)),
    committed: holding.committed,
  };
  if (after.shares < 0 || new Dec(after.subscribed).lt(0)) {
    fail('INSUFFICIENT_SHARES', `This would leave ${after.shares} shares: holdings never go negative.`);
  }
  if (new Dec(after.paidUp).lt(0)) {
    fail('INSUFFICIENT_SHARES', 'This would leave a negative paid-up capital.');
  }
  if (new Dec(after.paidUp).gt(after.subscribed)) {
    fail(
      'PAID_UP_EXCEEDS_SUBSCRIBED',
      `Paid-up capital would be ${after.paidUp}, above the subscribed capital of ${after.subscribed}.`,
    );
  }
  if (after.committed > after.shares) {
    fail(
      'SHARES_COMMITTED',
      `${after.committed} shares are committed to open transfer or redemption requests; only ${after.shares} would remain.`,
    );
  }
  return after;
}

// ---------------------------------------------------------------------------------------------------------------
// Bylaws limits

export interface ShareLimits {
  par: string;
  minShares: number;
  /** Null: no cap by count. */
  maxShares: number | null;
  /** Null: no cap by percentage. */
  maxPercent: string | null;
}

/**
 * The per-member maximum, checked whenever a member's shares grow (subscription, transfer in, allocation):
 * at most `maxShares` shares, and subscribed capital at most `maxPercent` % of the cooperative's total paid-up
 * capital after the operation. The percentage cap cannot apply while the cooperative has no paid-up capital at all
 * (every founding subscription would be 100% of nothing): then only the count cap binds.
 */
export function assertWithinCap(after: Holding, totalPaidUpAfter: string, limits: ShareLimits): void {
  if (limits.maxShares !== null && after.shares > limits.maxShares) {
    fail(
      'SHARE_CAP_EXCEEDED',
      `A member may hold at most ${limits.maxShares} shares; this would make ${after.shares}.`,
    );
  }
  if (limits.maxPercent !== null && new Dec(totalPaidUpAfter).gt(0)) {
    const ceiling = new Dec(totalPaidUpAfter).times(limits.maxPercent).div(100);
    if (new Dec(after.subscribed).gt(ceiling)) {
      fail(
        'SHARE_CAP_EXCEEDED',
        `A member may hold at most ${limits.maxPercent}% of the paid-up capital (${money(ceiling)}); this would make ${after.subscribed}.`,
      );
    }
  }
}

/**
 * Admission (DOMAIN.md, "Membership"): the bylaws' minimum shares subscribed by the admission date, and paid up
 * too when the bylaws require it.
 */
export function assertAdmissible(holdingOnAdmission: Holding, limits: ShareLimits, requirePaid: boolean): void {
  if (holdingOnAdmission.shares < limits.minShares) {
    fail(
      'MINIMUM_SHARES_REQUIRED',
      `Admission needs at least ${limits.minShares} shares subscribed; ${holdingOnAdmission.shares} are.`,
    );
  }
  const needed = new Dec(limits.par).times(limits.minShares);
  if (requirePaid && new Dec(holdingOnAdmission.paidUp).lt(needed)) {
    fail(
      'MINIMUM_SHARES_NOT_PAID',
      `Admission needs the minimum shares paid up (${money(needed)}); ${holdingOnAdmission.paidUp} is paid.`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Requests (transfers and redemptions)

/**
 * Shares a new request may commit. They must be held and not committed to another open request
 * (INSUFFICIENT_SHARES). Unless the request takes all of the member's remaining shares (a redemption of everything),
 * they must be fully paid (SHARES_NOT_PAID_UP), and a member who stays a member keeps the bylaws' minimum
 * (MINIMUM_SHARES_REQUIRED).
 */
export function assertCanCommit(
  holding: Holding,
  shares: number,
  options: { par: string; minShares: number; inMembership: boolean; takesAll: boolean },
): void {
  assertPositiveShares(shares);
  const free = holding.shares - holding.committed;
  if (shares > free) {
    fail(
      'INSUFFICIENT_SHARES',
      `${free} shares are free (${holding.shares} held, ${holding.committed} committed to open requests); ${shares} were asked.`,
    );
  }
  if (options.inMembership && free - shares < options.minShares) {
    fail(
      'MINIMUM_SHARES_REQUIRED',
      `A member keeps at least ${options.minShares} shares; only ${free - shares} would remain.`,
    );
  }
  if (!options.takesAll && new Dec(options.par).times(holding.committed + shares).gt(holding.paidUp)) {
    fail('SHARES_NOT_PAID_UP', `Only fully paid shares can be transferred or redeemed one by one.`);
  }
}

const REQUEST_TRANSITIONS: Readonly<Record<RequestAction, { from: readonly RequestStatus[]; to: RequestStatus }>> = {
  approve: { from: ['requested'], to: 'approved' },
  reject: { from: ['requested'], to: 'rejected' },
  complete: { from: ['approved'], to: 'completed' },
  cancel: { from: ['requested', 'approved'], to: 'cancelled' },
};

/** requested -> approved | rejected; approved -> completed; requested | approved -> cancelled. */
export function nextRequestStatus(current: RequestStatus, action: RequestAction): RequestStatus {
  const rule = REQUEST_TRANSITIONS[action];
  if (!rule.from.includes(current)) {
    fail('ILLEGAL_TRANSITION', `A request in status '${current}' cannot '${action}'.`);
  }
  return rule.to;
}

function assertPositiveShares(shares: number): void {
  if (!Number.isSafeInteger(shares) || shares <= 0) {
    fail('VALIDATION_FAILED', `The number of shares must be a positive whole number, not ${shares}.`);
  }
}

function assertPositiveAmount(amount: string): void {
  if (!new Dec(amount).gt(0)) fail('VALIDATION_FAILED', `The amount must be positive, not ${amount}.`);
}
