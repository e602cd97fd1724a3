/**
 * The fund's money that is not a loan, written: member contributions (one-off, or under a recurring plan) and their
 * plans, donations, allocations from the surplus. The reads are in credit-fund-read.service.ts.
 */
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context/request-context.js';
import { CommonError } from '../common/errors/common.errors.js';
import { Dec, formatMoney } from '../common/money/money.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import { memberStatusOf } from '../membership/member-directory.sql.js';
import { Contribution } from './contribution.entity.js';
import { ContributionPlan } from './contribution-plan.entity.js';
import type {
  ContributionCreateDto,
  ContributionPlanCreateDto,
  ContributionPlanEndDto,
  ContributionPlanResponseDto,
  ContributionResponseDto,
  DonationCreateDto,
  FundEntryResponseDto,
} from './credit-fund.dto.js';
import { CreditFundError } from './credit-fund.errors.js';
import { creditEvent, mapContribution, mapEntry, mapPlan, money } from './credit-fund.mapper.js';
import { amountIn, assertNoConflictOfInterest } from './credit-fund.support.js';
import { FundEntry } from './fund-entry.entity.js';
import { FundLedger } from './fund-ledger.js';

/** What the surplus module posts when a distribution plan is executed (see postSurplusAllocation). */
export interface SurplusAllocationInput {
  cooperativeId: string;
  /** Positive decimal string with at most the currency's minor-unit decimals. */
  amount: string;
  /** YYYY-MM-DD: the execution's value date. */
  valueDate: string;
  /** The distribution (plan) this allocation comes from: one allocation per source, ever. */
  sourceId: string;
  description?: string;
}

const planNotFound = () =>
  new CreditFundError('CONTRIBUTION_PLAN_NOT_FOUND', 'No such contribution plan in this cooperative.');

