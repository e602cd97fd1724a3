import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
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
import { CreditProblems } from './credit-fund.errors.js';
import { CreditFundReadService } from './credit-fund-read.service.js';
import { CreditFundService } from './credit-fund.service.js';
import { SchedulePreviewQueryDto } from './loan.dto.js';
import { ScheduleResponseDto } from './loan-schedule.dto.js';
import { LoanPortfolioService } from './loan-portfolio.service.js';
import { LoanReadService } from './loan-read.service.js';

/**
 * The cooperative's solidarity fund: balance and ledger, contributions, donations, portfolio figures. Money posted
 * to the fund answers 200 with what was posted: a ledger entry, a contribution or a plan has no address of its own
 * to put in a Location; each is read back through its list.
 */
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
  @ApiOperation({
    summary: 'Read the fund’s balance and totals',
    description:
      'For the treasurer, the credit committee and the board, or an accounting sync: the money available to lend, ' +
      'the principal lent out and not yet back, and the sum of the ledger’s entries of each kind. The balance ' +
      'never goes below zero: no posting that would take it there is accepted.',
  })
  @ApiOkResponse({
    type: CreditFundResponseDto,
    description: 'The fund’s balance, its principal outstanding and its totals by kind of entry.',
  })
  getCreditFund(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
  ): Promise<CreditFundResponseDto> {
    return this.reads.summary(ctx, cooperativeId);
  }

  @Get('entries')
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: 'List the fund’s ledger',
    description:
      'The append-only ledger in posting order: contributions, surplus allocations and donations in, disbursements ' +
      'out, repayments of principal and interest in, write-offs (which move no cash). Each entry carries the ' +
      'balance once it was posted, so an accounting sync can reconcile from any page. Keyset pagination: pass ' +
      '`nextCursor` back as `cursor`.',
  })
  @ApiOkResponse({ type: FundEntryPageDto, description: 'A page of ledger entries, oldest first.' })
  @CreditProblems('INVALID_CURSOR')
  listCreditFundEntries(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: EntryListQueryDto,
  ): Promise<FundEntryPageDto> {
    return this.reads.entries(ctx, cooperativeId, query);
  }

  @Post('donations')
  @HttpCode(200)
  @CooperativeAccess(POST_MONEY)
  @Idempotent()
  @ApiOperation({
    summary: 'Post a donation',
    description:
      'The treasurer (or an accounting sync) records money given to the fund from outside the cooperative, e.g. ' +
      'by a foundation or a federation: one `donation` entry in the ledger, and the balance rises by it; audited. ' +
      'The amount must be positive, with no more decimals than the currency has, and the day not in the future.',
  })
  @ApiOkResponse({ type: FundEntryResponseDto, description: 'The ledger entry posted, with the balance after it.' })
  postDonation(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: DonationCreateDto,
  ): Promise<FundEntryResponseDto> {
    return this.fund.postDonation(ctx, cooperativeId, body);
  }

  @Post('contributions')
  @HttpCode(200)
  @CooperativeAccess(POST_MONEY)
  @Idempotent()
  @ApiOperation({
    summary: 'Post a member’s contribution',
    description:
      'The treasurer (or an accounting sync) records a member’s payment into the fund, one-off or under their ' +
      'recurring plan (`planId`, a plan of that member): a `contribution` entry in the ledger, which also counts ' +
      'toward the member’s loan ceiling; audited. Only members take part: the record must be active or suspended. ' +
      'A treasurer may not post their own contribution; another officer must.',
  })
  @ApiOkResponse({ type: ContributionResponseDto, description: 'The contribution recorded.' })
  @CreditProblems('MEMBER_NOT_FOUND', 'CONTRIBUTION_PLAN_NOT_FOUND', 'MEMBER_NOT_ACTIVE', 'CONFLICT_OF_INTEREST')
  postContribution(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: ContributionCreateDto,
  ): Promise<ContributionResponseDto> {
    return this.fund.postContribution(ctx, cooperativeId, body);
  }

  @Get('contributions')
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: 'List contributions',
    description:
      'The members’ contributions to the fund by date, oldest first, optionally of one member: for the fund’s ' +
      'officers, the board and an accounting sync. A member reads their own at /credit-fund/me/contributions. ' +
      'Keyset pagination: pass `nextCursor` back as `cursor`.',
  })
  @ApiOkResponse({ type: ContributionPageDto, description: 'A page of contributions, by date.' })
  @CreditProblems('INVALID_CURSOR')
  listContributions(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: MemberFilterQueryDto,
  ): Promise<ContributionPageDto> {
    return this.reads.contributions(ctx, cooperativeId, query);
  }

  @Post('contribution-plans')
  @HttpCode(200)
  @CooperativeAccess(POST_MONEY)
  @Idempotent()
  @ApiOperation({
    summary: 'Record a recurring contribution plan',
    description:
      'The treasurer records a member’s standing commitment: an amount each month, quarter or year from a start ' +
      'date, until an optional end date (not before the start). The plan records the promise only: money counts ' +
      'when a contribution is posted under it. Only an active member takes on a plan; audited.',
  })
  @ApiOkResponse({ type: ContributionPlanResponseDto, description: 'The plan recorded.' })
  @CreditProblems('MEMBER_NOT_FOUND', 'MEMBER_NOT_ACTIVE')
  createContributionPlan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: ContributionPlanCreateDto,
  ): Promise<ContributionPlanResponseDto> {
    return this.fund.createPlan(ctx, cooperativeId, body);
  }

  @Get('contribution-plans')
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: 'List contribution plans',
    description:
      'The members’ recurring contribution plans, running or ended, optionally of one member, for the fund’s ' +
      'officers and the board. A plan’s standing (due, paid, outstanding) is in the member’s contribution ' +
      'statement. Keyset pagination: pass `nextCursor` back as `cursor`.',
  })
  @ApiOkResponse({ type: ContributionPlanPageDto, description: 'A page of plans.' })
  @CreditProblems('INVALID_CURSOR')
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
  @ApiOperation({
    summary: 'End a contribution plan',
    description:
      'The treasurer sets the last day of a member’s commitment, or brings an existing end forward; audited. An ' +
      'end only moves earlier: a day on or after the plan’s current end is refused, and a day before its start ' +
      'is invalid.',
  })
  @ApiOkResponse({ type: ContributionPlanResponseDto, description: 'The plan with its new end.' })
  @CreditProblems('CONTRIBUTION_PLAN_NOT_FOUND', 'ILLEGAL_TRANSITION')
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
    summary: 'Read a member’s contribution statement',
    description:
      'A member’s contributions to a day (default today): the total and how many, and each recurring plan started ' +
      'by then with what fell due, what was paid under it and what is outstanding. For the fund’s officers and ' +
      'the board; a member reads their own at /credit-fund/me/contribution-statement. A day whose next due date ' +
      'would fall after the year 9999 is refused as an invalid date.',
  })
  @ApiOkResponse({ type: ContributionStatementDto, description: 'The member’s statement on the day.' })
  @CreditProblems('MEMBER_NOT_FOUND', 'INVALID_DATE')
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
    summary: 'Read the loan portfolio and its PAR30 and PAR90',
    description:
      'For the credit committee, the board and the treasurer: the loans on the books on a day (default today), ' +
      'their outstanding principal, and the portfolio at risk. PARx: the whole outstanding principal of the loans ' +
      'more than x days past due, and its share of the outstanding principal. Exact for past days too ' +
      '(repayments recorded later are left out).',
  })
  @ApiOkResponse({ type: PortfolioResponseDto, description: 'The portfolio’s figures on the day.' })
  getLoanPortfolio(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: AsOfQueryDto,
  ): Promise<PortfolioResponseDto> {
    return this.portfolio.portfolio(ctx, cooperativeId, query.asOf);
  }

  @Get('arrears')
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: 'List the loans in arrears',
    description:
      'For the credit committee, the board and the treasurer: the loans on the books on a day (default today) at ' +
      'least `minDaysPastDue` days past due, with the days counted from the oldest unpaid instalment and the ' +
      'overdue principal and interest. Exact for past days too. Keyset pagination by loan id: pass `nextCursor` ' +
      'back as `cursor`.',
  })
  @ApiOkResponse({ type: LoanArrearsPageDto, description: 'A page of loans in arrears, by loan id.' })
  @CreditProblems('INVALID_CURSOR')
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
    summary: 'Preview a repayment schedule',
    description:
      'The instalments a loan on these terms would have at the bylaws’ interest rate of today, computed exactly as ' +
      'at disbursement; nothing is stored. For the fund’s officers, and for a member weighing an application ' +
      'from their phone. The amount must fit the currency’s decimals; terms whose last instalment would fall ' +
      'after the year 9999 are refused as an invalid date.',
  })
  @ApiOkResponse({ type: ScheduleResponseDto, description: 'The schedule, every instalment unpaid.' })
  @CreditProblems('INVALID_DATE')
  previewLoanSchedule(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: SchedulePreviewQueryDto,
  ): Promise<ScheduleResponseDto> {
    return this.loans.preview(ctx, cooperativeId, query);
  }
}
