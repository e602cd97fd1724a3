import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { RefundMode } from '../cooperatives/bylaws.rules.js';

/**
 * A member's standing choice of how surplus refunds are paid (cash or capital credited). Without one, the bylaws'
 * surplusRefundMode applies. A plan reads it when its lines are computed and keeps it in each line.
 */
@Entity('surplus_refund_preferences')
@Check('ck_surplus_refund_preferences_mode', `"mode" IN ('cash', 'capital')`)
export class RefundPreference {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'text' })
  mode: RefundMode;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
