/**
 * Cooperatives (tenants) and their bylaws. A superadmin creates a cooperative with its bylaws (defaults for every
 * field not given); its admins change them. Each change is checked whole (bylaws.rules.ts) and audited with the
 * values before and after.
 */
import { assertVersion } from '../common/concurrency/versioned.js';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { Dec, formatMoney } from '../common/money/money.js';
import { decodeCursor, type Page, type PageQueryDto, toPage } from '../common/pagination/pagination.js';
import { TransactionHelper } from '../database/transaction.js';
import { Bylaws } from './bylaws.entity.js';
import { type BylawsValues, checkBylaws, DEFAULT_BYLAWS, IMMUTABLE_BYLAWS } from './bylaws.rules.js';
import { Cooperative } from './cooperative.entity.js';
import type {
  BylawsResponseDto,
  BylawsUpdateDto,
  CooperativeCreateDto,
  CooperativeResponseDto,
} from './cooperative.dto.js';
import { CommonError } from '../common/errors/common.errors.js';
import { CooperativesError } from './cooperatives.errors.js';
import type { RequestContext } from '../common/context/request-context.js';

const BYLAW_FIELDS = Object.keys(DEFAULT_BYLAWS) as (keyof BylawsValues)[];

@Injectable()
export class CooperativeService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: RequestContext, input: CooperativeCreateDto): Promise<CooperativeResponseDto> {
    const values: BylawsValues = { ...DEFAULT_BYLAWS, ...input.bylaws };
    assertValid(values);
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const cooperative = await manager.save(Cooperative, {
        name: input.name,
        country: input.country ?? null,
        registrationNumber: input.registrationNumber ?? null,
      });
      await manager.insert(Bylaws, { cooperativeId: cooperative.id, ...values });
      const created = mapCooperative(await manager.findOneByOrFail(Cooperative, { id: cooperative.id }));
      await this.audit.record(ctx, {
        cooperativeId: cooperative.id,
        action: 'cooperative.created',
        targetType: 'cooperative',
        targetId: cooperative.id,
        summary: { name: cooperative.name, bylaws: values },
        event: { data: created, readScope: 'cooperative:read' },
      });
      return created;
    });
  }

  async list(ctx: RequestContext, query: PageQueryDto): Promise<Page<CooperativeResponseDto>> {
    const qb = this.tx
      .managerOf(ctx)
      .createQueryBuilder(Cooperative, 'c')
      .orderBy('c.id', 'ASC')
      .limit(query.limit + 1);
    if (query.cursor) qb.where('c.id > :after', { after: decodeCursor(query.cursor, ['string'])[0] });
    const rows = await qb.getMany();
    return toPage(rows, query.limit, (c) => [c.id], mapCooperative);
  }

  async get(ctx: RequestContext, cooperativeId: string): Promise<CooperativeResponseDto> {
    const cooperative = await this.tx.managerOf(ctx).findOneBy(Cooperative, { id: cooperativeId });
    if (!cooperative) throw new CommonError('COOPERATIVE_NOT_FOUND', 'No such cooperative.');
    return mapCooperative(cooperative);
  }

  /**
   * Every module reads bylaws through here; inside a transaction, `lock` true or 'update' serialises concurrent
   * changes, 'share' holds them off while the caller checks against them.
   */
  async bylaws(
    ctx: RequestContext,
    cooperativeId: string,
    lock: boolean | 'share' | 'update' = false,
  ): Promise<Bylaws> {
    const bylaws = await this.tx.managerOf(ctx).findOne(Bylaws, {
      where: { cooperativeId },
      lock: lock === 'share' ? { mode: 'pessimistic_read' } : lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!bylaws) throw new CommonError('COOPERATIVE_NOT_FOUND', 'No such cooperative.');
    return bylaws;
  }

  /** `expectedVersion`: the If-Match of the caller (undefined: none); a stale one refuses the change. */
  async updateBylaws(
    ctx: RequestContext,
    cooperativeId: string,
    changes: BylawsUpdateDto,
    expectedVersion?: number,
  ): Promise<BylawsResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const current = await this.bylaws(ctx, cooperativeId, true);
      assertVersion(expectedVersion, current.version);
      const before = valuesOf(current);
      const changed = BYLAW_FIELDS.filter((f) => changes[f] !== undefined && !sameValue(changes[f], before[f]));
      const immutable = changed.filter((f) => IMMUTABLE_BYLAWS.includes(f));
      if (immutable.length > 0) {
        throw new CooperativesError(
          'BYLAW_IMMUTABLE',
          `${immutable.join(', ')} cannot change: the ledgers are kept in it.`,
        );
      }
      const after: BylawsValues = { ...before, ...pick(changes, changed) };
      assertValid(after);
      if (changed.length > 0) {
        await ctx.manager.save(Bylaws, Object.assign(current, pick(after, changed)));
        const updated = mapBylaws(await this.bylaws(ctx, cooperativeId));
        await this.audit.record(ctx, {
          cooperativeId,
          action: 'bylaws.updated',
          targetType: 'bylaws',
          targetId: cooperativeId,
          summary: { before: pick(before, changed), after: pick(after, changed) },
          event: { data: updated, readScope: 'bylaws:read' },
        });
        return updated;
      }
      return mapBylaws(await this.bylaws(ctx, cooperativeId));
    });
  }
}

