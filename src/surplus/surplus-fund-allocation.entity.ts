import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export const FUNDS = ['reserve', 'education', 'community'] as const;
export type Fund = (typeof FUNDS)[number];

/**
 * The funds' allocations of an executed plan: one row per fund. `credit_fund` says the amount was also posted to the
 * solidarity credit fund's ledger; `retained` that it stays in the cooperative's own fund (its books).
 */
@Entity('surplus_fund_allocations')
@Check('ck_surplus_fund_allocations_fund', `"fund" IN ('reserve', 'education', 'community')`)
@Check('ck_surplus_fund_allocations_amount', `"amount" >= 0`)
@Check('ck_surplus_fund_allocations_destination', `"destination" IN ('retained', 'credit_fund')`)
export class SurplusFundAllocation {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @PrimaryColumn({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @PrimaryColumn({ type: 'text' })
  fund: Fund;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  amount: string;

  @Column({ type: 'text' })
  destination: 'retained' | 'credit_fund';

  @Column({ name: 'allocated_on', type: 'date' })
  allocatedOn: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
