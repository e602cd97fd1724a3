import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A guarantor's pledge for a loan: another active member of the cooperative pledges part of the loan. `released`
 * grows as the borrower repays principal (loan-eligibility.rules.ts, pledgeRelease) and reaches the pledge when the
 * loan is repaid in full. A write-off releases nothing: calling the guarantee is a separate decision.
 */
@Entity('loan_guarantors')
@Index('ix_loan_guarantors_member', ['cooperativeId', 'memberId'])
@Check('ck_loan_guarantors_pledged', `"pledged" > 0`)
@Check('ck_loan_guarantors_released', `"released" >= 0 AND "released" <= "pledged"`)
export class LoanGuarantor {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @PrimaryColumn({ name: 'loan_id', type: 'uuid' })
  loanId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  pledged: string;

  @Column({ type: 'numeric', precision: 20, scale: 4, default: 0 })
  released: string;
}
