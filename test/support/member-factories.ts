/** Given-style factories for the member register, through the API as a secretary would use it. */
import type { MemberAction, MemberStatus } from '../../src/membership/member-lifecycle.rules.js';
import { givenMinimumSubscription } from './share-capital.factories.js';
import type { TestApp } from './test-app.js';

export interface MemberBody {
  id: string;
  memberNumber: number | null;
  status: MemberStatus;
  name: string;
  [field: string]: unknown;
}

export const ACTION_ROUTES: Record<MemberAction, string> = {
  admit: 'admit',
  reject: 'reject',
  withdraw_application: 'withdraw-application',
  suspend: 'suspend',
  reinstate: 'reinstate',
  cease: 'cease',
  rejoin: 'rejoin',
};

export const membersPath = (cooperativeId: string) => `/v1/cooperatives/${cooperativeId}/members`;

/**
 * A new applicant (applied on 2020-01-01 unless told otherwise) who subscribed the bylaws' minimum shares on the
 * application day, so that admission passes the share-capital check (`minimumShares: false` for none).
 */
export async function givenApplicant(
  t: TestApp,
  cooperativeId: string,
  token: string,
  body: Record<string, unknown> = {},
  { minimumShares = true }: { minimumShares?: boolean } = {},
): Promise<MemberBody> {
  const res = await t
    .http()
    .post(membersPath(cooperativeId))
    .auth(token, { type: 'bearer' })
    .send({ kind: 'natural_person', name: 'Ana Applicant', appliedOn: '2020-01-01', ...body });
  if (res.status !== 201) throw new Error(`applicant not created: ${res.status} ${JSON.stringify(res.body)}`);
  if (minimumShares) await givenMinimumSubscription(t, (res.body as MemberBody).id);
  return res.body as MemberBody;
}

/** Applies one action; fails the test unless it succeeds. */
export async function act(
  t: TestApp,
  cooperativeId: string,
  token: string,
  memberId: string,
  action: MemberAction,
  body: Record<string, unknown>,
): Promise<MemberBody> {
  const res = await t
    .http()
    .post(`${membersPath(cooperativeId)}/${memberId}/${ACTION_ROUTES[action]}`)
    .auth(token, { type: 'bearer' })
    .send(body);
  if (res.status !== 200) throw new Error(`${action} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as MemberBody;
}

/**
 * A record brought to `status` by the shortest legal path: applied 2020-01-01, admitted 2020-02-01, then
 * suspended 2020-03-01 or ceased (withdrawn) 2020-04-01, or rejected 2020-02-01.
 */
export async function givenMemberIn(
  t: TestApp,
  cooperativeId: string,
  token: string,
  status: MemberStatus,
  body: Record<string, unknown> = {},
): Promise<MemberBody> {
  let member = await givenApplicant(t, cooperativeId, token, body);
  const step = (action: MemberAction, effectiveDate: string, extra: Record<string, unknown> = {}) =>
    act(t, cooperativeId, token, member.id, action, { effectiveDate, ...extra });
  if (status === 'rejected') return step('reject', '2020-02-01');
  if (status === 'applicant') return member;
  member = await step('admit', '2020-02-01');
  if (status === 'suspended') return step('suspend', '2020-03-01');
  if (status === 'ceased') return step('cease', '2020-04-01', { cessationReason: 'withdrawn' });
  return member;
}
