/**
 * The fund's ledger and balance: contributions, donations and surplus allocations come in, disbursements go out,
 * never below zero under any concurrency; the ledger is append-only and its sum is the balance.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CreditFundService } from '../../src/credit-fund/credit-fund.service.js';
import { invariants } from '../../src/credit-fund/credit-fund.invariants.js';
import { brokenAfter } from '../support/invariants.js';
import { TransactionHelper } from '../../src/database/transaction.js';
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
  givenFundBalance,
  loansPath,
} from '../support/credit-fund.factories.js';
import { givenMemberIn } from '../support/member-factories.js';
import type { TestApp } from '../support/test-app.js';
import { startConformingApp } from '../support/contract.js';
import { systemContext } from '../../src/common/context/request-context.js';
import { settleIdempotentBurst } from '../support/idempotency.js';

describe('the fund', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startConformingApp();
  }, 60_000);
  afterAll(() => t.close());

  describe('50 concurrent disbursements racing for a fund that can pay 10', () => {
    let c: CreditCoop;
    let loanIds: string[];

    beforeAll(async () => {
      // 50 members each contribute 40.00 (2,000.00 in all) and are approved for 250.00; a donation of 600.00
      // brings the fund to 2,600.00: ten loans (2,500.00) fit, the eleventh does not.
      c = await givenCreditCoop(t, { loanCeilingMultiple: '10', loanInterestRatePercent: '0' });
      loanIds = [];
      for (let batch = 0; batch < 5; batch++) {
        const ids = await Promise.all(
          Array.from({ length: 10 }, async (_, i) => {
            const member = await givenActiveMember(t, c, `Racer ${batch * 10 + i}`);
            await givenContribution(t, c, member.id, '40.00');
            return (await givenApprovedLoan(t, c, member.id, { amount: '250.00', termMonths: 10 })).id;
          }),
        );
        loanIds.push(...ids);
      }
      await givenFundBalance(t, c, '600.00');
    }, 120_000);

    it('exactly 10 succeed, the 40 others get INSUFFICIENT_FUND_BALANCE, and the balance ends at exactly 100.00', async () => {
      const treasurer = as(t, c.treasurer.accessToken);
      const results = await Promise.all(
        loanIds.map((id) => treasurer.post(`${loansPath(c.coop)}/${id}/disburse`, { disbursedOn: '2025-01-15' })),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(10);
      expect(results.filter((r) => r.status === 409 && r.body.code === 'INSUFFICIENT_FUND_BALANCE')).toHaveLength(40);

      const fund = expectStatus(await as(t, c.board.accessToken).get(fundPath(c.coop)), 200).body;
      expect(fund).toMatchObject({ balance: '100.00', loansOutstanding: '2500.00' });
      expect(fund.totals).toMatchObject({ contributions: '2000.00', donations: '600.00', disbursements: '2500.00' });

      const [ledger] = await t.query(
        `SELECT count(*) FILTER (WHERE kind = 'disbursement')::int AS disbursements, min(balance_after)::text AS lowest,
                (array_agg(balance_after ORDER BY id DESC))[1]::text AS last
           FROM credit_fund_entries WHERE cooperative_id = $1`,
        [c.coop],
      );
      expect(ledger).toEqual({ disbursements: 10, lowest: '40.0000', last: '100.0000' });
      const byStatus = await t.query(
        `SELECT status, count(DISTINCT l.id)::int AS n, count(DISTINCT i.loan_id)::int AS scheduled FROM loans l
           LEFT JOIN loan_instalments i ON i.cooperative_id = l.cooperative_id AND i.loan_id = l.id
          WHERE l.cooperative_id = $1 GROUP BY status ORDER BY status`,
        [c.coop],
      );
      expect(byStatus).toEqual([
        { status: 'approved', n: 40, scheduled: 0 },
        { status: 'disbursed', n: 10, scheduled: 10 },
      ]);
      await expectInvariants(t);
    });

    it('a refused disbursement leaves the loan approved; it goes through once money comes in', async () => {
      const [waiting] = await t.query<{ id: string }>(
        `SELECT id FROM loans WHERE cooperative_id = $1 AND status = 'approved' LIMIT 1`,
        [c.coop],
      );
      await givenFundBalance(t, c, '150.00', '2025-01-20');
      const res = await as(t, c.treasurer.accessToken).post(`${loansPath(c.coop)}/${waiting.id}/disburse`, {
        disbursedOn: '2025-01-20',
      });
      expect([res.status, res.body.status]).toEqual([200, 'disbursed']);
      expect((await as(t, c.board.accessToken).get(fundPath(c.coop))).body.balance).toBe('0.00');
      const again = await as(t, c.treasurer.accessToken).post(`${loansPath(c.coop)}/${waiting.id}/disburse`, {
        disbursedOn: '2025-01-20',
      });
      expectProblem(again, 409, 'ILLEGAL_TRANSITION');
      await expectInvariants(t);
    });
  });

  describe('the ledger', () => {
    let c: CreditCoop;

    beforeAll(async () => {
      c = await givenCreditCoop(t);
    }, 60_000);

    it('posts contributions and donations with the running balance, in posting order', async () => {
      const member = await givenActiveMember(t, c, 'Contribuyente');
      await givenContribution(t, c, member.id, '25.50', '2025-01-05');
      await givenFundBalance(t, c, '1000.00', '2025-01-06');
      const res = expectStatus(await as(t, c.board.accessToken).get(`${fundPath(c.coop)}/entries`), 200);
      expect(
        res.body.items.map((e: Record<string, unknown>) => [e.kind, e.amount, e.balanceAfter, e.valueDate, e.memberId]),
      ).toEqual([
        ['contribution', '25.50', '25.50', '2025-01-05', member.id],
        ['donation', '1000.00', '1025.50', '2025-01-06', null],
      ]);
      expect(res.body.items[1].description).toBe('Donation from Donor');
      const audit = await t.query(
        `SELECT action, target_type, summary->>'amount' AS amount FROM audit_log WHERE cooperative_id = $1
           AND action LIKE 'credit_fund.%' ORDER BY id`,
        [c.coop],
      );
      expect(audit).toEqual([
        { action: 'credit_fund.contribution_posted', target_type: 'member', amount: '25.50' },
        { action: 'credit_fund.donation_posted', target_type: 'credit_fund', amount: '1000.00' },
      ]);
    });

    it('refuses amounts finer than the currency, zero, negative, and contributions from non-members', async () => {
      const treasurer = as(t, c.treasurer.accessToken);
      const member = await givenActiveMember(t, c);
      const post = (body: object) => treasurer.post(`${fundPath(c.coop)}/contributions`, body);
      const ok = { memberId: member.id, amount: '10.00', contributedOn: '2025-01-05' };
      for (const amount of ['10.001', '0', '0.00', '-5.00', '1e3', 10]) {
        expectProblem(await post({ ...ok, amount }), 400, 'VALIDATION_FAILED');
      }
      expectProblem(await post({ ...ok, contributedOn: '2999-01-01' }), 400, 'VALIDATION_FAILED');
      expectProblem(await post({ ...ok, memberId: randomUUID() }), 404, 'MEMBER_NOT_FOUND');
      const ceased = await givenMemberIn(t, c.coop, c.secretary.accessToken, 'ceased');
      expectProblem(await post({ ...ok, memberId: ceased.id }), 409, 'MEMBER_NOT_ACTIVE');
      const suspended = await givenMemberIn(t, c.coop, c.secretary.accessToken, 'suspended');
      expect((await post({ ...ok, memberId: suspended.id })).status).toBe(200);
    });

    it('an Idempotency-Key retry of a donation posts it once and replays the response', async () => {
      const treasurer = as(t, c.treasurer.accessToken);
      const before = (await treasurer.get(fundPath(c.coop))).body.balance as string;
      const body = { amount: '70.00', receivedOn: '2025-01-07', donor: 'Cooperativa hermana' };
      const send = () =>
        t
          .http()
          .post(`${fundPath(c.coop)}/donations`)
          .auth(c.treasurer.accessToken, { type: 'bearer' })
          .set('Idempotency-Key', 'donation-70')
          .send(body);
      const { first, replays } = await settleIdempotentBurst(await Promise.all([send(), send()]), 200, send);
      expect(replays.map((r) => r.body)).toEqual([first.body]);
      const after = (await treasurer.get(fundPath(c.coop))).body.balance as string;
      expect(Number(after) - Number(before)).toBeCloseTo(70, 10);
      const reused = await t
        .http()
        .post(`${fundPath(c.coop)}/donations`)
        .auth(c.treasurer.accessToken, { type: 'bearer' })
        .set('Idempotency-Key', 'donation-70')
        .send({ ...body, amount: '71.00' });
      expectProblem(reused, 422, 'IDEMPOTENCY_KEY_REUSED');
    });

    it('is append-only in the database, and the balance cannot go below zero even by hand', async () => {
      const db = await new DataSource({ type: 'postgres', url: t.databaseUrl }).initialize();
      try {
        await expect(db.query(`UPDATE credit_fund_entries SET amount = 1`)).rejects.toThrow('append-only');
        await expect(db.query(`DELETE FROM credit_fund_entries`)).rejects.toThrow('append-only');
        await expect(db.query(`DELETE FROM credit_fund_contributions`)).rejects.toThrow('append-only');
        await expect(db.query(`DELETE FROM credit_funds`)).rejects.toThrow('never deleted');
        await expect(
          db.query(`UPDATE credit_funds SET balance = -0.01 WHERE cooperative_id = $1`, [c.coop]),
        ).rejects.toThrow('ck_credit_funds_balance');
      } finally {
        await db.destroy();
      }
      await expectInvariants(t);
    });
  });

  describe('the invariants', () => {
    it('find books broken behind the API’s back (each query can fail)', async () => {
      const c = await givenCreditCoop(t, { loanInterestRatePercent: '12' });
      await givenFundBalance(t, c, '2000.00');
      const member = await givenActiveMember(t, c);
      await givenContribution(t, c, member.id, '500.00');
      const loan = await givenApprovedLoan(t, c, member.id, { amount: '1000.00', termMonths: 12 });
      expectStatus(
        await as(t, c.treasurer.accessToken).post(`${loansPath(c.coop)}/${loan.id}/disburse`, {
          disbursedOn: '2025-01-15',
        }),
        200,
      );
      await expectInvariants(t);
      const broken = await brokenAfter(t.databaseUrl, invariants, async (client) => {
        await client.query(`UPDATE credit_funds SET balance = balance + 1 WHERE cooperative_id = $1`, [c.coop]);
        await client.query(`UPDATE loan_instalments SET principal = principal + 1 WHERE loan_id = $1 AND number = 1`, [
          loan.id,
        ]);
        await client.query(`UPDATE loans SET principal_repaid = 1 WHERE id = $1`, [loan.id]);
      });
      expect(broken).toEqual([
        'credit-fund.balance-equals-ledger',
        'credit-fund.schedule-sums-to-principal',
        'credit-fund.loan-totals-match-instalments',
        'credit-fund.loan-matches-ledger',
      ]);
      await expectInvariants(t);
    });
  });

  describe('contribution plans and statements', () => {
    let c: CreditCoop;

    beforeAll(async () => {
      c = await givenCreditCoop(t);
    }, 60_000);

    it('a monthly plan: due, paid and outstanding to a day; one-off contributions count in the total', async () => {
      const treasurer = as(t, c.treasurer.accessToken);
      const member = await givenActiveMember(t, c, 'Plan Mensual');
      const plan = expectStatus(
        await treasurer.post(`${fundPath(c.coop)}/contribution-plans`, {
          memberId: member.id,
          amount: '10.00',
          frequency: 'monthly',
          startsOn: '2025-01-31',
        }),
        200,
      ).body;
      for (const on of ['2025-01-31', '2025-02-28', '2025-04-02']) {
        expectStatus(
          await treasurer.post(`${fundPath(c.coop)}/contributions`, {
            memberId: member.id,
            amount: '10.00',
            contributedOn: on,
            planId: plan.id,
          }),
          200,
        );
      }
      await givenContribution(t, c, member.id, '5.25', '2025-03-10');
      const statement = expectStatus(
        await treasurer.get(`${fundPath(c.coop)}/members/${member.id}/contribution-statement?asOf=2025-04-30`),
        200,
      ).body;
      // Due 01-31, 02-28, 03-31, 04-30: 40.00; paid under the plan 30.00.
      expect(statement).toMatchObject({
        memberId: member.id,
        asOf: '2025-04-30',
        currency: 'EUR',
        total: '35.25',
        count: 4,
        lastContributionOn: '2025-04-02',
      });
      expect(statement.plans).toEqual([
        expect.objectContaining({
          id: plan.id,
          dueCount: 4,
          dueAmount: '40.00',
          paidAmount: '30.00',
          outstanding: '10.00',
          nextDueOn: '2025-05-31',
        }),
      ]);
      const early = (
        await treasurer.get(`${fundPath(c.coop)}/members/${member.id}/contribution-statement?asOf=2025-03-01`)
      ).body;
      expect(early).toMatchObject({ total: '20.00', count: 2 });
      expect(early.plans[0]).toMatchObject({ dueCount: 2, outstanding: '0.00' });

      const ended = expectStatus(
        await treasurer.post(`${fundPath(c.coop)}/contribution-plans/${plan.id}/end`, { endsOn: '2025-04-30' }),
        200,
      ).body;
      expect(ended.endsOn).toBe('2025-04-30');
      expectProblem(
        await treasurer.post(`${fundPath(c.coop)}/contribution-plans/${plan.id}/end`, { endsOn: '2025-06-30' }),
        409,
        'ILLEGAL_TRANSITION',
      );
      const later = (
        await treasurer.get(`${fundPath(c.coop)}/members/${member.id}/contribution-statement?asOf=2026-01-01`)
      ).body;
      expect(later.plans[0]).toMatchObject({ dueCount: 4, outstanding: '10.00', nextDueOn: null });
    });

    it("a plan of another member cannot carry someone's contribution", async () => {
      const [a, b] = [await givenActiveMember(t, c, 'A'), await givenActiveMember(t, c, 'B')];
      const plan = expectStatus(
        await as(t, c.treasurer.accessToken).post(`${fundPath(c.coop)}/contribution-plans`, {
          memberId: a.id,
          amount: '5.00',
          frequency: 'quarterly',
          startsOn: '2025-01-01',
        }),
        200,
      ).body;
      const res = await as(t, c.treasurer.accessToken).post(`${fundPath(c.coop)}/contributions`, {
        memberId: b.id,
        amount: '5.00',
        contributedOn: '2025-01-01',
        planId: plan.id,
      });
      expect([res.status, res.body.errors]).toEqual([
        400,
        [{ field: 'planId', message: 'planId is a plan of another member' }],
      ]);
    });

    it('a statement whose next due date would fall after the year 9999 is an invalid date, not a 500', async () => {
      const treasurer = as(t, c.treasurer.accessToken);
      const member = await givenActiveMember(t, c, 'Plan sin fin');
      const plan = { memberId: member.id, amount: '5.00', frequency: 'monthly', startsOn: '9999-12-15' };
      expectStatus(await treasurer.post(`${fundPath(c.coop)}/contribution-plans`, plan), 200);
      const statement = (asOf: string) =>
        treasurer.get(`${fundPath(c.coop)}/members/${member.id}/contribution-statement?asOf=${asOf}`);
      expect(expectStatus(await statement('9999-12-14'), 200).body.plans).toEqual([]);
      expectProblem(await statement('9999-12-31'), 400, 'INVALID_DATE');
    });
  });

  describe('surplus allocations (called by the surplus module inside its transaction)', () => {
    it('posts once per source, joins the caller’s transaction and rolls back with it', async () => {
      const c = await givenCreditCoop(t);
      const service = t.app.get(CreditFundService);
      const tx = t.app.get(TransactionHelper);
      const source = randomUUID();
      const post = (amount: string) =>
        tx.run(systemContext(), (ctx) =>
          service.postSurplusAllocation(ctx, {
            cooperativeId: c.coop,
            amount,
            valueDate: '2025-03-31',
            sourceId: source,
            description: 'Community fund share of the 2024 surplus',
          }),
        );
      const first = await post('1234.56');
      expect(first).toMatchObject({
        kind: 'surplus_allocation',
        amount: '1234.56',
        balanceAfter: '1234.56',
        externalRef: source,
      });
      expect(await post('1234.56')).toEqual(first);
      await expect(post('1000.00')).rejects.toMatchObject({ code: 'CONFLICT' });

      // The caller's transaction fails after the allocation: nothing stays.
      await expect(
        tx.run(systemContext(), async (ctx) => {
          await service.postSurplusAllocation(ctx, {
            cooperativeId: c.coop,
            amount: '10.00',
            valueDate: '2025-03-31',
            sourceId: randomUUID(),
          });
          throw new Error('the distribution failed later');
        }),
      ).rejects.toThrow('the distribution failed later');
      const fund = (await as(t, c.board.accessToken).get(fundPath(c.coop))).body;
      expect(fund).toMatchObject({ balance: '1234.56', totals: { surplusAllocations: '1234.56' } });
      const audit = await t.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'credit_fund.surplus_allocation_posted' AND cooperative_id = $1`,
        [c.coop],
      );
      expect(audit).toEqual([{ n: 1 }]);
      await expectInvariants(t);
    });
  });
});
