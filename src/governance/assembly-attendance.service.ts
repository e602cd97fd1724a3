/**
 * The attendance register of an assembly in session: a member eligible on the record date, once (the key), present
 * in person or represented by a present proxy holder (the proxy is used from then on).
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context/request-context.js';
import { CommonError } from '../common/errors/common.errors.js';
import { type Page, type PageQueryDto, toPage } from '../common/pagination/pagination.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import type { AttendanceEntryDto, AttendanceRecordDto } from './assembly.dto.js';
import { governanceEvent } from './governance.mapper.js';
import { GeneralAssembly } from './assembly.entity.js';
import { eligibleMembersSql, votingRulesOf } from './electorate.sql.js';
import { memberNumberCursor } from './governance.cursors.js';
import { assemblyNotFound, GovernanceError } from './governance.errors.js';
import { memberDirectorySql } from '../membership/member-directory.sql.js';
import { memberNotFound } from '../membership/membership.errors.js';

@Injectable()
export class AssemblyAttendanceService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly cooperatives: CooperativeService,
  ) {}

  /**
   * Records a member on the attendance register: eligible on the record date, once (the key). Represented by
   * proxy: their live proxy for this assembly, whose holder is present in person; the proxy is used from then on.
   */
  async record(
    ctx: RequestContext,
    cooperativeId: string,
    assemblyId: string,
    input: AttendanceRecordDto,
  ): Promise<AttendanceEntryDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const rows: GeneralAssembly[] = await manager.query(
        `SELECT status, record_date::text AS "recordDate" FROM general_assemblies
          WHERE cooperative_id = $1 AND id = $2 FOR KEY SHARE`,
        [cooperativeId, assemblyId],
      );
      if (rows.length === 0) throw assemblyNotFound();
      if (rows[0].status !== 'in_session') {
        throw new GovernanceError(
          'ASSEMBLY_NOT_IN_SESSION',
          'Attendance is recorded while the assembly is in session.',
        );
      }
      const member: { id: string }[] = await manager.query(
        `SELECT m.id FROM (${memberDirectorySql('$1')}) m WHERE m.id = $2`,
        [cooperativeId, input.memberId],
      );
      if (member.length === 0) throw memberNotFound();
      const rules = votingRulesOf(await this.cooperatives.bylaws(ctx, cooperativeId));
      const eligibility = eligibleMembersSql(rules, [cooperativeId, rows[0].recordDate, [input.memberId]], {
        cooperativeId: '$1::uuid',
        date: '$2::date',
        members: '$3::uuid[]',
      });
      const eligible: unknown[] = await manager.query(`SELECT 1 ${eligibility.sql}`, eligibility.params);
      if (eligible.length === 0) {
        throw new GovernanceError('NOT_IN_ELECTORATE', 'This member was not eligible on the record date.');
      }
      let proxyId: string | null = null;
      let holder: string | null = null;
      if (input.mode === 'proxy') {
        // TypeORM answers an UPDATE with [rows, count].
        const [used]: [{ id: string; holder_member_id: string }[], number] = await manager.query(
          `UPDATE proxies SET used = true
            WHERE cooperative_id = $1 AND id = $2 AND assembly_id = $3 AND grantor_member_id = $4
              AND revoked_at IS NULL
            RETURNING id, holder_member_id`,
          [cooperativeId, input.proxyId, assemblyId, input.memberId],
        );
        if (used.length === 0)
          throw new GovernanceError('PROXY_NOT_FOUND', 'No live proxy of this member for this assembly.');
        [{ id: proxyId, holder_member_id: holder }] = used;
        const present: unknown[] = await manager.query(
          `SELECT 1 FROM assembly_attendance
            WHERE cooperative_id = $1 AND assembly_id = $2 AND member_id = $3 AND mode = 'in_person'`,
          [cooperativeId, assemblyId, holder],
        );
        if (present.length === 0) {
          throw new GovernanceError('NOT_ATTENDING', 'The proxy holder must be present in person to represent them.');
        }
      } else if (input.proxyId !== undefined) {
        throw new CommonError('VALIDATION_FAILED', 'proxyId is for mode proxy.', [
          { field: 'proxyId', message: 'only with mode proxy' },
        ]);
      }
      const inserted: { recorded_at: Date }[] = await manager.query(
        `INSERT INTO assembly_attendance (cooperative_id, assembly_id, member_id, mode, proxy_id)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING recorded_at`,
        [cooperativeId, assemblyId, input.memberId, input.mode, proxyId],
      );
      if (inserted.length === 0) {
        throw new GovernanceError('ALREADY_ATTENDING', 'This member is already on the attendance register.');
      }
      const [entry] = await attendanceRows(manager, cooperativeId, assemblyId, { memberId: input.memberId });
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'assembly.attendance_recorded',
        targetType: 'assembly',
        targetId: assemblyId,
        summary: { memberId: input.memberId, mode: input.mode, proxyId, holderMemberId: holder },
        event: governanceEvent(entry),
      });
      return entry;
    });
  }

  /** The attendance register, by member number. */
  async list(
    ctx: RequestContext,
    cooperativeId: string,
    assemblyId: string,
    query: PageQueryDto,
  ): Promise<Page<AttendanceEntryDto>> {
    const manager = this.tx.managerOf(ctx);
    const exists = await manager.existsBy(GeneralAssembly, { cooperativeId, id: assemblyId });
    if (!exists) throw assemblyNotFound();
    const after = query.cursor ? memberNumberCursor(query.cursor) : 0;
    const rows = await attendanceRows(manager, cooperativeId, assemblyId, { after, limit: query.limit + 1 });
    return toPage(
      rows,
      query.limit,
      (r) => [r.memberNumber],
      (r) => r,
    );
  }
}

async function attendanceRows(
  manager: EntityManager,
  cooperativeId: string,
  assemblyId: string,
  filter: { memberId?: string; after?: number; limit?: number },
): Promise<AttendanceEntryDto[]> {
  const rows: {
    member_id: string;
    member_number: number;
    name: string;
    mode: 'in_person' | 'proxy';
    proxy_id: string | null;
    holder_member_id: string | null;
    recorded_at: Date;
  }[] = await manager.query(
    `SELECT a.member_id, m.member_number, m.name, a.mode, a.proxy_id, p.holder_member_id, a.recorded_at
       FROM assembly_attendance a
       JOIN (${memberDirectorySql('$1')}) m ON m.id = a.member_id
       LEFT JOIN proxies p ON p.cooperative_id = a.cooperative_id AND p.id = a.proxy_id
      WHERE a.cooperative_id = $1 AND a.assembly_id = $2
        AND ($3::uuid IS NULL OR a.member_id = $3) AND m.member_number > $4
      ORDER BY m.member_number
      LIMIT $5`,
    [cooperativeId, assemblyId, filter.memberId ?? null, filter.after ?? 0, filter.limit ?? 1],
  );
  return rows.map((r) => ({
    memberId: r.member_id,
    memberNumber: r.member_number,
    name: r.name,
    mode: r.mode,
    proxyId: r.proxy_id,
    holderMemberId: r.holder_member_id,
    recordedAt: r.recorded_at.toISOString(),
  }));
}
