/**
 * Distribution plans and their lifecycle (plan-lifecycle.rules.ts). Every step runs in one transaction with its
 * audit entry, under row locks taken in one order (the fiscal year, then the plan), so concurrent requests apply
 * one after the other. Computing is set-based (distribution.computer.ts); execution is plan-execution.service.ts.
 */
import { assertVersion } from '../common/concurrency/versioned.js';
import { Injectable } from '@nestjs/common';
import type { RequestContext, TxContext } from '../common/context/request-context.js';
import { todayUtc, UUID } from '../common/dates.js';
import { AuditService } from '../audit/audit.service.js';
import type { FieldError } from '../common/errors/rule-error.js';
import { Dec, formatMoney } from '../common/money/money.js';
import { decodeCursor, invalidCursor, type Page, type PageQueryDto, toPage } from '../common/pagination/pagination.js';
import type { Bylaws } from '../cooperatives/bylaws.entity.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import { GovernanceDecisions } from '../governance/governance-decisions.service.js';
import { DistributionComputer, type ComputedPools } from './distribution.computer.js';
import type {
  PlanApproveDto,
  PlanCreateDto,
  PlanProposeDto,
  PlanRecomputeDto,
  PlanRejectDto,
  PlanResponseDto,
} from './distribution-plan.dto.js';
import { DistributionPlan } from './distribution-plan.entity.js';
import type { FiscalYear } from './fiscal-year.entity.js';
import { FiscalYearService } from './fiscal-year.service.js';
import { ACTIVE_PLAN_STATUSES, planTransition } from './plan-lifecycle.rules.js';
import { mapPlan, surplusEvent } from './surplus.mapper.js';
import { lockYearAndPlan, planNotFound } from './plan-locks.js';
import { CommonError } from '../common/errors/common.errors.js';
import { SurplusError } from './surplus.errors.js';

/** The decided parameters of a plan, resolved from the request, the plan being recomputed and the bylaws. */
interface Parameters {
  reservePercent: string;
  educationPercent: string;
  communityPercent: string;
  interestRatePercent: string;
  communityFundToCreditFund: boolean;
}

