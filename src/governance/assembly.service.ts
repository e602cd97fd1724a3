/**
 * General assemblies: notice and agenda while planned; opening counts the electorate (members eligible on the
 * record date, the base of the meeting quorum); closing records the minutes, after which nothing changes (a
 * trigger). Each write locks the row (FOR UPDATE) and counts one more `version` (the ETag; an edit with a stale
 * If-Match is refused under that lock). The attendance register is assembly-attendance.service.ts.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ISO_DATE, UUID } from '../common/dates.js';
import { decodeCursor, invalidCursor, type Page, type PageQueryDto, toPage } from '../common/pagination/pagination.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import { latestToday } from '../membership/member.validators.js';
import type {
  AgendaItemInputDto,
  AssemblyCloseDto,
  AssemblyCreateDto,
  AssemblyResponseDto,
  AssemblyUpdateDto,
  MeetingQuorumDto,
} from './assembly.dto.js';
import { GeneralAssembly } from './assembly.entity.js';
import { eligibleMembersSql, votingRulesOf } from './electorate.sql.js';
import { type AgendaItem, assemblyTransition, meetingQuorum } from './governance.rules.js';
import { governanceEvent, mapAssembly } from './governance.mapper.js';
import { quorumFromBylaws } from './tally.rules.js';
import { CommonError } from '../common/errors/common.errors.js';
import { assertVersion } from '../common/concurrency/versioned.js';
import { assemblyNotFound, GovernanceError } from './governance.errors.js';

@Injectable()
export class AssemblyService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly cooperatives: CooperativeService,
  ) {}

  async create(ctx: RequestContext, cooperativeId: string, input: AssemblyCreateDto): Promise<AssemblyResponseDto> {
    assertRecordDate(input.recordDate, input.meetingDate);
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const inserted = await manager.insert(GeneralAssembly, {
        cooperativeId,
        kind: input.kind,
        title: input.title,
        meetingDate: input.meetingDate,
        location: input.location ?? null,
        notice: input.notice,
        agenda: numbered(input.agenda ?? []),
        recordDate: input.recordDate,
        status: 'planned',
        electorateSize: null,
        minutes: null,
        openedAt: null,
        closedAt: null,
      });
      const assembly = await manager.findOneByOrFail(GeneralAssembly, { id: inserted.identifiers[0].id as string });
      const created = mapAssembly(assembly, null);
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'assembly.created',
        targetType: 'assembly',
        targetId: assembly.id,
        summary: { kind: assembly.kind, title: assembly.title, meetingDate: assembly.meetingDate },
        event: governanceEvent(created),
      });
      return created;
    });
  }

  /**
   * Notice, agenda, dates: while planned only (the members were convened on them). `expected`: the version the
   * caller read (If-Match), compared under the row's lock.
   */
  async update(
    ctx: RequestContext,
    cooperativeId: string,
    assemblyId: string,
    input: AssemblyUpdateDto,
    expected?: number,
  ): Promise<AssemblyResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const assembly = await lock(manager, cooperativeId, assemblyId);
      assertVersion(expected, assembly.version);
      if (assembly.status !== 'planned') {
        throw new CommonError('ILLEGAL_TRANSITION', 'Only a planned assembly can be changed.');
      }
      const changes: Partial<GeneralAssembly> = {};
      if (input.title !== undefined) changes.title = input.title;
      if (input.meetingDate !== undefined) changes.meetingDate = input.meetingDate;
      if (input.location !== undefined) changes.location = input.location ?? null;
      if (input.notice !== undefined) changes.notice = input.notice;
      if (input.recordDate !== undefined) changes.recordDate = input.recordDate;
      if (input.agenda !== undefined) changes.agenda = numbered(input.agenda);
      assertRecordDate(changes.recordDate ?? assembly.recordDate, changes.meetingDate ?? assembly.meetingDate);
      if (changes.recordDate !== undefined && changes.recordDate !== assembly.recordDate) {
        const [{ n }]: { n: number }[] = await manager.query(
          `SELECT count(*)::int AS n FROM ballots WHERE cooperative_id = $1 AND assembly_id = $2`,
          [cooperativeId, assemblyId],
        );
        if (n > 0) throw new CommonError('CONFLICT', 'The assembly has ballots drafted on its record date.');
      }
      if (Object.keys(changes).length > 0) {
        await manager.update(
          GeneralAssembly,
          { id: assemblyId, cooperativeId },
          { ...changes, version: () => 'version + 1' },
        );
        const updated = await this.view(ctx, await manager.findOneByOrFail(GeneralAssembly, { id: assemblyId }));
        await this.audit.record(ctx, {
          cooperativeId,
          action: 'assembly.updated',
          targetType: 'assembly',
          targetId: assemblyId,
          summary: { changed: Object.keys(changes) },
          event: governanceEvent(updated),
        });
        return updated;
      }
      return this.view(ctx, await manager.findOneByOrFail(GeneralAssembly, { id: assemblyId }));
    });
  }

  async get(ctx: RequestContext, cooperativeId: string, assemblyId: string): Promise<AssemblyResponseDto> {
    const assembly = await this.tx.managerOf(ctx).findOneBy(GeneralAssembly, { cooperativeId, id: assemblyId });
    if (!assembly) throw assemblyNotFound();
    return this.view(ctx, assembly);
  }

  /** Latest meeting first. */
  async list(ctx: RequestContext, cooperativeId: string, query: PageQueryDto): Promise<Page<AssemblyResponseDto>> {
    const qb = this.tx
      .managerOf(ctx)
      .createQueryBuilder(GeneralAssembly, 'a')
      .where('a.cooperative_id = :cooperativeId', { cooperativeId })
      .orderBy('a.meetingDate', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(query.limit + 1);
    if (query.cursor) {
      const [date, id] = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
      if (!UUID.test(id) || !ISO_DATE.test(date)) invalidCursor();
      qb.andWhere('(a.meeting_date, a.id) < (:date::date, :id::uuid)', { date, id });
    }
    const rows = await qb.getMany();
    const page = toPage(
      rows,
      query.limit,
      (a) => [a.meetingDate, a.id],
      (a) => a,
    );
    const items: AssemblyResponseDto[] = [];
    for (const a of page.items) items.push(await this.view(ctx, a));
    return { items, nextCursor: page.nextCursor };
  }

  /** Opens the session: counts the members eligible on the record date (one set-based count). */
  async open(ctx: RequestContext, cooperativeId: string, assemblyId: string): Promise<AssemblyResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const assembly = await lock(manager, cooperativeId, assemblyId);
      if (assemblyTransition(assembly.status, 'open') === null) {
        throw new CommonError('ILLEGAL_TRANSITION', `A ${assembly.status} assembly cannot be opened.`);
      }
      if (assembly.recordDate > latestToday()) {
        throw new GovernanceError(
          'RECORD_DATE_NOT_REACHED',
          `The record date ${assembly.recordDate} has not come yet.`,
        );
      }
      const rules = votingRulesOf(await this.cooperatives.bylaws(ctx, cooperativeId));
      const eligible = eligibleMembersSql(rules, [cooperativeId, assembly.recordDate], {
        cooperativeId: '$1::uuid',
        date: '$2::date',
      });
      const [{ size }]: { size: number }[] = await manager.query(
        `SELECT count(*)::int AS size ${eligible.sql}`,
        eligible.params,
      );
      await manager.query(
        `UPDATE general_assemblies SET status = 'in_session', electorate_size = $3, opened_at = now(), updated_at = now(),
                version = version + 1
          WHERE cooperative_id = $1 AND id = $2`,
        [cooperativeId, assemblyId, size],
      );
      const opened = await this.view(ctx, await manager.findOneByOrFail(GeneralAssembly, { id: assemblyId }));
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'assembly.opened',
        targetType: 'assembly',
        targetId: assemblyId,
        summary: { recordDate: assembly.recordDate, electorateSize: size },
        event: governanceEvent(opened),
      });
      return opened;
    });
  }

  /** Closes the session with its minutes; its ballots must be closed first. */
  async close(
    ctx: RequestContext,
    cooperativeId: string,
    assemblyId: string,
    input: AssemblyCloseDto,
  ): Promise<AssemblyResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const assembly = await lock(manager, cooperativeId, assemblyId);
      if (assemblyTransition(assembly.status, 'close') === null) {
        throw new CommonError('ILLEGAL_TRANSITION', `A ${assembly.status} assembly cannot be closed.`);
      }
      const [{ n }]: { n: number }[] = await manager.query(
        `SELECT count(*)::int AS n FROM ballots
          WHERE cooperative_id = $1 AND assembly_id = $2 AND status IN ('draft', 'open')`,
        [cooperativeId, assemblyId],
      );
      if (n > 0) {
        throw new GovernanceError('BALLOT_STILL_RUNNING', `${n} ballot(s) of this assembly are still draft or open.`);
      }
      await manager.query(
        `UPDATE general_assemblies SET status = 'closed', minutes = $3, closed_at = now(), updated_at = now(),
                version = version + 1
          WHERE cooperative_id = $1 AND id = $2`,
        [cooperativeId, assemblyId, input.minutes],
      );
      const closed = await this.view(ctx, await manager.findOneByOrFail(GeneralAssembly, { id: assemblyId }));
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'assembly.closed',
        targetType: 'assembly',
        targetId: assemblyId,
        summary: { minutesLength: input.minutes.length },
        event: governanceEvent(closed),
      });
      return closed;
    });
  }

  /** Inside a use case's transaction, ctx carries its manager. */
  private async view(ctx: RequestContext, assembly: GeneralAssembly): Promise<AssemblyResponseDto> {
    if (assembly.electorateSize === null) return mapAssembly(assembly, null);
    const [{ present, represented }]: { present: number; represented: number }[] = await this.tx.managerOf(ctx).query(
      `SELECT count(*) FILTER (WHERE mode = 'in_person')::int AS present,
              count(*) FILTER (WHERE mode = 'proxy')::int AS represented
         FROM assembly_attendance WHERE cooperative_id = $1 AND assembly_id = $2`,
      [assembly.cooperativeId, assembly.id],
    );
    const bylaws = await this.cooperatives.bylaws(ctx, assembly.cooperativeId);
    const quorum: MeetingQuorumDto = meetingQuorum(
      quorumFromBylaws({ quorumPercent: bylaws.quorumPercent, quorumAbsolute: bylaws.quorumAbsolute }),
      present,
      represented,
      assembly.electorateSize,
    );
    return mapAssembly(assembly, quorum);
  }
}

async function lock(manager: EntityManager, cooperativeId: string, assemblyId: string): Promise<GeneralAssembly> {
  const assembly = await manager.findOne(GeneralAssembly, {
    where: { cooperativeId, id: assemblyId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!assembly) throw assemblyNotFound();
  return assembly;
}

function numbered(items: AgendaItemInputDto[]): AgendaItem[] {
  return items.map((item, i) => ({ number: i + 1, title: item.title, description: item.description ?? null }));
}

function assertRecordDate(recordDate: string, meetingDate: string): void {
  if (recordDate > meetingDate) {
    throw new CommonError('VALIDATION_FAILED', 'The record date cannot be after the meeting.', [
      { field: 'recordDate', message: 'must be on or before meetingDate' },
    ]);
  }
}
