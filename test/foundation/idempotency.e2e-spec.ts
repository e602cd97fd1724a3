import { givenSuperadmin, givenUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('Idempotency-Key', () => {
  let t: TestApp;
  let root: string;
  beforeAll(async () => {
    t = await startTestApp();
    root = await givenSuperadmin(t);
  });
  afterAll(() => t.close());

  const create = (key: string, name: string) =>
    t.http().post('/v1/cooperatives').auth(root, { type: 'bearer' }).set('Idempotency-Key', key).send({ name });
  const count = async (name: string) =>
    Number((await t.query<{ n: string }>('SELECT count(*) AS n FROM cooperatives WHERE name = $1', [name]))[0].n);

  it('replays the first response to a retry and creates once', async () => {
    const first = await create('key-1', 'Retry Coop').expect(201);
    const second = await create('key-1', 'Retry Coop').expect(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(await count('Retry Coop')).toBe(1);
  });

  it('refuses the same key with another body with 422 and changes nothing', async () => {
    await create('key-2', 'First Body').expect(201);
    const res = await create('key-2', 'Second Body').expect(422);
    expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await count('Second Body')).toBe(0);
  });

  it('gives one effect to 10 concurrent requests with one key', async () => {
    const responses = await Promise.all(Array.from({ length: 10 }, () => create('key-3', 'Concurrent Coop')));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(await count('Concurrent Coop')).toBe(1);
  });

  it('stores nothing for a failed request, so a corrected retry with the key works', async () => {
    await create('key-4', '').expect(400);
    expect((await t.query(`SELECT 1 FROM idempotency_records WHERE key = 'key-4'`)).length).toBe(0);
  });

  it('keeps keys per caller: another caller with the same key gets its own effect', async () => {
    const first = await create('shared-key', 'Caller One').expect(201);
    const admin = await givenUser(t, first.body.id, ['admin']);
    const other = await t
      .http()
      .post(`/v1/cooperatives/${first.body.id}/users`)
      .auth(admin.accessToken, { type: 'bearer' })
      .set('Idempotency-Key', 'shared-key')
      .send({ email: 'another@test.local', password: 'long-enough-password', roles: ['board'] })
      .expect(201);
    expect(other.body).toMatchObject({ email: 'another@test.local', roles: ['board'] });
    expect(other.headers['idempotent-replayed']).toBeUndefined();
  });

  it('refuses a malformed key', async () => {
    const res = await create('x'.repeat(256), 'Bad Key').expect(400);
    expect(res.body.errors).toEqual([
      { field: 'Idempotency-Key', message: 'must be 1 to 255 printable ASCII characters' },
    ]);
  });
});
