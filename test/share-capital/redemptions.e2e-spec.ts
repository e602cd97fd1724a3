/**
 * Redemptions: payable after the notice period; over the year's cap they queue and are paid first requested, first
 * paid when room appears (a new year, a higher cap); a withdrawal opens the redemption of all the member's shares.
 */
import { givenSuperadmin } from '../support/factories.js';
import { act } from '../support/member-factories.js';
import {
  balanceRow,
  type CapitalCoop,
  coopPath,
  get,
  givenActiveMember,
  givenCapitalCooperative,
  invariantViolations,
  pay,
  post,
  subscribe,
} from '../support/share-capital.factories.js';
import type { TestApp } from '../support/test-app.js';
import { startConformingApp } from '../support/contract.js';

describe('share redemptions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startConformingApp();
  });
  afterAll(async () => {
    expect(await invariantViolations(t)).toEqual({});
    await t.close();
  });

  const send = (token: string, path: string, body: object) =>
    t.http().post(path).auth(token, { type: 'bearer' }).send(body);
  const expectProblem = (res: { status: number; body: { code: string } }, status: number, code: string) =>
    expect([res.status, res.body.code]).toEqual([status, code]);
  const redemptions = (c: CapitalCoop) => `${coopPath(c.coop)}/share-redemptions`;
  const requestAndApprove = async (c: CapitalCoop, memberId: string, shares: number, requestedOn: string) => {
    const r = await post(t, c.treasurer, redemptions(c), { memberId, shares, requestedOn });
    await post(t, c.board, `${redemptions(c)}/${r.id}/approve`, { decisionReference: 'Board 2024-01' }, 200);
    return r.id as string;
  };
  const complete = (c: CapitalCoop, id: string, effectiveDate: string) =>
    post(t, c.treasurer, `${redemptions(c)}/${id}/complete`, { effectiveDate }, 200);

  it('is payable only after the notice period, at par', async () => {
    const c = await givenCapitalCooperative(t, { redemptionNoticeDays: 30, annualRedemptionCapPercent: '100' });
    const member = await givenActiveMember(t, c, { shares: 5, paid: '50.00' });
    const requested = await post(t, c.treasurer, redemptions(c), {
      memberId: member,
      shares: 2,
      requestedOn: '2024-01-31',
      reason: 'Needs the money',
    });
    expect(requested).toMatchObject({ status: 'requested', payableFrom: '2024-03-01', allShares: false, shares: 2 });
    await post(t, c.board, `${redemptions(c)}/${requested.id}/approve`, { decisionReference: 'Board 7' }, 200);
    expectProblem(
      await send(c.treasurer, `${redemptions(c)}/${requested.id}/complete`, { effectiveDate: '2024-02-29' }),
      422,
      'REDEMPTION_NOT_PAYABLE_YET',
    );
    const paid = await complete(c, requested.id, '2024-03-01');
    expect(paid).toMatchObject({ status: 'completed', queued: false, completedOn: '2024-03-01', amount: '20.00' });
    expect(await balanceRow(t, member)).toEqual({
      shares: 3,
      subscribed: '30.0000',
      paid_up: '30.0000',
      committed_shares: 0,
    });
    expectProblem(
      await send(c.treasurer, redemptions(c), { memberId: member, shares: 1, allShares: true }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await send(c.treasurer, redemptions(c), { memberId: member }), 400, 'VALIDATION_FAILED');
    expectProblem(
      await send(c.treasurer, redemptions(c), { memberId: member, allShares: true }),
      422,
      'MINIMUM_SHARES_REQUIRED',
    );
  });

  it('answers a new redemption request with its Location, where it is read back', async () => {
    const c = await givenCapitalCooperative(t);
    const member = await givenActiveMember(t, c, { shares: 5, paid: '50.00' });
    const created = await send(c.treasurer, redemptions(c), { memberId: member, shares: 1 });
    expect([created.status, created.headers.location]).toEqual([201, `${redemptions(c)}/${created.body.id}`]);
    const read = await t.http().get(created.headers.location).auth(c.treasurer, { type: 'bearer' });
    expect([read.status, read.body]).toEqual([200, created.body]);
  });

  it('queues redemptions over the annual cap and pays them first requested, first paid', async () => {
    // Capital at the end of 2023: 5 members x 1,000.00 = 5,000.00; cap 10%: 500.00 for 2024.
    const c = await givenCapitalCooperative(t, { redemptionNoticeDays: 0, annualRedemptionCapPercent: '10' });
    const [a, b, cc, d, e] = await Promise.all(
      ['A', 'B', 'C', 'D', 'E'].map((name) =>
        givenActiveMember(t, c, { name: `Socio ${name}`, shares: 100, paid: '1000.00' }),
      ),
    );
    const ra = await requestAndApprove(c, a, 30, '2024-01-10'); // 300.00
    const rb = await requestAndApprove(c, b, 30, '2024-01-11'); // 300.00
    const rc = await requestAndApprove(c, cc, 10, '2024-01-12'); // 100.00
    const rd = await requestAndApprove(c, d, 10, '2024-01-13'); // 100.00
    // Recorded later but requested earlier: it goes ahead of the others in the queue.
    const re = await requestAndApprove(c, e, 5, '2024-01-09'); // 50.00

    expect(await complete(c, ra, '2024-03-01')).toMatchObject({ status: 'completed', amount: '300.00' });
    expect(await complete(c, rb, '2024-03-01')).toMatchObject({ status: 'approved', queued: true, amount: null });
    // 100.00 would fit in the 200.00 left, but an earlier redemption waits.
    expect(await complete(c, rc, '2024-03-02')).toMatchObject({ status: 'approved', queued: true });
    expect(await complete(c, rd, '2024-03-03')).toMatchObject({ status: 'approved', queued: true });
    expect(await complete(c, re, '2024-03-04')).toMatchObject({ status: 'completed', amount: '50.00' });
    const queue = await get(t, c.secretary, `${redemptions(c)}?queued=true`);
    expect(queue.items.map((r: { id: string }) => r.id)).toEqual([rb, rc, rd]);

    // The head (300.00) does not fit in the 150.00 left: nothing is paid, nobody overtakes it.
    const sameYear = await post(
      t,
      c.treasurer,
      `${redemptions(c)}/process-queue`,
      { effectiveDate: '2024-06-30' },
      200,
    );
    expect(sameYear).toEqual({
      effectiveDate: '2024-06-30',
      annualCap: '500.00',
      redeemedInYear: '350.00',
      completed: [],
      stillQueued: 3,
    });

    // 2025: cap = 10% of 4,650.00 = 465.00: B (300.00) and C (100.00) are paid; D (100.00) waits.
    const newYear = await post(t, c.treasurer, `${redemptions(c)}/process-queue`, { effectiveDate: '2025-01-02' }, 200);
    expect(newYear).toMatchObject({ annualCap: '465.00', redeemedInYear: '400.00', stillQueued: 1 });
    expect(newYear.completed.map((r: { id: string; amount: string }) => [r.id, r.amount])).toEqual([
      [rb, '300.00'],
      [rc, '100.00'],
    ]);

    // The bylaws raise the cap to 20%: room for D.
    await t
      .http()
      .patch(`${coopPath(c.coop)}/bylaws`)
      .auth(await givenSuperadmin(t), { type: 'bearer' })
      .send({ annualRedemptionCapPercent: '20' })
      .expect(200);
    const raised = await post(t, c.treasurer, `${redemptions(c)}/process-queue`, { effectiveDate: '2025-01-03' }, 200);
    expect(raised).toMatchObject({ annualCap: '930.00', redeemedInYear: '500.00', stillQueued: 0 });
    expect(raised.completed.map((r: { id: string }) => r.id)).toEqual([rd]);

    const order = await t.query<{ request_id: string; effective_date: string; paid_up_delta: string }>(
      `SELECT request_id, effective_date::text, paid_up_delta::text FROM capital_entries
        WHERE cooperative_id = $1 AND kind = 'redemption' ORDER BY id`,
      [c.coop],
    );
    expect(order).toEqual([
      { request_id: ra, effective_date: '2024-03-01', paid_up_delta: '-300.0000' },
      { request_id: re, effective_date: '2024-03-04', paid_up_delta: '-50.0000' },
      { request_id: rb, effective_date: '2025-01-02', paid_up_delta: '-300.0000' },
      { request_id: rc, effective_date: '2025-01-02', paid_up_delta: '-100.0000' },
      { request_id: rd, effective_date: '2025-01-03', paid_up_delta: '-100.0000' },
    ]);
    const audit = await t.query<{ action: string }>(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [
      rb,
    ]);
    expect(audit.map((x) => x.action)).toEqual([
      'capital.redemption_requested',
      'capital.redemption_approved',
      'capital.redemption_queued',
      'capital.redemption_completed',
    ]);
  });

  it('a withdrawal opens the redemption of all shares, paid and unpaid, decided like any other', async () => {
    const c = await givenCapitalCooperative(t, { redemptionNoticeDays: 60, annualRedemptionCapPercent: '100' });
    await givenActiveMember(t, c, { shares: 50, paid: '500.00' }); // capital for the cap
    const leaver = await givenActiveMember(t, c, { shares: 3, paid: '30.00' });
    await subscribe(t, c, leaver, 2, '2023-06-01');
    await pay(t, c, leaver, '5.00', '2023-06-01'); // 5 shares, 50.00 subscribed, 35.00 paid
    const expelled = await givenActiveMember(t, c, { shares: 2, paid: '20.00' });

    await act(t, c.coop, c.secretary, leaver, 'cease', { effectiveDate: '2024-02-01', cessationReason: 'withdrawn' });
    await act(t, c.coop, c.secretary, expelled, 'cease', {
      effectiveDate: '2024-02-01',
      cessationReason: 'expelled',
      decisionReference: 'Board 12',
    });
    const opened = await get(t, c.treasurer, `${redemptions(c)}?memberId=${leaver}`);
    expect(opened.items).toHaveLength(1);
    const request = opened.items[0];
    expect(request).toMatchObject({
      status: 'requested',
      origin: 'withdrawal',
      allShares: true,
      shares: 5,
      requestedOn: '2024-02-01',
      payableFrom: '2024-04-01',
      requestedByType: 'user',
    });
    expect((await get(t, c.treasurer, `${redemptions(c)}?memberId=${expelled}`)).items).toEqual([]);
    expect(await balanceRow(t, leaver)).toMatchObject({ shares: 5, committed_shares: 5 });

    await post(t, c.board, `${redemptions(c)}/${request.id}/approve`, { decisionReference: 'Board 13' }, 200);
    const paid = await complete(c, request.id, '2024-04-01');
    expect(paid).toMatchObject({ status: 'completed', amount: '35.00' });
    expect(await balanceRow(t, leaver)).toEqual({
      shares: 0,
      subscribed: '0.0000',
      paid_up: '0.0000',
      committed_shares: 0,
    });
    const csv = await t
      .http()
      .get(`/v1/cooperatives/${c.coop}/members/export.csv?status=ceased`)
      .auth(c.secretary, { type: 'bearer' })
      .expect(200);
    expect(csv.text.split('\r\n').slice(1)).toEqual([
      expect.stringMatching(/,ceased,2023-01-03,2024-02-01,withdrawn,0,0\.00$/),
      expect.stringMatching(/,ceased,2023-01-03,2024-02-01,expelled,2,20\.00$/),
      '',
    ]);
  });

  it("a withdrawal's redemption of all shares waits for the member's other open requests", async () => {
    const c = await givenCapitalCooperative(t, { redemptionNoticeDays: 0, annualRedemptionCapPercent: '100' });
    const member = await givenActiveMember(t, c, { shares: 4, paid: '40.00' });
    const partial = await post(t, c.treasurer, redemptions(c), {
      memberId: member,
      shares: 2,
      requestedOn: '2024-01-05',
    });
    await act(t, c.coop, c.secretary, member, 'cease', { effectiveDate: '2024-02-01', cessationReason: 'withdrawn' });
    const all = (await get(t, c.treasurer, `${redemptions(c)}?memberId=${member}`)).items;
    expect(all.map((r: { shares: number; allShares: boolean }) => [r.shares, r.allShares])).toEqual([
      [2, false],
      [2, true],
    ]);
    const withdrawal = all[1].id as string;
    await post(t, c.board, `${redemptions(c)}/${withdrawal}/approve`, { decisionReference: 'B' }, 200);
    expectProblem(
      await send(c.treasurer, `${redemptions(c)}/${withdrawal}/complete`, { effectiveDate: '2024-02-02' }),
      409,
      'OPEN_REQUESTS_PENDING',
    );
    await post(
      t,
      c.treasurer,
      `${redemptions(c)}/${partial.id}/cancel`,
      { reason: 'Superseded by the withdrawal' },
      200,
    );
    expect(await balanceRow(t, member)).toMatchObject({ shares: 4, committed_shares: 2 });
    expect(await complete(c, withdrawal, '2024-02-02')).toMatchObject({ status: 'completed', amount: '40.00' });
    expect(await balanceRow(t, member)).toEqual({
      shares: 0,
      subscribed: '0.0000',
      paid_up: '0.0000',
      committed_shares: 0,
    });
  });
});
