/**
 * Loan applications against the bylaws (ceiling, term, loans per member, guarantee), the credit committee's
 * decision, and paid-up capital read from the share-capital ledger.
 */
import { randomUUID } from 'node:crypto';
import {
  as,
  type CreditCoop,
  expectInvariants,
  expectProblem,
  expectStatus,
  givenActiveMember,
  givenApplication,
  givenContribution,
  givenCreditCoop,
  givenPaidUpCapital,
  loansPath,
  reverseCapitalEntry,
} from '../support/credit-fund.factories.js';
import { inviteAndAccept, login } from '../support/factories.js';
import { act, givenMemberIn, membersPath } from '../support/member-factories.js';
import type { TestApp } from '../support/test-app.js';
import { startConformingApp } from '../support/contract.js';

const application = (memberId: string, patch: object = {}) => ({
  memberId,
  amount: '1000.00',
  purpose: 'Coffee drying equipment',
  termMonths: 12,
  method: 'annuity',
  appliedOn: '2025-01-02',
  ...patch,
});

describe('loan applications with paid-up capital paid in through share capital', () => {
  let t: TestApp;
  let c: CreditCoop;

  beforeAll(async () => {
    t = await startConformingApp();
    c = await givenCreditCoop(t, { loanCeilingMultiple: '3', loanMaxTermMonths: 24, maxLoansPerMember: 1 });
  }, 60_000);
  afterAll(() => t.close());

  /** A member with 400.00 paid up and 100.00 contributed by 2025-01-01: ceiling 3 x 500.00 = 1,500.00. */
  async function givenBorrower(name = 'Prestataria') {
    const member = await givenActiveMember(t, c, name);
    await givenPaidUpCapital(t, c, member.id, '400.00');
    await givenContribution(t, c, member.id, '100.00', '2025-01-01');
    return member;
  }
  const apply = (body: object) => as(t, c.treasurer.accessToken).post(loansPath(c.coop), body);

  it('refuses an amount above multiple x (paid-up capital + contributions) with LOAN_ABOVE_CEILING, storing nothing', async () => {
    const member = await givenBorrower();
    // Paid the day after the application day: the ceiling is on the application day's capital, so it is left out.
    await givenPaidUpCapital(t, c, member.id, '10.00', '2025-01-03');
    const res = await apply(application(member.id, { amount: '1500.01' }));
    expectProblem(res, 422, 'LOAN_ABOVE_CEILING');
    expect(res.body).toMatchObject({
      violations: ['LOAN_ABOVE_CEILING'],
      ceiling: '1500.00',
      errors: [
        {
          field: 'amount',
          message: 'amount 1500.01 is above the ceiling 1500.00 = 3 x (paid-up capital 400.00 + contributions 100.00)',
        },
      ],
    });
    const stored = await t.query(`SELECT count(*)::int AS n FROM loans WHERE member_id = $1`, [member.id]);
    expect(stored).toEqual([{ n: 0 }]);

    const created = expectStatus(await apply(application(member.id, { amount: '1500.00' })), 201);
    const ok = created.body;
    expect(created.headers.location).toBe(`${loansPath(c.coop)}/${ok.id}`);
    expect(expectStatus(await as(t, c.board.accessToken).get(created.headers.location), 200).body).toEqual(ok);
    expect(ok).toMatchObject({
      status: 'applied',
      principal: '1500.00',
      ceiling: '1500.00',
      paidUpCapital: '400.00',
      contributions: '100.00',
      annualRatePercent: '0',
      appliedOn: '2025-01-02',
      allowedActions: ['approve', 'reject'],
      guarantors: [],
    });
  });

  it('counts only contributions made by the application day', async () => {
    const member = await givenBorrower('Tardía');
    await givenContribution(t, c, member.id, '100.00', '2025-01-03');
    expectProblem(await apply(application(member.id, { amount: '1500.01' })), 422, 'LOAN_ABOVE_CEILING');
    expect((await apply(application(member.id, { amount: '1800.00', appliedOn: '2025-01-03' }))).status).toBe(201);
  });

  it('refuses a term above the bylaws maximum with TERM_TOO_LONG, and lists every violation at once', async () => {
    const member = await givenBorrower();
    const long = await apply(application(member.id, { termMonths: 25 }));
    expectProblem(long, 422, 'TERM_TOO_LONG');
    expect(long.body.errors).toEqual([
      { field: 'termMonths', message: "termMonths 25 is above the bylaws' maximum 24" },
    ]);
    const both = await apply(application(member.id, { termMonths: 36, amount: '2000.00' }));
    expectProblem(both, 422, 'LOAN_ABOVE_CEILING');
    expect(both.body.violations).toEqual(['LOAN_ABOVE_CEILING', 'TERM_TOO_LONG']);
    expect((await apply(application(member.id, { termMonths: 24 }))).status).toBe(201);
  });

  it('counts open applications and loans against the loans per member: TOO_MANY_LOANS, under concurrency too', async () => {
    const member = await givenBorrower();
    const results = await Promise.all(Array.from({ length: 5 }, () => apply(application(member.id))));
    expect(results.map((r) => r.status).sort()).toEqual([201, 422, 422, 422, 422]);
    const refused = results.find((r) => r.status === 422)!;
    expectProblem(refused, 422, 'TOO_MANY_LOANS');
    const created = results.find((r) => r.status === 201)!.body;
    // Once rejected, the place is free again.
    expectStatus(
      await as(t, c.committee.accessToken).post(`${loansPath(c.coop)}/${created.id}/reject`, {
        decidedOn: '2025-01-05',
        reason: 'Incomplete file',
      }),
      200,
    );
    expect((await apply(application(member.id))).status).toBe(201);
  });

  it('lends only to active members', async () => {
    // Capital paid in while active (a suspended member cannot subscribe), then suspended.
    const member = await givenMemberIn(t, c.coop, c.secretary.accessToken, 'active');
    await givenPaidUpCapital(t, c, member.id, '1000.00', '2020-02-15');
    const suspended = await act(t, c.coop, c.secretary.accessToken, member.id, 'suspend', {
      effectiveDate: '2020-03-01',
    });
    expectProblem(await apply(application(suspended.id)), 409, 'MEMBER_NOT_ACTIVE');
    expectProblem(await apply(application(randomUUID())), 404, 'MEMBER_NOT_FOUND');
  });

  describe('the committee decides', () => {
    it('approves with a reference; the bylaws are checked again on the decision day', async () => {
      const member = await givenActiveMember(t, c, 'Decidida');
      await givenPaidUpCapital(t, c, member.id, '300.00');
      const mistaken = await givenPaidUpCapital(t, c, member.id, '100.00');
      await givenContribution(t, c, member.id, '100.00', '2025-01-01');
      const loan = await givenApplication(t, c, member.id, { amount: '1500.00', termMonths: 12 });
      // A payment reversed since the application: the ceiling is now 3 x (300.00 + 100.00) = 1,200.00.
      await reverseCapitalEntry(t, c, mistaken);
      const committee = as(t, c.committee.accessToken);
      const refused = await committee.post(`${loansPath(c.coop)}/${loan.id}/approve`, { decidedOn: '2025-01-10' });
      expectProblem(refused, 422, 'LOAN_ABOVE_CEILING');
      expect(refused.body.ceiling).toBe('1200.00');
      expect((await committee.get(`${loansPath(c.coop)}/${loan.id}`)).body.status).toBe('applied');

      await givenPaidUpCapital(t, c, member.id, '100.00');
      const approved = expectStatus(
        await committee.post(`${loansPath(c.coop)}/${loan.id}/approve`, {
          decidedOn: '2025-01-10',
          decisionReference: 'CC minute 2025-01',
          reason: 'Good repayment history',
        }),
        200,
      ).body;
      expect(approved).toMatchObject({
        status: 'approved',
        decidedOn: '2025-01-10',
        decisionReference: 'CC minute 2025-01',
        decisionReason: 'Good repayment history',
        allowedActions: ['reject', 'disburse'],
      });
      const [audit] = await t.query(`SELECT summary FROM audit_log WHERE target_id = $1 AND action = 'loan.approved'`, [
        loan.id,
      ]);
      expect(audit.summary).toMatchObject({
        from: 'applied',
        to: 'approved',
        eligibility: { ceiling: '1500.00', paidUpCapital: '400.00', contributions: '100.00', openLoans: 0 },
      });
    });

    it('rejects only with a reason; decided loans cannot be decided again; dates keep their order', async () => {
      const member = await givenBorrower('Rechazada');
      const loan = await givenApplication(t, c, member.id, { amount: '500.00', termMonths: 6 });
      const committee = as(t, c.committee.accessToken);
      const path = `${loansPath(c.coop)}/${loan.id}`;
      expectProblem(await committee.post(`${path}/reject`, { decidedOn: '2025-01-10' }), 400, 'VALIDATION_FAILED');
      expectProblem(
        await committee.post(`${path}/reject`, { decidedOn: '2025-01-01', reason: 'x' }),
        422,
        'VALUE_DATE_OUT_OF_ORDER',
      );
      const rejected = expectStatus(
        await committee.post(`${path}/reject`, { decidedOn: '2025-01-10', reason: 'Purpose outside the rules' }),
        200,
      ).body;
      expect(rejected).toMatchObject({
        status: 'rejected',
        decisionReason: 'Purpose outside the rules',
        allowedActions: [],
      });
      expectProblem(await committee.post(`${path}/approve`, {}), 409, 'ILLEGAL_TRANSITION');
      expectProblem(await committee.post(`${path}/reject`, { reason: 'again' }), 409, 'ILLEGAL_TRANSITION');
      expectProblem(
        await as(t, c.treasurer.accessToken).post(`${path}/disburse`, { disbursedOn: '2025-01-15' }),
        409,
        'ILLEGAL_TRANSITION',
      );
      expect(await t.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [loan.id])).toEqual([
        { action: 'loan.applied' },
        { action: 'loan.rejected' },
      ]);
    });

    it('a committee member cannot decide on their own loan (CONFLICT_OF_INTEREST)', async () => {
      const member = await givenBorrower('Comité');
      const email = `own-${randomUUID().slice(0, 8)}@example.org`;
      // The committee member's own account is linked to the borrower's record.
      const committeeUser = await (async () => {
        await inviteAndAccept(t, c.coop, { email, password: 'committee-password-1', roles: ['credit_committee'] });
        const invited = await as(t, c.secretary.accessToken).post(`${membersPath(c.coop)}/${member.id}/invitations`, {
          email,
        });
        await t
          .http()
          .post(`/v1/cooperatives/${c.coop}/member-invitations/accept`)
          .send({ token: invited.body.token, password: 'committee-password-1' })
          .expect(200);
        return login(t, email, 'committee-password-1');
      })();
      const loan = await givenApplication(t, c, member.id, { amount: '100.00', termMonths: 6 });
      const own = await as(t, committeeUser.accessToken).post(`${loansPath(c.coop)}/${loan.id}/approve`, {
        decidedOn: '2025-01-10',
      });
      expectProblem(own, 403, 'CONFLICT_OF_INTEREST');
      expect(
        (
          await as(t, c.committee.accessToken).post(`${loansPath(c.coop)}/${loan.id}/approve`, {
            decidedOn: '2025-01-10',
          })
        ).status,
      ).toBe(200);
    });
  });

  describe('guarantees', () => {
    let g: CreditCoop;
    beforeAll(async () => {
      g = await givenCreditCoop(t, { loanGuaranteeRequired: true, loanGuaranteePercent: '50', maxLoansPerMember: 3 });
    }, 60_000);

    it('requires pledges of the bylaws percent from other active members', async () => {
      const borrower = await givenActiveMember(t, g, 'Avalada');
      await givenPaidUpCapital(t, g, borrower.id, '400.00');
      await givenContribution(t, g, borrower.id, '100.00', '2025-01-01');
      const [g1, g2] = [await givenActiveMember(t, g, 'Aval 1'), await givenActiveMember(t, g, 'Aval 2')];
      const ceased = await givenMemberIn(t, g.coop, g.secretary.accessToken, 'ceased');
      const post = (guarantors: object[]) =>
        as(t, g.treasurer.accessToken).post(
          loansPath(g.coop),
          application(borrower.id, { amount: '1500.00', guarantors }),
        );

      const none = await post([]);
      expectProblem(none, 422, 'GUARANTEE_REQUIRED');
      expect(none.body).toMatchObject({ guaranteeRequired: '750.00', guaranteePledged: '0.00' });
      expectProblem(await post([{ memberId: g1.id, amount: '749.99' }]), 422, 'GUARANTEE_REQUIRED');

      const wrong = await post([
        { memberId: borrower.id, amount: '100.00' },
        { memberId: g1.id, amount: '400.00' },
        { memberId: g1.id, amount: '100.00' },
        { memberId: ceased.id, amount: '100.00' },
      ]);
      expectProblem(wrong, 422, 'GUARANTOR_NOT_ELIGIBLE');
      expect(wrong.body.errors).toEqual([
        { field: 'guarantors[0].memberId', message: 'the borrower cannot guarantee their own loan' },
        { field: 'guarantors[2].memberId', message: 'listed twice' },
        { field: 'guarantors[3].memberId', message: 'is not an active member of this cooperative' },
      ]);

      const ok = expectStatus(
        await post([
          { memberId: g1.id, amount: '400.00' },
          { memberId: g2.id, amount: '350.00' },
        ]),
        201,
      ).body;
      expect(ok.guarantors).toEqual(
        expect.arrayContaining([
          { memberId: g1.id, pledged: '400.00', released: '0.00', stillPledged: '400.00' },
          { memberId: g2.id, pledged: '350.00', released: '0.00', stillPledged: '350.00' },
        ]),
      );

      // A guarantor who ceases before the decision makes the approval fail.
      await act(t, g.coop, g.secretary.accessToken, g2.id, 'cease', {
        effectiveDate: '2025-01-05',
        cessationReason: 'withdrawn',
      });
      const approval = await as(t, g.committee.accessToken).post(`${loansPath(g.coop)}/${ok.id}/approve`, {
        decidedOn: '2025-01-10',
      });
      expectProblem(approval, 422, 'GUARANTOR_NOT_ELIGIBLE');
      await expectInvariants(t);
    });
  });
});

