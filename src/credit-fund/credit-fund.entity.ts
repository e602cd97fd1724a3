import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The solidarity fund of one cooperative: its balances, kept in step with the ledger (credit_fund_entries) in the
 * same transaction. Every posting locks this row (SELECT ... FOR UPDATE) first, so postings apply one after the
 * other and each sees the balance the previous one left; the CHECKs are the last line: a disbursement that would
 * take the balance below zero can never commit.
 */
@Entity('credit_funds')
@Check('ck_credit_funds_balance', `"balance" >= 0`)
@Check('ck_credit_funds_loans_outstanding', `"loans_outstanding" >= 0`)
export class CreditFund {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  /** Money available to lend: the sum of the ledger's cash movements. */
  @Column({ type: 'numeric', precision: 20, scale: 4, default: 0 })
  balance: string;

  /** Principal lent and not yet repaid or written off. */
  @Column({ name: 'loans_outstanding', type: 'numeric', precision: 20, scale: 4, default: 0 })
  loansOutstanding: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
