import fc from 'fast-check';

import { Dec, roundHalfUp, sum } from '../common/money/money.js';
import {
  type DistributionInput,
  type DistributionMember,
  choosePatronageBasis,
  computeDistribution,
  daysInYear,
  fundAmount,
  holdingDays,
  interestWeight,
  splitAfterFunds,
  splitFunds,
} from './distribution.rules.js';
import { SurplusError } from './surplus.errors.js';

const Y2023 = { start: '2023-01-01', end: '2023-12-31' };
const Y2024 = { start: '2024-01-01', end: '2024-12-31' };

function expectSurplusError(fn: () => unknown, code: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(SurplusError);
  expect((caught as SurplusError).code).toBe(code);
}

/** Lines as [memberNumber, interest, patronageRefund, total] for compact assertions. */
const lineTuples = (plan: ReturnType<typeof computeDistribution>) =>
  plan.lines.map((l) => [l.memberNumber, l.interest, l.patronageRefund, l.total]);

describe('fundAmount', () => {
  it('is surplus x % rounded half-up at scale 2', () => {
    expect(fundAmount('10000.00', '30', 2)).toBe('3000.00');
    expect(fundAmount('1234.50', '2.5', 2)).toBe('30.86'); // 30.8625 -> 30.86
    expect(fundAmount('1000.10', '5', 2)).toBe('50.01'); // 50.005 -> 50.01 (half-up)
    expect(fundAmount('5000.01', '5', 2)).toBe('250.00'); // 250.0005 -> 250.00
    expect(fundAmount('5000.00', '0', 2)).toBe('0.00');
  });

  it('is surplus x % rounded half-up at scale 0', () => {
    expect(fundAmount('1234', '12.5', 0)).toBe('154'); // 154.25 -> 154
    expect(fundAmount('1001', '50', 0)).toBe('501'); // 500.5 -> 501
    expect(fundAmount('1001', '100', 0)).toBe('1001');
  });

  it('rejects percentages outside 0..100 and malformed amounts', () => {
    expectSurplusError(() => fundAmount('100.00', '100.01', 2), 'INVALID_PERCENT');
    expectSurplusError(() => fundAmount('100.00', '-1', 2), 'INVALID_PERCENT');
    expectSurplusError(() => fundAmount('100.00', 'ten', 2), 'INVALID_PERCENT');
    expectSurplusError(() => fundAmount('lots', '10', 2), 'INVALID_AMOUNT');
    expectSurplusError(() => fundAmount('100.00', '10', -2), 'INVALID_SCALE');
  });
});

describe('daysInYear', () => {
  it('is 366 for a fiscal year containing 29 February, else 365', () => {
    expect(daysInYear(Y2024)).toBe(366);
    expect(daysInYear(Y2023)).toBe(365);
    expect(daysInYear({ start: '2023-07-01', end: '2024-06-30' })).toBe(366);
    expect(daysInYear({ start: '2024-07-01', end: '2025-06-30' })).toBe(365);
    expect(daysInYear({ start: '1900-01-01', end: '1900-12-31' })).toBe(365); // not a leap year (century)
    expect(daysInYear({ start: '2000-01-01', end: '2000-12-31' })).toBe(366); // leap year (400)
    expect(daysInYear({ start: '2023-03-01', end: '2024-02-29' })).toBe(366);
    expect(daysInYear({ start: '2023-02-28', end: '2024-02-27' })).toBe(365);
  });

  it('uses the twelve months ending on the last day for a short first year', () => {
    // 2024-04-15..2024-12-31: the twelve months ending 31 December 2024 contain 29 February.
    expect(daysInYear({ start: '2024-04-15', end: '2024-12-31' })).toBe(366);
    // 2024-03-01..2025-02-28 holds no 29 February.
    expect(daysInYear({ start: '2024-06-01', end: '2025-02-28' })).toBe(365);
  });

  it('rejects a year that ends before it starts, and impossible dates', () => {
    expectSurplusError(() => daysInYear({ start: '2024-01-01', end: '2023-12-31' }), 'INVALID_FISCAL_YEAR');
    expectSurplusError(() => daysInYear({ start: '2023-01-01', end: '2023-02-29' }), 'INVALID_DATE');
    expectSurplusError(() => daysInYear({ start: '2023-1-1', end: '2023-12-31' }), 'INVALID_DATE');
  });
});

