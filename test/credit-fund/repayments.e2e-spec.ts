/**
 * Repayments over HTTP: allocated to overdue interest, then overdue principal, then current instalments; more than
 * the balance refused; value dates in order; pledges released as principal comes back; early settlement; write-off;
 * Idempotency-Key retries post once.
 */
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
  loansPath,
  repay,
} from '../support/credit-fund.factories.js';
import type { TestApp } from '../support/test-app.js';
import { settleIdempotentBurst } from '../support/idempotency.js';
import { startConformingApp } from '../support/contract.js';

// 1,000.00 at 12% over 12 months from 2025-01-15 (schedules.e2e-spec.ts):
//   #1 2025-02-15 interest 10.00 principal 78.85   #2 2025-03-15 9.21 + 79.64   #3 2025-04-15 8.42 + 80.43
//   #4 2025-05-15 7.61 + 81.24 ... #12 2026-01-15 0.88 + 87.96; total interest 66.19.
describe('repayments', () => {
  let t: TestApp;
  let c: CreditCoop;

  beforeAll(async () => {
    t = await startConformingApp();
    c = await givenCreditCoop(t, {
      loanInterestRatePercent: '12',
      maxLoansPerMember: 5,
      loanGuaranteeRequired: true,
      loanGuaranteePercent: '50',
    });
    await givenFundBalance(t, c, '100000.00');
  }, 60_000);
  afterAll(() => t.close());

  /** A disbursed 1,000.00 loan guaranteed by two members (300.00 and 200.00). */
  async function givenLoan() {
    const borrower = await givenActiveMember(t, c, 'Prestataria');
    await givenContribution(t, c, borrower.id, '500.00');
    const [g1, g2] = [await givenActiveMember(t, c, 'Aval 1'), await givenActiveMember(t, c, 'Aval 2')];
    const loan = await givenDisbursedLoan(t, c, borrower.id, {
      amount: '1000.00',
      termMonths: 12,
      guarantors: [
        { memberId: g1.id, amount: '300.00' },
        { memberId: g2.id, amount: '200.00' },
      ],
    });
    return { loan, borrower, g1, g2 };
  }
  const get = (path: string) => as(t, c.treasurer.accessToken).get(path);
  const lines = (body: { repayment: { lines: Record<string, unknown>[] } }) =>
    body.repayment.lines.map((l) => [l.instalmentNumber, l.interest, l.principal]);

  it('pays overdue interest (oldest first) before any overdue principal, then current instalments', async () => {
    const { loan } = await givenLoan();
    // 2025-04-20: #1, #2, #3 overdue, nothing paid.
    const first = expectStatus(await repay(t, c, loan.id, '20.00', '2025-04-20'), 200).body;
    expect(lines(first)).toEqual([
      [1, '10.00', '0.00'],
      [2, '9.21', '0.00'],
      [3, '0.79', '0.00'],
    ]);
    expect(first.repayment).toMatchObject({
      kind: 'repayment',
      amount: '20.00',
      interest: '20.00',
      principal: '0.00',
      prepaid: '0.00',
    });

    const second = expectStatus(await repay(t, c, loan.id, '30.00', '2025-04-20'), 200).body;
    expect(lines(second)).toEqual([
      [1, '0.00', '22.37'],
      [3, '7.63', '0.00'],
    ]);

    // 300.00: overdue principal #1 56.48, #2 79.64, #3 80.43 (216.55), then #4 (due 2025-05-15, current):
    // interest 7.61 and principal 75.84, paid ahead of its due date.
    const third = expectStatus(await repay(t, c, loan.id, '300.00', '2025-04-20'), 200).body;
    expect(lines(third)).toEqual([
      [1, '0.00', '56.48'],
      [2, '0.00', '79.64'],
      [3, '0.00', '80.43'],
      [4, '7.61', '75.84'],
    ]);
    expect(third.repayment).toMatchObject({ principal: '292.39', interest: '7.61', prepaid: '83.45' });
    expect(third.loan).toMatchObject({
      status: 'disbursed',
      principalRepaid: '314.76',
      interestPaid: '35.24',
      principalOutstanding: '685.24',
      lastPaidOn: '2025-04-20',
    });
    const schedule = (await get(`${loansPath(c.coop)}/${loan.id}/instalments`)).body.items;
    expect(
      schedule.slice(0, 5).map((i: Record<string, string>) => [i.principalPaid, i.interestPaid, i.status]),
    ).toEqual([
      ['78.85', '10.00', 'paid'],
      ['79.64', '9.21', 'paid'],
      ['80.43', '8.42', 'paid'],
      ['75.84', '7.61', 'partly_paid'],
      ['0.00', '0.00', 'unpaid'],
    ]);
    const listed = (await get(`${loansPath(c.coop)}/${loan.id}/repayments`)).body.items;
    expect(listed.map((r: Record<string, string>) => r.amount)).toEqual(['20.00', '30.00', '300.00']);
    await expectInvariants(t);
  });

  it('refuses more than the whole balance, and value dates out of order, posting nothing', async () => {
    const { loan } = await givenLoan();
    const before = (await get(fundPath(c.coop))).body.balance;
    const over = await repay(t, c, loan.id, '1066.20', '2025-02-01');
    expectProblem(over, 422, 'REPAYMENT_EXCEEDS_BALANCE');
    expectProblem(await repay(t, c, loan.id, '10.00', '2025-01-14'), 422, 'VALUE_DATE_OUT_OF_ORDER');
    expectStatus(await repay(t, c, loan.id, '10.00', '2025-03-01'), 200);
    const early = await repay(t, c, loan.id, '10.00', '2025-02-28');
    expectProblem(early, 422, 'VALUE_DATE_OUT_OF_ORDER');
    expect(early.body.errors).toEqual([
      { field: 'paidOn', message: 'must not be before the latest repayment (2025-03-01)' },
    ]);
    expectProblem(await repay(t, c, loan.id, '10.001', '2025-03-01'), 400, 'VALIDATION_FAILED');
    expectProblem(await repay(t, c, loan.id, '10.00', '2999-01-01'), 400, 'VALIDATION_FAILED');
    const after = (await get(fundPath(c.coop))).body.balance;
    expect(Number(after) - Number(before)).toBeCloseTo(10, 10);
    expect((await get(`${loansPath(c.coop)}/${loan.id}/repayments`)).body.items).toHaveLength(1);
  });

  it('releases pledges pro rata to principal repaid, and in full when the loan is repaid', async () => {
    const { loan, g1, g2 } = await givenLoan();
    const first = expectStatus(await repay(t, c, loan.id, '88.85', '2025-02-15'), 200).body;
    // 300.00 x 78.85 / 1000.00 = 23.655 -> 23.65; 200.00 x 78.85 / 1000.00 = 15.77.
    expect(first.loan.guarantors).toEqual(
      expect.arrayContaining([
        { memberId: g1.id, pledged: '300.00', released: '23.65', stillPledged: '276.35' },
        { memberId: g2.id, pledged: '200.00', released: '15.77', stillPledged: '184.23' },
      ]),
    );
    // The whole remaining balance (the schedule's interest included) repays the loan.
    const rest = expectStatus(await repay(t, c, loan.id, '977.34', '2025-02-20'), 200).body;
    expect(rest.loan).toMatchObject({
      status: 'repaid',
      closedOn: '2025-02-20',
      principalRepaid: '1000.00',
      interestPaid: '66.19',
      principalOutstanding: '0.00',
      allowedActions: [],
    });
    expect(rest.loan.guarantors.map((g: Record<string, string>) => g.stillPledged)).toEqual(['0.00', '0.00']);
    expectProblem(await repay(t, c, loan.id, '1.00', '2025-02-21'), 409, 'ILLEGAL_TRANSITION');
    await expectInvariants(t);
  });

  it('an Idempotency-Key retry of a repayment posts it once and answers the same', async () => {
    const { loan } = await givenLoan();
    const send = () =>
      t
        .http()
        .post(`${loansPath(c.coop)}/${loan.id}/repayments`)
        .auth(c.treasurer.accessToken, { type: 'bearer' })
        .set('Idempotency-Key', `repay-${loan.id}`)
        .send({ amount: '88.85', paidOn: '2025-02-15' });
    const { first, replays } = await settleIdempotentBurst(await Promise.all([send(), send(), send()]), 200, send);
    expect(replays.map((r) => r.body)).toEqual([first.body, first.body]);
    const again = await send();
    expect([again.status, again.headers['idempotent-replayed']]).toEqual([200, 'true']);
    expect(again.body).toEqual(first.body);
    const [counts] = await t.query(
      `SELECT (SELECT count(*)::int FROM loan_repayments WHERE loan_id = $1) AS repayments,
              (SELECT count(*)::int FROM credit_fund_entries WHERE loan_id = $1 AND kind LIKE 'repayment%') AS entries,
              (SELECT principal_repaid::text FROM loans WHERE id = $1) AS repaid`,
      [loan.id],
    );
    expect(counts).toEqual({ repayments: 1, entries: 2, repaid: '78.8500' });
    await expectInvariants(t);
  });

  it('early settlement: principal, interest to the day, later interest waived; the amount must be the quote', async () => {
    const { loan } = await givenLoan();
    expectStatus(await repay(t, c, loan.id, '88.85', '2025-02-15'), 200);
    const quote = expectStatus(await get(`${loansPath(c.coop)}/${loan.id}/settlement-quote?asOf=2025-03-01`), 200).body;
    // Period #2 runs 2025-02-15 -> 2025-03-15 (28 days), 14 days gone: 9.21 x 14/28 = 4.605 -> 4.61.
    expect(quote).toMatchObject({
      principal: '921.15',
      interest: '4.61',
      total: '925.76',
      interestWaived: '51.58',
    });
    const settle = (amount: string) =>
      as(t, c.treasurer.accessToken).post(`${loansPath(c.coop)}/${loan.id}/settle`, {
        amount,
        settledOn: '2025-03-01',
      });
    const wrong = await settle('925.75');
    expectProblem(wrong, 422, 'SETTLEMENT_AMOUNT_MISMATCH');
    expect(wrong.body.payoff).toBe('925.76');
    const fundBefore = (await get(fundPath(c.coop))).body;
    const settled = expectStatus(await settle('925.76'), 200).body;
    expect(settled.repayment).toMatchObject({
      kind: 'settlement',
      amount: '925.76',
      principal: '921.15',
      interest: '4.61',
      interestWaived: '51.58',
    });
    expect(settled.loan).toMatchObject({
      status: 'repaid',
      closedOn: '2025-03-01',
      principalRepaid: '1000.00',
      interestPaid: '14.61',
      interestWaived: '51.58',
    });
    const fundAfter = (await get(fundPath(c.coop))).body;
    expect((Number(fundAfter.balance) - Number(fundBefore.balance)).toFixed(2)).toBe('925.76');
    expect((Number(fundBefore.loansOutstanding) - Number(fundAfter.loansOutstanding)).toFixed(2)).toBe('921.15');
    const items = (await get(`${loansPath(c.coop)}/${loan.id}/instalments`)).body.items;
    expect(items.every((i: { status: string }) => i.status === 'paid')).toBe(true);
    expect(items[2]).toMatchObject({ interestPaid: '0.00', interestWaived: '8.42', principalPaid: '80.43' });
    await expectInvariants(t);
  });

  it('quotes a settlement only for a disbursed loan, and not for a day before its latest repayment', async () => {
    const borrower = await givenActiveMember(t, c, 'Aún sin desembolso');
    await givenContribution(t, c, borrower.id, '500.00');
    const guarantor = await givenActiveMember(t, c, 'Aval');
    const approved = await givenApprovedLoan(t, c, borrower.id, {
      amount: '100.00',
      termMonths: 6,
      guarantors: [{ memberId: guarantor.id, amount: '50.00' }],
    });
    const quote = (loanId: string, asOf: string) => get(`${loansPath(c.coop)}/${loanId}/settlement-quote?asOf=${asOf}`);
    expectProblem(await quote(approved.id, '2025-03-01'), 409, 'ILLEGAL_TRANSITION');
    const { loan } = await givenLoan();
    expectStatus(await repay(t, c, loan.id, '88.85', '2025-02-15'), 200);
    expectProblem(await quote(loan.id, '2025-02-14'), 422, 'VALUE_DATE_OUT_OF_ORDER');
    expect(expectStatus(await quote(loan.id, '2025-02-15'), 200).body.principal).toBe('921.15');
  });

  it('write-off by the committee with a reason: principal off the books, no cash moves, pledges stay', async () => {
    const { loan, g1 } = await givenLoan();
    expectStatus(await repay(t, c, loan.id, '88.85', '2025-02-15'), 200);
    const path = `${loansPath(c.coop)}/${loan.id}/write-off`;
    const body = { writtenOffOn: '2025-09-30', reason: 'Member emigrated; no assets', decisionReference: 'CC 2025-09' };
    expectProblem(await as(t, c.treasurer.accessToken).post(path, body), 403, 'FORBIDDEN');
    expectProblem(
      await as(t, c.committee.accessToken).post(path, { writtenOffOn: '2025-09-30' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await as(t, c.committee.accessToken).post(path, { ...body, writtenOffOn: '2025-02-01' }),
      422,
      'VALUE_DATE_OUT_OF_ORDER',
    );
    const before = (await get(fundPath(c.coop))).body;
    const off = expectStatus(await as(t, c.committee.accessToken).post(path, body), 200).body;
    expect(off).toMatchObject({
      status: 'written_off',
      closedOn: '2025-09-30',
      principalWrittenOff: '921.15',
      principalOutstanding: '0.00',
      writeOffReason: 'Member emigrated; no assets',
    });
    expect(off.guarantors.find((g: { memberId: string }) => g.memberId === g1.id)).toMatchObject({ released: '23.65' });
    const after = (await get(fundPath(c.coop))).body;
    expect(after.balance).toBe(before.balance);
    expect((Number(before.loansOutstanding) - Number(after.loansOutstanding)).toFixed(2)).toBe('921.15');
    const [entry] = await t.query(
      `SELECT amount::text, balance_after::text, description FROM credit_fund_entries WHERE loan_id = $1 AND kind = 'write_off'`,
      [loan.id],
    );
    expect(entry).toMatchObject({ amount: '921.1500', description: 'Member emigrated; no assets' });
    expectProblem(await as(t, c.committee.accessToken).post(path, body), 409, 'ILLEGAL_TRANSITION');
    expectProblem(await repay(t, c, loan.id, '10.00', '2025-10-01'), 409, 'ILLEGAL_TRANSITION');
    await expectInvariants(t);
  });

  it('the books refuse edits by hand: schedules, closed loans and repayments', async () => {
    const { loan } = await givenLoan();
    await expect(t.query(`UPDATE loan_instalments SET interest = 0 WHERE loan_id = $1`, [loan.id])).rejects.toThrow(
      'a schedule never changes',
    );
    await expect(t.query(`UPDATE loans SET principal = 1 WHERE id = $1`, [loan.id])).rejects.toThrow("a loan's terms");
    await expect(t.query(`DELETE FROM loans WHERE id = $1`, [loan.id])).rejects.toThrow('never deleted');
    await expect(t.query(`DELETE FROM loan_repayments`)).rejects.toThrow('append-only');
  });
});
