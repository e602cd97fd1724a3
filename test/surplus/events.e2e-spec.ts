/**
 * Surplus distribution's events (docs/events.md) carry the resource as its GET answers right after the change: a
 * fiscal year, a patronage record, a refund preference, each step of a distribution plan.
 */
import { jest } from '@jest/globals';
import { givenSuperadmin } from '../support/factories.js';
import { eventFeed } from '../support/event-feed.js';
import {
  coopPath,
  expectInvariants,
  givenHoldings,
  givenMembers,
  givenSurplusCoop,
  type SurplusCoop,
} from '../support/surplus-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(90_000);

describe('surplus events', () => {
  let t: TestApp;
  let c: SurplusCoop;
  let feed: ReturnType<typeof eventFeed>;
  let base: string;
  const ok = async (res: Promise<{ status: number; body: any }>, status = 200) => {
    const got = await res;
    if (got.status !== status) throw new Error(`expected ${status}, got ${got.status}: ${JSON.stringify(got.body)}`);
    return got.body;
  };
  const read = (path: string) => ok(c.treasurer.get(`${base}/${path}`));

  beforeAll(async () => {
    t = await startTestApp();
    c = await givenSurplusCoop(t, {
      minReservePercent: '30',
      educationFundPercent: '5',
      communityFundPercent: '5',
      maxShareInterestRatePercent: '5',
    });
    base = coopPath(c.coop);
    feed = eventFeed(t, c.coop, await givenSuperadmin(t), c.secretaryToken);
  });
  afterAll(async () => {
    await expectInvariants(t);
    await t.close();
  });

  it('gives a fiscal year, its patronage and a refund preference the record as their GETs answer', async () => {
    const [ana] = await givenMembers(t, c, [{ name: 'Ana Eventos', admittedOn: '2017-01-01' }]);
    const start = await feed.now();
    const fy = await ok(
      c.treasurer.post(`${base}/fiscal-years`, { startDate: '2019-01-01', endDate: '2019-12-31' }),
      201,
    );
    const afterCreation = await read(`fiscal-years/${fy.id}`);
    await ok(
      c.treasurer.put(`${base}/fiscal-years/${fy.id}/net-surplus`, { netSurplus: '5000.00', reference: 'FS 2019' }),
    );
    const afterSurplus = await read(`fiscal-years/${fy.id}`);
    const recorded = await ok(
      c.treasurer.put(`${base}/fiscal-years/${fy.id}/patronage/${ana.id}`, { value: '1200.50' }),
    );
    const [afterPatronage] = (await read(`fiscal-years/${fy.id}/patronage`)).items;
    await ok(c.treasurer.put(`${base}/surplus-refund-preferences/${ana.id}`, { mode: 'capital' }));
    const afterPreference = await read(`surplus-refund-preferences/${ana.id}`);

    const events = await feed.eventsOf(
      start,
      'fiscal_year.created',
      'fiscal_year.net_surplus_entered',
      'patronage.recorded',
      'surplus_refund_preference.set',
    );
    expect(events.map((e) => e.data)).toEqual([afterCreation, afterSurplus, afterPatronage, afterPreference]);
    expect(afterSurplus).toMatchObject({ netSurplus: '5000.00', netSurplusReference: 'FS 2019' });
    expect(afterPatronage).toEqual(recorded);
    expect(afterPreference).toEqual({ memberId: ana.id, mode: 'capital', source: 'member' });
  });

  it('gives each step of a distribution plan the plan as GET /distribution-plans/{id} answers after it', async () => {
    const [ben, cy] = await givenMembers(t, c, [
      { name: 'Ben Eventos', admittedOn: '2017-01-01' },
      { name: 'Cy Eventos', admittedOn: '2017-01-01' },
    ]);
    await givenHoldings(t, c.coop, [{ memberId: ben.id, amount: '1000.00', heldFrom: '2019-05-10' }]);
    const fy = await ok(
      c.treasurer.post(`${base}/fiscal-years`, { startDate: '2020-01-01', endDate: '2020-12-31' }),
      201,
    );
    await ok(c.treasurer.put(`${base}/fiscal-years/${fy.id}/net-surplus`, { netSurplus: '10000.00' }));
    await ok(c.treasurer.put(`${base}/fiscal-years/${fy.id}/patronage/${ben.id}`, { value: '3000.00' }));
    await ok(c.treasurer.put(`${base}/fiscal-years/${fy.id}/patronage/${cy.id}`, { value: '1000.00' }));
    const start = await feed.now();
    const plans = `${base}/fiscal-years/${fy.id}/distribution-plans`;
    const plan = (id: string) => read(`distribution-plans/${id}`);
    const step = (id: string, action: string, body: object) =>
      ok(c.treasurer.post(`${base}/distribution-plans/${id}/${action}`, body));

    const refused = await ok(c.treasurer.post(plans, { interestRatePercent: '5' }), 201);
    const afterRefusedDraft = await plan(refused.id);
    await step(refused.id, 'reject', { reason: 'Drafted twice.' });
    const afterRejection = await plan(refused.id);
    const draft = await ok(c.treasurer.post(plans, { interestRatePercent: '5' }), 201);
    const afterDraft = await plan(draft.id);
    await step(draft.id, 'recompute', { interestRatePercent: '4' });
    const afterRecompute = await plan(draft.id);
    await step(draft.id, 'propose', { resolutionReference: 'Assembly 2021, resolution 3' });
    const afterProposal = await plan(draft.id);
    await ok(c.board.post(`${base}/distribution-plans/${draft.id}/approve`, {}));
    const afterApproval = await plan(draft.id);
    const executed = await step(draft.id, 'execute', { executedOn: '2021-02-01' });
    const afterExecution = await plan(draft.id);

    const events = await feed.eventsOf(
      start,
      'distribution_plan.computed',
      'distribution_plan.rejected',
      'distribution_plan.computed',
      'distribution_plan.recomputed',
      'distribution_plan.proposed',
      'distribution_plan.approved',
      'distribution_plan.executed',
    );
    expect(events.map((e) => e.data)).toEqual([
      afterRefusedDraft,
      afterRejection,
      afterDraft,
      afterRecompute,
      afterProposal,
      afterApproval,
      afterExecution,
    ]);
    expect(executed).toEqual(afterExecution);
    expect(afterRecompute).toMatchObject({ status: 'draft', interestRatePercent: '4.00' });
    expect(afterExecution).toMatchObject({ status: 'executed', executedOn: '2021-02-01' });
    expect(events[6].subject).toEqual({ type: 'distribution_plan', id: draft.id });
  });
});
