/**
 * The SQL of webhook_endpoints, webhook_deliveries and webhook_attempts, named: the one place that writes them.
 * Statements that change rows and answer them are wrapped as `WITH x AS (...) SELECT * FROM x`, so they answer rows.
 */
import type { EntityManager } from 'typeorm';
import type { DeliveryStatus } from './webhook-delivery.entity.js';

/** An endpoint as the API reads it (never its secret). */
export interface EndpointRow {
  id: string;
  cooperativeId: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  enabled: boolean;
  disabledReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

const ENDPOINT = `id, cooperative_id AS "cooperativeId", url, description, event_types AS "eventTypes", enabled,
                  disabled_reason AS "disabledReason", created_at AS "createdAt", updated_at AS "updatedAt", version`;

export async function insertEndpoint(
  manager: EntityManager,
  row: {
    cooperativeId: string;
    url: string;
    description: string | null;
    eventTypes: string[];
    secret: string;
    cursor: { tx: string; id: string };
  },
): Promise<EndpointRow> {
  const [created]: EndpointRow[] = await manager.query(
    `INSERT INTO webhook_endpoints (cooperative_id, url, description, event_types, secret, cursor_tx, cursor_id)
     VALUES ($1, $2, $3, $4::text[], $5, $6, $7)
     RETURNING ${ENDPOINT}`,
    [row.cooperativeId, row.url, row.description, row.eventTypes, row.secret, row.cursor.tx, row.cursor.id],
  );
  return created;
}

/** The endpoint, locked for a change when `lock`. */
export async function findEndpoint(
  manager: EntityManager,
  cooperativeId: string,
  id: string,
  lock = false,
): Promise<EndpointRow | undefined> {
  const [row]: EndpointRow[] = await manager.query(
    `SELECT ${ENDPOINT} FROM webhook_endpoints WHERE cooperative_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
    [cooperativeId, id],
  );
  return row;
}

/** A page of a cooperative's endpoints, oldest first, after the key (created_at as text, id). */
export async function listEndpoints(
  manager: EntityManager,
  cooperativeId: string,
  after: [string, string] | undefined,
  limit: number,
): Promise<(EndpointRow & { createdKey: string })[]> {
  return manager.query(
    `SELECT ${ENDPOINT}, created_at::text AS "createdKey" FROM webhook_endpoints
      WHERE cooperative_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) > ($2::timestamptz, $3::uuid))
      ORDER BY created_at, id
      LIMIT $4`,
    [cooperativeId, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export interface EndpointChanges {
  url?: string;
  description?: string | null;
  eventTypes?: string[];
  enabled?: boolean;
  disabledReason?: string | null;
  secret?: string;
}

/** Applies the changes given (the others stay), counts one more version. */
export async function updateEndpoint(
  manager: EntityManager,
  cooperativeId: string,
  id: string,
  changes: EndpointChanges,
): Promise<EndpointRow> {
  const [row]: EndpointRow[] = await manager.query(
    `WITH changed AS (
       UPDATE webhook_endpoints
          SET url = CASE WHEN $3 THEN $4 ELSE url END,
              description = CASE WHEN $5 THEN $6 ELSE description END,
              event_types = CASE WHEN $7 THEN $8::text[] ELSE event_types END,
              enabled = CASE WHEN $9 THEN $10 ELSE enabled END,
              disabled_reason = CASE WHEN $11 THEN $12 ELSE disabled_reason END,
              secret = CASE WHEN $13 THEN $14 ELSE secret END,
              version = version + 1, updated_at = now()
        WHERE cooperative_id = $1 AND id = $2
        RETURNING ${ENDPOINT})
     SELECT * FROM changed`,
    [
      cooperativeId,
      id,
      changes.url !== undefined,
      changes.url ?? null,
      changes.description !== undefined,
      changes.description ?? null,
      changes.eventTypes !== undefined,
      changes.eventTypes ?? null,
      changes.enabled !== undefined,
      changes.enabled ?? null,
      changes.disabledReason !== undefined,
      changes.disabledReason ?? null,
      changes.secret !== undefined,
      changes.secret ?? null,
    ],
  );
  return row;
}

/** The enabled endpoints, the fan-out's work list. */
export function enabledEndpoints(manager: EntityManager): Promise<{ cooperativeId: string; id: string }[]> {
  return manager.query(
    `SELECT cooperative_id AS "cooperativeId", id FROM webhook_endpoints WHERE enabled ORDER BY cooperative_id, id`,
  );
}

/** The endpoint for its fan-out, locked, or nothing when another process is fanning it out (or it was disabled). */
export async function lockEndpointForFanOut(
  manager: EntityManager,
  cooperativeId: string,
  id: string,
): Promise<{ eventTypes: string[]; cursorTx: string; cursorId: string } | undefined> {
  const [row]: { eventTypes: string[]; cursorTx: string; cursorId: string }[] = await manager.query(
    `SELECT event_types AS "eventTypes", cursor_tx::text AS "cursorTx", cursor_id::text AS "cursorId"
       FROM webhook_endpoints WHERE cooperative_id = $1 AND id = $2 AND enabled
        FOR UPDATE SKIP LOCKED`,
    [cooperativeId, id],
  );
  return row;
}

export interface NewDelivery {
  eventId: string;
  eventTx: string;
  eventType: string;
  payload: object;
}

/** One delivery per event (an event already given to the endpoint is skipped), and the cursor moved to `cursor`. */
export async function insertDeliveries(
  manager: EntityManager,
  cooperativeId: string,
  endpointId: string,
  deliveries: NewDelivery[],
  cursor: { tx: string; id: string },
): Promise<void> {
  if (deliveries.length > 0) {
    await manager.query(
      `INSERT INTO webhook_deliveries (cooperative_id, endpoint_id, event_id, event_tx, event_type, payload)
       SELECT $1, $2, (d->>'eventId')::bigint, (d->>'eventTx')::bigint, d->>'eventType', d->'payload'
         FROM jsonb_array_elements($3::jsonb) AS d
       ON CONFLICT (cooperative_id, endpoint_id, event_id) DO NOTHING`,
      [cooperativeId, endpointId, JSON.stringify(deliveries)],
    );
  }
  await manager.query(
    `UPDATE webhook_endpoints SET cursor_tx = $3, cursor_id = $4 WHERE cooperative_id = $1 AND id = $2`,
    [cooperativeId, endpointId, cursor.tx, cursor.id],
  );
}

/** A delivery a worker took: what to send, where, and the attempt number it counts as. */
export interface ClaimedDelivery {
  cooperativeId: string;
  id: string;
  endpointId: string;
  /** The payload's JSON text as stored: the bytes signed and sent, the same on every attempt. */
  payload: string;
  attempts: number;
  /** Its place in its endpoint's train (1: the oldest). */
  position: number;
  url: string;
  secret: string;
}

/**
 * Takes the next deliveries of up to `endpoints` endpoints, a train per endpoint: an endpoint whose oldest unfinished
 * delivery (by event_tx, event_id) is due and not leased by a live worker gives it and up to `perEndpoint - 1` of its
 * next pending ones, in order. Leases them for `leaseMs` and counts their attempt, in one statement that commits at
 * once (no transaction stays open during the HTTP calls). Rows another process is taking are skipped (the lease is
 * checked again on the locked row), and so is every row of the train after one skipped: a train is its endpoint's
 * unbroken head, never a tail sent while another process sends the head (the twins e2e test once saw that order
 * broken). An endpoint's next delivery waits while its oldest is pending, leased or not.
 * Answers the deliveries in train order per endpoint (`position` from 1).
 */
export function claimTrains(
  manager: EntityManager,
  endpoints: number,
  perEndpoint: number,
  leaseMs: number,
): Promise<ClaimedDelivery[]> {
  return manager.query(
    `WITH heads AS (
       SELECT h.*
         FROM webhook_endpoints e
        CROSS JOIN LATERAL (
              SELECT d.cooperative_id, d.endpoint_id, d.next_attempt_at, d.lease_until
                FROM webhook_deliveries d
               WHERE d.cooperative_id = e.cooperative_id AND d.endpoint_id = e.id AND d.status = 'pending'
               ORDER BY d.event_tx, d.event_id
               LIMIT 1) h
        WHERE e.enabled
     ), ready AS (
       SELECT cooperative_id, endpoint_id FROM heads
        WHERE next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now())
        ORDER BY next_attempt_at
        LIMIT $1
     ), train AS (
       SELECT t.cooperative_id, t.id, t.position
         FROM ready r
        CROSS JOIN LATERAL (
              SELECT d.cooperative_id, d.id, row_number() OVER (ORDER BY d.event_tx, d.event_id) AS position
                FROM webhook_deliveries d
               WHERE d.cooperative_id = r.cooperative_id AND d.endpoint_id = r.endpoint_id AND d.status = 'pending'
               ORDER BY d.event_tx, d.event_id
               LIMIT $2) t
     ), locked AS (
       SELECT w.cooperative_id, w.endpoint_id, w.id, train.position
         FROM webhook_deliveries w
         JOIN train ON train.cooperative_id = w.cooperative_id AND train.id = w.id
        WHERE w.status = 'pending' AND (w.lease_until IS NULL OR w.lease_until < now())
        FOR UPDATE OF w SKIP LOCKED
     ), unbroken AS (
       SELECT cooperative_id, id, position FROM (
              SELECT l.*, row_number() OVER (PARTITION BY cooperative_id, endpoint_id ORDER BY position) AS rank
                FROM locked l) ranked
        WHERE position = rank
     ), claimed AS (
       UPDATE webhook_deliveries w
          SET lease_until = now() + $3::double precision * interval '1 millisecond', attempts = w.attempts + 1
         FROM unbroken locked
        WHERE w.cooperative_id = locked.cooperative_id AND w.id = locked.id
        RETURNING w.cooperative_id, w.id, w.endpoint_id, w.payload::text AS payload, w.attempts, locked.position
     )
     SELECT c.cooperative_id AS "cooperativeId", c.id, c.endpoint_id AS "endpointId", c.payload, c.attempts,
            c.position::int AS position, e.url, e.secret
       FROM claimed c
       JOIN webhook_endpoints e ON e.cooperative_id = c.cooperative_id AND e.id = c.endpoint_id
      ORDER BY c.cooperative_id, c.endpoint_id, c.position`,
    [endpoints, perEndpoint, leaseMs],
  );
}

export interface AttemptRecord {
  startedAt: Date;
  statusCode: number | null;
  error: string | null;
  latencyMs: number;
  responseExcerpt: string | null;
}

/** The attempts of one train, in one statement. */
export async function insertAttempts(
  manager: EntityManager,
  attempts: { delivery: { cooperativeId: string; id: string }; attempt: AttemptRecord }[],
): Promise<void> {
  if (attempts.length === 0) return;
  await manager.query(
    `INSERT INTO webhook_attempts (cooperative_id, delivery_id, started_at, status_code, error, latency_ms,
                                   response_excerpt)
     SELECT (a->>'cooperativeId')::uuid, (a->>'id')::uuid, (a->>'startedAt')::timestamptz, (a->>'statusCode')::int,
            a->>'error', (a->>'latencyMs')::int, a->>'responseExcerpt'
       FROM jsonb_array_elements($1::jsonb) AS a`,
    [
      JSON.stringify(
        attempts.map(({ delivery, attempt }) => ({
          cooperativeId: delivery.cooperativeId,
          id: delivery.id,
          startedAt: attempt.startedAt.toISOString(),
          statusCode: attempt.statusCode,
          error: attempt.error?.slice(0, 1000) ?? null,
          latencyMs: attempt.latencyMs,
          responseExcerpt: attempt.responseExcerpt?.slice(0, 500) ?? null,
        })),
      ),
    ],
  );
}

type Claim = { cooperativeId: string; id: string; attempts: number };

/** Applies `set` to the deliveries still pending at the attempt they were claimed with, in one statement. */
async function updateClaimed(manager: EntityManager, deliveries: Claim[], set: string): Promise<void> {
  if (deliveries.length === 0) return;
  await manager.query(
    `UPDATE webhook_deliveries w SET ${set}
       FROM jsonb_to_recordset($1::jsonb) AS s("cooperativeId" uuid, id uuid, attempts int)
      WHERE w.cooperative_id = s."cooperativeId" AND w.id = s.id AND w.status = 'pending' AND w.attempts = s.attempts`,
    [JSON.stringify(deliveries.map(({ cooperativeId, id, attempts }) => ({ cooperativeId, id, attempts })))],
  );
}

/** Received: the train's deliveries that got a 2xx, each still at the attempt it was claimed with. */
export function settleSucceeded(manager: EntityManager, deliveries: Claim[]): Promise<void> {
  return updateClaimed(manager, deliveries, `status = 'succeeded', lease_until = NULL, finished_at = now()`);
}

/**
 * Not sent: the train stopped before them (a failure before them, or the time was up). Their lease ends and their
 * attempt is given back, as if they had not been claimed.
 */
export function releaseUnsent(manager: EntityManager, deliveries: Claim[]): Promise<void> {
  return updateClaimed(manager, deliveries, 'lease_until = NULL, attempts = w.attempts - 1');
}

export async function settleDelivery(
  manager: EntityManager,
  delivery: { cooperativeId: string; id: string },
  attempt: number,
  outcome: { status: Exclude<DeliveryStatus, 'pending'> } | { status: 'pending'; retryInMs: number },
): Promise<boolean> {
  const retryInMs = outcome.status === 'pending' ? outcome.retryInMs : null;
  const rows: unknown[] = await manager.query(
    `WITH settled AS (
       UPDATE webhook_deliveries
          SET status = $4, lease_until = NULL,
              finished_at = CASE WHEN $4 = 'pending' THEN NULL ELSE now() END,
              next_attempt_at = CASE WHEN $4 = 'pending' THEN now() + $5::double precision * interval '1 millisecond'
                                     ELSE next_attempt_at END
        WHERE cooperative_id = $1 AND id = $2 AND status = 'pending' AND attempts = $3
        RETURNING 1)
     SELECT 1 FROM settled`,
    [delivery.cooperativeId, delivery.id, attempt, outcome.status, retryInMs],
  );
  return rows.length > 0;
}

export interface DeliveryRow {
  id: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date;
  createdAt: Date;
  finishedAt: Date | null;
  eventTx: string;
}

const DELIVERY = `id, event_id::text AS "eventId", event_tx::text AS "eventTx", event_type AS "eventType", status,
                  attempts, next_attempt_at AS "nextAttemptAt", created_at AS "createdAt",
                  finished_at AS "finishedAt"`;

/** An endpoint's deliveries, newest event first, after the key (event_tx, event_id). */
export function listDeliveries(
  manager: EntityManager,
  cooperativeId: string,
  endpointId: string,
  before: [string, string] | undefined,
  limit: number,
): Promise<DeliveryRow[]> {
  return manager.query(
    `SELECT ${DELIVERY} FROM webhook_deliveries
      WHERE cooperative_id = $1 AND endpoint_id = $2
        AND ($3::bigint IS NULL OR (event_tx, event_id) < ($3::bigint, $4::bigint))
      ORDER BY event_tx DESC, event_id DESC
      LIMIT $5`,
    [cooperativeId, endpointId, before?.[0] ?? null, before?.[1] ?? null, limit],
  );
}

export async function findDelivery(
  manager: EntityManager,
  cooperativeId: string,
  endpointId: string,
  id: string,
): Promise<DeliveryRow | undefined> {
  const [row]: DeliveryRow[] = await manager.query(
    `SELECT ${DELIVERY} FROM webhook_deliveries WHERE cooperative_id = $1 AND endpoint_id = $2 AND id = $3`,
    [cooperativeId, endpointId, id],
  );
  return row;
}

/**
 * Due now: a finished delivery is pending again with a new schedule of attempts; a pending one keeps its count and
 * is due at once (a worker sending it now keeps its lease). Answers the delivery, or nothing for an unknown one.
 */
export async function redeliver(
  manager: EntityManager,
  cooperativeId: string,
  endpointId: string,
  id: string,
): Promise<DeliveryRow | undefined> {
  const [row]: DeliveryRow[] = await manager.query(
    `WITH again AS (
       UPDATE webhook_deliveries
          SET attempts = CASE WHEN status = 'pending' THEN attempts ELSE 0 END,
              status = 'pending', next_attempt_at = now(), finished_at = NULL
        WHERE cooperative_id = $1 AND endpoint_id = $2 AND id = $3
        RETURNING ${DELIVERY})
     SELECT * FROM again`,
    [cooperativeId, endpointId, id],
  );
  return row;
}

export interface AttemptRow {
  id: string;
  startedAt: Date;
  statusCode: number | null;
  error: string | null;
  latencyMs: number;
  responseExcerpt: string | null;
}

/** A delivery's attempts, oldest first, after the id. */
export function listAttempts(
  manager: EntityManager,
  cooperativeId: string,
  deliveryId: string,
  after: string | undefined,
  limit: number,
): Promise<AttemptRow[]> {
  return manager.query(
    `SELECT id::text, started_at AS "startedAt", status_code AS "statusCode", error, latency_ms AS "latencyMs",
            response_excerpt AS "responseExcerpt"
       FROM webhook_attempts
      WHERE cooperative_id = $1 AND delivery_id = $2 AND ($3::bigint IS NULL OR id > $3::bigint)
      ORDER BY id
      LIMIT $4`,
    [cooperativeId, deliveryId, after ?? null, limit],
  );
}
