/**
 * A plan's lifecycle over HTTP: draft (recomputable, stale after its inputs change) -> proposed (frozen, the year's
 * inputs locked) -> approved (only when its ballot passed) -> executed (payables, capital credits, fund allocations
 * and the credit fund entry, once: a second execution, N concurrent ones or an Idempotency-Key retry post nothing
 * more) | rejected. The invariants run at the end, and are shown to catch a corruption.
 */
import { randomUUID } from 'node:crypto';
import { withClient } from '../../src/database/postgres-admin.js';
import { SURPLUS_INVARIANTS } from '../../src/surplus/surplus.invariants.js';
import {
  coopPath,
  expectInvariants,
  expectProblem,
  decideBallot,
  givenAssemblyInSession,
  givenFiscalYear,
  givenHoldings,
  givenMembers,
  givenPendingBallot,
  givenSurplusCoop,
  lineTuples,
  type SurplusCoop,
} from '../support/surplus-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('distribution plan lifecycle', () => {
  let t: TestApp;
  let c: SurplusCoop;
  let members: { id: string; memberNumber: number }[];
  let base: string;
  let leap: SurplusCoop;
  let leapMembers: { id: string; memberNumber: number }[];
  let assembly: { id: string; present: number };
  const approvedPlans = new Map<number, string>();
  const BYLAWS = {
    minReservePercent: '30',
    educationFundPercent: '5',
    communityFundPercent: '5',
    maxShareInterestRatePercent: '5',
  };

  const counts = async (planId: string) =>
    (
      await t.query(
        `SELECT (SELECT count(*)::int FROM surplus_payables WHERE plan_id = $1) AS payables,
                (SELECT count(*)::int FROM capital_entries
                  WHERE kind = 'allocation' AND reference = 'surplus-plan:' || $1) AS capital,
                (SELECT count(*)::int FROM surplus_fund_allocations WHERE plan_id = $1) AS funds,
                (SELECT count(*)::int FROM credit_fund_entries
                  WHERE kind = 'surplus_allocation' AND external_ref = $1::text) AS credit,
                (SELECT count(*)::int FROM distribution_postings WHERE plan_id = $1) AS receipts`,
        [planId],
      )
    )[0];

  /** A year of the leap-year example (Ana, Ben, Cy), its patronage and a draft at 5%. */
  async function givenDraft(year: number, on: SurplusCoop = c): Promise<{ fy: string; plan: string }> {
    const fy = await givenFiscalYear(on, { startDate: `${year}-01-01`, endDate: `${year}-12-31` }, '10000.00');
    const imported = await on.treasurer.post(`${coopPath(on.coop)}/fiscal-years/${fy}/patronage/import`, {
      records: [
        { memberNumber: 1, value: '3000.00' },
        { memberNumber: 2, value: '1000.00' },
        { memberNumber: 3, value: '1000.00' },
      ],
    });
    expect(imported.status).toBe(200);
    const res = await on.treasurer.post(`${coopPath(on.coop)}/fiscal-years/${fy}/distribution-plans`, {
      interestRatePercent: '5',
    });
    expect(res.status).toBe(201);
    return { fy, plan: res.body.id as string };
  }

  async function givenApproved(year: number): Promise<string> {
    const { plan } = await givenDraft(year);
    const proposed = await c.treasurer.post(`${base}/distribution-plans/${plan}/propose`, {
      resolutionReference: `Assembly ${year + 1}, resolution 3`,
    });
    expect(proposed.status).toBe(200);
    expect((await c.board.post(`${base}/distribution-plans/${plan}/approve`, {})).status).toBe(200);
    return plan;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const givenExampleCoop = async () => {
      const coop = await givenSurplusCoop(t, BYLAWS);
      const [ana, ben, cy] = await givenMembers(t, coop, [
        { name: 'Ana', admittedOn: '2017-01-01' },
        { name: 'Ben', admittedOn: '2017-01-01' },
        { name: 'Cy', admittedOn: '2017-01-01' },
      ]);
      return { coop, members: [ana, ben, cy] };
    };
    ({ coop: c, members } = await givenExampleCoop());
    base = coopPath(c.coop);
    const [ana, ben] = members;
    // The leap-year example's holdings in a cooperative of their own: share capital refuses an entry dated before a
    // member's latest one, and Ben's refunds of earlier years are credited as capital here after his 2024 payment.
    const example = await givenExampleCoop();
    leap = example.coop;
    leapMembers = example.members;
    await givenHoldings(t, leap.coop, [
      { memberId: example.members[0].id, amount: '1000.00', heldFrom: '2019-05-10' },
      { memberId: example.members[1].id, amount: '600.00', heldFrom: '2024-07-01' },
      { memberId: example.members[2].id, amount: '500.00', heldFrom: '2024-02-29' },
    ]);
    // Earlier years: Ana's capital, held all year from 2020 (Ben and Cy paid theirs in 2024).
    await givenHoldings(t, c.coop, [{ memberId: ana.id, amount: '1000.00', heldFrom: '2019-05-10' }]);
    // Ben wants his refunds credited as capital; the others get the bylaws' default (cash).
    const chosen = await c.treasurer.put(`${base}/surplus-refund-preferences/${ben.id}`, { mode: 'capital' });
    expect(chosen.body).toEqual({ memberId: ben.id, mode: 'capital', source: 'member' });
    assembly = await givenAssemblyInSession(
      t,
      c,
      members.map((m) => m.id),
    );
    // The plans executed below, computed before any of them is executed: a refund credited as capital earns interest
    // in the later years, and the ledger takes the credits only in date order (2020, 2022, 2023).
    for (const year of [2022, 2021, 2019]) approvedPlans.set(year, await givenApproved(year));
  });
  afterAll(async () => {
    await expectInvariants(t);
    await t.close();
  });

  it('a draft goes stale when its inputs change, cannot be proposed, and recomputes to the same lines', async () => {
    const { fy, plan } = await givenDraft(2024, leap);
    const base = coopPath(leap.coop);
    const [, , cy] = leapMembers;
    // Writing the same value changes nothing.
    await leap.treasurer.put(`${base}/fiscal-years/${fy}/patronage/${cy.id}`, { value: '1000.00' }).expect(200);
    expect((await leap.treasurer.get(`${base}/distribution-plans/${plan}`)).body.stale).toBe(false);

    await leap.treasurer.put(`${base}/fiscal-years/${fy}/patronage/${cy.id}`, { value: '2000.00' }).expect(200);
    expect((await leap.treasurer.get(`${base}/distribution-plans/${plan}`)).body.stale).toBe(true);
    await leap.treasurer.put(`${base}/fiscal-years/${fy}/patronage/${cy.id}`, { value: '1000.00' }).expect(200);
    expectProblem(
      await leap.treasurer.post(`${base}/distribution-plans/${plan}/propose`, { ballotId: randomUUID() }),
      409,
      'PLAN_STALE',
    );
    const recomputed = await leap.treasurer.post(`${base}/distribution-plans/${plan}/recompute`, {});
    expect([recomputed.status, recomputed.body.stale, recomputed.body.status]).toEqual([200, false, 'draft']);
    expect(await lineTuples(leap.treasurer, leap.coop, plan)).toEqual([
      [1, '50.00', '3548.37', '3598.37'],
      [2, '15.08', '1182.79', '1197.87'],
      [3, '20.97', '1182.79', '1203.76'],
    ]);
    // Recompute with another rate: 0% -> all 6000.00 to patronage: 3600.00, 1200.00, 1200.00.
    const noInterest = await leap.treasurer.post(`${base}/distribution-plans/${plan}/recompute`, {
      interestRatePercent: '0',
    });
    expect(noInterest.body).toMatchObject({
      interestRatePercent: '0.00',
      interestPool: '0.00',
      patronagePool: '6000.00',
    });
    expect(await lineTuples(leap.treasurer, leap.coop, plan)).toEqual([
      [1, '0.00', '3600.00', '3600.00'],
      [2, '0.00', '1200.00', '1200.00'],
      [3, '0.00', '1200.00', '1200.00'],
    ]);
    const audit = await t.query<{ action: string }>(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [
      plan,
    ]);
    expect(audit.map((a) => a.action)).toEqual([
      'distribution_plan.computed',
      'distribution_plan.recomputed',
      'distribution_plan.recomputed',
    ]);
  });

  it('answers a plan version as its ETag and refuses a recompute with a stale If-Match, changing nothing', async () => {
    const { plan } = await givenDraft(2018);
    const path = `${coopPath(c.coop)}/distribution-plans/${plan}`;
    const read = await c.treasurer.get(path).expect(200);
    expect([read.body.version, read.headers.etag]).toEqual([1, '"1"']);

    const mine = await c.treasurer.post(`${path}/recompute`, { interestRatePercent: '0' }, { 'If-Match': '"1"' });
    expect([mine.status, mine.body.version, mine.headers.etag, mine.body.interestPool]).toEqual([
      200,
      2,
      '"2"',
      '0.00',
    ]);

    // A colleague still holding version 1 is refused, and the first recompute stands.
    const theirs = await c.treasurer.post(`${path}/recompute`, { interestRatePercent: '5' }, { 'If-Match': '"1"' });
    expectProblem(theirs, 412, 'PRECONDITION_FAILED');
    const after = await c.treasurer.get(path).expect(200);
    expect([after.body.version, after.body.interestRatePercent, after.body.interestPool]).toEqual([2, '0.00', '0.00']);

    // Every change of the plan moves its version, not only a recompute.
    await c.treasurer.post(`${path}/reject`, { reason: 'Drafted twice.' }).expect(200);
    expect((await c.treasurer.get(path)).headers.etag).toBe('"3"');
  });

  it('is proposed only after the year ended and linked to a ballot or a resolution', async () => {
    const today = new Date();
    const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    const fy = await givenFiscalYear(c, { startDate: day(-30), endDate: day(30), label: 'current' }, '100.00');
    const draft = await c.treasurer.post(`${base}/fiscal-years/${fy}/distribution-plans`, {
      reservePercent: '90',
      interestRatePercent: '0',
    });
    expect(draft.body).toMatchObject({ status: 'draft', patronagePool: '0.00', fundsTotal: '100.00' });
    const propose = (body: object) => c.treasurer.post(`${base}/distribution-plans/${draft.body.id}/propose`, body);
    const missing = await propose({});
    expectProblem(missing, 400, 'VALIDATION_FAILED');
    expect(missing.body.errors).toEqual([{ field: 'ballotId', message: 'give a ballotId or a resolutionReference' }]);
    expectProblem(await propose({ ballotId: 'ballot-1' }), 400, 'VALIDATION_FAILED');
    expectProblem(await propose({ ballotId: randomUUID() }), 409, 'FISCAL_YEAR_NOT_ENDED');
  });

  it('a proposal freezes the year; approval needs the ballot passed; a rejection reopens the year', async () => {
    const { fy, plan } = await givenDraft(2023);
    const ballot = await givenPendingBallot(c, assembly.id);
    const proposed = await c.treasurer.post(`${base}/distribution-plans/${plan}/propose`, { ballotId: ballot });
    expect(proposed.body).toMatchObject({
      status: 'proposed',
      ballotId: ballot,
      allowedActions: ['approve', 'reject'],
    });
    expect((await c.treasurer.get(`${base}/fiscal-years/${fy}`)).body.inputsLocked).toBe(true);

    const [ana] = members;
    for (const res of [
      await c.treasurer.put(`${base}/fiscal-years/${fy}/net-surplus`, { netSurplus: '9000.00' }),
      await c.treasurer.put(`${base}/fiscal-years/${fy}/patronage/${ana.id}`, { value: '1.00' }),
      await c.treasurer.delete(`${base}/fiscal-years/${fy}/patronage/${ana.id}`),
      await c.treasurer.post(`${base}/fiscal-years/${fy}/patronage/import`, { mode: 'replace', records: [] }),
    ]) {
      expectProblem(res, 409, 'FISCAL_YEAR_LOCKED');
    }
    expectProblem(
      await c.treasurer.post(`${base}/distribution-plans/${plan}/recompute`, {}),
      409,
      'ILLEGAL_TRANSITION',
    );
    // Another draft is a preview; it cannot be proposed while this one stands.
    const other = await c.treasurer.post(`${base}/fiscal-years/${fy}/distribution-plans`, { interestRatePercent: '1' });
    expect(other.status).toBe(201);
    expectProblem(
      await c.treasurer.post(`${base}/distribution-plans/${other.body.id}/propose`, { resolutionReference: 'x' }),
      409,
      'PLAN_ALREADY_ACTIVE',
    );
    // The database refuses to touch a proposed plan's lines or figures.
    await expect(t.query(`UPDATE distribution_plan_lines SET interest = 0 WHERE plan_id = $1`, [plan])).rejects.toThrow(
      'append-only',
    );
    await expect(t.query(`DELETE FROM distribution_plan_lines WHERE plan_id = $1`, [plan])).rejects.toThrow('frozen');
    await expect(t.query(`UPDATE distribution_plans SET surplus = 1 WHERE id = $1`, [plan])).rejects.toThrow('frozen');

    // Not passed (not decided yet, then failed): refused, and the plan stays proposed.
    const approve = () => c.board.post(`${base}/distribution-plans/${plan}/approve`, { note: 'AGM 2024' });
    expectProblem(await approve(), 409, 'BALLOT_NOT_PASSED');
    await decideBallot(c, assembly, ballot, false);
    expectProblem(await approve(), 409, 'BALLOT_NOT_PASSED');
    expect((await c.board.get(`${base}/distribution-plans/${plan}`)).body.status).toBe('proposed');
    // Executing a plan that is not approved posts nothing.
    expectProblem(await c.treasurer.post(`${base}/distribution-plans/${plan}/execute`, {}), 409, 'ILLEGAL_TRANSITION');

    // The assembly voted it down: the board records the rejection; the year opens again.
    const rejected = await c.board.post(`${base}/distribution-plans/${plan}/reject`, { reason: 'Ballot failed.' });
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: 'Ballot failed.', allowedActions: [] });
    expectProblem(await approve(), 409, 'ILLEGAL_TRANSITION');
    expect((await c.treasurer.get(`${base}/fiscal-years/${fy}`)).body.inputsLocked).toBe(false);

    // The failed ballot cannot decide another plan; another cooperative's ballot is not found here. Nothing changes.
    const proposeOther = (ballotId: string) =>
      c.treasurer.post(`${base}/distribution-plans/${other.body.id}/propose`, { ballotId });
    expectProblem(await proposeOther(ballot), 409, 'BALLOT_CANNOT_DECIDE');
    const leapAssembly = await givenAssemblyInSession(
      t,
      leap,
      leapMembers.map((m) => m.id),
    );
    const foreignBallot = await givenPendingBallot(leap, leapAssembly.id);
    expectProblem(await proposeOther(foreignBallot), 404, 'BALLOT_NOT_FOUND');
    // The database refuses it too: the plan's ballot is one of its cooperative's (composite foreign key).
    await expect(
      t.query(`UPDATE distribution_plans SET ballot_id = $2 WHERE id = $1`, [other.body.id, foreignBallot]),
    ).rejects.toThrow('fk_distribution_plans_ballot');
    expect((await c.treasurer.get(`${base}/distribution-plans/${other.body.id}`)).body).toMatchObject({
      status: 'draft',
      ballotId: null,
    });
    expect((await c.treasurer.get(`${base}/fiscal-years/${fy}`)).body.inputsLocked).toBe(false);

    // The other draft, linked to a new ballot that passes, is approved.
    const secondBallot = await givenPendingBallot(c, assembly.id);
    await c.treasurer
      .post(`${base}/distribution-plans/${other.body.id}/propose`, { ballotId: secondBallot })
      .expect(200);
    expectProblem(
      await c.board.post(`${base}/distribution-plans/${other.body.id}/approve`, {}),
      409,
      'BALLOT_NOT_PASSED',
    );
    await decideBallot(c, assembly, secondBallot, true);
    const approved = await c.board.post(`${base}/distribution-plans/${other.body.id}/approve`, {});
    expect(approved.body).toMatchObject({ status: 'approved', allowedActions: ['execute'] });
    const [audit] = await t.query(
      `SELECT summary FROM audit_log WHERE target_id = $1 AND action = 'distribution_plan.approved'`,
      [other.body.id],
    );
    expect(audit.summary).toMatchObject({ decidedBy: 'ballot_passed', ballotId: secondBallot });
    // A ballot decides one plan only.
    const third = await givenFiscalYear(c, { startDate: '2020-01-01', endDate: '2020-12-31' }, '10.00');
    const thirdPlan = await c.treasurer.post(`${base}/fiscal-years/${third}/distribution-plans`, {
      reservePercent: '90',
      interestRatePercent: '0',
    });
    expectProblem(
      await c.treasurer.post(`${base}/distribution-plans/${thirdPlan.body.id}/propose`, { ballotId: secondBallot }),
      409,
      'BALLOT_ALREADY_LINKED',
    );
  });

  it('an Idempotency-Key retry returns the first response and posts nothing more', async () => {
    const plan = approvedPlans.get(2019)!;
    const key = { 'Idempotency-Key': `execute-${plan}` };
    const path = `${base}/distribution-plans/${plan}/execute`;
    const first = await c.treasurer.post(path, { executedOn: '2020-01-15' }, key);
    const retries = await Promise.all([1, 2, 3].map(() => c.treasurer.post(path, { executedOn: '2020-01-15' }, key)));
    expect(first.status).toBe(200);
    for (const retry of retries) {
      expect([retry.status, retry.headers['idempotent-replayed'], retry.body]).toEqual([200, 'true', first.body]);
    }
    expectProblem(await c.treasurer.post(path, { executedOn: '2020-01-16' }, key), 422, 'IDEMPOTENCY_KEY_REUSED');
    // In 2019 Ana held her 1000.00 from 10 May: 236 days.
    expect(await counts(plan)).toEqual({ payables: 2, capital: 1, funds: 3, credit: 1, receipts: 4 });
  });

  it('N concurrent executions: exactly one posts', async () => {
    const plan = approvedPlans.get(2021)!;
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        c.treasurer.post(`${base}/distribution-plans/${plan}/execute`, { executedOn: '2022-02-01' }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    expect(await counts(plan)).toEqual({ payables: 2, capital: 1, funds: 3, credit: 1, receipts: 4 });
  });

  it('execution posts payables, capital credits, fund allocations and the credit fund entry; twice posts once', async () => {
    const plan = approvedPlans.get(2022)!;
    const [ana, ben, cy] = members;
    const execute = (body: object = {}) => c.treasurer.post(`${base}/distribution-plans/${plan}/execute`, body);
    const early = await execute({ executedOn: '2022-12-31' });
    expectProblem(early, 400, 'VALIDATION_FAILED');
    expect(await counts(plan)).toEqual({ payables: 0, capital: 0, funds: 0, credit: 0, receipts: 0 });

    const done = await execute({ executedOn: '2023-03-20' });
    expect(done.body).toMatchObject({ status: 'executed', executedOn: '2023-03-20', allowedActions: [] });
    // 2022 (365 days), everyone's capital held all year except Ben's and Cy's, paid in 2024: interest to Ana only.
    // 10000.00 - 4000.00 = 6000.00; interest 1000 x 5% = 50.00; patronage 5950.00 by 3:1:1 = 3570.00, 1190.00 x 2.
    expect(await lineTuples(c.treasurer, c.coop, plan)).toEqual([
      [1, '50.00', '3570.00', '3620.00'],
      [2, '0.00', '1190.00', '1190.00'],
      [3, '0.00', '1190.00', '1190.00'],
    ]);
    expect(
      await t.query(
        `SELECT member_id, amount::text, payable_on::text FROM surplus_payables WHERE plan_id = $1 ORDER BY member_number`,
        [plan],
      ),
    ).toEqual([
      { member_id: ana.id, amount: '3620.0000', payable_on: '2023-03-20' },
      { member_id: cy.id, amount: '1190.0000', payable_on: '2023-03-20' },
    ]);
    expect(
      await t.query(
        `SELECT member_id, paid_up_delta::text AS amount, effective_date::text FROM capital_entries
          WHERE kind = 'allocation' AND reference = 'surplus-plan:' || $1`,
        [plan],
      ),
    ).toEqual([{ member_id: ben.id, amount: '1190.0000', effective_date: '2023-03-20' }]);
    expect(
      await t.query(
        `SELECT fund, amount::text, destination FROM surplus_fund_allocations WHERE plan_id = $1 ORDER BY fund`,
        [plan],
      ),
    ).toEqual([
      { fund: 'community', amount: '500.0000', destination: 'credit_fund' },
      { fund: 'education', amount: '500.0000', destination: 'retained' },
      { fund: 'reserve', amount: '3000.0000', destination: 'retained' },
    ]);
    expect(
      await t.query(
        `SELECT round(amount, 2)::text AS amount FROM credit_fund_entries
          WHERE kind = 'surplus_allocation' AND external_ref = $1::text`,
        [plan],
      ),
    ).toEqual([{ amount: '500.00' }]);
    expect(await counts(plan)).toEqual({ payables: 2, capital: 1, funds: 3, credit: 1, receipts: 4 });

    expectProblem(await execute({ executedOn: '2023-03-21' }), 409, 'ILLEGAL_TRANSITION');
    expect(await counts(plan)).toEqual({ payables: 2, capital: 1, funds: 3, credit: 1, receipts: 4 });
    const [audit] = await t.query(
      `SELECT summary FROM audit_log WHERE target_id = $1 AND action = 'distribution_plan.executed'`,
      [plan],
    );
    expect(audit.summary).toMatchObject({
      executedOn: '2023-03-20',
      cashPayables: { entries: 2, amount: '4810.00' },
      capitalAllocations: { entries: 1, amount: '1190.00' },
    });
  });

  it('members see their own line of proposed and executed plans in their statement', async () => {
    const [, ben] = members;
    const statement = await c.treasurer.get(`${base}/distribution-statements/${ben.id}`);
    expect(statement.status).toBe(200);
    expect(statement.body.memberNumber).toBe(2);
    expect(
      statement.body.items.map((i: any) => [i.fiscalYearLabel, i.planStatus, i.total, i.refundMode, i.executedOn]),
    ).toEqual([
      ['2023', 'approved', expect.any(String), 'capital', null],
      ['2022', 'executed', '1190.00', 'capital', '2023-03-20'],
      ['2021', 'executed', '1190.00', 'capital', '2022-02-01'],
      ['2019', 'executed', expect.any(String), 'capital', '2020-01-15'],
    ]);
  });

  it('the invariants catch a posting for a plan that was never executed', async () => {
    const { plan } = await givenDraft(2017);
    const [ana] = members;
    const violations = await withClient(t.databaseUrl, async (client) => {
      await client.query('BEGIN');
      try {
        await client.query(
          `INSERT INTO surplus_payables (cooperative_id, plan_id, member_id, member_number, amount, payable_on)
           VALUES ($1, $2, $3, 1, 1, '2019-01-01')`,
          [c.coop, plan, ana.id],
        );
        const found: string[] = [];
        for (const invariant of SURPLUS_INVARIANTS) {
          if ((await client.query(invariant.sql)).rows.length > 0) found.push(invariant.name);
        }
        return found;
      } finally {
        await client.query('ROLLBACK');
      }
    });
    expect(violations).toEqual(['surplus.nothing-posted-before-execution']);
  });

  it('the invariants catch a capital credit that no capital line of the plan has', async () => {
    const plan = approvedPlans.get(2022)!;
    const [ana] = members;
    const violations = await withClient(t.databaseUrl, async (client) => {
      await client.query('BEGIN');
      try {
        // Ana's refund was paid in cash; a capital allocation for her under the plan's source is a stray credit.
        await client.query(
          `INSERT INTO capital_entries (cooperative_id, member_id, kind, effective_date, shares_delta, subscribed_delta,
                                        paid_up_delta, par_value, reference, source_type, source_id, recorded_by_type)
           VALUES ($1, $2, 'allocation', '2023-03-21', 0, 0, 1, 10, 'surplus-plan:' || $3::uuid, 'surplus_plan', $3::uuid, 'system')`,
          [c.coop, ana.id, plan],
        );
        const found: string[] = [];
        for (const invariant of SURPLUS_INVARIANTS) {
          if ((await client.query(invariant.sql)).rows.length > 0) found.push(invariant.name);
        }
        return found;
      } finally {
        await client.query('ROLLBACK');
      }
    });
    expect(violations).toEqual(['surplus.capital-lines-credited']);
  });
});
