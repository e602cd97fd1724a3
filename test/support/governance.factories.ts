/** Given-style factories for assemblies and ballots, through the API as a secretary and members would use it. */
import { randomBytes } from 'node:crypto';
import { login } from './factories.js';
import { act, givenApplicant, givenMemberIn, type MemberBody, membersPath } from './member-factories.js';
import type { TestApp } from './test-app.js';

export const ballotsPath = (cooperativeId: string) => `/v1/cooperatives/${cooperativeId}/ballots`;
export const assembliesPath = (cooperativeId: string) => `/v1/cooperatives/${cooperativeId}/assemblies`;
export const proxiesPath = (cooperativeId: string) => `/v1/cooperatives/${cooperativeId}/proxies`;
export const mePath = (cooperativeId: string) => `/v1/cooperatives/${cooperativeId}/me`;

export interface Voter {
  member: MemberBody;
  token: string;
}

/** Any request as `token`; the body is sent for POST and PATCH. */
export function as(t: TestApp, token: string) {
  return {
    get: (path: string) => t.http().get(path).auth(token, { type: 'bearer' }),
    post: (path: string, body: object = {}) => t.http().post(path).auth(token, { type: 'bearer' }).send(body),
    patch: (path: string, body: object) => t.http().patch(path).auth(token, { type: 'bearer' }).send(body),
  };
}

/** An active member (admitted 2020-02-01 unless `admittedOn` says otherwise). */
export async function givenActiveMember(
  t: TestApp,
  cooperativeId: string,
  secretaryToken: string,
  body: Record<string, unknown> = {},
  admittedOn = '2020-02-01',
): Promise<MemberBody> {
  const applicant = await givenApplicant(t, cooperativeId, secretaryToken, { appliedOn: '2020-01-01', ...body });
  return act(t, cooperativeId, secretaryToken, applicant.id, 'admit', { effectiveDate: admittedOn });
}

/** An active member with an account (invitation accepted) and a logged-in token: someone who can vote. */
export async function givenVoter(
  t: TestApp,
  cooperativeId: string,
  secretaryToken: string,
  body: Record<string, unknown> = {},
): Promise<Voter> {
  const email = `voter-${randomBytes(5).toString('hex')}@test.local`;
  const member = await givenMemberIn(t, cooperativeId, secretaryToken, 'active', {
    name: 'Vera Voter',
    email,
    ...body,
  });
  const invited = await as(t, secretaryToken).post(`${membersPath(cooperativeId)}/${member.id}/invitations`, {});
  if (invited.status !== 200) throw new Error(`invitation failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const password = `pw-${randomBytes(6).toString('hex')}-long`;
  const accepted = await t
    .http()
    .post(`/v1/cooperatives/${cooperativeId}/member-invitations/accept`)
    .send({ token: invited.body.token, password });
  if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return { member, token: (await login(t, email, password)).accessToken };
}

/** A draft ballot; fails the test unless it is created. */
export async function givenBallot(
  t: TestApp,
  cooperativeId: string,
  secretaryToken: string,
  body: Record<string, unknown> = {},
): Promise<{ id: string; [field: string]: unknown }> {
  const res = await as(t, secretaryToken).post(ballotsPath(cooperativeId), {
    title: 'Approve the accounts',
    kind: 'motion',
    mode: 'electronic',
    secret: true,
    recordDate: '2021-06-30',
    ...body,
  });
  if (res.status !== 201) throw new Error(`ballot not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Applies a lifecycle action (open, close, publish); fails the test unless it succeeds. */
export async function ballotAction(
  t: TestApp,
  cooperativeId: string,
  secretaryToken: string,
  ballotId: string,
  action: 'open' | 'close' | 'publish',
) {
  const res = await as(t, secretaryToken).post(`${ballotsPath(cooperativeId)}/${ballotId}/${action}`);
  if (res.status !== 200) throw new Error(`${action} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Every page of a keyset-paginated list. */
export async function allPages<T>(t: TestApp, token: string, path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const res = await as(t, token).get(`${path}${sep}limit=200${cursor ? `&cursor=${cursor}` : ''}`);
    if (res.status !== 200) throw new Error(`list failed: ${res.status} ${JSON.stringify(res.body)}`);
    items.push(...(res.body.items as T[]));
    cursor = res.body.nextCursor as string | null;
  } while (cursor);
  return items;
}

export const expectProblem = (res: { status: number; body: { code?: string } }, status: number, code: string) =>
  expect([res.status, res.body.code]).toEqual([status, code]);
