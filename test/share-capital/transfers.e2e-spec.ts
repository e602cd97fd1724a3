/**
 * Transfers between members as requests (requested -> approved | rejected -> completed, or cancelled), and
 * concurrent transfers and redemptions from one holder: never negative, exactly the allowed ones succeed.
 */
import {
  balanceRow,
  type CapitalCoop,
  coopPath,
  get,
  givenActiveMember,
  givenCapitalCooperative,
  invariantViolations,
  post,
} from '../support/share-capital.factories.js';
import { act } from '../support/member-factories.js';
import type { TestApp } from '../support/test-app.js';
import { settleIdempotentBurst } from '../support/idempotency.js';
import { startConformingApp } from '../support/contract.js';

describe('share transfers', () => {
  let t: TestApp;
  let c: CapitalCoop;

  beforeAll(async () => {
    t = await startConformingApp();
    c = await givenCapitalCooperative(t, {
      maxSharesPerMember: 20,
      redemptionNoticeDays: 0,
      annualRedemptionCapPercent: '100',
    });
  });
  afterAll(async () => {
    expect(await invariantViolations(t)).toEqual({});
    await t.close();
  });

  const transfers = () => `${coopPath(c.coop)}/share-transfers`;
  const send = (token: string, path: string, body: object) =>
    t.http().post(path).auth(token, { type: 'bearer' }).send(body);
  const expectProblem = (res: { status: number; body: { code: string } }, status: number, code: string) =>
    expect([res.status, res.body.code]).toEqual([status, code]);
  const approve = (id: string, kind = 'share-transfers') =>
    post(t, c.board, `${coopPath(c.coop)}/${kind}/${id}/approve`, { decisionReference: 'Board 2024-02' }, 200);

  it('moves fully paid shares at par once requested, approved and completed, with who decided and why', async () => {
    const giver = await givenActiveMember(t, c, { shares: 10, paid: '100.00' });
    const taker = await givenActiveMember(t, c, { shares: 2, paid: '20.00' });
    const requested = await post(t, c.treasurer, transfers(), {
      fromMemberId: giver,
      toMemberId: taker,
      shares: 4,
      requestedOn: '2024-01-15',
      reason: 'Family succession',
    });
    expect(requested).toMatchObject({
      kind: 'transfer',
      status: 'requested',
      memberId: giver,
      toMemberId: taker,
      shares: 4,
      requestedOn: '2024-01-15',
      payableFrom: null,
      reason: 'Family succession',
      requestedByType: 'user',
      decidedBy: null,
    });
    expect(await balanceRow(t, giver)).toMatchObject({ shares: 10, committed_shares: 4 });
    expectProblem(
      await send(c.treasurer, `${transfers()}/${requested.id}/complete`, { effectiveDate: '2024-02-01' }),
      409,
      'ILLEGAL_TRANSITION',
    );
    expectProblem(
      await send(c.treasurer, `${transfers()}/${requested.id}/approve`, { decisionReference: 'x' }),
      403,
      'FORBIDDEN',
    );
    const approved = await post(
      t,
      c.board,
      `${transfers()}/${requested.id}/approve`,
      { decisionReference: 'Board minute 2024-02, item 3', reason: 'Heir is a member' },
      200,
    );
    expect(approved).toMatchObject({
      status: 'approved',
      decisionReference: 'Board minute 2024-02, item 3',
      decisionReason: 'Heir is a member',
    });
    expect(approved.decidedBy).toEqual(expect.any(String));
    expectProblem(
      await send(c.treasurer, `${transfers()}/${requested.id}/complete`, { effectiveDate: '2024-01-14' }),
      422,
      'EFFECTIVE_DATE_OUT_OF_ORDER',
    );
    const completed = await post(
      t,
      c.treasurer,
      `${transfers()}/${requested.id}/complete`,
      { effectiveDate: '2024-02-01', reference: 'Deed 17' },
      200,
    );
    expect(completed).toMatchObject({ status: 'completed', completedOn: '2024-02-01', amount: '40.00' });
    expect(await balanceRow(t, giver)).toEqual({
      shares: 6,
      subscribed: '60.0000',
      paid_up: '60.0000',
      committed_shares: 0,
    });
    expect(await balanceRow(t, taker)).toEqual({
      shares: 6,
      subscribed: '60.0000',
      paid_up: '60.0000',
      committed_shares: 0,
    });
    const entries = await t.query(
      `SELECT kind, member_id, counterparty_member_id, shares_delta, paid_up_delta::text, reference
         FROM capital_entries WHERE request_id = $1 ORDER BY id`,
      [requested.id],
    );
    expect(entries).toEqual([
      {
        kind: 'transfer_out',
        member_id: giver,
        counterparty_member_id: taker,
        shares_delta: -4,
        paid_up_delta: '-40.0000',
        reference: 'Deed 17',
      },
      {
        kind: 'transfer_in',
        member_id: taker,
        counterparty_member_id: giver,
        shares_delta: 4,
        paid_up_delta: '40.0000',
        reference: 'Deed 17',
      },
    ]);
    expectProblem(
      await send(c.treasurer, `${transfers()}/${requested.id}/cancel`, { reason: 'Too late' }),
      409,
      'ILLEGAL_TRANSITION',
    );
    const audit = await t.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE target_type = 'share_transfer' AND target_id = $1 ORDER BY id`,
      [requested.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'capital.transfer_requested',
      'capital.transfer_approved',
      'capital.transfer_completed',
    ]);
    const [entry] = await t.query<{ id: string }>(
      `SELECT id::text FROM capital_entries WHERE request_id = $1 AND kind = 'transfer_out'`,
      [requested.id],
    );
    expectProblem(
      await send(c.treasurer, `${coopPath(c.coop)}/capital-entries/${entry.id}/reversal`, { reason: 'x' }),
      409,
      'ENTRY_NOT_REVERSIBLE',
    );
  });

  it('answers a new transfer request with its Location, where it is read back', async () => {
    const giver = await givenActiveMember(t, c, { shares: 10, paid: '100.00' });
    const taker = await givenActiveMember(t, c, { shares: 2, paid: '20.00' });
    const created = await send(c.treasurer, transfers(), { fromMemberId: giver, toMemberId: taker, shares: 1 });
    expect([created.status, created.headers.location]).toEqual([201, `${transfers()}/${created.body.id}`]);
    const read = await t.http().get(created.headers.location).auth(c.treasurer, { type: 'bearer' });
    expect([read.status, read.body]).toEqual([200, created.body]);
  });

  it('refuses unpaid shares, going below the minimum, a receiver over the cap or not active', async () => {
    const giver = await givenActiveMember(t, c, { shares: 10, paid: '35.00' });
    const taker = await givenActiveMember(t, c, { shares: 18, paid: '180.00' });
    const body = (shares: number, to = taker) => ({ fromMemberId: giver, toMemberId: to, shares });
    expectProblem(await send(c.treasurer, transfers(), body(4)), 422, 'SHARES_NOT_PAID_UP');
    expectProblem(await send(c.treasurer, transfers(), body(3)), 422, 'SHARE_CAP_EXCEEDED');
    expectProblem(await send(c.treasurer, transfers(), body(1, giver)), 400, 'VALIDATION_FAILED');
    const rich = await givenActiveMember(t, c, { shares: 3, paid: '30.00' });
    expectProblem(
      await send(c.treasurer, transfers(), { fromMemberId: rich, toMemberId: giver, shares: 3 }),
      422,
      'MINIMUM_SHARES_REQUIRED',
    );
    const ok = await post(t, c.treasurer, transfers(), { fromMemberId: rich, toMemberId: taker, shares: 2 });
    await approve(ok.id);
    await act(t, c.coop, c.secretary, taker, 'suspend', { effectiveDate: '2024-03-01' });
    expectProblem(
      await send(c.treasurer, `${transfers()}/${ok.id}/complete`, { effectiveDate: '2024-03-02' }),
      409,
      'MEMBER_NOT_ELIGIBLE',
    );
    const cancelled = await post(
      t,
      c.treasurer,
      `${transfers()}/${ok.id}/cancel`,
      { reason: 'Receiver suspended' },
      200,
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', cancellationReason: 'Receiver suspended' });
    expect(await balanceRow(t, rich)).toMatchObject({ shares: 3, committed_shares: 0 });
  });

  it('a rejection frees the shares and records why', async () => {
    const giver = await givenActiveMember(t, c, { shares: 5, paid: '50.00' });
    const taker = await givenActiveMember(t, c, { shares: 1, paid: '10.00' });
    const requested = await post(t, c.treasurer, transfers(), { fromMemberId: giver, toMemberId: taker, shares: 4 });
    expectProblem(await send(c.board, `${transfers()}/${requested.id}/reject`, {}), 400, 'VALIDATION_FAILED');
    const rejected = await post(
      t,
      c.board,
      `${transfers()}/${requested.id}/reject`,
      { reason: 'The receiver did not ask for it' },
      200,
    );
    expect(rejected).toMatchObject({ status: 'rejected', decisionReason: 'The receiver did not ask for it' });
    expect(await balanceRow(t, giver)).toMatchObject({ shares: 5, committed_shares: 0 });
    expectProblem(
      await send(c.board, `${transfers()}/${requested.id}/approve`, { decisionReference: 'B' }),
      409,
      'ILLEGAL_TRANSITION',
    );
    const listed = await get(t, c.secretary, `${transfers()}?memberId=${taker}&status=rejected`);
    expect(listed.items.map((r: { id: string }) => r.id)).toEqual([requested.id]);
  });

  it("another cooperative's transfer is 404", async () => {
    const other = await givenCapitalCooperative(t);
    const a = await givenActiveMember(t, other, { shares: 3, paid: '30.00' });
    const b = await givenActiveMember(t, other, { shares: 1 });
    const foreign = await post(t, other.treasurer, `${coopPath(other.coop)}/share-transfers`, {
      fromMemberId: a,
      toMemberId: b,
      shares: 1,
    });
    const res = await t.http().get(`${transfers()}/${foreign.id}`).auth(c.treasurer, { type: 'bearer' });
    expectProblem(res, 404, 'TRANSFER_NOT_FOUND');
    expectProblem(
      await send(c.board, `${transfers()}/${foreign.id}/approve`, { decisionReference: 'B' }),
      404,
      'TRANSFER_NOT_FOUND',
    );
  });

  it('20 concurrent transfer and redemption requests from one holder: exactly the free shares are committed', async () => {
    // 11 fully paid shares, keeps the minimum of 1: 10 can be promised.
    const holder = await givenActiveMember(t, c, { shares: 11, paid: '110.00' });
    const taker = await givenActiveMember(t, c, { shares: 1, paid: '10.00' });
    const requests = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 === 0
          ? send(c.treasurer, transfers(), {
              fromMemberId: holder,
              toMemberId: taker,
              shares: 1,
              requestedOn: '2024-01-02',
            })
          : send(c.treasurer, `${coopPath(c.coop)}/share-redemptions`, {
              memberId: holder,
              shares: 1,
              requestedOn: '2024-01-02',
            }),
      ),
    );
    const accepted = requests.filter((r) => r.status === 201);
    expect(accepted).toHaveLength(10);
    expect(requests.filter((r) => r.status === 422).map((r) => r.body.code)).toEqual(
      Array(10).fill('MINIMUM_SHARES_REQUIRED'),
    );
    expect(await balanceRow(t, holder)).toMatchObject({ shares: 11, committed_shares: 10 });

    for (const r of accepted) {
      await approve(r.body.id, r.body.kind === 'transfer' ? 'share-transfers' : 'share-redemptions');
    }
    // Each completion fired twice at once: each request completes exactly once.
    const completions = await Promise.all(
      accepted.flatMap((r) =>
        [1, 2].map(() =>
          send(
            c.treasurer,
            `${coopPath(c.coop)}/${r.body.kind === 'transfer' ? 'share-transfers' : 'share-redemptions'}/${r.body.id}/complete`,
            { effectiveDate: '2024-03-01' },
          ),
        ),
      ),
    );
    expect(completions.filter((r) => r.status === 200 && r.body.status === 'completed')).toHaveLength(10);
    expect(completions.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(
      Array(10).fill('ILLEGAL_TRANSITION'),
    );
    const transferred = accepted.filter((r) => r.body.kind === 'transfer').length;
    expect(await balanceRow(t, holder)).toEqual({
      shares: 1,
      subscribed: '10.0000',
      paid_up: '10.0000',
      committed_shares: 0,
    });
    expect(await balanceRow(t, taker)).toMatchObject({ shares: 1 + transferred, committed_shares: 0 });
    const [counts] = await t.query(
      `SELECT count(*) FILTER (WHERE kind = 'transfer_out')::int AS outs,
              count(*) FILTER (WHERE kind = 'redemption')::int AS redemptions
         FROM capital_entries WHERE member_id = $1`,
      [holder],
    );
    expect(counts).toEqual({ outs: transferred, redemptions: 10 - transferred });
  });

  it('an Idempotency-Key retry of a completion completes once and replays the answer', async () => {
    const giver = await givenActiveMember(t, c, { shares: 3, paid: '30.00' });
    const taker = await givenActiveMember(t, c, { shares: 1 });
    const requested = await post(t, c.treasurer, transfers(), {
      fromMemberId: giver,
      toMemberId: taker,
      shares: 1,
      requestedOn: '2024-03-31',
    });
    await approve(requested.id);
    const complete = () =>
      send(c.treasurer, `${transfers()}/${requested.id}/complete`, { effectiveDate: '2024-04-01' }).set(
        'Idempotency-Key',
        `complete-${requested.id}`,
      );
    const { first, replays } = await settleIdempotentBurst(await Promise.all([complete(), complete()]), 200, complete);
    expect(replays.map((r) => r.body)).toEqual([first.body]);
    const [n] = await t.query(`SELECT count(*)::int AS n FROM capital_entries WHERE request_id = $1`, [requested.id]);
    expect(n).toEqual({ n: 2 });
  });
});