@Injectable()
export class DistributionPlanService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly cooperatives: CooperativeService,
    private readonly years: FiscalYearService,
    private readonly computer: DistributionComputer,
    private readonly ballots: GovernanceDecisions,
  ) {}

  /** A new draft: parameters checked against the bylaws, lines computed set-based. */
  async create(
    ctx: RequestContext,
    cooperativeId: string,
    fiscalYearId: string,
    input: PlanCreateDto,
  ): Promise<PlanResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const bylaws = await this.cooperatives.bylaws(ctx, cooperativeId);
      const fy = await this.years.find(ctx, cooperativeId, fiscalYearId, 'share');
      const params = resolveParameters(bylaws, input, null);
      let planId = '';
      await this.compute(ctx, fy, bylaws, params, async (pools) => {
        const inserted = await manager.insert(DistributionPlan, {
          cooperativeId,
          fiscalYearId,
          status: 'draft',
          ...this.planColumns(fy, bylaws, params, pools),
        });
        planId = inserted.identifiers[0].id as string;
        return planId;
      });
      const plan = await manager.findOneByOrFail(DistributionPlan, { id: planId });
      const computed = mapPlan(plan, fy.inputsVersion);
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'distribution_plan.computed',
        targetType: 'distribution_plan',
        targetId: plan.id,
        summary: { fiscalYearId, ...auditFigures(plan) },
        event: surplusEvent(computed),
      });
      return computed;
    });
  }

  /** A draft computed again from the year's current inputs, with any parameter given replaced. */
  /** `expectedVersion`: the caller's If-Match (undefined: none); a plan changed since is refused. */
  async recompute(
    ctx: RequestContext,
    cooperativeId: string,
    planId: string,
    input: PlanRecomputeDto,
    expectedVersion?: number,
  ): Promise<PlanResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const bylaws = await this.cooperatives.bylaws(ctx, cooperativeId);
      const { fy, plan } = await lockYearAndPlan(ctx, this.years, cooperativeId, planId, 'share');
      assertVersion(expectedVersion, plan.version);
      planTransition(plan.status, 'recompute');
      const params = resolveParameters(bylaws, input, plan);
      await manager.query(`DELETE FROM distribution_plan_lines WHERE cooperative_id = $1 AND plan_id = $2`, [
        cooperativeId,
        plan.id,
      ]);
      await this.compute(ctx, fy, bylaws, params, async (pools) => {
        await manager.update(
          DistributionPlan,
          { id: plan.id, cooperativeId },
          this.planColumns(fy, bylaws, params, pools),
        );
        return plan.id;
      });
      const updated = await manager.findOneByOrFail(DistributionPlan, { id: plan.id });
      const recomputed = mapPlan(updated, fy.inputsVersion);
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'distribution_plan.recomputed',
        targetType: 'distribution_plan',
        targetId: plan.id,
        summary: { fiscalYearId: fy.id, before: auditFigures(plan), after: auditFigures(updated) },
        event: surplusEvent(recomputed),
      });
      return recomputed;
    });
  }

  /**
   * Freezes a draft for the assembly's decision: the year must be over, the draft computed from the year's current
   * inputs and within the current bylaws, and no other plan of the year proposed, approved or executed.
   */
  async propose(
    ctx: RequestContext,
    cooperativeId: string,
    planId: string,
    input: PlanProposeDto,
  ): Promise<PlanResponseDto> {
    const resolutionReference = input.resolutionReference?.trim() || null;
    const ballotId = input.ballotId ?? null;
    if (ballotId === null && resolutionReference === null) {
      throw new CommonError(
        'VALIDATION_FAILED',
        'Link the plan to the ballot or the assembly resolution deciding it.',
        [{ field: 'ballotId', message: 'give a ballotId or a resolutionReference' }],
      );
    }
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const bylaws = await this.cooperatives.bylaws(ctx, cooperativeId);
      const { fy, plan } = await lockYearAndPlan(ctx, this.years, cooperativeId, planId, 'update');
      planTransition(plan.status, 'propose');
      if (fy.endDate >= todayUtc()) {
        throw new SurplusError(
          'FISCAL_YEAR_NOT_ENDED',
          `The fiscal year ends on ${fy.endDate}: its plan can be proposed from the next day.`,
        );
      }
      if (plan.inputsVersion !== fy.inputsVersion) {
        throw new SurplusError(
          'PLAN_STALE',
          "The year's surplus or patronage changed after this draft was computed: recompute it, review it, then propose it.",
        );
      }
      resolveParameters(bylaws, {}, plan);
      const [active]: { id: string; status: string }[] = await manager.query(
        `SELECT id, status FROM distribution_plans
          WHERE cooperative_id = $1 AND fiscal_year_id = $2 AND status = ANY($3::text[]) LIMIT 1`,
        [cooperativeId, fy.id, ACTIVE_PLAN_STATUSES],
      );
      if (active) {
        throw new SurplusError('PLAN_ALREADY_ACTIVE', `Plan ${active.id} of this fiscal year is ${active.status}.`);
      }
      if (ballotId !== null) {
        await this.ballots.assertCanDecide(ctx, cooperativeId, ballotId);
        const [linked]: { id: string }[] = await manager.query(
          `SELECT id FROM distribution_plans
            WHERE cooperative_id = $1 AND ballot_id = $2 AND status <> 'rejected' LIMIT 1`,
          [cooperativeId, ballotId],
        );
        if (linked) throw new SurplusError('BALLOT_ALREADY_LINKED', `The ballot decides plan ${linked.id} already.`);
      }
      await manager.update(
        DistributionPlan,
        { id: plan.id, cooperativeId },
        { status: 'proposed', ballotId, resolutionReference, proposedAt: new Date() },
      );
      const proposed = mapPlan(await manager.findOneByOrFail(DistributionPlan, { id: plan.id }), fy.inputsVersion);
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'distribution_plan.proposed',
        targetType: 'distribution_plan',
        targetId: plan.id,
        summary: { fiscalYearId: fy.id, ballotId, resolutionReference, ...auditFigures(plan) },
        event: surplusEvent(proposed),
      });
      return proposed;
    });
  }

  /**
   * Records the assembly's approval. A plan linked to a ballot is approved only when that ballot passed, asked
   * of governance (GovernanceDecisions) inside the transaction; one linked only to a resolution recorded
   * outside the ballots is approved on the word of the treasurer or the board, which the audit log keeps.
   */
  async approve(
    ctx: RequestContext,
    cooperativeId: string,
    planId: string,
    input: PlanApproveDto,
  ): Promise<PlanResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const { fy, plan } = await lockYearAndPlan(ctx, this.years, cooperativeId, planId, 'share');
      planTransition(plan.status, 'approve');
      if (plan.ballotId !== null) await this.ballots.assertPassed(ctx, cooperativeId, plan.ballotId);
      await manager.update(
        DistributionPlan,
        { id: plan.id, cooperativeId },
        { status: 'approved', approvedAt: new Date() },
      );
      const approved = mapPlan(await manager.findOneByOrFail(DistributionPlan, { id: plan.id }), fy.inputsVersion);
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'distribution_plan.approved',
        targetType: 'distribution_plan',
        targetId: plan.id,
        summary: {
          fiscalYearId: fy.id,
          decidedBy: plan.ballotId !== null ? 'ballot_passed' : 'assembly_resolution',
          ballotId: plan.ballotId,
          resolutionReference: plan.resolutionReference,
          note: input.note?.trim() || null,
        },
        event: surplusEvent(approved),
      });
      return approved;
    });
  }

  async reject(
    ctx: RequestContext,
    cooperativeId: string,
    planId: string,
    input: PlanRejectDto,
  ): Promise<PlanResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const { fy, plan } = await lockYearAndPlan(ctx, this.years, cooperativeId, planId, 'share');
      planTransition(plan.status, 'reject');
      const reason = input.reason.trim();
      await manager.update(
        DistributionPlan,
        { id: plan.id, cooperativeId },
        { status: 'rejected', rejectedAt: new Date(), rejectionReason: reason },
      );
      const rejected = mapPlan(await manager.findOneByOrFail(DistributionPlan, { id: plan.id }), fy.inputsVersion);
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'distribution_plan.rejected',
        targetType: 'distribution_plan',
        targetId: plan.id,
        summary: { fiscalYearId: fy.id, from: plan.status, reason },
        event: surplusEvent(rejected),
      });
      return rejected;
    });
  }

  async get(ctx: RequestContext, cooperativeId: string, planId: string): Promise<PlanResponseDto> {
    const plan = await this.tx.managerOf(ctx).findOneBy(DistributionPlan, { id: planId, cooperativeId });
    if (!plan) throw planNotFound();
    const fy = await this.years.find(ctx, cooperativeId, plan.fiscalYearId);
    return mapPlan(plan, fy.inputsVersion);
  }

  /** The year's plans, newest first (keyset on created_at, id). */
  async list(
    ctx: RequestContext,
    cooperativeId: string,
    fiscalYearId: string,
    query: PageQueryDto,
  ): Promise<Page<PlanResponseDto>> {
    const fy = await this.years.find(ctx, cooperativeId, fiscalYearId);
    const qb = this.tx
      .managerOf(ctx)
      .createQueryBuilder(DistributionPlan, 'p')
      .where('p.cooperative_id = :cooperativeId AND p.fiscal_year_id = :fiscalYearId', { cooperativeId, fiscalYearId })
      .orderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(query.limit + 1);
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
      if (Number.isNaN(Date.parse(createdAt)) || !UUID.test(id)) invalidCursor();
      qb.andWhere('(p.created_at, p.id) < (:createdAt, :id)', { createdAt, id });
    }
    return toPage(
      await qb.getMany(),
      query.limit,
      (p) => [p.createdAt.toISOString(), p.id],
      (p) => mapPlan(p, fy.inputsVersion),
    );
  }

  /** Computes the plan's pools and lines (distribution.computer.ts); `save` stores the plan row, giving its id. */
  private async compute(
    ctx: TxContext,
    fy: FiscalYear,
    bylaws: Bylaws,
    params: Parameters,
    save: (pools: ComputedPools) => Promise<string>,
  ): Promise<ComputedPools> {
    if (fy.netSurplus === null) {
      throw new SurplusError('SURPLUS_NOT_ENTERED', "Enter the fiscal year's net surplus before computing a plan.");
    }
    return this.computer.compute(
      ctx,
      {
        cooperativeId: fy.cooperativeId,
        fiscalYearId: fy.id,
        start: fy.startDate,
        end: fy.endDate,
        surplus: formatMoney(fy.netSurplus, bylaws.minorUnitScale),
        scale: bylaws.minorUnitScale,
        ...params,
        patronageForCeasedMembers: bylaws.patronageRefundsForCeasedMembers,
        defaultRefundMode: bylaws.surplusRefundMode,
      },
      save,
    );
  }

  private planColumns(
    fy: FiscalYear,
    bylaws: Bylaws,
    params: Parameters,
    pools: ComputedPools,
  ): Partial<DistributionPlan> {
    return {
      surplus: fy.netSurplus!,
      scale: bylaws.minorUnitScale,
      ...params,
      patronageForCeasedMembers: bylaws.patronageRefundsForCeasedMembers,
      defaultRefundMode: bylaws.surplusRefundMode,
      daysInYear: pools.daysInYear,
      reserveAmount: pools.reserve,
      educationAmount: pools.education,
      communityAmount: pools.community,
      interestEntitlement: pools.interestEntitlement,
      interestPool: pools.interestPool,
      patronagePool: pools.patronagePool,
      patronageBasis: pools.patronageBasis,
      lineCount: pools.lineCount,
      inputsVersion: fy.inputsVersion,
      computedAt: new Date(),
    };
  }
}

