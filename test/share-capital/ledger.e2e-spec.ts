/**
 * The capital ledger over HTTP: exact balances after sequences of entries, the bylaws' caps, paid-up never above
 * subscribed, reversals, dates in order, append-only storage, audit, and Idempotency-Key retries.
 */
import {
  balanceRow,
  type CapitalCoop,
  coopPath,
  givenActiveMember,
  givenCapitalApplicant,
  givenCapitalCooperative,
  invariantViolations,
  pay,
  post,
  subscribe,
} from '../support/share-capital.factories.js';
import { act } from '../support/member-factories.js';
import type { TestApp } from '../support/test-app.js';
import { startConformingApp } from '../support/contract.js';

describe('the capital ledger', () => {
  let t: TestApp;
  let c: CapitalCoop;

  beforeAll(async () => {
    t = await startConformingApp();
    c = await givenCapitalCooperative(t, { shareParValue: '12.50', maxSharesPerMember: 40 });
  });
  afterAll(async () => {
    expect(await invariantViolations(t)).toEqual({});
    await t.close();
  });

  const postAs = (token: string, path: string, body: object) =>
    t
      .http()
      .post(`${coopPath(c.coop)}/${path}`)
      .auth(token, { type: 'bearer' })
      .send(body);
  const expectProblem = (res: { status: number; body: { code: string } }, status: number, code: string) =>
    expect([res.status, res.body.code]).toEqual([status, code]);

  it('keeps exact balances through subscriptions, payments, an allocation and a reversal', async () => {
    const id = await givenCapitalApplicant(t, c, 'Sequence Socia');
    const first = await subscribe(t, c, id, 4, '2023-01-10');
    expect(first.entry).toMatchObject({
      memberId: id,
      kind: 'subscription',
      effectiveDate: '2023-01-10',
      sharesChange: 4,
      subscribedChange: '50.00',
      paidUpChange: '0.00',
      parValue: '12.50',
      reversesEntryId: null,
      recordedByType: 'user',
    });
    expect(first.balance).toEqual({
      memberId: id,
      sharesHeld: 4,
      subscribedCapital: '50.00',
      paidUpCapital: '0.00',
      unpaidCapital: '50.00',
      sharesCommitted: 0,
    });
    await pay(t, c, id, '20.05', '2023-02-01');
    const mistaken = await pay(t, c, id, '9.95', '2023-02-02');
    await act(t, c.coop, c.secretary, id, 'admit', { effectiveDate: '2023-02-03' });
    const allocated = await post(t, c.treasurer, `${coopPath(c.coop)}/share-allocations`, {
      memberId: id,
      amount: '31.00',
      effectiveDate: '2023-12-31',
      reference: 'Surplus 2023',
    });
    // 20.00 pays up the rest of the 4 shares; 11.00 buys one more share (12.50), partly paid.
    expect(allocated.entry).toMatchObject({ kind: 'allocation', sharesChange: 1, subscribedChange: '12.50' });
    expect(allocated.balance).toMatchObject({ sharesHeld: 5, subscribedCapital: '62.50', paidUpCapital: '61.00' });

    const reversed = await post(t, c.treasurer, `${coopPath(c.coop)}/capital-entries/${mistaken.entry.id}/reversal`, {
      reason: 'Cheque bounced',
    });
    expect(reversed.entry).toMatchObject({
      kind: 'reversal',
      reversesEntryId: mistaken.entry.id,
      effectiveDate: '2023-12-31',
      sharesChange: 0,
      subscribedChange: '0.00',
      paidUpChange: '-9.95',
      note: 'Cheque bounced',
    });
    expect(reversed.balance).toEqual({
      memberId: id,
      sharesHeld: 5,
      subscribedCapital: '62.50',
      paidUpCapital: '51.05',
      unpaidCapital: '11.45',
      sharesCommitted: 0,
    });
    expect(await balanceRow(t, id)).toEqual({
      shares: 5,
      subscribed: '62.5000',
      paid_up: '51.0500',
      committed_shares: 0,
    });
    const detail = await t
      .http()
      .get(`${coopPath(c.coop)}/capital-entries/${mistaken.entry.id}`)
      .auth(c.board, { type: 'bearer' })
      .expect(200);
    expect(detail.body).toMatchObject({ kind: 'payment', paidUpChange: '9.95', reversedByEntryId: reversed.entry.id });

    const audit = await t.query<{ action: string; summary: Record<string, unknown> }>(
      `SELECT action, summary FROM audit_log WHERE target_type = 'member' AND target_id = $1 AND action LIKE 'capital.%'
        ORDER BY id`,
      [id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'capital.subscription_posted',
      'capital.payment_posted',
      'capital.payment_posted',
      'capital.allocation_posted',
      'capital.reversal_posted',
    ]);
    expect(audit[4].summary).toMatchObject({ reversedEntryId: mistaken.entry.id, paidUpChange: '-9.95' });
  });

  it("answers a posting and a reversal with the new entry's Location, where it is read back", async () => {
    const id = await givenActiveMember(t, c, { shares: 2, paid: '20.00' });
    const paid = await postAs(c.treasurer, 'share-payments', {
      memberId: id,
      amount: '5.00',
      effectiveDate: '2023-03-01',
    });
    const entries = `${coopPath(c.coop)}/capital-entries`;
    expect([paid.status, paid.headers.location]).toEqual([201, `${entries}/${paid.body.entry.id}`]);
    const reversed = await postAs(c.treasurer, `capital-entries/${paid.body.entry.id}/reversal`, { reason: 'Twice' });
    // The reversal's own entry, not the one named in the path.
    expect([reversed.status, reversed.headers.location]).toEqual([201, `${entries}/${reversed.body.entry.id}`]);
    const read = await t.http().get(reversed.headers.location).auth(c.treasurer, { type: 'bearer' });
    expect([read.status, read.body]).toEqual([200, { ...reversed.body.entry, reversedByEntryId: null }]);
  });

  it('refuses paid-up above subscribed with PAID_UP_EXCEEDS_SUBSCRIBED, and writes nothing', async () => {
    const id = await givenActiveMember(t, c, { shares: 2, paid: '20.00' });
    expectProblem(
      await postAs(c.treasurer, 'share-payments', { memberId: id, amount: '5.01', effectiveDate: '2023-03-01' }),
      422,
      'PAID_UP_EXCEEDS_SUBSCRIBED',
    );
    const ok = await pay(t, c, id, '5.00', '2023-03-01');
    expect(ok.balance).toMatchObject({ paidUpCapital: '25.00', unpaidCapital: '0.00' });
    expectProblem(
      await postAs(c.treasurer, 'share-payments', { memberId: id, amount: '0.01', effectiveDate: '2023-03-01' }),
      422,
      'PAID_UP_EXCEEDS_SUBSCRIBED',
    );
    const [count] = await t.query(`SELECT count(*)::int AS n FROM capital_entries WHERE member_id = $1`, [id]);
    expect(count).toEqual({ n: 3 });
  });

  it('refuses a subscription above the per-member maximum with SHARE_CAP_EXCEEDED', async () => {
    const id = await givenActiveMember(t, c, { shares: 30 });
    expectProblem(
      await postAs(c.treasurer, 'share-subscriptions', { memberId: id, shares: 11, effectiveDate: '2023-04-01' }),
      422,
      'SHARE_CAP_EXCEEDED',
    );
    expect((await subscribe(t, c, id, 10, '2023-04-01')).balance.sharesHeld).toBe(40);
    expectProblem(
      await postAs(c.treasurer, 'share-subscriptions', { memberId: id, shares: 1, effectiveDate: '2023-04-01' }),
      422,
      'SHARE_CAP_EXCEEDED',
    );
    expect(await balanceRow(t, id)).toMatchObject({ shares: 40, subscribed: '500.0000' });
  });

  it('caps a member at a % of the paid-up capital', async () => {
    const pc = await givenCapitalCooperative(t, { maxCapitalPercentPerMember: '25' });
    const founder = await givenCapitalApplicant(t, pc);
    // No paid-up capital yet: only the count cap (none here) applies to the founding subscription.
    await subscribe(t, pc, founder, 10, '2023-01-02');
    await pay(t, pc, founder, '100.00', '2023-01-02');
    const second = await givenCapitalApplicant(t, pc);
    const refused = await t
      .http()
      .post(`${coopPath(pc.coop)}/share-subscriptions`)
      .auth(pc.treasurer, { type: 'bearer' })
      .send({ memberId: second, shares: 3, effectiveDate: '2023-01-05' });
    expectProblem(refused, 422, 'SHARE_CAP_EXCEEDED');
    expect(refused.body.detail).toContain('25% of the paid-up capital (25');
    expect((await subscribe(t, pc, second, 2, '2023-01-05')).balance.subscribedCapital).toBe('20.00');
  });

  it('fires 20 concurrent subscriptions at a member near the cap: exactly the allowed ones succeed', async () => {
    const id = await givenActiveMember(t, c, { shares: 33 });
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        postAs(c.treasurer, 'share-subscriptions', { memberId: id, shares: 1, effectiveDate: '2023-05-01' }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(7);
    expect(results.filter((r) => r.status === 422 && r.body.code === 'SHARE_CAP_EXCEEDED')).toHaveLength(13);
    expect(await balanceRow(t, id)).toEqual({
      shares: 40,
      subscribed: '500.0000',
      paid_up: '0.0000',
      committed_shares: 0,
    });
  });

  it('checks amounts against the currency, dates against the member and statuses', async () => {
    const id = await givenActiveMember(t, c, { shares: 2 });
    const problem = await postAs(c.treasurer, 'share-payments', {
      memberId: id,
      amount: '1.005',
      effectiveDate: '2023-06-01',
    });
    expectProblem(problem, 400, 'VALIDATION_FAILED');
    expect(problem.body.errors).toEqual([{ field: 'amount', message: 'amount has more decimals than EUR allows (2)' }]);
    const invalid = await postAs(c.treasurer, 'share-payments', {
      memberId: id,
      amount: 5,
      effectiveDate: '2999-01-01',
      balance: '1000',
    });
    expectProblem(invalid, 400, 'VALIDATION_FAILED');
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'amount',
      'balance',
      'effectiveDate',
    ]);
    await pay(t, c, id, '1.00', '2023-06-01');
    expectProblem(
      await postAs(c.treasurer, 'share-payments', { memberId: id, amount: '1.00', effectiveDate: '2023-05-31' }),
      422,
      'EFFECTIVE_DATE_OUT_OF_ORDER',
    );
    expectProblem(
      await postAs(c.treasurer, 'share-subscriptions', { memberId: id, shares: 1, effectiveDate: '2022-12-31' }),
      422,
      'EFFECTIVE_DATE_OUT_OF_ORDER',
    );
    await act(t, c.coop, c.secretary, id, 'suspend', { effectiveDate: '2023-06-02' });
    expectProblem(
      await postAs(c.treasurer, 'share-subscriptions', { memberId: id, shares: 1, effectiveDate: '2023-06-02' }),
      409,
      'MEMBER_NOT_ELIGIBLE',
    );
    expect((await pay(t, c, id, '1.00', '2023-06-02')).balance.paidUpCapital).toBe('2.00');
    expectProblem(
      await postAs(c.treasurer, 'share-payments', {
        memberId: '00000000-0000-4000-8000-000000000000',
        amount: '1.00',
        effectiveDate: '2023-06-02',
      }),
      404,
      'MEMBER_NOT_FOUND',
    );
  });

  it('reverses only subscriptions, payments and allocations, each at most once', async () => {
    const id = await givenActiveMember(t, c, { shares: 3, paid: '12.50' });
    const payment = await pay(t, c, id, '10.00', '2023-07-01');
    const path = (entryId: string) => `capital-entries/${entryId}/reversal`;
    const reversal = await post(t, c.treasurer, `${coopPath(c.coop)}/${path(payment.entry.id)}`, {
      reason: 'Posted twice',
      effectiveDate: '2023-07-02',
    });
    expectProblem(
      await postAs(c.treasurer, path(payment.entry.id), { reason: 'Again' }),
      409,
      'ENTRY_ALREADY_REVERSED',
    );
    expectProblem(await postAs(c.treasurer, path(reversal.entry.id), { reason: 'Undo' }), 409, 'ENTRY_NOT_REVERSIBLE');
    expectProblem(await postAs(c.treasurer, path('999999999'), { reason: 'x' }), 404, 'CAPITAL_ENTRY_NOT_FOUND');
    expectProblem(await postAs(c.treasurer, path('abc'), { reason: 'x' }), 400, 'VALIDATION_FAILED');
    expectProblem(
      await postAs(c.treasurer, path(payment.entry.id), { reason: 'x', effectiveDate: '2023-06-30' }),
      409,
      'ENTRY_ALREADY_REVERSED',
    );
    // Reversing the subscription would leave 12.50 paid on nothing.
    const [subscription] = await t.query<{ id: string }>(
      `SELECT id::text FROM capital_entries WHERE member_id = $1 AND kind = 'subscription'`,
      [id],
    );
    expectProblem(
      await postAs(c.treasurer, path(subscription.id), { reason: 'Wrong member' }),
      422,
      'PAID_UP_EXCEEDS_SUBSCRIBED',
    );
    expect(await balanceRow(t, id)).toMatchObject({ shares: 3, subscribed: '37.5000', paid_up: '12.5000' });
  });

  it('stores the ledger append-only: no update, no delete, no direct change of a balance', async () => {
    await expect(t.query(`UPDATE capital_entries SET note = 'edited'`)).rejects.toThrow('append-only');
    await expect(t.query(`DELETE FROM capital_entries`)).rejects.toThrow('append-only');
    await expect(t.query(`UPDATE capital_balances SET shares = shares + 1`)).rejects.toThrow(
      'change only through capital_entries',
    );
    await expect(t.query(`DELETE FROM capital_balances`)).rejects.toThrow('never deleted');
  });

  describe('Idempotency-Key', () => {
    it('a retried payment posts once and replays the first response; another body is 422', async () => {
      const id = await givenActiveMember(t, c, { shares: 4 });
      const send = (amount: string) =>
        postAs(c.treasurer, 'share-payments', { memberId: id, amount, effectiveDate: '2023-08-01' }).set(
          'Idempotency-Key',
          `pay-${id}`,
        );
      const first = await send('15.00');
      const retry = await send('15.00');
      expect([first.status, retry.status]).toEqual([201, 201]);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body).toEqual(first.body);
      expectProblem(await send('16.00'), 422, 'IDEMPOTENCY_KEY_REUSED');
      const concurrent = await Promise.all(Array.from({ length: 5 }, () => send('15.00')));
      expect(concurrent.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      expect(concurrent.every((r) => r.body.entry.id === first.body.entry.id)).toBe(true);
      const [db] = await t.query(
        `SELECT (SELECT count(*) FROM capital_entries WHERE member_id = $1 AND kind = 'payment')::int AS payments,
                (SELECT count(*) FROM audit_log WHERE target_id = $1::text AND action = 'capital.payment_posted')::int AS audit`,
        [id],
      );
      expect(db).toEqual({ payments: 1, audit: 1 });
      expect(await balanceRow(t, id)).toMatchObject({ paid_up: '15.0000' });
    });
  });

  describe('roles', () => {
    it('only the treasurer (or an API key with capital:write) posts', async () => {
      const id = await givenActiveMember(t, c, { shares: 2 });
      const body = { memberId: id, amount: '1.00', effectiveDate: '2023-09-01' };
      expectProblem(await postAs(c.secretary, 'share-payments', body), 403, 'FORBIDDEN');
      expectProblem(await postAs(c.board, 'share-payments', body), 403, 'FORBIDDEN');
    });
  });
});
