/** Given-style factories for surplus distribution, through the API as a treasurer and a secretary would use it. */
import type { Response, Test } from 'supertest';
import { SURPLUS_INVARIANTS } from '../../src/surplus/surplus.invariants.js';
import { givenCooperative, givenUser, login } from './factories.js';
import { act, givenApplicant } from './member-factories.js';
import type { TestApp } from './test-app.js';

export const coopPath = (cooperativeId: string) => `/v1/cooperatives/${cooperativeId}`;

/** A bearer-token (or API key) client with JSON bodies. */
export function client(t: TestApp, credential: string, kind: 'bearer' | 'key' = 'bearer') {
  const authed = (req: Test): Test =>
    kind === 'bearer' ? req.auth(credential, { type: 'bearer' }) : req.set('X-API-Key', credential);
  return {
    get: (path: string) => authed(t.http().get(path)),
    post: (path: string, body: object = {}, headers: Record<string, string> = {}) =>
      authed(t.http().post(path)).set(headers).send(body),
    put: (path: string, body: object = {}, headers: Record<string, string> = {}) =>
      authed(t.http().put(path)).set(headers).send(body),
    delete: (path: string, headers: Record<string, string> = {}) => authed(t.http().delete(path)).set(headers),
    csv: (path: string, text: string, headers: Record<string, string> = {}) =>
      authed(t.http().post(path))
        .set({ 'Content-Type': 'text/csv', ...headers })
        .send(text),
  };
}
export type Client = ReturnType<typeof client>;

export function expectProblem(res: Response, status: number, code: string): void {
  expect([res.status, res.body?.code]).toEqual([status, code]);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
}

export interface SurplusCoop {
  coop: string;
  treasurer: Client;
  secretary: Client;
  board: Client;
  secretaryToken: string;
}

/** A cooperative with its bylaws, and logged-in treasurer, secretary and board users. */
export async function givenSurplusCoop(t: TestApp, bylaws: Record<string, unknown> = {}): Promise<SurplusCoop> {
  const coop = await givenCooperative(t, { bylaws });
  const [treasurer, secretary, board] = await Promise.all([
    givenUser(t, coop, ['treasurer']),
    givenUser(t, coop, ['secretary']),
    givenUser(t, coop, ['board']),
  ]);
  return {
    coop,
    treasurer: client(t, treasurer.accessToken),
    secretary: client(t, secretary.accessToken),
    board: client(t, board.accessToken),
    secretaryToken: secretary.accessToken,
  };
}

export interface MemberSpec {
  name: string;
  admittedOn: string;
  /** Ceased (withdrawn) with effect that day. */
  ceasedOn?: string;
}

/** Members admitted in the order given, so they get numbers 1, 2, 3... (in a new cooperative). */
export async function givenMembers(
  t: TestApp,
  c: SurplusCoop,
  specs: readonly MemberSpec[],
): Promise<{ id: string; memberNumber: number }[]> {
  const out: { id: string; memberNumber: number }[] = [];
  for (const spec of specs) {
    const applicant = await givenApplicant(t, c.coop, c.secretaryToken, { name: spec.name, appliedOn: '2000-01-01' });
    const admitted = await act(t, c.coop, c.secretaryToken, applicant.id, 'admit', { effectiveDate: spec.admittedOn });
    if (spec.ceasedOn) {
      await act(t, c.coop, c.secretaryToken, applicant.id, 'cease', {
        effectiveDate: spec.ceasedOn,
        cessationReason: 'withdrawn',
      });
    }
    out.push({ id: admitted.id, memberNumber: admitted.memberNumber! });
  }
  return out;
}

/** Paid-up capital on the test ledger (test/support/surplus-ports.ts). */
export async function givenHoldings(
  t: TestApp,
  cooperativeId: string,
  rows: readonly { memberId: string; amount: string; heldFrom: string; leftOn?: string | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  await t.query(
    `INSERT INTO test_capital_holdings (cooperative_id, member_id, amount, held_from, left_on)
     SELECT $1, * FROM unnest($2::uuid[], $3::numeric[], $4::date[], $5::date[])`,
    [
      cooperativeId,
      rows.map((r) => r.memberId),
      rows.map((r) => r.amount),
      rows.map((r) => r.heldFrom),
      rows.map((r) => r.leftOn ?? null),
    ],
  );
}

export async function givenBallot(t: TestApp, cooperativeId: string, ballotId: string, passed: boolean) {
  await t.query(
    `INSERT INTO test_ballots (cooperative_id, ballot_id, passed) VALUES ($1, $2, $3)
     ON CONFLICT (cooperative_id, ballot_id) DO UPDATE SET passed = EXCLUDED.passed`,
    [cooperativeId, ballotId, passed],
  );
}

/** A fiscal year with its net surplus entered; returns its id. */
export async function givenFiscalYear(
  c: Pick<SurplusCoop, 'coop' | 'treasurer'>,
  body: { startDate: string; endDate: string; label?: string },
  netSurplus?: string,
): Promise<string> {
  const res = await c.treasurer.post(`${coopPath(c.coop)}/fiscal-years`, body);
  if (res.status !== 201) throw new Error(`fiscal year not created: ${res.status} ${JSON.stringify(res.body)}`);
  if (netSurplus !== undefined) {
    const entered = await c.treasurer.put(`${coopPath(c.coop)}/fiscal-years/${res.body.id}/net-surplus`, {
      netSurplus,
    });
    if (entered.status !== 200)
      throw new Error(`surplus not entered: ${entered.status} ${JSON.stringify(entered.body)}`);
  }
  return res.body.id as string;
}

/** All lines of a plan, every page, as [memberNumber, interest, patronageRefund, total]. */
export async function lineTuples(c: Client, cooperativeId: string, planId: string, limit = 200) {
  const tuples: [number, string, string, string][] = [];
  let cursor: string | null = null;
  do {
    const res = await c.get(
      `${coopPath(cooperativeId)}/distribution-plans/${planId}/lines?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(res.status).toBe(200);
    for (const l of res.body.items) tuples.push([l.memberNumber, l.interest, l.patronageRefund, l.total]);
    cursor = res.body.nextCursor;
  } while (cursor);
  return tuples;
}

/** Every surplus invariant holds (each query returns no row), run as an invariant registry runs them. */
export async function expectInvariants(t: TestApp): Promise<void> {
  for (const invariant of SURPLUS_INVARIANTS) {
    const rows = await t.query(`SELECT * FROM (${invariant.sql}) AS violation`);
    expect({ name: invariant.name, rows }).toEqual({ name: invariant.name, rows: [] });
  }
}

/** The member's own API account, through an invitation the secretary sends; returns the member's client. */
export async function givenMemberAccount(t: TestApp, c: SurplusCoop, memberId: string): Promise<Client> {
  const email = `member-${memberId.slice(0, 8)}@example.org`;
  const password = 'a-long-member-password';
  const invited = await c.secretary.post(`${coopPath(c.coop)}/members/${memberId}/invitations`, { email });
  if (invited.status !== 201) throw new Error(`invitation failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  await t
    .http()
    .post(`${coopPath(c.coop)}/member-invitations/accept`)
    .send({ token: invited.body.token, password })
    .expect(200);
  const { accessToken } = await login(t, email, password);
  return client(t, accessToken);
}
