/**
 * What the modules above read and write of the audit log in their own statements, as named SQL of its owner: the
 * entries (their invariants prove that a change and its entry committed together), and the insert a hot path puts in
 * the one statement of its change (AuditService.values gives its parameters).
 */
import { AUDIT_COLUMNS } from './audit.service.js';

/** A relation of every audit entry: id, cooperative_id, actor_type, actor_id, action, target_type, target_id, summary. */
export function auditEntriesSql(): string {
  return `SELECT a.id, a.cooperative_id, a.actor_type, a.actor_id, a.action, a.target_type, a.target_id, a.summary
            FROM audit_log a`;
}

/**
 * `INSERT INTO audit_log ... SELECT <the entry's parameters> FROM <from>`: one entry per row of `from` (a CTE of the
 * caller's statement), its values the 8 parameters from `$firstParam` on, in the order AuditService.values gives.
 */
export function auditInsertSql(firstParam: number, from: string): string {
  const p = (i: number) => `$${firstParam + i}`;
  return `INSERT INTO audit_log (${AUDIT_COLUMNS})
         SELECT ${p(0)}, ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}::jsonb, ${p(7)} FROM ${from}`;
}
