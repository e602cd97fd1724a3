/**
 * Fiscal years and their net surplus. A year's inputs (its surplus and its patronage) change only while none of its
 * plans is proposed, approved or executed; every change takes the year's row lock and raises its inputs_version, so
 * a draft computed before the change is known to be stale and a proposal cannot slip in between.
 */
import type { RequestContext, TxContext } from '../common/context/request-context.js';
import { Injectable } from '@nestjs/common';
import { type EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ISO_DATE, UUID } from '../common/dates.js';
import { Dec, formatMoney, hasAtMostScale } from '../common/money/money.js';
import { decodeCursor, invalidCursor, type Page, type PageQueryDto, toPage } from '../common/pagination/pagination.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import type { FiscalYearCreateDto, FiscalYearResponseDto, NetSurplusDto } from './fiscal-year.dto.js';
import { FiscalYear } from './fiscal-year.entity.js';
import { ACTIVE_PLAN_STATUSES } from './plan-lifecycle.rules.js';
import { mapFiscalYear, surplusEvent } from './surplus.mapper.js';
import { CommonError } from '../common/errors/common.errors.js';
import { SurplusError } from './surplus.errors.js';

const MAX_YEAR_DAYS = 731;
const DAY = 86_400_000;

export const fiscalYearNotFound = () =>
  new SurplusError('FISCAL_YEAR_NOT_FOUND', 'No such fiscal year in this cooperative.');

