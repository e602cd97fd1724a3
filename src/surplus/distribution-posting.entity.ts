import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export const POSTING_KINDS = ['cash_payables', 'capital_allocations', 'fund_allocations', 'credit_fund'] as const;
export type PostingKind = (typeof POSTING_KINDS)[number];

/**
 * The receipt of each kind of posting an execution made (entries and amount), one per plan and kind: the primary
 * key makes a second posting of the same kind impossible, and the invariants compare each receipt with the lines.
 * Capital allocations and the credit fund entry live in other modules' ledgers; their receipt is what the owner
 * reported (CapitalLedger.postSurplusRefunds) or was given, and an invariant compares the capital entries too.
 */
@Entity('distribution_postings')
@Check(
  'ck_distribution_postings_kind',
  `"kind" IN ('cash_payables', 'capital_allocations', 'fund_allocations', 'credit_fund')`,
)
@Check('ck_distribution_postings_counts', `"entries" >= 0 AND "amount" >= 0`)
export class DistributionPosting {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @PrimaryColumn({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @PrimaryColumn({ type: 'text' })
  kind: PostingKind;

  @Column({ type: 'integer' })
  entries: number;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  amount: string;

  @CreateDateColumn({ name: 'posted_at', type: 'timestamptz' })
  postedAt: Date;
}