@Injectable()
export class CreditFundService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly cooperatives: CooperativeService,
    private readonly ledger: FundLedger,
  ) {}

  async postDonation(
    ctx: RequestContext,
    cooperativeId: string,
    input: DonationCreateDto,
  ): Promise<FundEntryResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const scale = (await this.cooperatives.bylaws(ctx, cooperativeId)).minorUnitScale;
      const amount = amountIn(input.amount, scale, 'amount');
      const fund = await this.ledger.lock(ctx, cooperativeId);
      const [entry] = await this.ledger.post(
        ctx,
        fund,
        [
          {
            kind: 'donation',
            amount,
            valueDate: input.receivedOn,
            externalRef: input.reference ?? null,
            description: `Donation from ${input.donor}`,
          },
        ],
        scale,
      );
      const posted = mapEntry(entry, scale);
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'credit_fund.donation_posted',
        targetType: 'credit_fund',
        targetId: cooperativeId,
        summary: {
          entryId: entry.id,
          amount: formatMoney(amount, scale),
          donor: input.donor,
          receivedOn: input.receivedOn,
          reference: input.reference ?? null,
          balanceAfter: money(entry.balanceAfter, scale),
        },
        event: creditEvent(posted),
      });
      return posted;
    });
  }

  /**
   * For the surplus module: posts the fund's share of an executed distribution, inside the caller's transaction
   * (`manager` is that transaction's; the audit entry joins it too). One allocation per source: posting the same
   * source again with the same amount returns the first entry and posts nothing; with another amount it is a
   * CONFLICT.
   */
  async postSurplusAllocation(ctx: RequestContext, input: SurplusAllocationInput): Promise<FundEntryResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const { cooperativeId } = input;
      const scale = (await this.cooperatives.bylaws(ctx, cooperativeId)).minorUnitScale;
      if (!/^\d+(\.\d+)?$/.test(input.amount) || new Dec(input.amount).isZero()) {
        throw new CommonError('VALIDATION_FAILED', 'A surplus allocation must be a positive decimal string.');
      }
      const amount = amountIn(input.amount, scale, 'amount');
      const fund = await this.ledger.lock(ctx, cooperativeId);
      const existing = await manager.findOneBy(FundEntry, {
        cooperativeId,
        kind: 'surplus_allocation',
        externalRef: input.sourceId,
      });
      if (existing) {
        if (!new Dec(existing.amount).eq(amount)) {
          throw new CommonError(
            'CONFLICT',
            `Surplus source ${input.sourceId} was already allocated ${money(existing.amount, scale)} to the fund.`,
          );
        }
        return mapEntry(existing, scale);
      }
      const [entry] = await this.ledger.post(
        ctx,
        fund,
        [
          {
            kind: 'surplus_allocation',
            amount,
            valueDate: input.valueDate,
            externalRef: input.sourceId,
            description: input.description ?? null,
          },
        ],
        scale,
      );
      const posted = mapEntry(entry, scale);
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'credit_fund.surplus_allocation_posted',
        targetType: 'credit_fund',
        targetId: cooperativeId,
        summary: { entryId: entry.id, amount: formatMoney(amount, scale), sourceId: input.sourceId },
        event: creditEvent(posted),
      });
      return posted;
    });
  }

  async postContribution(
    ctx: RequestContext,
    cooperativeId: string,
    input: ContributionCreateDto,
  ): Promise<ContributionResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const scale = (await this.cooperatives.bylaws(ctx, cooperativeId)).minorUnitScale;
      const amount = amountIn(input.amount, scale, 'amount');
      const member = await memberStatusOf(manager, cooperativeId, input.memberId);
      if (member.status !== 'active' && member.status !== 'suspended') {
        throw new CreditFundError(
          'MEMBER_NOT_ACTIVE',
          `Only members take part in the fund; this record is ${member.status}.`,
        );
      }
      await assertNoConflictOfInterest(manager, ctx, cooperativeId, [member.id]);
      if (input.planId) {
        const plan = await manager.findOneBy(ContributionPlan, { cooperativeId, id: input.planId });
        if (!plan) throw planNotFound();
        if (plan.memberId !== member.id) {
          throw new CommonError('VALIDATION_FAILED', 'The request is invalid.', [
            { field: 'planId', message: 'planId is a plan of another member' },
          ]);
        }
      }
      const fund = await this.ledger.lock(ctx, cooperativeId);
      const inserted = await manager.insert(Contribution, {
        cooperativeId,
        memberId: member.id,
        planId: input.planId ?? null,
        amount: amount.toFixed(),
        contributedOn: input.contributedOn,
        reference: input.reference ?? null,
      });
      const contributionId = inserted.identifiers[0].id as string;
      const [entry] = await this.ledger.post(
        ctx,
        fund,
        [
          {
            kind: 'contribution',
            amount,
            valueDate: input.contributedOn,
            memberId: member.id,
            contributionId,
            externalRef: input.reference ?? null,
          },
        ],
        scale,
      );
      const contribution = mapContribution(await manager.findOneByOrFail(Contribution, { id: contributionId }), scale);
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'credit_fund.contribution_posted',
        targetType: 'member',
        targetId: member.id,
        summary: {
          contributionId,
          entryId: entry.id,
          amount: formatMoney(amount, scale),
          contributedOn: input.contributedOn,
          planId: input.planId ?? null,
        },
        event: creditEvent(contribution),
      });
      return contribution;
    });
  }

  async createPlan(
    ctx: RequestContext,
    cooperativeId: string,
    input: ContributionPlanCreateDto,
  ): Promise<ContributionPlanResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const scale = (await this.cooperatives.bylaws(ctx, cooperativeId)).minorUnitScale;
      const amount = amountIn(input.amount, scale, 'amount');
      const member = await memberStatusOf(manager, cooperativeId, input.memberId);
      if (member.status !== 'active') {
        throw new CreditFundError(
          'MEMBER_NOT_ACTIVE',
          `Only an active member takes on a plan; this one is ${member.status}.`,
        );
      }
      if (input.endsOn !== undefined && input.endsOn < input.startsOn) {
        throw new CommonError('VALIDATION_FAILED', 'The request is invalid.', [
          { field: 'endsOn', message: 'endsOn must not be before startsOn' },
        ]);
      }
      const inserted = await manager.insert(ContributionPlan, {
        cooperativeId,
        memberId: member.id,
        amount: amount.toFixed(),
        frequency: input.frequency,
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
      });
      const plan = await manager.findOneByOrFail(ContributionPlan, { id: inserted.identifiers[0].id as string });
      const created = mapPlan(plan, scale);
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'credit_fund.contribution_plan_created',
        targetType: 'member',
        targetId: member.id,
        summary: {
          planId: plan.id,
          amount: formatMoney(amount, scale),
          frequency: plan.frequency,
          startsOn: plan.startsOn,
          endsOn: plan.endsOn,
        },
        event: creditEvent(created),
      });
      return created;
    });
  }

  async endPlan(
    ctx: RequestContext,
    cooperativeId: string,
    planId: string,
    input: ContributionPlanEndDto,
  ): Promise<ContributionPlanResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const scale = (await this.cooperatives.bylaws(ctx, cooperativeId)).minorUnitScale;
      const plan = await manager.findOne(ContributionPlan, {
        where: { cooperativeId, id: planId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!plan) throw planNotFound();
      if (plan.endsOn !== null && plan.endsOn <= input.endsOn) {
        throw new CommonError('ILLEGAL_TRANSITION', `The plan already ends on ${plan.endsOn}.`);
      }
      if (input.endsOn < plan.startsOn) {
        throw new CommonError('VALIDATION_FAILED', 'The request is invalid.', [
          { field: 'endsOn', message: `endsOn must not be before the plan's start (${plan.startsOn})` },
        ]);
      }
      await manager.update(ContributionPlan, { id: plan.id, cooperativeId }, { endsOn: input.endsOn });
      const ended = mapPlan(await manager.findOneByOrFail(ContributionPlan, { id: plan.id }), scale);
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'credit_fund.contribution_plan_ended',
        targetType: 'member',
        targetId: plan.memberId,
        summary: { planId: plan.id, endsOn: input.endsOn, previousEndsOn: plan.endsOn },
        event: creditEvent(ended),
      });
      return ended;
    });
  }
}
