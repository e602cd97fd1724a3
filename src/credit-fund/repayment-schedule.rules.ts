/**
 * Repayment schedules for solidarity fund loans, exactly as DOMAIN.md fixes them, so two correct implementations
 * agree to the cent. Monthly periods, periodic rate r = annual rate / 12; amounts are rounded half-up at the
 * currency's minor unit.
 * - annuity: instalment = P*r / (1 - (1+r)^-n) rounded (P/n rounded when r = 0); interest = outstanding x r
 *   rounded; principal part = instalment - interest.
 * - equal_principal: principal part = P/n rounded; interest = outstanding x r rounded.
 * - flat: interest = P x r rounded, every period; principal part = P/n rounded.
 * - Every method: the last instalment's principal part is whatever principal remains (plus that period's
 *   interest), so principal parts sum exactly to P.
 * - Instalment k falls due k months after the disbursement date, clamped to the month's last day, always counted
 *   from the disbursement date (Jan 31 -> Feb 28/29, Mar 31, Apr 30, ...).
 * Choices where the contract is silent:
 * - Interest is computed as outstanding x annual% / 1200 in one exact division, so a product that lands exactly
 *   on half a minor unit rounds up (162.00 at 7% -> 0.945 -> 0.95), where a pre-rounded r = 0.0058333... gives 0.94.
 *   The annuity instalment uses 50 significant digits (decimal.js), far beyond any minor unit.
 * - A principal part never exceeds the principal still outstanding. This matters only when P is a few minor
 *   units per period (10 yen over 12 months: P/n rounds to 1, so instalments 11 and 12 carry no principal);
 *   without it the outstanding balance would go negative.
 * - Input: principal > 0 with at most `scale` decimals; rate >= 0; 1 <= term <= 600 months; a real
 *   disbursement date. Anything else throws a `CreditRuleError`.
 */
import { Dec, formatMoney, roundHalfUp } from '../common/money/money.js';
import {
  assertInteger,
  assertScale,
  CreditRuleError,
  parseMoney,
  parseNonNegativeDecimal,
} from './credit-rules.errors.js';
import { addMonthsClamped, parseIsoDate } from './loan-calendar.rules.js';

export const REPAYMENT_METHODS = ['annuity', 'equal_principal', 'flat'] as const;
export type RepaymentMethod = (typeof REPAYMENT_METHODS)[number];

/** Fifty years: a bound against absurd input, far above any bylaws' maximum term. */
export const MAX_TERM_MONTHS = 600;

export interface ScheduleInput {
  /** Amount disbursed, decimal string with at most `scale` decimals. */
  principal: string;
  /** Nominal annual rate in percent ("12" = 12% a year); "0" for an interest-free loan. */
  annualRatePercent: string;
  termMonths: number;
  method: RepaymentMethod;
  /** YYYY-MM-DD */
  disbursedOn: string;
  /** The currency's minor-unit digits (2 for EUR, 0 for JPY, 3 for KWD). */
  scale: number;
}

export interface Instalment {
  /** 1-based. */
  number: number;
  /** YYYY-MM-DD */
  dueOn: string;
  /** Principal outstanding at the start of the period. */
  openingPrincipal: string;
  principal: string;
  interest: string;
  /** principal + interest */
  total: string;
}

/** The periodic (monthly) rate r = annual% / 100 / 12, at 50 significant digits. */
export function periodicRate(annualRatePercent: string): Dec {
  return parseNonNegativeDecimal(annualRatePercent, 'annualRatePercent', 'INVALID_RATE').div(1200);
}

/** The level annuity instalment P*r / (1 - (1+r)^-n), rounded half-up; P/n rounded half-up when r = 0. */
export function annuityInstalment(principal: Dec, annualRatePercent: Dec, termMonths: number, scale: number): Dec {
  if (annualRatePercent.isZero()) return roundHalfUp(principal.div(termMonths), scale);
  const r = annualRatePercent.div(1200);
  const discount = new Dec(1).minus(new Dec(1).plus(r).pow(-termMonths));
  return roundHalfUp(principal.times(r).div(discount), scale);
}

function periodInterest(base: Dec, annualRatePercent: Dec, scale: number): Dec {
  return roundHalfUp(base.times(annualRatePercent).div(1200), scale);
}

export function buildSchedule(input: ScheduleInput): Instalment[] {
  const { scale, method } = input;
  assertScale(scale);
  const principal = parseMoney(input.principal, scale, 'principal', 'INVALID_PRINCIPAL', { positive: true });
  const annualRate = parseNonNegativeDecimal(input.annualRatePercent, 'annualRatePercent', 'INVALID_RATE');
  const n = assertInteger(input.termMonths, 'termMonths', 'INVALID_TERM', 1, MAX_TERM_MONTHS);
  if (!(REPAYMENT_METHODS as readonly string[]).includes(method)) {
    throw new CreditRuleError('INVALID_METHOD', `method must be one of ${REPAYMENT_METHODS.join(', ')}`, 'method');
  }
  parseIsoDate(input.disbursedOn, 'disbursedOn');

  const instalment = method === 'annuity' ? annuityInstalment(principal, annualRate, n, scale) : null;
  const levelPrincipal = roundHalfUp(principal.div(n), scale);
  const flatInterest = periodInterest(principal, annualRate, scale);

  const rows: Instalment[] = [];
  let outstanding = principal;
  for (let k = 1; k <= n; k++) {
    const opening = outstanding;
    const interest = method === 'flat' ? flatInterest : periodInterest(opening, annualRate, scale);
    const planned = instalment ? instalment.minus(interest) : levelPrincipal;
    const principalPart = k === n ? opening : Dec.min(planned, opening);
    outstanding = opening.minus(principalPart);
    rows.push({
      number: k,
      dueOn: addMonthsClamped(input.disbursedOn, k),
      openingPrincipal: formatMoney(opening, scale),
      principal: formatMoney(principalPart, scale),
      interest: formatMoney(interest, scale),
      total: formatMoney(principalPart.plus(interest), scale),
    });
  }
  return rows;
}
