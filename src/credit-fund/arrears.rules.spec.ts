import { CreditRuleError } from './credit-rules.errors.js';
import type { InstalmentBalance } from './instalment-balance.rules.js';
import { daysPastDue, loanArrears, type PortfolioLoan, portfolioAtRisk } from './arrears.rules.js';
import { buildSchedule } from './repayment-schedule.rules.js';

// 1,000.00 at 12% annuity from 2025-01-15: #1 due 2025-02-15 (10.00 + 78.85), #2 2025-03-15 (9.21 + 79.64),
// #3 2025-04-15 (8.42 + 80.43), #4 2025-05-15 (7.61 + 81.24), ...
const schedule = buildSchedule({
  principal: '1000.00',
  annualRatePercent: '12',
  termMonths: 12,
  method: 'annuity',
  disbursedOn: '2025-01-15',
  scale: 2,
});

function withPaid(paid: Record<number, [string, string] | 'full'>): InstalmentBalance[] {
  return schedule.map((i) => {
    const p = paid[i.number];
    const [principalPaid, interestPaid] = p === 'full' ? [i.principal, i.interest] : (p ?? ['0.00', '0.00']);
    return {
      number: i.number,
      dueOn: i.dueOn,
      principal: i.principal,
      interest: i.interest,
      principalPaid,
      interestPaid,
    };
  });
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof CreditRuleError) return error.code;
    throw error;
  }
  throw new Error('expected a CreditRuleError');
}

describe('daysPastDue', () => {
  const unpaid = withPaid({});

  it('is 0 before the first due date and on the due date itself', () => {
    expect(daysPastDue(unpaid, '2025-01-20')).toBe(0);
    expect(daysPastDue(unpaid, '2025-02-15')).toBe(0);
  });

  it('counts from the day after the due date', () => {
    expect(daysPastDue(unpaid, '2025-02-16')).toBe(1);
    // Feb 15 -> Mar 15 is 28 days in 2025, + 5.
    expect(daysPastDue(unpaid, '2025-03-20')).toBe(33);
  });

  it('counts from the oldest instalment not fully paid, a partly paid one included', () => {
    // #1 paid; #2 has its interest and 20.00 of principal: still unpaid. Mar 15 -> Apr 20 = 31 + 5 = 36 days.
    expect(daysPastDue(withPaid({ 1: 'full', 2: ['20.00', '9.21'] }), '2025-04-20')).toBe(36);
    // Interest paid but not principal also counts.
    expect(daysPastDue(withPaid({ 1: ['78.84', '10.00'] }), '2025-02-17')).toBe(2);
  });

  it('is 0 when every overdue instalment is paid, even if later ones are not', () => {
    expect(daysPastDue(withPaid({ 1: 'full', 2: 'full', 3: 'full' }), '2025-04-20')).toBe(0);
  });

  it('counts calendar days across leap days and years', () => {
    const one = (dueOn: string): InstalmentBalance[] => [
      { number: 1, dueOn, principal: '10.00', interest: '0.00', principalPaid: '0.00', interestPaid: '0.00' },
    ];
    expect(daysPastDue(one('2024-02-28'), '2024-03-01')).toBe(2);
    expect(daysPastDue(one('2023-02-28'), '2023-03-01')).toBe(1);
    expect(daysPastDue(one('2024-01-15'), '2025-01-15')).toBe(366);
    expect(daysPastDue(one('2025-01-15'), '2026-01-15')).toBe(365);
  });

  it('refuses an invalid as-of date or schedule', () => {
    expect(codeOf(() => daysPastDue(unpaid, '2025-02-29'))).toBe('INVALID_DATE');
    expect(codeOf(() => daysPastDue(withPaid({ 1: ['78.86', '0.00'] }), '2025-03-01'))).toBe('INVALID_SCHEDULE');
  });
});

describe('loanArrears', () => {
  it('sums unpaid principal and interest of overdue instalments only', () => {
    // As of 2025-04-20: #1 paid; #2 owes 79.64 - 20.00 = 59.64 principal; #3 owes 80.43 + 8.42; #4 not yet due.
    expect(loanArrears(withPaid({ 1: 'full', 2: ['20.00', '9.21'] }), '2025-04-20', 2)).toEqual({
      daysPastDue: 36,
      oldestUnpaidDueOn: '2025-03-15',
      overduePrincipal: '140.07',
      overdueInterest: '8.42',
      overdueTotal: '148.49',
      // 1000.00 - 78.85 - 20.00
      outstandingPrincipal: '901.15',
    });
  });

  it('reports nothing overdue for a loan in good standing', () => {
    expect(loanArrears(withPaid({ 1: 'full' }), '2025-03-15', 2)).toEqual({
      daysPastDue: 0,
      oldestUnpaidDueOn: null,
      overduePrincipal: '0.00',
      overdueInterest: '0.00',
      overdueTotal: '0.00',
      outstandingPrincipal: '921.15',
    });
  });
});

