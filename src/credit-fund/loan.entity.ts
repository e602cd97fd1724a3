import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LoanStatus } from './loan-lifecycle.rules.js';
import type { RepaymentMethod } from './repayment-schedule.rules.js';

/**
 * A loan from the solidarity fund, from application to its end (loan-lifecycle.rules.ts). The running totals
 * (principal repaid, interest paid, written off) move with each posting in the same transaction as the ledger
 * entries, and the CHECKs keep them within the principal. Never deleted.
 */
@Entity('loans')
@Index('uq_loans_cooperative_id', ['cooperativeId', 'id'], { unique: true })
@Index('ix_loans_member', ['cooperativeId', 'memberId', 'status'])
@Index('ix_loans_status', ['cooperativeId', 'status', 'id'])
@Index('ix_loans_books', ['cooperativeId', 'disbursedOn'], { where: '"disbursed_on" IS NOT NULL' })
@Check('ck_loans_status', `"status" IN ('applied', 'approved', 'rejected', 'disbursed', 'repaid', 'written_off')`)
@Check('ck_loans_method', `"method" IN ('annuity', 'equal_principal', 'flat')`)
@Check('ck_loans_principal', `"principal" > 0`)
@Check('ck_loans_term', `"term_months" BETWEEN 1 AND 600`)
@Check('ck_loans_rate', `"annual_rate_percent" >= 0`)
@Check(
  'ck_loans_totals',
  `"principal_repaid" >= 0 AND "interest_paid" >= 0 AND "interest_waived" >= 0 AND "principal_written_off" >= 0 AND "principal_repaid" + "principal_written_off" <= "principal"`,
)
@Check('ck_loans_decided', `"status" = 'applied' OR "decided_on" IS NOT NULL`)
@Check('ck_loans_rejected', `"status" <> 'rejected' OR "decision_reason" IS NOT NULL`)
@Check('ck_loans_disbursed', `("disbursed_on" IS NOT NULL) = ("status" IN ('disbursed', 'repaid', 'written_off'))`)
@Check('ck_loans_closed', `("closed_on" IS NOT NULL) = ("status" IN ('repaid', 'written_off'))`)
@Check('ck_loans_repaid', `"status" <> 'repaid' OR "principal_repaid" = "principal"`)
@Check(
  'ck_loans_written_off',
  `"status" <> 'written_off' OR ("write_off_reason" IS NOT NULL AND "principal_repaid" + "principal_written_off" = "principal")`,
)
@Check(
  'ck_loans_dates',
  `"decided_on" >= "applied_on" AND "disbursed_on" >= "decided_on" AND "closed_on" >= "disbursed_on" AND "last_paid_on" >= "disbursed_on"`,
)
export class Loan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  /** The borrower. */
  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'text' })
  status: LoanStatus;

  /** The amount applied for, approved and disbursed. */
  @Column({ type: 'numeric', precision: 20, scale: 4 })
  principal: string;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ name: 'term_months', type: 'integer' })
  termMonths: number;

  @Column({ type: 'text' })
  method: RepaymentMethod;

  /** The bylaws' rate on the application day, frozen for the life of the loan. */
  @Column({ name: 'annual_rate_percent', type: 'numeric', precision: 5, scale: 2 })
  annualRatePercent: string;

  @Column({ name: 'applied_on', type: 'date' })
  appliedOn: string;

  /** What the application was checked against: the ceiling (null when paid-up capital was unknown), its inputs. */
  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true })
  ceiling: string | null;

  @Column({ name: 'paid_up_capital', type: 'numeric', precision: 20, scale: 4, nullable: true })
  paidUpCapital: string | null;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  contributions: string;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: string | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  /** Minute or resolution of the credit committee. */
  @Column({ name: 'decision_reference', type: 'text', nullable: true })
  decisionReference: string | null;

  @Column({ name: 'disbursed_on', type: 'date', nullable: true })
  disbursedOn: string | null;

  @Column({ name: 'principal_repaid', type: 'numeric', precision: 20, scale: 4, default: 0 })
  principalRepaid: string;

  @Column({ name: 'interest_paid', type: 'numeric', precision: 20, scale: 4, default: 0 })
  interestPaid: string;

  /** Scheduled interest given up at an early settlement. */
  @Column({ name: 'interest_waived', type: 'numeric', precision: 20, scale: 4, default: 0 })
  interestWaived: string;

  @Column({ name: 'principal_written_off', type: 'numeric', precision: 20, scale: 4, default: 0 })
  principalWrittenOff: string;

  /** Value date of the latest repayment: repayments are recorded in value-date order. */
  @Column({ name: 'last_paid_on', type: 'date', nullable: true })
  lastPaidOn: string | null;

  /**
   * Due date of the first instalment not yet settled (null before disbursement and once all are): days past due
   * on any day from the latest repayment on is counted from it when it is before that day.
   */
  @Column({ name: 'next_due_on', type: 'date', nullable: true })
  nextDueOn: string | null;

  /** The day the loan left the books: repaid in full, or written off. */
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ name: 'write_off_reason', type: 'text', nullable: true })
  writeOffReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
