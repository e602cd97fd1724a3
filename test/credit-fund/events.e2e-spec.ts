/**
 * The credit fund's events (docs/events.md) carry the resource as its GET answers right after the change: a loan's
 * lifecycle the loan, a repayment the repayment, contributions, plans and donations as the fund's lists show them, an
 * instalment that fell due unpaid the loan's arrears that day (the overdue job, called here with the day it means and this test's cooperative: the database is shared).
 */
import { jest } from '@jest/globals';
import { givenSuperadmin } from '../support/factories.js';
import { eventFeed } from '../support/event-feed.js';
import {
  as,
  type CreditCoop,
  expectInvariants,
  expectStatus,
  fundPath,
  givenActiveMember,
  givenApplication,
  givenContribution,
  givenCreditCoop,
  givenFundBalance,
  loansPath,
  repay,
} from '../support/credit-fund.factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { LoanOverdueJob } from '../../src/credit-fund/loan-overdue.job.js';

jest.setTimeout(90_000);

describe('credit fund events', () => {
  let t: TestApp;
  let c: CreditCoop;
  let feed: ReturnType<typeof eventFeed>;
  const get = async (path: string) => expectStatus(await as(t, c.treasurer.accessToken).get(path), 200).body;
  const loan = (id: string) => get(`${loansPath(c.coop)}/${id}`);
  const post = async (token: string, path: string, body: object) =>
    expectStatus(await as(t, token).post(path, body), 200).body;

  beforeAll(async () => {
    t = await startTestApp();
    c = await givenCreditCoop(t, {
      loanInterestRatePercent: '12',
      loanCeilingMultiple: '3',
      loanGuaranteeRequired: false,
      maxLoansPerMember: 5,
    });
    await givenFundBalance(t, c, '100000.00');
    feed = eventFeed(t, c.coop, await givenSuperadmin(t), c.secretary.accessToken);
  });
  afterAll(async () => {
    await expectInvariants(t);
    await t.close();
  });

  it('gives each step of a loan the loan as GET /loans/{id} answers after it, a repayment the repayment', async () => {
    const borrower = await givenActiveMember(t, c, 'Prestataria Eventos');
    await givenContribution(t, c, borrower.id, '500.00');
    const start = await feed.now();
    const applied = await givenApplication(t, c, borrower.id, { amount: '1000.00', termMonths: 12 });
    const afterApplication = await loan(applied.id);
    const path = `${loansPath(c.coop)}/${applied.id}`;
    await post(c.committee.accessToken, `${path}/approve`, { decidedOn: '2025-01-10', decisionReference: 'CC 1' });
    const afterApproval = await loan(applied.id);
    await post(c.treasurer.accessToken, `${path}/disburse`, { disbursedOn: '2025-01-15' });
    const afterDisbursement = await loan(applied.id);
    const repaid = expectStatus(await repay(t, c, applied.id, '88.85', '2025-02-15'), 200).body;
    const [afterRepayment] = (await get(`${path}/repayments`)).items;
    const quote = await get(`${path}/settlement-quote?asOf=2025-03-01`);
    await post(c.treasurer.accessToken, `${path}/settle`, { amount: quote.total, settledOn: '2025-03-01' });
    const afterSettlement = await loan(applied.id);

    const events = await feed.eventsOf(
      start,
      'loan.applied',
      'loan.approved',
      'loan.disbursed',
      'loan.repayment_posted',
      'loan.settled',
    );
    expect(events.map((e) => e.data)).toEqual([
      afterApplication,
      afterApproval,
      afterDisbursement,
      afterRepayment,
      afterSettlement,
    ]);
    expect(afterRepayment).toEqual(repaid.repayment);
    expect(afterRepayment).toMatchObject({ kind: 'repayment', amount: '88.85', interest: '10.00', principal: '78.85' });
    expect(afterSettlement).toMatchObject({ status: 'repaid', closedOn: '2025-03-01', principalRepaid: '1000.00' });
    expect(events[3].subject).toEqual({ type: 'loan', id: applied.id });
  });

  it('gives a rejection and a write-off the loan as GET /loans/{id} answers after it', async () => {
    const borrower = await givenActiveMember(t, c, 'Prestatario Eventos');
    await givenContribution(t, c, borrower.id, '500.00');
    const start = await feed.now();
    const refused = await givenApplication(t, c, borrower.id, { amount: '300.00', termMonths: 6 });
    await post(c.committee.accessToken, `${loansPath(c.coop)}/${refused.id}/reject`, { reason: 'Too soon' });
    const afterRejection = await loan(refused.id);
    const lost = await givenApplication(t, c, borrower.id, { amount: '400.00', termMonths: 6 });
    const path = `${loansPath(c.coop)}/${lost.id}`;
    await post(c.committee.accessToken, `${path}/approve`, { decidedOn: '2025-01-10' });
    await post(c.treasurer.accessToken, `${path}/disburse`, { disbursedOn: '2025-01-15' });
    await post(c.committee.accessToken, `${path}/write-off`, { writtenOffOn: '2025-09-30', reason: 'Emigrated' });
    const afterWriteOff = await loan(lost.id);

    const events = await feed.eventsOf(start, 'loan.rejected', 'loan.written_off');
    expect(events.map((e) => e.data)).toEqual([afterRejection, afterWriteOff]);
    expect(afterRejection).toMatchObject({ status: 'rejected', decisionReason: 'Too soon' });
    expect(afterWriteOff).toMatchObject({ status: 'written_off', principalWrittenOff: '400.00' });
  });

  it('gives contributions, plans and donations the record as the fund’s lists show it', async () => {
    const member = await givenActiveMember(t, c, 'Aportante Eventos');
    const start = await feed.now();
    const treasurer = c.treasurer.accessToken;
    const plan = await post(treasurer, `${fundPath(c.coop)}/contribution-plans`, {
      memberId: member.id,
      amount: '10.00',
      frequency: 'monthly',
      startsOn: '2025-01-31',
    });
    const plans = () => get(`${fundPath(c.coop)}/contribution-plans?memberId=${member.id}`);
    const [afterPlan] = (await plans()).items;
    const contribution = await givenContribution(t, c, member.id, '10.00', '2025-01-31');
    const [afterContribution] = (await get(`${fundPath(c.coop)}/contributions?memberId=${member.id}`)).items;
    await post(treasurer, `${fundPath(c.coop)}/contribution-plans/${plan.id}/end`, { endsOn: '2025-04-30' });
    const [afterEnd] = (await plans()).items;
    const donation = await post(treasurer, `${fundPath(c.coop)}/donations`, {
      amount: '250.00',
      receivedOn: '2025-02-01',
      donor: 'Municipality',
    });
    const [afterDonation] = (await get(`${fundPath(c.coop)}/entries?kind=donation&limit=200`)).items.filter(
      (e: { id: string }) => e.id === donation.id,
    );

    const events = await feed.eventsOf(
      start,
      'credit_fund.contribution_plan_created',
      'credit_fund.contribution_posted',
      'credit_fund.contribution_plan_ended',
      'credit_fund.donation_posted',
    );
    expect(events.map((e) => e.data)).toEqual([afterPlan, afterContribution, afterEnd, afterDonation]);
    expect(afterContribution).toEqual(contribution);
    expect(afterEnd).toMatchObject({ id: plan.id, endsOn: '2025-04-30', amount: '10.00' });
    expect(afterDonation).toMatchObject({
      kind: 'donation',
      amount: '250.00',
      description: 'Donation from Municipality',
    });
  });

  it('announces each instalment that fell due unpaid once, with the loan’s arrears that day, never a paid one', async () => {
    const job = t.app.get(LoanOverdueJob);
    const disbursed = async (name: string) => {
      const borrower = await givenActiveMember(t, c, name);
      await givenContribution(t, c, borrower.id, '500.00');
      const applied = await givenApplication(t, c, borrower.id, { amount: '1000.00', termMonths: 12 });
      const path = `${loansPath(c.coop)}/${applied.id}`;
      await post(c.committee.accessToken, `${path}/approve`, { decidedOn: '2025-01-10', decisionReference: 'CC 9' });
      await post(c.treasurer.accessToken, `${path}/disburse`, { disbursedOn: '2025-01-15' });
      return { id: applied.id, path };
    };
    const late = await disbursed('Prestatario Atrasado');
    const punctual = await disbursed('Prestataria Puntual');
    // The first instalments are due on 2025-02-15 (88.85 each); the punctual borrower pays hers early.
    expectStatus(await repay(t, c, punctual.id, '88.85', '2025-02-10'), 200);
    const start = await feed.now();
    // Every event so far is out once a new marker's is (feed.now): then the loan's overdue events, all of them.
    const overdueOf = async (loanId: string) => {
      await feed.now();
      const { events } = await feed.readAll(start);
      return events.filter((e) => e.type === 'loan.instalment_overdue' && e.subject.id === loanId);
    };

    await job.check('2025-02-15', c.coop); // due that day: not overdue yet
    await Promise.all([job.check('2025-02-16', c.coop), job.check('2025-02-16', c.coop)]); // two processes at once
    await job.check('2025-02-20', c.coop);
    const first = await get(`${late.path}/arrears?asOf=2025-02-16`);
    expect(first).toMatchObject({ daysPastDue: 1, oldestUnpaidDueOn: '2025-02-15', overdueTotal: '88.85' });
    const once = await overdueOf(late.id);
    expect(once.map((e) => e.data)).toEqual([first]);

    await job.check('2025-03-16', c.coop); // the second instalment falls due unpaid too
    const twice = await overdueOf(late.id);
    expect(twice.map((e) => e.data)).toEqual([first, await get(`${late.path}/arrears?asOf=2025-03-16`)]);
    expect(twice[1].data).toMatchObject({ daysPastDue: 29, overdueTotal: '177.70' });
    // The punctual loan's next instalment, due 2025-03-15, is late as well: announced, once; its paid first one never.
    const punctualEvents = await overdueOf(punctual.id);
    expect(punctualEvents.map((e) => e.data)).toEqual([await get(`${punctual.path}/arrears?asOf=2025-03-16`)]);
    const notices = await t.query<{ loan_id: string; number: number }>(
      `SELECT loan_id, number FROM loan_overdue_notices WHERE loan_id = ANY($1) ORDER BY loan_id = $2 DESC, number`,
      [[late.id, punctual.id], late.id],
    );
    expect(notices.map((n) => [n.loan_id, n.number])).toEqual([
      [late.id, 1],
      [late.id, 2],
      [punctual.id, 2],
    ]);
  });
});
