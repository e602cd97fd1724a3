import { givenApiKey, givenCooperative, givenSuperadmin, givenUser, type LoggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('authorisation: roles, scopes and cooperative isolation', () => {
  let t: TestApp;
  let coopA: string;
  let coopB: string;
  let adminA: LoggedIn;
  let secretaryA: LoggedIn;
  let adminB: LoggedIn;
  beforeAll(async () => {
    t = await startTestApp();
    coopA = await givenCooperative(t);
    coopB = await givenCooperative(t);
    adminA = await givenUser(t, coopA, ['admin']);
    secretaryA = await givenUser(t, coopA, ['secretary']);
    adminB = await givenUser(t, coopB, ['admin']);
  });
  afterAll(() => t.close());

  const bearer = (u: LoggedIn) => ({ Authorization: `Bearer ${u.accessToken}` });

  it('lets every role of the cooperative read its bylaws', async () => {
    await t.http().get(`/v1/cooperatives/${coopA}/bylaws`).set(bearer(secretaryA)).expect(200);
  });

  it('refuses a secretary an admin route with 403 and changes nothing', async () => {
    const res = await t
      .http()
      .patch(`/v1/cooperatives/${coopA}/bylaws`)
      .set(bearer(secretaryA))
      .send({ quorumPercent: '10' })
      .expect(403);
    expect(res.body).toMatchObject({ code: 'FORBIDDEN', detail: 'This needs one of the roles: admin.' });
    const bylaws = await t.http().get(`/v1/cooperatives/${coopA}/bylaws`).set(bearer(secretaryA)).expect(200);
    expect(bylaws.body.quorumPercent).toBe('50');
  });

  it("answers 404 to a user asking for another cooperative's objects", async () => {
    for (const path of ['', '/bylaws', '/audit-log', '/users', '/api-clients']) {
      const res = await t.http().get(`/v1/cooperatives/${coopB}${path}`).set(bearer(adminA)).expect(404);
      expect(res.body.code).toBe('COOPERATIVE_NOT_FOUND');
    }
    await t
      .http()
      .patch(`/v1/cooperatives/${coopB}/bylaws`)
      .set(bearer(adminA))
      .send({ quorumPercent: '10' })
      .expect(404);
  });

  it('answers 404 for a malformed or unknown cooperative id', async () => {
    await t.http().get('/v1/cooperatives/not-a-uuid/bylaws').set(bearer(adminA)).expect(404);
    await t
      .http()
      .get('/v1/cooperatives/00000000-0000-4000-8000-000000000000/bylaws')
      .auth(await givenSuperadmin(t), { type: 'bearer' })
      .expect(404);
  });

  it('keeps superadmin routes for the superadmin', async () => {
    const res = await t.http().post('/v1/cooperatives').set(bearer(adminA)).send({ name: 'Rogue' }).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
    await t.http().get('/v1/cooperatives').set(bearer(adminA)).expect(403);
  });

  it('grants and revokes roles; a revoked role stops working at once', async () => {
    const user = await givenUser(t, coopA, ['board']);
    await t.http().get(`/v1/cooperatives/${coopA}/audit-log`).set(bearer(user)).expect(200);
    await t
      .http()
      .put(`/v1/cooperatives/${coopA}/users/${user.userId}/roles/treasurer`)
      .set(bearer(adminA))
      .expect(200, {
        userId: user.userId,
        email: user.email,
        roles: ['board', 'treasurer'],
      });
    await t.http().delete(`/v1/cooperatives/${coopA}/users/${user.userId}/roles/board`).set(bearer(adminA)).expect(204);
    const denied = await t.http().get(`/v1/cooperatives/${coopA}/audit-log`).set(bearer(user)).expect(403);
    expect(denied.body.code).toBe('FORBIDDEN');
    const log = await t
      .http()
      .get(`/v1/cooperatives/${coopA}/audit-log?targetId=${user.userId}`)
      .set(bearer(adminA))
      .expect(200);
    expect(
      log.body.items.map((e: { action: string; summary: { role: string } }) => [e.action, e.summary.role]),
    ).toEqual([
      ['role.revoked', 'board'],
      ['role.granted', 'treasurer'],
      ['role.granted', 'board'],
    ]);
    await t.http().put(`/v1/cooperatives/${coopA}/users/${user.userId}/roles/janitor`).set(bearer(adminA)).expect(400);
    await t.http().delete(`/v1/cooperatives/${coopA}/users/${user.userId}/roles/board`).set(bearer(adminA)).expect(404);
  });

  it("an admin of B cannot grant roles in A, nor add B's users to A", async () => {
    await t.http().put(`/v1/cooperatives/${coopA}/users/${adminB.userId}/roles/admin`).set(bearer(adminB)).expect(404);
    await t
      .http()
      .post(`/v1/cooperatives/${coopA}/users`)
      .set(bearer(adminB))
      .send({ email: adminB.email, roles: ['admin'] })
      .expect(404);
  });

  describe('API keys', () => {
    it('are shown once, stored hashed, and work within their scopes', async () => {
      const created = await t
        .http()
        .post(`/v1/cooperatives/${coopA}/api-clients`)
        .set(bearer(adminA))
        .send({ name: 'Accounting', scopes: ['bylaws:read'] })
        .expect(201);
      const key: string = created.body.key;
      expect(created.headers.location).toBe(`/v1/cooperatives/${coopA}/api-clients/${created.body.id}`);
      const read = await t.http().get(created.headers.location).set(bearer(adminA)).expect(200);
      expect(read.body).toEqual({ ...created.body, key: undefined, lastUsedAt: null });
      expect(read.body).not.toHaveProperty('key');
      const unknown = await t
        .http()
        .get(`/v1/cooperatives/${coopA}/api-clients/00000000-0000-4000-8000-000000000000`)
        .set(bearer(adminA))
        .expect(404);
      expect(unknown.body.code).toBe('API_CLIENT_NOT_FOUND');
      expect(key).toMatch(/^coop_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
      const [row] = await t.query<{ secret_hash: string }>('SELECT secret_hash FROM api_clients WHERE id = $1', [
        created.body.id,
      ]);
      expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.secret_hash).not.toContain(key.split('_')[2]);
      const list = await t.http().get(`/v1/cooperatives/${coopA}/api-clients`).set(bearer(adminA)).expect(200);
      expect(JSON.stringify(list.body)).not.toContain(key.split('_')[2]);

      await t.http().get(`/v1/cooperatives/${coopA}/bylaws`).set('X-API-Key', key).expect(200);
      const noScope = await t.http().get(`/v1/cooperatives/${coopA}/audit-log`).set('X-API-Key', key).expect(403);
      expect(noScope.body.detail).toBe('This API key lacks the scope audit:read.');
      // Admin-only routes are for people: no scope opens them.
      await t
        .http()
        .patch(`/v1/cooperatives/${coopA}/bylaws`)
        .set('X-API-Key', key)
        .send({ quorumPercent: '10' })
        .expect(403);
      await t.http().get(`/v1/cooperatives/${coopB}/bylaws`).set('X-API-Key', key).expect(404);
      const [used] = await t.query<{ last_used_at: Date | null }>(
        'SELECT last_used_at FROM api_clients WHERE id = $1',
        [created.body.id],
      );
      expect(used.last_used_at).toBeInstanceOf(Date);
      const me = await t.http().get('/v1/me').set('X-API-Key', key).expect(200);
      expect(me.body).toMatchObject({ kind: 'api_client', id: created.body.id, scopes: ['bylaws:read'] });
    });

    it('stop working when revoked', async () => {
      const key = await givenApiKey(t, coopA, ['bylaws:read']);
      const [{ id }] = await t.query<{ id: string }>(`SELECT id FROM api_clients WHERE key_prefix = $1`, [
        key.split('_')[1],
      ]);
      await t.http().delete(`/v1/cooperatives/${coopA}/api-clients/${id}`).set(bearer(adminA)).expect(204);
      const res = await t.http().get(`/v1/cooperatives/${coopA}/bylaws`).set('X-API-Key', key).expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
      await t.http().delete(`/v1/cooperatives/${coopA}/api-clients/${id}`).set(bearer(adminA)).expect(404);
    });

    it('refuse a forged key', async () => {
      const key = await givenApiKey(t, coopA, ['bylaws:read']);
      const forged = key.slice(0, -4) + 'AAAA';
      await t.http().get(`/v1/cooperatives/${coopA}/bylaws`).set('X-API-Key', forged).expect(401);
      await t.http().get(`/v1/cooperatives/${coopA}/bylaws`).set('X-API-Key', 'coop_short').expect(401);
    });

    it('refuse unknown scopes at creation', async () => {
      const res = await t
        .http()
        .post(`/v1/cooperatives/${coopA}/api-clients`)
        .set(bearer(adminA))
        .send({ name: 'x', scopes: ['everything'] })
        .expect(400);
      expect(res.body.errors[0].field).toBe('scopes');
    });
  });
});
