/** Cooperatives: each one was created whole (bylaws and its audit entry in the same transaction). */
import type { Invariant } from '../database/invariant.js';

export const invariants: Invariant[] = [
  {
    name: 'cooperatives.bylaws-exist',
    description: 'Every cooperative has its bylaws.',
    sql: `SELECT c.id, c.name FROM cooperatives c
           WHERE NOT EXISTS (SELECT 1 FROM bylaws b WHERE b.cooperative_id = c.id)`,
  },
  {
    name: 'cooperatives.creation-audited',
    description: 'Every cooperative has its cooperative.created audit entry.',
    sql: `SELECT c.id, c.name FROM cooperatives c
           WHERE NOT EXISTS (SELECT 1 FROM audit_log a
                              WHERE a.cooperative_id = c.id AND a.action = 'cooperative.created')`,
  },
];
