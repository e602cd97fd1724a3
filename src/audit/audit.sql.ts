/**
 * What the modules above read of the audit log, as named SQL of its owner (their invariants prove that a change and
 * its entry committed together).
 */

/** A relation of every audit entry: id, cooperative_id, actor_type, actor_id, action, target_type, target_id, summary. */
export function auditEntriesSql(): string {
  return `SELECT a.id, a.cooperative_id, a.actor_type, a.actor_id, a.action, a.target_type, a.target_id, a.summary
            FROM audit_log a`;
}
