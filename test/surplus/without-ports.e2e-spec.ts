/**
 * Without the modules above (no share capital, governance or credit fund plugged in): whatever needs one of them
 * answers 409 with a clear code and changes nothing; whatever does not, works. No figure is made up.
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

describe('surplus without the share-capital, governance and credit-fund modules', () => {
  let t: TestApp;
  let c: SurplusCoop;
  let base: string;
  let fy: string;
  let members: { id: string; memberNumber: number }[];

  const statuses = async (cooperativeId: string) =>
    (
      await t.query<{ status: string }>(
        `SELECT status FROM distribution_plans WHERE cooperative_id = $1 ORDER BY created_at`,
        [cooperativeId],
      )
    ).map((r) => r.status);

  beforeAll(async () => {
    t = await startTestApp();
    c = await givenSurplusCoop(t, { minReservePercent: '20', educationFundPercent: '5', communityFundPercent: '5' });
    base = coopPath(c.coop);
    members = await givenMembers(t, c, [
      { name: 'Uno', admittedOn: '2020-01-01' },
      { name: 'Dos', admittedOn: '2020-01-01' },
    ]);
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

  it('interest on capital needs the capital ledger; a plan without interest does not', async () => {
    const path = `${base}/fiscal-years/${fy}/distribution-plans`;
    const withInterest = await c.treasurer.post(path, { interestRatePercent: '3' });
    expectProblem(withInterest, 409, 'CAPITAL_MODULE_UNAVAILABLE');
    expect(await statuses(c.coop)).toEqual([]);

    const plan = await c.treasurer.post(path, { interestRatePercent: '0' });
    expect(plan.status).toBe(201);
    // 1000.00 - 200.00 - 50.00 - 50.00 = 700.00 by kg 300 : 100 = 525.00 and 175.00.
    expect(plan.body).toMatchObject({ interestPool: '0.00', patronagePool: '700.00', patronageBasis: 'quantity' });
    expect(await lineTuples(c.treasurer, c.coop, plan.body.id)).toEqual([
      [1, '0.00', '525.00', '525.00'],
      [2, '0.00', '175.00', '175.00'],
    ]);
  });

  it('a plan decided by a ballot cannot be approved without the ballots; nothing changes', async () => {
    const plan = await c.treasurer.post(`${base}/fiscal-years/${fy}/distribution-plans`, { interestRatePercent: '0' });
    await c.treasurer
      .post(`${base}/distribution-plans/${plan.body.id}/propose`, { ballotId: '5f0c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f' })
      .expect(200);
    expectProblem(
      await c.board.post(`${base}/distribution-plans/${plan.body.id}/approve`, {}),
      409,
      'GOVERNANCE_MODULE_UNAVAILABLE',
    );
    expect((await c.board.get(`${base}/distribution-plans/${plan.body.id}`)).body.status).toBe('proposed');
    await c.board
      .post(`${base}/distribution-plans/${plan.body.id}/reject`, { reason: 'Cannot be checked.' })
      .expect(200);
  });

  it('execution needs the credit fund for the community fund, and the ledger for capital credits', async () => {
    const [, dos] = members;
    const plan = await c.treasurer.post(`${base}/fiscal-years/${fy}/distribution-plans`, { interestRatePercent: '0' });
    const id = plan.body.id as string;
    await c.treasurer
      .post(`${base}/distribution-plans/${id}/propose`, { resolutionReference: 'AGM 2024, item 5' })
      .expect(200);
    await c.treasurer.post(`${base}/distribution-plans/${id}/approve`, {}).expect(200);
    expectProblem(
      await c.treasurer.post(`${base}/distribution-plans/${id}/execute`, { executedOn: '2024-02-01' }),
      409,
      'CREDIT_FUND_MODULE_UNAVAILABLE',
    );
    const [{ posted }] = await t.query<{ posted: number }>(
      `SELECT (SELECT count(*) FROM surplus_payables WHERE plan_id = $1)
            + (SELECT count(*) FROM surplus_fund_allocations WHERE plan_id = $1)
            + (SELECT count(*) FROM distribution_postings WHERE plan_id = $1) AS posted`,
      [id],
    );
    expect(Number(posted)).toBe(0);
    expect((await c.treasurer.get(`${base}/distribution-plans/${id}`)).body.status).toBe('approved');
    await c.board.post(`${base}/distribution-plans/${id}/reject`, { reason: 'x' }).expect(409);

    // The next year: the community fund stays in the books, but Dos wants capital.
    await c.treasurer.put(`${base}/surplus-refund-preferences/${dos.id}`, { mode: 'capital' }).expect(200);
    const next = await givenFiscalYear(c, { startDate: '2022-01-01', endDate: '2022-12-31' }, '100.00');
    await c.treasurer
      .post(`${base}/fiscal-years/${next}/patronage/import`, { records: [{ memberNumber: 2, value: '1.00' }] })
      .expect(200);
    const second = await c.treasurer.post(`${base}/fiscal-years/${next}/distribution-plans`, {
      interestRatePercent: '0',
      communityFundToCreditFund: false,
    });
    const secondId = second.body.id as string;
    await c.treasurer
      .post(`${base}/distribution-plans/${secondId}/propose`, { resolutionReference: 'AGM 2023' })
      .expect(200);
    await c.treasurer.post(`${base}/distribution-plans/${secondId}/approve`, {}).expect(200);
    expectProblem(
      await c.treasurer.post(`${base}/distribution-plans/${secondId}/execute`, { executedOn: '2023-02-01' }),
      409,
      'CAPITAL_MODULE_UNAVAILABLE',
    );

    // All in cash and nothing for the credit fund: the plan executes on its own.
    await c.treasurer.put(`${base}/surplus-refund-preferences/${dos.id}`, { mode: 'cash' }).expect(200);
    const third = await givenFiscalYear(c, { startDate: '2021-01-01', endDate: '2021-12-31' }, '100.00');
    await c.treasurer
      .post(`${base}/fiscal-years/${third}/patronage/import`, { records: [{ memberNumber: 2, value: '1.00' }] })
      .expect(200);
    const cash = await c.treasurer.post(`${base}/fiscal-years/${third}/distribution-plans`, {
      interestRatePercent: '0',
      communityFundToCreditFund: false,
    });
    const cashId = cash.body.id as string;
    await c.treasurer
      .post(`${base}/distribution-plans/${cashId}/propose`, { resolutionReference: 'AGM 2022' })
      .expect(200);
    await c.treasurer.post(`${base}/distribution-plans/${cashId}/approve`, {}).expect(200);
    const executed = await c.treasurer.post(`${base}/distribution-plans/${cashId}/execute`, {
      executedOn: '2022-02-01',
    });
    expect(executed.body.status).toBe('executed');
    // 100.00 - 30.00 = 70.00, all to Dos, in cash.
    expect(
      await t.query(`SELECT member_number, amount::text FROM surplus_payables WHERE plan_id = $1`, [cashId]),
    ).toEqual([{ member_number: 2, amount: '70.0000' }]);
  });
});
