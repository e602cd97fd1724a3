/**
 * Races across two API instances on one database (no shared memory, separate pools): concurrent requests split
 * over both must give exactly the allowed effects, decided by the database (unique keys, row locks), never by
 * process memory. After every race, the invariants hold.
 *
 * Then the module races (QUALITY.md, Reliability): one vote per member under 200 attempts by the member and their
 * proxy holder; 50 disbursements for a fund that can pay 10; transfers and redemptions from one holding, and
 * completions into a holding near the per-member cap; admissions drawing member numbers; and the same
 * Idempotency-Key on money, vote and status POSTs. Each is written with `fire` (`fireAcross`, counted) and
 * `statusCounts` (test/support/races.ts) on `twins`, asserts the exact effect from the database, and is followed by
 * `assertInvariants` (afterEach).
 */
import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import type { Response, Test } from 'supertest';
import { assertInvariants } from '../../src/invariants/invariants.js';
import { expectConforms } from '../support/contract.js';
import {
  givenActiveMember as creditMember,
  fundPath,
  givenApprovedLoan,
  givenContribution,
  givenCreditCoop,
  givenDisbursedLoan,
  givenFundBalance,
  loansPath,
} from '../support/credit-fund.factories.js';
import { givenCooperative, givenUser, inviteAndAccept } from '../support/factories.js';
import {
  as as govAs,
  ballotAction,
  ballotsPath,
  givenBallot,
  givenVoter,
  proxiesPath,
} from '../support/governance.factories.js';
import { givenApplicant, givenMemberIn, membersPath } from '../support/member-factories.js';
import { settleIdempotentBurst } from '../support/idempotency.js';
import { fireAcross, statusCounts } from '../support/races.js';
import {
  balanceRow,
  coopPath,
  givenActiveMember as givenCapitalMember,
  givenCapitalCooperative,
  post,
} from '../support/share-capital.factories.js';
import { startTwinApps, SUPERADMIN, type TestApp, type TwinApps } from '../support/test-app.js';

// Apps, databases and child processes take their time on a loaded machine.
jest.setTimeout(60_000);

const N = 24;

