import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, HttpCode } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { POST_MONEY, READ, READ_OWN } from './credit-access.js';
import {
  ArrearsQueryDto,
  AsOfQueryDto,
  ContributionCreateDto,
  ContributionPageDto,
  ContributionPlanCreateDto,
  ContributionPlanEndDto,
  ContributionPlanPageDto,
  ContributionPlanResponseDto,
  ContributionResponseDto,
  ContributionStatementDto,
  CreditFundResponseDto,
  DonationCreateDto,
  EntryListQueryDto,
  FundEntryPageDto,
  FundEntryResponseDto,
  LoanArrearsPageDto,
  MemberFilterQueryDto,
  PortfolioResponseDto,
} from './credit-fund.dto.js';
import { CreditFundReadService } from './credit-fund-read.service.js';
import { CreditFundService } from './credit-fund.service.js';
import { SchedulePreviewQueryDto } from './loan.dto.js';
import { ScheduleResponseDto } from './loan-schedule.dto.js';
import { LoanPortfolioService } from './loan-portfolio.service.js';
import { LoanReadService } from './loan-read.service.js';

/** The cooperative's solidarity fund: balance and ledger, contributions, donations, portfolio figures. */
@ApiTags('credit-fund')
@Controller('v1/cooperatives/:cooperativeId/credit-fund')
export class CreditFundController {
  constructor(
    private readonly fund: CreditFundService,
    private readonly reads: CreditFundReadService,
    private readonly portfolio: LoanPortfolioService,
    private readonly loans: LoanReadService,
  ) {}

  @Get()
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'The fund: balance available to lend, principal outstanding, totals by kind of entry' })
  @ApiOkResponse({ type: CreditFundResponseDto })
  @ApiProblems(400, 404)
  getCreditFund(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
  ): Promise<CreditFundResponseDto> {
    return this.reads.summary(ctx, cooperativeId);
  }

  @Get('entries')
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'The fund’s ledger in posting order (append-only; keyset pagination)' })
  @ApiOkResponse({ type: FundEntryPageDto })
  @ApiProblems(400, 404)
  listCreditFundEntries(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: EntryListQueryDto,
  ): Promise<FundEntryPageDto> {
    return this.reads.entries(ctx, cooperativeId, query);
  }

  @Post('donations')
  @CooperativeAccess(POST_MONEY)
  @Idempotent()
  @ApiOperation({ summary: 'Post a donation received by the fund; audited' })
  @ApiCreatedResponse({ type: FundEntryResponseDto })
  @ApiProblems(400, 404, 422)
  postDonation(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: DonationCreateDto,
  ): Promise<FundEntryResponseDto> {
    return this.fund.postDonation(ctx, cooperativeId, body);
  }

  @Post('contributions')
  @CooperativeAccess(POST_MONEY)
  @Idempotent()
  @ApiOperation({
    summary: 'Post a member’s contribution (one-off, or under their recurring plan); audited',
    description: 'The member must be active or suspended. An officer may not post their own contribution.',
  })
  @ApiCreatedResponse({ type: ContributionResponseDto })
  @ApiProblems(400, 404, 409, 422)
  postContribution(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: ContributionCreateDto,
  ): Promise<ContributionResponseDto> {
    return this.fund.postContribution(ctx, cooperativeId, body);
  }

  @Get('contributions')
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'Contributions by date (keyset pagination), optionally of one member' })
  @ApiOkResponse({ type: ContributionPageDto })
  @ApiProblems(400, 404)
  listContributions(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: MemberFilterQueryDto,
  ): Promise<ContributionPageDto> {
    return this.reads.contributions(ctx, cooperativeId, query);
  }

  @Post('contribution-plans')
  @CooperativeAccess(POST_MONEY)
  @Idempotent()
  @ApiOperation({ summary: 'Record a member’s recurring contribution commitment (amount and frequency); audited' })
  @ApiCreatedResponse({ type: ContributionPlanResponseDto })
  @ApiProblems(400, 404, 409)
  createContributionPlan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: ContributionPlanCreateDto,
  ): Promise<ContributionPlanResponseDto> {
    return this.fund.createPlan(ctx, cooperativeId, body);
  }

  @Get('contribution-plans')
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'Recurring contribution plans (keyset pagination), optionally of one member' })
  @ApiOkResponse({ type: ContributionPlanPageDto })
  @ApiProblems(400, 404)
  listContributionPlans(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: MemberFilterQueryDto,
  ): Promise<ContributionPlanPageDto> {
    return this.reads.plans(ctx, cooperativeId, query);
  }

  @Post('contribution-plans/:planId/end')
  @HttpCode(200)
  @CooperativeAccess(POST_MONEY)
  @Idempotent()
  @ApiOperation({ summary: 'End a recurring plan on a day (or bring its end forward); audited' })
  @ApiOkResponse({ type: ContributionPlanResponseDto })
  @ApiProblems(400, 404, 409)
  endContributionPlan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Body() body: ContributionPlanEndDto,
  ): Promise<ContributionPlanResponseDto> {
    return this.fund.endPlan(ctx, cooperativeId, planId, body);
  }

  @Get('members/:memberId/contribution-statement')
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: 'A member’s contributions to a day: total, and each recurring plan’s due, paid, outstanding',
  })
  @ApiOkResponse({ type: ContributionStatementDto })
  @ApiProblems(400, 404)
  getContributionStatement(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Query() query: AsOfQueryDto,
  ): Promise<ContributionStatementDto> {
    return this.reads.statement(ctx, cooperativeId, memberId, query.asOf);
  }

  @Get('portfolio')
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: 'Loan portfolio on a day: outstanding principal, overdue amounts, PAR30 and PAR90',
    description:
      'PARx: the whole outstanding principal of the loans more than x days past due, and its share of the ' +
      'outstanding principal. Exact for past days too (repayments recorded later are left out).',
  })
  @ApiOkResponse({ type: PortfolioResponseDto })
  @ApiProblems(400, 404)
  getLoanPortfolio(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: AsOfQueryDto,
  ): Promise<PortfolioResponseDto> {
    return this.portfolio.portfolio(ctx, cooperativeId, query.asOf);
  }

  @Get('arrears')
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'Loans in arrears on a day: days past due and overdue amounts (keyset by loan id)' })
  @ApiOkResponse({ type: LoanArrearsPageDto })
  @ApiProblems(400, 404)
  listLoanArrears(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: ArrearsQueryDto,
  ): Promise<LoanArrearsPageDto> {
    return this.portfolio.arrears(ctx, cooperativeId, query);
  }

  @Get('schedule-preview')
  @CooperativeAccess(READ_OWN)
  @ApiOperation({
    summary: 'The repayment schedule a loan on these terms would have, at the bylaws’ rate (nothing stored)',
  })
  @ApiOkResponse({ type: ScheduleResponseDto })
  @ApiProblems(400, 404)
  previewLoanSchedule(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: SchedulePreviewQueryDto,
  ): Promise<ScheduleResponseDto> {
    return this.loans.preview(ctx, cooperativeId, query);
  }
}
