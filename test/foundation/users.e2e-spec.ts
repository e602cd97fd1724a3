/**
 * Users across cooperatives (issue 15, items 6 and 7a): a user with no role in B is 404 to B's admins on every
 * /users/{userId} route, whether or not the account exists; B's admin adds a person by invitation only, answered the
 * same whether or not the email has an account; the account's owner consents by accepting with its own password,
 * and a wrong password is answered exactly as a bad token. A's user's email never appears in B's answers.
 */
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { givenCooperative, givenUser, login, omitRequest, type LoggedIn } from '../support/factories.js';
import { startConformingApp } from '../support/contract.js';
import type { TestApp } from '../support/test-app.js';

describe('users across cooperatives', () => {
  let t: TestApp;
  let coopA: string;
  let coopB: string;
  let userA: LoggedIn;
  let adminB: LoggedIn;
  beforeAll(async () => {
    t = await startConformingApp();
    coopA = await givenCooperative(t);
    coopB = await givenCooperative(t);
    userA = await givenUser(t, coopA, ['secretary']);
    adminB = await givenUser(t, coopB, ['admin']);
  });
  afterAll(() => t.close());

  const usersB = () => `/v1/cooperatives/${coopB}/users`;
  const asB = () => ({ Authorization: `Bearer ${adminB.accessToken}` });
  const grantsOf = async (userId: string, cooperativeId: string) =>
    (await t.query(`SELECT role FROM role_grants WHERE user_id = $1 AND cooperative_id = $2`, [userId, cooperativeId]))
      .length;
  const accept = (token: string, password: string) =>
    t.http().post(`/v1/cooperatives/${coopB}/user-invitations/accept`).send({ token, password });
  /** What a caller can tell two answers apart by. */
  const answer = (res: Response) => [res.status, res.headers['www-authenticate'], omitRequest(res.body)];
  const expectNoEmailOfA = (res: Response) => expect(JSON.stringify(res.body)).not.toContain(userA.email);

  it("is 404 USER_NOT_FOUND to B's admins on every /users/{userId} route for A's user, as for no user at all", async () => {
    const routes = (userId: string) => [
      t.http().get(`${usersB()}/${userId}`).set(asB()),
      t.http().put(`${usersB()}/${userId}/roles/member`).set(asB()),
      t.http().delete(`${usersB()}/${userId}/roles/member`).set(asB()),
    ];
    const foreign = await Promise.all(routes(userA.userId));
    const missing = await Promise.all(routes(randomUUID()));
    for (const [i, res] of foreign.entries()) {
      expect([res.status, res.body.code, res.body.detail]).toEqual([
        404,
        'USER_NOT_FOUND',
        'This user holds no role in this cooperative.',
      ]);
      expectNoEmailOfA(res);
      expect({ ...omitRequest(res.body), instance: null }).toEqual({
        ...omitRequest(missing[i].body),
        instance: null,
      });
    }
    expect(await grantsOf(userA.userId, coopB)).toBe(0);
    const list = await t.http().get(usersB()).set(asB()).expect(200);
    expectNoEmailOfA(list);
  });

  it("answers an existing account's email exactly as a new one, grants nothing and shows nothing of the account", async () => {
    const existing = await t
      .http()
      .post(usersB())
      .set(asB())
      .send({ email: userA.email, roles: ['board'] });
    const fresh = await t
      .http()
      .post(usersB())
      .set(asB())
      .send({ email: 'nobody-yet@test.local', roles: ['board'] });
    for (const res of [existing, fresh]) {
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        email: res === existing ? userA.email : 'nobody-yet@test.local',
        roles: ['board'],
        status: 'pending',
        expiresAt: expect.any(String),
        token: expect.stringMatching(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/),
      });
      expect(res.headers.location).toBe(`/v1/cooperatives/${coopB}/user-invitations/${res.body.id}`);
      expect(Object.keys(res.headers).sort()).toEqual(Object.keys(existing.headers).sort());
    }
    // Nothing is granted, nothing of A's account is shown, its password is unchanged.
    expect(await grantsOf(userA.userId, coopB)).toBe(0);
    expectNoEmailOfA(await t.http().get(usersB()).set(asB()).expect(200));
    const read = await t.http().get(existing.headers.location).set(asB()).expect(200);
    expect(read.body).toEqual({ ...existing.body, token: undefined });
    expect(JSON.stringify(read.body)).not.toContain(userA.userId);
    await login(t, userA.email, userA.password);
  });

  it("refuses A's account with a wrong password exactly as a bad token, then attaches it with its owner's", async () => {
    const invited = await t
      .http()
      .post(usersB())
      .set(asB())
      .send({ email: userA.email, roles: ['board'] })
      .expect(201);
    const wrong = await accept(invited.body.token, 'not-the-owners-password');
    const bogus = await accept(`${randomUUID()}.${'A'.repeat(43)}`, 'not-the-owners-password');
    const malformed = await accept('nonsense', 'not-the-owners-password');
    expect(answer(wrong)).toEqual(answer(bogus));
    expect(answer(wrong)).toEqual(answer(malformed));
    expect(omitRequest(wrong.body)).toEqual({
      type: expect.any(String),
      title: expect.any(String),
      status: 401,
      code: 'INVITATION_INVALID',
      detail: 'The invitation is invalid, expired, revoked or used.',
      instance: `/v1/cooperatives/${coopB}/user-invitations/accept`,
    });
    expect(await grantsOf(userA.userId, coopB)).toBe(0);
    expect((await t.http().get(invited.headers.location).set(asB()).expect(200)).body.status).toBe('pending');

    // The owner accepts: the account holds the role in B now, its password unchanged; the token works once.
    const accepted = await accept(invited.body.token, userA.password).expect(200);
    expect(accepted.body).toEqual({
      cooperativeId: coopB,
      userId: userA.userId,
      email: userA.email,
      roles: ['board'],
      newAccount: false,
    });
    expect(answer(await accept(invited.body.token, userA.password))).toEqual(answer(malformed));
    expect((await t.http().get(invited.headers.location).set(asB()).expect(200)).body.status).toBe('accepted');
    const read = await t.http().get(`${usersB()}/${userA.userId}`).set(asB()).expect(200);
    expect(read.body).toEqual({ userId: userA.userId, email: userA.email, roles: ['board'] });
    await t.http().put(`${usersB()}/${userA.userId}/roles/treasurer`).set(asB()).expect(200);
    await login(t, userA.email, userA.password);
    expect(await grantsOf(userA.userId, coopA)).toBe(1);
  });

  it('creates a new account with the password the invited person sets; a newer invitation revokes the older', async () => {
    const first = await t
      .http()
      .post(usersB())
      .set(asB())
      .send({ email: 'New.Person@test.local', roles: ['secretary'] });
    const second = await t
      .http()
      .post(usersB())
      .set(asB())
      .send({ email: 'new.person@test.local', roles: ['secretary'], displayName: 'New Person' })
      .expect(201);
    expect(first.body.email).toBe('new.person@test.local');
    expect(answer(await accept(first.body.token, 'a-long-new-password'))).toEqual(
      answer(await accept('nonsense', 'a-long-new-password')),
    );
    expect((await t.http().get(first.headers.location).set(asB()).expect(200)).body.status).toBe('revoked');
    const accepted = await accept(second.body.token, 'a-long-new-password').expect(200);
    expect(accepted.body).toMatchObject({ email: 'new.person@test.local', roles: ['secretary'], newAccount: true });
    const [user] = await t.query(`SELECT display_name FROM users WHERE id = $1`, [accepted.body.userId]);
    expect(user).toEqual({ display_name: 'New Person' });
    await login(t, 'new.person@test.local', 'a-long-new-password');
  });

  it('refuses an invitation without roles, and an expired token', async () => {
    const empty = await t.http().post(usersB()).set(asB()).send({ email: 'x@test.local', roles: [] }).expect(400);
    expect(empty.body.errors).toEqual([{ field: 'roles', message: 'roles must contain at least 1 elements' }]);
    const invited = await t
      .http()
      .post(usersB())
      .set(asB())
      .send({ email: 'late@test.local', roles: ['board'] });
    await t.query(`UPDATE user_invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      invited.body.id,
    ]);
    expect(answer(await accept(invited.body.token, 'a-long-new-password'))).toEqual(
      answer(await accept('nonsense', 'a-long-new-password')),
    );
    expect((await t.http().get(invited.headers.location).set(asB()).expect(200)).body.status).toBe('expired');
    expect(await t.query(`SELECT 1 FROM users WHERE email = 'late@test.local'`)).toEqual([]);
  });
});
