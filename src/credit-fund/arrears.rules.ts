/**
 * Arrears of one loan and portfolio-at-risk of many.
 * - Days past due (dpd) = whole days from the due date of the oldest instalment that is not fully paid and is
 *   overdue (dueOn < asOf) to the as-of date; 0 when there is none. A partly paid instalment still counts as unpaid.
 *   An instalment due on the as-of date is not overdue, so the first day of arrears is the day after the due date
 *   (dpd 1).
 * - Overdue principal and interest = unpaid parts of overdue instalments.
 * - PARx = outstanding principal of the loans with dpd > x (strictly more than x days, the CGAP/MIX convention:
 *   "one or more instalments past due more than 30 days"), as an amount and as a ratio of the total outstanding
 *   principal of the portfolio. A loan is counted with its whole outstanding principal, not only the overdue
 *   part. Ratios are decimal strings rounded half-up to 4 decimals ("0.1234" = 12.34%), "0.0000" for an empty
 *   portfolio. The caller passes only loans still on the books (disbursed, not repaid or written off).
 */
import { Dec, formatMoney, roundHalfUp, sum } from '../common/money/money.js';
import { assertInteger, assertScale, CreditRuleError, parseMoney } from './credit-rules.errors.js';
import { type InstalmentBalance, instalmentStates, isFullyPaid, isOverdue } from './instalment-balance.rules.js';
import { daysBetween, parseIsoDate } from './loan-calendar.rules.js';

export interface LoanArrears {
  daysPastDue: number;
  /** Due date of the oldest unpaid overdue instalment, or null. */
  oldestUnpaidDueOn: string | null;
  overduePrincipal: string;
  overdueInterest: string;
  overdueTotal: string;
  /** Unpaid principal of all instalments, overdue or not. */
  outstandingPrincipal: string;
}

export interface PortfolioLoan {
  outstandingPrincipal: string;
  daysPastDue: number;
}

export interface PortfolioAtRisk {
  loanCount: number;
  outstandingPrincipal: string;
  par30LoanCount: number;
  par30Principal: string;
  par30Ratio: string;
  par90LoanCount: number;
  par90Principal: string;
  par90Ratio: string;
}

export const RATIO_SCALE = 4;

export function daysPastDue(instalments: readonly InstalmentBalance[], asOf: string): number {
  parseIsoDate(asOf, 'asOf');
  const oldest = instalmentStates(instalments).find((s) => isOverdue(s, asOf) && !isFullyPaid(s));
  return oldest ? daysBetween(oldest.dueOn, asOf) : 0;
}

export function loanArrears(instalments: readonly InstalmentBalance[], asOf: string, scale: number): LoanArrears {
  assertScale(scale);
  parseIsoDate(asOf, 'asOf');
  const states = instalmentStates(instalments, scale);
  const overdue = states.filter((s) => isOverdue(s, asOf));
  const oldest = overdue.find((s) => !isFullyPaid(s));
  const overduePrincipal = sum(overdue.map((s) => s.principalLeft));
  const overdueInterest = sum(overdue.map((s) => s.interestLeft));
  return {
    daysPastDue: oldest ? daysBetween(oldest.dueOn, asOf) : 0,
    oldestUnpaidDueOn: oldest?.dueOn ?? null,
    overduePrincipal: formatMoney(overduePrincipal, scale),
    overdueInterest: formatMoney(overdueInterest, scale),
    overdueTotal: formatMoney(overduePrincipal.plus(overdueInterest), scale),
    outstandingPrincipal: formatMoney(sum(states.map((s) => s.principalLeft)), scale),
  };
}

/** part / whole rounded half-up to RATIO_SCALE decimals; "0.0000" when the whole is zero. */
export function parRatio(part: Dec, whole: Dec): string {
  return whole.isZero()
    ? new Dec(0).toFixed(RATIO_SCALE)
    : roundHalfUp(part.div(whole), RATIO_SCALE).toFixed(RATIO_SCALE);
}

export function portfolioAtRisk(loans: readonly PortfolioLoan[], scale: number): PortfolioAtRisk {
  assertScale(scale);
  const rows: unknown = loans;
  if (!Array.isArray(rows)) throw new CreditRuleError('INVALID_AMOUNT', 'loans must be an array', 'loans');
  const parsed = loans.map((loan, i) => ({
    principal: parseMoney(loan.outstandingPrincipal, scale, `loans[${i}].outstandingPrincipal`, 'INVALID_AMOUNT'),
    dpd: assertInteger(loan.daysPastDue, `loans[${i}].daysPastDue`, 'INVALID_COUNT', 0),
  }));
  const total = sum(parsed.map((l) => l.principal));
  const atRisk = (days: number) => parsed.filter((l) => l.dpd > days);
  const par30 = atRisk(30);
  const par90 = atRisk(90);
  const par30Principal = sum(par30.map((l) => l.principal));
  const par90Principal = sum(par90.map((l) => l.principal));
  return {
    loanCount: parsed.length,
    outstandingPrincipal: formatMoney(total, scale),
    par30LoanCount: par30.length,
    par30Principal: formatMoney(par30Principal, scale),
    par30Ratio: parRatio(par30Principal, total),
    par90LoanCount: par90.length,
    par90Principal: formatMoney(par90Principal, scale),
    par90Ratio: parRatio(par90Principal, total),
  };
}
