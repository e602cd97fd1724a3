import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An instalment that fell due unpaid and was announced (`loan.instalment_overdue`): at most one per instalment, so
 * the event is written once whichever process finds it first (loan-overdue.job.ts).
 */
@Entity('loan_overdue_notices')
export class LoanOverdueNotice {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @PrimaryColumn({ name: 'loan_id', type: 'uuid' })
  loanId: string;

  @PrimaryColumn({ type: 'integer' })
  number: number;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
