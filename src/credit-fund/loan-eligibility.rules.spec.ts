import fc from 'fast-check';
import { Dec } from '../common/money/money.js';
import { CreditRuleError } from './credit-rules.errors.js';
import {
  checkLoanEligibility,
  type LoanApplicationFacts,
  loanCeiling,
  type LoanPolicy,
  pledgeRelease,
  releasePledges,
} from './loan-eligibility.rules.js';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof CreditRuleError) return error.code;
    throw error;
  }
  throw new Error('expected a CreditRuleError');
}

const policy: LoanPolicy = { ceilingMultiple: '3', maxTermMonths: 24, loansPerMember: 1, guaranteePercent: '50' };
// Ceiling 3 x (400.00 + 100.00) = 1,500.00; guarantee 50% of 1,500.00 = 750.00, pledged 400.00 + 350.00.
const facts: LoanApplicationFacts = {
  amount: '1500.00',
  termMonths: 24,
  paidUpCapital: '400.00',
  contributions: '100.00',
  openLoans: 0,
  pledges: ['400.00', '350.00'],
};

describe('loanCeiling', () => {
  it('is the multiple of paid-up capital plus contributions, rounded down', () => {
    expect(loanCeiling('3', '400.00', '100.00', 2)).toBe('1500.00');
    // 2.5 x 100.01 = 250.025 -> 250.02.
    expect(loanCeiling('2.5', '100.00', '0.01', 2)).toBe('250.02');
    // 1.5 x 333 = 499.5 -> 499 yen.
    expect(loanCeiling('1.5', '300', '33', 0)).toBe('499');
    expect(loanCeiling('0', '400.00', '100.00', 2)).toBe('0.00');
  });
});

describe('checkLoanEligibility', () => {
  it('accepts an application at the limits', () => {
    expect(checkLoanEligibility(policy, facts, 2)).toEqual({
      eligible: true,
      violations: [],
      ceiling: '1500.00',
      guaranteeRequired: '750.00',
      guaranteePledged: '750.00',
    });
  });

  it('flags an amount above the ceiling, and the guarantee it then lacks', () => {
    // 1,500.01 x 50% = 750.005: 750.00 pledged is short; the least sufficient pledge total is 750.01.
    expect(checkLoanEligibility(policy, { ...facts, amount: '1500.01' }, 2)).toEqual({
      eligible: false,
      violations: ['LOAN_ABOVE_CEILING', 'GUARANTEE_REQUIRED'],
      ceiling: '1500.00',
      guaranteeRequired: '750.01',
      guaranteePledged: '750.00',
    });
  });

  it('flags a term too long and too many open loans', () => {
    expect(checkLoanEligibility(policy, { ...facts, termMonths: 25 }, 2).violations).toEqual(['TERM_TOO_LONG']);
    expect(checkLoanEligibility(policy, { ...facts, openLoans: 1 }, 2).violations).toEqual(['TOO_MANY_LOANS']);
    expect(checkLoanEligibility({ ...policy, loansPerMember: 2 }, { ...facts, openLoans: 1 }, 2).eligible).toBe(true);
    expect(checkLoanEligibility({ ...policy, loansPerMember: 0 }, facts, 2).violations).toEqual(['TOO_MANY_LOANS']);
  });

  it('requires guarantees only when the bylaws set a percent', () => {
    expect(checkLoanEligibility(policy, { ...facts, pledges: [] }, 2).violations).toEqual(['GUARANTEE_REQUIRED']);
    expect(checkLoanEligibility(policy, { ...facts, pledges: ['749.99'] }, 2).violations).toEqual([
      'GUARANTEE_REQUIRED',
    ]);
    expect(checkLoanEligibility({ ...policy, guaranteePercent: '0' }, { ...facts, pledges: [] }, 2)).toMatchObject({
      eligible: true,
      guaranteeRequired: '0.00',
      guaranteePledged: '0.00',
    });
    // 100% cover.
    expect(
      checkLoanEligibility({ ...policy, guaranteePercent: '100' }, { ...facts, pledges: ['1000.00', '500.00'] }, 2)
        .eligible,
    ).toBe(true);
  });

  it('lists every violation at once, in a fixed order', () => {
    expect(
      checkLoanEligibility(policy, { ...facts, amount: '2000.00', termMonths: 36, openLoans: 3, pledges: [] }, 2)
        .violations,
    ).toEqual(['LOAN_ABOVE_CEILING', 'TERM_TOO_LONG', 'TOO_MANY_LOANS', 'GUARANTEE_REQUIRED']);
  });

  it('works at scale 0', () => {
    const yen = { ...facts, amount: '1501', paidUpCapital: '400', contributions: '100', pledges: ['751'] };
    expect(checkLoanEligibility(policy, yen, 0)).toMatchObject({
      violations: ['LOAN_ABOVE_CEILING'],
      ceiling: '1500',
      // 750.5 -> 751
      guaranteeRequired: '751',
    });
  });

  it.each<[string, Partial<LoanPolicy>, Partial<LoanApplicationFacts>, string]>([
    ['a zero amount', {}, { amount: '0.00' }, 'INVALID_AMOUNT'],
    ['an amount finer than the minor unit', {}, { amount: '10.005' }, 'INVALID_AMOUNT'],
    ['a zero term', {}, { termMonths: 0 }, 'INVALID_TERM'],
    ['negative open loans', {}, { openLoans: -1 }, 'INVALID_COUNT'],
    ['a bad pledge', {}, { pledges: ['-1.00'] }, 'INVALID_AMOUNT'],
    ['negative capital', {}, { paidUpCapital: '-1.00' }, 'INVALID_AMOUNT'],
    ['a negative multiple', { ceilingMultiple: '-1' }, {}, 'INVALID_POLICY'],
    ['a zero maximum term', { maxTermMonths: 0 }, {}, 'INVALID_POLICY'],
    ['a bad guarantee percent', { guaranteePercent: '50%' }, {}, 'INVALID_POLICY'],
  ])('refuses %s', (_name, policyPatch, factsPatch, code) => {
    expect(codeOf(() => checkLoanEligibility({ ...policy, ...policyPatch }, { ...facts, ...factsPatch }, 2))).toBe(
      code,
    );
  });
});

