import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The first response given for an Idempotency-Key, stored in the same transaction as the effect it reports. Kept for
 * the configured retention from `created_at` (indexed for the sweep that deletes older records).
 */
@Entity('idempotency_records')
@Index('ix_idempotency_records_created_at', ['createdAt'])
export class IdempotencyRecord {
  /** Who sent the key (`user:<id>` or `api_client:<id>`): keys of different callers never collide. */
  @PrimaryColumn({ name: 'caller', type: 'text' })
  caller: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  /** sha256 of method, path and body (canonical JSON): the same key with another request is refused. */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash: string;

  @Column({ name: 'response_status', type: 'integer' })
  responseStatus: number;

  @Column({ name: 'response_body', type: 'jsonb', nullable: true })
  responseBody: unknown;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
