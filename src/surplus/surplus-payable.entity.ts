import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Cash owed to a member by an executed plan: one row per line paid in cash (total > 0). */
@Entity('surplus_payables')
@Check('ck_surplus_payables_amount', `"amount" > 0`)
export class SurplusPayable {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @PrimaryColumn({ name: 'plan_id', type: 'uuid' })
  planId: string;

  /** The key is the member number (the member's for life), in the order the lines are read: cheap to insert. */
  @PrimaryColumn({ name: 'member_number', type: 'integer' })
  memberNumber: number;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  amount: string;

  /** The plan's execution date: the day the amount became payable. */
  @Column({ name: 'payable_on', type: 'date' })
  payableOn: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
