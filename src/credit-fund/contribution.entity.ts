import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A member's contribution to the fund: money received, posted to the ledger in the same transaction (the entry
 * points here). Append-only (trigger).
 */
@Entity('credit_fund_contributions')
@Index('uq_credit_fund_contributions_cooperative_id', ['cooperativeId', 'id'], { unique: true })
@Index('ix_credit_fund_contributions_member', ['cooperativeId', 'memberId', 'contributedOn', 'id'])
@Index('ix_credit_fund_contributions_plan', ['cooperativeId', 'planId'], { where: '"plan_id" IS NOT NULL' })
@Check('ck_credit_fund_contributions_amount', `"amount" > 0`)
export class Contribution {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  /** The recurring plan this payment belongs to; null for a one-off contribution. */
  @Column({ name: 'plan_id', type: 'uuid', nullable: true })
  planId: string | null;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  amount: string;

  @Column({ name: 'contributed_on', type: 'date' })
  contributedOn: string;

  /** A receipt or bank reference. */
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
