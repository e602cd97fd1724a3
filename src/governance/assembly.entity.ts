import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AgendaItem, AssemblyKind, AssemblyStatus } from './governance.rules.js';

/**
 * A general assembly: notice, agenda and record date while `planned`; `in_session` once opened (the electorate size
 * is frozen then for the meeting quorum, and the attendance register is kept); `closed` with its minutes, which
 * never change afterwards.
 */
@Entity('general_assemblies')
@Index('uq_general_assemblies_cooperative_id', ['cooperativeId', 'id'], { unique: true })
@Index('ix_general_assemblies_date', ['cooperativeId', 'meetingDate', 'id'])
@Check('ck_general_assemblies_kind', `"kind" IN ('annual', 'extraordinary')`)
@Check('ck_general_assemblies_status', `"status" IN ('planned', 'in_session', 'closed')`)
@Check('ck_general_assemblies_record_date', `"record_date" <= "meeting_date"`)
@Check('ck_general_assemblies_opened', `("status" = 'planned') = ("electorate_size" IS NULL)`)
@Check('ck_general_assemblies_minutes', `("status" = 'closed') = ("minutes" IS NOT NULL)`)
export class GeneralAssembly {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @Column({ type: 'text' })
  kind: AssemblyKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'meeting_date', type: 'date' })
  meetingDate: string;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  /** The notice sent to members (convocation). */
  @Column({ type: 'text' })
  notice: string;

  /** Numbered agenda items; ballots name the item they decide. */
  @Column({ type: 'jsonb' })
  agenda: AgendaItem[];

  /** Who may attend and vote: the members eligible on this day. */
  @Column({ name: 'record_date', type: 'date' })
  recordDate: string;

  @Column({ type: 'text' })
  status: AssemblyStatus;

  /** Members eligible on the record date, counted when the assembly opens: the base of the meeting quorum. */
  @Column({ name: 'electorate_size', type: 'integer', nullable: true })
  electorateSize: number | null;

  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** 1 when created, +1 on every change of the row (each write sets it): the ETag, compared with If-Match. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
