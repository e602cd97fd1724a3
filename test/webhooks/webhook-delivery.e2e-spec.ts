/**
 * Webhook deliveries (issue 16, items 3-4) to a real receiver on 127.0.0.1: signed as Standard Webhooks specify and
 * verified with the standardwebhooks package; the same webhook-id on every retry (after a 500, after a timeout);
 * every attempt listed; a rotated secret signs what follows; secrets sealed at rest; the last failed attempt disables
 * the endpoint (and its event says so), enabling it resumes where it stopped; redelivery by hand; the feed's order; a
 * worker that took a delivery and died; the module's invariants. The worker's own timer is slowed to a minute: the tests drive its ticks.
 */
import { jest } from '@jest/globals';
import { Webhook } from 'standardwebhooks';
import { withClient } from '../../src/database/postgres-admin.js';
import { SigningSecrets } from '../../src/webhooks/signing-secrets.js';
import { invariants } from '../../src/webhooks/webhooks.invariants.js';
import { sealSigningSecret, signingSecretsKey } from '../../src/webhooks/signing-secrets.rules.js';
import { WebhookWorker } from '../../src/webhooks/webhook-worker.js';
import { givenCooperative, givenUser } from '../support/factories.js';
import { brokenAfter, brokenInvariants } from '../support/invariants.js';
import { openApiDocument } from '../support/openapi.js';
import { givenApplicant } from '../support/member-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { type Receiver, startReceiver, until } from '../../scripts/support/webhook-receiver.js';

jest.setTimeout(90_000);

interface Delivery {
  id: string;
  webhookId: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
}
interface Attempt {
  statusCode: number | null;
  error: string | null;
  latencyMs: number;
  responseExcerpt: string | null;
}

