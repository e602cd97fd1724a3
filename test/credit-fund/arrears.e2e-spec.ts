/**
 * Arrears and portfolio-at-risk: days past due on given dates, and the set-based SQL (loan-portfolio.service.ts)
 * checked loan by loan against the pure rules (arrears.rules.ts), for days before, between and after repayments.
 */
import { type PortfolioLoan, portfolioAtRisk } from '../../src/credit-fund/arrears.rules.js';
import {
  as,
  type CreditCoop,
  expectInvariants,
  expectStatus,
  fundPath,
  givenActiveMember,
  givenContribution,
  givenCreditCoop,
  givenDisbursedLoan,
  givenFundBalance,
  loansPath,
  repay,
} from '../support/credit-fund.factories.js';
import type { TestApp } from '../support/test-app.js';
import { startConformingApp } from '../support/contract.js';

describe('arrears and portfolio at risk', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startConformingApp();
  }, 60_000);
  afterAll(() => t.close());

  describe('days past due on given dates', () => {
    let c: CreditCoop;
    let loanId: string;
    const arrears = async (asOf: string) =>
      expectStatus(await as(t, c.board.accessToken).get(`${loansPath(c.coop)}/${loanId}/arrears?asOf=${asOf}`), 200)
        .body;

    beforeAll(async () => {
      c = await givenCreditCoop(t, { loanInterestRatePercent: '12' });
      await givenFundBalance(t, c, '5000.00');
      const member = await givenActiveMember(t, c);
      await givenContribution(t, c, member.id, '500.00');
      // #1 2025-02-15 10.00 + 78.85; #2 2025-03-15 9.21 + 79.64; #3 2025-04-15 8.42 + 80.43.
      loanId = (await givenDisbursedLoan(t, c, member.id, { amount: '1000.00', termMonths: 12 })).id;
    }, 60_000);

    it('counts from the day after the oldest unpaid due date', async () => {
      expect(await arrears('2025-02-15')).toMatchObject({
        onBooks: true,
        daysPastDue: 0,
        oldestUnpaidDueOn: null,
        overduePrincipal: '0.00',
        overdueInterest: '0.00',
        outstandingPrincipal: '1000.00',
      });
      expect(await arrears('2025-02-16')).toMatchObject({
        daysPastDue: 1,
        oldestUnpaidDueOn: '2025-02-15',
        overduePrincipal: '78.85',
        overdueInterest: '10.00',
        overdueTotal: '88.85',
      });
      // 2025-02-15 -> 2025-03-20: 13 + 20 = 33 days.
      expect(await arrears('2025-03-20')).toMatchObject({
        daysPastDue: 33,
        overduePrincipal: '158.49',
        overdueInterest: '19.21',
        overdueTotal: '177.70',
      });
      expect((await arrears('2025-01-14')).onBooks).toBe(false);
    });

    it('a payment that settles overdue interest first leaves the oldest instalment unpaid; paying it moves the count', async () => {
      // 88.85 on 2025-03-20: interest #1 10.00 and #2 9.21, then 69.64 of #1's principal (9.21 left).
      expectStatus(await repay(t, c, loanId, '88.85', '2025-03-20'), 200);
      expect(await arrears('2025-03-20')).toMatchObject({
        daysPastDue: 33,
        overduePrincipal: '88.85',
        overdueInterest: '0.00',
      });
      expectStatus(await repay(t, c, loanId, '9.21', '2025-03-21'), 200);
      // #1 settled; #2 (2025-03-15) is now the oldest unpaid: 6 days on 2025-03-21.
      expect(await arrears('2025-03-21')).toMatchObject({
        daysPastDue: 6,
        oldestUnpaidDueOn: '2025-03-15',
        overduePrincipal: '79.64',
        overdueInterest: '0.00',
        outstandingPrincipal: '921.15',
      });
      // A past day still shows what was owed then, although repayments were recorded since.
      expect(await arrears('2025-03-01')).toMatchObject({
        daysPastDue: 14,
        overduePrincipal: '78.85',
        overdueInterest: '10.00',
        outstandingPrincipal: '1000.00',
      });
      const list = expectStatus(
        await as(t, c.board.accessToken).get(`${fundPath(c.coop)}/arrears?asOf=2025-03-01`),
        200,
      ).body;
      expect(list.items).toEqual([
        expect.objectContaining({
          loanId,
          daysPastDue: 14,
          overduePrincipal: '78.85',
          outstandingPrincipal: '1000.00',
        }),
      ]);
    });
  });

  describe('portfolio at risk', () => {
    it('PAR30 and PAR90: whole outstanding principal of loans more than 30 / 90 days late', async () => {
      const c = await givenCreditCoop(t, { loanInterestRatePercent: '0', maxLoansPerMember: 3 });
      await givenFundBalance(t, c, '5000.00');
      const member = await givenActiveMember(t, c);
      await givenContribution(t, c, member.id, '1000.00');
      const loan = (amount: string, disbursedOn: string) =>
        givenDisbursedLoan(t, c, member.id, { amount, termMonths: 3 }, disbursedOn);
      // As of 2025-05-20 (interest-free, three equal instalments):
      await loan('300.00', '2025-04-20'); // A: #1 due today: 0 days.
      await loan('300.00', '2025-03-10'); // B: #1 2025-04-10 unpaid: 40 days; #1 and #2 overdue (200.00).
      const d = await loan('600.00', '2025-02-20'); // D: #1 paid; #2 2025-04-20 unpaid: 30 days, not PAR30.
      expectStatus(await repay(t, c, d.id, '200.00', '2025-03-20'), 200);
      const other = await givenActiveMember(t, c);
      await givenContribution(t, c, other.id, '1000.00');
      // C: all three due (2025-02-10, 03-10, 04-10), none paid: 99 days.
      await givenDisbursedLoan(t, c, other.id, { amount: '300.00', termMonths: 3 }, '2025-01-10');
      const portfolio = expectStatus(
        await as(t, c.board.accessToken).get(`${fundPath(c.coop)}/portfolio?asOf=2025-05-20`),
        200,
      ).body;
      // Outstanding 300 + 300 + 400 + 300 = 1,300.00; PAR30 = B + C = 600.00 (0.461538... -> 0.4615);
      // PAR90 = C = 300.00 (0.230769... -> 0.2308).
      expect(portfolio).toEqual({
        asOf: '2025-05-20',
        currency: 'EUR',
        loanCount: 4,
        outstandingPrincipal: '1300.00',
        par30LoanCount: 2,
        par30Principal: '600.00',
        par30Ratio: '0.4615',
        par90LoanCount: 1,
        par90Principal: '300.00',
        par90Ratio: '0.2308',
      });
      // Before any disbursement: an empty portfolio.
      expect(
        (await as(t, c.board.accessToken).get(`${fundPath(c.coop)}/portfolio?asOf=2025-01-01`)).body,
      ).toMatchObject({
        loanCount: 0,
        outstandingPrincipal: '0.00',
        par30Ratio: '0.0000',
      });
    });
  });

  describe('the SQL agrees with the rules, loan by loan and day by day', () => {
    let c: CreditCoop;
    const loanIds: string[] = [];

    /** A small deterministic generator (mulberry32), so a failure can be replayed. */
    function rng(seed: number) {
      return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
        return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
      };
    }
    const addDays = (iso: string, days: number) =>
      new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

    beforeAll(async () => {
      c = await givenCreditCoop(t, { loanInterestRatePercent: '9.5', loanMaxTermMonths: 24, maxLoansPerMember: 24 });
      await givenFundBalance(t, c, '1000000.00');
      const member = await givenActiveMember(t, c, 'Muchos Préstamos');
      await givenContribution(t, c, member.id, '100000.00');
      const random = rng(20250115);
      const methods = ['annuity', 'equal_principal', 'flat'] as const;
      for (let i = 0; i < 24; i++) {
        const amount = (100 + Math.floor(random() * 4900)).toFixed(2);
        const termMonths = 1 + Math.floor(random() * 18);
        const disbursedOn = addDays('2025-01-10', Math.floor(random() * 170));
        const loan = await givenDisbursedLoan(
          t,
          c,
          member.id,
          { amount, termMonths, method: methods[i % 3] },
          disbursedOn,
        );
        loanIds.push(loan.id);
        let on = disbursedOn;
        const payments = Math.floor(random() * 6);
        for (let p = 0; p < payments; p++) {
          on = addDays(on, 10 + Math.floor(random() * 80));
          const share = Number(amount) / termMonths;
          const paid = (share * (0.3 + random() * 1.5)).toFixed(2);
          const res = await repay(t, c, loan.id, paid, on);
          if (res.status === 409) break; // repaid in full already
          if (res.status !== 200) expect(res.body.code).toBe('REPAYMENT_EXCEEDS_BALANCE');
        }
        if (i % 7 === 3) {
          const when = addDays(on, 20);
          const quote = (
            await as(t, c.board.accessToken).get(`${loansPath(c.coop)}/${loan.id}/settlement-quote?asOf=${when}`)
          ).body;
          if (quote.total) {
            await as(t, c.treasurer.accessToken).post(`${loansPath(c.coop)}/${loan.id}/settle`, {
              amount: quote.total,
              settledOn: when,
            });
          }
        }
        if (i % 7 === 5) {
          await as(t, c.committee.accessToken).post(`${loansPath(c.coop)}/${loan.id}/write-off`, {
            writtenOffOn: addDays(on, 45),
            reason: 'Unrecoverable',
          });
        }
      }
    }, 120_000);

    it.each(['2025-01-09', '2025-02-20', '2025-04-01', '2025-06-15', '2025-09-30', '2026-01-31', '2026-08-01'])(
      'as of %s',
      async (asOf) => {
        const board = as(t, c.board.accessToken);
        const byRules = await Promise.all(
          loanIds.map(
            async (id) => expectStatus(await board.get(`${loansPath(c.coop)}/${id}/arrears?asOf=${asOf}`), 200).body,
          ),
        );
        const onBooks = byRules.filter((r) => r.onBooks).sort((a, b) => (a.loanId < b.loanId ? -1 : 1));
        const bySql = expectStatus(
          await board.get(`${fundPath(c.coop)}/arrears?asOf=${asOf}&minDaysPastDue=0&limit=200`),
          200,
        ).body.items;
        expect(bySql).toEqual(onBooks);

        const expected = portfolioAtRisk(onBooks as PortfolioLoan[], 2);
        const portfolio = expectStatus(await board.get(`${fundPath(c.coop)}/portfolio?asOf=${asOf}`), 200).body;
        expect(portfolio).toMatchObject(expected);
      },
    );

    it('the sample covers loans in arrears, current, repaid early, and written off', async () => {
      const [mix] = await t.query(
        `SELECT count(*) FILTER (WHERE status = 'repaid')::int AS repaid,
                count(*) FILTER (WHERE status = 'written_off')::int AS written_off,
                count(*) FILTER (WHERE status = 'disbursed')::int AS open,
                count(*) FILTER (WHERE interest_waived > 0)::int AS settled
           FROM loans WHERE cooperative_id = $1`,
        [c.coop],
      );
      expect(mix.repaid).toBeGreaterThan(0);
      expect(mix.written_off).toBeGreaterThan(0);
      expect(mix.open).toBeGreaterThan(0);
      expect(mix.settled).toBeGreaterThan(0);
      const late = (
        await as(t, c.board.accessToken).get(`${fundPath(c.coop)}/arrears?asOf=2025-09-30&minDaysPastDue=31`)
      ).body.items;
      expect(late.length).toBeGreaterThan(0);
      expect(late.every((r: { daysPastDue: number }) => r.daysPastDue >= 31)).toBe(true);
      await expectInvariants(t);
    });

    it('pages the arrears list by loan id', async () => {
      const board = as(t, c.board.accessToken);
      const all = (await board.get(`${fundPath(c.coop)}/arrears?asOf=2025-09-30&minDaysPastDue=0&limit=200`)).body
        .items;
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { loanId: string }[]; nextCursor: string | null } = (
          await board.get(
            `${fundPath(c.coop)}/arrears?asOf=2025-09-30&minDaysPastDue=0&limit=5${cursor ? `&cursor=${cursor}` : ''}`,
          )
        ).body;
        seen.push(...page.items.map((r) => r.loanId));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all.map((r: { loanId: string }) => r.loanId));
      expect((await board.get(`${fundPath(c.coop)}/arrears?cursor=bm9wZQ`)).body.code).toBe('INVALID_CURSOR');
    });
  });
});
