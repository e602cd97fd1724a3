/**
 * The fund's figures, read: its summary, ledger, contributions and plans, and each member's contribution statement
 * (a member reads only their own, through the self-service routes).
 */
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context.js';
import { todayUtc } from '../common/dates.js';
import { type Page, type PageQueryDto, toPage } from '../common/pagination/pagination.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import { memberStatusOf } from '../membership/member-directory.sql.js';
import { Contribution } from './contribution.entity.js';
import { ContributionPlan } from './contribution-plan.entity.js';
import { planStanding } from './contribution-plan.rules.js';
import type {
  ContributionPlanResponseDto,
  ContributionResponseDto,
  ContributionStatementDto,
  CreditFundResponseDto,
  EntryListQueryDto,
  FundEntryResponseDto,
  MemberFilterQueryDto,
} from './credit-fund.dto.js';
import { mapContribution, mapEntry, mapPlan, money } from './credit-fund.mapper.js';
import { bigintCursor, dateUuidCursor, findOwnMember, uuidCursor } from './credit-fund.support.js';
import { FundEntry, type FundEntryKind } from './fund-entry.entity.js';

@Injectable()
export class CreditFundReadService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly cooperatives: CooperativeService,
  ) {}

  async summary(ctx: RequestContext, cooperativeId: string): Promise<CreditFundResponseDto> {
    const bylaws = await this.cooperatives.bylaws(ctx, cooperativeId);
    const scale = bylaws.minorUnitScale;
    const [fund] = await this.tx
      .managerOf(ctx)
      .query<{ balance: string; loans_outstanding: string }[]>(
        'SELECT balance, loans_outstanding FROM credit_funds WHERE cooperative_id = $1',
        [cooperativeId],
      );
    const totals = await this.tx
      .managerOf(ctx)
      .query<{ kind: FundEntryKind; total: string }[]>(
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
  async entries(
    ctx: RequestContext,
    cooperativeId: string,
    query: EntryListQueryDto,
  ): Promise<Page<FundEntryResponseDto>> {
    const scale = (await this.cooperatives.bylaws(ctx, cooperativeId)).minorUnitScale;
    const qb = this.tx
      .managerOf(ctx)
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

  async contributions(
    ctx: RequestContext,
    cooperativeId: string,
    query: MemberFilterQueryDto,
  ): Promise<Page<ContributionResponseDto>> {
    const scale = (await this.cooperatives.bylaws(ctx, cooperativeId)).minorUnitScale;
    return this.contributionPage(ctx, cooperativeId, query.memberId ?? null, query, scale);
  }

  async ownContributions(
    ctx: RequestContext,
    cooperativeId: string,
    query: PageQueryDto,
  ): Promise<Page<ContributionResponseDto>> {
    const scale = (await this.cooperatives.bylaws(ctx, cooperativeId)).minorUnitScale;
    const member = await findOwnMember(this.tx.managerOf(ctx), ctx, cooperativeId);
    return this.contributionPage(ctx, cooperativeId, member.id, query, scale);
  }

  async plans(
    ctx: RequestContext,
    cooperativeId: string,
    query: MemberFilterQueryDto,
  ): Promise<Page<ContributionPlanResponseDto>> {
    const scale = (await this.cooperatives.bylaws(ctx, cooperativeId)).minorUnitScale;
    const qb = this.tx
      .managerOf(ctx)
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

  async statement(
    ctx: RequestContext,
    cooperativeId: string,
    memberId: string,
    asOf?: string,
  ): Promise<ContributionStatementDto> {
    const member = await memberStatusOf(this.tx.managerOf(ctx), cooperativeId, memberId);
    return this.statementOf(ctx, cooperativeId, member.id, asOf ?? todayUtc());
  }

  async ownStatement(ctx: RequestContext, cooperativeId: string, asOf?: string): Promise<ContributionStatementDto> {
    const member = await findOwnMember(this.tx.managerOf(ctx), ctx, cooperativeId);
    return this.statementOf(ctx, cooperativeId, member.id, asOf ?? todayUtc());
  }

  private async statementOf(
    ctx: RequestContext,
    cooperativeId: string,
    memberId: string,
    asOf: string,
  ): Promise<ContributionStatementDto> {
    const bylaws = await this.cooperatives.bylaws(ctx, cooperativeId);
    const scale = bylaws.minorUnitScale;
    const [totals] = await this.tx.managerOf(ctx).query<{ total: string | null; count: number; last: string | null }[]>(
      `SELECT sum(amount) AS total, count(*)::int AS count, max(contributed_on)::text AS last
         FROM credit_fund_contributions WHERE cooperative_id = $1 AND member_id = $2 AND contributed_on <= $3`,
      [cooperativeId, memberId, asOf],
    );
    const plans = await this.tx
      .managerOf(ctx)
      .createQueryBuilder(ContributionPlan, 'p')
      .where('p.cooperative_id = :cooperativeId AND p.member_id = :memberId AND p.starts_on <= :asOf', {
        cooperativeId,
        memberId,
        asOf,
      })
      .orderBy('p.starts_on', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
    const paid = await this.tx.managerOf(ctx).query<{ plan_id: string; total: string }[]>(
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
    ctx: RequestContext,
    cooperativeId: string,
    memberId: string | null,
    query: PageQueryDto,
    scale: number,
  ): Promise<Page<ContributionResponseDto>> {
    const qb = this.tx
      .managerOf(ctx)
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
