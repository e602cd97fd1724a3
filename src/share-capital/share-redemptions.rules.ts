/**
 * Redemption rules (DOMAIN.md, "Share capital"): the notice period, the annual cap (a % of the paid-up capital at the
 * end of the previous year) and the first requested, first paid queue. Pure: no I/O.
 */
import { Dec } from '../common/money/money.js';
import {
  applyChange,
  type Change,
  type Holding,
  redemptionChange,
  ShareCapitalRuleError,
} from './share-capital.rules.js';

/** The first day a redemption requested on `requestedOn` may be paid: after the notice period. */
export function payableFrom(requestedOn: string, noticeDays: number): string {
  const date = new Date(`${requestedOn}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + noticeDays);
  return date.toISOString().slice(0, 10);
}

export function assertPayable(payableOn: string, effectiveDate: string): void {
  if (effectiveDate < payableOn) {
    throw new ShareCapitalRuleError(
      'REDEMPTION_NOT_PAYABLE_YET',
      `The notice period runs until ${payableOn}; the redemption cannot be paid on ${effectiveDate}.`,
    );
  }
}

/**
 * The year's redemption cap: `percent` % of the paid-up capital at the end of the previous year, rounded half-up
 * to the minor unit.
 */
export function annualCap(capitalAtYearStart: string, percent: string, scale: number): string {
  return new Dec(capitalAtYearStart).times(percent).div(100).toDecimalPlaces(scale, Dec.ROUND_HALF_UP).toFixed(scale);
}

export interface DatedHolding extends Holding {
  /** The member's latest entry date: a redemption paid earlier would break the ledger's date order. */
  lastEffectiveDate: string | null;
}

export interface RedemptionRequest {
  id: string;
  memberId: string;
  /** Shares committed by the request. */
  shares: number;
  allShares: boolean;
  payableFrom: string;
}

export interface PlannedRedemption {
  id: string;
  memberId: string;
  change: Change;
  /** What is repaid: the paid-up capital the entry removes. */
  amount: string;
}

/**
 * What paying a redemption changes. All shares: every share the member holds, all paid-up capital repaid and the
 * unpaid rest cancelled; it must be the member's only open request (OPEN_REQUESTS_PENDING), so nothing promised to
 * another request is taken. Otherwise the request's fully paid shares at par.
 */
export function redemptionFor(request: RedemptionRequest, holding: Holding, par: string): Change {
  if (request.allShares) {
    if (holding.committed !== request.shares) {
      throw new ShareCapitalRuleError(
        'OPEN_REQUESTS_PENDING',
        'Other transfer or redemption requests of this member are open: complete, reject or cancel them first.',
      );
    }
    return redemptionChange(holding.shares, par, holding);
  }
  return redemptionChange(request.shares, par, holding);
}

/**
 * First requested, first paid: walks the queue in order and pays each redemption while the year's room lasts. The
 * first one that cannot be paid on `date` (notice not over, a later entry of the member, other open requests ahead
 * of an all-shares redemption) or does not fit in the room stops the queue, so a later, smaller request never
 * overtakes an earlier one. Holdings are updated as redemptions are planned (two of one member apply in order).
 */
export function planRedemptions(
  queue: readonly RedemptionRequest[],
  holdings: ReadonlyMap<string, DatedHolding>,
  par: string,
  room: string,
  date: string,
): PlannedRedemption[] {
  const current = new Map(holdings);
  const planned: PlannedRedemption[] = [];
  let left = new Dec(room);
  for (const request of queue) {
    const holding = current.get(request.memberId);
    if (!holding || date < request.payableFrom) break;
    if (holding.lastEffectiveDate !== null && date < holding.lastEffectiveDate) break;
    let change: Change;
    try {
      change = redemptionFor(request, holding, par);
    } catch (error) {
      if (error instanceof ShareCapitalRuleError) break;
      throw error;
    }
    const amount = new Dec(change.paidUp).neg();
    if (amount.gt(left)) break;
    left = left.minus(amount);
    const released = { ...holding, committed: holding.committed - request.shares };
    current.set(request.memberId, { ...applyChange(released, change), lastEffectiveDate: date });
    planned.push({ id: request.id, memberId: request.memberId, change, amount: amount.toFixed() });
  }
  return planned;
}
