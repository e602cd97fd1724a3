import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What one repayment paid on one instalment (append-only, trigger). With the value date copied here, what was paid
 * on an instalment by any past date is a sum over these lines: arrears and PAR "as of" a past day stay exact after
 * later repayments.
 */
@Entity('loan_repayment_lines')
@Index('ix_loan_repayment_lines_instalment', ['cooperativeId', 'loanId', 'instalmentNumber', 'paidOn'])
@Check(
  'ck_loan_repayment_lines_amounts',
  `"principal" >= 0 AND "interest" >= 0 AND "interest_waived" >= 0 AND "principal" + "interest" + "interest_waived" > 0`,
)
export class LoanRepaymentLine {
  @PrimaryColumn({ name: 'repayment_id', type: 'uuid' })
  repaymentId: string;

  @PrimaryColumn({ name: 'instalment_number', type: 'integer' })
  instalmentNumber: number;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @Column({ name: 'loan_id', type: 'uuid' })
  loanId: string;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn: string;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  principal: string;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  interest: string;

  @Column({ name: 'interest_waived', type: 'numeric', precision: 20, scale: 4, default: 0 })
  interestWaived: string;
}
