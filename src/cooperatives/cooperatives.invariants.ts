/**
 * Cooperatives: each one was created whole (bylaws and its audit entry in the same transaction), and every audit
 * entry names a cooperative that exists.
 */
import type { Invariant } from '../database/invariant.js';
import { auditEntriesSql } from '../audit/audit.sql.js';

export const invariants: Invariant[] = [
  {
    // The audit log's own invariant, kept here: the audit module sits below cooperatives and reads no tenant table.
    name: 'audit.cooperative-exists',
    description: "Every audit entry's cooperative (when it names one) exists.",
    sql: `SELECT a.id, a.cooperative_id, a.action FROM (${auditEntriesSql()}) a
           WHERE a.cooperative_id IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM cooperatives c WHERE c.id = a.cooperative_id)`,
  },
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
           WHERE NOT EXISTS (SELECT 1 FROM (${auditEntriesSql()}) a
                              WHERE a.cooperative_id = c.id AND a.action = 'cooperative.created')`,
  },
];
