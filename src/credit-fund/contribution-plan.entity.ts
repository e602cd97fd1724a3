import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ContributionFrequency } from './contribution-plan.rules.js';

/** A member's recurring contribution commitment (contribution-plan.rules.ts). Only its end date ever changes. */
@Entity('credit_fund_contribution_plans')
@Index('uq_credit_fund_contribution_plans_cooperative_id', ['cooperativeId', 'id'], { unique: true })
@Index('ix_credit_fund_contribution_plans_member', ['cooperativeId', 'memberId', 'id'])
@Check('ck_credit_fund_contribution_plans_amount', `"amount" > 0`)
@Check('ck_credit_fund_contribution_plans_frequency', `"frequency" IN ('monthly', 'quarterly', 'yearly')`)
@Check('ck_credit_fund_contribution_plans_dates', `"ends_on" IS NULL OR "ends_on" >= "starts_on"`)
export class ContributionPlan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  amount: string;

  @Column({ type: 'text' })
  frequency: ContributionFrequency;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
