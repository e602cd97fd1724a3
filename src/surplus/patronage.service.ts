/**
 * Patronage records of a fiscal year: one per member, recorded one by one or imported (JSON or CSV). An import is
 * accepted whole or refused whole: every row is checked (format in patronage-import.rules.ts, then members, dates
 * and duplicates in SQL against a temporary staging table), and one bad row rejects the import with each bad row's
 * number and reason, writing nothing. Good rows are staged in batches and written by one INSERT ... SELECT.
 * A record needs a member admitted on or before the year's last day (a patronage refund is for members).
 */
import type { RequestContext } from '../common/context/request-context.js';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { FieldError } from '../common/errors/rule-error.js';
import { Dec, hasAtMostScale } from '../common/money/money.js';
import { decodeCursor, invalidCursor, type Page, type PageQueryDto, toPage } from '../common/pagination/pagination.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import { memberDirectorySql } from '../membership/member-directory.sql.js';
import type {
  ImportMode,
  PatronageImportResultDto,
  PatronageRecordDto,
  PatronageRecordResponseDto,
} from './fiscal-year.dto.js';
import type { FiscalYear } from './fiscal-year.entity.js';
import { FiscalYearService } from './fiscal-year.service.js';
import { checkJsonRow, type PatronageRow, readPatronageCsv, type RowError } from './patronage-import.rules.js';
import { PatronageRecord } from './patronage-record.entity.js';
import { mapPatronage, plain, surplusEvent } from './surplus.mapper.js';
import { CommonError } from '../common/errors/common.errors.js';
import { SurplusError } from './surplus.errors.js';
import { memberNotFound } from '../membership/membership.errors.js';

const STAGE = 'patronage_import_stage';
const BATCH = 5000;
const MAX_LISTED_ERRORS = 100;

type Checked = { row: PatronageRow; errors?: undefined } | { row?: undefined; errors: RowError[] };

