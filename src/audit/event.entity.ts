import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The outbox: one event per audited change of a cooperative, written by AuditService in the same statement as its
 * audit entry, so an event exists exactly when its change committed. Readers follow it by (tx, id) and only below
 * the oldest transaction still running (events.sql.ts), so an event committed late is never skipped.
 */
@Entity('events')
@Index('ix_events_feed', ['cooperativeId', 'tx', 'id'])
@Index('ux_events_audit', ['cooperativeId', 'auditId'], { unique: true })
export class EventRecord {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** The writing transaction's id (pg_current_xact_id, as bigint): the feed's order. */
  @Column({ type: 'bigint' })
  tx: string;

  @Column({ name: 'audit_id', type: 'bigint' })
  auditId: string;

  /** The audit action: `member.admitted`, `ballot.closed`, ... */
  @Column({ type: 'text' })
  type: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'text', nullable: true })
  subjectId: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  /** The resource as the API showed it after the change, when the module gives it. */
  @Column({ type: 'jsonb', nullable: true })
  data: Record<string, unknown> | null;

  /** The API-key scope that may read `data` (admins always may). */
  @Column({ name: 'read_scope', type: 'text', nullable: true })
  readScope: string | null;
}
