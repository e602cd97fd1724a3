/**
 * Who may see and change what: cooperatives never see each other's members; board reads, secretary and admin
 * write, API keys by scope; a member, through an accepted invitation, reads and corrects only their own record.
 */
import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { givenApiKey, givenCooperative, givenUser, login, omitRequest, type LoggedIn } from '../support/factories.js';
import { act, givenApplicant, givenMemberIn, type MemberBody, membersPath } from '../support/member-factories.js';
import { givenMinimumSubscription } from '../support/share-capital.factories.js';
import type { TestApp } from '../support/test-app.js';
import { startConformingApp } from '../support/contract.js';

// Jest applies testTimeout only globally, not from the e2e project's config: without this every test and hook
// here has 5 s, too little for 100 concurrent admissions on a loaded 2-core machine.
jest.setTimeout(60_000);

describe('access to the register', () => {
  let t: TestApp;
  let coopA: string;
  let coopB: string;
  let secA: LoggedIn;
  let secB: LoggedIn;
  let m1: MemberBody;
  let m2: MemberBody;
  let b1: MemberBody;

  beforeAll(async () => {
    t = await startConformingApp();
    coopA = await givenCooperative(t);
    coopB = await givenCooperative(t);
    secA = await givenUser(t, coopA, ['secretary']);
    secB = await givenUser(t, coopB, ['secretary']);
    m1 = await givenMemberIn(t, coopA, secA.accessToken, 'active', {
      name: 'Marta Uno',
      email: 'marta.uno@example.org',
      address: 'Aldea Uno',
    });
    m2 = await givenMemberIn(t, coopA, secA.accessToken, 'active', { name: 'Mario Dos', address: 'Aldea Dos' });
    b1 = await givenMemberIn(t, coopB, secB.accessToken, 'active', { name: 'Beatriz B' });
  });
  afterAll(() => t.close());

  const as = (token: string) => ({
    get: (path: string) => t.http().get(path).auth(token, { type: 'bearer' }),
    post: (path: string, body: object = {}) => t.http().post(path).auth(token, { type: 'bearer' }).send(body),
    patch: (path: string, body: object) => t.http().patch(path).auth(token, { type: 'bearer' }).send(body),
  });
  const withKey = (key: string) => ({
    get: (path: string) => t.http().get(path).set('X-API-Key', key),
    post: (path: string, body: object = {}) => t.http().post(path).set('X-API-Key', key).send(body),
  });
  const expectProblem = (res: { status: number; body: { code: string } }, status: number, code: string) =>
    expect([res.status, res.body.code]).toEqual([status, code]);

  describe('between cooperatives', () => {
    it("a secretary of A asking A's routes for B's member gets 404 MEMBER_NOT_FOUND, for reads and writes", async () => {
      const a = as(secA.accessToken);
      const base = `${membersPath(coopA)}/${b1.id}`;
      expectProblem(await a.get(base), 404, 'MEMBER_NOT_FOUND');
      expectProblem(await a.get(`${base}/history`), 404, 'MEMBER_NOT_FOUND');
      expectProblem(await a.get(`${base}/audit-log`), 404, 'MEMBER_NOT_FOUND');
      expectProblem(await a.patch(base, { phone: '+1 555 0100' }), 404, 'MEMBER_NOT_FOUND');
      expectProblem(await a.post(`${base}/suspend`, { effectiveDate: '2021-01-01' }), 404, 'MEMBER_NOT_FOUND');
      expectProblem(await a.post(`${base}/invitations`, { email: 'x@example.org' }), 404, 'MEMBER_NOT_FOUND');
      expect((await a.get(`${membersPath(coopA)}?q=Beatriz`)).body.items).toEqual([]);
      const [row] = await t.query(`SELECT status, phone FROM members WHERE id = $1`, [b1.id]);
      expect(row).toEqual({ status: 'active', phone: null });
    });

    it("a secretary of A on B's routes gets 404 COOPERATIVE_NOT_FOUND everywhere", async () => {
      const a = as(secA.accessToken);
      const base = membersPath(coopB);
      for (const res of [
        await a.get(base),
        await a.get(`${base}/${b1.id}`),
        await a.get(`${base}/register?asOf=2021-01-01`),
        await a.get(`${base}/export.csv`),
        await a.post(base, { kind: 'natural_person', name: 'Intruder' }),
        await a.post(`${base}/${b1.id}/suspend`, { effectiveDate: '2021-01-01' }),
      ]) {
        expectProblem(res, 404, 'COOPERATIVE_NOT_FOUND');
      }
    });

    it("an API key of A cannot reach B's register", async () => {
      const key = withKey(await givenApiKey(t, coopA, ['members:read', 'members:write']));
      expectProblem(await key.get(membersPath(coopB)), 404, 'COOPERATIVE_NOT_FOUND');
      expectProblem(await key.get(`${membersPath(coopA)}/${b1.id}`), 404, 'MEMBER_NOT_FOUND');
    });
  });

  describe('roles and scopes', () => {
    it('the board reads the register but changes nothing', async () => {
      const board = as((await givenUser(t, coopA, ['board'])).accessToken);
      expect((await board.get(membersPath(coopA))).status).toBe(200);
      expect((await board.get(`${membersPath(coopA)}/${m2.id}`)).body.address).toBe('Aldea Dos');
      expect((await board.get(`${membersPath(coopA)}/register?asOf=2021-01-01`)).status).toBe(200);
      expect((await board.get(`${membersPath(coopA)}/export.csv`)).status).toBe(200);
      expectProblem(await board.post(membersPath(coopA), { kind: 'natural_person', name: 'X' }), 403, 'FORBIDDEN');
      expectProblem(
        await board.post(`${membersPath(coopA)}/${m2.id}/suspend`, { effectiveDate: '2021-01-01' }),
        403,
        'FORBIDDEN',
      );
      expectProblem(await board.patch(`${membersPath(coopA)}/${m2.id}`, { phone: '+1 555' }), 403, 'FORBIDDEN');
    });

    it('an admin manages the register', async () => {
      const admin = as((await givenUser(t, coopA, ['admin'])).accessToken);
      const res = await admin.post(membersPath(coopA), { kind: 'natural_person', name: 'By Admin' });
      expect(res.status).toBe(201);
    });

    it('a treasurer (no register role) is refused with 403', async () => {
      const treasurer = as((await givenUser(t, coopA, ['treasurer'])).accessToken);
      expectProblem(await treasurer.get(membersPath(coopA)), 403, 'FORBIDDEN');
    });

    it('API keys: members:read reads, members:write writes, neither opens self-service', async () => {
      const reader = withKey(await givenApiKey(t, coopA, ['members:read']));
      const writer = withKey(await givenApiKey(t, coopA, ['members:write']));
      const other = withKey(await givenApiKey(t, coopA, ['capital:read']));
      expect((await reader.get(membersPath(coopA))).status).toBe(200);
      expect((await reader.get(`${membersPath(coopA)}/${m2.id}`)).status).toBe(200);
      expectProblem(await reader.post(membersPath(coopA), { kind: 'natural_person', name: 'X' }), 403, 'FORBIDDEN');
      expectProblem(await other.get(membersPath(coopA)), 403, 'FORBIDDEN');
      const created = await writer.post(membersPath(coopA), {
        kind: 'natural_person',
        name: 'By App',
        appliedOn: '2020-12-01',
      });
      expect(created.status).toBe(201);
      await givenMinimumSubscription(t, created.body.id);
      const admitted = await writer.post(`${membersPath(coopA)}/${created.body.id}/admit`, {
        effectiveDate: '2021-01-01',
      });
      expect(admitted.status).toBe(200);
      const [row] = await t.query(`SELECT recorded_by_type FROM member_transitions WHERE member_id = $1`, [
        created.body.id,
      ]);
      expect(row).toEqual({ recorded_by_type: 'api_client' });
      expectProblem(await reader.get(`${membersPath(coopA)}/me`), 403, 'FORBIDDEN');
    });
  });

  describe('self-service', () => {
    let member: LoggedIn;
    let me: ReturnType<typeof as>;
    let token: string;
    const password = 'a-long-member-password';

    beforeAll(async () => {
      const invited = await as(secA.accessToken).post(`${membersPath(coopA)}/${m1.id}/invitations`, {});
      // 200, not 201: a one-time token, no invitation resource a GET could read back.
      expect(invited.status).toBe(200);
      expect(invited.headers.location).toBeUndefined();
      token = invited.body.token;
      const accepted = await t
        .http()
        .post(`/v1/cooperatives/${coopA}/member-invitations/accept`)
        .send({ token, password });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({
        cooperativeId: coopA,
        memberId: m1.id,
        email: 'marta.uno@example.org',
        newAccount: true,
      });
      const tokens = await login(t, 'marta.uno@example.org', password);
      member = { userId: accepted.body.userId, email: 'marta.uno@example.org', password, ...tokens };
      me = as(member.accessToken);
    });

    it('the invitation token is stored only as a hash and is not in the audit log', async () => {
      const [secret] = token.split('.').slice(1);
      const rows = await t.query(`SELECT secret_hash FROM member_invitations WHERE member_id = $1`, [m1.id]);
      expect(rows).toHaveLength(1);
      expect(rows[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);
      const leaks = await t.query(
        `SELECT 1 FROM audit_log WHERE summary::text LIKE $1
         UNION ALL SELECT 1 FROM idempotency_records WHERE response_body::text LIKE $1`,
        [`%${secret}%`],
      );
      expect(leaks).toEqual([]);
    });

    it('the new account holds the role member in that cooperative only', async () => {
      const whoami = await me.get('/v1/me').expect(200);
      expect(whoami.body.cooperatives).toEqual([expect.objectContaining({ id: coopA, roles: ['member'] })]);
    });

    it('a member reads their own record and history', async () => {
      const own = await me.get(`${membersPath(coopA)}/me`);
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({ id: m1.id, name: 'Marta Uno', hasAccount: true, status: 'active' });
      expect((await me.get(`${membersPath(coopA)}/${m1.id}`)).body.id).toBe(m1.id);
      const history = await me.get(`${membersPath(coopA)}/me/history`);
      expect(history.body.items.map((h: { action: string }) => h.action)).toEqual(['admit']);
      const audit = await me.get(`${membersPath(coopA)}/me/audit-log`);
      expect(audit.status).toBe(200);
      expect(new Set(audit.body.items.map((a: { targetId: string }) => a.targetId))).toEqual(new Set([m1.id]));
      expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(
        expect.arrayContaining(['member.account_linked', 'member.invited', 'member.admitted', 'member.applied']),
      );
    });

    it('linking the account is a change of the record: its version moves on', async () => {
      const own = await me.get(`${membersPath(coopA)}/me`).expect(200);
      // applied (1), admitted (2), account linked (3)
      expect([own.body.version, own.headers.etag]).toEqual([3, '"3"']);
    });

    it('a member corrects their own contact data, audited as done by the member', async () => {
      const res = await me.patch(`${membersPath(coopA)}/me`, {
        phone: '+504 9999 0000',
        address: 'Aldea Nueva\nCasa 4',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ phone: '+504 9999 0000', address: 'Aldea Nueva\nCasa 4' });
      const [entry] = await t.query(
        `SELECT actor_id, summary FROM audit_log WHERE target_id = $1 AND action = 'member.updated'`,
        [m1.id],
      );
      expect(entry).toEqual({
        actor_id: member.userId,
        summary: {
          by: 'member',
          before: { phone: null, address: 'Aldea Uno' },
          after: { phone: '+504 9999 0000', address: 'Aldea Nueva\nCasa 4' },
        },
      });
    });

    it('a member cannot change their name, status or number', async () => {
      for (const field of ['name', 'status', 'memberNumber']) {
        const res = await me.patch(`${membersPath(coopA)}/me`, { [field]: field === 'memberNumber' ? 1 : 'x' });
        expect(res.status).toBe(400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
      }
      expectProblem(await me.patch(`${membersPath(coopA)}/${m1.id}`, { name: 'Marta Reina' }), 403, 'FORBIDDEN');
      const [row] = await t.query(`SELECT name, status, member_number FROM members WHERE id = $1`, [m1.id]);
      expect(row).toEqual({ name: 'Marta Uno', status: 'active', member_number: m1.memberNumber });
    });

    it('a member’s contact change honours If-Match: a stale tag is 412 and writes nothing', async () => {
      const path = `${membersPath(coopA)}/me`;
      const read = await me.get(path).expect(200);
      const stale = read.headers.etag;
      const audits = async () =>
        (await t.query(`SELECT count(*)::int AS n FROM audit_log WHERE target_id = $1`, [m1.id]))[0].n as number;
      const before = await audits();
      // The secretary corrects the record meanwhile: the member's tag is now stale.
      await as(secA.accessToken)
        .patch(`${membersPath(coopA)}/${m1.id}`, { occupation: 'coffee grower' })
        .expect(200);
      const refused = await me.patch(path, { phone: '+504 1111 2222' }).set('If-Match', stale);
      expectProblem(refused, 412, 'PRECONDITION_FAILED');
      const [row] = await t.query(`SELECT phone, version FROM members WHERE id = $1`, [m1.id]);
      expect(row).toEqual({ phone: read.body.phone, version: read.body.version + 1 });
      expect(read.body.phone).toBe('+504 9999 0000');
      expect(await audits()).toBe(before + 1); // the secretary's correction only

      const fresh = (await me.get(path).expect(200)).headers.etag;
      const done = await me.patch(path, { phone: '+504 1111 2222' }).set('If-Match', fresh).expect(200);
      expect([done.body.phone, done.headers.etag]).toEqual(['+504 1111 2222', `"${read.body.version + 2}"`]);
    });

    it('a member cannot read another member: 404, as if it did not exist', async () => {
      for (const path of [`${m2.id}`, `${m2.id}/history`, `${m2.id}/audit-log`, `${b1.id}`]) {
        const res = await me.get(`${membersPath(coopA)}/${path}`);
        expectProblem(res, 404, 'MEMBER_NOT_FOUND');
        expect(JSON.stringify(res.body)).not.toContain('Aldea Dos');
      }
    });

    it('a member cannot list, search, export or change the register', async () => {
      const base = membersPath(coopA);
      for (const res of [
        await me.get(base),
        await me.get(`${base}?q=Mario`),
        await me.get(`${base}/register?asOf=2021-01-01`),
        await me.get(`${base}/export.csv`),
        await me.get(`/v1/cooperatives/${coopA}/audit-log`),
        await me.post(base, { kind: 'natural_person', name: 'X' }),
        await me.patch(`${base}/${m2.id}`, { address: 'Mine now' }),
        await me.post(`${base}/${m2.id}/suspend`, { effectiveDate: '2021-01-01' }),
        await me.post(`${base}/${m1.id}/cease`, { effectiveDate: '2021-01-01', cessationReason: 'withdrawn' }),
        await me.post(`${base}/${m2.id}/invitations`, {}),
      ]) {
        expectProblem(res, 403, 'FORBIDDEN');
      }
      const [row] = await t.query(`SELECT address, status FROM members WHERE id = $1`, [m2.id]);
      expect(row).toEqual({ address: 'Aldea Dos', status: 'active' });
    });

    it('a member of A has no standing in B', async () => {
      expectProblem(await me.get(`${membersPath(coopB)}/me`), 404, 'COOPERATIVE_NOT_FOUND');
      expectProblem(await me.get(`${membersPath(coopB)}/${b1.id}`), 404, 'COOPERATIVE_NOT_FOUND');
    });

    it('the token works once; a linked member cannot be invited again', async () => {
      const again = await t
        .http()
        .post(`/v1/cooperatives/${coopA}/member-invitations/accept`)
        .send({ token, password: 'another-long-password' });
      expectProblem(again, 401, 'INVITATION_INVALID');
      expectProblem(
        await as(secA.accessToken).post(`${membersPath(coopA)}/${m1.id}/invitations`, {}),
        409,
        'MEMBER_ALREADY_LINKED',
      );
    });

    it('a user holding the role member but linked to no record sees nothing', async () => {
      const stray = as((await givenUser(t, coopA, ['member'])).accessToken);
      expectProblem(await stray.get(`${membersPath(coopA)}/me`), 404, 'MEMBER_NOT_FOUND');
      expectProblem(await stray.get(`${membersPath(coopA)}/${m1.id}`), 404, 'MEMBER_NOT_FOUND');
    });
  });

  describe('invitations', () => {
    const accept = (coop: string, token: string, password = 'a-long-member-password') =>
      t.http().post(`/v1/cooperatives/${coop}/member-invitations/accept`).send({ token, password });
    const invite = (memberId: string, body: object = {}) =>
      as(secA.accessToken).post(`${membersPath(coopA)}/${memberId}/invitations`, body);

    it('refuses malformed, unknown, foreign-cooperative, revoked and expired tokens', async () => {
      const applicant = await givenApplicant(t, coopA, secA.accessToken, { email: 'rosa@example.org' });
      const first = (await invite(applicant.id)).body.token as string;
      const second = (await invite(applicant.id)).body.token as string;
      expectProblem(await accept(coopA, 'nonsense'), 401, 'INVITATION_INVALID');
      expectProblem(await accept(coopA, `${second.split('.')[0]}.${'A'.repeat(43)}`), 401, 'INVITATION_INVALID');
      expectProblem(await accept(coopB, second), 401, 'INVITATION_INVALID');
      expectProblem(await accept(coopA, first), 401, 'INVITATION_INVALID'); // revoked by the second
      await t.query(`UPDATE member_invitations SET expires_at = now() - interval '1 second' WHERE member_id = $1`, [
        applicant.id,
      ]);
      expectProblem(await accept(coopA, second), 401, 'INVITATION_INVALID');
      const [row] = await t.query(`SELECT user_id FROM members WHERE id = $1`, [applicant.id]);
      expect(row).toEqual({ user_id: null });
    });

    it('needs an email: the record’s or one given', async () => {
      const res = await invite(m2.id);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { field: 'email', message: 'email is required when the member record has none' },
      ]);
    });

    it('links an existing account only with its own password, and never changes it', async () => {
      const existing = await givenUser(t, coopB, ['secretary']);
      const invited = await invite(m2.id, { email: existing.email });
      const wrong = await accept(coopA, invited.body.token, 'not-the-right-password');
      // The same answer as a token that is no invitation at all: it never tells whether the email has an account.
      const bogus = await accept(coopA, `${randomUUID()}.${'A'.repeat(43)}`, 'not-the-right-password');
      const answer = (res: typeof wrong) => [res.status, res.headers['www-authenticate'], omitRequest(res.body)];
      expect(answer(wrong)).toEqual(answer(bogus));
      expect(omitRequest(wrong.body)).toEqual({
        type: expect.any(String),
        title: expect.any(String),
        status: 401,
        code: 'INVITATION_INVALID',
        detail: 'The invitation is invalid, expired, revoked or used.',
        instance: `/v1/cooperatives/${coopA}/member-invitations/accept`,
      });
      expect(JSON.stringify(wrong.body)).not.toMatch(/account/i);
      expect((await t.query(`SELECT user_id FROM members WHERE id = $1`, [m2.id]))[0]).toEqual({ user_id: null });

      const linked = await accept(coopA, invited.body.token, existing.password);
      expect(linked.status).toBe(200);
      expect(linked.body).toMatchObject({ userId: existing.userId, memberId: m2.id, newAccount: false });
      const tokens = await login(t, existing.email, existing.password);
      const whoami = await as(tokens.accessToken).get('/v1/me').expect(200);
      expect(whoami.body.cooperatives).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: coopA, roles: ['member'] }),
          expect.objectContaining({ id: coopB, roles: ['secretary'] }),
        ]),
      );
      expect((await as(tokens.accessToken).get(`${membersPath(coopA)}/me`)).body.id).toBe(m2.id);
    });

    it('one account is the member record of at most one person per cooperative', async () => {
      const other = await givenMemberIn(t, coopA, secA.accessToken, 'active', { name: 'Third' });
      const res = await invite(other.id, { email: 'marta.uno@example.org' });
      const accepted = await accept(coopA, res.body.token);
      expectProblem(accepted, 409, 'USER_ALREADY_MEMBER');
    });

    it('an applicant may be invited and sees their record', async () => {
      const applicant = await givenApplicant(t, coopA, secA.accessToken, { email: 'applicant@example.org' });
      const res = await invite(applicant.id, { expiresInDays: 1 });
      expect(Date.parse(res.body.expiresAt) - Date.now()).toBeLessThanOrEqual(86_400_000);
      expect((await accept(coopA, res.body.token)).status).toBe(200);
      const tokens = await login(t, 'applicant@example.org', 'a-long-member-password');
      const own = await as(tokens.accessToken).get(`${membersPath(coopA)}/me`);
      expect(own.body).toMatchObject({ status: 'applicant', memberNumber: null });
      await act(t, coopA, secA.accessToken, applicant.id, 'admit', { effectiveDate: '2021-01-01' });
    });
  });
});
