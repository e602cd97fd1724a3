/**
 * What the modules above read and write of the audit log in their own statements, as named SQL of its owner: the
 * entries (their invariants prove that a change and its entry committed together), the events' positions, and the insert a hot path puts in
 * the one statement of its change with its event (AuditService.values gives their parameters).
 */
/** The audit_log columns AuditService.values gives, in order. */
const AUDIT_COLUMNS = 'cooperative_id, actor_type, actor_id, action, target_type, target_id, summary, request_id';

/** A relation of every audit entry: id, cooperative_id, actor_type, actor_id, action, target_type, target_id, summary. */
export function auditEntriesSql(): string {
  return `SELECT a.id, a.cooperative_id, a.actor_type, a.actor_id, a.action, a.target_type, a.target_id, a.summary
            FROM audit_log a`;
}

/** A relation of every event's position and type: cooperative_id, id, tx, type (the webhooks' invariants). */
export function eventPositionsSql(): string {
  return `SELECT e.cooperative_id, e.id, e.tx, e.type FROM events e`;
}

const RETURNED = 'id, cooperative_id, action, target_type, target_id, request_id, created_at';

/** The event of each entry of the CTE `audit` (a cooperative's), with the data and scope of parameters $d, $d+1. */
function eventInsertSql(dataParam: number): string {
  return `INSERT INTO events (cooperative_id, tx, audit_id, type, subject_type, subject_id, request_id, occurred_at,
                              data, read_scope)
          SELECT cooperative_id, pg_current_xact_id()::text::bigint, id, action, target_type, target_id, request_id,
                 created_at, $${dataParam}::jsonb, $${dataParam + 1}
            FROM audit WHERE cooperative_id IS NOT NULL`;
}

/** AuditService.record's statement: the entry of parameters $1..$8 and its event ($9, $10). */
export function auditValuesInsertSql(): string {
  return `WITH audit AS (
            INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8) RETURNING ${RETURNED}
          )
          ${eventInsertSql(9)}`;
}

/**
 * Two CTEs for a caller's statement, `audit AS (...), audit_event AS (...)`: one audit entry per row of `from` (a CTE
 * of that statement) and its event, their values the 10 parameters from `$firstParam` on, in the order
 * AuditService.values gives.
 */
export function auditCtesSql(firstParam: number, from: string): string {
  const p = (i: number) => `$${firstParam + i}`;
  return `audit AS (
            INSERT INTO audit_log (${AUDIT_COLUMNS})
            SELECT ${p(0)}, ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}::jsonb, ${p(7)} FROM ${from}
            RETURNING ${RETURNED}
          ), audit_event AS (
            ${eventInsertSql(firstParam + 8)}
          )`;
}

export interface EventRow {
  id: string;
  tx: string;
  type: string;
  subject_type: string;
  subject_id: string | null;
  request_id: string | null;
  occurred_at: Date;
  data: Record<string, unknown> | null;
  read_scope: string | null;
}

/**
 * A page of the feed ($1 cooperative, after ($2 tx, $3 id), $4 types or null, $5 limit): only events of
 * transactions older than every one still running, which can no longer be joined by an event sorting before them.
 */
export function eventFeedSql(): string {
  return `SELECT id::text, tx::text, type, subject_type, subject_id, request_id, occurred_at, data, read_scope
            FROM events
           WHERE cooperative_id = $1
             AND (tx, id) > ($2::bigint, $3::bigint)
             AND tx < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
             AND ($4::text[] IS NULL OR type = ANY ($4::text[]))
           ORDER BY tx, id
           LIMIT $5`;
}

/**
 * The end of a cooperative's feed now ($1): the (tx, id) of its last event below the oldest running transaction, or
 * none. A reader starting there receives every event committed from then on, and none before.
 */
export function eventFeedEndSql(): string {
  return `SELECT tx::text, id::text
            FROM events
           WHERE cooperative_id = $1
             AND tx < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
           ORDER BY tx DESC, id DESC
           LIMIT 1`;
}
