/** Given-style factories for share capital, through the API as the treasurer, secretary and board use it. */
import { randomBytes } from 'node:crypto';
import { invariants } from '../../src/share-capital/share-capital.invariants.js';
import { givenCooperative, givenUser, login, type LoggedIn } from './factories.js';
import { act, membersPath } from './member-factories.js';
import type { TestApp } from './test-app.js';

export const coopPath = (cooperativeId: string) => `/v1/cooperatives/${cooperativeId}`;

export interface CapitalCoop {
  coop: string;
  secretary: string;
  treasurer: string;
  board: string;
}

/** A cooperative (bylaws as given) with a secretary, a treasurer and a board member logged in. */
export async function givenCapitalCooperative(t: TestApp, bylaws: Record<string, unknown> = {}): Promise<CapitalCoop> {
  const coop = await givenCooperative(t, { bylaws });
  const [secretary, treasurer, board] = await Promise.all(
    (['secretary', 'treasurer', 'board'] as const).map((role) => givenUser(t, coop, [role])),
  );
  return { coop, secretary: secretary.accessToken, treasurer: treasurer.accessToken, board: board.accessToken };
}

/** POSTs as `token`; fails the test unless the status is `expected`. */
export async function post<T = any>(t: TestApp, token: string, path: string, body: object, expected = 201): Promise<T> {
  const res = await t.http().post(path).auth(token, { type: 'bearer' }).send(body);
  if (res.status !== expected) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

export async function get<T = any>(t: TestApp, token: string, path: string): Promise<T> {
  const res = await t.http().get(path).auth(token, { type: 'bearer' });
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

export const subscribe = (t: TestApp, c: CapitalCoop, memberId: string, shares: number, effectiveDate: string) =>
  post(t, c.treasurer, `${coopPath(c.coop)}/share-subscriptions`, { memberId, shares, effectiveDate });

export const pay = (t: TestApp, c: CapitalCoop, memberId: string, amount: string, effectiveDate: string) =>
  post(t, c.treasurer, `${coopPath(c.coop)}/share-payments`, { memberId, amount, effectiveDate });

/** An applicant (applied `appliedOn`), through the register API, with no capital. */
export async function givenCapitalApplicant(
  t: TestApp,
  c: CapitalCoop,
  name = `Socio ${randomBytes(3).toString('hex')}`,
  appliedOn = '2023-01-02',
): Promise<string> {
  const res = await post(t, c.secretary, membersPath(c.coop), { kind: 'natural_person', name, appliedOn });
  return res.id as string;
}

/**
 * An active member holding `shares` shares with `paid` paid up: applied 2023-01-02, subscribed and paid that day,
 * admitted 2023-01-03 (the bylaws' minimum must be within `shares`).
 */
export async function givenActiveMember(
  t: TestApp,
  c: CapitalCoop,
  options: { name?: string; shares?: number; paid?: string } = {},
): Promise<string> {
  const id = await givenCapitalApplicant(t, c, options.name);
  await subscribe(t, c, id, options.shares ?? 1, '2023-01-02');
  if (options.paid && options.paid !== '0') await pay(t, c, id, options.paid, '2023-01-02');
  await act(t, c.coop, c.secretary, id, 'admit', { effectiveDate: '2023-01-03' });
  return id;
}

/** A member account for `memberId` (invitation accepted), logged in. */
export async function givenMemberLogin(t: TestApp, c: CapitalCoop, memberId: string): Promise<LoggedIn> {
  const email = `member-${randomBytes(4).toString('hex')}@test.local`;
  const password = `member-password-${randomBytes(4).toString('hex')}`;
  const invited = await post(t, c.secretary, `${membersPath(c.coop)}/${memberId}/invitations`, { email }, 200);
  const accepted = await post(
    t,
    c.secretary,
    `${coopPath(c.coop)}/member-invitations/accept`,
    { token: invited.token, password },
    200,
  );
  return { userId: accepted.userId, email, password, ...(await login(t, email, password)) };
}

/** The member's current balance row, as stored. */
export async function balanceRow(t: TestApp, memberId: string) {
  const [row] = await t.query(
    `SELECT shares, subscribed::text, paid_up::text, committed_shares FROM capital_balances WHERE member_id = $1`,
    [memberId],
  );
  return row;
}

/** Every share-capital invariant, run on the test database: each must return no row. */
export async function invariantViolations(t: TestApp): Promise<Record<string, unknown[]>> {
  const found: Record<string, unknown[]> = {};
  for (const invariant of invariants) {
    const rows = await t.query(`SELECT * FROM (${invariant.sql}) AS violation LIMIT 20`);
    if (rows.length > 0) found[invariant.name] = rows;
  }
  return found;
}

/**
 * The bylaws' minimum subscription, written straight into the ledger (the balance follows by trigger) on the
 * application day: lets tests that are not about capital admit members now that admission checks it.
 */
export async function givenMinimumSubscription(t: TestApp, memberId: string): Promise<void> {
  await t.query(
    `INSERT INTO capital_entries (cooperative_id, member_id, kind, effective_date, shares_delta, subscribed_delta,
                                  paid_up_delta, par_value, reference, recorded_by_type)
     SELECT m.cooperative_id, m.id, 'subscription', m.applied_on, b.min_shares_for_membership,
            b.min_shares_for_membership * b.share_par_value, 0, b.share_par_value, 'test: minimum subscription', 'system'
       FROM members m JOIN bylaws b ON b.cooperative_id = m.cooperative_id
      WHERE m.id = $1`,
    [memberId],
  );
}
