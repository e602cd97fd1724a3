/** Given-style factories: each makes what a test needs through the API, as a client would. */
import { randomBytes } from 'node:crypto';
import type { Role, Scope } from '../../src/common/access/role.js';
import { SUPERADMIN, type TestApp } from './test-app.js';

export interface LoggedIn {
  userId: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
}

const unique = () => randomBytes(4).toString('hex');

export async function login(t: TestApp, email: string, password: string) {
  const res = await t.http().post('/v1/auth/login').send({ email, password }).expect(200);
  return res.body as { accessToken: string; refreshToken: string };
}

export async function givenSuperadmin(t: TestApp): Promise<string> {
  return (await login(t, SUPERADMIN.email, SUPERADMIN.password)).accessToken;
}

export async function givenCooperative(t: TestApp, body: Record<string, unknown> = {}): Promise<string> {
  const token = await givenSuperadmin(t);
  const res = await t
    .http()
    .post('/v1/cooperatives')
    .auth(token, { type: 'bearer' })
    .send({ name: `Coop ${unique()}`, ...body })
    .expect(201);
  return res.body.id as string;
}

/**
 * Invites `email` to `roles` in the cooperative (as `inviter`, the superadmin by default) and accepts with
 * `password`: a new account, or the existing account of that email when the password is its own.
 */
export async function inviteAndAccept(
  t: TestApp,
  cooperativeId: string,
  person: { email: string; password: string; roles: Role[] },
  inviter?: string,
): Promise<{ userId: string; roles: Role[]; newAccount: boolean }> {
  const invited = await t
    .http()
    .post(`/v1/cooperatives/${cooperativeId}/users`)
    .auth(inviter ?? (await givenSuperadmin(t)), { type: 'bearer' })
    .send({ email: person.email, roles: person.roles })
    .expect(201);
  const accepted = await t
    .http()
    .post(`/v1/cooperatives/${cooperativeId}/user-invitations/accept`)
    .send({ token: invited.body.token, password: person.password })
    .expect(200);
  return accepted.body;
}

/** A new user holding `roles` in the cooperative, logged in. */
export async function givenUser(t: TestApp, cooperativeId: string, roles: Role[]): Promise<LoggedIn> {
  const email = `${roles.join('-') || 'user'}-${unique()}@test.local`;
  const password = `password-${unique()}-long`;
  const { userId } = await inviteAndAccept(t, cooperativeId, { email, password, roles });
  const tokens = await login(t, email, password);
  return { userId, email, password, ...tokens };
}

export async function givenApiKey(t: TestApp, cooperativeId: string, scopes: Scope[]): Promise<string> {
  const res = await t
    .http()
    .post(`/v1/cooperatives/${cooperativeId}/api-clients`)
    .auth(await givenSuperadmin(t), { type: 'bearer' })
    .send({ name: `app-${unique()}`, scopes })
    .expect(201);
  return res.body.key as string;
}

/** A problem body without its request id: two refusals that must not be told apart compare equal this way. */
export function omitRequest(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'requestId'));
}
