/**
 * Reading the register at scale: filtered lists with keyset pagination, the register as of a past date, and the
 * CSV export streamed through a database cursor. Sized for a million members per cooperative: every page is an
 * index range scan (no OFFSET), and the export holds one batch in memory at a time.
 */
import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, type SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../common/context/request-context.js';
import { csvLine } from '../common/csv/csv.js';
import { ISO_DATE, UUID } from '../common/dates.js';
import { decodeCursor, invalidCursor, type Page, toPage } from '../common/pagination/pagination.js';
import { TransactionHelper } from '../database/transaction.js';
import type { EntityKind } from './member-lifecycle.rules.js';
import type { MemberResponseDto } from './member.dto.js';
import type {
  MemberExportQueryDto,
  MemberListQueryDto,
  MemberRegisterQueryDto,
  RegisterEntryDto,
  RegisterPageDto,
} from './member-register.dto.js';
import { Member } from './member.entity.js';
import { mapMember } from './member.mapper.js';
import { REGISTER_CSV_HEADER, type RegisterCsvRow, registerCsvRecord } from './member-register.csv.js';
import { MembershipHooks } from './membership.ports.js';
import { statusOnSql } from './register.sql.js';

interface ListCursor {
  admittedOn: string;
  number: number;
  appliedOn: string;
  id: string;
}

const EXPORT_BATCH = 2000;
/** The export's two parts, each served by an index in its order (uq_members_number, ix_members_unnumbered). */
const EXPORT_PARTS = [
  'm.member_number IS NOT NULL ORDER BY m.member_number',
  'm.member_number IS NULL ORDER BY m.applied_on, m.id',
] as const;

@Injectable()
export class MemberRegisterService {
  /** What rowsOf selects: a column expression and the entity property it is read as. */
  private memberColumns?: [column: string, property: string][];

  constructor(
    private readonly tx: TransactionHelper,
    private readonly dataSource: DataSource,
    private readonly hooks: MembershipHooks,
  ) {}

  /**
   * Orders: by name; or by number or by admission, where records ever admitted come first (they alone have a
   * number and an admission date) and records never admitted follow by application date. Each part is an index
   * range scan: one `NULLS LAST` sort with an OR in the cursor condition could not be answered from an index.
   * A filter on several statuses in number order reads each status from its own index range and merges here, so
   * a rare status never makes PostgreSQL walk the whole register.
   * Cursors: [number, appliedOn, id] or [admittedOn, number, appliedOn, id] (number 0 once in the second part),
   * [name, id].
   */
  async list(ctx: RequestContext, cooperativeId: string, query: MemberListQueryDto): Promise<Page<MemberResponseDto>> {
    const take = query.limit + 1;
    if (query.sort === 'name') {
      const qb = this.filtered(ctx, cooperativeId, query)
        .orderBy('m.name', 'ASC')
        .addOrderBy('m.id', 'ASC')
        .limit(take);
      if (query.cursor) {
        const [name, id] = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
        if (!UUID.test(id)) invalidCursor();
        qb.andWhere('(m.name, m.id) > (:afterName, :afterId)', { afterName: name, afterId: id });
      }
      return toPage(await this.rowsOf(qb), query.limit, (m) => [m.name, m.id], mapMember);
    }

    const byAdmission = query.sort === 'admission';
    const after = query.cursor ? decodeListCursor(query.cursor, byAdmission) : null;
    let rows: Member[] = [];
    if (after === null || after.number > 0) rows = await this.admittedPart(ctx, cooperativeId, query, after, take);
    const neverAdmittedWanted =
      !query.status?.length || query.status.some((s) => s === 'applicant' || s === 'rejected');
    if (rows.length < take && neverAdmittedWanted && !query.admittedFrom && !query.admittedTo) {
      const qb = this.filtered(ctx, cooperativeId, query)
        .andWhere('m.member_number IS NULL')
        .orderBy('m.appliedOn', 'ASC')
        .addOrderBy('m.id', 'ASC')
        .limit(take - rows.length);
      if (after !== null && after.number === 0) {
        qb.andWhere('(m.applied_on, m.id) > (:afterApplied, :afterId)', {
          afterApplied: after.appliedOn,
          afterId: after.id,
        });
      }
      rows = rows.concat(await this.rowsOf(qb));
    }
    const keyOf = (m: Member) => {
      const tail = m.memberNumber === null ? [0, m.appliedOn, m.id] : [m.memberNumber, '', ''];
      return byAdmission ? [m.admittedOn ?? '', ...tail] : tail;
    };
    return toPage(rows, query.limit, keyOf, mapMember);
  }

