/**
 * Who may do what: the treasurer writes; the board reads and records decisions; the secretary has no access; API
 * keys by surplus:read / surplus:write; a member sees only their own statement and refund choice (anyone else's is
 * 404); another cooperative's fiscal years, plans and members are 404. And the plan's lines as streamed CSV.
 */
import { givenApiKey, givenUser } from '../support/factories.js';
import {
  client,
  type Client,
  coopPath,
  expectProblem,
  givenFiscalYear,
  givenHoldings,
  givenMemberAccount,
  givenMembers,
  givenSurplusCoop,
  type SurplusCoop,
} from '../support/surplus-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('surplus access', () => {
  let t: TestApp;
  let a: SurplusCoop;
  let b: SurplusCoop;
  let members: { id: string; memberNumber: number }[];
  let fy: string;
  let plan: string;
  let draft: string;
  let me: Client;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp();
    [a, b] = await Promise.all([givenSurplusCoop(t), givenSurplusCoop(t)]);
    base = coopPath(a.coop);
    members = await givenMembers(t, a, [
      { name: 'Marta, "la jefa"', admittedOn: '2020-01-01' },
      { name: '=HYPERLINK("x")', admittedOn: '2020-01-01' },
    ]);
    await givenHoldings(t, a.coop, [{ memberId: members[0].id, amount: '100.00', heldFrom: '2020-01-01' }]);
    fy = await givenFiscalYear(a, { startDate: '2023-01-01', endDate: '2023-12-31' }, '1000.00');
    await a.treasurer
      .post(`${base}/fiscal-years/${fy}/patronage/import`, {
        records: [
          { memberNumber: 1, value: '10.00' },
          { memberNumber: 2, value: '20.00' },
        ],
      })
      .expect(200);
    plan = (await a.treasurer.post(`${base}/fiscal-years/${fy}/distribution-plans`, { interestRatePercent: '5' })).body
      .id as string;
    await a.treasurer
      .post(`${base}/distribution-plans/${plan}/propose`, { resolutionReference: 'AGM 2024' })
      .expect(200);
    draft = (await a.treasurer.post(`${base}/fiscal-years/${fy}/distribution-plans`, { interestRatePercent: '1' })).body
      .id as string;
    me = await givenMemberAccount(t, a, members[0].id);
  });
  afterAll(() => t.close());

  it('the secretary has no access; the board reads but does not compute or execute', async () => {
    for (const res of [
      await a.secretary.get(`${base}/fiscal-years`),
      await a.secretary.get(`${base}/distribution-plans/${plan}`),
      await a.secretary.post(`${base}/fiscal-years`, { startDate: '2022-01-01', endDate: '2022-12-31' }),
      await a.board.post(`${base}/fiscal-years`, { startDate: '2022-01-01', endDate: '2022-12-31' }),
      await a.board.put(`${base}/fiscal-years/${fy}/net-surplus`, { netSurplus: '1.00' }),
      await a.board.post(`${base}/fiscal-years/${fy}/distribution-plans`, { interestRatePercent: '1' }),
      await a.board.post(`${base}/distribution-plans/${draft}/propose`, { resolutionReference: 'x' }),
      await a.board.post(`${base}/distribution-plans/${plan}/execute`, {}),
    ]) {
      expectProblem(res, 403, 'FORBIDDEN');
    }
    expect((await a.board.get(`${base}/fiscal-years/${fy}`)).status).toBe(200);
    expect((await a.board.get(`${base}/distribution-plans/${plan}/lines`)).status).toBe(200);
    expect((await a.board.get(`${base}/distribution-statements/${members[1].id}`)).status).toBe(200);
  });

  it('API keys by scope; no scope opens the self-service routes', async () => {
    const reader = client(t, await givenApiKey(t, a.coop, ['surplus:read']), 'key');
    const writer = client(t, await givenApiKey(t, a.coop, ['surplus:write']), 'key');
    const other = client(t, await givenApiKey(t, a.coop, ['members:read', 'capital:read']), 'key');
    expect((await reader.get(`${base}/distribution-plans/${plan}`)).status).toBe(200);
    expect((await reader.get(`${base}/distribution-statements/${members[0].id}`)).status).toBe(200);
    expectProblem(
      await reader.post(`${base}/fiscal-years`, { startDate: '2022-01-01', endDate: '2022-12-31' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(await other.get(`${base}/fiscal-years`), 403, 'FORBIDDEN');
    const created = await writer.post(`${base}/fiscal-years`, { startDate: '2022-01-01', endDate: '2022-12-31' });
    expect(created.status).toBe(201);
    const [audit] = await t.query(`SELECT actor_type FROM audit_log WHERE target_id = $1`, [created.body.id]);
    expect(audit).toEqual({ actor_type: 'api_client' });
    expectProblem(await reader.get(`${base}/distribution-statements/me`), 403, 'FORBIDDEN');
    expectProblem(await writer.put(`${base}/surplus-refund-preferences/me`, { mode: 'cash' }), 403, 'FORBIDDEN');
    // A key of cooperative A is nobody in cooperative B.
    expectProblem(await reader.get(`${coopPath(b.coop)}/fiscal-years`), 404, 'COOPERATIVE_NOT_FOUND');
  });

  it("a member reads their own statement and refund choice, never another member's", async () => {
    const [marta, other] = members;
    const own = await me.get(`${base}/distribution-statements/me`);
    expect(own.status).toBe(200);
    // The proposed plan only: drafts are not shown.
    expect(own.body).toMatchObject({ memberId: marta.id, memberNumber: 1, nextCursor: null });
    expect(own.body.items.map((i: any) => [i.planId, i.planStatus, i.interestRatePercent])).toEqual([
      [plan, 'proposed', '5.00'],
    ]);
    expect((await me.get(`${base}/distribution-statements/${marta.id}`)).body).toEqual(own.body);
    expectProblem(await me.get(`${base}/distribution-statements/${other.id}`), 404, 'MEMBER_NOT_FOUND');

    expect((await me.get(`${base}/surplus-refund-preferences/me`)).body).toEqual({
      memberId: marta.id,
      mode: 'cash',
      source: 'bylaws',
    });
    const chosen = await me.put(`${base}/surplus-refund-preferences/me`, { mode: 'capital' });
    expect(chosen.body).toEqual({ memberId: marta.id, mode: 'capital', source: 'member' });
    expectProblem(await me.get(`${base}/surplus-refund-preferences/${other.id}`), 404, 'MEMBER_NOT_FOUND');
    expectProblem(await me.put(`${base}/surplus-refund-preferences/${marta.id}`, { mode: 'cash' }), 403, 'FORBIDDEN');
    expectProblem(await me.put(`${base}/surplus-refund-preferences/me`, { mode: 'shares' }), 400, 'VALIDATION_FAILED');
    const [audit] = await t.query(
      `SELECT summary FROM audit_log WHERE target_id = $1 AND action = 'surplus_refund_preference.set'`,
      [marta.id],
    );
    expect(audit.summary).toEqual({ before: null, after: 'capital', by: 'member' });

    for (const res of [
      await me.get(`${base}/fiscal-years`),
      await me.get(`${base}/distribution-plans/${plan}`),
      await me.get(`${base}/distribution-plans/${plan}/lines`),
      await me.get(`${base}/distribution-plans/${plan}/lines.csv`),
    ]) {
      expectProblem(res, 403, 'FORBIDDEN');
    }
    // A staff user without a member record has no own statement.
    expectProblem(
      await client(t, (await givenUser(t, a.coop, ['member'])).accessToken).get(`${base}/distribution-statements/me`),
      404,
      'MEMBER_NOT_FOUND',
    );
  });

  it("another cooperative's fiscal years, plans and members are 404", async () => {
    const bBase = coopPath(b.coop);
    expectProblem(await b.treasurer.get(`${bBase}/distribution-plans/${plan}`), 404, 'PLAN_NOT_FOUND');
    expectProblem(await b.treasurer.get(`${bBase}/distribution-plans/${plan}/lines`), 404, 'PLAN_NOT_FOUND');
    expectProblem(await b.treasurer.get(`${bBase}/distribution-plans/${plan}/lines.csv`), 404, 'PLAN_NOT_FOUND');
    expectProblem(await b.treasurer.post(`${bBase}/distribution-plans/${plan}/approve`, {}), 404, 'PLAN_NOT_FOUND');
    expectProblem(
      await b.treasurer.post(`${bBase}/distribution-plans/${draft}/reject`, { reason: 'x' }),
      404,
      'PLAN_NOT_FOUND',
    );
    expectProblem(await b.treasurer.get(`${bBase}/fiscal-years/${fy}`), 404, 'FISCAL_YEAR_NOT_FOUND');
    expectProblem(
      await b.treasurer.put(`${bBase}/fiscal-years/${fy}/net-surplus`, { netSurplus: '1.00' }),
      404,
      'FISCAL_YEAR_NOT_FOUND',
    );
    expectProblem(await b.treasurer.get(`${bBase}/distribution-statements/${members[0].id}`), 404, 'MEMBER_NOT_FOUND');
    const bYear = await givenFiscalYear(b, { startDate: '2023-01-01', endDate: '2023-12-31' });
    expectProblem(
      await b.treasurer.put(`${bBase}/fiscal-years/${bYear}/patronage/${members[0].id}`, { value: '1.00' }),
      404,
      'MEMBER_NOT_FOUND',
    );
    expectProblem(await b.treasurer.get(`${base}/fiscal-years/${fy}`), 404, 'COOPERATIVE_NOT_FOUND');
    // Cooperative B's patronage import cannot name A's members.
    const imported = await b.treasurer.post(`${bBase}/fiscal-years/${bYear}/patronage/import`, {
      records: [{ memberNumber: 1, value: '1.00' }],
    });
    expectProblem(imported, 422, 'PATRONAGE_IMPORT_INVALID');
    expect(imported.body.errors).toEqual([
      { field: 'row 1.member_number', message: 'member number 1 is not on the register' },
    ]);
  });

  it("streams the plan's lines as CSV with names escaped and formulas neutralised", async () => {
    const res = await a.board.get(`${base}/distribution-plans/${plan}/lines.csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    // 1000.00: reserve 20% 200.00 + education 5% 50.00 = 250.00; interest 100 x 5% = 5.00; patronage 745.00 by 1:2.
    // 745.00 / 3 = 248.333 -> 248.33 and 496.666 -> 496.66, 1 cent left -> the larger remainder (.666): 496.67.
    expect(res.text.split('\r\n')).toEqual([
      'member_number,name,capital_days,patronage_weight,patronage_eligible,interest,patronage_refund,total,refund_mode',
      '1,"Marta, ""la jefa""",36500,10,true,5.00,248.33,253.33,cash',
      `2,"'=HYPERLINK(""x"")",0,20,true,0.00,496.67,496.67,cash`,
      '',
    ]);
    const page = await a.board.get(`${base}/distribution-plans/${plan}/lines?limit=1`);
    const next = await a.board.get(`${base}/distribution-plans/${plan}/lines?limit=1&cursor=${page.body.nextCursor}`);
    expect([page.body.items[0].memberNumber, next.body.items[0].memberNumber, next.body.nextCursor]).toEqual([
      1,
      2,
      null,
    ]);
  });
});
