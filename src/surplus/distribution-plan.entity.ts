import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { RefundMode } from '../cooperatives/bylaws.rules.js';
import type { PlanStatus } from './plan-lifecycle.rules.js';

/**
 * A distribution plan for one fiscal year: its parameters, the pools it computed and its lifecycle. The pools are
 * checked by the database to add up to the surplus; the member lines are in distribution_plan_lines. At most one
 * plan per year is proposed, approved or executed (a partial unique index); drafts and rejected plans are many.
 */
@Entity('distribution_plans')
@Index('uq_distribution_plans_cooperative_id', ['cooperativeId', 'id'], { unique: true })
@Index('uq_distribution_plans_active', ['cooperativeId', 'fiscalYearId'], {
  unique: true,
  where: `"status" IN ('proposed', 'approved', 'executed')`,
})
@Index('uq_distribution_plans_ballot', ['cooperativeId', 'ballotId'], {
  unique: true,
  where: `"ballot_id" IS NOT NULL AND "status" <> 'rejected'`,
})
@Index('ix_distribution_plans_year', ['cooperativeId', 'fiscalYearId', 'createdAt', 'id'])
@Check('ck_distribution_plans_status', `"status" IN ('draft', 'proposed', 'approved', 'executed', 'rejected')`)
@Check('ck_distribution_plans_refund_mode', `"default_refund_mode" IN ('cash', 'capital')`)
@Check(
  'ck_distribution_plans_percents',
  `"reserve_percent" BETWEEN 0 AND 100 AND "education_percent" BETWEEN 0 AND 100 AND "community_percent" BETWEEN 0 AND 100 AND "reserve_percent" + "education_percent" + "community_percent" <= 100 AND "interest_rate_percent" BETWEEN 0 AND 100`,
)
@Check('ck_distribution_plans_surplus', `"surplus" > 0`)
@Check(
  'ck_distribution_plans_pools',
  `"reserve_amount" >= 0 AND "education_amount" >= 0 AND "community_amount" >= 0 AND "interest_pool" >= 0 AND "patronage_pool" >= 0 AND "interest_pool" <= "interest_entitlement"`,
)
@Check(
  'ck_distribution_plans_reconcile',
  `"reserve_amount" + "education_amount" + "community_amount" + "interest_pool" + "patronage_pool" = "surplus"`,
)
@Check('ck_distribution_plans_basis', `"patronage_basis" IN ('value', 'quantity')`)
@Check(
  'ck_distribution_plans_decision',
  `"status" NOT IN ('proposed', 'approved', 'executed') OR "ballot_id" IS NOT NULL OR "resolution_reference" IS NOT NULL`,
)
@Check('ck_distribution_plans_approved', `"status" NOT IN ('approved', 'executed') OR "approved_at" IS NOT NULL`)
@Check(
  'ck_distribution_plans_executed',
  `("status" = 'executed') = ("executed_at" IS NOT NULL) AND ("executed_at" IS NULL) = ("executed_on" IS NULL)`,
)
@Check('ck_distribution_plans_rejected', `("status" = 'rejected') = ("rejected_at" IS NOT NULL)`)
export class DistributionPlan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @Column({ name: 'fiscal_year_id', type: 'uuid' })
  fiscalYearId: string;

  @Column({ type: 'text' })
  status: PlanStatus;

  // Parameters (what was decided).
  @Column({ type: 'numeric', precision: 20, scale: 4 })
  surplus: string;

  /** Minor-unit digits of the currency when computed. */
  @Column({ type: 'smallint' })
  scale: number;

  @Column({ name: 'reserve_percent', type: 'numeric', precision: 5, scale: 2 })
  reservePercent: string;

  @Column({ name: 'education_percent', type: 'numeric', precision: 5, scale: 2 })
  educationPercent: string;

  @Column({ name: 'community_percent', type: 'numeric', precision: 5, scale: 2 })
  communityPercent: string;

  @Column({ name: 'interest_rate_percent', type: 'numeric', precision: 5, scale: 2 })
  interestRatePercent: string;

  @Column({ name: 'patronage_for_ceased_members', type: 'boolean' })
  patronageForCeasedMembers: boolean;

  /** Refund form for members without a standing choice: the bylaws' surplusRefundMode when computed. */
  @Column({ name: 'default_refund_mode', type: 'text' })
  defaultRefundMode: RefundMode;

  /** The community fund's allocation feeds the solidarity credit fund at execution. */
  @Column({ name: 'community_fund_to_credit_fund', type: 'boolean' })
  communityFundToCreditFund: boolean;

  // Results (what the computation gave).
  @Column({ name: 'days_in_year', type: 'smallint' })
  daysInYear: number;

  @Column({ name: 'reserve_amount', type: 'numeric', precision: 20, scale: 4 })
  reserveAmount: string;

  @Column({ name: 'education_amount', type: 'numeric', precision: 20, scale: 4 })
  educationAmount: string;

  @Column({ name: 'community_amount', type: 'numeric', precision: 20, scale: 4 })
  communityAmount: string;

  @Column({ name: 'interest_entitlement', type: 'numeric', precision: 20, scale: 4 })
  interestEntitlement: string;

  @Column({ name: 'interest_pool', type: 'numeric', precision: 20, scale: 4 })
  interestPool: string;

  @Column({ name: 'patronage_pool', type: 'numeric', precision: 20, scale: 4 })
  patronagePool: string;

  @Column({ name: 'patronage_basis', type: 'text', nullable: true })
  patronageBasis: 'value' | 'quantity' | null;

  @Column({ name: 'line_count', type: 'integer' })
  lineCount: number;

  /** The fiscal year's inputs_version the lines were computed from. */
  @Column({ name: 'inputs_version', type: 'integer' })
  inputsVersion: number;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;

  // Decision.
  @Column({ name: 'ballot_id', type: 'uuid', nullable: true })
  ballotId: string | null;

  @Column({ name: 'resolution_reference', type: 'text', nullable: true })
  resolutionReference: string | null;

  @Column({ name: 'proposed_at', type: 'timestamptz', nullable: true })
  proposedAt: Date | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'executed_on', type: 'date', nullable: true })
  executedOn: string | null;

  @Column({ name: 'executed_at', type: 'timestamptz', nullable: true })
  executedAt: Date | null;

  @Column({ name: 'rejected_at', type: 'timestamptz', nullable: true })
  rejectedAt: Date | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason: string | null;

  /** Milliseconds, as a JavaScript Date holds them: the list's keyset cursor round-trips it exactly. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  /** One more with every change of the row: the plan's ETag. */
  @VersionColumn({ default: 1 })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
