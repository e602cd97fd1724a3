import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One state change, written in the same transaction as the change. Append-only: a trigger refuses updates and deletes. */
@Entity('audit_log')
@Index('ix_audit_log_cooperative', ['cooperativeId', 'id'])
@Index('ix_audit_log_target', ['cooperativeId', 'targetType', 'targetId', 'id'])
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'cooperative_id', type: 'uuid', nullable: true })
  cooperativeId: string | null;

  @Column({ name: 'actor_type', type: 'text' })
  actorType: 'user' | 'api_client' | 'system';

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'target_type', type: 'text' })
  targetType: string;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  summary: Record<string, unknown>;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