@Injectable()
export class PatronageService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly cooperatives: CooperativeService,
    private readonly years: FiscalYearService,
  ) {}

  async record(
    ctx: RequestContext,
    cooperativeId: string,
    fiscalYearId: string,
    memberId: string,
    input: PatronageRecordDto,
  ): Promise<PatronageRecordResponseDto> {
    const quantity = input.quantity ?? null;
    const value = input.value ?? null;
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const { minorUnitScale } = await this.cooperatives.bylaws(ctx, cooperativeId);
      const errors: FieldError[] = [];
      if (quantity === null && value === null) {
        errors.push({ field: 'quantity', message: 'give a quantity or a value (or both)' });
      }
      if (value !== null && !hasAtMostScale(value, minorUnitScale)) {
        errors.push({ field: 'value', message: `value must have at most ${minorUnitScale} decimals` });
      }
      if (errors.length > 0) throw new CommonError('VALIDATION_FAILED', 'The patronage record is invalid.', errors);

      const fy = await this.years.lockOpenInputs(ctx, cooperativeId, fiscalYearId);
      const [member]: { id: string; member_number: number | null; first_admitted_on: string | null }[] =
        await manager.query(
          `SELECT m.id, m.member_number, m.first_admitted_on::text AS first_admitted_on
             FROM (${memberDirectorySql('$1')}) m WHERE m.id = $2`,
          [cooperativeId, memberId],
        );
      if (!member) throw memberNotFound();
      if (member.member_number === null || member.first_admitted_on! > fy.endDate) {
        throw new SurplusError(
          'PATRONAGE_MEMBER_INELIGIBLE',
          `Patronage is recorded for members admitted on or before the year's last day (${fy.endDate}).`,
        );
      }
      const before = await manager.findOneBy(PatronageRecord, { cooperativeId, fiscalYearId, memberId });
      const same = (a: string | null, b: string | null) => (a === null || b === null ? a === b : new Dec(a).eq(b));
      if (before && same(before.quantity, quantity) && same(before.value, value)) return mapPatronage(before);
      await manager.query(
        `INSERT INTO patronage_records (cooperative_id, fiscal_year_id, member_id, member_number, quantity, value, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, now())
         ON CONFLICT (cooperative_id, fiscal_year_id, member_id)
         DO UPDATE SET quantity = EXCLUDED.quantity, value = EXCLUDED.value, recorded_at = now()`,
        [cooperativeId, fiscalYearId, memberId, member.member_number, quantity, value],
      );
      await this.years.bumpInputs(ctx, fy);
      const recorded = mapPatronage(
        await manager.findOneByOrFail(PatronageRecord, { cooperativeId, fiscalYearId, memberId }),
      );
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'patronage.recorded',
        targetType: 'member',
        targetId: memberId,
        summary: {
          fiscalYearId,
          before: before ? { quantity: plain(before.quantity), value: plain(before.value) } : null,
          after: { quantity, value },
        },
        event: surplusEvent(recorded),
      });
      return recorded;
    });
  }

  async remove(ctx: RequestContext, cooperativeId: string, fiscalYearId: string, memberId: string): Promise<void> {
    await this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const fy = await this.years.lockOpenInputs(ctx, cooperativeId, fiscalYearId);
      const before = await manager.findOneBy(PatronageRecord, { cooperativeId, fiscalYearId, memberId });
      if (!before) throw new CommonError('NOT_FOUND', 'The member has no patronage record for this fiscal year.');
      await manager.delete(PatronageRecord, { cooperativeId, fiscalYearId, memberId });
      await this.years.bumpInputs(ctx, fy);
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'patronage.deleted',
        targetType: 'member',
        targetId: memberId,
        summary: { fiscalYearId, before: { quantity: plain(before.quantity), value: plain(before.value) } },
      });
    });
  }

  /** The year's records in member-number order (keyset). */
  async list(
    ctx: RequestContext,
    cooperativeId: string,
    fiscalYearId: string,
    query: PageQueryDto,
  ): Promise<Page<PatronageRecordResponseDto>> {
    await this.years.find(ctx, cooperativeId, fiscalYearId);
    const qb = this.tx
      .managerOf(ctx)
      .createQueryBuilder(PatronageRecord, 'p')
      .where('p.cooperative_id = :cooperativeId AND p.fiscal_year_id = :fiscalYearId', { cooperativeId, fiscalYearId })
      .orderBy('p.memberNumber', 'ASC')
      .limit(query.limit + 1);
    if (query.cursor) {
      const [after] = decodeCursor(query.cursor, ['number']) as [number];
      if (!Number.isSafeInteger(after)) invalidCursor();
      qb.andWhere('p.member_number > :after', { after });
    }
    return toPage(await qb.getMany(), query.limit, (p) => [p.memberNumber], mapPatronage);
  }

  importJson(
    ctx: RequestContext,
    cooperativeId: string,
    fiscalYearId: string,
    mode: ImportMode,
    records: readonly unknown[],
  ): Promise<PatronageImportResultDto> {
    return this.import(ctx, cooperativeId, fiscalYearId, mode, 'json', function* (scale) {
      for (let i = 0; i < records.length; i++) yield checkJsonRow(records[i], i, scale);
    });
  }

  importCsv(
    ctx: RequestContext,
    cooperativeId: string,
    fiscalYearId: string,
    mode: ImportMode,
    text: string,
  ): Promise<PatronageImportResultDto> {
    return this.import(ctx, cooperativeId, fiscalYearId, mode, 'csv', (scale) => readPatronageCsv(text, scale));
  }

  private import(
    ctx: RequestContext,
    cooperativeId: string,
    fiscalYearId: string,
    mode: ImportMode,
    format: 'json' | 'csv',
    rowsOf: (scale: number) => Iterable<Checked>,
  ): Promise<PatronageImportResultDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const { minorUnitScale } = await this.cooperatives.bylaws(ctx, cooperativeId);
      const fy = await this.years.lockOpenInputs(ctx, cooperativeId, fiscalYearId);
      await manager.query(
        `CREATE TEMPORARY TABLE ${STAGE} (row_no integer NOT NULL, member_number integer NOT NULL,
           quantity numeric, value numeric) ON COMMIT DROP`,
      );
      const errors: RowError[] = [];
      let invalidRows = 0;
      let rows = 0;
      let batch: PatronageRow[] = [];
      for (const checked of rowsOf(minorUnitScale)) {
        if (checked.errors) {
          invalidRows++;
          if (errors.length <= MAX_LISTED_ERRORS) errors.push(...checked.errors);
          batch = [];
          continue;
        }
        rows++;
        if (invalidRows > 0) continue; // Nothing more to stage: the import is refused; the rows are still checked.
        batch.push(checked.row);
        if (batch.length >= BATCH) batch = await stage(manager, batch);
      }
      if (invalidRows === 0 && rows === 0) {
        errors.push({ row: format === 'csv' ? 2 : 1, column: null, message: 'there is no row to import' });
        invalidRows++;
      }
      if (invalidRows > 0) throw importInvalid(errors, invalidRows, errors.length > MAX_LISTED_ERRORS);
      await stage(manager, batch);

      const { listed, count } = await this.registerErrors(manager, fy, mode);
      if (count > 0) throw importInvalid(listed, count, count > listed.length);

      const [removed]: { count: number }[] =
        mode === 'replace'
          ? await manager.query(
              `WITH d AS (DELETE FROM patronage_records WHERE cooperative_id = $1 AND fiscal_year_id = $2 RETURNING 1)
               SELECT count(*)::int AS count FROM d`,
              [cooperativeId, fiscalYearId],
            )
          : [{ count: 0 }];
      const [written]: { imported: number; quantity_total: string; value_total: string }[] = await manager.query(
        `WITH ins AS (
           INSERT INTO patronage_records (cooperative_id, fiscal_year_id, member_id, member_number, quantity, value, recorded_at)
           SELECT $1, $2, m.id, s.member_number, s.quantity, s.value, now()
             FROM ${STAGE} s JOIN (${memberDirectorySql('$1')}) m ON m.member_number = s.member_number
           RETURNING quantity, value
         )
         SELECT count(*)::int AS imported, coalesce(sum(quantity), 0)::text AS quantity_total,
                coalesce(sum(value), 0)::text AS value_total
           FROM ins`,
        [cooperativeId, fiscalYearId],
      );
      await this.years.bumpInputs(ctx, fy);
      const result: PatronageImportResultDto = {
        imported: written.imported,
        replaced: removed.count,
        quantityTotal: plain(written.quantity_total)!,
        valueTotal: plain(written.value_total)!,
      };
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'patronage.imported',
        targetType: 'fiscal_year',
        targetId: fy.id,
        summary: { format, mode, ...result },
      });
      return result;
    });
  }

  /**
   * The staged rows checked against the register and the year, in one statement: unknown member numbers, members
   * admitted after the year, a member twice in the file, and (when adding) a member already recorded.
   */
  private async registerErrors(
    manager: EntityManager,
    fy: FiscalYear,
    mode: ImportMode,
  ): Promise<{ listed: RowError[]; count: number }> {
    const found: { row_no: number; message: string; total: number }[] = await manager.query(
      `WITH s AS (
         SELECT s.row_no, s.member_number, m.id AS member_id, m.first_admitted_on,
                min(s.row_no) OVER (PARTITION BY s.member_number) AS first_row
           FROM ${STAGE} s
           LEFT JOIN (${memberDirectorySql('$1')}) m ON m.member_number = s.member_number
       ), bad AS (
         SELECT row_no,
                CASE
                  WHEN member_id IS NULL THEN format('member number %s is not on the register', member_number)
                  WHEN first_admitted_on > $3::date
                    THEN format('member %s was admitted after the fiscal year (on %s)', member_number, first_admitted_on)
                  WHEN row_no > first_row THEN format('member %s appears already in row %s', member_number, first_row)
                  WHEN $4 AND EXISTS (SELECT 1 FROM patronage_records p
                                       WHERE p.cooperative_id = $1 AND p.fiscal_year_id = $2 AND p.member_id = s.member_id)
                    THEN format('member %s already has a patronage record for this year (import with mode=replace, or correct it alone)', member_number)
                END AS message
           FROM s
       )
       SELECT row_no, message, count(*) OVER ()::int AS total
         FROM bad WHERE message IS NOT NULL
        ORDER BY row_no
        LIMIT ${MAX_LISTED_ERRORS}`,
      [fy.cooperativeId, fy.id, fy.endDate, mode === 'add'],
    );
    return {
      listed: found.map((f) => ({ row: f.row_no, column: 'member_number', message: f.message })),
      count: found[0]?.total ?? 0,
    };
  }
}

async function stage(manager: EntityManager, batch: PatronageRow[]): Promise<PatronageRow[]> {
  if (batch.length > 0) {
    await manager.query(
      `INSERT INTO ${STAGE} (row_no, member_number, quantity, value)
       SELECT * FROM unnest($1::int[], $2::int[], $3::numeric[], $4::numeric[])`,
      [
        batch.map((r) => r.row),
        batch.map((r) => r.memberNumber),
        batch.map((r) => r.quantity),
        batch.map((r) => r.value),
      ],
    );
  }
  return [];
}

function importInvalid(errors: readonly RowError[], invalidRows: number, truncated: boolean): SurplusError {
  const listed = errors.slice(0, MAX_LISTED_ERRORS);
  return new SurplusError(
    'PATRONAGE_IMPORT_INVALID',
    `${invalidRows} row(s) are invalid; nothing was imported.` +
      (truncated ? ` The first ${listed.length} errors are listed.` : ''),
    listed.map((e) => ({ field: e.column ? `row ${e.row}.${e.column}` : `row ${e.row}`, message: e.message })),
  );
}