describe('portfolioAtRisk', () => {
  // PAR uses strictly more than 30 / 90 days: dpd 30 is not in PAR30, dpd 90 not in PAR90.
  const loans: PortfolioLoan[] = [
    { outstandingPrincipal: '1000.00', daysPastDue: 0 },
    { outstandingPrincipal: '500.00', daysPastDue: 30 },
    { outstandingPrincipal: '250.00', daysPastDue: 31 },
    { outstandingPrincipal: '125.00', daysPastDue: 90 },
    { outstandingPrincipal: '125.00', daysPastDue: 91 },
  ];

  it('sums the whole outstanding principal of loans past the threshold, and its share of the portfolio', () => {
    // PAR30 = 250 + 125 + 125 = 500.00 / 2000.00 = 0.25; PAR90 = 125.00 / 2000.00 = 0.0625.
    expect(portfolioAtRisk(loans, 2)).toEqual({
      loanCount: 5,
      outstandingPrincipal: '2000.00',
      par30LoanCount: 3,
      par30Principal: '500.00',
      par30Ratio: '0.2500',
      par90LoanCount: 1,
      par90Principal: '125.00',
      par90Ratio: '0.0625',
    });
  });

  it('rounds ratios half-up to 4 decimals', () => {
    // 2/3 = 0.66666.. -> 0.6667; 1/3 -> 0.3333; 1/8 of 0.1 -> 0.0125 exactly.
    const thirds = portfolioAtRisk(
      [
        { outstandingPrincipal: '100', daysPastDue: 120 },
        { outstandingPrincipal: '100', daysPastDue: 45 },
        { outstandingPrincipal: '100', daysPastDue: 0 },
      ],
      0,
    );
    expect(thirds).toMatchObject({ par30Principal: '200', par30Ratio: '0.6667', par90Ratio: '0.3333' });
    // 1 / 20000 = 0.00005 -> 0.0001.
    const tiny = portfolioAtRisk(
      [
        { outstandingPrincipal: '0.01', daysPastDue: 31 },
        { outstandingPrincipal: '199.99', daysPastDue: 0 },
      ],
      2,
    );
    expect(tiny.par30Ratio).toBe('0.0001');
  });

  it('gives zero ratios for an empty portfolio or one with nothing outstanding', () => {
    expect(portfolioAtRisk([], 2)).toMatchObject({
      outstandingPrincipal: '0.00',
      par30Ratio: '0.0000',
      par90Ratio: '0.0000',
    });
    expect(portfolioAtRisk([{ outstandingPrincipal: '0.00', daysPastDue: 100 }], 2)).toMatchObject({
      par30LoanCount: 1,
      par30Ratio: '0.0000',
    });
  });

  it('combines with loanArrears', () => {
    const late = loanArrears(withPaid({}), '2025-03-20', 2);
    const current = loanArrears(withPaid({ 1: 'full' }), '2025-03-20', 2);
    expect(late.daysPastDue).toBe(33);
    const par = portfolioAtRisk([late, current], 2);
    // 1000.00 at risk of 1000.00 + 921.15 = 1921.15 -> 0.52052... -> 0.5205.
    expect(par).toMatchObject({ outstandingPrincipal: '1921.15', par30Principal: '1000.00', par30Ratio: '0.5205' });
  });

  it('refuses bad figures', () => {
    expect(codeOf(() => portfolioAtRisk([{ outstandingPrincipal: '1.001', daysPastDue: 0 }], 2))).toBe(
      'INVALID_AMOUNT',
    );
    expect(codeOf(() => portfolioAtRisk([{ outstandingPrincipal: '-1.00', daysPastDue: 0 }], 2))).toBe(
      'INVALID_AMOUNT',
    );
    expect(codeOf(() => portfolioAtRisk([{ outstandingPrincipal: '1.00', daysPastDue: -1 }], 2))).toBe('INVALID_COUNT');
    expect(codeOf(() => portfolioAtRisk([{ outstandingPrincipal: '1.00', daysPastDue: 1.5 }], 2))).toBe(
      'INVALID_COUNT',
    );
  });
});
