/**
 * Given-style factories for the solidarity credit fund, through the API as the treasurer, the credit committee and
 * the secretary use it, including the members' paid-up share capital (the real share-capital module).
 */
import { invariants } from '../../src/credit-fund/credit-fund.invariants.js';
import { givenCooperative, givenUser, login, type LoggedIn } from './factories.js';
import { givenMemberIn, type MemberBody, membersPath } from './member-factories.js';
import type { TestApp } from './test-app.js';

export const fundPath = (coop: string) => `/v1/cooperatives/${coop}/credit-fund`;
export const loansPath = (coop: string) => `/v1/cooperatives/${coop}/loans`;

export interface CreditCoop {
  coop: string;
  secretary: LoggedIn;
  treasurer: LoggedIn;
  committee: LoggedIn;
  board: LoggedIn;
}

/** A cooperative with the given bylaws and one user for each role the fund involves. */
export async function givenCreditCoop(t: TestApp, bylaws: Record<string, unknown> = {}): Promise<CreditCoop> {
  const coop = await givenCooperative(t, { bylaws });
  const [secretary, treasurer, committee, board] = await Promise.all([
    givenUser(t, coop, ['secretary']),
    givenUser(t, coop, ['treasurer']),
    givenUser(t, coop, ['credit_committee']),
    givenUser(t, coop, ['board']),
  ]);
  return { coop, secretary, treasurer, committee, board };
}

export function as(t: TestApp, token: string) {
  return {
    get: (path: string) => t.http().get(path).auth(token, { type: 'bearer' }),
    post: (path: string, body: object = {}) => t.http().post(path).auth(token, { type: 'bearer' }).send(body),
  };
}

/** Fails the test with the response body unless the status is the expected one. */
export function expectStatus<T extends { status: number; body: unknown }>(res: T, status: number): T {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res;
}

export function expectProblem(res: { status: number; body: { code?: string } }, status: number, code: string): void {
  expect([res.status, res.body.code]).toEqual([status, code]);
}

/** An active member (admitted 2020-02-01). */
export function givenActiveMember(t: TestApp, c: CreditCoop, name = 'Socia Activa'): Promise<MemberBody> {
  return givenMemberIn(t, c.coop, c.secretary.accessToken, 'active', { name });
}

/** Money in the fund: a donation. */
export async function givenFundBalance(t: TestApp, c: CreditCoop, amount: string, receivedOn = '2024-12-01') {
  expectStatus(
    await as(t, c.treasurer.accessToken).post(`${fundPath(c.coop)}/donations`, { amount, receivedOn, donor: 'Donor' }),
    200,
  );
}

export async function givenContribution(
  t: TestApp,
  c: CreditCoop,
  memberId: string,
  amount: string,
  contributedOn = '2024-12-01',
) {
  return expectStatus(
    await as(t, c.treasurer.accessToken).post(`${fundPath(c.coop)}/contributions`, { memberId, amount, contributedOn }),
    200,
  ).body;
}

export interface LoanTerms {
  amount: string;
  termMonths: number;
  method?: 'annuity' | 'equal_principal' | 'flat';
  appliedOn?: string;
  guarantors?: { memberId: string; amount: string }[];
}

/** An application recorded by the treasurer. */
export async function givenApplication(t: TestApp, c: CreditCoop, memberId: string, terms: LoanTerms) {
  const res = await as(t, c.treasurer.accessToken).post(loansPath(c.coop), {
    memberId,
    purpose: 'Coffee drying equipment',
    method: 'annuity',
    appliedOn: '2025-01-02',
    ...terms,
  });
  return expectStatus(res, 201).body as { id: string; status: string; [k: string]: unknown };
}

export async function givenApprovedLoan(t: TestApp, c: CreditCoop, memberId: string, terms: LoanTerms) {
  const loan = await givenApplication(t, c, memberId, terms);
  expectStatus(
    await as(t, c.committee.accessToken).post(`${loansPath(c.coop)}/${loan.id}/approve`, {
      decidedOn: '2025-01-10',
      decisionReference: 'CC minute 1',
    }),
    200,
  );
  return loan;
}

export async function givenDisbursedLoan(
  t: TestApp,
  c: CreditCoop,
  memberId: string,
  terms: LoanTerms,
  disbursedOn = '2025-01-15',
) {
  const loan = await givenApprovedLoan(t, c, memberId, terms);
  expectStatus(
    await as(t, c.treasurer.accessToken).post(`${loansPath(c.coop)}/${loan.id}/disburse`, { disbursedOn }),
    200,
  );
  return loan;
}

export async function repay(t: TestApp, c: CreditCoop, loanId: string, amount: string, paidOn: string) {
  return as(t, c.treasurer.accessToken).post(`${loansPath(c.coop)}/${loanId}/repayments`, { amount, paidOn });
}

/** The member's own account, through an accepted invitation. */
export async function givenMemberAccount(
  t: TestApp,
  c: CreditCoop,
  member: MemberBody,
  email: string,
): Promise<LoggedIn> {
  const invited = expectStatus(
    await as(t, c.secretary.accessToken).post(`${membersPath(c.coop)}/${member.id}/invitations`, { email }),
    200,
  );
  const password = 'a-long-member-password';
  const accepted = expectStatus(
    await t
      .http()
      .post(`/v1/cooperatives/${c.coop}/member-invitations/accept`)
      .send({ token: invited.body.token, password }),
    200,
  );
  const tokens = await login(t, email, password);
  return { userId: accepted.body.userId, email, password, ...tokens };
}

/** Every credit fund invariant holds: each query returns no row. */
export async function expectInvariants(t: TestApp): Promise<void> {
  const broken: Record<string, unknown[]> = {};
  for (const { name, sql } of invariants) {
    const rows = await t.query(`SELECT * FROM (${sql}) AS violation LIMIT 20`);
    if (rows.length > 0) broken[name] = rows;
  }
  expect(broken).toEqual({});
}

/**
 * Paid-up share capital through the share-capital API, as the treasurer records it: subscribes the shares `amount`
 * needs at the default par value (10.00) and pays `amount`, both on `effectiveDate`. Returns the payment's entry id.
 */
export async function givenPaidUpCapital(
  t: TestApp,
  c: CreditCoop,
  memberId: string,
  amount: string,
  effectiveDate = '2024-12-01',
): Promise<string> {
  const treasurer = as(t, c.treasurer.accessToken);
  const shares = Math.ceil(Number(amount) / 10);
  const coop = `/v1/cooperatives/${c.coop}`;
  expectStatus(await treasurer.post(`${coop}/share-subscriptions`, { memberId, shares, effectiveDate }), 201);
  const paid = expectStatus(await treasurer.post(`${coop}/share-payments`, { memberId, amount, effectiveDate }), 201);
  return (paid.body as { entry: { id: string } }).entry.id;
}

/** Reverses a capital entry recorded by mistake (a reversed pair counts for nothing: capital.sql.ts). */
export async function reverseCapitalEntry(t: TestApp, c: CreditCoop, entryId: string): Promise<void> {
  expectStatus(
    await as(t, c.treasurer.accessToken).post(`/v1/cooperatives/${c.coop}/capital-entries/${entryId}/reversal`, {
      reason: 'Recorded by mistake',
    }),
    201,
  );
}
