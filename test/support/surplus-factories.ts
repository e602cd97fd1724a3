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

/**
 * Paid-up capital on share capital's own ledger, written as its entries (its trigger keeps the balances): a lot of
 * `amount` held from `heldFrom` is a subscription of whole shares at par and a payment that day; one that left on
 * `leftOn` is redeemed that day (a completed redemption request). A negative amount is a redemption on `heldFrom`
 * (a signed movement). All in one statement, so the ledger's "no entry before the latest one" sees them at once.
 */
export async function givenHoldings(
  t: TestApp,
  cooperativeId: string,
  rows: readonly { memberId: string; amount: string; heldFrom: string; leftOn?: string | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  await t.query(
    `WITH lots AS (
       SELECT u.member_id, u.amount, u.held_from, u.left_on, b.share_par_value AS par,
              ceil(abs(u.amount) / b.share_par_value)::int AS shares,
              CASE WHEN u.amount < 0 OR u.left_on IS NOT NULL THEN gen_random_uuid() END AS request_id,
              CASE WHEN u.amount < 0 THEN u.held_from ELSE u.left_on END AS redeemed_on
         FROM unnest($2::uuid[], $3::numeric[], $4::date[], $5::date[]) AS u(member_id, amount, held_from, left_on)
         JOIN bylaws b ON b.cooperative_id = $1
        WHERE u.amount <> 0
     ), requests AS (
       INSERT INTO capital_requests (id, cooperative_id, kind, status, member_id, shares, requested_on, payable_from,
                                     requested_by_type, decided_by_type, decided_at, completed_on, amount,
                                     completed_by_type, completed_at)
       SELECT request_id, $1, 'redemption', 'completed', member_id, shares, redeemed_on, redeemed_on, 'system',
              'system', now(), redeemed_on, abs(amount), 'system', now()
         FROM lots WHERE request_id IS NOT NULL
     )
     INSERT INTO capital_entries (cooperative_id, member_id, kind, effective_date, shares_delta, subscribed_delta,
                                  paid_up_delta, par_value, request_id, recorded_by_type)
     SELECT $1, l.member_id, e.kind, e.effective_date, e.shares, e.shares * l.par, e.paid_up, l.par, e.request_id,
            'system'
       FROM lots l
      CROSS JOIN LATERAL (VALUES
              ('subscription', l.held_from, l.shares, 0::numeric, NULL::uuid),
              ('payment', l.held_from, 0, l.amount, NULL::uuid),
              ('redemption', l.redeemed_on, -l.shares, -abs(l.amount), l.request_id)
            ) AS e(kind, effective_date, shares, paid_up, request_id)
      WHERE CASE e.kind WHEN 'redemption' THEN l.request_id IS NOT NULL ELSE l.amount > 0 END`,
    [
      cooperativeId,
      rows.map((r) => r.memberId),
      rows.map((r) => r.amount),
      rows.map((r) => r.heldFrom),
      rows.map((r) => r.leftOn ?? null),
    ],
  );
}

/** An assembly of the cooperative in session with `memberIds` present, where ballots are counted in the room. */
export async function givenAssemblyInSession(t: TestApp, c: SurplusCoop, memberIds: readonly string[]) {
  const assemblies = `${coopPath(c.coop)}/assemblies`;
  const created = await c.secretary.post(assemblies, {
    kind: 'annual',
    title: 'Annual general assembly',
    meetingDate: '2021-07-10',
    recordDate: '2021-06-30',
    notice: 'Members are convened to the annual general assembly.',
    agenda: [{ title: 'Distribution of the surplus' }],
  });
  if (created.status !== 201)
    throw new Error(`assembly not created: ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.id as string;
  expect((await c.secretary.post(`${assemblies}/${id}/open`)).status).toBe(200);
  for (const memberId of memberIds) {
    expect((await c.secretary.post(`${assemblies}/${id}/attendance`, { memberId, mode: 'in_person' })).status).toBe(
      201,
    );
  }
  return { id, present: memberIds.length };
}

/** A motion of governance counted in the assembly, not decided yet (a draft: no published result). */
export async function givenPendingBallot(c: SurplusCoop, assemblyId: string): Promise<string> {
  const res = await c.secretary.post(`${coopPath(c.coop)}/ballots`, {
    title: 'Approve the distribution of the surplus',
    kind: 'motion',
    mode: 'in_assembly',
    inAssemblyMethod: 'counts',
    assemblyId,
    agendaItem: 1,
    secret: false,
    recordDate: '2021-06-30',
  });
  if (res.status !== 201) throw new Error(`ballot not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** Governance decides the ballot: opened, closed, counted (every member present for or against), published. */
export async function decideBallot(
  c: SurplusCoop,
  assembly: { present: number },
  ballotId: string,
  passed: boolean,
): Promise<void> {
  const ballot = `${coopPath(c.coop)}/ballots/${ballotId}`;
  for (const step of ['open', 'close']) expect((await c.secretary.post(`${ballot}/${step}`)).status).toBe(200);
  const n = assembly.present;
  const counted = await c.secretary.post(`${ballot}/counts`, {
    counts: { yes: passed ? n : 0, no: passed ? 0 : n, abstain: 0 },
  });
  if (counted.status !== 200) throw new Error(`counts refused: ${counted.status} ${JSON.stringify(counted.body)}`);
  expect((await c.secretary.post(`${ballot}/publish`)).status).toBe(200);
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
  if (invited.status !== 200) throw new Error(`invitation failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  await t
    .http()
    .post(`${coopPath(c.coop)}/member-invitations/accept`)
    .send({ token: invited.body.token, password })
    .expect(200);
  const { accessToken } = await login(t, email, password);
  return client(t, accessToken);
}
