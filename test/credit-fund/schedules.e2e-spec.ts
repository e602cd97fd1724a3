/**
 * Repayment schedules over HTTP: what the treasurer sees after disbursement matches the hand-computed tables of
 * DOMAIN.md (r = annual rate / 12, amounts rounded half-up at the cent, the last instalment takes the rest).
 */
import type { TestApp } from '../support/test-app.js';
import { startConformingApp } from '../support/contract.js';
import {
  as,
  type CreditCoop,
  expectInvariants,
  expectProblem,
  expectStatus,
  fundPath,
  givenActiveMember,
  givenContribution,
  givenCreditCoop,
  givenDisbursedLoan,
  givenFundBalance,
  loansPath,
} from '../support/credit-fund.factories.js';

/** [dueOn, openingPrincipal, interest, principal, total] */
type Row = [string, string, string, string, string];

describe('repayment schedules over HTTP', () => {
  let t: TestApp;
  let at12: CreditCoop;
  let free: CreditCoop;

  beforeAll(async () => {
    t = await startConformingApp();
    at12 = await givenCreditCoop(t, { loanInterestRatePercent: '12', loanMaxTermMonths: 24, maxLoansPerMember: 5 });
    free = await givenCreditCoop(t, { loanInterestRatePercent: '0', maxLoansPerMember: 5 });
    await givenFundBalance(t, at12, '10000.00');
    await givenFundBalance(t, free, '10000.00');
  }, 60_000);
  afterAll(() => t.close());

  async function scheduleOf(c: CreditCoop, amount: string, termMonths: number, method: string) {
    const member = await givenActiveMember(t, c);
    await givenContribution(t, c, member.id, '500.00');
    const loan = await givenDisbursedLoan(t, c, member.id, { amount, termMonths, method: method as 'annuity' });
    const res = expectStatus(await as(t, c.board.accessToken).get(`${loansPath(c.coop)}/${loan.id}/instalments`), 200);
    const rows: Row[] = res.body.items.map((i: Record<string, string>) => [
      i.dueOn,
      i.openingPrincipal,
      i.interest,
      i.principal,
      i.total,
    ]);
    return { loan, body: res.body, rows };
  }

  it('annuity: 1,000.00 over 12 months at 12% a year is eleven instalments of 88.85 and a last one of 88.84', async () => {
    const { body, rows, loan } = await scheduleOf(at12, '1000.00', 12, 'annuity');
    expect(rows).toEqual<Row[]>([
      ['2025-02-15', '1000.00', '10.00', '78.85', '88.85'],
      ['2025-03-15', '921.15', '9.21', '79.64', '88.85'],
      ['2025-04-15', '841.51', '8.42', '80.43', '88.85'],
      ['2025-05-15', '761.08', '7.61', '81.24', '88.85'],
      ['2025-06-15', '679.84', '6.80', '82.05', '88.85'],
      ['2025-07-15', '597.79', '5.98', '82.87', '88.85'],
      ['2025-08-15', '514.92', '5.15', '83.70', '88.85'],
      ['2025-09-15', '431.22', '4.31', '84.54', '88.85'],
      ['2025-10-15', '346.68', '3.47', '85.38', '88.85'],
      ['2025-11-15', '261.30', '2.61', '86.24', '88.85'],
      ['2025-12-15', '175.06', '1.75', '87.10', '88.85'],
      ['2026-01-15', '87.96', '0.88', '87.96', '88.84'],
    ]);
    expect(body).toMatchObject({ principal: '1000.00', totalInterest: '66.19', total: '1066.19' });
    expect(body.items.every((i: { status: string }) => i.status === 'unpaid')).toBe(true);
    const got = expectStatus(await as(t, at12.board.accessToken).get(`${loansPath(at12.coop)}/${loan.id}`), 200).body;
    expect(got).toMatchObject({
      status: 'disbursed',
      annualRatePercent: '12',
      disbursedOn: '2025-01-15',
      principalOutstanding: '1000.00',
      allowedActions: ['repay', 'repay_in_full', 'write_off'],
    });
  });

  it('interest-free: 1,000.00 over 3 months is 333.33, 333.33 and 333.34, in every method', async () => {
    for (const method of ['annuity', 'equal_principal', 'flat']) {
      const { rows, body } = await scheduleOf(free, '1000.00', 3, method);
      expect(rows).toEqual<Row[]>([
        ['2025-02-15', '1000.00', '0.00', '333.33', '333.33'],
        ['2025-03-15', '666.67', '0.00', '333.33', '333.33'],
        ['2025-04-15', '333.34', '0.00', '333.34', '333.34'],
      ]);
      expect(body).toMatchObject({ totalInterest: '0.00', total: '1000.00' });
    }
  });

  it('equal principal: 1,200.00 over 6 months at 12%, level principal and interest on the declining balance', async () => {
    const { rows, body } = await scheduleOf(at12, '1200.00', 6, 'equal_principal');
    expect(rows).toEqual<Row[]>([
      ['2025-02-15', '1200.00', '12.00', '200.00', '212.00'],
      ['2025-03-15', '1000.00', '10.00', '200.00', '210.00'],
      ['2025-04-15', '800.00', '8.00', '200.00', '208.00'],
      ['2025-05-15', '600.00', '6.00', '200.00', '206.00'],
      ['2025-06-15', '400.00', '4.00', '200.00', '204.00'],
      ['2025-07-15', '200.00', '2.00', '200.00', '202.00'],
    ]);
    expect(body.totalInterest).toBe('42.00');
  });

  it('equal principal: the last instalment takes the rounding remainder', async () => {
    const { rows } = await scheduleOf(at12, '1000.00', 3, 'equal_principal');
    expect(rows).toEqual<Row[]>([
      ['2025-02-15', '1000.00', '10.00', '333.33', '343.33'],
      ['2025-03-15', '666.67', '6.67', '333.33', '340.00'],
      ['2025-04-15', '333.34', '3.33', '333.34', '336.67'],
    ]);
  });

  it('flat: interest on the original principal every month', async () => {
    const { rows } = await scheduleOf(at12, '1000.00', 6, 'flat');
    expect(rows).toEqual<Row[]>([
      ['2025-02-15', '1000.00', '10.00', '166.67', '176.67'],
      ['2025-03-15', '833.33', '10.00', '166.67', '176.67'],
      ['2025-04-15', '666.66', '10.00', '166.67', '176.67'],
      ['2025-05-15', '499.99', '10.00', '166.67', '176.67'],
      ['2025-06-15', '333.32', '10.00', '166.67', '176.67'],
      ['2025-07-15', '166.65', '10.00', '166.65', '176.65'],
    ]);
  });

  it('due dates from a month end are clamped, counted from the disbursement date', async () => {
    const member = await givenActiveMember(t, free);
    await givenContribution(t, free, member.id, '500.00');
    const loan = await givenDisbursedLoan(t, free, member.id, { amount: '400.00', termMonths: 4 }, '2025-01-31');
    const res = await as(t, free.treasurer.accessToken).get(`${loansPath(free.coop)}/${loan.id}/instalments`);
    expect(res.body.items.map((i: { dueOn: string }) => i.dueOn)).toEqual([
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
      '2025-05-31',
    ]);
  });

  it('the preview gives the same table as the disbursed loan, at the bylaws’ rate, storing nothing', async () => {
    const before = await t.query(`SELECT count(*)::int AS n FROM loans`);
    const res = expectStatus(
      await as(t, at12.board.accessToken).get(
        `${fundPath(at12.coop)}/schedule-preview?amount=1000.00&termMonths=12&method=annuity&disbursedOn=2025-01-15`,
      ),
      200,
    );
    expect(res.body.items.map((i: { total: string }) => i.total)).toEqual([...Array(11).fill('88.85'), '88.84']);
    expect(res.body).toMatchObject({ totalInterest: '66.19', total: '1066.19' });
    expect(await t.query(`SELECT count(*)::int AS n FROM loans`)).toEqual(before);
    const bad = await as(t, at12.board.accessToken).get(
      `${fundPath(at12.coop)}/schedule-preview?amount=1000.001&termMonths=12&method=annuity&disbursedOn=2025-01-15`,
    );
    expect([bad.status, bad.body.code, bad.body.errors]).toEqual([
      400,
      'VALIDATION_FAILED',
      [{ field: 'amount', message: "amount must have at most 2 decimals (the currency's minor unit)" }],
    ]);
  });

  it('refuses terms whose last instalment would fall after the year 9999 as an invalid date, not a 500', async () => {
    const preview = (disbursedOn: string) =>
      as(t, at12.board.accessToken).get(
        `${fundPath(at12.coop)}/schedule-preview?amount=1000.00&termMonths=12&method=annuity&disbursedOn=${disbursedOn}`,
      );
    expectProblem(await preview('9999-06-01'), 400, 'INVALID_DATE');
    const last = expectStatus(await preview('9998-12-31'), 200).body.items.at(-1);
    expect(last.dueOn).toBe('9999-12-31');
  });

  it('keeps the invariants', async () => {
    await expectInvariants(t);
  });
});
