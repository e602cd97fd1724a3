/**
 * Webhooks: each delivery is of an event of its cooperative, fanned out no further than its endpoint's cursor, and its
 * state agrees with its attempt log; signing secrets are stored sealed (signing-secrets.rules.ts).
 */
import { eventPositionsSql } from '../audit/audit.sql.js';
import type { Invariant } from '../database/invariant.js';
import { SEALED_PREFIX } from './signing-secrets.rules.js';

export const invariants: Invariant[] = [
  {
    name: 'webhooks.delivery-is-its-event',
    description:
      "Every delivery is of an event of its own cooperative: the event's position and type, and a payload carrying it.",
    sql: `SELECT d.cooperative_id, d.id AS delivery_id, d.event_id, d.event_type, e.type AS event_is_type,
                 d.payload->>'type' AS payload_type, d.payload->'data'->>'id' AS payload_event_id
            FROM webhook_deliveries d
            LEFT JOIN (${eventPositionsSql()}) e ON e.cooperative_id = d.cooperative_id AND e.id = d.event_id
           WHERE e.id IS NULL OR e.tx <> d.event_tx OR e.type <> d.event_type
              OR d.payload->>'type' IS DISTINCT FROM d.event_type
              OR d.payload->'data'->>'id' IS DISTINCT FROM d.event_id::text`,
  },
  {
    name: 'webhooks.fanned-out-up-to-the-cursor',
    description:
      "No delivery is of an event after its endpoint's cursor (deliveries and cursor move in one transaction).",
    sql: `SELECT d.cooperative_id, d.endpoint_id, d.id AS delivery_id, d.event_tx, d.event_id, w.cursor_tx, w.cursor_id
            FROM webhook_deliveries d
            JOIN webhook_endpoints w ON w.cooperative_id = d.cooperative_id AND w.id = d.endpoint_id
           WHERE (d.event_tx, d.event_id) > (w.cursor_tx, w.cursor_id)`,
  },
  {
    name: 'webhooks.state-matches-attempts',
    description:
      'A succeeded delivery is finished and its last attempt was answered 2xx; a failed one is finished and its last ' +
      'attempt was not; a pending one is not finished.',
    sql: `SELECT d.cooperative_id, d.id AS delivery_id, d.status, d.finished_at, last.status_code AS last_status_code
            FROM webhook_deliveries d
            LEFT JOIN LATERAL (
                 SELECT a.id, a.status_code FROM webhook_attempts a
                  WHERE a.cooperative_id = d.cooperative_id AND a.delivery_id = d.id
                  ORDER BY a.id DESC LIMIT 1) last ON true
           WHERE d.status NOT IN ('pending', 'succeeded', 'failed')
              OR (d.status = 'pending') <> (d.finished_at IS NULL)
              OR (d.status = 'succeeded' AND (last.status_code IS NULL OR last.status_code NOT BETWEEN 200 AND 299))
              OR (d.status = 'failed' AND (last.id IS NULL OR last.status_code BETWEEN 200 AND 299))`,
  },
  {
    name: 'webhooks.secrets-sealed',
    description: "Every endpoint's signing secret is stored sealed under the master secret, never in plaintext.",
    sql: `SELECT cooperative_id, id AS endpoint_id FROM webhook_endpoints WHERE NOT starts_with(secret, '${SEALED_PREFIX}')`,
  },
];