@Injectable()
export class FiscalYearService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly cooperatives: CooperativeService,
  ) {}

  async create(ctx: RequestContext, cooperativeId: string, input: FiscalYearCreateDto): Promise<FiscalYearResponseDto> {
    const days = (Date.parse(input.endDate) - Date.parse(input.startDate)) / DAY + 1;
    if (days < 1 || days > MAX_YEAR_DAYS) {
      throw new SurplusError('INVALID_FISCAL_YEAR', `A fiscal year runs from 1 to ${MAX_YEAR_DAYS} days.`, [
        { field: 'endDate', message: `endDate must be from startDate to ${MAX_YEAR_DAYS - 1} days after it` },
      ]);
    }
    const label = input.label?.trim() || defaultLabel(input.startDate, input.endDate);
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const { minorUnitScale } = await this.cooperatives.bylaws(ctx, cooperativeId);
      // The exclusion constraint is the guarantee; this check gives the clear error first.
      const clash: { label: string }[] = await manager.query(
        `SELECT label FROM fiscal_years
          WHERE cooperative_id = $1 AND (daterange(start_date, end_date, '[]') && daterange($2::date, $3::date, '[]')
                                         OR label = $4)
          LIMIT 1`,
        [cooperativeId, input.startDate, input.endDate, label],
      );
      if (clash.length > 0) {
        throw new SurplusError(
          'FISCAL_YEAR_OVERLAP',
          clash[0].label === label
            ? `A fiscal year labelled '${label}' exists already.`
            : `The fiscal year would overlap the fiscal year '${clash[0].label}'.`,
        );
      }
      const inserted = await insertYear(manager, {
        cooperativeId,
        label,
        startDate: input.startDate,
        endDate: input.endDate,
        netSurplus: null,
        netSurplusReference: null,
        netSurplusEnteredAt: null,
        inputsVersion: 0,
      });
      // A new year has no plan: its inputs are open.
      const created = mapFiscalYear(
        await manager.findOneByOrFail(FiscalYear, { id: inserted.identifiers[0].id as string }),
        minorUnitScale,
        false,
      );
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'fiscal_year.created',
        targetType: 'fiscal_year',
        targetId: created.id,
        summary: { label, startDate: created.startDate, endDate: created.endDate },
        event: surplusEvent(created),
      });
      return created;
    });
  }

  /** Newest first, keyset on (start_date, id). */
  async list(ctx: RequestContext, cooperativeId: string, query: PageQueryDto): Promise<Page<FiscalYearResponseDto>> {
    const { minorUnitScale } = await this.cooperatives.bylaws(ctx, cooperativeId);
    const qb = this.tx
      .managerOf(ctx)
      .createQueryBuilder(FiscalYear, 'fy')
      .where('fy.cooperative_id = :cooperativeId', { cooperativeId })
      .orderBy('fy.startDate', 'DESC')
      .addOrderBy('fy.id', 'DESC')
      .limit(query.limit + 1);
    if (query.cursor) {
      const [start, id] = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
      if (!ISO_DATE.test(start) || !UUID.test(id)) invalidCursor();
      qb.andWhere('(fy.start_date, fy.id) < (:start, :id)', { start, id });
    }
    const rows = await qb.getMany();
    const locked = await this.lockedYears(
      ctx,
      cooperativeId,
      rows.map((r) => r.id),
    );
    return toPage(
      rows,
      query.limit,
      (fy) => [fy.startDate, fy.id],
      (fy) => mapFiscalYear(fy, minorUnitScale, locked.has(fy.id)),
    );
  }

  async get(ctx: RequestContext, cooperativeId: string, fiscalYearId: string): Promise<FiscalYearResponseDto> {
    const fy = await this.find(ctx, cooperativeId, fiscalYearId);
    const { minorUnitScale } = await this.cooperatives.bylaws(ctx, cooperativeId);
    const locked = await this.lockedYears(ctx, cooperativeId, [fy.id]);
    return mapFiscalYear(fy, minorUnitScale, locked.has(fy.id));
  }

  /** The treasurer enters (or corrects, while the inputs are open) the year's net surplus. */
  async enterNetSurplus(
    ctx: RequestContext,
    cooperativeId: string,
    fiscalYearId: string,
    input: NetSurplusDto,
  ): Promise<FiscalYearResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const { minorUnitScale } = await this.cooperatives.bylaws(ctx, cooperativeId);
      if (!hasAtMostScale(input.netSurplus, minorUnitScale)) {
        throw new CommonError('VALIDATION_FAILED', `The currency has ${minorUnitScale} decimals.`, [
          { field: 'netSurplus', message: `netSurplus must have at most ${minorUnitScale} decimals` },
        ]);
      }
      const fy = await this.lockOpenInputs(ctx, cooperativeId, fiscalYearId);
      const before = fy.netSurplus === null ? null : formatMoney(fy.netSurplus, minorUnitScale);
      const after = formatMoney(input.netSurplus, minorUnitScale);
      const reference = input.reference?.trim() || null;
      if (before !== after || fy.netSurplusReference !== reference) {
        await manager.update(
          FiscalYear,
          { id: fy.id, cooperativeId },
          { netSurplus: after, netSurplusReference: reference, netSurplusEnteredAt: new Date() },
        );
        await this.bumpInputs(ctx, fy);
        // lockOpenInputs refused a locked year: its inputs are open.
        const entered = mapFiscalYear(await manager.findOneByOrFail(FiscalYear, { id: fy.id }), minorUnitScale, false);
        await this.audit.record(ctx, {
          cooperativeId,
          action: 'fiscal_year.net_surplus_entered',
          targetType: 'fiscal_year',
          targetId: fy.id,
          summary: { before, after, reference, loss: new Dec(after).isNegative() },
          event: surplusEvent(entered),
        });
        return entered;
      }
      return mapFiscalYear(await manager.findOneByOrFail(FiscalYear, { id: fy.id }), minorUnitScale, false);
    });
  }

  async find(ctx: RequestContext, cooperativeId: string, fiscalYearId: string, lock?: 'update' | 'share') {
    const fy = await this.tx.managerOf(ctx).findOne(FiscalYear, {
      where: { id: fiscalYearId, cooperativeId },
      lock: lock ? { mode: lock === 'update' ? 'pessimistic_write' : 'pessimistic_read' } : undefined,
    });
    if (!fy) throw fiscalYearNotFound();
    return fy;
  }

  /**
   * Locks the year's row for a change of its inputs and refuses it (FISCAL_YEAR_LOCKED) when a plan of the year is
   * proposed, approved or executed: the plan the assembly votes on must be the one the inputs give.
   */
  async lockOpenInputs(ctx: TxContext, cooperativeId: string, fiscalYearId: string): Promise<FiscalYear> {
    const { manager } = ctx;
    const fy = await this.find(ctx, cooperativeId, fiscalYearId, 'update');
    const active: { id: string; status: string }[] = await manager.query(
      `SELECT id, status FROM distribution_plans
        WHERE cooperative_id = $1 AND fiscal_year_id = $2 AND status = ANY($3::text[]) LIMIT 1`,
      [cooperativeId, fiscalYearId, ACTIVE_PLAN_STATUSES],
    );
    if (active.length > 0) {
      throw new SurplusError(
        'FISCAL_YEAR_LOCKED',
        `The year's plan ${active[0].id} is ${active[0].status}: its surplus and patronage are frozen` +
          (active[0].status === 'proposed' ? ' (reject the plan to change them).' : '.'),
      );
    }
    return fy;
  }

  async bumpInputs(ctx: TxContext, fy: FiscalYear): Promise<void> {
    await ctx.manager.query(
      `UPDATE fiscal_years SET inputs_version = inputs_version + 1 WHERE cooperative_id = $1 AND id = $2`,
      [fy.cooperativeId, fy.id],
    );
  }

  private async lockedYears(ctx: RequestContext, cooperativeId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { fiscal_year_id: string }[] = await this.tx.managerOf(ctx).query(
      `SELECT DISTINCT fiscal_year_id FROM distribution_plans
        WHERE cooperative_id = $1 AND fiscal_year_id = ANY($2::uuid[]) AND status = ANY($3::text[])`,
      [cooperativeId, ids, ACTIVE_PLAN_STATUSES],
    );
    return new Set(rows.map((r) => r.fiscal_year_id));
  }
}

/**
 * Two overlapping years created at the same moment both pass the check above; the exclusion constraint (or the
 * label's unique key) refuses the second, which gets the same clear error.
 */
async function insertYear(manager: EntityManager, year: Partial<FiscalYear>) {
  try {
    return await manager.insert(FiscalYear, year);
  } catch (error) {
    const constraint = (error as { constraint?: string }).constraint;
    if (
      error instanceof QueryFailedError &&
      (constraint === 'xc_fiscal_years_no_overlap' || constraint?.startsWith('uq_fiscal_years_'))
    ) {
      throw new SurplusError('FISCAL_YEAR_OVERLAP', 'The fiscal year would overlap another one, or repeat its label.');
    }
    throw error;
  }
}

/** '2024' for a calendar year, else '2023-07-01/2024-06-30'. */
function defaultLabel(start: string, end: string): string {
  const year = start.slice(0, 4);
  return start === `${year}-01-01` && end === `${year}-12-31` ? year : `${start}/${end}`;
}