function assertValid(values: BylawsValues): void {
  const violations = checkBylaws(values);
  if (violations.length > 0) {
    throw new CooperativesError(
      'BYLAWS_INVALID',
      'The bylaws are inconsistent.',
      violations.map((v) => ({ field: v.field, message: v.message })),
    );
  }
}

/** "50" and "50.00" are the same percentage: only real changes are saved and audited. */
function sameValue(a: unknown, b: unknown): boolean {
  const decimal = /^\d+(\.\d+)?$/;
  if (typeof a === 'string' && typeof b === 'string' && decimal.test(a) && decimal.test(b)) return new Dec(a).eq(b);
  return a === b;
}

function pick<T extends object>(source: Partial<T>, keys: (keyof T)[]): Partial<T> {
  return Object.fromEntries(keys.map((k) => [k, source[k]])) as Partial<T>;
}

/** Numeric columns read back padded ("10.0000"); bylaws speak in plain decimals ("10", "12.5"). */
function valuesOf(bylaws: Bylaws): BylawsValues {
  const values = pick(bylaws as unknown as BylawsValues, BYLAW_FIELDS) as BylawsValues;
  const plain = (v: string | null) => (v === null ? null : new Dec(v).toFixed());
  return {
    ...values,
    currency: values.currency.trim(),
    shareParValue: plain(values.shareParValue)!,
    maxCapitalPercentPerMember: plain(values.maxCapitalPercentPerMember),
    quorumPercent: plain(values.quorumPercent)!,
    minReservePercent: plain(values.minReservePercent)!,
    educationFundPercent: plain(values.educationFundPercent)!,
    communityFundPercent: plain(values.communityFundPercent)!,
    maxShareInterestRatePercent: plain(values.maxShareInterestRatePercent)!,
    annualRedemptionCapPercent: plain(values.annualRedemptionCapPercent)!,
    loanCeilingMultiple: plain(values.loanCeilingMultiple)!,
    loanInterestRatePercent: plain(values.loanInterestRatePercent)!,
    loanGuaranteePercent: plain(values.loanGuaranteePercent)!,
  };
}

export function mapCooperative(c: Cooperative): CooperativeResponseDto {
  return {
    id: c.id,
    name: c.name,
    country: c.country,
    registrationNumber: c.registrationNumber,
    createdAt: c.createdAt.toISOString(),
  };
}

export function mapBylaws(bylaws: Bylaws): BylawsResponseDto {
  const values = valuesOf(bylaws);
  return {
    ...values,
    shareParValue: formatMoney(values.shareParValue, values.minorUnitScale),
    version: bylaws.version,
    updatedAt: bylaws.updatedAt.toISOString(),
  };
}
