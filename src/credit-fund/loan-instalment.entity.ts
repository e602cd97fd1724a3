import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One row of a disbursed loan's repayment schedule (repayment-schedule.rules.ts), with what has been paid against
 * it. The schedule columns never change once written (trigger); the paid columns only grow.

 */
@Entity('loan_instalments')
@Index('ix_loan_instalments_unpaid', ['dueOn'], {
  where: `"principal_paid" < "principal" OR "interest_paid" + "interest_waived" < "interest"`,
})
@Check('ck_loan_instalments_number', `"number" >= 1`)
@Check('ck_loan_instalments_amounts', `"principal" >= 0 AND "interest" >= 0 AND "opening_principal" >= "principal"`)
@Check('ck_loan_instalments_principal_paid', `"principal_paid" >= 0 AND "principal_paid" <= "principal"`)
@Check(
  'ck_loan_instalments_interest_paid',
  `"interest_paid" >= 0 AND "interest_waived" >= 0 AND "interest_paid" + "interest_waived" <= "interest"`,
)
export class LoanInstalment {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @PrimaryColumn({ name: 'loan_id', type: 'uuid' })
  loanId: string;

  @PrimaryColumn({ type: 'integer' })
  number: number;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ name: 'opening_principal', type: 'numeric', precision: 20, scale: 4 })
  openingPrincipal: string;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  principal: string;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  interest: string;

  @Column({ name: 'principal_paid', type: 'numeric', precision: 20, scale: 4, default: 0 })
  principalPaid: string;

  @Column({ name: 'interest_paid', type: 'numeric', precision: 20, scale: 4, default: 0 })
  interestPaid: string;

  @Column({ name: 'interest_waived', type: 'numeric', precision: 20, scale: 4, default: 0 })
  interestWaived: string;
}