describe('races across two API instances on one database', () => {
  let twins: TwinApps;
  let root: string;
  let coop: string;
  let races = 0;
  let requests = 0;
  /** `fireAcross` on the twins, counting the requests fired. */
  const fire = (count: number, send: Parameters<typeof fireAcross>[2]) => {
    requests += count;
    return fireAcross(twins, count, send);
  };

  beforeAll(async () => {
    twins = await startTwinApps();
    const login = await twins.apps[1].http().post('/v1/auth/login').send(SUPERADMIN).expect(200);
    root = login.body.accessToken;
    const created = await twins.apps[0]
      .http()
      .post('/v1/cooperatives')
      .auth(root, { type: 'bearer' })
      .send({ name: 'Race Coop' })
      .expect(201);
    coop = created.body.id;
  });
  afterEach(async () => {
    races++;
    await assertInvariants(twins.databaseUrl);
  });
  afterAll(async () => {
    console.log(`races: ${races} scenarios, ${requests} concurrent requests in all, over two API instances`);
    await twins?.close();
  });

  const count = async (sql: string, params: unknown[]) =>
    Number((await twins.query<{ n: string }>(`SELECT count(*) AS n FROM (${sql}) AS x`, params))[0].n);

  // (Nest warns that a default data source name is registered twice: the registry is process-wide, the two apps'
  // DataSources and pools are not shared.)
  it('booted both instances on a fresh database with one superadmin', async () => {
    expect(await count(`SELECT 1 FROM users WHERE is_superadmin`, [])).toBe(1);
  });

  it('one Idempotency-Key, N concurrent creations: one cooperative; the others replay it or get 409, then replay', async () => {
    const body = { name: 'Idempotent Race Coop', country: 'HN' };
    const send = (http: TestApp['http']) =>
      http().post('/v1/cooperatives').auth(root, { type: 'bearer' }).set('Idempotency-Key', 'race-key-1').send(body);
    const responses = await fire(N, send);
    responses.forEach(expectConforms);
    const { first, replays } = await settleIdempotentBurst(responses, 201, () => send(twins.apps[1].http));
    // Equal as JSON; not byte for byte: the stored replay comes back from jsonb, which orders keys its own way.
    for (const res of replays) expect(res.body).toEqual(first.body);
    expect(replays).toHaveLength(N - 1);
    const id = first.body.id;
    expect(await count(`SELECT 1 FROM cooperatives WHERE name = $1`, [body.name])).toBe(1);
    expect(await count(`SELECT 1 FROM audit_log WHERE target_id = $1 AND action = 'cooperative.created'`, [id])).toBe(
      1,
    );
    expect(await count(`SELECT 1 FROM idempotency_records WHERE key = 'race-key-1'`, [])).toBe(1);
  });

  it('N concurrent grants of the same role: one grant, one audit entry, every answer shows the role', async () => {
    const { userId } = await inviteAndAccept(
      twins.apps[0],
      coop,
      { email: 'granted@test.local', password: 'granted-password-1', roles: ['member'] },
      root,
    );
    const responses = await fire(N, (http) =>
      http().put(`/v1/cooperatives/${coop}/users/${userId}/roles/treasurer`).auth(root, { type: 'bearer' }),
    );
    responses.forEach(expectConforms);
    expect(statusCounts(responses)).toEqual({ 200: N });
    expect(responses.every((r) => r.body.roles.includes('treasurer'))).toBe(true);
    expect(await count(`SELECT 1 FROM role_grants WHERE user_id = $1 AND role = 'treasurer'`, [userId])).toBe(1);
    const audited = `SELECT 1 FROM audit_log WHERE target_id = $1 AND action = 'role.granted' AND summary->>'role' = 'treasurer'`;
    expect(await count(audited, [userId])).toBe(1);

    // And N concurrent revocations of it: one succeeds, the rest find nothing to revoke.
    const revocations = await fire(N, (http) =>
      http().delete(`/v1/cooperatives/${coop}/users/${userId}/roles/treasurer`).auth(root, { type: 'bearer' }),
    );
    revocations.forEach(expectConforms);
    expect(statusCounts(revocations)).toEqual({ 204: 1, 404: N - 1 });
    const revoked = `SELECT 1 FROM audit_log WHERE target_id = $1 AND action = 'role.revoked'`;
    expect(await count(revoked, [userId])).toBe(1);
  });

  it('N concurrent refreshes of one refresh token: exactly one succeeds, and the family is revoked as reused', async () => {
    const login = await twins.apps[0].http().post('/v1/auth/login').send(SUPERADMIN).expect(200);
    const responses = await fire(N, (http) =>
      http().post('/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }),
    );
    responses.forEach(expectConforms);
    expect(statusCounts(responses)).toEqual({ 200: 1, 401: N - 1 });
    const codes = new Set(responses.filter((r) => r.status === 401).map((r) => r.body.code));
    expect(codes.has('REFRESH_TOKEN_REUSED')).toBe(true);
    expect([...codes].every((c) => c === 'REFRESH_TOKEN_REUSED' || c === 'REFRESH_TOKEN_INVALID')).toBe(true);
    // The one new token died with its family: whoever holds it must log in again.
    const winner = responses.find((r) => r.status === 200)!;
    const after = await twins.apps[1].http().post('/v1/auth/refresh').send({ refreshToken: winner.body.refreshToken });
    expect([after.status, after.body.code]).toEqual([401, 'REFRESH_TOKEN_INVALID']);
    const familyId = (
      await twins.query<{ family_id: string }>(`SELECT family_id FROM refresh_tokens WHERE id = $1`, [
        login.body.refreshToken.split('.')[0],
      ])
    )[0].family_id;
    expect(await count(`SELECT 1 FROM refresh_tokens WHERE family_id = $1`, [familyId])).toBe(2);
    expect(await count(`SELECT 1 FROM refresh_tokens WHERE family_id = $1 AND revoked_at IS NULL`, [familyId])).toBe(0);
  });

  it('N concurrent revocations of one API client: one succeeds, one audit entry', async () => {
    const client = await twins.apps[0]
      .http()
      .post(`/v1/cooperatives/${coop}/api-clients`)
      .auth(root, { type: 'bearer' })
      .send({ name: 'Race app', scopes: ['bylaws:read'] })
      .expect(201);
    const responses = await fire(N, (http) =>
      http().delete(`/v1/cooperatives/${coop}/api-clients/${client.body.id}`).auth(root, { type: 'bearer' }),
    );
    responses.forEach(expectConforms);
    expect(statusCounts(responses)).toEqual({ 204: 1, 404: N - 1 });
    const audited = `SELECT 1 FROM audit_log WHERE target_id = $1 AND action = 'api_client.revoked'`;
    expect(await count(audited, [client.body.id])).toBe(1);
  });

  // Module races (QUALITY.md, Reliability). Each module's cooperative is made once, on first use, through instance
  // 0 with the module's own factories; the races themselves go across both instances.
  const once = <T>(make: () => Promise<T>): (() => Promise<T>) => {
    let made: Promise<T> | undefined;
    return () => (made ??= make());
  };
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const problemCodes = (responses: Response[], status: number) =>
    [...new Set(responses.filter((r) => r.status === status).map((r) => r.body.code as string))].sort();

  const governance = once(async () => {
    const t = twins.apps[0];
    const coop = await givenCooperative(t, { name: 'Race Voting Coop', bylaws: { maxProxiesPerMember: 1 } });
    const sec = (await givenUser(t, coop, ['secretary'])).accessToken;
    const grantor = await givenVoter(t, coop, sec, { name: 'Gala Grantor' });
    const holder = await givenVoter(t, coop, sec, { name: 'Hugo Holder' });
    const openBallot = async () => {
      const ballot = await givenBallot(t, coop, sec, { secret: true });
      await ballotAction(t, coop, sec, ballot.id, 'open');
      return ballot.id;
    };
    return { t, coop, sec, grantor, holder, openBallot };
  });

  it('governance: 200 concurrent attempts to vote for one member (own vote and proxy vote), over both instances -> one vote counted', async () => {
    const g = await governance();
    const ballotId = await g.openBallot();
    const proxy = await govAs(g.t, g.sec).post(proxiesPath(g.coop), {
      ballotId,
      grantorMemberId: g.grantor.member.id,
      holderMemberId: g.holder.member.id,
    });
    expect(proxy.status).toBe(201);
    const member = g.grantor.member.id;
    const selections = ['yes', 'no', 'abstain'];
    // Requests 0, 1 (one per instance) are the member's own vote, 2, 3 the holder's vote for them, and so on.
    const byProxy = (i: number) => i % 4 >= 2;
    const responses = await fire(200, (http, i) =>
      http()
        .post(`${ballotsPath(g.coop)}/${ballotId}/votes`)
        .set(bearer((byProxy(i) ? g.holder : g.grantor).token))
        .send({ selection: selections[i % 3], ...(byProxy(i) ? { onBehalfOfMemberId: member } : {}) }),
    );
    responses.forEach(expectConforms);
    expect(statusCounts(responses)).toEqual({ 201: 1, 409: 199 });
    expect(problemCodes(responses, 409)).toEqual(['ALREADY_VOTED']);
    const winner = responses.findIndex((r) => r.status === 201);
    const via = byProxy(winner) ? 'proxy' : 'self';
    const castBy = byProxy(winner) ? g.holder.member.id : member;
    expect(responses[winner].body).toMatchObject({ memberId: member, via, secret: true, selection: null });

    const participations = await twins.query(
      `SELECT member_id, via, cast_by_member_id FROM ballot_participations WHERE ballot_id = $1`,
      [ballotId],
    );
    expect(participations).toEqual([{ member_id: member, via, cast_by_member_id: castBy }]);
    expect(await count(`SELECT 1 FROM ballot_sealed_votes WHERE ballot_id = $1`, [ballotId])).toBe(1);
    expect(
      await count(`SELECT 1 FROM audit_log WHERE target_id = $1 AND action = 'ballot.vote_cast'`, [ballotId]),
    ).toBe(1);
    // The proxy is used exactly when its vote was the one counted (a losing proxy vote rolled its use back).
    const [{ used }] = await twins.query<{ used: boolean }>(`SELECT used FROM proxies WHERE id = $1`, [proxy.body.id]);
    expect(used).toBe(via === 'proxy');

    await ballotAction(twins.apps[1], g.coop, g.sec, ballotId, 'close');
    const results = await govAs(twins.apps[1], g.sec).get(`${ballotsPath(g.coop)}/${ballotId}/results`);
    const counts = { yes: 0, no: 0, abstain: 0, [selections[winner % 3]]: 1 };
    expect(results.body).toMatchObject({ participants: 1, counts });
  });

  const credit = once(async () => {
    const t = twins.apps[0];
    // A loan may be 10 x what the member put in, and a member may hold 10 loans.
    const c = await givenCreditCoop(t, {
      loanCeilingMultiple: '10',
      loanInterestRatePercent: '0',
      maxLoansPerMember: 10,
    });
    return { t, c };
  });
  const fundBalance = async (coopId: string) =>
    (
      await twins.query<{ balance: string }>(`SELECT balance::text FROM credit_funds WHERE cooperative_id = $1`, [
        coopId,
      ])
    )[0].balance;

  it('credit-fund: 50 concurrent disbursements racing for a fund that can pay 10 -> exactly 10, balance never < 0', async () => {
    const { t, c } = await credit();
    // Five members put 1,000.00 each into the fund and are approved for ten loans of 500.00 each; a donation of
    // 250.00 brings the fund to 5,250.00: ten loans fit (5,000.00), the eleventh does not.
    const loanIds = (
      await Promise.all(
        Array.from({ length: 5 }, async (_, m) => {
          const member = await creditMember(t, c, `Racer ${m + 1}`);
          await givenContribution(t, c, member.id, '1000.00');
          const ids: string[] = [];
          for (let l = 0; l < 10; l++) {
            ids.push((await givenApprovedLoan(t, c, member.id, { amount: '500.00', termMonths: 10 })).id);
          }
          return ids;
        }),
      )
    ).flat();
    await givenFundBalance(t, c, '250.00');
    expect(await fundBalance(c.coop)).toBe('5250.0000');

    const responses = await fire(50, (http, i) =>
      http()
        .post(`${loansPath(c.coop)}/${loanIds[i]}/disburse`)
        .set(bearer(c.treasurer.accessToken))
        .send({ disbursedOn: '2025-01-15' }),
    );
    responses.forEach(expectConforms);
    expect(statusCounts(responses)).toEqual({ 200: 10, 409: 40 });
    expect(problemCodes(responses, 409)).toEqual(['INSUFFICIENT_FUND_BALANCE']);

    expect(await fundBalance(c.coop)).toBe('250.0000'); // 5,250.00 - 10 x 500.00
    const [ledger] = await twins.query(
      `SELECT count(*) FILTER (WHERE kind = 'disbursement')::int AS disbursements,
              min(balance_after)::text AS lowest, sum(CASE kind WHEN 'disbursement' THEN -amount ELSE amount END)::text AS net
         FROM credit_fund_entries WHERE cooperative_id = $1`,
      [c.coop],
    );
    expect(ledger).toEqual({ disbursements: 10, lowest: '250.0000', net: '250.0000' });
    const disbursed = responses.filter((r) => r.status === 200).map((r) => r.body.id as string);
    const byStatus = await twins.query(
      `SELECT status, count(*)::int AS n, count(*) FILTER (WHERE id = ANY($2::uuid[]))::int AS answered_200,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM loan_instalments i WHERE i.loan_id = l.id))::int AS scheduled
         FROM loans l WHERE cooperative_id = $1 GROUP BY status ORDER BY status`,
      [c.coop, disbursed],
    );
    expect(byStatus).toEqual([
      { status: 'approved', n: 40, answered_200: 0, scheduled: 0 },
      { status: 'disbursed', n: 10, answered_200: 10, scheduled: 10 },
    ]);
  }, 180_000);

  const capital = once(async () => {
    const t = twins.apps[0];
    const c = await givenCapitalCooperative(t, {
      maxSharesPerMember: 20,
      redemptionNoticeDays: 0,
      annualRedemptionCapPercent: '100',
    });
    return { t, c };
  });
  const capitalPath = (coopId: string, kind: 'transfer' | 'redemption') =>
    `${coopPath(coopId)}/${kind === 'transfer' ? 'share-transfers' : 'share-redemptions'}`;

  it('share-capital: concurrent transfers and redemptions from one holding -> exactly its free shares, never negative', async () => {
    const { t, c } = await capital();
    // 11 fully paid shares, the bylaws' minimum of 1 stays: 10 can be promised. The recipient has room for 19.
    const holder = await givenCapitalMember(t, c, { shares: 11, paid: '110.00' });
    const taker = await givenCapitalMember(t, c, { shares: 1, paid: '10.00' });
    const kindOf = (i: number) => (i % 4 < 2 ? 'transfer' : 'redemption'); // both kinds on both instances
    const asked = await fire(N, (http, i) =>
      http()
        .post(capitalPath(c.coop, kindOf(i)))
        .set(bearer(c.treasurer))
        .send(
          kindOf(i) === 'transfer'
            ? { fromMemberId: holder, toMemberId: taker, shares: 1, requestedOn: '2024-01-02' }
            : { memberId: holder, shares: 1, requestedOn: '2024-01-02' },
        ),
    );
    asked.forEach(expectConforms);
    expect(statusCounts(asked)).toEqual({ 201: 10, 422: N - 10 });
    expect(problemCodes(asked, 422)).toEqual(['MINIMUM_SHARES_REQUIRED']);
    expect(await balanceRow(t, holder)).toMatchObject({ shares: 11, committed_shares: 10 });

    const accepted = asked.filter((r) => r.status === 201).map((r) => r.body as { id: string; kind: 'transfer' });
    for (const r of accepted) {
      await post(t, c.board, `${capitalPath(c.coop, r.kind)}/${r.id}/approve`, { decisionReference: 'Board 7' }, 200);
    }
    // Every completion twice, once on each instance: each completes exactly once.
    const completions = await fire(2 * accepted.length, (http, i) =>
      http()
        .post(`${capitalPath(c.coop, accepted[i >> 1].kind)}/${accepted[i >> 1].id}/complete`)
        .set(bearer(c.treasurer))
        .send({ effectiveDate: '2024-03-01' }),
    );
    completions.forEach(expectConforms);
    expect(statusCounts(completions)).toEqual({ 200: 10, 409: 10 });
    expect(problemCodes(completions, 409)).toEqual(['ILLEGAL_TRANSITION']);
    expect(completions.filter((r) => r.status === 200).every((r) => r.body.status === 'completed')).toBe(true);

    const transferred = accepted.filter((r) => r.kind === 'transfer').length;
    expect(await balanceRow(t, holder)).toEqual({
      shares: 1,
      subscribed: '10.0000',
      paid_up: '10.0000',
      committed_shares: 0,
    });
    expect(await balanceRow(t, taker)).toMatchObject({ shares: 1 + transferred, committed_shares: 0 });
    const [ledger] = await twins.query(
      `SELECT count(*) FILTER (WHERE kind = 'transfer_out')::int AS outs,
              count(*) FILTER (WHERE kind = 'redemption')::int AS redemptions, sum(shares_delta)::int AS shares
         FROM capital_entries WHERE member_id = $1`,
      [holder],
    );
    expect(ledger).toEqual({ outs: transferred, redemptions: 10 - transferred, shares: 1 });
    expect(await count(`SELECT 1 FROM capital_balances WHERE cooperative_id = $1 AND shares < 0`, [c.coop])).toBe(0);
  }, 120_000);

  it('share-capital: concurrent transfer completions into one holding near the cap -> exactly the room, never over', async () => {
    const { t, c } = await capital();
    // The recipient holds 17 of at most 20 shares: room for 3. Six approved one-share transfers, each completion
    // fired four times (two per instance): 3 complete, their 9 repeats find them completed, the other 3 hit the cap.
    const recipient = await givenCapitalMember(t, c, { shares: 17, paid: '170.00' });
    const giver = await givenCapitalMember(t, c, { shares: 7, paid: '70.00' });
    const transfers: string[] = [];
    for (let i = 0; i < 6; i++) {
      const requested = await post(t, c.treasurer, capitalPath(c.coop, 'transfer'), {
        fromMemberId: giver,
        toMemberId: recipient,
        shares: 1,
        requestedOn: '2024-01-02',
      });
      await post(
        t,
        c.board,
        `${capitalPath(c.coop, 'transfer')}/${requested.id}/approve`,
        { decisionReference: 'B8' },
        200,
      );
      transfers.push(requested.id);
    }
    const responses = await fire(N, (http, i) =>
      http()
        .post(`${capitalPath(c.coop, 'transfer')}/${transfers[i % 6]}/complete`)
        .set(bearer(c.treasurer))
        .send({ effectiveDate: '2024-03-01' }),
    );
    responses.forEach(expectConforms);
    expect(statusCounts(responses)).toEqual({ 200: 3, 409: 9, 422: 12 });
    expect(problemCodes(responses, 409)).toEqual(['ILLEGAL_TRANSITION']);
    expect(problemCodes(responses, 422)).toEqual(['SHARE_CAP_EXCEEDED']);
    expect(await balanceRow(t, recipient)).toMatchObject({ shares: 20, paid_up: '200.0000', committed_shares: 0 });
    expect(await balanceRow(t, giver)).toMatchObject({ shares: 4, committed_shares: 3 });
    const statuses = await twins.query(
      `SELECT status, count(*)::int AS n FROM capital_requests WHERE id = ANY($1::uuid[]) GROUP BY status ORDER BY status`,
      [transfers],
    );
    expect(statuses).toEqual([
      { status: 'approved', n: 3 },
      { status: 'completed', n: 3 },
    ]);
    expect(
      await count(`SELECT 1 FROM capital_entries WHERE member_id = $1 AND kind = 'transfer_in'`, [recipient]),
    ).toBe(3);
  }, 120_000);

  const membership = once(async () => {
    const t = twins.apps[0];
    const coop = await givenCooperative(t, { name: 'Race Register Coop' });
    const sec = (await givenUser(t, coop, ['secretary'])).accessToken;
    return { t, coop, sec };
  });

  it('membership: concurrent admissions -> distinct member numbers, none skipped, one transition each', async () => {
    const { t, coop, sec } = await membership();
    const next =
      1 + (await count(`SELECT 1 FROM members WHERE cooperative_id = $1 AND member_number IS NOT NULL`, [coop]));
    await givenMemberIn(t, coop, sec, 'active', { name: 'First Founder' }); // takes number `next`
    const applicants: string[] = [];
    for (let i = 0; i < N; i++) applicants.push((await givenApplicant(t, coop, sec, { name: `Applicant ${i}` })).id);
    // Each applicant admitted twice at once, once on each instance: N admissions succeed, N find them admitted.
    const responses = await fire(2 * N, (http, i) =>
      http()
        .post(`${membersPath(coop)}/${applicants[i >> 1]}/admit`)
        .set(bearer(sec))
        .send({ effectiveDate: '2021-03-01' }),
    );
    responses.forEach(expectConforms);
    expect(statusCounts(responses)).toEqual({ 200: N, 409: N });
    expect(problemCodes(responses, 409)).toEqual(['ILLEGAL_TRANSITION']);
    const numbers = responses
      .filter((r) => r.status === 200)
      .map((r) => r.body.memberNumber as number)
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: N }, (_, i) => next + 1 + i));

    const [db] = await twins.query(
      `SELECT count(*)::int AS members, count(DISTINCT member_number)::int AS numbers, min(member_number) AS min,
              max(member_number) AS max,
              (SELECT last_number FROM member_number_counters WHERE cooperative_id = $1) AS counter
         FROM members WHERE cooperative_id = $1 AND id = ANY($2::uuid[])`,
      [coop, applicants],
    );
    expect(db).toEqual({ members: N, numbers: N, min: next + 1, max: next + N, counter: next + N });
    const transitions = await twins.query(
      `SELECT member_id, count(*)::int AS n FROM member_transitions
        WHERE member_id = ANY($1::uuid[]) AND action = 'admit' GROUP BY member_id`,
      [applicants],
    );
    expect(transitions).toHaveLength(N);
    expect(transitions.every((row) => row.n === 1)).toBe(true);
    const admitted = `SELECT 1 FROM audit_log WHERE target_id = ANY($1::text[]) AND action = 'member.admitted'`;
    expect(await count(admitted, [applicants])).toBe(N);
  }, 120_000);

  /** One Idempotency-Key race: the request, the effect it has (a count), the status it answers. */
  interface IdempotentPost {
    send: (http: TestApp['http']) => Test;
    effect: () => Promise<number>;
    status: number;
    /** Response fields given once, never replayed (a secret ballot's receipt code). */
    unstored?: string[];
  }
  const idempotentPosts: [string, () => Promise<IdempotentPost>][] = [
    [
      'share payment',
      async () => {
        const { t, c } = await capital();
        const member = await givenCapitalMember(t, c, { shares: 4 });
        return {
          send: (http) =>
            http()
              .post(`${coopPath(c.coop)}/share-payments`)
              .set(bearer(c.treasurer))
              .send({ memberId: member, amount: '15.00', effectiveDate: '2023-08-01' }),
          effect: () => count(`SELECT 1 FROM capital_entries WHERE member_id = $1 AND kind = 'payment'`, [member]),
          status: 201,
        };
      },
    ],
    [
      'share subscription',
      async () => {
        const { t, c } = await capital();
        const member = await givenCapitalMember(t, c, { shares: 1 });
        return {
          send: (http) =>
            http()
              .post(`${coopPath(c.coop)}/share-subscriptions`)
              .set(bearer(c.treasurer))
              .send({ memberId: member, shares: 2, effectiveDate: '2023-08-01' }),
          effect: () => count(`SELECT 1 FROM capital_entries WHERE member_id = $1 AND kind = 'subscription'`, [member]),
          status: 201,
        };
      },
    ],
    [
      'fund donation',
      async () => {
        const { c } = await credit();
        const donor = `Donor ${randomUUID()}`;
        return {
          send: (http) =>
            http()
              .post(`${fundPath(c.coop)}/donations`)
              .set(bearer(c.treasurer.accessToken))
              .send({ amount: '75.00', receivedOn: '2025-01-03', donor }),
          effect: () =>
            count(
              `SELECT 1 FROM credit_fund_entries WHERE cooperative_id = $1 AND kind = 'donation' AND description = $2`,
              [c.coop, `Donation from ${donor}`],
            ),
          status: 200,
        };
      },
    ],
    [
      'fund contribution',
      async () => {
        const { t, c } = await credit();
        const member = await creditMember(t, c, 'Constancia Contribuyente');
        return {
          send: (http) =>
            http()
              .post(`${fundPath(c.coop)}/contributions`)
              .set(bearer(c.treasurer.accessToken))
              .send({ memberId: member.id, amount: '20.00', contributedOn: '2025-01-03' }),
          effect: () =>
            count(`SELECT 1 FROM credit_fund_entries WHERE kind = 'contribution' AND member_id = $1`, [member.id]),
          status: 200,
        };
      },
    ],
    [
      'loan disbursement',
      async () => {
        const { t, c } = await credit();
        const member = await creditMember(t, c, 'Dora Desembolso');
        await givenContribution(t, c, member.id, '100.00');
        const loan = await givenApprovedLoan(t, c, member.id, { amount: '300.00', termMonths: 6 });
        await givenFundBalance(t, c, '300.00');
        return {
          send: (http) =>
            http()
              .post(`${loansPath(c.coop)}/${loan.id}/disburse`)
              .set(bearer(c.treasurer.accessToken))
              .send({ disbursedOn: '2025-01-15' }),
          effect: () =>
            count(`SELECT 1 FROM credit_fund_entries WHERE kind = 'disbursement' AND loan_id = $1`, [loan.id]),
          status: 200,
        };
      },
    ],
    [
      'loan repayment',
      async () => {
        const { t, c } = await credit();
        const member = await creditMember(t, c, 'Ramona Repago');
        await givenContribution(t, c, member.id, '100.00');
        await givenFundBalance(t, c, '300.00');
        const loan = await givenDisbursedLoan(t, c, member.id, { amount: '300.00', termMonths: 6 });
        return {
          send: (http) =>
            http()
              .post(`${loansPath(c.coop)}/${loan.id}/repayments`)
              .set(bearer(c.treasurer.accessToken))
              .send({ amount: '50.00', paidOn: '2025-02-15' }),
          effect: () => count(`SELECT 1 FROM loan_repayments WHERE loan_id = $1`, [loan.id]),
          status: 200,
        };
      },
    ],
    [
      'vote (secret ballot)',
      async () => {
        const g = await governance();
        const ballotId = await g.openBallot();
        return {
          send: (http) =>
            http()
              .post(`${ballotsPath(g.coop)}/${ballotId}/votes`)
              .set(bearer(g.holder.token))
              .send({ selection: 'yes' }),
          effect: () => count(`SELECT 1 FROM ballot_participations WHERE ballot_id = $1`, [ballotId]),
          status: 201,
          unstored: ['receiptCode'],
        };
      },
    ],
    [
      'admission',
      async () => {
        const { t, coop, sec } = await membership();
        const applicant = await givenApplicant(t, coop, sec, { name: 'Idem Potente' });
        return {
          send: (http) =>
            http()
              .post(`${membersPath(coop)}/${applicant.id}/admit`)
              .set(bearer(sec))
              .send({ effectiveDate: '2021-03-01' }),
          effect: () => count(`SELECT 1 FROM member_transitions WHERE member_id = $1`, [applicant.id]),
          status: 200,
        };
      },
    ],
  ];

  it.each(idempotentPosts)(
    'money and vote POSTs, %s: the same Idempotency-Key fired N times across both instances -> one effect; the others replay it or get 409, then replay',
    async (name, prepare) => {
      const { send, effect, status, unstored = [] } = await prepare();
      const before = await effect();
      const key = `race-${name.replace(/\W+/g, '-')}-${randomUUID()}`;
      const responses = await fire(N, (http) => send(http).set('Idempotency-Key', key));
      responses.forEach(expectConforms);
      const { first, replays } = await settleIdempotentBurst(responses, status, () =>
        send(twins.apps[0].http).set('Idempotency-Key', key),
      );
      expect(await effect()).toBe(before + 1);
      expect(replays).toHaveLength(N - 1);
      const stored = (body: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(body).filter(([field]) => !unstored.includes(field)));
      for (const res of replays) expect(stored(res.body)).toEqual(stored(first.body));
      for (const field of unstored) {
        expect(first.body[field]).toEqual(expect.any(String));
        expect(replays.filter((r) => field in r.body)).toEqual([]);
      }
      expect(await count(`SELECT 1 FROM idempotency_records WHERE key = $1`, [key])).toBe(1);
    },
    120_000,
  );
});
