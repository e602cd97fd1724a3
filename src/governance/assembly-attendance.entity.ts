import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { AttendanceMode } from './governance.rules.js';

/**
 * The attendance register of an assembly: one row per member, present in person or represented by a proxy holder
 * who is present. The key makes a member count once.
 */
@Entity('assembly_attendance')
@Check('ck_assembly_attendance_mode', `"mode" IN ('in_person', 'proxy')`)
@Check('ck_assembly_attendance_proxy', `("mode" = 'proxy') = ("proxy_id" IS NOT NULL)`)
export class AssemblyAttendance {
  @PrimaryColumn({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId: string;

  @PrimaryColumn({ name: 'assembly_id', type: 'uuid' })
  assemblyId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'text' })
  mode: AttendanceMode;

  @Column({ name: 'proxy_id', type: 'uuid', nullable: true })
  proxyId: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
