import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Where a cooperative's events are POSTed. The signing secret is kept sealed under the master secret (the HMAC needs
 * it back: signing-secrets.rules.ts), never answered again after its creation or rotation. `cursorTx`/`cursorId` is the fan-out's place in the event feed.
 */
@Entity('webhook_endpoints')
export class WebhookEndpoint {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The event types sent; empty: every type. */
  @Column({ name: 'event_types', type: 'text', array: true, default: () => "'{}'" })
  eventTypes: string[];

  /** Sealed: `v1.` + base64url of the AES-GCM box of `whsec_` + base64 of 24 random bytes (Standard Webhooks). */
  @Column({ type: 'text' })
  secret: string;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /** Why the endpoint was disabled: by an admin, or after a delivery failed its last attempt. */
  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason: string | null;

  /** The last event fanned out to this endpoint, as the feed orders them (tx, id). */
  @Column({ name: 'cursor_tx', type: 'bigint' })
  cursorTx: string;

  @Column({ name: 'cursor_id', type: 'bigint' })
  cursorId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Counts every change (the ETag). */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
