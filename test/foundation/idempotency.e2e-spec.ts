/**
 * Idempotency-Key (draft-ietf-httpapi-idempotency-key-header) on two API instances sharing one database: replays,
 * reuse with another request, a duplicate while the first is still running (409 at once, from either instance), the
 * retention (a shorter one than the default here, to prove the setting is used), the sweep, and the fingerprint's
 * independence from the order of the body's members.
 */
import pg from 'pg';
import { IdempotencySweeper } from '../../src/common/idempotency/idempotency.sweeper.js';
import { givenSuperadmin, givenUser } from '../support/factories.js';
import { settleIdempotentBurst } from '../support/idempotency.js';
import { startTwinApps, type TestApp, type TwinApps } from '../support/test-app.js';

const RETENTION_HOURS = 2;

describe('Idempotency-Key', () => {
  let twins: TwinApps;
  let t: TestApp;
  let other: TestApp;
  let root: string;
  beforeAll(async () => {
    twins = await startTwinApps({ idempotencyRetentionHours: RETENTION_HOURS });
    [t, other] = twins.apps;
    root = await givenSuperadmin(t);
  });
  afterAll(() => twins?.close());

  const create = (key: string, body: string | Record<string, unknown>, app: TestApp = t) =>
    app
      .http()
      .post('/v1/cooperatives')
      .auth(root, { type: 'bearer' })
      .set('Idempotency-Key', key)
      .send(typeof body === 'string' ? { name: body } : body);
  const count = async (name: string) =>
    Number((await t.query<{ n: string }>('SELECT count(*) AS n FROM cooperatives WHERE name = $1', [name]))[0].n);
  const backdate = (key: string, age: string) =>
    t.query(`UPDATE idempotency_records SET created_at = now() - $2::interval WHERE key = $1`, [key, age]);

  it('replays the first response to a retry and creates once', async () => {
    const first = await create('key-1', 'Retry Coop').expect(201);
    const second = await create('key-1', 'Retry Coop', other).expect(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(await count('Retry Coop')).toBe(1);
  });

  it('refuses the same key with another body with 422 and changes nothing', async () => {
    await create('key-2', 'First Body').expect(201);
    const res = await create('key-2', 'Second Body').expect(422);
    expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await count('Second Body')).toBe(0);
  });

  it('replays a retry whose body has the same members in another order, at every depth', async () => {
    const body = { name: 'Ordered Coop', country: 'HN', bylaws: { currency: 'HNL', shareParValue: '500' } };
    const first = await create('key-order', body).expect(201);
    const reordered = { bylaws: { shareParValue: '500', currency: 'HNL' }, country: 'HN', name: 'Ordered Coop' };
    const retry = await create('key-order', reordered).expect(201);
    expect([retry.headers['idempotent-replayed'], retry.body.id]).toEqual(['true', first.body.id]);
    expect(await count('Ordered Coop')).toBe(1);
  });

  it('answers a duplicate of a request still running 409 IDEMPOTENCY_KEY_IN_USE at once, from the other instance', async () => {
    // Creating a cooperative inserts into cooperatives: with the table locked, the first request waits there, inside
    // its transaction, holding its key.
    const blocker = new pg.Client({ connectionString: twins.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE cooperatives IN EXCLUSIVE MODE');
      const waiting = async () =>
        (
          await blocker.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_locks
              WHERE locktype = 'relation' AND relation = 'cooperatives'::regclass AND NOT granted
                AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
          )
        ).rows[0].n;
      const first = create('in-flight', 'In Flight Coop').then((res) => res);
      await until(async () => (await waiting()) === 1);

      const duplicate = await create('in-flight', 'In Flight Coop', other);
      expect([duplicate.status, duplicate.body.code, duplicate.headers['retry-after']]).toEqual([
        409,
        'IDEMPOTENCY_KEY_IN_USE',
        '1',
      ]);
      expect(duplicate.headers['content-type']).toContain('application/problem+json');
      expect(duplicate.body.retryAfterSeconds).toBe(1);
      // It was answered without waiting: the first request is still held behind the lock.
      expect(await waiting()).toBe(1);

      await blocker.query('COMMIT');
      const done = await first;
      expect([done.status, done.headers['idempotent-replayed']]).toEqual([201, undefined]);
      const retry = await create('in-flight', 'In Flight Coop', other).expect(201);
      expect([retry.headers['idempotent-replayed'], retry.body]).toEqual(['true', done.body]);
      expect(await count('In Flight Coop')).toBe(1);
    } finally {
      await blocker.end();
    }
  });

  it('gives one effect to 10 concurrent requests with one key over both instances; the others replay or get 409', async () => {
    const send = (app: TestApp) => create('key-3', 'Concurrent Coop', app);
    const responses = await Promise.all(twins.apps.flatMap((app) => Array.from({ length: 5 }, () => send(app))));
    const { first, replays } = await settleIdempotentBurst(responses, 201, () => send(other));
    expect(replays).toHaveLength(9);
    for (const res of replays) expect(res.body).toEqual(first.body);
    expect(await count('Concurrent Coop')).toBe(1);
  });

  it(`treats a key ${RETENTION_HOURS} hours old (the retention) as new: another request with it runs`, async () => {
    await create('old-key', 'Before Expiry').expect(201);
    await backdate('old-key', `${RETENTION_HOURS} hours`);
    const again = await create('old-key', 'After Expiry', other).expect(201);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect([await count('Before Expiry'), await count('After Expiry')]).toEqual([1, 1]);
    // The key now remembers the new request, from now on.
    const replay = await create('old-key', 'After Expiry').expect(201);
    expect([replay.headers['idempotent-replayed'], replay.body.id]).toEqual(['true', again.body.id]);
    const [record] = await t.query<{ fresh: boolean }>(
      `SELECT created_at > now() - interval '1 minute' AS fresh FROM idempotency_records WHERE key = 'old-key'`,
    );
    expect(record.fresh).toBe(true);
  });

  it('still remembers a key a minute short of the retention', async () => {
    const first = await create('young-key', 'Young Key Coop').expect(201);
    await backdate('young-key', `${RETENTION_HOURS * 60 - 1} minutes`);
    const replay = await create('young-key', 'Young Key Coop').expect(201);
    expect([replay.headers['idempotent-replayed'], replay.body.id]).toEqual(['true', first.body.id]);
    expect((await create('young-key', 'Another Young Coop').expect(422)).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await count('Another Young Coop')).toBe(0);
  });

  it('sweeps exactly the expired records, in batches, from both instances at once', async () => {
    const insert = (keys: string, age: string) =>
      t.query(
        `INSERT INTO idempotency_records (caller, key, request_hash, response_status, response_body, created_at)
         SELECT 'user:sweep-test', k, 'hash', 201, '{}', now() - $1::interval FROM (${keys}) AS keys (k)`,
        [age],
      );
    await insert(`SELECT 'expired-' || i FROM generate_series(1, 2500) AS i`, '3 days');
    await insert(`VALUES ('at-retention')`, `${RETENTION_HOURS} hours`);
    await insert(`VALUES ('almost-expired')`, `${RETENTION_HOURS * 60 - 1} minutes`);
    await insert(`VALUES ('fresh')`, '0 seconds');
    const keys = async () =>
      (await t.query<{ key: string }>(`SELECT caller || ' ' || key AS key FROM idempotency_records`))
        .map((row) => row.key)
        .sort();
    const before = await keys();

    const deleted = await Promise.all(twins.apps.map((app) => app.app.get(IdempotencySweeper).sweep()));
    expect(deleted[0] + deleted[1]).toBe(2501);
    const gone = new Set(['at-retention', ...Array.from({ length: 2500 }, (_, i) => `expired-${i + 1}`)]);
    expect(await keys()).toEqual(before.filter((key) => !gone.has(key.replace('user:sweep-test ', ''))));
    expect(await keys()).toEqual(expect.arrayContaining(['user:sweep-test almost-expired', 'user:sweep-test fresh']));
    // Nothing left to do: a second sweep deletes nothing.
    expect(await t.app.get(IdempotencySweeper).sweep()).toBe(0);
  });

  it('stores nothing for a failed request, so a corrected retry with the key works', async () => {
    await create('key-4', '').expect(400);
    expect((await t.query(`SELECT 1 FROM idempotency_records WHERE key = 'key-4'`)).length).toBe(0);
    await create('key-4', 'Corrected Coop').expect(201);
    expect(await count('Corrected Coop')).toBe(1);
  });

  it('keeps keys per caller: another caller with the same key gets its own effect', async () => {
    const first = await create('shared-key', 'Caller One').expect(201);
    const admin = await givenUser(t, first.body.id, ['admin']);
    const res = await t
      .http()
      .post(`/v1/cooperatives/${first.body.id}/users`)
      .auth(admin.accessToken, { type: 'bearer' })
      .set('Idempotency-Key', 'shared-key')
      .send({ email: 'another@test.local', roles: ['board'] })
      .expect(201);
    expect(res.body).toMatchObject({ email: 'another@test.local', roles: ['board'] });
    expect(res.headers['idempotent-replayed']).toBeUndefined();
  });

  it('refuses a malformed key', async () => {
    for (const key of ['x'.repeat(256), 'has space']) {
      const res = await create(key, 'Bad Key').expect(400);
      expect(res.body.errors).toEqual([
        { field: 'Idempotency-Key', message: 'must be 1 to 255 printable ASCII characters, no space' },
      ]);
    }
    expect(await count('Bad Key')).toBe(0);
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the condition');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
