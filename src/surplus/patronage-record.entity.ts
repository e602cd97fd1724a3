import { Check, Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A member's patronage in one fiscal year: the quantity (kg delivered, hours worked) and/or the value in money of
 * their transactions with the cooperative. One row per member and year. The member number is copied from the
 * register (it never changes) so the year's records list and import in number order without a join.
 */
@Entity('patronage_records')
@Index('uq_patronage_records_number', ['cooperativeId', 'fiscalYearId', 'memberNumber'], { unique: true })
@Check('ck_patronage_records_something', `"quantity" IS NOT NULL OR "value" IS NOT NULL`)
@Check('ck_patronage_records_quantity', `"quantity" >= 0`)
@Check('ck_patronage_records_value', `"value" >= 0`)
export class PatronageRecord {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @PrimaryColumn({ name: 'fiscal_year_id', type: 'uuid' })
  fiscalYearId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'member_number', type: 'integer' })
  memberNumber: number;

  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true })
  quantity: string | null;

  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true })
  value: string | null;

  @UpdateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
