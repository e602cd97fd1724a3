/**
 * Loan eligibility under the bylaws' credit rules, and release of guarantor pledges.
 * - Ceiling = multiple x (member's paid-up share capital + member's contributions to the fund), rounded down at
 *   the minor unit (the ceiling never exceeds the exact product). `LOAN_ABOVE_CEILING` when amount > ceiling.
 * - `TERM_TOO_LONG` when term > the bylaws' maximum term.
 * - `TOO_MANY_LOANS` when the member already has `loansPerMember` open loans or more (open = disbursed and not yet
 *   repaid or written off; approved-but-undisbursed ones too, at the caller's choice). The application itself is
 *   not counted.
 * - `GUARANTEE_REQUIRED` when the bylaws' guarantee percent is above zero and the pledges sum to less than
 *   amount x percent / 100 (compared exactly; the reported requirement is rounded up at the minor unit, which is
 *   the least whole amount that satisfies it).
 * - All violations are returned, in that fixed order, so the committee sees every reason at once.
 * - A pledge is released pro rata to principal repaid: released = pledge x principalRepaid / principal, rounded
 *   down at the minor unit (the guarantor stays covered until the money is really back), and the whole pledge
 *   once the principal is repaid in full. The figure is cumulative: the caller releases the difference from what
 *   it released before. A write-off releases nothing here: calling the guarantee is a separate decision.
 */
import { Dec, formatMoney, roundDown, sum } from '../common/money/money.js';
import {
  assertInteger,
  assertScale,
  CreditRuleError,
  parseMoney,
  parseNonNegativeDecimal,
} from './credit-rules.errors.js';

export type LoanEligibilityViolation = 'LOAN_ABOVE_CEILING' | 'TERM_TOO_LONG' | 'TOO_MANY_LOANS' | 'GUARANTEE_REQUIRED';

/** The credit rules taken from the cooperative's bylaws. */
export interface LoanPolicy {
  /** Ceiling multiple of (paid-up capital + contributions), e.g. "3". */
  ceilingMultiple: string;
  maxTermMonths: number;
  loansPerMember: number;
  /** Share of the amount guarantors must pledge, in percent; "0" when the bylaws require no guarantee. */
  guaranteePercent: string;
}

export interface LoanApplicationFacts {
  amount: string;
  termMonths: number;
  paidUpCapital: string;
  contributions: string;
  /** The member's loans still open, not counting this application. */
  openLoans: number;
  /** Amounts pledged by guarantors for this application. */
  pledges: readonly string[];
}

export interface LoanEligibility {
  eligible: boolean;
  violations: LoanEligibilityViolation[];
  ceiling: string;
  guaranteeRequired: string;
  guaranteePledged: string;
}

export interface PledgeRelease {
  released: string;
  stillPledged: string;
}

function parsePolicy(policy: LoanPolicy) {
  return {
    multiple: parseNonNegativeDecimal(policy.ceilingMultiple, 'ceilingMultiple', 'INVALID_POLICY'),
    maxTermMonths: assertInteger(policy.maxTermMonths, 'maxTermMonths', 'INVALID_POLICY', 1),
    loansPerMember: assertInteger(policy.loansPerMember, 'loansPerMember', 'INVALID_POLICY', 0),
    guaranteePercent: parseNonNegativeDecimal(policy.guaranteePercent, 'guaranteePercent', 'INVALID_POLICY'),
  };
}

/** multiple x (paidUpCapital + contributions), rounded down at the minor unit. */
export function loanCeiling(
  ceilingMultiple: string,
  paidUpCapital: string,
  contributions: string,
  scale: number,
): string {
  assertScale(scale);
  const multiple = parseNonNegativeDecimal(ceilingMultiple, 'ceilingMultiple', 'INVALID_POLICY');
  const capital = parseMoney(paidUpCapital, scale, 'paidUpCapital', 'INVALID_AMOUNT');
  const contributed = parseMoney(contributions, scale, 'contributions', 'INVALID_AMOUNT');
  return formatMoney(roundDown(multiple.times(capital.plus(contributed)), scale), scale);
}

export function checkLoanEligibility(policy: LoanPolicy, facts: LoanApplicationFacts, scale: number): LoanEligibility {
  assertScale(scale);
  const rules = parsePolicy(policy);
  const amount = parseMoney(facts.amount, scale, 'amount', 'INVALID_AMOUNT', { positive: true });
  const term = assertInteger(facts.termMonths, 'termMonths', 'INVALID_TERM', 1);
  const openLoans = assertInteger(facts.openLoans, 'openLoans', 'INVALID_COUNT', 0);
  if (!Array.isArray(facts.pledges)) throw new CreditRuleError('INVALID_AMOUNT', 'pledges must be a list', 'pledges');
  const pledged = sum(facts.pledges.map((p, i) => parseMoney(p, scale, `pledges[${i}]`, 'INVALID_AMOUNT')));
  const ceiling = loanCeiling(policy.ceilingMultiple, facts.paidUpCapital, facts.contributions, scale);
  const exactGuarantee = amount.times(rules.guaranteePercent).div(100);

  const violations: LoanEligibilityViolation[] = [];
  if (amount.gt(ceiling)) violations.push('LOAN_ABOVE_CEILING');
  if (term > rules.maxTermMonths) violations.push('TERM_TOO_LONG');
  if (openLoans >= rules.loansPerMember) violations.push('TOO_MANY_LOANS');
  if (pledged.lt(exactGuarantee)) violations.push('GUARANTEE_REQUIRED');
  return {
    eligible: violations.length === 0,
    violations,
    ceiling,
    guaranteeRequired: formatMoney(exactGuarantee.toDecimalPlaces(scale, Dec.ROUND_UP), scale),
    guaranteePledged: formatMoney(pledged, scale),
  };
}

/** Cumulative release of one pledge after `principalRepaid` of the loan's `principal` is back. */
export function pledgeRelease(
  pledge: string,
  principalRepaid: string,
  principal: string,
  scale: number,
): PledgeRelease {
  assertScale(scale);
  const pledged = parseMoney(pledge, scale, 'pledge', 'INVALID_AMOUNT');
  const loanPrincipal = parseMoney(principal, scale, 'principal', 'INVALID_PRINCIPAL', { positive: true });
  const repaid = parseMoney(principalRepaid, scale, 'principalRepaid', 'INVALID_AMOUNT');
  if (repaid.gt(loanPrincipal)) {
    throw new CreditRuleError('INVALID_AMOUNT', 'principalRepaid cannot exceed the principal', 'principalRepaid');
  }
  const released = repaid.eq(loanPrincipal) ? pledged : roundDown(pledged.times(repaid).div(loanPrincipal), scale);
  return { released: formatMoney(released, scale), stillPledged: formatMoney(pledged.minus(released), scale) };
}

/** `pledgeRelease` for each guarantor of one loan, in the order given. */
export function releasePledges(
  pledges: readonly string[],
  principalRepaid: string,
  principal: string,
  scale: number,
): PledgeRelease[] {
  return pledges.map((pledge) => pledgeRelease(pledge, principalRepaid, principal, scale));
}
