/**
 * The SQL of idempotency_records, named: the one place that writes the table. A key is claimed with a transaction
 * advisory lock on (caller, key), so the holder keeps it until its transaction ends and a duplicate can tell at once
 * that the key is in use; a record older than the retention counts as absent.
 */
import type { EntityManager } from 'typeorm';

export interface StoredResponse {
  requestHash: string;
  status: number;
  body: unknown;
}

/** Expired: created `$hours` or more hours ago (the interceptor and the sweep agree on this one rule). */
const expired = (createdAt: string, hoursParam: string) =>
  `${createdAt} <= now() - make_interval(hours => ${hoursParam})`;

/**
 * Takes the key's lock for the rest of the transaction, or answers false at once when another transaction holds it.
 * The lock is a 64-bit hash of caller and key (keys have no space, so the text is unambiguous): two different keys
 * in flight at the same moment collide with a chance of about 2^-64, and the loser is merely asked to retry.
 */
export async function tryClaimKey(manager: EntityManager, caller: string, key: string): Promise<boolean> {
  const [row]: { claimed: boolean }[] = await manager.query(
    `SELECT pg_try_advisory_xact_lock(hashtextextended('idempotency:' || $1 || ' ' || $2, 0)) AS claimed`,
    [caller, key],
  );
  return row.claimed;
}

/**
 * Starts the key's record (status 0 until the response is stored in the same transaction), also over an expired
 * record of the key. Answers the response stored for the key when it has a live one instead, changing nothing.
 * Call it holding the key's claim: then no other transaction has the key's row in flight, and a record committed
 * before the claim was taken is visible here. A live record stays locked to the end of the transaction (ON CONFLICT
 * DO UPDATE locks the row even when its WHERE is false), so the sweep cannot take it between the two statements.
 */
export async function startRecord(
  manager: EntityManager,
  record: { caller: string; key: string; requestHash: string; retentionHours: number },
): Promise<StoredResponse | undefined> {
  const { caller, key, requestHash, retentionHours } = record;
  const started: unknown[] = await manager.query(
    `INSERT INTO idempotency_records AS r (caller, key, request_hash, response_status)
     VALUES ($1, $2, $3, 0)
     ON CONFLICT (caller, key) DO UPDATE
       SET request_hash = EXCLUDED.request_hash, response_status = 0, response_body = NULL, created_at = now()
       WHERE ${expired('r.created_at', '$4')}
     RETURNING 1`,
    [caller, key, requestHash, retentionHours],
  );
  return started.length > 0 ? undefined : findLiveRecord(manager, record);
}

/**
 * The committed, unexpired record of the key, if any; no lock taken. Without the key's claim this is how a duplicate
 * tells a key in use (its record still uncommitted, so not found) from one whose claim is merely held by a replay.
 */
export async function findLiveRecord(
  manager: EntityManager,
  record: { caller: string; key: string; retentionHours: number },
): Promise<StoredResponse | undefined> {
  const [stored]: { request_hash: string; response_status: number; response_body: unknown }[] = await manager.query(
    `SELECT request_hash, response_status, response_body FROM idempotency_records
      WHERE caller = $1 AND key = $2 AND NOT (${expired('created_at', '$3')})`,
    [record.caller, record.key, record.retentionHours],
  );
  return stored && { requestHash: stored.request_hash, status: stored.response_status, body: stored.response_body };
}

/** The response a replay will give, stored in the transaction that started the record. */
export async function storeResponse(
  manager: EntityManager,
  caller: string,
  key: string,
  response: { status: number; body: unknown },
): Promise<void> {
  await manager.query(
    'UPDATE idempotency_records SET response_status = $3, response_body = $4 WHERE caller = $1 AND key = $2',
    [caller, key, response.status, response.body === undefined ? null : JSON.stringify(response.body)],
  );
}

/**
 * Deletes at most `limit` expired records in one short statement; answers how many. Rows another transaction has
 * locked (a sweep in another process, a request renewing an expired key) are skipped, not waited for, so any number
 * of processes may sweep at once.
 */
export async function deleteExpired(manager: EntityManager, retentionHours: number, limit: number): Promise<number> {
  const [row]: { deleted: number }[] = await manager.query(
    `WITH gone AS (
       DELETE FROM idempotency_records
        WHERE (caller, key) IN (SELECT caller, key FROM idempotency_records
                                 WHERE ${expired('created_at', '$1')}
                                 LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING 1)
     SELECT count(*)::int AS deleted FROM gone`,
    [retentionHours, limit],
  );
  return row.deleted;
}
