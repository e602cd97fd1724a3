import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { RefundMode } from '../cooperatives/bylaws.rules.js';

/**
 * One member's line of a plan. Written set-based by the computation (one INSERT ... SELECT), never updated; a
 * statement-level trigger refuses lines for a plan that does not exist or is no longer a draft. The weights are kept
 * so a member's statement can show what their share was computed from. One line per member and plan: the primary
 * key holds the member number, which is the member's for life (a member's statement reads it through the plans).
 * No other index: a million random uuid keys would cost the computation more than the lines' insert itself.
 */
@Entity('distribution_plan_lines')
@Check('ck_distribution_plan_lines_amounts', `"interest" >= 0 AND "patronage_refund" >= 0`)
@Check('ck_distribution_plan_lines_total', `"total" = "interest" + "patronage_refund"`)
@Check('ck_distribution_plan_lines_weights', `"capital_days" >= 0 AND "patronage_weight" >= 0`)
@Check('ck_distribution_plan_lines_refund_mode', `"refund_mode" IN ('cash', 'capital')`)
export class DistributionPlanLine {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @PrimaryColumn({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @PrimaryColumn({ name: 'member_number', type: 'integer' })
  memberNumber: number;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  /** Sum over the member's paid-up amounts of amount x days held in the year (the interest weight / rate x 100 x days-in-year). */
  @Column({ name: 'capital_days', type: 'numeric' })
  capitalDays: string;

  /** The patronage the refund was weighted by (value or quantity, per the plan's basis); 0 when not eligible. */
  @Column({ name: 'patronage_weight', type: 'numeric' })
  patronageWeight: string;

  /** A member at the year's end (or the bylaws refund ceased members too). */
  @Column({ name: 'patronage_eligible', type: 'boolean' })
  patronageEligible: boolean;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  interest: string;

  @Column({ name: 'patronage_refund', type: 'numeric', precision: 20, scale: 4 })
  patronageRefund: string;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  total: string;

  /** How the line is paid at execution: cash payable or capital credited. */
  @Column({ name: 'refund_mode', type: 'text' })
  refundMode: RefundMode;
}
