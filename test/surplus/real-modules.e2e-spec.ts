/**
 * The surplus with the real modules below it: interest from the share-capital ledger, approval through governance's
 * ballots, refunds credited as share capital, the community fund posted to the credit fund.
 */
import {
  coopPath,
  expectInvariants,
  expectProblem,
  givenFiscalYear,
  givenMembers,
  givenSurplusCoop,
  lineTuples,
  type SurplusCoop,
} from '../support/surplus-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('surplus on the real share-capital, governance and credit-fund modules', () => {
  let t: TestApp;
  let c: SurplusCoop;
  let base: string;
  let fy: string;
  let members: { id: string; memberNumber: number }[];

  beforeAll(async () => {
    t = await startTestApp();
    c = await givenSurplusCoop(t, { minReservePercent: '20', educationFundPercent: '5', communityFundPercent: '5' });
    base = coopPath(c.coop);
    members = await givenMembers(t, c, [
      { name: 'Uno', admittedOn: '2020-01-01' },
      { name: 'Dos', admittedOn: '2020-01-01' },
    ]);
    // Each member subscribed the minimum (1 share of 10.00) on applying; Uno pays it on the year's first day, Dos on
    // 2 July (183 days to 31 December, included).
    for (const [member, effectiveDate] of [
      [members[0], '2023-01-01'],
      [members[1], '2023-07-02'],
    ] as const) {
      await c.treasurer
        .post(`${base}/share-payments`, { memberId: member.id, amount: '10.00', effectiveDate })
        .expect(201);
    }
    fy = await givenFiscalYear(c, { startDate: '2023-01-01', endDate: '2023-12-31' }, '1000.00');
    await c.treasurer
      .post(`${base}/fiscal-years/${fy}/patronage/import`, {
        records: [
          { memberNumber: 1, quantity: '300' },
          { memberNumber: 2, quantity: '100' },
        ],
      })
      .expect(200);
  });
  afterAll(async () => {
    await expectInvariants(t);
    await t.close();
  });

  it('computes interest from the paid-up capital in the share-capital ledger, prorated by days', async () => {
    const plan = await c.treasurer.post(`${base}/fiscal-years/${fy}/distribution-plans`, { interestRatePercent: '3' });
    expect(plan.status).toBe(201);
    // Weights: Uno 10.00 x 3% x 365/365 = 0.30; Dos 10.00 x 3% x 183/365 = 0.150410...; pool = 0.450410 -> 0.45.
    // Split 0.45: Uno 0.2997 -> 0.29, Dos 0.1502 -> 0.15, the cent left to the larger remainder (Uno): 0.30 / 0.15.
    // Patronage: 1000.00 - 200.00 - 50.00 - 50.00 - 0.45 = 699.55 by kg 300 : 100 = 524.6625 / 174.8875
    // -> 524.66 / 174.88, the cent left to the larger remainder (Dos): 174.89.
    expect(plan.body).toMatchObject({ interestPool: '0.45', patronagePool: '699.55', patronageBasis: 'quantity' });
    expect(await lineTuples(c.treasurer, c.coop, plan.body.id)).toEqual([
      [1, '0.30', '524.66', '524.96'],
      [2, '0.15', '174.89', '175.04'],
    ]);
    await c.treasurer
      .post(`${base}/distribution-plans/${plan.body.id}/propose`, { resolutionReference: 'Draft only' })
      .expect(200);
    await c.board.post(`${base}/distribution-plans/${plan.body.id}/reject`, { reason: 'Only a check.' }).expect(200);
  });

  it('refuses to propose with a ballot governance does not know; nothing changes', async () => {
    const plan = await c.treasurer.post(`${base}/fiscal-years/${fy}/distribution-plans`, { interestRatePercent: '0' });
    expectProblem(
      await c.treasurer.post(`${base}/distribution-plans/${plan.body.id}/propose`, {
        ballotId: '5f0c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f',
      }),
      404,
      'BALLOT_NOT_FOUND',
    );
    expect((await c.board.get(`${base}/distribution-plans/${plan.body.id}`)).body).toMatchObject({
      status: 'draft',
      ballotId: null,
    });
    await c.board.post(`${base}/distribution-plans/${plan.body.id}/reject`, { reason: 'No such ballot.' }).expect(200);
  });

  it('executes: refunds payable in cash, the community fund credited to the solidarity credit fund', async () => {
    const plan = await c.treasurer.post(`${base}/fiscal-years/${fy}/distribution-plans`, { interestRatePercent: '0' });
    const id = plan.body.id as string;
    await c.treasurer
      .post(`${base}/distribution-plans/${id}/propose`, { resolutionReference: 'AGM 2024, item 5' })
      .expect(200);
    await c.treasurer.post(`${base}/distribution-plans/${id}/approve`, {}).expect(200);
    const executed = await c.treasurer.post(`${base}/distribution-plans/${id}/execute`, { executedOn: '2024-02-01' });
    expect(executed.body.status).toBe('executed');
    // 1000.00 - 200.00 - 50.00 - 50.00 = 700.00 by kg 300 : 100.
    expect(
      await t.query(
        `SELECT member_number, amount::text FROM surplus_payables WHERE plan_id = $1 ORDER BY member_number`,
        [id],
      ),
    ).toEqual([
      { member_number: 1, amount: '525.0000' },
      { member_number: 2, amount: '175.0000' },
    ]);
    const [fund] = await t.query<{ balance: string }>(
      `SELECT balance::text FROM credit_funds WHERE cooperative_id = $1`,
      [c.coop],
    );
    expect(Number(fund.balance)).toBe(50);
    // Executing again posts nothing twice.
    await c.treasurer.post(`${base}/distribution-plans/${id}/execute`, { executedOn: '2024-02-01' });
    const [again] = await t.query<{ balance: string }>(
      `SELECT balance::text FROM credit_funds WHERE cooperative_id = $1`,
      [c.coop],
    );
    expect(Number(again.balance)).toBe(50);
  });

  it('credits a refund as share capital: new shares at par, posted once', async () => {
    const [, dos] = members;
    await c.treasurer.put(`${base}/surplus-refund-preferences/${dos.id}`, { mode: 'capital' }).expect(200);
    const year = await givenFiscalYear(c, { startDate: '2024-01-01', endDate: '2024-12-31' }, '100.00');
    await c.treasurer
      .post(`${base}/fiscal-years/${year}/patronage/import`, { records: [{ memberNumber: 2, value: '1.00' }] })
      .expect(200);
    const plan = await c.treasurer.post(`${base}/fiscal-years/${year}/distribution-plans`, {
      interestRatePercent: '0',
    });
    const id = plan.body.id as string;
    await c.treasurer.post(`${base}/distribution-plans/${id}/propose`, { resolutionReference: 'AGM 2025' }).expect(200);
    await c.treasurer.post(`${base}/distribution-plans/${id}/approve`, {}).expect(200);
    const executed = await c.treasurer.post(`${base}/distribution-plans/${id}/execute`, { executedOn: '2025-02-01' });
    expect(executed.body.status).toBe('executed');
    // 100.00 - 20.00 - 5.00 - 5.00 = 70.00 to Dos, who had 1 share of 10.00 fully paid: 7 new shares at par.
    const balance = async () =>
      (
        await t.query(`SELECT shares, subscribed::text, paid_up::text FROM capital_balances WHERE member_id = $1`, [
          dos.id,
        ])
      )[0];
    expect(await balance()).toEqual({ shares: 8, subscribed: '80.0000', paid_up: '80.0000' });
    await c.treasurer.post(`${base}/distribution-plans/${id}/execute`, { executedOn: '2025-02-01' });
    expect(await balance()).toEqual({ shares: 8, subscribed: '80.0000', paid_up: '80.0000' });
  });
});