describe('holdingDays', () => {
  it('counts from the first day of the year for amounts held before it, to its last day', () => {
    expect(holdingDays({ amount: '1000.00', heldFrom: '2019-05-10' }, Y2024)).toBe(366);
    expect(holdingDays({ amount: '1000.00', heldFrom: '2019-05-10', leftOn: null }, Y2023)).toBe(365);
  });

  it('includes the effective date of a mid-year payment', () => {
    expect(holdingDays({ amount: '1', heldFrom: '2024-07-01' }, Y2024)).toBe(184); // 31+31+30+31+30+31
    expect(holdingDays({ amount: '1', heldFrom: '2024-02-29' }, Y2024)).toBe(307); // 1 + Mar..Dec 306
    expect(holdingDays({ amount: '1', heldFrom: '2024-12-31' }, Y2024)).toBe(1);
    // July-June year over a leap day: 29 Feb (1) + Mar 31 + Apr 30 + May 31 + Jun 30 = 123.
    expect(holdingDays({ amount: '1', heldFrom: '2024-02-29' }, { start: '2023-07-01', end: '2024-06-30' })).toBe(123);
  });

  it('stops the day before the amount leaves', () => {
    expect(holdingDays({ amount: '1', heldFrom: '2019-01-01', leftOn: '2024-03-01' }, Y2024)).toBe(60); // 31 + 29
    expect(holdingDays({ amount: '1', heldFrom: '2018-03-01', leftOn: '2023-10-01' }, Y2023)).toBe(273); // Jan-Sep
    expect(holdingDays({ amount: '1', heldFrom: '2024-03-10', leftOn: '2024-03-12' }, Y2024)).toBe(2);
    expect(holdingDays({ amount: '1', heldFrom: '2024-05-05', leftOn: '2024-05-05' }, Y2024)).toBe(0);
  });

  it('is zero outside the year and capped at its ends', () => {
    expect(holdingDays({ amount: '1', heldFrom: '2019-01-01', leftOn: '2024-01-01' }, Y2024)).toBe(0);
    expect(holdingDays({ amount: '1', heldFrom: '2019-01-01', leftOn: '2023-06-01' }, Y2024)).toBe(0);
    expect(holdingDays({ amount: '1', heldFrom: '2025-01-01' }, Y2024)).toBe(0);
    expect(holdingDays({ amount: '1', heldFrom: '2019-01-01', leftOn: '2025-02-01' }, Y2024)).toBe(366);
  });

  it('rejects an amount that leaves before it arrives, and malformed dates', () => {
    expectSurplusError(
      () => holdingDays({ amount: '1', heldFrom: '2024-05-05', leftOn: '2024-05-04' }, Y2024),
      'INVALID_HOLDING',
    );
    expectSurplusError(() => holdingDays({ amount: '1', heldFrom: '2024-13-01' }, Y2024), 'INVALID_DATE');
    expectSurplusError(() => holdingDays({ amount: '1', heldFrom: '2023-02-29' }, Y2024), 'INVALID_DATE');
    expectSurplusError(() => holdingDays({ amount: '1', heldFrom: '0099-01-01' }, Y2024), 'INVALID_DATE');
  });
});

describe('interestWeight', () => {
  it('is amount x rate x days / days-in-year, unrounded', () => {
    // 600.00 x 5% x 184 / 366 = 5520 / 366 = 15.08196721311475...
    expect(interestWeight([{ amount: '600.00', heldFrom: '2024-07-01' }], '5', Y2024).toFixed(10)).toBe(
      '15.0819672131',
    );
    // 1000 x 4% x 365/365 + 500 x 4% x 92/365 = 40 + 1840/365 = 45.04109589...
    const holdings = [
      { amount: '1000.00', heldFrom: '2020-01-01' },
      { amount: '500.00', heldFrom: '2023-10-01' },
    ];
    expect(interestWeight(holdings, '4', Y2023).toFixed(8)).toBe('45.04109589');
    expect(interestWeight([], '4', Y2023).isZero()).toBe(true);
  });

  it('rejects a negative amount and a rate outside 0..100', () => {
    expectSurplusError(() => interestWeight([{ amount: '-1', heldFrom: '2020-01-01' }], '4', Y2023), 'INVALID_HOLDING');
    expectSurplusError(
      () => interestWeight([{ amount: '1', heldFrom: '2020-01-01' }], '-4', Y2023),
      'INVALID_INTEREST_RATE',
    );
  });
});

