/**
 * Two API instances on one database (two processes behind a load balancer): both run the webhook worker on their own
 * timer, and between them each event is delivered exactly once when the receiver answers at once (at least once is
 * the promise; a duplicate here would mean two workers took the same delivery). One of them closes while deliveries
 * are in flight: the other delivers the rest.
 */
import { jest } from '@jest/globals';
import { Webhook } from 'standardwebhooks';
import { givenCooperative, givenUser } from '../support/factories.js';
import { givenApplicant } from '../support/member-factories.js';
import { dropTestDatabase, startTwinApps, type TwinApps } from '../support/test-app.js';
import { type Receiver, startReceiver, until } from '../../scripts/support/webhook-receiver.js';

jest.setTimeout(120_000);

const EVENTS = 40;

describe('webhooks across two API instances', () => {
  let twins: TwinApps;
  let receiver: Receiver;

  beforeAll(async () => {
    twins = await startTwinApps({ webhooks: { pollMs: 50 } });
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await twins.apps[1].close();
    await dropTestDatabase(twins.databaseUrl);
  });

  it('delivers each event once between them, in order, and the survivor finishes when one closes', async () => {
    const [a, b] = twins.apps;
    const coop = await givenCooperative(a);
    const admin = (await givenUser(a, coop, ['admin'])).accessToken;
    const secretary = (await givenUser(a, coop, ['secretary'])).accessToken;
    receiver.respond = () => ({ delayMs: 20 });
    const endpoint = (
      await a
        .http()
        .post(`/v1/cooperatives/${coop}/webhook-endpoints`)
        .auth(admin, { type: 'bearer' })
        .send({ url: receiver.url, eventTypes: ['member.applied'] })
        .expect(201)
    ).body as { id: string; secret: string };

    // Half the writes through each instance, some concurrently.
    const members: string[] = [];
    for (let i = 0; i < EVENTS; i += 4) {
      const batch = await Promise.all(
        [a, b, a, b].map(
          async (app, j) =>
            (await givenApplicant(app, coop, secretary, { name: `Twin ${i + j}` }, { minimumShares: false })).id,
        ),
      );
      members.push(...batch);
    }
    // Close one instance once deliveries are under way: its tick in flight finishes, the other carries on.
    await until(() => receiver.received.length >= 5, { what: 'the first deliveries' });
    await a.close();
    await until(() => new Set(receiver.received.map((x) => x.webhookId)).size >= EVENTS, {
      timeoutMs: 60_000,
      what: `${EVENTS} deliveries`,
    });
    await new Promise((resolve) => setTimeout(resolve, 500)); // room for a duplicate to show

    const ids = receiver.received.map((x) => x.webhookId);
    expect(ids).toHaveLength(EVENTS);
    expect(new Set(ids).size).toBe(EVENTS);
    for (const x of receiver.received) {
      expect(new Webhook(endpoint.secret).verify(x.body, x.signed)).toEqual(x.payload);
    }
    const feed = await twins.query<{ subject_id: string }>(
      `SELECT subject_id FROM events WHERE cooperative_id = $1 AND type = 'member.applied' AND subject_id = ANY($2)
        ORDER BY tx, id`,
      [coop, members],
    );
    expect(receiver.received.map((x) => x.payload.data.subject.id)).toEqual(feed.map((e) => e.subject_id));
    const rows = await twins.query<{ status: string; attempts: number; n: number }>(
      `SELECT status, attempts, count(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = $1
        GROUP BY status, attempts`,
      [endpoint.id],
    );
    expect(rows).toEqual([{ status: 'succeeded', attempts: 1, n: EVENTS }]);
  });
});
