/**
 * Plans computed through the API, set-based in SQL, against hand-computed examples (the same figures as the pure
 * rules' unit tests, whose comments show the arithmetic, plus one of its own): members joining and paying mid-year
 * in a leap year, a member ceased mid-year, largest remainder and its tie rule, interest scaled down, a zero
 * surplus. Every plan reconciles to the cent (the invariants run at the end).
 */
import { givenSuperadmin } from '../support/factories.js';
import {
  coopPath,
  expectInvariants,
  expectProblem,
  givenFiscalYear,
  givenHoldings,
  givenMembers,
  givenSurplusCoop,
  lineTuples,
} from '../support/surplus-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('distribution plans: hand-computed examples', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await expectInvariants(t);
    await t.close();
  });

  it('leap year 2024: mid-year joiner and a payment on 29 February, prorated by days out of 366', async () => {
    const c = await givenSurplusCoop(t, {
      minReservePercent: '30',
      educationFundPercent: '5',
      communityFundPercent: '5',
      maxShareInterestRatePercent: '5',
    });
    const [ana, ben, cy] = await givenMembers(t, c, [
      { name: 'Ana', admittedOn: '2019-05-10' },
      { name: 'Ben', admittedOn: '2024-07-01' },
      { name: 'Cy', admittedOn: '2020-01-01' },
    ]);
    // Ana 1000 held all year (366/366); Ben 600 from 1 July (184 days); Cy 500 from 29 February (307 days).
    await givenHoldings(t, c.coop, [
      { memberId: ana.id, amount: '1000.00', heldFrom: '2019-05-10' },
      { memberId: ben.id, amount: '600.00', heldFrom: '2024-07-01' },
      { memberId: cy.id, amount: '500.00', heldFrom: '2024-02-29' },
    ]);
    const fy = await givenFiscalYear(c, { startDate: '2024-01-01', endDate: '2024-12-31' }, '10000.00');
    const imported = await c.treasurer.post(`${coopPath(c.coop)}/fiscal-years/${fy}/patronage/import`, {
      records: [
        { memberNumber: 1, value: '3000.00' },
        { memberNumber: 2, value: '1000.00' },
        { memberNumber: 3, value: '1000.00' },
      ],
    });
    expect(imported.body).toEqual({ imported: 3, replaced: 0, quantityTotal: '0', valueTotal: '5000' });

    const res = await c.treasurer.post(`${coopPath(c.coop)}/fiscal-years/${fy}/distribution-plans`, {
      interestRatePercent: '5',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'draft',
      stale: false,
      daysInYear: 366,
      surplus: '10000.00',
      reservePercent: '30.00',
      reserve: '3000.00',
      education: '500.00',
      community: '500.00',
      fundsTotal: '4000.00',
      // 50 + 5520/366 + 7675/366 = 86.0519... -> 86.05
      interestEntitlement: '86.05',
      interestPool: '86.05',
      interestScaledDown: false,
      patronagePool: '5913.95',
      patronageBasis: 'value',
      lineCount: 3,
      allowedActions: ['recompute', 'propose', 'reject'],
    });
    // Interest 8605 units by 1,830,000 : 552,000 : 767,500: floors 4999, 1508, 2096; 2 left -> Cy (.948), Ana (.889).
    expect(await lineTuples(c.treasurer, c.coop, res.body.id)).toEqual([
      [1, '50.00', '3548.37', '3598.37'],
      [2, '15.08', '1182.79', '1197.87'],
      [3, '20.97', '1182.79', '1203.76'],
    ]);
    const lines = await c.treasurer.get(`${coopPath(c.coop)}/distribution-plans/${res.body.id}/lines`);
    expect(lines.body.items[1]).toEqual({
      memberId: ben.id,
      memberNumber: 2,
      name: 'Ben',
      capitalDays: '110400', // 600 x 184
      patronageWeight: '1000',
      patronageEligible: true,
      interest: '15.08',
      patronageRefund: '1182.79',
      total: '1197.87',
      refundMode: 'cash',
    });
  });

  it('2023: a member ceased mid-year gets interest for the days held and no refund; ties go to the lower number', async () => {
    const c = await givenSurplusCoop(t, {
      minReservePercent: '20',
      educationFundPercent: '5',
      communityFundPercent: '2.5',
      maxShareInterestRatePercent: '5',
    });
    const [dee, eli, fay] = await givenMembers(t, c, [
      { name: 'Dee', admittedOn: '2018-03-01', ceasedOn: '2023-09-30' },
      { name: 'Eli', admittedOn: '2020-01-01' },
      { name: 'Fay', admittedOn: '2021-01-01' },
    ]);
    await givenHoldings(t, c.coop, [
      // Redeemed the day after the withdrawal took effect: 273 days (January to September).
      { memberId: dee.id, amount: '2000.00', heldFrom: '2018-03-01', leftOn: '2023-10-01' },
      { memberId: eli.id, amount: '1000.00', heldFrom: '2020-01-01' },
      { memberId: eli.id, amount: '500.00', heldFrom: '2023-10-01' }, // 92 days
      { memberId: fay.id, amount: '600.00', heldFrom: '2021-01-01' },
      { memberId: fay.id, amount: '400.00', heldFrom: '2021-01-01', leftOn: '2023-04-01' }, // transferred out: 90 days
    ]);
    const fy = await givenFiscalYear(c, { startDate: '2023-01-01', endDate: '2023-12-31' }, '5000.01');
    const csv = 'member_number,value\r\n1,2000.00\r\n2,1500.00\r\n3,1500.00\r\n';
    expect((await c.treasurer.csv(`${coopPath(c.coop)}/fiscal-years/${fy}/patronage/import.csv`, csv)).status).toBe(
      200,
    );
    const res = await c.treasurer.post(`${coopPath(c.coop)}/fiscal-years/${fy}/distribution-plans`, {
      interestRatePercent: '4',
    });
    expect(res.status).toBe(201);
    // Funds: 1000.002 -> 1000.00, 250.0005 -> 250.00, 125.00025 -> 125.00; interest 132.8219 -> 132.82.
    expect(res.body).toMatchObject({
      daysInYear: 365,
      reserve: '1000.00',
      education: '250.00',
      community: '125.00',
      interestPool: '132.82',
      patronagePool: '3492.19',
    });
    // Interest: 13282 units by 2,184,000 : 1,644,000 : 1,020,000 -> floors 5983, 4504, 2794; 1 left -> Fay (.480 > .475).
    // Patronage: Dee ceased before year end; 349219 units / 2 = 174609.5 each -> the tie goes to Eli (no. 2).
    expect(await lineTuples(c.treasurer, c.coop, res.body.id)).toEqual([
      [1, '59.83', '0.00', '59.83'],
      [2, '45.04', '1746.10', '1791.14'],
      [3, '27.95', '1746.09', '1774.04'],
    ]);
    const lines = await c.treasurer.get(`${coopPath(c.coop)}/distribution-plans/${res.body.id}/lines`);
    expect(lines.body.items[0]).toMatchObject({ memberNumber: 1, patronageEligible: false, patronageWeight: '0' });

    // With the bylaws refunding ceased members: 349219 units by 2000 : 1500 : 1500 -> 1396.87, 1047.66, 1047.66.
    const superadmin = await givenSuperadmin(t);
    await t
      .http()
      .patch(`${coopPath(c.coop)}/bylaws`)
      .auth(superadmin, { type: 'bearer' })
      .send({ patronageRefundsForCeasedMembers: true })
      .expect(200);
    const again = await c.treasurer.post(`${coopPath(c.coop)}/distribution-plans/${res.body.id}/recompute`, {});
    expect([again.status, again.body.patronageForCeasedMembers]).toEqual([200, true]);
    expect(await lineTuples(c.treasurer, c.coop, res.body.id)).toEqual([
      [1, '59.83', '1396.87', '1456.70'],
      [2, '45.04', '1047.66', '1092.70'],
      [3, '27.95', '1047.66', '1075.61'],
    ]);
  });

  it('a surplus too small for the interest scales every member down alike (scale 2)', async () => {
    const c = await givenSurplusCoop(t, {
      minReservePercent: '20',
      educationFundPercent: '5',
      communityFundPercent: '0',
      maxShareInterestRatePercent: '5',
    });
    const [m1, m2, m3] = await givenMembers(t, c, [
      { name: 'Uno', admittedOn: '2015-01-01' },
      { name: 'Dos', admittedOn: '2023-07-02' },
      { name: 'Tres', admittedOn: '2015-01-01', ceasedOn: '2023-02-28' },
    ]);
    await givenHoldings(t, c.coop, [
      { memberId: m1.id, amount: '1000.00', heldFrom: '2015-01-01' }, // 1000 x 5% = 50.00
      { memberId: m2.id, amount: '730.00', heldFrom: '2023-07-02' }, // 183 days: 730 x 5% x 183/365 = 18.30
      { memberId: m3.id, amount: '365.00', heldFrom: '2015-01-01', leftOn: '2023-03-01' }, // 59 days: 2.95
    ]);
    const fy = await givenFiscalYear(c, { startDate: '2023-01-01', endDate: '2023-12-31' }, '80.00');
    const res = await c.treasurer.post(`${coopPath(c.coop)}/fiscal-years/${fy}/distribution-plans`, {
      interestRatePercent: '5',
    });
    expect(res.status).toBe(201);
    // Funds 16.00 + 4.00 + 0.00; 60.00 left < entitlement 71.25: the pool is 60.00 and nothing is left for patronage.
    expect(res.body).toMatchObject({
      reserve: '16.00',
      education: '4.00',
      community: '0.00',
      interestEntitlement: '71.25',
      interestPool: '60.00',
      interestScaledDown: true,
      patronagePool: '0.00',
      patronageBasis: null,
    });
    // 6000 units x 50/71.25 = 4210.526, x 18.3/71.25 = 1541.053, x 2.95/71.25 = 248.421: floors 5999, 1 left -> Uno.
    expect(await lineTuples(c.treasurer, c.coop, res.body.id)).toEqual([
      [1, '42.11', '0.00', '42.11'],
      [2, '15.41', '0.00', '15.41'],
      [3, '2.48', '0.00', '2.48'],
    ]);
  });

  it('scales down in a currency without decimals (scale 0), the remainders deciding the last units', async () => {
    const c = await givenSurplusCoop(t, {
      currency: 'JPY',
      minorUnitScale: 0,
      shareParValue: '1000',
      minReservePercent: '30',
      educationFundPercent: '5',
      communityFundPercent: '5',
      maxShareInterestRatePercent: '5',
    });
    const [m1, m2, m3] = await givenMembers(t, c, [
      { name: 'Ichi', admittedOn: '2015-01-01' },
      { name: 'Ni', admittedOn: '2015-01-01' },
      { name: 'San', admittedOn: '2023-10-20' },
    ]);
    await givenHoldings(t, c.coop, [
      { memberId: m1.id, amount: '9000', heldFrom: '2015-01-01' }, // 450
      { memberId: m2.id, amount: '4000', heldFrom: '2015-01-01' }, // 200
      { memberId: m3.id, amount: '3650', heldFrom: '2023-10-20' }, // 73 days: 36.5
    ]);
    const fy = await givenFiscalYear(c, { startDate: '2023-01-01', endDate: '2023-12-31' }, '1000');
    const res = await c.treasurer.post(`${coopPath(c.coop)}/fiscal-years/${fy}/distribution-plans`, {
      interestRatePercent: '5',
    });
    // Funds 300 + 50 + 50; entitlement 686.5 -> 687 > 600: pool 600. 393.299, 174.800, 31.901: 2 left -> San, Ni.
    expect(res.body).toMatchObject({
      surplus: '1000',
      interestEntitlement: '687',
      interestPool: '600',
      patronagePool: '0',
    });
    expect(await lineTuples(c.treasurer, c.coop, res.body.id)).toEqual([
      [1, '393', '0', '393'],
      [2, '175', '0', '175'],
      [3, '32', '0', '32'],
    ]);
    // Money with decimals is refused in this currency.
    expectProblem(
      await c.treasurer.put(`${coopPath(c.coop)}/fiscal-years/${fy}/net-surplus`, { netSurplus: '1000.5' }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('a zero or negative surplus distributes nothing: a clear error, and no plan', async () => {
    const c = await givenSurplusCoop(t);
    const fy = await givenFiscalYear(c, { startDate: '2023-01-01', endDate: '2023-12-31' });
    const create = () =>
      c.treasurer.post(`${coopPath(c.coop)}/fiscal-years/${fy}/distribution-plans`, { interestRatePercent: '3' });
    expectProblem(await create(), 409, 'SURPLUS_NOT_ENTERED');
    for (const netSurplus of ['0.00', '0', '-250.00']) {
      const entered = await c.treasurer.put(`${coopPath(c.coop)}/fiscal-years/${fy}/net-surplus`, { netSurplus });
      expect(entered.status).toBe(200);
      const res = await create();
      expectProblem(res, 422, 'NON_POSITIVE_SURPLUS');
      expect(res.body.detail).toBe(`A surplus of ${netSurplus === '0' ? '0.00' : netSurplus} distributes nothing`);
    }
    const [{ plans }] = await t.query<{ plans: number }>(
      `SELECT count(*)::int AS plans FROM distribution_plans WHERE cooperative_id = $1`,
      [c.coop],
    );
    expect(plans).toBe(0);
  });

  it('refuses parameters outside the bylaws, and funds over 100%', async () => {
    const c = await givenSurplusCoop(t, { minReservePercent: '20', maxShareInterestRatePercent: '5' });
    const fy = await givenFiscalYear(c, { startDate: '2023-01-01', endDate: '2023-12-31' }, '1000.00');
    const path = `${coopPath(c.coop)}/fiscal-years/${fy}/distribution-plans`;
    const low = await c.treasurer.post(path, { reservePercent: '19.99', interestRatePercent: '5.01' });
    expectProblem(low, 422, 'PLAN_OUTSIDE_BYLAWS');
    expect(low.body.errors).toEqual([
      { field: 'reservePercent', message: "reservePercent must be at least the bylaws' minimum reserve (20%)" },
      { field: 'interestRatePercent', message: "interestRatePercent must not pass the bylaws' cap (5%)" },
    ]);
    expectProblem(
      await c.treasurer.post(path, { reservePercent: '60', educationPercent: '40.01', interestRatePercent: '1' }),
      422,
      'FUND_PERCENTS_OVER_100',
    );
    expectProblem(await c.treasurer.post(path, { interestRatePercent: '4.5%' }), 400, 'VALIDATION_FAILED');
  });
});
