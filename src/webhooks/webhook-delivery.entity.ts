import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One event to send to one endpoint, until it is received (a 2xx) or its last attempt failed. Its id is the
 * Standard Webhooks `webhook-id` (`msg_<id>`), the same on every attempt. A worker holds it by `lease_until`, not by an
 * open transaction; a worker that dies leaves a lease that expires, and the delivery is taken again.
 */
@Entity('webhook_deliveries')
@Index('ux_webhook_deliveries_event', ['cooperativeId', 'endpointId', 'eventId'], { unique: true })
@Index('ix_webhook_deliveries_order', ['cooperativeId', 'endpointId', 'eventTx', 'eventId'])
@Index('ix_webhook_deliveries_due', ['nextAttemptAt'], { where: `"status" = 'pending'` })
@Index('ix_webhook_deliveries_pending', ['cooperativeId', 'endpointId', 'eventTx', 'eventId'], {
  where: `"status" = 'pending'`,
})
export class WebhookDelivery {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId: string;

  @Column({ name: 'event_id', type: 'bigint' })
  eventId: string;

  @Column({ name: 'event_tx', type: 'bigint' })
  eventTx: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  /** The Standard Webhooks envelope { type, timestamp, data }; its JSON text is what is signed and sent. */
  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'text', default: 'pending' })
  status: DeliveryStatus;

  /** Attempts started in the current schedule (a manual redelivery starts a new one). */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  /** Until when the worker that took it may be sending it; null when none is. */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
