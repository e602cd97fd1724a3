import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const FUND_ENTRY_KINDS = [
  'contribution',
  'surplus_allocation',
  'donation',
  'disbursement',
  'repayment_principal',
  'repayment_interest',
  'write_off',
] as const;
export type FundEntryKind = (typeof FUND_ENTRY_KINDS)[number];

/**
 * The fund's append-only ledger (a trigger refuses updates and deletes). `amount` is always positive; its effect on
 * the fund's cash follows from the kind: contributions, surplus allocations, donations and repayments bring money
 * in, a disbursement takes it out, a write-off moves no cash (it takes the loan's principal off the books).
 * `balance_after` is the fund's balance once the entry is posted, so the history shows it never went below zero.
 */
@Entity('credit_fund_entries')
@Index('ix_credit_fund_entries_cooperative', ['cooperativeId', 'id'])
@Index('ix_credit_fund_entries_loan', ['cooperativeId', 'loanId', 'id'], { where: '"loan_id" IS NOT NULL' })
@Index('ix_credit_fund_entries_member', ['cooperativeId', 'memberId', 'id'], { where: '"member_id" IS NOT NULL' })
@Index('uq_credit_fund_entries_external_ref', ['cooperativeId', 'kind', 'externalRef'], {
  unique: true,
  where: `"external_ref" IS NOT NULL AND "kind" = 'surplus_allocation'`,
})
@Check(
  'ck_credit_fund_entries_kind',
  `"kind" IN ('contribution', 'surplus_allocation', 'donation', 'disbursement', 'repayment_principal', 'repayment_interest', 'write_off')`,
)
@Check('ck_credit_fund_entries_amount', `"amount" > 0`)
@Check('ck_credit_fund_entries_balance_after', `"balance_after" >= 0`)
@Check(
  'ck_credit_fund_entries_contribution',
  `"kind" <> 'contribution' OR ("member_id" IS NOT NULL AND "contribution_id" IS NOT NULL)`,
)
@Check(
  'ck_credit_fund_entries_loan',
  `"kind" NOT IN ('disbursement', 'repayment_principal', 'repayment_interest', 'write_off') OR ("loan_id" IS NOT NULL AND "member_id" IS NOT NULL)`,
)
@Check(
  'ck_credit_fund_entries_repayment',
  `"kind" NOT IN ('repayment_principal', 'repayment_interest') OR "repayment_id" IS NOT NULL`,
)
@Check('ck_credit_fund_entries_surplus', `"kind" <> 'surplus_allocation' OR "external_ref" IS NOT NULL`)
@Check('ck_credit_fund_entries_recorded_by', `"recorded_by_type" IN ('user', 'api_client', 'system')`)
export class FundEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @Column({ type: 'text' })
  kind: FundEntryKind;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  amount: string;

  @Column({ name: 'balance_after', type: 'numeric', precision: 20, scale: 4 })
  balanceAfter: string;

  /** The day the money moved (legal date). */
  @Column({ name: 'value_date', type: 'date' })
  valueDate: string;

  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId: string | null;

  @Column({ name: 'loan_id', type: 'uuid', nullable: true })
  loanId: string | null;

  @Column({ name: 'contribution_id', type: 'uuid', nullable: true })
  contributionId: string | null;

  @Column({ name: 'repayment_id', type: 'uuid', nullable: true })
  repaymentId: string | null;

  /** The source outside this module: the surplus distribution of an allocation, a donation's receipt number. */
  @Column({ name: 'external_ref', type: 'text', nullable: true })
  externalRef: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'recorded_by_type', type: 'text' })
  recordedByType: 'user' | 'api_client' | 'system';

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
