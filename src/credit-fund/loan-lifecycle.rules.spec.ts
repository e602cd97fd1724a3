import { CreditRuleError } from './credit-rules.errors.js';
import {
  allowedLoanActions,
  LOAN_ACTIONS,
  LOAN_STATUSES,
  type LoanAction,
  type LoanStatus,
  loanTransition,
} from './loan-lifecycle.rules.js';

/** Every legal (status, action) pair and where it leads; every other pair is illegal. */
const LEGAL: Record<string, LoanStatus> = {
  'applied:approve': 'approved',
  'applied:reject': 'rejected',
  'approved:reject': 'rejected',
  'approved:disburse': 'disbursed',
  'disbursed:repay': 'disbursed',
  'disbursed:repay_in_full': 'repaid',
  'disbursed:write_off': 'written_off',
};

describe('loan lifecycle', () => {
  const pairs = LOAN_STATUSES.flatMap((status) => LOAN_ACTIONS.map((action) => [status, action] as const));

  it.each(pairs)('%s + %s', (status: LoanStatus, action: LoanAction) => {
    const expected = LEGAL[`${status}:${action}`];
    if (expected) {
      expect(loanTransition(status, action)).toBe(expected);
    } else {
      expect(() => loanTransition(status, action)).toThrow(
        expect.objectContaining({ name: 'CreditRuleError', code: 'ILLEGAL_TRANSITION' }),
      );
    }
  });

  it('final states allow nothing', () => {
    for (const status of ['rejected', 'repaid', 'written_off'] as const) expect(allowedLoanActions(status)).toEqual([]);
  });

  it('lists the allowed actions in a fixed order', () => {
    expect(allowedLoanActions('applied')).toEqual(['approve', 'reject']);
    expect(allowedLoanActions('approved')).toEqual(['reject', 'disburse']);
    expect(allowedLoanActions('disbursed')).toEqual(['repay', 'repay_in_full', 'write_off']);
  });

  it('says what is wrong', () => {
    expect(() => loanTransition('rejected', 'disburse')).toThrow(
      new CreditRuleError('ILLEGAL_TRANSITION', 'A loan that is rejected cannot be disbursed.'),
    );
  });
});
