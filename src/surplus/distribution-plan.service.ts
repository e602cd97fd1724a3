/**
 * Distribution plans and their lifecycle (plan-lifecycle.rules.ts). Every step runs in one transaction with its
 * audit entry, under row locks taken in one order (the fiscal year, then the plan), so concurrent requests apply
 * one after the other. Computing is set-based (distribution.computer.ts); execution posts everything in the same
 * transaction as the status change, so a plan is executed exactly once or not at all.
 */
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { FieldError } from '../common/errors/rule-error.js';
import { Dec, formatMoney } from '../common/money/money.js';
import { decodeCursor, invalidCursor, type Page, type PageQueryDto, toPage } from '../common/pagination/pagination.js';
import type { Bylaws } from '../cooperatives/bylaws.entity.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import { latestToday, todayUtc } from '../membership/member.validators.js';
import { DistributionComputer, type ComputedPools } from './distribution.computer.js';
import type {
  PlanApproveDto,
  PlanCreateDto,
  PlanExecuteDto,
  PlanProposeDto,
  PlanRecomputeDto,
  PlanRejectDto,
  PlanResponseDto,
} from './distribution-plan.dto.js';
import { DistributionPlan } from './distribution-plan.entity.js';
import type { FiscalYear } from './fiscal-year.entity.js';
import { FiscalYearService } from './fiscal-year.service.js';
import { ACTIVE_PLAN_STATUSES, planTransition } from './plan-lifecycle.rules.js';
import { mapPlan } from './surplus.mapper.js';
import {
  BALLOT_DECISIONS,
  type BallotDecisionsPort,
  CAPITAL_ALLOCATION_POSTING,
  type CapitalAllocationPostingPort,
  CREDIT_FUND_POSTING,
  type CreditFundPostingPort,
  type PostingResult,
} from './surplus.ports.js';
import { CommonError } from '../common/errors/common.errors.js';
import { SurplusError } from './surplus.errors.js';
import { legacyContext } from '../common/context/log-context.js';

