import { CreditRuleError } from './credit-rules.errors.js';
import type { InstalmentBalance } from './instalment-balance.rules.js';
import { allocateRepayment } from './repayment-allocation.rules.js';
import { buildSchedule } from './repayment-schedule.rules.js';
import { settlementQuote } from './loan-settlement.rules.js';

// 1,000.00 at 12% annuity from 2025-01-15 (table in repayment-schedule.rules.spec.ts): interest per instalment
// 10.00, 9.21, 8.42, 7.61, 6.80, 5.98, 5.15, 4.31, 3.47, 2.61, 1.75, 0.88 = 66.19.
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

const quote = (instalments: InstalmentBalance[], asOf: string) =>
  settlementQuote({ instalments, disbursedOn: '2025-01-15', asOf, scale: 2 });

describe('settlementQuote', () => {
  it('charges the running period pro rata to the days elapsed and waives the rest', () => {
    // #1 paid. Running period #2: 2025-02-15 -> 2025-03-15 = 28 days, 14 elapsed on 2025-03-01:
    // 9.21 x 14 / 28 = 4.605 -> 4.61. Principal left 1000.00 - 78.85 = 921.15. Waived: 4.60 + 46.98 (#3..#12).
    const q = quote(withPaid({ 1: 'full' }), '2025-03-01');
    expect(q).toMatchObject({ principal: '921.15', interest: '4.61', total: '925.76', interestWaived: '51.58' });
    expect(q.lines[0]).toEqual({
      number: 2,
      dueOn: '2025-03-15',
      principal: '79.64',
      interest: '4.61',
      interestWaived: '4.60',
    });
    expect(q.lines[1]).toEqual({
      number: 3,
      dueOn: '2025-04-15',
      principal: '80.43',
      interest: '0.00',
      interestWaived: '8.42',
    });
    expect(q.lines).toHaveLength(11);
  });

  it('charges no interest on the disbursement day', () => {
    expect(quote(withPaid({}), '2025-01-15')).toMatchObject({
      principal: '1000.00',
      interest: '0.00',
      total: '1000.00',
      interestWaived: '66.19',
    });
  });

  it('charges an instalment due on the settlement day in full, and nothing of the next period', () => {
    expect(quote(withPaid({}), '2025-02-15')).toMatchObject({
      interest: '10.00',
      total: '1010.00',
      interestWaived: '56.19',
    });
  });

  it('charges overdue interest in full', () => {
    // #1 10.00 and #2 9.21 overdue; #3 runs 2025-03-15 -> 2025-04-15 (31 days), 17 elapsed: 8.42 x 17/31 =
    // 4.6174... -> 4.62.
    expect(quote(withPaid({}), '2025-04-01')).toMatchObject({
      principal: '1000.00',
      interest: '23.83',
      total: '1023.83',
      interestWaived: '42.36',
    });
  });

  it('after the last due date, the payoff is the whole balance and nothing is waived', () => {
    const q = quote(withPaid({}), '2026-02-01');
    expect(q).toMatchObject({ principal: '1000.00', interest: '66.19', total: '1066.19', interestWaived: '0.00' });
  });

  it('never asks again for interest already paid, nor refunds it', () => {
    // #2's interest 9.21 was prepaid: 4.61 earned on 2025-03-01 is covered, nothing more charged or waived on #2.
    const q = quote(withPaid({ 1: 'full', 2: ['0.00', '9.21'] }), '2025-03-01');
    expect(q.lines[0]).toEqual({
      number: 2,
      dueOn: '2025-03-15',
      principal: '79.64',
      interest: '0.00',
      interestWaived: '0.00',
    });
    expect(q).toMatchObject({ interest: '0.00', total: '921.15', interestWaived: '46.98' });
  });

  it('is zero for a loan already repaid', () => {
    const all = Object.fromEntries(schedule.map((i) => [i.number, 'full' as const]));
    expect(quote(withPaid(all), '2025-06-01')).toEqual({
      asOf: '2025-06-01',
      principal: '0.00',
      interest: '0.00',
      total: '0.00',
      interestWaived: '0.00',
      lines: [],
    });
  });

  it('the payoff never exceeds what allocateRepayment would take for the whole balance', () => {
    for (const asOf of ['2025-01-15', '2025-02-01', '2025-05-20', '2025-12-31', '2026-01-15']) {
      const instalments = withPaid({ 1: 'full' });
      const q = quote(instalments, asOf);
      const whole = allocateRepayment({ instalments, asOf, amount: '0.01', scale: 2 }).balanceBefore;
      expect(Number(q.total) <= Number(whole)).toBe(true);
      expect((Number(q.total) * 100 + Number(q.interestWaived) * 100).toFixed(0)).toBe(
        (Number(whole) * 100).toFixed(0),
      );
    }
  });

  it('refuses a settlement before the disbursement', () => {
    expect(() => quote(withPaid({}), '2025-01-14')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', field: 'asOf' }) as CreditRuleError,
    );
  });
});
