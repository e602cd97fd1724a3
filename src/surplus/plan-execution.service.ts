/**
 * Executing an approved plan, in one transaction with its status change, so a plan is executed exactly once or not
 * at all: each line paid in cash becomes a payable, each line paid as capital a share-capital allocation (posted by
 * share capital's CapitalLedger), the three funds are allocated and the community fund's share enters the credit
 * fund (CreditFundService) when the plan says so; one receipt per kind of posting; then the status. The plan row's
 * lock and status make a second execution a 409 that posts nothing; the ledgers' unique keys would refuse a second
 * posting anyway.
 */
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext, TxContext } from '../common/context/request-context.js';
import { todayUtc } from '../common/dates.js';
import { CommonError } from '../common/errors/common.errors.js';
import { Dec, formatMoney } from '../common/money/money.js';
import { CreditFundService } from '../credit-fund/credit-fund.service.js';
import { TransactionHelper } from '../database/transaction.js';
import { latestToday } from '../membership/member.validators.js';
import { CapitalLedger } from '../share-capital/capital-ledger.js';
import type { PlanExecuteDto, PlanResponseDto } from './distribution-plan.dto.js';
import { DistributionPlan } from './distribution-plan.entity.js';
import type { FiscalYear } from './fiscal-year.entity.js';
import { FiscalYearService } from './fiscal-year.service.js';
import { lockYearAndPlan } from './plan-locks.js';
import { planTransition } from './plan-lifecycle.rules.js';
import { mapPlan, surplusEvent } from './surplus.mapper.js';

/** A kind of posting: its entries and their sum (a decimal string), kept as the plan's receipt. */
interface Posted {
  entries: number;
  amount: string;
}

type Fund = readonly [fund: 'reserve' | 'education' | 'community', amount: string, destination: string];

