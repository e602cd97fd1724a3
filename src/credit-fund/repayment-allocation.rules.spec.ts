import fc from 'fast-check';
import { Dec, sum } from '../common/money/money.js';
import { CreditRuleError } from './credit-rules.errors.js';
import type { InstalmentBalance } from './instalment-balance.rules.js';
import { allocateRepayment, type RepaymentAllocationInput } from './repayment-allocation.rules.js';
import { buildSchedule } from './repayment-schedule.rules.js';

// 1,000.00 at 12% annuity over 12 months from 2025-01-15 (table in repayment-schedule.rules.spec.ts):
//   #1 2025-02-15 interest 10.00 principal 78.85
//   #2 2025-03-15 interest  9.21 principal 79.64
//   #3 2025-04-15 interest  8.42 principal 80.43
//   #4 2025-05-15 interest  7.61 principal 81.24
//   ...
//  #12 2026-01-15 interest  0.88 principal 87.96
const schedule = buildSchedule({
  principal: '1000.00',
  annualRatePercent: '12',
  termMonths: 12,
  method: 'annuity',
  disbursedOn: '2025-01-15',
  scale: 2,
});

/** The schedule with [principalPaid, interestPaid] per instalment number; 'full' = paid in full; others unpaid. */
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

function allocate(patch: Partial<RepaymentAllocationInput>) {
  return allocateRepayment({ instalments: withPaid({}), asOf: '2025-01-20', amount: '1.00', scale: 2, ...patch });
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

const allPaidBut12 = Object.fromEntries(schedule.slice(0, 11).map((i) => [i.number, 'full' as const]));

describe('allocateRepayment', () => {
  it('pays all overdue interest (oldest first) before any overdue principal', () => {
    // As of 2025-04-20, #1..#3 are overdue; #1 is paid. Overdue interest: #2 9.21, #3 8.42 = 17.63.
    // 20.00 -> #2 interest 9.21, #3 interest 8.42, then #2 principal 2.37.
    const result = allocate({ instalments: withPaid({ 1: 'full' }), asOf: '2025-04-20', amount: '20.00' });
    expect(result.lines).toEqual([
      { number: 2, dueOn: '2025-03-15', status: 'overdue', interest: '9.21', principal: '2.37', total: '11.58' },
      { number: 3, dueOn: '2025-04-15', status: 'overdue', interest: '8.42', principal: '0.00', total: '8.42' },
    ]);
    expect(result).toMatchObject({ interest: '17.63', principal: '2.37', prepayment: '0.00' });
  });

  it('then overdue principal oldest first, partly paid instalments counting only what is left', () => {
    // #2 has its interest and 20.00 of principal paid: 59.64 left. #3 unpaid: 8.42 + 80.43.
    // 100.00 -> #3 interest 8.42 (91.58 left), #2 principal 59.64 (31.94 left), #3 principal 31.94.
    const result = allocate({
      instalments: withPaid({ 1: 'full', 2: ['20.00', '9.21'] }),
      asOf: '2025-04-20',
      amount: '100.00',
    });
    expect(result.lines).toEqual([
      { number: 2, dueOn: '2025-03-15', status: 'overdue', interest: '0.00', principal: '59.64', total: '59.64' },
      { number: 3, dueOn: '2025-04-15', status: 'overdue', interest: '8.42', principal: '31.94', total: '40.36' },
    ]);
    expect(result).toMatchObject({
      interest: '8.42',
      principal: '91.58',
      prepayment: '0.00',
      // Before: 1000.00 + 66.19 - 88.85 (#1) - 29.21 (#2 part) = 948.13.
      balanceBefore: '948.13',
      balanceAfter: '848.13',
    });
  });

  it('then current and future instalments in order, interest before principal; due today is current', () => {
    // As of 2025-04-15, #3 falls due today: not overdue. 100.00 -> #3 8.42 + 80.43 = 88.85, then #4 interest
    // 7.61 and principal 3.54.
    const result = allocate({ instalments: withPaid({ 1: 'full', 2: 'full' }), asOf: '2025-04-15', amount: '100.00' });
    expect(result.lines).toEqual([
      { number: 3, dueOn: '2025-04-15', status: 'current', interest: '8.42', principal: '80.43', total: '88.85' },
      { number: 4, dueOn: '2025-05-15', status: 'current', interest: '7.61', principal: '3.54', total: '11.15' },
    ]);
  });

  it('settles overdue instalments in full before touching current ones', () => {
    // As of 2025-03-16: #1 and #2 overdue, nothing paid. 200.00 -> interest #1 10.00, #2 9.21;
    // principal #1 78.85, #2 79.64 (177.70 so far); current #3 interest 8.42, principal 13.88.
    const result = allocate({ asOf: '2025-03-16', amount: '200.00' });
    expect(result.lines).toEqual([
      { number: 1, dueOn: '2025-02-15', status: 'overdue', interest: '10.00', principal: '78.85', total: '88.85' },
      { number: 2, dueOn: '2025-03-15', status: 'overdue', interest: '9.21', principal: '79.64', total: '88.85' },
      { number: 3, dueOn: '2025-04-15', status: 'current', interest: '8.42', principal: '13.88', total: '22.30' },
    ]);
    expect(result).toMatchObject({ interest: '27.63', principal: '172.37' });
  });

  it('takes instalments in number order whatever order they are given in', () => {
    const input = { instalments: withPaid({ 1: 'full' }), asOf: '2025-04-20', amount: '20.00', scale: 2 };
    expect(allocateRepayment({ ...input, instalments: [...input.instalments].reverse() })).toEqual(
      allocateRepayment(input),
    );
  });

  it('accepts exactly the balance owed', () => {
    const result = allocate({ instalments: withPaid(allPaidBut12), asOf: '2026-01-15', amount: '88.84' });
    expect(result.lines).toEqual([
      { number: 12, dueOn: '2026-01-15', status: 'current', interest: '0.88', principal: '87.96', total: '88.84' },
    ]);
    expect(result).toMatchObject({ prepayment: '0.00', balanceBefore: '88.84', balanceAfter: '0.00' });
  });

  it('refuses a repayment larger than the balance owed', () => {
    const instalments = withPaid(allPaidBut12);
    expect(() => allocate({ instalments, asOf: '2026-01-15', amount: '88.85' })).toThrow(
      expect.objectContaining({ code: 'REPAYMENT_EXCEEDS_BALANCE', field: 'amount' }),
    );
    expect(codeOf(() => allocate({ instalments, asOf: '2026-01-15', amount: '88.85', allowPrepayment: false }))).toBe(
      'REPAYMENT_EXCEEDS_BALANCE',
    );
    const repaid = withPaid(Object.fromEntries(schedule.map((i) => [i.number, 'full' as const])));
    expect(codeOf(() => allocate({ instalments: repaid, amount: '0.01' }))).toBe('REPAYMENT_EXCEEDS_BALANCE');
  });

  it('records the excess as prepayment when allowed', () => {
    const result = allocate({
      instalments: withPaid(allPaidBut12),
      asOf: '2025-12-01',
      amount: '100.00',
      allowPrepayment: true,
    });
    expect(result).toEqual({
      lines: [
        { number: 12, dueOn: '2026-01-15', status: 'current', interest: '0.88', principal: '87.96', total: '88.84' },
      ],
      interest: '0.88',
      principal: '87.96',
      prepayment: '11.16',
      balanceBefore: '88.84',
      balanceAfter: '0.00',
    });
  });

  it('works at scale 0', () => {
    const instalments: InstalmentBalance[] = [
      { number: 1, dueOn: '2025-02-15', principal: '7885', interest: '1000', principalPaid: '0', interestPaid: '500' },
      { number: 2, dueOn: '2025-03-15', principal: '7964', interest: '921', principalPaid: '0', interestPaid: '0' },
    ];
    const result = allocateRepayment({ instalments, asOf: '2025-03-16', amount: '2000', scale: 0 });
    expect(result.lines).toEqual([
      { number: 1, dueOn: '2025-02-15', status: 'overdue', interest: '500', principal: '579', total: '1079' },
      { number: 2, dueOn: '2025-03-15', status: 'overdue', interest: '921', principal: '0', total: '921' },
    ]);
  });

  describe('input validation', () => {
    const row = schedule[0];
    const one = (patch: Partial<InstalmentBalance>): InstalmentBalance[] => [
      { ...row, principalPaid: '0.00', interestPaid: '0.00', ...patch },
    ];
    it.each<[string, Partial<RepaymentAllocationInput>, string]>([
      ['a zero amount', { amount: '0.00' }, 'INVALID_AMOUNT'],
      ['a negative amount', { amount: '-5.00' }, 'INVALID_AMOUNT'],
      ['an amount finer than the minor unit', { amount: '5.001' }, 'INVALID_AMOUNT'],
      ['an invalid as-of date', { asOf: '2025-13-01' }, 'INVALID_DATE'],
      ['an invalid scale', { scale: 9 }, 'INVALID_SCALE'],
      ['principal paid beyond due', { instalments: one({ principalPaid: '78.86' }) }, 'INVALID_SCHEDULE'],
      ['interest paid beyond due', { instalments: one({ interestPaid: '10.01' }) }, 'INVALID_SCHEDULE'],
      ['a negative paid amount', { instalments: one({ interestPaid: '-1.00' }) }, 'INVALID_SCHEDULE'],
      ['an amount finer than the scale', { instalments: one({ principal: '78.855' }) }, 'INVALID_SCHEDULE'],
      ['a bad due date', { instalments: one({ dueOn: '2025-02-29' }) }, 'INVALID_DATE'],
      ['a duplicate instalment', { instalments: [...one({}), ...one({})] }, 'INVALID_SCHEDULE'],
      [
        'due dates going backwards',
        { instalments: [...one({}), ...one({ number: 2, dueOn: '2025-01-01' })] },
        'INVALID_SCHEDULE',
      ],
    ])('refuses %s', (_name, patch, code) => {
      expect(codeOf(() => allocate(patch))).toBe(code);
    });
  });

  it('property: allocates exactly the amount, in the contract order, never beyond what is owed', () => {
    const input = fc.record({
      paidThrough: fc.integer({ min: 0, max: 12 }),
      asOfDay: fc.integer({ min: 0, max: 420 }),
      fraction: fc.integer({ min: 1, max: 1000 }),
      partial: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(input, ({ paidThrough, asOfDay, fraction, partial }) => {
        // Instalments before `paidThrough` paid in full, the next one `partial`% of its principal and interest.
        const instalments = schedule.map((i): InstalmentBalance => {
          const share = i.number <= paidThrough ? 1 : i.number === paidThrough + 1 ? partial / 100 : 0;
          const paid = (amount: string) => new Dec(amount).times(share).toDecimalPlaces(2, Dec.ROUND_DOWN).toFixed(2);
          return { ...i, principalPaid: paid(i.principal), interestPaid: paid(i.interest) };
        });
        const owed = sum(
          instalments.flatMap((i) => [
            new Dec(i.principal).minus(i.principalPaid),
            new Dec(i.interest).minus(i.interestPaid),
          ]),
        );
        fc.pre(owed.gt(0));
        const amount = owed.times(fraction).div(1000).toDecimalPlaces(2, Dec.ROUND_UP);
        const asOf = new Date(Date.UTC(2025, 0, 15 + asOfDay)).toISOString().slice(0, 10);
        const result = allocateRepayment({ instalments, asOf, amount: amount.toFixed(2), scale: 2 });

        expect(sum(result.lines.map((l) => l.total)).eq(amount)).toBe(true);
        expect(new Dec(result.balanceAfter).eq(owed.minus(amount))).toBe(true);
        const left = (i: InstalmentBalance, part: 'interest' | 'principal') =>
          new Dec(i[part]).minus(part === 'interest' ? i.interestPaid : i.principalPaid);
        const got = (n: number, part: 'interest' | 'principal') =>
          new Dec(result.lines.find((l) => l.number === n)?.[part] ?? 0);
        // Order: a later bucket receives money only when every earlier bucket is settled.
        const buckets: [InstalmentBalance, 'interest' | 'principal'][] = [
          ...instalments.filter((i) => i.dueOn < asOf).map((i) => [i, 'interest'] as [InstalmentBalance, 'interest']),
          ...instalments.filter((i) => i.dueOn < asOf).map((i) => [i, 'principal'] as [InstalmentBalance, 'principal']),
          ...instalments
            .filter((i) => i.dueOn >= asOf)
            .flatMap((i) => [
              [i, 'interest'] as [InstalmentBalance, 'interest'],
              [i, 'principal'] as [InstalmentBalance, 'principal'],
            ]),
        ];
        let settled = true;
        for (const [i, part] of buckets) {
          const received = got(i.number, part);
          expect(received.lte(left(i, part))).toBe(true);
          if (!settled) expect(received.isZero()).toBe(true);
          if (received.lt(left(i, part))) settled = false;
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