  /** The part of a number or admission ordered page made of records ever admitted. */
  private async admittedPart(
    ctx: RequestContext,
    cooperativeId: string,
    query: MemberListQueryDto,
    after: ListCursor | null,
    take: number,
  ): Promise<Member[]> {
    const byAdmission = query.sort === 'admission';
    const statusGroups =
      !byAdmission && query.status && query.status.length > 1 ? query.status.map((s) => [s]) : [query.status];
    const parts: Member[][] = [];
    for (const statuses of statusGroups) {
      const qb = this.filtered(ctx, cooperativeId, { ...query, status: statuses }).andWhere(
        'm.member_number IS NOT NULL',
      );
      if (byAdmission) qb.orderBy('m.admittedOn', 'ASC').addOrderBy('m.memberNumber', 'ASC');
      else qb.orderBy('m.memberNumber', 'ASC');
      if (after !== null && byAdmission) {
        qb.andWhere('(m.admitted_on, m.member_number) > (:afterAdmitted, :afterNumber)', {
          afterAdmitted: after.admittedOn,
          afterNumber: after.number,
        });
      } else if (after !== null) {
        qb.andWhere('m.member_number > :afterNumber', { afterNumber: after.number });
      }
      parts.push(await this.rowsOf(qb.limit(take)));
    }
    if (parts.length === 1) return parts[0];
    return parts
      .flat()
      .sort((a, b) => a.memberNumber! - b.memberNumber!)
      .slice(0, take);
  }

  /**
   * Who was a member on day D (DOMAIN.md): the records whose status on D (register.sql.ts, the SQL form of
   * statusOn() in the rules) is active or suspended, in member-number order; records first admitted after D are
   * skipped inside the index (ix_members_number_first_admitted).
   */
  async asOf(ctx: RequestContext, cooperativeId: string, query: MemberRegisterQueryDto): Promise<RegisterPageDto> {
    let afterNumber = 0;
    if (query.cursor) {
      const [number] = decodeCursor(query.cursor, ['number']) as [number];
      if (!Number.isSafeInteger(number) || number < 1) invalidCursor();
      afterNumber = number;
    }
    const statuses = query.status ? [query.status] : ['active', 'suspended'];
    const rows: {
      id: string;
      member_number: number;
      name: string;
      kind: EntityKind;
      community: string | null;
      status: 'active' | 'suspended';
      admitted_on: string;
    }[] = await this.tx.managerOf(ctx).query(
      `SELECT m.id, m.member_number, m.name, m.kind, m.community, s.status,
              (SELECT max(a.effective_date) FROM member_transitions a
                WHERE a.cooperative_id = m.cooperative_id AND a.member_id = m.id
                  AND a.action = 'admit' AND a.effective_date <= $2)::text AS admitted_on
         FROM members m
         JOIN (${statusOnSql({ cooperativeId: '$1::uuid', date: '$2::date' })}) s ON s.member_id = m.id
        WHERE m.cooperative_id = $1 AND m.member_number > $3 AND m.first_admitted_on <= $2
          AND s.status = ANY($4::text[])
        ORDER BY m.member_number
        LIMIT $5`,
      [cooperativeId, query.asOf, afterNumber, statuses, query.limit + 1],
    );
    const page = toPage(
      rows,
      query.limit,
      (r) => [r.member_number],
      (r): RegisterEntryDto => ({
        memberId: r.id,
        memberNumber: r.member_number,
        name: r.name,
        kind: r.kind,
        community: r.community,
        status: r.status,
        admittedOn: r.admitted_on,
      }),
    );
    return { asOf: query.asOf, ...page };
  }

