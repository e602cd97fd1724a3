/**
 * Who sees and does what in the credit fund: a member sees only their own loans and contributions (any other loan
 * is 404); the treasurer posts money, the committee decides, the board reads; API keys by credit:read and
 * credit:write; cooperatives never see each other's loans.
 */
import { randomUUID } from 'node:crypto';
import type { LoggedIn } from '../support/factories.js';
import { givenApiKey, givenUser } from '../support/factories.js';
import type { MemberBody } from '../support/member-factories.js';
import {
  as,
  type CreditCoop,
  expectInvariants,
  expectProblem,
  expectStatus,
  fundPath,
  givenActiveMember,
  givenApprovedLoan,
  givenContribution,
  givenCreditCoop,
  givenDisbursedLoan,
  givenFundBalance,
  givenMemberAccount,
  loansPath,
} from '../support/credit-fund.factories.js';
import type { TestApp } from '../support/test-app.js';
import { settleIdempotentBurst } from '../support/idempotency.js';
import { startConformingApp } from '../support/contract.js';

describe('access to the credit fund', () => {
  let t: TestApp;
  let a: CreditCoop;
  let b: CreditCoop;
  let marta: MemberBody;
  let mario: MemberBody;
  let martaUser: LoggedIn;
  let martaLoan: string;
  let marioLoan: string;
  let bLoan: string;

  beforeAll(async () => {
    t = await startConformingApp();
    [a, b] = [await givenCreditCoop(t, { maxLoansPerMember: 3 }), await givenCreditCoop(t)];
    await givenFundBalance(t, a, '5000.00');
    await givenFundBalance(t, b, '5000.00');
    marta = await givenActiveMember(t, a, 'Marta Uno');
    mario = await givenActiveMember(t, a, 'Mario Dos');
    await givenContribution(t, a, marta.id, '200.00');
    await givenContribution(t, a, mario.id, '200.00');
    martaLoan = (await givenDisbursedLoan(t, a, marta.id, { amount: '300.00', termMonths: 3 })).id;
    marioLoan = (await givenDisbursedLoan(t, a, mario.id, { amount: '300.00', termMonths: 3 })).id;
    const beatriz = await givenActiveMember(t, b, 'Beatriz B');
    await givenContribution(t, b, beatriz.id, '200.00');
    bLoan = (await givenApprovedLoan(t, b, beatriz.id, { amount: '100.00', termMonths: 3 })).id;
    martaUser = await givenMemberAccount(t, a, marta, 'marta.uno@example.org');
  }, 60_000);
  afterAll(() => t.close());

  describe('a member', () => {
    it('reads their own loans, schedule, repayments, arrears and quote', async () => {
      const me = as(t, martaUser.accessToken);
      const mine = expectStatus(await me.get(`${fundPath(a.coop)}/me/loans`), 200).body;
      expect(mine.items.map((l: { id: string }) => l.id)).toEqual([martaLoan]);
      for (const suffix of [
        '',
        '/instalments',
        '/repayments',
        '/arrears?asOf=2025-03-01',
        '/settlement-quote?asOf=2025-03-01',
      ]) {
        expect((await me.get(`${loansPath(a.coop)}/${martaLoan}${suffix}`)).status).toBe(200);
      }
    });

    it("gets 404 for another member's loan, on every loan route, exactly as for a loan that does not exist", async () => {
      const me = as(t, martaUser.accessToken);
      for (const id of [marioLoan, randomUUID()]) {
        for (const suffix of ['', '/instalments', '/repayments', '/arrears', '/settlement-quote?asOf=2025-03-01']) {
          expectProblem(await me.get(`${loansPath(a.coop)}/${id}${suffix}`), 404, 'LOAN_NOT_FOUND');
        }
      }
    });

    it('cannot list loans, read the fund, another member’s statement, nor post or decide anything', async () => {
      const me = as(t, martaUser.accessToken);
      for (const path of [
        loansPath(a.coop),
        fundPath(a.coop),
        `${fundPath(a.coop)}/entries`,
        `${fundPath(a.coop)}/portfolio`,
        `${fundPath(a.coop)}/arrears`,
        `${fundPath(a.coop)}/contributions`,
        `${fundPath(a.coop)}/members/${mario.id}/contribution-statement`,
      ]) {
        expectProblem(await me.get(path), 403, 'FORBIDDEN');
      }
      for (const [path, body] of [
        [`${loansPath(a.coop)}/${martaLoan}/repayments`, { amount: '1.00', paidOn: '2025-03-01' }],
        [`${loansPath(a.coop)}/${martaLoan}/write-off`, { writtenOffOn: '2025-03-01', reason: 'x' }],
        [`${fundPath(a.coop)}/contributions`, { memberId: marta.id, amount: '1.00', contributedOn: '2025-03-01' }],
        [loansPath(a.coop), { memberId: marta.id, amount: '1.00', purpose: 'x', termMonths: 1, method: 'flat' }],
      ] as const) {
        expectProblem(await me.post(path, body), 403, 'FORBIDDEN');
      }
    });

    it('applies for a loan for themself; an Idempotency-Key retry applies once', async () => {
      const send = () =>
        t
          .http()
          .post(`${fundPath(a.coop)}/me/loans`)
          .auth(martaUser.accessToken, { type: 'bearer' })
          .set('Idempotency-Key', 'marta-second-loan')
          .send({ amount: '250.00', purpose: 'Seeds', termMonths: 6, method: 'equal_principal' });
      const { first, replays } = await settleIdempotentBurst(await Promise.all([send(), send()]), 201, send);
      expect(replays.map((r) => r.body)).toEqual([first.body]);
      // The replay says where the loan is, as the first answer did.
      expect([first, ...replays].map((r) => r.headers.location)).toEqual([
        `${loansPath(a.coop)}/${first.body.id}`,
        `${loansPath(a.coop)}/${first.body.id}`,
      ]);
      expect(first.body).toMatchObject({ memberId: marta.id, status: 'applied', principal: '250.00' });
      const mine = (await as(t, martaUser.accessToken).get(`${fundPath(a.coop)}/me/loans`)).body.items;
      expect(mine).toHaveLength(2);
      const [audit] = await t.query(`SELECT summary->>'by' AS by FROM audit_log WHERE target_id = $1`, [first.body.id]);
      expect(audit).toEqual({ by: 'member' });
    });

    it('reads their own contributions and statement', async () => {
      const me = as(t, martaUser.accessToken);
      const list = expectStatus(await me.get(`${fundPath(a.coop)}/me/contributions`), 200).body;
      expect(list.items.map((c: { amount: string; memberId: string }) => [c.memberId, c.amount])).toEqual([
        [marta.id, '200.00'],
      ]);
      const statement = expectStatus(
        await me.get(`${fundPath(a.coop)}/me/contribution-statement?asOf=2025-01-01`),
        200,
      ).body;
      expect(statement).toMatchObject({ memberId: marta.id, total: '200.00', count: 1 });
    });
  });

  describe('roles', () => {
    it('the board reads everything and changes nothing', async () => {
      const board = as(t, a.board.accessToken);
      for (const path of [
        fundPath(a.coop),
        loansPath(a.coop),
        `${loansPath(a.coop)}/${marioLoan}`,
        `${fundPath(a.coop)}/portfolio`,
      ]) {
        expect((await board.get(path)).status).toBe(200);
      }
      expectProblem(
        await board.post(`${fundPath(a.coop)}/donations`, { amount: '1.00', receivedOn: '2025-01-01', donor: 'x' }),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await board.post(`${loansPath(a.coop)}/${marioLoan}/write-off`, { writtenOffOn: '2025-03-01', reason: 'x' }),
        403,
        'FORBIDDEN',
      );
    });

    it('the treasurer does not decide, the committee does not post money, secretary and admin see nothing', async () => {
      const member = await givenActiveMember(t, a, 'Tercera');
      await givenContribution(t, a, member.id, '100.00');
      const approved = await givenApprovedLoan(t, a, member.id, { amount: '50.00', termMonths: 2 });
      expectProblem(
        await as(t, a.treasurer.accessToken).post(`${loansPath(a.coop)}/${approved.id}/reject`, { reason: 'x' }),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await as(t, a.committee.accessToken).post(`${loansPath(a.coop)}/${approved.id}/disburse`, {
          disbursedOn: '2025-01-15',
        }),
        403,
        'FORBIDDEN',
      );
      const admin = await givenUser(t, a.coop, ['admin']);
      for (const user of [a.secretary, admin]) {
        expectProblem(await as(t, user.accessToken).get(fundPath(a.coop)), 403, 'FORBIDDEN');
        expectProblem(await as(t, user.accessToken).get(`${loansPath(a.coop)}/${marioLoan}`), 403, 'FORBIDDEN');
      }
    });

    it('an officer may not post their own contribution', async () => {
      const treasurerMember = await givenActiveMember(t, a, 'Tesorera Socia');
      // The treasurer's account becomes this member's (an existing account is linked with its own password).
      const invited = await as(t, a.secretary.accessToken).post(
        `/v1/cooperatives/${a.coop}/members/${treasurerMember.id}/invitations`,
        {
          email: a.treasurer.email,
        },
      );
      await t
        .http()
        .post(`/v1/cooperatives/${a.coop}/member-invitations/accept`)
        .send({ token: invited.body.token, password: a.treasurer.password })
        .expect(200);
      const res = await as(t, a.treasurer.accessToken).post(`${fundPath(a.coop)}/contributions`, {
        memberId: treasurerMember.id,
        amount: '1000.00',
        contributedOn: '2025-01-01',
      });
      expectProblem(res, 403, 'CONFLICT_OF_INTEREST');
    });
  });

  describe('API keys', () => {
    it('credit:read reads, credit:write writes, neither opens self-service; other scopes get nothing', async () => {
      const reader = await givenApiKey(t, a.coop, ['credit:read']);
      const writer = await givenApiKey(t, a.coop, ['credit:write']);
      const other = await givenApiKey(t, a.coop, ['members:read']);
      const withKey = (key: string) => ({
        get: (path: string) => t.http().get(path).set('X-API-Key', key),
        post: (path: string, body: object) => t.http().post(path).set('X-API-Key', key).send(body),
      });
      expect((await withKey(reader).get(`${loansPath(a.coop)}/${marioLoan}`)).status).toBe(200);
      expect((await withKey(reader).get(fundPath(a.coop))).status).toBe(200);
      const donation = { amount: '1.00', receivedOn: '2025-01-01', donor: 'App' };
      expectProblem(await withKey(reader).post(`${fundPath(a.coop)}/donations`, donation), 403, 'FORBIDDEN');
      expect((await withKey(writer).post(`${fundPath(a.coop)}/donations`, donation)).status).toBe(200);
      expectProblem(await withKey(other).get(fundPath(a.coop)), 403, 'FORBIDDEN');
      expectProblem(await withKey(reader).get(`${fundPath(a.coop)}/me/loans`), 403, 'FORBIDDEN');
      expectProblem(await withKey(reader).get(`${loansPath(b.coop)}/${bLoan}`), 404, 'COOPERATIVE_NOT_FOUND');
    });
  });

  describe('between cooperatives', () => {
    it("A's staff asking A's routes for B's loan or member get 404, and nothing changes", async () => {
      const treasurer = as(t, a.treasurer.accessToken);
      expectProblem(await treasurer.get(`${loansPath(a.coop)}/${bLoan}`), 404, 'LOAN_NOT_FOUND');
      expectProblem(
        await treasurer.post(`${loansPath(a.coop)}/${bLoan}/disburse`, { disbursedOn: '2025-01-15' }),
        404,
        'LOAN_NOT_FOUND',
      );
      expectProblem(
        await as(t, a.committee.accessToken).post(`${loansPath(a.coop)}/${bLoan}/reject`, { reason: 'x' }),
        404,
        'LOAN_NOT_FOUND',
      );
      const [beatriz] = await t.query<{ member_id: string }>(`SELECT member_id FROM loans WHERE id = $1`, [bLoan]);
      expectProblem(
        await treasurer.post(`${fundPath(a.coop)}/contributions`, {
          memberId: beatriz.member_id,
          amount: '1.00',
          contributedOn: '2025-01-01',
        }),
        404,
        'MEMBER_NOT_FOUND',
      );
      const withForeignGuarantor = await treasurer.post(loansPath(a.coop), {
        memberId: mario.id,
        amount: '10.00',
        purpose: 'x',
        termMonths: 1,
        method: 'flat',
        guarantors: [{ memberId: beatriz.member_id, amount: '10.00' }],
      });
      expectProblem(withForeignGuarantor, 422, 'GUARANTOR_NOT_ELIGIBLE');
      expect((await as(t, b.board.accessToken).get(`${loansPath(b.coop)}/${bLoan}`)).body.status).toBe('approved');
    });

    it("A's staff on B's routes get 404 COOPERATIVE_NOT_FOUND", async () => {
      const treasurer = as(t, a.treasurer.accessToken);
      for (const res of [
        await treasurer.get(fundPath(b.coop)),
        await treasurer.get(`${loansPath(b.coop)}/${bLoan}`),
        await treasurer.post(`${loansPath(b.coop)}/${bLoan}/disburse`, { disbursedOn: '2025-01-15' }),
        await treasurer.post(`${fundPath(b.coop)}/donations`, { amount: '1.00', receivedOn: '2025-01-01', donor: 'x' }),
      ]) {
        expectProblem(res, 404, 'COOPERATIVE_NOT_FOUND');
      }
      await expectInvariants(t);
    });
  });
});
