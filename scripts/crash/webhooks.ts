/**
 * Webhooks through the kills: before the loads, a webhook endpoint of the world's cooperative pointing at a receiver
 * in this process (which no kill touches); after the last kill, with the API up again, every event the change feed
 * has for that cooperative since the endpoint was made must reach the receiver, signed with the endpoint's secret
 * (verified on arrival) (at least once: a delivery cut by a kill comes again with the same webhook-id). Nothing may
 * be lost.
 */
import { type Receiver, startReceiver, until } from '../support/webhook-receiver.js';
import { setup } from './http.js';
import { field, type Json } from './journal.js';
import type { World } from './world.js';

export interface WebhookWatch {
  receiver: Receiver;
  /** The feed's cursor just before the endpoint was made: every event after it must be delivered. */
  from: string;
}

export interface WebhookFigures {
  events: number;
  delivered: number;
  /** Deliveries received more than once (the same webhook-id again: at least once, never lost). */
  repeated: number;
  badSignatures: number;
  waitedMs: number;
  missing: string[];
}

const feedPath = (world: World) => `/v1/cooperatives/${world.cooperativeId}/events`;

/** Every event id of the feed after `after`, and the cursor at its end. */
async function feedAfter(baseUrl: string, world: World, after?: string): Promise<{ ids: string[]; cursor: string }> {
  const ids: string[] = [];
  let cursor = after;
  for (;;) {
    const query = `?limit=200${cursor ? `&after=${cursor}` : ''}`;
    const page = await setup(baseUrl, {
      method: 'GET',
      path: `${feedPath(world)}${query}`,
      token: world.admin,
      idempotent: false,
    });
    ids.push(...(page.items as Json[]).map((e) => field(e, 'id')));
    cursor = field(page, 'nextCursor');
    if (page.hasMore !== true) return { ids, cursor };
  }
}

export async function watchWebhooks(baseUrl: string, world: World): Promise<WebhookWatch> {
  const receiver = await startReceiver();
  const { cursor: from } = await feedAfter(baseUrl, world);
  const endpoint = await setup(baseUrl, {
    method: 'POST',
    path: `/v1/cooperatives/${world.cooperativeId}/webhook-endpoints`,
    body: { url: receiver.url, description: 'the crash test' },
    token: world.admin,
    idempotent: true,
  });
  receiver.verifyWith = field(endpoint, 'secret');
  return { receiver, from };
}

/** Waits (up to `timeoutMs`) until every event since the endpoint was made has been received, and counts. */
export async function deliveredAfterKills(
  baseUrl: string,
  world: World,
  watch: WebhookWatch,
  timeoutMs: number,
): Promise<WebhookFigures> {
  const begun = Date.now();
  let badSignatures = 0;
  /** Event id -> how many verified requests carried it. */
  const delivered = (): Map<string, number> => {
    const byEvent = new Map<string, number>();
    badSignatures = 0;
    for (const request of watch.receiver.received) {
      if (!request.verified) {
        badSignatures++;
        continue;
      }
      byEvent.set(request.payload.data.id, (byEvent.get(request.payload.data.id) ?? 0) + 1);
    }
    return byEvent;
  };
  const { ids } = await feedAfter(baseUrl, world, watch.from);
  const missing = () => {
    const got = delivered();
    return ids.filter((id) => !got.has(id));
  };
  await until(() => missing().length === 0, { timeoutMs, what: 'every event delivered' }).catch(() => undefined);
  const got = delivered();
  const repeated = ids.reduce((n, id) => n + Math.max(0, (got.get(id) ?? 0) - 1), 0);
  return {
    events: ids.length,
    delivered: ids.filter((id) => got.has(id)).length,
    repeated,
    badSignatures,
    waitedMs: Date.now() - begun,
    missing: missing(),
  };
}
