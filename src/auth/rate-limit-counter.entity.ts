import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Requests counted per caller and window, shared by every API process: rate-limiter-flexible's PostgreSQL store
 * table (its own layout; the migration creates it UNLOGGED, as counters need not survive a crash). Written only
 * through RateLimits.
 */
@Entity('rate_limits')
export class RateLimitCounter {
  /** `user:<id>`, `api_client:<id>` or `address:<ip>`. */
  @PrimaryColumn({ type: 'varchar', length: 255 })
  key: string;

  @Column({ type: 'integer', default: 0 })
  points: number;

  /** When the window ends, in epoch milliseconds. */
  @Column({ type: 'bigint', nullable: true })
  expire: string | null;
}
