/** The audit log: entries name real cooperatives and a consistent actor. */
import type { Invariant } from '../database/invariant.js';

export const invariants: Invariant[] = [
  {
    name: 'audit.cooperative-exists',
    description: "Every audit entry's cooperative (when it names one) exists.",
    sql: `SELECT a.id, a.cooperative_id, a.action FROM audit_log a
           WHERE a.cooperative_id IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM cooperatives c WHERE c.id = a.cooperative_id)`,
  },
  {
    name: 'audit.actor-consistent',
    description: 'A system entry has no actor id; a user or API client entry has one.',
    sql: `SELECT id, actor_type, actor_id, action FROM audit_log
           WHERE actor_type NOT IN ('user', 'api_client', 'system')
              OR (actor_type = 'system') <> (actor_id IS NULL)`,
  },
];