  /**
   * The register as CSV, in member-number order, then the records never admitted by application date (as the
   * list orders them), read in one REPEATABLE READ snapshot through two server-side cursors, one per part, a batch
   * at a time: memory stays flat whatever the size, and each part is an index range scan, so the time grows with
   * the register (one `NULLS LAST` order sorted the whole register, on disk past `work_mem`). The generator declares
   * the cursors before it yields the header, so a failure to start is still an ordinary error response.
   * Stopping early (client gone) runs `finally`: the transaction ends and the connection goes back to the pool.
   */
  async *exportCsv(ctx: RequestContext, cooperativeId: string, query: MemberExportQueryDto): AsyncGenerator<string> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let open = false;
    try {
      await runner.startTransaction('REPEATABLE READ');
      open = true;
      await runner.query('SET TRANSACTION READ ONLY');
      const statuses = query.status?.length ? query.status : null;
      const cursors = EXPORT_PARTS.map((_, i) => `member_export_${i}`);
      for (const [i, part] of EXPORT_PARTS.entries()) {
        await runner.query(
          `DECLARE ${cursors[i]} NO SCROLL CURSOR FOR
             SELECT m.id, m.member_number, m.name, m.status, m.admitted_on::text AS admitted_on,
                    m.ceased_on::text AS ceased_on, m.cessation_reason
               FROM members m
              WHERE m.cooperative_id = $1 AND ($2::text[] IS NULL OR m.status = ANY($2::text[])) AND ${part}`,
          [cooperativeId, statuses],
        );
      }
      const snapshot = { ...ctx, manager: runner.manager };
      yield csvLine(REGISTER_CSV_HEADER);
      for (const cursor of cursors) {
        for (;;) {
          const rows = (await runner.query(`FETCH ${EXPORT_BATCH} FROM ${cursor}`)) as RegisterCsvRow[];
          if (rows.length === 0) break;
          const holdings = await this.hooks.holdings.holdingsOf(
            snapshot,
            cooperativeId,
            rows.map((r) => r.id),
          );
          yield rows.map((row) => registerCsvRecord(row, holdings.get(row.id))).join('');
        }
      }
      await runner.commitTransaction();
      open = false;
    } finally {
      if (open) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  }

  /**
   * The members a list query selects, as plain rows in the entity's shape: every column under its property's name,
   * `date` columns as text as the entity gives them. TypeORM's hydration of 51 entities cost about a quarter of a
   * page's API CPU (docs/performance.md, "Read pages of 50 under load").
   */
  private async rowsOf(qb: SelectQueryBuilder<Member>): Promise<Member[]> {
    this.memberColumns ??= this.dataSource
      .getMetadata(Member)
      .columns.map(({ databaseName, propertyName, type }) => [
        type === 'date' ? `m.${databaseName}::text` : `m.${databaseName}`,
        propertyName,
      ]);
    const [first, ...rest] = this.memberColumns;
    qb.select(first[0], first[1]);
    for (const [column, property] of rest) qb.addSelect(column, property);
    return qb.getRawMany<Member>();
  }

  private filtered(ctx: RequestContext, cooperativeId: string, query: MemberListQueryDto): SelectQueryBuilder<Member> {
    const qb = this.tx
      .managerOf(ctx)
      .createQueryBuilder(Member, 'm')
      .where('m.cooperative_id = :cooperativeId', { cooperativeId });
    if (query.status?.length) qb.andWhere('m.status IN (:...statuses)', { statuses: query.status });
    if (query.kind) qb.andWhere('m.kind = :kind', { kind: query.kind });
    if (query.community) qb.andWhere('m.community = :community', { community: query.community });
    if (query.admittedFrom) qb.andWhere('m.admitted_on >= :admittedFrom', { admittedFrom: query.admittedFrom });
    if (query.admittedTo) qb.andWhere('m.admitted_on <= :admittedTo', { admittedTo: query.admittedTo });
    const text = query.q?.trim();
    if (text) {
      const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const byName = 'member_search_key(m.name) LIKE member_search_key(:pattern)';
      if (/^\d{1,9}$/.test(text)) {
        qb.andWhere(
          new Brackets((w) =>
            w.where(byName, { pattern }).orWhere('m.member_number = :number', { number: Number(text) }),
          ),
        );
      } else {
        qb.andWhere(byName, { pattern });
      }
    }
    return qb;
  }
}

function decodeListCursor(cursor: string, byAdmission: boolean): ListCursor {
  const key = byAdmission
    ? decodeCursor(cursor, ['string', 'number', 'string', 'string'])
    : ['', ...decodeCursor(cursor, ['number', 'string', 'string'])];
  const [admittedOn, number, appliedOn, id] = key as [string, number, string, string];
  const admitted = number > 0;
  const valid =
    Number.isSafeInteger(number) &&
    number >= 0 &&
    (admitted
      ? appliedOn === '' && id === '' && (!byAdmission || ISO_DATE.test(admittedOn))
      : admittedOn === '' && ISO_DATE.test(appliedOn) && UUID.test(id));
  if (!valid) invalidCursor();
  return { admittedOn, number, appliedOn, id };
}
