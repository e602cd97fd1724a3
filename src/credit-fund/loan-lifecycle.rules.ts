/**
 * The life of a loan (DOMAIN.md, "Solidarity credit fund"):
 *   applied -> approved | rejected;  approved -> disbursed;  disbursed -> repaid | written_off.
 * - `rejected`, `repaid` and `written_off` are final.
 * - Repayments are taken only while the loan is `disbursed`; the repayment that clears the last instalment (or an
 *   early settlement) moves it to `repaid`. A write-off is a credit committee decision on a disbursed loan.
 * - An approved loan that is not disbursed yet can still be rejected (the committee withdraws its approval, e.g.
 *   the member ceased); nothing has moved then.
 * Anything else is `ILLEGAL_TRANSITION`.
 */
import { CreditRuleError } from './credit-rules.errors.js';

export const LOAN_STATUSES = ['applied', 'approved', 'rejected', 'disbursed', 'repaid', 'written_off'] as const;
export type LoanStatus = (typeof LOAN_STATUSES)[number];

export const LOAN_ACTIONS = ['approve', 'reject', 'disburse', 'repay', 'repay_in_full', 'write_off'] as const;
export type LoanAction = (typeof LOAN_ACTIONS)[number];

const TRANSITIONS: Readonly<Record<LoanAction, { from: readonly LoanStatus[]; to: LoanStatus | 'same' }>> = {
  approve: { from: ['applied'], to: 'approved' },
  reject: { from: ['applied', 'approved'], to: 'rejected' },
  disburse: { from: ['approved'], to: 'disbursed' },
  repay: { from: ['disbursed'], to: 'same' },
  repay_in_full: { from: ['disbursed'], to: 'repaid' },
  write_off: { from: ['disbursed'], to: 'written_off' },
};

/** The status after `action`, or `ILLEGAL_TRANSITION`. */
export function loanTransition(from: LoanStatus, action: LoanAction): LoanStatus {
  const rule = TRANSITIONS[action];
  if (!rule || !rule.from.includes(from)) {
    throw new CreditRuleError('ILLEGAL_TRANSITION', `A loan that is ${from} cannot be ${pastTense(action)}.`);
  }
  return rule.to === 'same' ? from : rule.to;
}

/** The actions a loan in `status` allows, in a fixed order (shown to clients). */
export function allowedLoanActions(status: LoanStatus): LoanAction[] {
  return LOAN_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(status));
}

/** Loans that hold one of the member's "loans per member" places: pending, approved or running. */
export const OPEN_LOAN_STATUSES = ['applied', 'approved', 'disbursed'] as const satisfies readonly LoanStatus[];

/** Loans whose money is (or was) out of the fund. */
export const DISBURSED_STATUSES = ['disbursed', 'repaid', 'written_off'] as const satisfies readonly LoanStatus[];

function pastTense(action: LoanAction): string {
  switch (action) {
    case 'approve':
      return 'approved';
    case 'reject':
      return 'rejected';
    case 'disburse':
      return 'disbursed';
    case 'repay':
      return 'repaid (only a disbursed loan takes repayments)';
    case 'repay_in_full':
      return 'settled (only a disbursed loan can be)';
    case 'write_off':
      return 'written off';
  }
}