@Injectable()
export class PlanExecutionService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly years: FiscalYearService,
    private readonly capital: CapitalLedger,
    private readonly creditFund: CreditFundService,
  ) {}

  async execute(
    ctx: RequestContext,
    cooperativeId: string,
    planId: string,
    input: PlanExecuteDto,
  ): Promise<PlanResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { fy, plan } = await lockYearAndPlan(ctx, this.years, cooperativeId, planId, 'share');
      planTransition(plan.status, 'execute');
      const executedOn = executionDate(fy, input.executedOn);
      const toCreditFund = plan.communityFundToCreditFund && new Dec(plan.communityAmount).gt(0);

      const cash = await this.postPayables(ctx, plan, executedOn);
      const capital = await this.postCapitalRefunds(ctx, plan, executedOn);
      const funds: Fund[] = [
        ['reserve', plan.reserveAmount, 'retained'],
        ['education', plan.educationAmount, 'retained'],
        ['community', plan.communityAmount, toCreditFund ? 'credit_fund' : 'retained'],
      ];
      const allocated = await this.allocateFunds(ctx, plan, funds, executedOn);
      const credit = toCreditFund ? await this.feedCreditFund(ctx, plan, executedOn) : null;
      await this.keepReceipts(ctx, plan, { cash, capital, allocated, credit });

      const { manager } = ctx;
      await manager.update(
        DistributionPlan,
        { id: plan.id, cooperativeId },
        { status: 'executed', executedOn, executedAt: new Date() },
      );
      const executed = mapPlan(await manager.findOneByOrFail(DistributionPlan, { id: plan.id }), fy.inputsVersion);
      const m = (amount: string) => formatMoney(amount, plan.scale);
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'distribution_plan.executed',
        targetType: 'distribution_plan',
        targetId: plan.id,
        summary: {
          fiscalYearId: fy.id,
          executedOn,
          cashPayables: { entries: cash.entries, amount: m(cash.amount) },
          capitalAllocations: { entries: capital.entries, amount: m(capital.amount) },
          funds: Object.fromEntries(
            funds.map(([fund, amount, destination]) => [fund, { amount: m(amount), destination }]),
          ),
        },
        event: surplusEvent(executed),
      });
      return executed;
    });
  }

  /** The cash lines as payables: one INSERT ... SELECT; the plan's lock and status already refuse a second one. */
  private async postPayables(ctx: TxContext, plan: DistributionPlan, executedOn: string): Promise<Posted> {
    const [posted]: Posted[] = await ctx.manager.query(
      `WITH ins AS (
         INSERT INTO surplus_payables (cooperative_id, plan_id, member_number, member_id, amount, payable_on)
         SELECT cooperative_id, plan_id, member_number, member_id, total, $3::date
           FROM distribution_plan_lines
          WHERE cooperative_id = $1 AND plan_id = $2 AND refund_mode = 'cash' AND total > 0
         RETURNING amount)
       SELECT count(*)::int AS entries, coalesce(sum(amount), 0)::text AS amount FROM ins`,
      [plan.cooperativeId, plan.id, executedOn],
    );
    return posted;
  }

  /** The capital lines, credited by share capital's ledger (its rule turns money into shares); $5, $6 are ours. */
  private async postCapitalRefunds(ctx: TxContext, plan: DistributionPlan, executedOn: string): Promise<Posted> {
    // Without capital lines, share capital is not asked (nor its bylaws lock taken).
    const [any]: { found: boolean }[] = await ctx.manager.query(
      `SELECT EXISTS (SELECT 1 FROM distribution_plan_lines
                       WHERE cooperative_id = $1 AND plan_id = $2 AND refund_mode = 'capital' AND total > 0) AS found`,
      [plan.cooperativeId, plan.id],
    );
    if (!any.found) return { entries: 0, amount: '0' };
    return this.capital.postSurplusRefunds(ctx, {
      cooperativeId: plan.cooperativeId,
      planId: plan.id,
      effectiveDate: executedOn,
      refunds: {
        sql: `SELECT l.member_id, l.total AS amount FROM distribution_plan_lines l
               WHERE l.cooperative_id = $5 AND l.plan_id = $6 AND l.refund_mode = 'capital' AND l.total > 0`,
        params: [plan.cooperativeId, plan.id],
      },
    });
  }

  /** The funds stay in the cooperative's books, or the community fund feeds the credit fund. */
  private async allocateFunds(
    ctx: TxContext,
    plan: DistributionPlan,
    funds: Fund[],
    executedOn: string,
  ): Promise<Posted> {
    await ctx.manager.query(
      `INSERT INTO surplus_fund_allocations (cooperative_id, plan_id, fund, amount, destination, allocated_on)
       SELECT $1, $2, f.fund, f.amount, f.destination, $6::date
         FROM unnest($3::text[], $4::numeric[], $5::text[]) AS f(fund, amount, destination)`,
      [plan.cooperativeId, plan.id, funds.map((f) => f[0]), funds.map((f) => f[1]), funds.map((f) => f[2]), executedOn],
    );
    return { entries: funds.length, amount: funds.reduce((total, f) => total.plus(f[1]), new Dec(0)).toFixed() };
  }

  private async feedCreditFund(ctx: TxContext, plan: DistributionPlan, executedOn: string): Promise<Posted> {
    const amount = formatMoney(plan.communityAmount, plan.scale);
    await this.creditFund.postSurplusAllocation(ctx, {
      cooperativeId: plan.cooperativeId,
      amount,
      valueDate: executedOn,
      sourceId: plan.id,
      description: `Community fund of the surplus distribution plan ${plan.id}`,
    });
    return { entries: 1, amount };
  }

  /** One receipt per kind of posting, which the invariants (surplus.invariants.ts) compare with the lines. */
  private async keepReceipts(
    ctx: TxContext,
    plan: DistributionPlan,
    posted: { cash: Posted; capital: Posted; allocated: Posted; credit: Posted | null },
  ): Promise<void> {
    const receipts: [string, Posted][] = [
      ['cash_payables', posted.cash],
      ['capital_allocations', posted.capital],
      ['fund_allocations', posted.allocated],
      ...(posted.credit ? [['credit_fund', posted.credit] as [string, Posted]] : []),
    ];
    await ctx.manager.query(
      `INSERT INTO distribution_postings (cooperative_id, plan_id, kind, entries, amount)
       SELECT $1, $2, r.kind, r.entries, r.amount FROM unnest($3::text[], $4::int[], $5::numeric[]) AS r(kind, entries, amount)`,
      [
        plan.cooperativeId,
        plan.id,
        receipts.map((r) => r[0]),
        receipts.map((r) => r[1].entries),
        receipts.map((r) => r[1].amount),
      ],
    );
  }
}

/** After the fiscal year's end and not in the future; default today. */
function executionDate(fy: FiscalYear, given: string | undefined): string {
  const executedOn = given ?? todayUtc();
  if (executedOn <= fy.endDate || executedOn > latestToday()) {
    throw new CommonError('VALIDATION_FAILED', 'The execution date is out of range.', [
      {
        field: 'executedOn',
        message: `executedOn must be after the fiscal year's end (${fy.endDate}) and not in the future`,
      },
    ]);
  }
  return executedOn;
}
