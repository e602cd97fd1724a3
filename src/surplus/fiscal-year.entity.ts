import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * A cooperative's fiscal year: its first and last day (both included) and its net surplus, entered by the treasurer
 * from the accounts. Years of one cooperative never overlap (an exclusion constraint). `inputs_version` goes up with
 * every change of the surplus or of the year's patronage, so a draft plan knows when it is out of date.
 */
@Entity('fiscal_years')
@Index('uq_fiscal_years_cooperative_id', ['cooperativeId', 'id'], { unique: true })
@Index('uq_fiscal_years_label', ['cooperativeId', 'label'], { unique: true })
@Index('uq_fiscal_years_start', ['cooperativeId', 'startDate'], { unique: true })
@Exclusion(
  'xc_fiscal_years_no_overlap',
  `USING gist ("cooperative_id" WITH =, daterange("start_date", "end_date", '[]') WITH &&)`,
)
@Check('ck_fiscal_years_dates', `"end_date" >= "start_date" AND "end_date" - "start_date" <= 730`)
@Check('ck_fiscal_years_surplus_entered', `("net_surplus" IS NULL) = ("net_surplus_entered_at" IS NULL)`)
@Check('ck_fiscal_years_inputs_version', `"inputs_version" >= 0`)
export class FiscalYear {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  /** How people name it ("2024", "2023/24"); unique in the cooperative. */
  @Column({ type: 'text' })
  label: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  /** Net surplus from the accounts (negative for a loss); null until entered. */
  @Column({ name: 'net_surplus', type: 'numeric', precision: 20, scale: 4, nullable: true })
  netSurplus: string | null;

  /** Where the figure comes from (e.g. "Audited accounts 2024, p. 12"). */
  @Column({ name: 'net_surplus_reference', type: 'text', nullable: true })
  netSurplusReference: string | null;

  @Column({ name: 'net_surplus_entered_at', type: 'timestamptz', nullable: true })
  netSurplusEnteredAt: Date | null;

  @Column({ name: 'inputs_version', type: 'integer', default: 0 })
  inputsVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