describe('loan applications with paid-up capital from the share-capital ledger', () => {
  let t: TestApp;
  let c: CreditCoop;

  beforeAll(async () => {
    t = await startConformingApp();
    c = await givenCreditCoop(t, { loanCeilingMultiple: '3', loanMaxTermMonths: 24 });
  }, 60_000);
  afterAll(() => t.close());

  it('sets the ceiling at multiple x (paid-up capital on the day + contributions)', async () => {
    const member = await givenActiveMember(t, c);
    await givenContribution(t, c, member.id, '100.00', '2025-01-01');
    const payment = await as(t, c.treasurer.accessToken).post(`/v1/cooperatives/${c.coop}/share-payments`, {
      memberId: member.id,
      amount: '10.00',
      effectiveDate: '2025-01-02',
    });
    expectStatus(payment, 201);
    const apply = (patch: object) =>
      as(t, c.treasurer.accessToken).post(loansPath(c.coop), application(member.id, patch));

    // 3 x (10.00 + 100.00) = 330.00
    const above = await apply({ amount: '330.01' });
    expectProblem(above, 422, 'LOAN_ABOVE_CEILING');
    expect(above.body.ceiling).toBe('330.00');
    const within = expectStatus(await apply({ amount: '330.00' }), 201).body;
    expect(within).toMatchObject({ ceiling: '330.00', paidUpCapital: '10.00', contributions: '100.00' });
  });
});