export const planNotFound = () => new SurplusError('PLAN_NOT_FOUND', 'No such distribution plan in this cooperative.');

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
    @Optional() @Inject(BALLOT_DECISIONS) private readonly ballots?: BallotDecisionsPort,
    @Optional() @Inject(CAPITAL_ALLOCATION_POSTING) private readonly capitalPosting?: CapitalAllocationPostingPort,
    @Optional() @Inject(CREDIT_FUND_POSTING) private readonly creditFund?: CreditFundPostingPort,
  ) {}

  /** A new draft: parameters checked against the bylaws, lines computed set-based. */
  async create(cooperativeId: string, fiscalYearId: string, input: PlanCreateDto): Promise<PlanResponseDto> {
    return this.tx.run(async (manager) => {
      const bylaws = await this.cooperatives.bylaws(cooperativeId);
      const fy = await this.years.find(manager, cooperativeId, fiscalYearId, 'share');
      const params = resolveParameters(bylaws, input, null);
      const pools = await this.prepare(manager, fy, bylaws, params);
      const inserted = await manager.insert(DistributionPlan, {
        cooperativeId,
        fiscalYearId,
        status: 'draft',
        ...this.planColumns(fy, bylaws, params, pools),
      });
      const plan = await manager.findOneByOrFail(DistributionPlan, { id: inserted.identifiers[0].id as string });
      await this.writeLines(manager, plan, pools);
      await this.audit.record({
        cooperativeId,
        action: 'distribution_plan.computed',
        targetType: 'distribution_plan',
        targetId: plan.id,
        summary: { fiscalYearId, ...auditFigures(plan) },
      });
      return mapPlan(plan, fy.inputsVersion);
    });
  }

  /** A draft computed again from the year's current inputs, with any parameter given replaced. */
  async recompute(cooperativeId: string, planId: string, input: PlanRecomputeDto): Promise<PlanResponseDto> {
    return this.tx.run(async (manager) => {
      const bylaws = await this.cooperatives.bylaws(cooperativeId);
      const { fy, plan } = await this.lockYearAndPlan(manager, cooperativeId, planId, 'share');
      planTransition(plan.status, 'recompute');
      const params = resolveParameters(bylaws, input, plan);
      await manager.query(`DELETE FROM distribution_plan_lines WHERE cooperative_id = $1 AND plan_id = $2`, [
        cooperativeId,
        plan.id,
      ]);
      const pools = await this.prepare(manager, fy, bylaws, params);
      await manager.update(
        DistributionPlan,
        { id: plan.id, cooperativeId },
        this.planColumns(fy, bylaws, params, pools),
      );
      const updated = await manager.findOneByOrFail(DistributionPlan, { id: plan.id });
      await this.writeLines(manager, updated, pools);
      await this.audit.record({
        cooperativeId,
        action: 'distribution_plan.recomputed',
        targetType: 'distribution_plan',
        targetId: plan.id,
        summary: { fiscalYearId: fy.id, before: auditFigures(plan), after: auditFigures(updated) },
      });
      return mapPlan(updated, fy.inputsVersion);
    });
  }

  /**
   * Freezes a draft for the assembly's decision: the year must be over, the draft computed from the year's current
   * inputs and within the current bylaws, and no other plan of the year proposed, approved or executed.
   */
  async propose(cooperativeId: string, planId: string, input: PlanProposeDto): Promise<PlanResponseDto> {
    const resolutionReference = input.resolutionReference?.trim() || null;
    const ballotId = input.ballotId ?? null;
    if (ballotId === null && resolutionReference === null) {
      throw new CommonError(
        'VALIDATION_FAILED',
        'Link the plan to the ballot or the assembly resolution deciding it.',
        [{ field: 'ballotId', message: 'give a ballotId or a resolutionReference' }],
      );
    }
    return this.tx.run(async (manager) => {
      const bylaws = await this.cooperatives.bylaws(cooperativeId);
      const { fy, plan } = await this.lockYearAndPlan(manager, cooperativeId, planId, 'update');
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
      await this.audit.record({
        cooperativeId,
        action: 'distribution_plan.proposed',
        targetType: 'distribution_plan',
        targetId: plan.id,
        summary: { fiscalYearId: fy.id, ballotId, resolutionReference, ...auditFigures(plan) },
      });
      return mapPlan(await manager.findOneByOrFail(DistributionPlan, { id: plan.id }), fy.inputsVersion);
    });
  }

  /**
   * Records the assembly's approval. A plan linked to a ballot is approved only when that ballot passed, asked
   * of the governance module (BALLOT_DECISIONS) inside the transaction; one linked only to a resolution recorded
   * outside the ballots is approved on the word of the treasurer or the board, which the audit log keeps.
   */
  async approve(cooperativeId: string, planId: string, input: PlanApproveDto): Promise<PlanResponseDto> {
    return this.tx.run(async (manager) => {
      const { fy, plan } = await this.lockYearAndPlan(manager, cooperativeId, planId, 'share');
      planTransition(plan.status, 'approve');
      if (plan.ballotId !== null) {
        if (!this.ballots) {
          throw new SurplusError(
            'GOVERNANCE_MODULE_UNAVAILABLE',
            'The plan is decided by a ballot, and the ballots cannot be consulted: it stays proposed.',
          );
        }
        await this.ballots.assertPassed(legacyContext(), cooperativeId, plan.ballotId);
      }
      await manager.update(
        DistributionPlan,
        { id: plan.id, cooperativeId },
        { status: 'approved', approvedAt: new Date() },
      );
      await this.audit.record({
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
      });
      return mapPlan(await manager.findOneByOrFail(DistributionPlan, { id: plan.id }), fy.inputsVersion);
    });
  }

  async reject(cooperativeId: string, planId: string, input: PlanRejectDto): Promise<PlanResponseDto> {
    return this.tx.run(async (manager) => {
      const { fy, plan } = await this.lockYearAndPlan(manager, cooperativeId, planId, 'share');
      planTransition(plan.status, 'reject');
      const reason = input.reason.trim();
      await manager.update(
        DistributionPlan,
        { id: plan.id, cooperativeId },
        { status: 'rejected', rejectedAt: new Date(), rejectionReason: reason },
      );
      await this.audit.record({
        cooperativeId,
        action: 'distribution_plan.rejected',
        targetType: 'distribution_plan',
        targetId: plan.id,
        summary: { fiscalYearId: fy.id, from: plan.status, reason },
      });
      return mapPlan(await manager.findOneByOrFail(DistributionPlan, { id: plan.id }), fy.inputsVersion);
    });
  }

  /**
   * Executes an approved plan in one transaction: each line paid in cash becomes a payable, each line paid as
   * capital a share-capital allocation (CAPITAL_ALLOCATION_POSTING), the three funds are allocated and the
   * community fund's share enters the credit fund (CREDIT_FUND_POSTING) when the plan says so; one receipt per kind
   * of posting; then the status. The plan row's lock and status make a second execution a 409 that posts nothing;
   * the ledgers' unique keys would refuse a second posting anyway. Each port's report is checked against the lines
   * before commit.
   */
  async execute(cooperativeId: string, planId: string, input: PlanExecuteDto): Promise<PlanResponseDto> {
    return this.tx.run(async (manager) => {
      const { fy, plan } = await this.lockYearAndPlan(manager, cooperativeId, planId, 'share');
      planTransition(plan.status, 'execute');
      const executedOn = input.executedOn ?? todayUtc();
      if (executedOn <= fy.endDate || executedOn > latestToday()) {
        throw new CommonError('VALIDATION_FAILED', 'The execution date is out of range.', [
          {
            field: 'executedOn',
            message: `executedOn must be after the fiscal year's end (${fy.endDate}) and not in the future`,
          },
        ]);
      }
      const [expected]: {
        cash_entries: number;
        cash_amount: string;
        capital_entries: number;
        capital_amount: string;
      }[] = await manager.query(
        `SELECT count(*) FILTER (WHERE refund_mode = 'cash' AND total > 0)::int AS cash_entries,
                  coalesce(sum(total) FILTER (WHERE refund_mode = 'cash'), 0)::text AS cash_amount,
                  count(*) FILTER (WHERE refund_mode = 'capital' AND total > 0)::int AS capital_entries,
                  coalesce(sum(total) FILTER (WHERE refund_mode = 'capital'), 0)::text AS capital_amount
             FROM distribution_plan_lines WHERE cooperative_id = $1 AND plan_id = $2`,
        [cooperativeId, plan.id],
      );
      const toCreditFund = plan.communityFundToCreditFund && new Dec(plan.communityAmount).gt(0);
      if (expected.capital_entries > 0 && !this.capitalPosting) {
        throw new SurplusError(
          'CAPITAL_MODULE_UNAVAILABLE',
          `${expected.capital_entries} refund(s) are to be credited as capital, and the share-capital ledger is not available: nothing was posted.`,
        );
      }
      if (toCreditFund && !this.creditFund) {
        throw new SurplusError(
          'CREDIT_FUND_MODULE_UNAVAILABLE',
          "The community fund's allocation feeds the credit fund, which is not available: nothing was posted.",
        );
      }

      // A plain INSERT ... SELECT (no ON CONFLICT, no RETURNING): the plan's row lock and status already make a
      // second execution impossible, and the primary key would refuse a duplicate. Its row count is the receipt.
      const inserted = (await manager.queryRunner!.query(
        `INSERT INTO surplus_payables (cooperative_id, plan_id, member_number, member_id, amount, payable_on)
         SELECT cooperative_id, plan_id, member_number, member_id, total, $3::date
           FROM distribution_plan_lines
          WHERE cooperative_id = $1 AND plan_id = $2 AND refund_mode = 'cash' AND total > 0`,
        [cooperativeId, plan.id, executedOn],
        true,
      )) as { affected?: number };
      const cash: PostingResult = { entries: Number(inserted.affected ?? 0), amount: expected.cash_amount };
      assertPosted('cash payables', cash, expected.cash_entries, expected.cash_amount);

      let capital: PostingResult = { entries: 0, amount: '0' };
      if (expected.capital_entries > 0) {
        capital = await this.capitalPosting!.postCapitalAllocations(manager, {
          cooperativeId,
          planId: plan.id,
          effectiveDate: executedOn,
        });
        assertPosted('capital allocations', capital, expected.capital_entries, expected.capital_amount);
      }

      const funds = [
        ['reserve', plan.reserveAmount, 'retained'],
        ['education', plan.educationAmount, 'retained'],
        ['community', plan.communityAmount, toCreditFund ? 'credit_fund' : 'retained'],
      ] as const;
      await manager.query(
        `INSERT INTO surplus_fund_allocations (cooperative_id, plan_id, fund, amount, destination, allocated_on)
         SELECT $1, $2, f.fund, f.amount, f.destination, $6::date
           FROM unnest($3::text[], $4::numeric[], $5::text[]) AS f(fund, amount, destination)`,
        [cooperativeId, plan.id, funds.map((f) => f[0]), funds.map((f) => f[1]), funds.map((f) => f[2]), executedOn],
      );
      const fundsTotal = funds.reduce((total, f) => total.plus(f[1]), new Dec(0));

      let credit: PostingResult | null = null;
      if (toCreditFund) {
        const amount = formatMoney(plan.communityAmount, plan.scale);
        await this.creditFund!.postSurplusAllocation(
          { ...legacyContext(), manager },
          {
            cooperativeId,
            amount,
            valueDate: executedOn,
            sourceId: plan.id,
            description: `Community fund of the surplus distribution plan ${plan.id}`,
          },
        );
        credit = { entries: 1, amount };
      }

      const receipts: [string, number, string][] = [
        ['cash_payables', cash.entries, cash.amount],
        ['capital_allocations', capital.entries, capital.amount],
        ['fund_allocations', funds.length, fundsTotal.toFixed()],
        ...(credit ? [['credit_fund', credit.entries, credit.amount] as [string, number, string]] : []),
      ];
      await manager.query(
        `INSERT INTO distribution_postings (cooperative_id, plan_id, kind, entries, amount)
         SELECT $1, $2, r.kind, r.entries, r.amount FROM unnest($3::text[], $4::int[], $5::numeric[]) AS r(kind, entries, amount)`,
        [cooperativeId, plan.id, receipts.map((r) => r[0]), receipts.map((r) => r[1]), receipts.map((r) => r[2])],
      );
      await manager.update(
        DistributionPlan,
        { id: plan.id, cooperativeId },
        { status: 'executed', executedOn, executedAt: new Date() },
      );
      const scale = plan.scale;
      await this.audit.record({
        cooperativeId,
        action: 'distribution_plan.executed',
        targetType: 'distribution_plan',
        targetId: plan.id,
        summary: {
          fiscalYearId: fy.id,
          executedOn,
          cashPayables: { entries: cash.entries, amount: formatMoney(cash.amount, scale) },
          capitalAllocations: { entries: capital.entries, amount: formatMoney(capital.amount, scale) },
          funds: Object.fromEntries(
            funds.map(([fund, amount, destination]) => [fund, { amount: formatMoney(amount, scale), destination }]),
          ),
        },
      });
      return mapPlan(await manager.findOneByOrFail(DistributionPlan, { id: plan.id }), fy.inputsVersion);
    });
  }

  async get(cooperativeId: string, planId: string): Promise<PlanResponseDto> {
    const plan = await this.tx.manager.findOneBy(DistributionPlan, { id: planId, cooperativeId });
    if (!plan) throw planNotFound();
    const fy = await this.years.find(this.tx.manager, cooperativeId, plan.fiscalYearId);
    return mapPlan(plan, fy.inputsVersion);
  }

  /** The year's plans, newest first (keyset on created_at, id). */
  async list(cooperativeId: string, fiscalYearId: string, query: PageQueryDto): Promise<Page<PlanResponseDto>> {
    const fy = await this.years.find(this.tx.manager, cooperativeId, fiscalYearId);
    const qb = this.tx.manager
      .createQueryBuilder(DistributionPlan, 'p')
      .where('p.cooperative_id = :cooperativeId AND p.fiscal_year_id = :fiscalYearId', { cooperativeId, fiscalYearId })
      .orderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(query.limit + 1);
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
      if (Number.isNaN(Date.parse(createdAt)) || !/^[0-9a-f-]{36}$/i.test(id)) invalidCursor();
      qb.andWhere('(p.created_at, p.id) < (:createdAt, :id)', { createdAt, id });
    }
    return toPage(
      await qb.getMany(),
      query.limit,
      (p) => [p.createdAt.toISOString(), p.id],
      (p) => mapPlan(p, fy.inputsVersion),
    );
  }

  /** The plan's fiscal year (locked `yearLock`), then the plan (FOR UPDATE): the one lock order of the module. */
  private async lockYearAndPlan(
    manager: EntityManager,
    cooperativeId: string,
    planId: string,
    yearLock: 'update' | 'share',
  ): Promise<{ fy: FiscalYear; plan: DistributionPlan }> {
    const found = await manager.findOneBy(DistributionPlan, { id: planId, cooperativeId });
    if (!found) throw planNotFound();
    const fy = await this.years.find(manager, cooperativeId, found.fiscalYearId, yearLock);
    const plan = await manager.findOne(DistributionPlan, {
      where: { id: planId, cooperativeId },
      lock: { mode: 'pessimistic_write' },
    });
    return { fy, plan: plan! };
  }

  private async prepare(
    manager: EntityManager,
    fy: FiscalYear,
    bylaws: Bylaws,
    params: Parameters,
  ): Promise<ComputedPools> {
    if (fy.netSurplus === null) {
      throw new SurplusError('SURPLUS_NOT_ENTERED', "Enter the fiscal year's net surplus before computing a plan.");
    }
    return this.computer.prepare(manager, {
      cooperativeId: fy.cooperativeId,
      fiscalYearId: fy.id,
      start: fy.startDate,
      end: fy.endDate,
      surplus: formatMoney(fy.netSurplus, bylaws.minorUnitScale),
      scale: bylaws.minorUnitScale,
      ...params,
      patronageForCeasedMembers: bylaws.patronageRefundsForCeasedMembers,
    });
  }

  private async writeLines(manager: EntityManager, plan: DistributionPlan, pools: ComputedPools): Promise<void> {
    const written = await this.computer.writeLines(manager, {
      cooperativeId: plan.cooperativeId,
      planId: plan.id,
      scale: plan.scale,
      pools,
      defaultRefundMode: plan.defaultRefundMode,
    });
    if (written !== plan.lineCount) {
      throw new CommonError('INTERNAL_ERROR', `Wrote ${written} lines for ${plan.lineCount} members.`);
    }
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

function assertPosted(what: string, posted: PostingResult, entries: number, amount: string): void {
  if (posted.entries !== entries || !new Dec(posted.amount).eq(amount)) {
    throw new SurplusError(
      'POSTING_MISMATCH',
      `Posting the ${what} gave ${posted.entries} entries of ${posted.amount}, expected ${entries} of ${new Dec(amount).toFixed()}: nothing was posted.`,
    );
  }
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