describe('webhook deliveries', () => {
  let t: TestApp;
  let coop: string;
  let admin: string;
  let secretary: string;
  let worker: WebhookWorker;
  const receivers: Receiver[] = [];
  const path = () => `/v1/cooperatives/${coop}/webhook-endpoints`;
  const as = () => ({ Authorization: `Bearer ${admin}` });
  const tick = () => worker.tick();

  beforeAll(async () => {
    t = await startTestApp({ webhooks: { pollMs: 60_000, timeoutMs: 1000, retryScheduleMs: [200, 200, 200] } });
    worker = t.app.get(WebhookWorker);
    coop = await givenCooperative(t);
    admin = (await givenUser(t, coop, ['admin'])).accessToken;
    secretary = (await givenUser(t, coop, ['secretary'])).accessToken;
  });
  afterAll(async () => {
    await Promise.all(receivers.map((r) => r.close()));
    await t.close();
  });

  const receiver = async () => {
    const r = await startReceiver();
    receivers.push(r);
    return r;
  };
  const givenEndpoint = async (url: string, eventTypes = ['member.applied']) => {
    const res = await t.http().post(path()).set(as()).send({ url, eventTypes }).expect(201);
    return res.body as { id: string; secret: string };
  };
  const applicant = async (name = 'Ana Applicant') =>
    (await givenApplicant(t, coop, secretary, { name }, { minimumShares: false })).id;
  const deliveries = async (endpointId: string): Promise<Delivery[]> =>
    (await t.http().get(`${path()}/${endpointId}/deliveries`).set(as()).expect(200)).body.items;
  const attempts = async (endpointId: string, deliveryId: string): Promise<Attempt[]> =>
    (await t.http().get(`${path()}/${endpointId}/deliveries/${deliveryId}/attempts`).set(as()).expect(200)).body.items;

  it('POSTs each event signed, verifiable with the secret shown at creation, and lists the attempt', async () => {
    const r = await receiver();
    const endpoint = await givenEndpoint(r.url);
    const memberId = await applicant('Signed Sam');
    await until(() => r.received.length >= 1, { step: tick, what: 'the delivery' });
    const [got] = r.received;

    const verified = new Webhook(endpoint.secret).verify(got.body, got.signed) as Record<string, unknown>;
    expect(verified).toEqual(got.payload);
    expect(() => new Webhook(`whsec_${Buffer.alloc(24, 7).toString('base64')}`).verify(got.body, got.signed)).toThrow();
    expect(got.headers['content-type']).toBe('application/json');
    expect(got.payload.type).toBe('member.applied');
    expect(got.payload.data).toMatchObject({ type: 'member.applied', subject: { type: 'member', id: memberId } });
    expect((got.payload.data as unknown as { data: { name: string } }).data.name).toBe('Signed Sam');
    expect(Math.abs(Number(got.signed['webhook-timestamp']) * 1000 - Date.now())).toBeLessThan(30_000);
    // What x-webhooks in openapi.yaml says this type's POST is: its headers, and its body (closed: nothing more).
    const contract = openApiDocument().webhooks['member.applied'];
    expect(contract.headers.filter((name) => !got.headers[name])).toEqual([]);
    expect(openApiDocument().validator.validate(contract.body, got.payload, { closed: true })).toEqual([]);
    expect(openApiDocument().validator.validate(contract.body, { ...got.payload, type: 'member.admitted' })).toEqual([
      '$.type: "member.admitted" is not one of ["member.applied"]',
    ]);

    const [delivery] = await deliveries(endpoint.id);
    expect(delivery).toMatchObject({ eventType: 'member.applied', status: 'succeeded', attempts: 1 });
    expect(got.webhookId).toBe(`msg_${delivery.id}`);
    expect(delivery.webhookId).toBe(got.webhookId);
    const [attempt] = await attempts(endpoint.id, delivery.id);
    expect(attempt).toMatchObject({ statusCode: 200, error: null, responseExcerpt: 'ok' });
    expect(attempt.latencyMs).toBeGreaterThanOrEqual(0);
    expect(attempt.latencyMs).toBeLessThan(1000);
  });

  it('retries after a 500 and after a timeout with the same webhook-id, and logs each attempt', async () => {
    const r = await receiver();
    r.respond = (_req, i) => (i === 0 ? { status: 500, body: 'boom' } : i === 1 ? { delayMs: 1500 } : {});
    const endpoint = await givenEndpoint(r.url);
    await applicant();
    const [delivery] = await until(
      async () => {
        const list = await deliveries(endpoint.id);
        return list.length === 1 && list[0].status === 'succeeded' && list;
      },
      { step: tick, what: 'the third attempt' },
    );
    expect(r.received.map((x) => x.webhookId)).toEqual([delivery.webhookId, delivery.webhookId, delivery.webhookId]);
    expect(delivery.attempts).toBe(3);
    const logged = await attempts(endpoint.id, delivery.id);
    expect(logged.map((a) => [a.statusCode, a.error, a.responseExcerpt])).toEqual([
      [500, null, 'boom'],
      [null, 'timeout after 1000 ms', null],
      [200, null, 'ok'],
    ]);
    expect(logged[1].latencyMs).toBeGreaterThanOrEqual(1000);
    // Each attempt is signed anew (its own timestamp), always verifiable with the one secret.
    for (const x of r.received) expect(new Webhook(endpoint.secret).verify(x.body, x.signed)).toEqual(x.payload);
  });

  it('fails an attempt whose answer is over 64 kB, keeping an excerpt, and retries it', async () => {
    const r = await receiver();
    r.respond = (_req, i) => (i === 0 ? { body: 'x'.repeat(70 * 1024) } : {});
    const endpoint = await givenEndpoint(r.url);
    await applicant();
    const [delivery] = await until(
      async () => {
        const list = await deliveries(endpoint.id);
        return list.length === 1 && list[0].status === 'succeeded' && list;
      },
      { step: tick, what: 'the retry' },
    );
    const [capped, ok] = await attempts(endpoint.id, delivery.id);
    expect(capped).toMatchObject({ statusCode: 200, error: 'response over 65536 bytes: not read further' });
    expect(capped.responseExcerpt).toBe('x'.repeat(500));
    expect(ok).toMatchObject({ statusCode: 200, error: null });
  });

  it('signs with the new secret once rotated: the old one no longer verifies', async () => {
    const r = await receiver();
    const endpoint = await givenEndpoint(r.url);
    const rotated = (await t.http().post(`${path()}/${endpoint.id}/rotate-secret`).set(as()).expect(200)).body;
    await applicant();
    await until(() => r.received.length >= 1, { step: tick, what: 'the delivery' });
    const [got] = r.received;
    expect(new Webhook(rotated.secret as string).verify(got.body, got.signed)).toEqual(got.payload);
    expect(() => new Webhook(endpoint.secret).verify(got.body, got.signed)).toThrow();
  });

  it('keeps the secret sealed at rest; seals one stored in plaintext at start; cannot sign under another master secret', async () => {
    const r = await receiver();
    const endpoint = await givenEndpoint(r.url);
    const stored = async () =>
      (await t.query<{ secret: string }>(`SELECT secret FROM webhook_endpoints WHERE id = $1`, [endpoint.id]))[0]
        .secret;
    const sealed = await stored();
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]{88}$/); // base64url of 12 + 38 + 16 bytes
    expect(sealed).not.toContain(endpoint.secret.slice('whsec_'.length));

    // A secret stored in plaintext, as before sealing: it still signs, and a process start seals it.
    await t.query(`UPDATE webhook_endpoints SET secret = $2 WHERE id = $1`, [endpoint.id, endpoint.secret]);
    await applicant('Plain Secret');
    await until(() => r.received.length >= 1, { step: tick, what: 'the delivery' });
    expect(new Webhook(endpoint.secret).verify(r.received[0].body, r.received[0].signed)).toEqual(
      r.received[0].payload,
    );
    await t.app.get(SigningSecrets).onApplicationBootstrap();
    const resealed = await stored();
    expect(resealed).toMatch(/^v1\./);
    expect(resealed).not.toBe(sealed); // a new IV
    expect(t.app.get(SigningSecrets).open(coop, resealed)).toBe(endpoint.secret);

    // Sealed under another master secret (DATA_DIR/ballot-seal.key lost, say): nothing is sent, the attempt says why.
    const otherKey = signingSecretsKey(Buffer.alloc(32, 9));
    await t.query(`UPDATE webhook_endpoints SET secret = $2 WHERE id = $1`, [
      endpoint.id,
      sealSigningSecret(otherKey, coop, endpoint.secret),
    ]);
    await applicant('Unsigned Una');
    const [unsigned] = await until(
      async () => {
        const found = await deliveries(endpoint.id); // the newest first
        return found.length === 2 && found[0].attempts >= 1 && found;
      },
      { step: tick, what: 'the attempt' },
    );
    const [attempt] = await attempts(endpoint.id, unsigned.id);
    expect(attempt).toMatchObject({ statusCode: null, responseExcerpt: null });
    expect(attempt.error).toBe(
      'not signed: the endpoint’s signing secret does not open under the master secret (BALLOT_SEAL_SECRET, ' +
        'JWT_SECRET or DATA_DIR/ballot-seal.key changed): restore it, or rotate the endpoint’s secret',
    );
    expect(r.received).toHaveLength(1);
  });

  it('disables the endpoint after the last attempt (its event says so), resumes when enabled, redelivers by hand', async () => {
    const r = await receiver();
    let healthy = false;
    r.respond = () => (healthy ? {} : { status: 503, body: 'down' });
    const endpoint = await givenEndpoint(r.url);
    const first = await applicant('First');
    const [failed] = await until(
      async () => {
        const list = await deliveries(endpoint.id);
        return list.length === 1 && list[0].status === 'failed' && list;
      },
      { step: tick, what: 'the delivery to fail' },
    );
    expect(failed.attempts).toBe(4); // the first and one after each of the 3 waits
    expect(r.received).toHaveLength(4);
    expect((await attempts(endpoint.id, failed.id)).map((a) => a.statusCode)).toEqual([503, 503, 503, 503]);
    const read = (await t.http().get(`${path()}/${endpoint.id}`).set(as()).expect(200)).body;
    expect(read).toMatchObject({ enabled: false, disabledReason: `the delivery ${failed.id} failed its last attempt` });
    const feed = await until(
      async () => {
        const res = await t
          .http()
          .get(`/v1/cooperatives/${coop}/events`)
          .query({ types: 'webhook_endpoint.disabled' })
          .set(as());
        const mine = (res.body.items as { subject: { id: string }; data: { enabled: boolean } }[]).filter(
          (e) => e.subject.id === endpoint.id,
        );
        return mine.length > 0 && mine;
      },
      { what: 'the disabled event' },
    );
    expect(feed).toHaveLength(1);
    expect(feed[0].data).toMatchObject({ id: endpoint.id, enabled: false });

    // Disabled: nothing is sent, not even new events...
    const second = await applicant('Second');
    for (let i = 0; i < 5; i++) await tick();
    expect(r.received).toHaveLength(4);
    // ...until an admin enables it: it resumes where it stopped.
    healthy = true;
    await t.http().patch(`${path()}/${endpoint.id}`).set(as()).send({ enabled: true }).expect(200);
    await until(() => r.received.length >= 5, { step: tick, what: 'the delivery after enabling' });
    expect(r.received[4].payload.data.subject.id).toBe(second);

    const again = await t
      .http()
      .post(`${path()}/${endpoint.id}/deliveries/${failed.id}/redeliver`)
      .set(as())
      .expect(202);
    expect(again.body).toMatchObject({ id: failed.id, status: 'pending', attempts: 0 });
    await until(() => r.received.length >= 6, { step: tick, what: 'the redelivery' });
    expect(r.received[5].webhookId).toBe(failed.webhookId);
    expect(r.received[5].payload.data.subject.id).toBe(first);
    const after = (await deliveries(endpoint.id)).find((d) => d.id === failed.id);
    expect(after).toMatchObject({ status: 'succeeded', attempts: 1 });
    expect(await attempts(endpoint.id, failed.id)).toHaveLength(5);
    const unknown = await t
      .http()
      .post(`${path()}/${endpoint.id}/deliveries/${endpoint.id}/redeliver`)
      .set(as())
      .expect(404);
    expect(unknown.body.code).toBe('WEBHOOK_DELIVERY_NOT_FOUND');
  });

  it('delivers an endpoint’s events one at a time, in the order of the feed', async () => {
    const r = await receiver();
    r.respond = (_req, i) => (i % 3 === 0 ? { status: 500 } : {}); // retries must not reorder
    const endpoint = await givenEndpoint(r.url);
    const members = await Promise.all(Array.from({ length: 6 }, (_, i) => applicant(`Ordered ${i}`)));
    const succeeded = () => r.received.filter((_x, i) => i % 3 !== 0);
    await until(() => succeeded().length >= 6, { step: tick, what: 'six deliveries' });
    const feed = await t.query<{ subject_id: string }>(
      `SELECT subject_id FROM events WHERE cooperative_id = $1 AND type = 'member.applied' AND subject_id = ANY($2)
        ORDER BY tx, id`,
      [coop, members],
    );
    expect(succeeded().map((x) => x.payload.data.subject.id)).toEqual(feed.map((e) => e.subject_id));
    // A failed attempt is retried before the next event goes out.
    const ids = r.received.map((x) => x.webhookId);
    expect(ids.filter((id, i) => i > 0 && id !== ids[i - 1]).length).toBe(5);
    const listed = await deliveries(endpoint.id);
    expect(listed.map((d) => d.status)).toEqual(Array(6).fill('succeeded'));
    expect(listed.map((d) => d.webhookId).reverse()).toEqual([...new Set(ids)]); // newest first
  });

  it('sends an endpoint’s due deliveries as one train, stops it at a failure and gives the rest back', async () => {
    // This endpoint alone, so that the one claim below is exactly its train.
    await t.query(`UPDATE webhook_endpoints SET enabled = false WHERE cooperative_id = $1`, [coop]);
    const r = await receiver();
    r.respond = (_req, i) => (i === 2 ? { status: 503 } : {});
    const endpoint = await givenEndpoint(r.url);
    for (let i = 0; i < 5; i++) await applicant(`Train ${i}`);
    await until(async () => (await deliveries(endpoint.id)).length === 5, {
      step: () => worker.fanOut(),
      what: 'fan-out',
    });
    expect(await worker.sendDue()).toBe(3);
    const oldestFirst = async () => (await deliveries(endpoint.id)).reverse();
    const claimed = await oldestFirst();
    expect(claimed.map((d) => [d.status, d.attempts])).toEqual([
      ['succeeded', 1],
      ['succeeded', 1],
      ['pending', 1],
      ['pending', 0], // not sent: neither leased nor counted
      ['pending', 0],
    ]);
    expect(r.received.map((x) => x.webhookId)).toEqual(claimed.slice(0, 3).map((d) => d.webhookId));
    await until(() => r.received.length >= 6, { step: tick, what: 'the rest after the retry' });
    const settled = await oldestFirst();
    expect(settled.map((d) => [d.status, d.attempts])).toEqual([
      ['succeeded', 1],
      ['succeeded', 1],
      ['succeeded', 2],
      ['succeeded', 1],
      ['succeeded', 1],
    ]);
    const ids = settled.map((d) => d.webhookId);
    expect(r.received.map((x) => x.webhookId)).toEqual([ids[0], ids[1], ids[2], ids[2], ids[3], ids[4]]);
  });

  it('takes no tail of a train whose head another process is taking', async () => {
    await t.query(`UPDATE webhook_endpoints SET enabled = false WHERE cooperative_id = $1`, [coop]);
    const r = await receiver();
    const endpoint = await givenEndpoint(r.url);
    for (let i = 0; i < 3; i++) await applicant(`Tail ${i}`);
    await until(async () => (await deliveries(endpoint.id)).length === 3, {
      step: () => worker.fanOut(),
      what: 'fan-out',
    });
    const [head] = (await deliveries(endpoint.id)).reverse();
    // Another process's claim holds the head's row (its statement has not committed yet): the rest must wait for it.
    await withClient(t.databaseUrl, async (other) => {
      await other.query('BEGIN');
      await other.query('SELECT 1 FROM webhook_deliveries WHERE id = $1 FOR UPDATE', [head.id]);
      expect(await worker.sendDue()).toBe(0);
      await other.query('ROLLBACK');
    });
    expect(r.received).toHaveLength(0);
    expect(await worker.sendDue()).toBe(3);
    const oldestFirst = (await deliveries(endpoint.id)).reverse();
    expect(r.received.map((x) => x.webhookId)).toEqual(oldestFirst.map((d) => d.webhookId));
  });

  it('sends again, with the same id, a delivery whose worker took it and died', async () => {
    const r = await receiver();
    const endpoint = await givenEndpoint(r.url);
    await applicant();
    await until(async () => (await deliveries(endpoint.id)).length === 1, {
      step: () => worker.fanOut(),
      what: 'fan-out',
    });
    // Simulating a crash: a process claimed the delivery (lease and attempt counted, as claimTrains does) and was
    // killed before sending it or writing anything else.
    await t.query(
      `UPDATE webhook_deliveries SET lease_until = now() + interval '1 hour', attempts = attempts + 1
        WHERE endpoint_id = $1`,
      [endpoint.id],
    );
    for (let i = 0; i < 5; i++) await tick();
    expect(r.received).toHaveLength(0); // leased: no one else sends it meanwhile
    // The lease runs out (simulated: an hour is long to wait).
    await t.query(`UPDATE webhook_deliveries SET lease_until = now() - interval '1 second' WHERE endpoint_id = $1`, [
      endpoint.id,
    ]);
    await until(() => r.received.length >= 1, { step: tick, what: 'the delivery after the lease' });
    const [delivery] = await deliveries(endpoint.id);
    expect(r.received.map((x) => x.webhookId)).toEqual([`msg_${delivery.id}`]);
    expect(delivery).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect((await attempts(endpoint.id, delivery.id)).map((a) => a.statusCode)).toEqual([200]);
  });

  it('leaves the webhook invariants holding, and each finds its corruption behind the API’s back', async () => {
    expect(await withClient(t.databaseUrl, (client) => brokenInvariants(client, invariants))).toEqual([]);
    const states = await t.query<{ status: string }>(
      `SELECT DISTINCT status FROM webhook_deliveries WHERE cooperative_id = $1 ORDER BY status`,
      [coop],
    );
    expect(states.map((s) => s.status)).toEqual(['failed', 'pending', 'succeeded']); // every state was checked
    // Each corruption alone, in its own rolled-back transaction: exactly its invariant breaks.
    const brokenBy = (sql: string) => brokenAfter(t.databaseUrl, invariants, (client) => client.query(sql, [coop]));
    expect(
      await brokenBy(`UPDATE webhook_deliveries SET event_type = 'member.admitted'
                       WHERE id = (SELECT id FROM webhook_deliveries WHERE cooperative_id = $1 ORDER BY id LIMIT 1)`),
    ).toEqual(['webhooks.delivery-is-its-event']);
    expect(
      await brokenBy(`UPDATE webhook_endpoints SET cursor_tx = 0, cursor_id = 0 WHERE cooperative_id = $1`),
    ).toEqual(['webhooks.fanned-out-up-to-the-cursor']);
    expect(await brokenBy(`DELETE FROM webhook_attempts WHERE cooperative_id = $1`)).toEqual([
      'webhooks.state-matches-attempts',
    ]);
    expect(await brokenBy(`UPDATE webhook_endpoints SET secret = 'whsec_plain' WHERE cooperative_id = $1`)).toEqual([
      'webhooks.secrets-sealed',
    ]);
    expect(await withClient(t.databaseUrl, (client) => brokenInvariants(client, invariants))).toEqual([]);
  });
});
