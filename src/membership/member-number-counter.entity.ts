import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last member number a cooperative gave. Admission increments it in its own transaction
 * (`INSERT ... ON CONFLICT DO UPDATE ... RETURNING`), so the row lock serialises concurrent admissions and a
 * rolled-back admission gives its number back: numbers run 1, 2, 3... with no gap and no duplicate.
 */
@Entity('member_number_counters')
@Check('ck_member_number_counters_last_number', `"last_number" >= 0`)
export class MemberNumberCounter {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @Column({ name: 'last_number', type: 'integer', default: 0 })
  lastNumber: number;
}
