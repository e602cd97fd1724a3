/**
 * Loans, read: one loan, the lists, its schedule, repayments, arrears and settlement quote, and a schedule preview.
 * A member-only caller reads only their own loans: any other is 404 to them (findVisibleLoan).
 */
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context.js';
import { todayUtc } from '../common/dates.js';
import { Dec, formatMoney, sum } from '../common/money/money.js';
import { type Page, type PageQueryDto, toPage } from '../common/pagination/pagination.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import type { LoanArrearsDto } from './credit-fund.dto.js';
import { mapInstalment, mapLoan, mapRepayment, money } from './credit-fund.mapper.js';
import { amountIn, assertInLoanOrder, findOwnMember } from './credit-fund.support.js';
import { quoteOf } from './loan-balances.js';
import { loanTransition } from './loan-lifecycle.rules.js';
import { LoanPortfolioService } from './loan-portfolio.service.js';
import type { LoanListQueryDto, LoanResponseDto, SchedulePreviewQueryDto } from './loan.dto.js';
import type { RepaymentResponseDto, ScheduleResponseDto, SettlementQuoteDto } from './loan-schedule.dto.js';
import { findVisibleLoan, instalmentsOf, loanPage, loanResponse, repaymentPage } from './loan.repository.js';
import { buildSchedule } from './repayment-schedule.rules.js';

@Injectable()
export class LoanReadService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly cooperatives: CooperativeService,
    private readonly portfolio: LoanPortfolioService,
  ) {}

  async get(ctx: RequestContext, cooperativeId: string, loanId: string): Promise<LoanResponseDto> {
    const scale = (await this.cooperatives.bylaws(ctx, cooperativeId)).minorUnitScale;
    const manager = this.tx.managerOf(ctx);
    const loan = await findVisibleLoan(manager, ctx, cooperativeId, loanId);
    return loanResponse(manager, loan.id, scale);
  }

  async list(ctx: RequestContext, cooperativeId: string, query: LoanListQueryDto): Promise<Page<LoanResponseDto>> {
    return this.page(ctx, cooperativeId, query.memberId ?? null, query.status ?? null, query);
  }

  async listOwn(ctx: RequestContext, cooperativeId: string, query: PageQueryDto): Promise<Page<LoanResponseDto>> {
    const member = await findOwnMember(this.tx.managerOf(ctx), ctx, cooperativeId);
    return this.page(ctx, cooperativeId, member.id, null, query);
  }

  /** The repayment schedule with what was paid; empty until the loan is disbursed (the schedule starts then). */
  async schedule(ctx: RequestContext, cooperativeId: string, loanId: string): Promise<ScheduleResponseDto> {
    const scale = (await this.cooperatives.bylaws(ctx, cooperativeId)).minorUnitScale;
    const manager = this.tx.managerOf(ctx);
    const loan = await findVisibleLoan(manager, ctx, cooperativeId, loanId);
    const rows = await instalmentsOf(manager, cooperativeId, loan.id);
    const interest = sum(rows.map((r) => r.interest));
    return {
      principal: money(loan.principal, scale),
      totalInterest: formatMoney(interest, scale),
      total: formatMoney(interest.plus(rows.length > 0 ? loan.principal : 0), scale),
      items: rows.map((r) => mapInstalment(r, scale)),
    };
  }

  async repayments(
    ctx: RequestContext,
    cooperativeId: string,
    loanId: string,
    query: PageQueryDto,
  ): Promise<Page<RepaymentResponseDto>> {
    const scale = (await this.cooperatives.bylaws(ctx, cooperativeId)).minorUnitScale;
    const manager = this.tx.managerOf(ctx);
    const loan = await findVisibleLoan(manager, ctx, cooperativeId, loanId);
    const { rows, lines } = await repaymentPage(manager, cooperativeId, loan.id, query);
    return toPage(
      rows,
      query.limit,
      (r) => [r.paidOn, r.id],
      (r) =>
        mapRepayment(
          r,
          lines.filter((l) => l.repaymentId === r.id),
          scale,
        ),
    );
  }

  /** One loan's days past due and overdue amounts on a day (arrears.rules.ts). */
  async arrears(
    ctx: RequestContext,
    cooperativeId: string,
    loanId: string,
    asOf = todayUtc(),
  ): Promise<LoanArrearsDto> {
    const scale = (await this.cooperatives.bylaws(ctx, cooperativeId)).minorUnitScale;
    const loan = await findVisibleLoan(this.tx.managerOf(ctx), ctx, cooperativeId, loanId);
    return this.portfolio.loanArrears(ctx, loan, asOf, scale);
  }

  async settlementQuote(
    ctx: RequestContext,
    cooperativeId: string,
    loanId: string,
    asOf: string,
  ): Promise<SettlementQuoteDto> {
    const scale = (await this.cooperatives.bylaws(ctx, cooperativeId)).minorUnitScale;
    const manager = this.tx.managerOf(ctx);
    const loan = await findVisibleLoan(manager, ctx, cooperativeId, loanId);
    loanTransition(loan.status, 'repay_in_full');
    assertInLoanOrder(asOf, loan, 'asOf');
    return quoteOf(loan, await instalmentsOf(manager, cooperativeId, loan.id), asOf, scale);
  }

  /** A schedule as it would be for these terms at the cooperative's current rate (nothing is stored). */
  async preview(
    ctx: RequestContext,
    cooperativeId: string,
    query: SchedulePreviewQueryDto,
  ): Promise<ScheduleResponseDto> {
    const bylaws = await this.cooperatives.bylaws(ctx, cooperativeId);
    const scale = bylaws.minorUnitScale;
    const principal = amountIn(query.amount, scale, 'amount');
    const rows = buildSchedule({
      principal: formatMoney(principal, scale),
      annualRatePercent: new Dec(bylaws.loanInterestRatePercent).toFixed(),
      termMonths: query.termMonths,
      method: query.method,
      disbursedOn: query.disbursedOn,
      scale,
    });
    const interest = sum(rows.map((r) => r.interest));
    const zero = formatMoney(0, scale);
    return {
      principal: formatMoney(principal, scale),
      totalInterest: formatMoney(interest, scale),
      total: formatMoney(principal.plus(interest), scale),
      items: rows.map((r) => ({
        ...r,
        principalPaid: zero,
        interestPaid: zero,
        interestWaived: zero,
        status: 'unpaid' as const,
      })),
    };
  }

  private async page(
    ctx: RequestContext,
    cooperativeId: string,
    memberId: string | null,
    status: string | null,
    query: PageQueryDto,
  ): Promise<Page<LoanResponseDto>> {
    const scale = (await this.cooperatives.bylaws(ctx, cooperativeId)).minorUnitScale;
    const { rows, guarantors } = await loanPage(this.tx.managerOf(ctx), cooperativeId, { memberId, status }, query);
    return toPage(
      rows,
      query.limit,
      (l) => [l.id],
      (l) =>
        mapLoan(
          l,
          guarantors.filter((g) => g.loanId === l.id),
          scale,
        ),
    );
  }
}
