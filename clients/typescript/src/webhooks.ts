/**
 * Receiving the API's webhooks: each delivery is signed as the Standard Webhooks specification says (`webhook-id`,
 * `webhook-timestamp`, `webhook-signature`: HMAC-SHA256 over `id.timestamp.body` with the endpoint's `whsec_...`
 * secret). `verifyDelivery` checks the signature and the timestamp (within 5 minutes) with the specification's own
 * library and gives the event; anything else throws. Verify the raw body exactly as received, before parsing it, and
 * treat `webhook-id` as the idempotency key: a retry carries the same one.
 */
import { Webhook } from 'standardwebhooks';
import type { components } from './schema.js';

/** An event of the catalogue, as the change feed gives it: narrow on `type` and `data` is that type's resource. */
export type ApiEvent = components['schemas']['EventFeed']['items'][number];

/**
 * What a delivery's body holds: the event as the change feed shows it to an admin. A union by `type`: after
 * `if (delivery.type === 'member.admitted')`, `delivery.data.data` is the member.
 */
export type WebhookDelivery = {
  [T in ApiEvent['type']]: { type: T; timestamp: string; data: Extract<ApiEvent, { type: T }> };
}[ApiEvent['type']];

export type DeliveryHeaders = Record<string, string | string[] | undefined>;

export class WebhookVerificationError extends Error {}

export function verifyDelivery(
  secret: string,
  rawBody: string | Uint8Array,
  headers: DeliveryHeaders,
): WebhookDelivery {
  const single: Record<string, string> = {};
  for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature']) {
    const value = headers[name] ?? headers[name.toLowerCase()];
    single[name] = Array.isArray(value) ? value.join(' ') : (value ?? '');
  }
  const body = typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(rawBody);
  try {
    return new Webhook(secret).verify(body, single) as WebhookDelivery;
  } catch (error) {
    throw new WebhookVerificationError(error instanceof Error ? error.message : String(error));
  }
}
