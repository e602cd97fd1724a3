/**
 * Webhook endpoints (issue 16, items 3 and 5): created by admins with a secret shown once, read without it, edited
 * with If-Match, rotated; URLs that are not https or reach a non-public address refused before anything is stored;
 * another cooperative's endpoint is 404; every change audited as an event that never carries the secret.
 */
import { givenCooperative, givenUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SECRET = /^whsec_[A-Za-z0-9+/]{32}$/;

describe('webhook endpoints', () => {
  let t: TestApp;
  let coop: string;
  let admin: string;
  const path = (c = coop) => `/v1/cooperatives/${c}/webhook-endpoints`;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    // A long poll: nothing in this file needs the worker.
    t = await startTestApp({ webhooks: { pollMs: 60_000 } });
    coop = await givenCooperative(t);
    admin = (await givenUser(t, coop, ['admin'])).accessToken;
  });
  afterAll(() => t.close());

  const count = async () => (await t.query<{ n: number }>('SELECT count(*)::int AS n FROM webhook_endpoints'))[0].n;

  it('creates an endpoint with its secret shown once, then reads, lists and edits it without the secret', async () => {
    const created = await t
      .http()
      .post(path())
      .set(as(admin))
      .send({ url: 'http://127.0.0.1:9/hook', eventTypes: ['member.applied', 'member.applied'], description: 'Sync' })
      .expect(201);
    expect(created.body.secret).toMatch(SECRET);
    expect(created.headers.location).toBe(`${path()}/${created.body.id}`);
    expect(created.body).toMatchObject({
      url: 'http://127.0.0.1:9/hook',
      eventTypes: ['member.applied'],
      description: 'Sync',
      enabled: true,
      disabledReason: null,
      version: 1,
    });

    const read = await t.http().get(`${path()}/${created.body.id}`).set(as(admin)).expect(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body.secret).toBeUndefined();
    expect(JSON.stringify(read.body)).not.toContain('whsec_');
    const list = await t.http().get(path()).set(as(admin)).expect(200);
    expect(list.body.items.map((e: { id: string }) => e.id)).toContain(created.body.id);
    expect(JSON.stringify(list.body)).not.toContain('whsec_');

    const edited = await t
      .http()
      .patch(`${path()}/${created.body.id}`)
      .set({ ...as(admin), 'If-Match': '"1"' })
      .send({ eventTypes: [], enabled: false })
      .expect(200);
    expect(edited.body).toMatchObject({
      eventTypes: [],
      enabled: false,
      disabledReason: 'disabled by an admin',
      version: 2,
    });
    const stale = await t
      .http()
      .patch(`${path()}/${created.body.id}`)
      .set({ ...as(admin), 'If-Match': '"1"' })
      .send({ enabled: true })
      .expect(412);
    expect(stale.body.code).toBe('PRECONDITION_FAILED');

    const rotated = await t.http().post(`${path()}/${created.body.id}/rotate-secret`).set(as(admin)).expect(200);
    expect(rotated.body.secret).toMatch(SECRET);
    expect(rotated.body.secret).not.toBe(created.body.secret);
    expect(rotated.body.version).toBe(3);

    // Audited, as events of their own, never with a secret.
    const audit = await t.query<{ action: string; summary: object }>(
      `SELECT action, summary FROM audit_log WHERE target_id = $1 ORDER BY id`,
      [created.body.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'webhook_endpoint.created',
      'webhook_endpoint.updated',
      'webhook_endpoint.disabled',
      'webhook_endpoint.secret_rotated',
    ]);
    const events = await t.query<{ type: string; data: object }>(
      `SELECT type, data FROM events WHERE subject_id = $1 ORDER BY id`,
      [created.body.id],
    );
    expect(events.map((e) => e.type)).toEqual(audit.map((a) => a.action));
    const stored = JSON.stringify([audit, events]);
    expect(stored).not.toContain(created.body.secret);
    expect(stored).not.toContain(rotated.body.secret);
    expect(stored).not.toContain('whsec_');
  });

  it.each([
    ['http:// to a host not allow-listed', 'http://hooks.example.com/x', 'the URL must be https, not http'],
    ['a private address', 'https://10.0.0.8/hook', 'resolves to a non-public address (10.0.0.8)'],
    ['the cloud metadata address', 'https://169.254.169.254/latest/meta-data', 'non-public address (169.254.169.254)'],
    ['loopback by name', 'https://localhost/hook', 'non-public address'],
    ['a host that does not resolve', 'https://no-such-host.invalid/hook', 'does not resolve'],
  ])('refuses %s with 422 and stores nothing', async (_what, url, why) => {
    const before = await count();
    const res = await t.http().post(path()).set(as(admin)).send({ url }).expect(422);
    expect(res.body.code).toBe('WEBHOOK_URL_NOT_ALLOWED');
    expect(res.body.detail).toContain(why);
    expect(await count()).toBe(before);
  });

  it('refuses a PATCH to a private URL and keeps the endpoint as it was', async () => {
    const created = await t.http().post(path()).set(as(admin)).send({ url: 'http://127.0.0.1:9/a' }).expect(201);
    const res = await t
      .http()
      .patch(`${path()}/${created.body.id}`)
      .set(as(admin))
      .send({ url: 'https://192.168.0.10/' })
      .expect(422);
    expect(res.body.code).toBe('WEBHOOK_URL_NOT_ALLOWED');
    const read = await t.http().get(`${path()}/${created.body.id}`).set(as(admin)).expect(200);
    expect(read.body).toMatchObject({ url: 'http://127.0.0.1:9/a', version: 1 });
  });

  it("answers 404 for another cooperative's endpoint, and refuses non-admins", async () => {
    const other = await givenCooperative(t);
    const otherAdmin = (await givenUser(t, other, ['admin'])).accessToken;
    const theirs = await t
      .http()
      .post(path(other))
      .set(as(otherAdmin))
      .send({ url: 'http://127.0.0.1:9/b' })
      .expect(201);
    const id = theirs.body.id as string;
    for (const call of [
      t.http().get(`${path()}/${id}`),
      t.http().patch(`${path()}/${id}`).send({ enabled: false }),
      t.http().post(`${path()}/${id}/rotate-secret`),
      t.http().get(`${path()}/${id}/deliveries`),
    ]) {
      const res = await call.set(as(admin));
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('WEBHOOK_ENDPOINT_NOT_FOUND');
    }
    const secretary = (await givenUser(t, coop, ['secretary'])).accessToken;
    await t.http().get(path()).set(as(secretary)).expect(403);
    await t.http().post(path()).set(as(secretary)).send({ url: 'http://127.0.0.1:9/c' }).expect(403);
    const read = await t
      .http()
      .get(`${path(other)}/${id}`)
      .set(as(otherAdmin))
      .expect(200);
    expect(read.body.enabled).toBe(true);
  });
});
