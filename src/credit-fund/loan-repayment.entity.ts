import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const REPAYMENT_KINDS = ['repayment', 'settlement'] as const;
export type RepaymentKind = (typeof REPAYMENT_KINDS)[number];

/**
 * Money received for a loan, as allocated (repayment-allocation.rules.ts, or loan-settlement.rules.ts for an early
 * settlement). Append-only (trigger); its lines say which instalment received what.
 */
@Entity('loan_repayments')
@Index('uq_loan_repayments_cooperative_id', ['cooperativeId', 'id'], { unique: true })
@Index('uq_loan_repayments_number', ['cooperativeId', 'loanId', 'number'], { unique: true })
@Check('ck_loan_repayments_number', `"number" >= 1`)
@Check('ck_loan_repayments_kind', `"kind" IN ('repayment', 'settlement')`)
@Check(
  'ck_loan_repayments_amounts',
  `"amount" > 0 AND "principal" >= 0 AND "interest" >= 0 AND "amount" = "principal" + "interest"`,
)
@Check('ck_loan_repayments_prepaid', `"prepaid" >= 0 AND "prepaid" <= "amount"`)
@Check('ck_loan_repayments_waived', `"interest_waived" >= 0 AND ("kind" = 'settlement' OR "interest_waived" = 0)`)
@Check('ck_loan_repayments_recorded_by', `"recorded_by_type" IN ('user', 'api_client', 'system')`)
export class LoanRepayment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @Column({ name: 'loan_id', type: 'uuid' })
  loanId: string;

  /** 1, 2, 3... per loan, in recorded order (which is also value-date order). */
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  kind: RepaymentKind;

  /** Value date: the day the money was received. */
  @Column({ name: 'paid_on', type: 'date' })
  paidOn: string;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  amount: string;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  principal: string;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  interest: string;

  /** The part that went to instalments not yet due on the value date: paid ahead of the schedule. */
  @Column({ type: 'numeric', precision: 20, scale: 4 })
  prepaid: string;

  @Column({ name: 'interest_waived', type: 'numeric', precision: 20, scale: 4, default: 0 })
  interestWaived: string;

  /** The loan's principal repaid and first unsettled instalment once this repayment applied: the state of the loan
   * on every day until the next repayment, so arrears and PAR of a past day need no instalment rows. */
  @Column({ name: 'principal_repaid_after', type: 'numeric', precision: 20, scale: 4 })
  principalRepaidAfter: string;

  @Column({ name: 'next_due_on_after', type: 'date', nullable: true })
  nextDueOnAfter: string | null;

  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Column({ name: 'recorded_by_type', type: 'text' })
  recordedByType: 'user' | 'api_client' | 'system';

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