describe('pledge release', () => {
  it('releases pro rata to principal repaid, rounded down, and the whole pledge when repaid', () => {
    // Pledge 300.00 on a 1,000.00 loan.
    expect(pledgeRelease('300.00', '0.00', '1000.00', 2)).toEqual({ released: '0.00', stillPledged: '300.00' });
    // 300 x 78.85 / 1000 = 23.655 -> 23.65.
    expect(pledgeRelease('300.00', '78.85', '1000.00', 2)).toEqual({ released: '23.65', stillPledged: '276.35' });
    // 300 x 333.33 / 1000 = 99.999 -> 99.99.
    expect(pledgeRelease('300.00', '333.33', '1000.00', 2)).toEqual({ released: '99.99', stillPledged: '200.01' });
    // 300 x 999.99 / 1000 = 299.997 -> 299.99: a cent stays pledged until the last cent is repaid.
    expect(pledgeRelease('300.00', '999.99', '1000.00', 2)).toEqual({ released: '299.99', stillPledged: '0.01' });
    expect(pledgeRelease('300.00', '1000.00', '1000.00', 2)).toEqual({ released: '300.00', stillPledged: '0.00' });
  });

  it('releases each guarantor of a loan', () => {
    // 3-yen loan, 1 repaid: 100/3 = 33.3 -> 33, 50/3 = 16.6 -> 16.
    expect(releasePledges(['100', '50'], '1', '3', 0)).toEqual([
      { released: '33', stillPledged: '67' },
      { released: '16', stillPledged: '34' },
    ]);
    expect(releasePledges(['100', '50'], '3', '3', 0)).toEqual([
      { released: '100', stillPledged: '0' },
      { released: '50', stillPledged: '0' },
    ]);
  });

  it('refuses repaid above principal and a zero principal', () => {
    expect(codeOf(() => pledgeRelease('300.00', '1000.01', '1000.00', 2))).toBe('INVALID_AMOUNT');
    expect(codeOf(() => pledgeRelease('300.00', '0.00', '0.00', 2))).toBe('INVALID_PRINCIPAL');
  });

  it('property: release never exceeds the pledge and never shrinks as principal comes back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (principalCents, pledgeCents, a, b) => {
          const cents = (n: number) => new Dec(n).div(100).toFixed(2);
          const repaid = (share: number) => cents(Math.floor((principalCents * share) / 1000));
          const [low, high] = [Math.min(a, b), Math.max(a, b)];
          const first = new Dec(pledgeRelease(cents(pledgeCents), repaid(low), cents(principalCents), 2).released);
          const later = new Dec(pledgeRelease(cents(pledgeCents), repaid(high), cents(principalCents), 2).released);
          return first.lte(later) && later.lte(cents(pledgeCents)) && first.gte(0);
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });
});