/**
 * The plan's parameters: each given value, else the plan's own (recompute), else the bylaws'. The funds may take
 * more than the bylaws ask, never less; the interest rate may not pass the bylaws' cap (PLAN_OUTSIDE_BYLAWS).
 */
function resolveParameters(bylaws: Bylaws, given: Partial<Parameters>, plan: DistributionPlan | null): Parameters {
  const params: Parameters = {
    reservePercent: given.reservePercent ?? plan?.reservePercent ?? bylaws.minReservePercent,
    educationPercent: given.educationPercent ?? plan?.educationPercent ?? bylaws.educationFundPercent,
    communityPercent: given.communityPercent ?? plan?.communityPercent ?? bylaws.communityFundPercent,
    interestRatePercent: given.interestRatePercent ?? plan?.interestRatePercent ?? '0',
    communityFundToCreditFund: given.communityFundToCreditFund ?? plan?.communityFundToCreditFund ?? true,
  };
  const errors: FieldError[] = [];
  const atLeast = (field: keyof Parameters, value: string, minimum: string, what: string) => {
    if (new Dec(value).lt(minimum)) {
      errors.push({ field, message: `${field} must be at least the bylaws' ${what} (${new Dec(minimum).toFixed()}%)` });
    }
  };
  atLeast('reservePercent', params.reservePercent, bylaws.minReservePercent, 'minimum reserve');
  atLeast('educationPercent', params.educationPercent, bylaws.educationFundPercent, 'education fund');
  atLeast('communityPercent', params.communityPercent, bylaws.communityFundPercent, 'community fund');
  if (new Dec(params.interestRatePercent).gt(bylaws.maxShareInterestRatePercent)) {
    errors.push({
      field: 'interestRatePercent',
      message: `interestRatePercent must not pass the bylaws' cap (${new Dec(bylaws.maxShareInterestRatePercent).toFixed()}%)`,
    });
  }
  if (errors.length > 0) throw new SurplusError('PLAN_OUTSIDE_BYLAWS', 'The plan does not respect the bylaws.', errors);
  return params;
}

function auditFigures(plan: DistributionPlan) {
  const m = (value: string) => formatMoney(value, plan.scale);
  return {
    surplus: m(plan.surplus),
    reserve: m(plan.reserveAmount),
    education: m(plan.educationAmount),
    community: m(plan.communityAmount),
    interestRatePercent: new Dec(plan.interestRatePercent).toFixed(),
    interestPool: m(plan.interestPool),
    patronagePool: m(plan.patronagePool),
    lineCount: plan.lineCount,
  };
}
