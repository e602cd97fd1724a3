/**
 * The fund's money that is not a loan: member contributions (one-off, or under a recurring plan), donations,
 * allocations from the surplus; the fund's summary, ledger and each member's contribution statement.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Dec, formatMoney } from '../common/money/money.js';
import { decodeCursor, invalidCursor, type Page, type PageQueryDto, toPage } from '../common/pagination/pagination.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import { Contribution } from './contribution.entity.js';
import { ContributionPlan } from './contribution-plan.entity.js';
import { planStanding } from './contribution-plan.rules.js';
import type {
  ContributionCreateDto,
  ContributionPlanCreateDto,
  ContributionPlanEndDto,
  ContributionPlanResponseDto,
  ContributionResponseDto,
  ContributionStatementDto,
  CreditFundResponseDto,
  DonationCreateDto,
  EntryListQueryDto,
  FundEntryResponseDto,
  MemberFilterQueryDto,
} from './credit-fund.dto.js';
import { mapContribution, mapEntry, mapPlan, money } from './credit-fund.mapper.js';
import { amountIn, assertNoConflictOfInterest, findMember, findOwnMember, todayUtc } from './credit-fund.support.js';
import { FundEntry, type FundEntryKind } from './fund-entry.entity.js';
import { FundLedger } from './fund-ledger.js';
import { CommonError } from '../common/errors/common.errors.js';
import { CreditFundError } from './credit-fund.errors.js';
import type { RequestContext } from '../common/context/request-context.js';

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

  async summary(cooperativeId: string): Promise<CreditFundResponseDto> {
    const bylaws = await this.cooperatives.bylaws(cooperativeId);
    const scale = bylaws.minorUnitScale;
    const [fund] = await this.tx.manager.query<{ balance: string; loans_outstanding: string }[]>(
      'SELECT balance, loans_outstanding FROM credit_funds WHERE cooperative_id = $1',
      [cooperativeId],
    );
    const totals = await this.tx.manager.query<{ kind: FundEntryKind; total: string }[]>(
      'SELECT kind, sum(amount) AS total FROM credit_fund_entries WHERE cooperative_id = $1 GROUP BY kind',
      [cooperativeId],
    );
    const of = (kind: FundEntryKind) => money(totals.find((t) => t.kind === kind)?.total ?? '0', scale);
    return {
      currency: bylaws.currency.trim(),
      balance: money(fund?.balance ?? '0', scale),
      loansOutstanding: money(fund?.loans_outstanding ?? '0', scale),
      totals: {
        contributions: of('contribution'),
        surplusAllocations: of('surplus_allocation'),
        donations: of('donation'),
        disbursements: of('disbursement'),
        principalRepaid: of('repayment_principal'),
        interestReceived: of('repayment_interest'),
        writtenOff: of('write_off'),
      },
    };
  }

  /** The ledger in posting order (keyset on the entry id). */
  async entries(cooperativeId: string, query: EntryListQueryDto): Promise<Page<FundEntryResponseDto>> {
    const scale = (await this.cooperatives.bylaws(cooperativeId)).minorUnitScale;
    const qb = this.tx.manager
      .createQueryBuilder(FundEntry, 'e')
      .where('e.cooperative_id = :cooperativeId', { cooperativeId })
      .orderBy('e.id', 'ASC')
      .limit(query.limit + 1);
    if (query.kind) qb.andWhere('e.kind = :kind', { kind: query.kind });
    if (query.loanId) qb.andWhere('e.loan_id = :loanId', { loanId: query.loanId });
    if (query.memberId) qb.andWhere('e.member_id = :memberId', { memberId: query.memberId });
    if (query.cursor) qb.andWhere('e.id > :after', { after: bigintCursor(query.cursor) });
    return toPage(
      await qb.getMany(),
      query.limit,
      (e) => [e.id],
      (e) => mapEntry(e, scale),
    );
  }

  async postDonation(cooperativeId: string, input: DonationCreateDto): Promise<FundEntryResponseDto> {
    return this.tx.run(async (manager) => {
      const scale = (await this.cooperatives.bylaws(cooperativeId)).minorUnitScale;
      const amount = amountIn(input.amount, scale, 'amount');
      const fund = await this.ledger.lock(manager, cooperativeId);
      const [entry] = await this.ledger.post(
        manager,
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
      await this.audit.record({
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
      });
      return mapEntry(entry, scale);
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
      const fund = await this.ledger.lock(manager, cooperativeId);
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
        manager,
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
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'credit_fund.surplus_allocation_posted',
        targetType: 'credit_fund',
        targetId: cooperativeId,
        summary: { entryId: entry.id, amount: formatMoney(amount, scale), sourceId: input.sourceId },
      });
      return mapEntry(entry, scale);
    });
  }

  async postContribution(cooperativeId: string, input: ContributionCreateDto): Promise<ContributionResponseDto> {
    return this.tx.run(async (manager) => {
      const scale = (await this.cooperatives.bylaws(cooperativeId)).minorUnitScale;
      const amount = amountIn(input.amount, scale, 'amount');
      const member = await findMember(manager, cooperativeId, input.memberId);
      if (member.status !== 'active' && member.status !== 'suspended') {
        throw new CreditFundError(
          'MEMBER_NOT_ACTIVE',
          `Only members take part in the fund; this record is ${member.status}.`,
        );
      }
      await assertNoConflictOfInterest(manager, cooperativeId, [member.id]);
      if (input.planId) {
        const plan = await manager.findOneBy(ContributionPlan, { cooperativeId, id: input.planId });
        if (!plan) throw planNotFound();
        if (plan.memberId !== member.id) {
          throw new CommonError('VALIDATION_FAILED', 'The request is invalid.', [
            { field: 'planId', message: 'planId is a plan of another member' },
          ]);
        }
      }
      const fund = await this.ledger.lock(manager, cooperativeId);
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
        manager,
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
      await this.audit.record({
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
      });
      return mapContribution(await manager.findOneByOrFail(Contribution, { id: contributionId }), scale);
    });
  }

  async contributions(cooperativeId: string, query: MemberFilterQueryDto): Promise<Page<ContributionResponseDto>> {
    const scale = (await this.cooperatives.bylaws(cooperativeId)).minorUnitScale;
    return this.contributionPage(cooperativeId, query.memberId ?? null, query, scale);
  }

  async ownContributions(cooperativeId: string, query: PageQueryDto): Promise<Page<ContributionResponseDto>> {
    const scale = (await this.cooperatives.bylaws(cooperativeId)).minorUnitScale;
    const member = await findOwnMember(this.tx.manager, cooperativeId);
    return this.contributionPage(cooperativeId, member.id, query, scale);
  }

  async createPlan(cooperativeId: string, input: ContributionPlanCreateDto): Promise<ContributionPlanResponseDto> {
    return this.tx.run(async (manager) => {
      const scale = (await this.cooperatives.bylaws(cooperativeId)).minorUnitScale;
      const amount = amountIn(input.amount, scale, 'amount');
      const member = await findMember(manager, cooperativeId, input.memberId);
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
      await this.audit.record({
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
      });
      return mapPlan(plan, scale);
    });
  }

  async endPlan(
    cooperativeId: string,
    planId: string,
    input: ContributionPlanEndDto,
  ): Promise<ContributionPlanResponseDto> {
    return this.tx.run(async (manager) => {
      const scale = (await this.cooperatives.bylaws(cooperativeId)).minorUnitScale;
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
      await this.audit.record({
        cooperativeId,
        action: 'credit_fund.contribution_plan_ended',
        targetType: 'member',
        targetId: plan.memberId,
        summary: { planId: plan.id, endsOn: input.endsOn, previousEndsOn: plan.endsOn },
      });
      return mapPlan(await manager.findOneByOrFail(ContributionPlan, { id: plan.id }), scale);
    });
  }

  async plans(cooperativeId: string, query: MemberFilterQueryDto): Promise<Page<ContributionPlanResponseDto>> {
    const scale = (await this.cooperatives.bylaws(cooperativeId)).minorUnitScale;
    const qb = this.tx.manager
      .createQueryBuilder(ContributionPlan, 'p')
      .where('p.cooperative_id = :cooperativeId', { cooperativeId })
      .orderBy('p.id', 'ASC')
      .limit(query.limit + 1);
    if (query.memberId) qb.andWhere('p.member_id = :memberId', { memberId: query.memberId });
    if (query.cursor) qb.andWhere('p.id > :after', { after: uuidCursor(query.cursor) });
    return toPage(
      await qb.getMany(),
      query.limit,
      (p) => [p.id],
      (p) => mapPlan(p, scale),
    );
  }

  async statement(cooperativeId: string, memberId: string, asOf?: string): Promise<ContributionStatementDto> {
    const member = await findMember(this.tx.manager, cooperativeId, memberId);
    return this.statementOf(cooperativeId, member.id, asOf ?? todayUtc());
  }

  async ownStatement(cooperativeId: string, asOf?: string): Promise<ContributionStatementDto> {
    const member = await findOwnMember(this.tx.manager, cooperativeId);
    return this.statementOf(cooperativeId, member.id, asOf ?? todayUtc());
  }

  /** Contributions of a member on or before a day (what the loan ceiling counts). */
  async contributedBy(manager: EntityManager, cooperativeId: string, memberId: string, asOf: string): Promise<Dec> {
    const [row] = await manager.query<{ total: string | null }[]>(
      `SELECT sum(amount) AS total FROM credit_fund_contributions
        WHERE cooperative_id = $1 AND member_id = $2 AND contributed_on <= $3`,
      [cooperativeId, memberId, asOf],
    );
    return new Dec(row?.total ?? 0);
  }

  private async statementOf(cooperativeId: string, memberId: string, asOf: string): Promise<ContributionStatementDto> {
    const bylaws = await this.cooperatives.bylaws(cooperativeId);
    const scale = bylaws.minorUnitScale;
    const [totals] = await this.tx.manager.query<{ total: string | null; count: number; last: string | null }[]>(
      `SELECT sum(amount) AS total, count(*)::int AS count, max(contributed_on)::text AS last
         FROM credit_fund_contributions WHERE cooperative_id = $1 AND member_id = $2 AND contributed_on <= $3`,
      [cooperativeId, memberId, asOf],
    );
    const plans = await this.tx.manager
      .createQueryBuilder(ContributionPlan, 'p')
      .where('p.cooperative_id = :cooperativeId AND p.member_id = :memberId AND p.starts_on <= :asOf', {
        cooperativeId,
        memberId,
        asOf,
      })
      .orderBy('p.starts_on', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
    const paid = await this.tx.manager.query<{ plan_id: string; total: string }[]>(
      `SELECT plan_id, sum(amount) AS total FROM credit_fund_contributions
        WHERE cooperative_id = $1 AND member_id = $2 AND plan_id IS NOT NULL AND contributed_on <= $3
        GROUP BY plan_id`,
      [cooperativeId, memberId, asOf],
    );
    return {
      memberId,
      asOf,
      currency: bylaws.currency.trim(),
      total: money(totals?.total ?? '0', scale),
      count: totals?.count ?? 0,
      lastContributionOn: totals?.last ?? null,
      plans: plans.map((plan) => {
        const paidAmount = money(paid.find((p) => p.plan_id === plan.id)?.total ?? '0', scale);
        return {
          ...mapPlan(plan, scale),
          ...planStanding({ ...plan, amount: money(plan.amount, scale) }, paidAmount, asOf, scale),
        };
      }),
    };
  }

  private async contributionPage(
    cooperativeId: string,
    memberId: string | null,
    query: PageQueryDto,
    scale: number,
  ): Promise<Page<ContributionResponseDto>> {
    const qb = this.tx.manager
      .createQueryBuilder(Contribution, 'c')
      .where('c.cooperative_id = :cooperativeId', { cooperativeId })
      .orderBy('c.contributed_on', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(query.limit + 1);
    if (memberId) qb.andWhere('c.member_id = :memberId', { memberId });
    if (query.cursor) {
      const [on, id] = dateUuidCursor(query.cursor);
      qb.andWhere('(c.contributed_on, c.id) > (:on, :id)', { on, id });
    }
    return toPage(
      await qb.getMany(),
      query.limit,
      (c) => [c.contributedOn, c.id],
      (c) => mapContribution(c, scale),
    );
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function bigintCursor(cursor: string): string {
  const [id] = decodeCursor(cursor, ['string']);
  if (!/^\d{1,19}$/.test(String(id))) invalidCursor();
  return String(id);
}

export function uuidCursor(cursor: string): string {
  const [id] = decodeCursor(cursor, ['string']);
  if (!UUID.test(String(id))) invalidCursor();
  return String(id);
}

export function dateUuidCursor(cursor: string): [string, string] {
  const [on, id] = decodeCursor(cursor, ['string', 'string']) as [string, string];
  if (!ISO_DATE.test(on) || !UUID.test(id)) invalidCursor();
  return [on, id];
}
