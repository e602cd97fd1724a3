/** The audit log: a consistent actor (that entries name real cooperatives is cooperatives.invariants.ts). */
import type { Invariant } from '../database/invariant.js';

export const invariants: Invariant[] = [
  {
    name: 'audit.actor-consistent',
    description: 'A system entry has no actor id; a user or API client entry has one.',
    sql: `SELECT id, actor_type, actor_id, action FROM audit_log
           WHERE actor_type NOT IN ('user', 'api_client', 'system')
              OR (actor_type = 'system') <> (actor_id IS NULL)`,
  },
];