describe('computeDistribution', () => {
  // Leap year 2024 (366 days), scale 2, surplus 10,000.00, funds 30% / 5% / 5%, interest 5%.
  const leapYear: DistributionInput = {
    surplus: '10000.00',
    scale: 2,
    reservePercent: '30',
    educationPercent: '5',
    communityPercent: '5',
    interestRate: '5',
    fiscalYear: Y2024,
    members: [
      // Held all year: 1000 x 5% x 366/366 = 50.
      {
        memberId: 'ana',
        memberNumber: 1,
        holdings: [{ amount: '1000.00', heldFrom: '2019-05-10' }],
        patronageValue: '3000.00',
      },
      // Joined and paid on 1 July: 600 x 5% x 184/366 = 5520/366 = 15.0819672...
      {
        memberId: 'ben',
        memberNumber: 2,
        holdings: [{ amount: '600.00', heldFrom: '2024-07-01' }],
        patronageValue: '1000.00',
      },
      // Paid on the leap day: 500 x 5% x 307/366 = 7675/366 = 20.9699453...
      {
        memberId: 'cy',
        memberNumber: 3,
        holdings: [{ amount: '500.00', heldFrom: '2024-02-29' }],
        patronageValue: '1000.00',
      },
    ],
  };

  it('prorates interest by days held in a leap year and refunds the rest by patronage', () => {
    const plan = computeDistribution(leapYear);
    // Funds: 10000 x 30% = 3000.00; x 5% = 500.00; x 5% = 500.00. Left: 6000.00.
    expect(plan.funds).toEqual({ reserve: '3000.00', education: '500.00', community: '500.00' });
    // Weights: 50 + 15.0819672 + 20.9699453 = 86.0519125... -> 86.05 (below 6000.00, so not scaled down).
    expect(plan.interestEntitlement).toBe('86.05');
    expect(plan.interestPool).toBe('86.05');
    expect(plan.interestScaledDown).toBe(false);
    // Patronage pool: 10000.00 - 4000.00 - 86.05 = 5913.95.
    expect(plan.patronagePool).toBe('5913.95');
    expect(plan.patronageBasis).toBe('value');
    // Interest split of 8605 units by numerators 1,830,000 : 552,000 : 767,500 (total 3,149,500):
    //   ana 4999.889 -> 4999, ben 1508.163 -> 1508, cy 2096.948 -> 2096; floors 8603, 2 left: cy (.948), ana (.889).
    // Patronage 5913.95 by 3000 : 1000 : 1000 = 3548.37, 1182.79, 1182.79 exactly.
    expect(lineTuples(plan)).toEqual([
      [1, '50.00', '3548.37', '3598.37'],
      [2, '15.08', '1182.79', '1197.87'],
      [3, '20.97', '1182.79', '1203.76'],
    ]);
    expect(plan.totals).toEqual({ funds: '4000.00', interest: '86.05', patronageRefund: '5913.95', total: '6000.00' });
  });

  // 2023 (365 days), scale 2, surplus 5,000.01, funds 20% / 5% / 2.5%, interest 4%.
  const withCessation: DistributionInput = {
    surplus: '5000.01',
    scale: 2,
    reservePercent: '20',
    educationPercent: '5',
    communityPercent: '2.5',
    interestRate: '4',
    fiscalYear: Y2023,
    members: [
      // Listed out of member-number order on purpose: lines come back ordered by number.
      {
        // Two lots: 600 all year = 600 x 4% = 24; 400 transferred out on 1 April = 400 x 4% x 90/365 = 1440/365.
        memberId: 'fay',
        memberNumber: 3,
        holdings: [
          { amount: '600.00', heldFrom: '2021-01-01' },
          { amount: '400.00', heldFrom: '2021-01-01', leftOn: '2023-04-01' },
        ],
        patronageValue: '1500.00',
      },
      {
        // Withdrew with effect 30 September, capital redeemed 1 October: 2000 x 4% x 273/365 = 21840/365.
        memberId: 'dee',
        memberNumber: 1,
        holdings: [{ amount: '2000.00', heldFrom: '2018-03-01', leftOn: '2023-10-01' }],
        patronageValue: '2000.00',
        ceasedOn: '2023-09-30',
      },
      {
        // 1000 all year = 40; 500 paid 1 October = 500 x 4% x 92/365 = 1840/365.
        memberId: 'eli',
        memberNumber: 2,
        holdings: [
          { amount: '1000.00', heldFrom: '2020-01-01' },
          { amount: '500.00', heldFrom: '2023-10-01' },
        ],
        patronageValue: '1500.00',
      },
    ],
  };

  it('pays a member ceased mid-year interest for the days held but no patronage refund', () => {
    const plan = computeDistribution(withCessation);
    // Funds: 5000.01 x 20% = 1000.002 -> 1000.00; x 5% = 250.0005 -> 250.00; x 2.5% = 125.00025 -> 125.00.
    expect(plan.funds).toEqual({ reserve: '1000.00', education: '250.00', community: '125.00' });
    // Weights: 64 + (21840 + 1840 + 1440)/365 = 64 + 68.8219178 = 132.8219178 -> 132.82.
    expect(plan.interestPool).toBe('132.82');
    // Patronage pool: 5000.01 - 1375.00 - 132.82 = 3492.19.
    expect(plan.patronagePool).toBe('3492.19');
    // Interest: 13282 units by numerators dee 2,184,000 : eli 1,644,000 : fay 1,020,000 (total 4,848,000):
    //   dee 5983.475 -> 5983, eli 4504.045 -> 4504, fay 2794.480 -> 2794; floors 13281, 1 left -> fay (.480 > .475).
    //   (Rounding each member alone would give 59.84 + 45.04 + 27.95 = 132.83, one cent more than the pool.)
    // Patronage: dee ceased before year end -> weight 0; eli and fay 1500 each: 349219 units / 2 = 174609.5 each,
    //   1 unit left, equal remainders -> lower member number (eli, no. 2): 1746.10 and 1746.09.
    expect(lineTuples(plan)).toEqual([
      [1, '59.83', '0.00', '59.83'],
      [2, '45.04', '1746.10', '1791.14'],
      [3, '27.95', '1746.09', '1774.04'],
    ]);
    expect(plan.lines.map((l) => l.memberId)).toEqual(['dee', 'eli', 'fay']);
    expect(plan.totals).toEqual({ funds: '1375.00', interest: '132.82', patronageRefund: '3492.19', total: '3625.01' });
  });

  it('refunds ceased members too when the bylaws say so', () => {
    const plan = computeDistribution({ ...withCessation, patronageForCeasedMembers: true });
    // 349219 units by 2000 : 1500 : 1500 (total 5000): dee 139687.6, eli 104765.7, fay 104765.7;
    // floors 349217, 2 left -> the .7 remainders (eli, fay) before dee's .6.
    expect(lineTuples(plan)).toEqual([
      [1, '59.83', '1396.87', '1456.70'],
      [2, '45.04', '1047.66', '1092.70'],
      [3, '27.95', '1047.66', '1075.61'],
    ]);
  });

  it('treats a cessation on the last day as before year end, and one after it as a member at year end', () => {
    // Scale 0, surplus 100, reserve 10% = 10, no interest: patronage pool 90 over equal values.
    const plan = computeDistribution({
      surplus: '100',
      scale: 0,
      reservePercent: '10',
      educationPercent: '0',
      communityPercent: '0',
      interestRate: '0',
      fiscalYear: Y2023,
      members: [
        { memberId: 'a', memberNumber: 1, holdings: [], patronageValue: '1', ceasedOn: '2023-12-31' },
        { memberId: 'b', memberNumber: 2, holdings: [], patronageValue: '1', ceasedOn: '2024-01-01' },
        { memberId: 'c', memberNumber: 3, holdings: [], patronageValue: '1' },
      ],
    });
    // a excluded; 90 / 2 = 45 each for b and c.
    expect(lineTuples(plan)).toEqual([
      [1, '0', '0', '0'],
      [2, '0', '45', '45'],
      [3, '0', '45', '45'],
    ]);
  });

  it('scales interest down when the surplus left after the funds is smaller (scale 0)', () => {
    const plan = computeDistribution({
      surplus: '1000',
      scale: 0,
      reservePercent: '30',
      educationPercent: '5',
      communityPercent: '5',
      interestRate: '5',
      fiscalYear: Y2023,
      members: [
        { memberId: 'm1', memberNumber: 1, holdings: [{ amount: '9000', heldFrom: '2015-01-01' }] }, // 450
        { memberId: 'm2', memberNumber: 2, holdings: [{ amount: '4000', heldFrom: '2015-01-01' }] }, // 200
        // From 20 October: 12 + 30 + 31 = 73 days: 3650 x 5% x 73/365 = 36.5.
        { memberId: 'm3', memberNumber: 3, holdings: [{ amount: '3650', heldFrom: '2023-10-20' }] },
      ],
    });
    // Funds 300 + 50 + 50 = 400, 600 left. Entitlement 450 + 200 + 36.5 = 686.5 -> 687 > 600: pool 600.
    expect(plan.funds).toEqual({ reserve: '300', education: '50', community: '50' });
    expect(plan.interestEntitlement).toBe('687');
    expect(plan.interestPool).toBe('600');
    expect(plan.interestScaledDown).toBe(true);
    // Nothing left for patronage, so none is needed.
    expect(plan.patronagePool).toBe('0');
    expect(plan.patronageBasis).toBeNull();
    // 600 x 450/686.5 = 393.299 -> 393; x 200/686.5 = 174.800 -> 174; x 36.5/686.5 = 31.901 -> 31.
    // Floors 598, 2 left: m3 (.901), m2 (.800).
    expect(lineTuples(plan)).toEqual([
      [1, '393', '0', '393'],
      [2, '175', '0', '175'],
      [3, '32', '0', '32'],
    ]);
  });

  it('weights patronage by quantity when no member has a value', () => {
    // Scale 0: surplus 1001, reserve 10% = 100.1 -> 100, no interest; patronage pool 901.
    // kg 1200.5 : 800 : none (total 2000.5): 901 x 1200.5/2000.5 = 540.690 -> 540, x 800/2000.5 = 360.310 -> 360;
    // 1 unit left -> the .690 remainder.
    const plan = computeDistribution({
      surplus: '1001',
      scale: 0,
      reservePercent: '10',
      educationPercent: '0',
      communityPercent: '0',
      interestRate: '3',
      fiscalYear: Y2023,
      members: [
        { memberId: 'a', memberNumber: 1, holdings: [], patronageQuantity: '1200.5' },
        { memberId: 'b', memberNumber: 2, holdings: [], patronageQuantity: '800' },
        { memberId: 'c', memberNumber: 3, holdings: [] },
      ],
    });
    expect(plan.patronageBasis).toBe('quantity');
    expect(plan.patronagePool).toBe('901');
    expect(lineTuples(plan)).toEqual([
      [1, '0', '541', '541'],
      [2, '0', '360', '360'],
      [3, '0', '0', '0'],
    ]);
  });

  it('uses values when every member with patronage has one, ignoring quantities', () => {
    // 90.00 pool by values 2 : 1 (quantities 1 : 100 ignored) = 60.00 and 30.00.
    const plan = computeDistribution({
      surplus: '100.00',
      scale: 2,
      reservePercent: '10',
      educationPercent: '0',
      communityPercent: '0',
      interestRate: '0',
      fiscalYear: Y2023,
      members: [
        { memberId: 'a', memberNumber: 1, holdings: [], patronageValue: '2', patronageQuantity: '1' },
        { memberId: 'b', memberNumber: 2, holdings: [], patronageValue: '1', patronageQuantity: '100' },
        { memberId: 'c', memberNumber: 3, holdings: [], patronageValue: '0' },
      ],
    });
    expect(plan.patronageBasis).toBe('value');
    expect(lineTuples(plan)).toEqual([
      [1, '0.00', '60.00', '60.00'],
      [2, '0.00', '30.00', '30.00'],
      [3, '0.00', '0.00', '0.00'],
    ]);
  });

  it('puts everything in the funds when they take 100%', () => {
    const plan = computeDistribution({
      ...leapYear,
      reservePercent: '90',
      educationPercent: '5',
      communityPercent: '5',
    });
    expect(plan.funds).toEqual({ reserve: '9000.00', education: '500.00', community: '500.00' });
    expect(plan.interestPool).toBe('0.00');
    expect(plan.interestScaledDown).toBe(true);
    expect(plan.patronagePool).toBe('0.00');
    expect(plan.totals.total).toBe('0.00');
  });

  describe('refuses what it cannot distribute', () => {
    it('a zero or negative surplus', () => {
      expectSurplusError(() => computeDistribution({ ...leapYear, surplus: '0.00' }), 'NON_POSITIVE_SURPLUS');
      expectSurplusError(() => computeDistribution({ ...leapYear, surplus: '0' }), 'NON_POSITIVE_SURPLUS');
      expectSurplusError(() => computeDistribution({ ...leapYear, surplus: '-250.00' }), 'NON_POSITIVE_SURPLUS');
    });

    it('a surplus finer than the minor unit or not a number', () => {
      expectSurplusError(() => computeDistribution({ ...leapYear, surplus: '10.005' }), 'INVALID_AMOUNT');
      expectSurplusError(() => computeDistribution({ ...leapYear, surplus: '10.5', scale: 0 }), 'INVALID_AMOUNT');
      expectSurplusError(() => computeDistribution({ ...leapYear, surplus: 'NaN' }), 'INVALID_AMOUNT');
      expectSurplusError(() => computeDistribution({ ...leapYear, scale: 2.5 }), 'INVALID_SCALE');
    });

    it('fund percentages over 100 in total, or out of range', () => {
      expectSurplusError(
        () =>
          computeDistribution({ ...leapYear, reservePercent: '50', educationPercent: '30', communityPercent: '20.01' }),
        'FUND_PERCENTS_OVER_100',
      );
      expectSurplusError(() => computeDistribution({ ...leapYear, reservePercent: '-5' }), 'INVALID_PERCENT');
    });

    it('funds that pass the surplus through rounding', () => {
      // Scale 0, surplus 1: 1 x 50% = 0.5 -> 1, twice: 2 > 1.
      expectSurplusError(
        () =>
          computeDistribution({
            ...leapYear,
            surplus: '1',
            scale: 0,
            reservePercent: '50',
            educationPercent: '50',
            communityPercent: '0',
          }),
        'FUNDS_EXCEED_SURPLUS',
      );
    });

    it('an interest rate out of range', () => {
      expectSurplusError(() => computeDistribution({ ...leapYear, interestRate: '101' }), 'INVALID_INTEREST_RATE');
      expectSurplusError(() => computeDistribution({ ...leapYear, interestRate: '' }), 'INVALID_INTEREST_RATE');
    });

    it('a patronage pool with no eligible patronage', () => {
      const noPatronage = leapYear.members.map((m): DistributionMember => ({ ...m, patronageValue: null }));
      expectSurplusError(() => computeDistribution({ ...leapYear, members: noPatronage }), 'NO_PATRONAGE');
      expectSurplusError(() => computeDistribution({ ...leapYear, members: [] }), 'NO_PATRONAGE');
      // Only the ceased member traded: without the bylaws flag nobody is eligible.
      const onlyCeased = withCessation.members.map((m): DistributionMember =>
        m.memberId === 'dee' ? m : { ...m, patronageValue: '0' },
      );
      expectSurplusError(() => computeDistribution({ ...withCessation, members: onlyCeased }), 'NO_PATRONAGE');
    });

    it('values for some members and only quantities for others', () => {
      const members = leapYear.members.map((m): DistributionMember =>
        m.memberId === 'ben' ? { ...m, patronageValue: null, patronageQuantity: '40' } : m,
      );
      expectSurplusError(() => computeDistribution({ ...leapYear, members }), 'MIXED_PATRONAGE_BASIS');
    });

    it('negative patronage, bad holdings, duplicate members', () => {
      const negative = leapYear.members.map((m): DistributionMember => ({ ...m, patronageValue: '-1' }));
      expectSurplusError(() => computeDistribution({ ...leapYear, members: negative }), 'INVALID_PATRONAGE');
      const badHolding = [{ ...leapYear.members[0], holdings: [{ amount: 'ten', heldFrom: '2020-01-01' }] }];
      expectSurplusError(() => computeDistribution({ ...leapYear, members: badHolding }), 'INVALID_HOLDING');
      const badCessation = [{ ...leapYear.members[0], ceasedOn: '31/12/2024' }];
      expectSurplusError(() => computeDistribution({ ...leapYear, members: badCessation }), 'INVALID_DATE');
      const sameNumber = [leapYear.members[0], { ...leapYear.members[1], memberNumber: 1 }];
      expectSurplusError(() => computeDistribution({ ...leapYear, members: sameNumber }), 'INVALID_MEMBER');
      const sameId = [leapYear.members[0], { ...leapYear.members[1], memberId: 'ana' }];
      expectSurplusError(() => computeDistribution({ ...leapYear, members: sameId }), 'INVALID_MEMBER');
      const fractionalNumber = [{ ...leapYear.members[0], memberNumber: 1.5 }];
      expectSurplusError(() => computeDistribution({ ...leapYear, members: fractionalNumber }), 'INVALID_MEMBER');
    });
  });

  describe('properties over random plans', () => {
    const years = [Y2023, Y2024, { start: '2023-07-01', end: '2024-06-30' }];
    const addDays = (date: string, days: number): string =>
      new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    // Percent strings with two decimals from integer hundredths (no float formatting).
    const percent = (hundredths: number): string =>
      `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
    const money = (units: bigint, scale: number): string => new Dec(`${units}e-${scale}`).toFixed(scale);

    const memberArb = fc.record({
      holdings: fc.array(
        fc.record({
          units: fc.bigInt({ min: 0n, max: 10n ** 9n }),
          fromOffset: fc.integer({ min: -400, max: 400 }),
          stay: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
        }),
        { maxLength: 4 },
      ),
      patronage: fc.bigInt({ min: 0n, max: 10n ** 8n }),
      ceasedOffset: fc.option(fc.integer({ min: -30, max: 400 }), { nil: null }),
    });
    const planArb = fc.record({
      scale: fc.constantFrom(0, 2, 3),
      year: fc.constantFrom(...years),
      // At least 100 units, and funds up to 30% each: the funds can never pass the surplus through rounding.
      surplusUnits: fc.bigInt({ min: 100n, max: 10n ** 12n }),
      percents: fc.tuple(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
      ),
      rate: fc.integer({ min: 0, max: 1500 }),
      members: fc.array(memberArb, { minLength: 1, maxLength: 8 }),
      numbers: fc.uniqueArray(fc.integer({ min: 1, max: 100_000 }), { minLength: 8, maxLength: 8 }),
      includeCeased: fc.boolean(),
    });

    it('funds, pools and lines add up exactly and follow the rules', () => {
      fc.assert(
        fc.property(planArb, (p) => {
          const members: DistributionMember[] = p.members.map((m, i) => ({
            memberId: `m${i}`,
            memberNumber: p.numbers[i],
            holdings: m.holdings.map((h) => {
              const heldFrom = addDays(p.year.start, h.fromOffset);
              return {
                amount: money(h.units, 2),
                heldFrom,
                leftOn: h.stay === null ? null : addDays(heldFrom, h.stay),
              };
            }),
            // The first member is always eligible with some patronage, so a patronage pool always has a taker.
            patronageValue: i === 0 ? money(m.patronage + 1n, 2) : money(m.patronage, 2),
            ceasedOn: i === 0 || m.ceasedOffset === null ? null : addDays(p.year.start, m.ceasedOffset),
          }));
          const input: DistributionInput = {
            surplus: money(p.surplusUnits, p.scale),
            scale: p.scale,
            reservePercent: percent(p.percents[0]),
            educationPercent: percent(p.percents[1]),
            communityPercent: percent(p.percents[2]),
            interestRate: percent(p.rate),
            fiscalYear: p.year,
            members,
            patronageForCeasedMembers: p.includeCeased,
          };
          const plan = computeDistribution(input);
          const unit = new Dec(`1e-${p.scale}`);
          const shape = p.scale === 0 ? /^\d+$/ : new RegExp(`^\\d+\\.\\d{${p.scale}}$`);

          // Each fund is surplus x % rounded half-up.
          const funds = [plan.funds.reserve, plan.funds.education, plan.funds.community];
          funds.forEach((f, i) => {
            expect(f).toBe(
              roundHalfUp(new Dec(input.surplus).times(p.percents[i]).div(10000), p.scale).toFixed(p.scale),
            );
          });
          // Pools add up to the surplus; lines add up to the pools.
          expect(sum([...funds, plan.interestPool, plan.patronagePool]).eq(input.surplus)).toBe(true);
          expect(sum(plan.lines.map((l) => l.interest)).eq(plan.interestPool)).toBe(true);
          expect(sum(plan.lines.map((l) => l.patronageRefund)).eq(plan.patronagePool)).toBe(true);
          expect(new Dec(plan.totals.total).plus(plan.totals.funds).eq(input.surplus)).toBe(true);

          // Interest pool = entitlement (the weights' sum rounded half-up), capped by what the funds leave.
          const weights = members.map((m) => interestWeight(m.holdings, input.interestRate, p.year));
          const entitlement = roundHalfUp(sum(weights), p.scale);
          expect(plan.interestEntitlement).toBe(entitlement.toFixed(p.scale));
          const afterFunds = new Dec(input.surplus).minus(sum(funds));
          expect(plan.interestPool).toBe(Dec.min(entitlement, afterFunds).toFixed(p.scale));

          // Every line is within one minor unit of its exact proportional share; ceased members get no refund.
          const totalWeight = sum(weights);
          const yearEnd = Date.parse(`${p.year.end}T00:00:00Z`);
          const eligible = members.map(
            (m) => p.includeCeased || m.ceasedOn == null || Date.parse(`${m.ceasedOn}T00:00:00Z`) > yearEnd,
          );
          const totalPatronage = sum(members.filter((_, i) => eligible[i]).map((m) => m.patronageValue!));
          plan.lines.forEach((line) => {
            const i = members.findIndex((m) => m.memberId === line.memberId);
            for (const amount of [line.interest, line.patronageRefund, line.total]) expect(amount).toMatch(shape);
            if (!totalWeight.isZero()) {
              const exact = new Dec(plan.interestPool).times(weights[i]).div(totalWeight);
              expect(new Dec(line.interest).minus(exact).abs().lt(unit)).toBe(true);
            }
            const exactRefund = eligible[i]
              ? new Dec(plan.patronagePool).times(members[i].patronageValue!).div(totalPatronage)
              : new Dec(0);
            expect(new Dec(line.patronageRefund).minus(exactRefund).abs().lt(unit)).toBe(true);
            if (!eligible[i]) expect(new Dec(line.patronageRefund).isZero()).toBe(true);
          });
          // Lines come back ordered by member number.
          const numbers = plan.lines.map((l) => l.memberNumber);
          expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        }),
        { numRuns: 400, seed: 1844 },
      );
    });
  });
});

describe('the steps shared with the set-based computation', () => {
  it('splitFunds takes the three funds and leaves the rest, refusing what computeDistribution refuses', () => {
    const split = splitFunds({
      surplus: '5000.01',
      scale: 2,
      reservePercent: '20',
      educationPercent: '5',
      communityPercent: '2.5',
    });
    expect([split.reserve, split.education, split.community, split.total, split.afterFunds].map(String)).toEqual([
      '1000',
      '250',
      '125',
      '1375',
      '3625.01',
    ]);
    expectSurplusError(
      () => splitFunds({ surplus: '0', scale: 2, reservePercent: '1', educationPercent: '0', communityPercent: '0' }),
      'NON_POSITIVE_SURPLUS',
    );
  });

  it('splitAfterFunds rounds the weights once, and caps the interest pool by what the funds leave', () => {
    // Numerators amount x rate x days: 1000 x 4 x 365 = 1,460,000 -> 1,460,000 / 36,500 = 40.00.
    const full = splitAfterFunds(new Dec('100.00'), new Dec(1_460_000), Y2023, 2);
    expect([full.entitlement, full.interestPool, full.patronagePool].map(String)).toEqual(['40', '40', '60']);
    // 36,500.5 / 36,500 = 1.0000137 -> 1.00; a pool of 0.50 is all the funds leave.
    const capped = splitAfterFunds(new Dec('0.50'), new Dec('36500.5'), Y2023, 2);
    expect([capped.entitlement, capped.interestPool, capped.patronagePool].map(String)).toEqual(['1', '0.5', '0']);
  });

  it('choosePatronageBasis: values win, a mix is refused, nothing gives null', () => {
    expect(choosePatronageBasis({ anyValue: true, quantityOnly: false, anyQuantity: true })).toBe('value');
    expect(choosePatronageBasis({ anyValue: false, quantityOnly: true, anyQuantity: true })).toBe('quantity');
    expect(choosePatronageBasis({ anyValue: false, quantityOnly: false, anyQuantity: true })).toBe('quantity');
    expect(choosePatronageBasis({ anyValue: false, quantityOnly: false, anyQuantity: false })).toBeNull();
    expectSurplusError(
      () => choosePatronageBasis({ anyValue: true, quantityOnly: true, anyQuantity: true }),
      'MIXED_PATRONAGE_BASIS',
    );
  });
});
