/**
 * The audit log: a consistent actor (that entries name real cooperatives is cooperatives.invariants.ts); and the
 * events: one per audited change of a cooperative, naming that change, and none without one.
 */
import type { Invariant } from '../database/invariant.js';

export const invariants: Invariant[] = [
  {
    name: 'audit.actor-consistent',
    description: 'A system entry has no actor id; a user or API client entry has one.',
    sql: `SELECT id, actor_type, actor_id, action FROM audit_log
           WHERE actor_type NOT IN ('user', 'api_client', 'system')
              OR (actor_type = 'system') <> (actor_id IS NULL)`,
  },
  {
    name: 'audit.every-change-has-its-event',
    description: "Every audit entry of a cooperative has its event, of the entry's action and target.",
    sql: `SELECT a.id, a.cooperative_id, a.action, e.id AS event_id, e.type
            FROM audit_log a
            LEFT JOIN events e ON e.cooperative_id = a.cooperative_id AND e.audit_id = a.id
           WHERE a.cooperative_id IS NOT NULL
             AND (e.id IS NULL OR e.type <> a.action OR e.subject_type <> a.target_type
                  OR e.subject_id IS DISTINCT FROM a.target_id)`,
  },
  {
    name: 'audit.no-event-without-its-change',
    description: 'Every event belongs to an audit entry of its own cooperative.',
    sql: `SELECT e.cooperative_id, e.id, e.audit_id, e.type
            FROM events e
            LEFT JOIN audit_log a ON a.id = e.audit_id AND a.cooperative_id = e.cooperative_id
           WHERE a.id IS NULL`,
  },
];
