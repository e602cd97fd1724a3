import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { PageQueryDto } from '../common/pagination/pagination.js';
import { SELF } from './credit-access.js';
import { AsOfQueryDto, ContributionPageDto, ContributionStatementDto } from './credit-fund.dto.js';
import { CreditFundReadService } from './credit-fund-read.service.js';
import { LoanPageDto, LoanResponseDto, OwnLoanApplicationDto } from './loan.dto.js';
import { LoanApplicationService } from './loan-application.service.js';
import { LoanReadService } from './loan-read.service.js';

/**
 * Self-service: a member's own loans and contributions (users only; no API key scope opens these routes). One
 * loan's details, schedule, repayments and arrears are at /loans/{loanId}/..., where any loan but the member's own
 * is 404 to them.
 */
@ApiTags('credit-fund')
@Controller('v1/cooperatives/:cooperativeId/credit-fund/me')
export class CreditFundSelfController {
  constructor(
    private readonly fund: CreditFundReadService,
    private readonly loans: LoanReadService,
    private readonly applications: LoanApplicationService,
  ) {}

  @Get('loans')
  @CooperativeAccess(SELF)
  @ApiOperation({ summary: 'My loans and applications' })
  @ApiOkResponse({ type: LoanPageDto })
  @ApiProblems(400, 404)
  listOwnLoans(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: PageQueryDto,
  ): Promise<LoanPageDto> {
    return this.loans.listOwn(ctx, cooperativeId, query);
  }

  @Post('loans')
  @CooperativeAccess(SELF)
  @Idempotent()
  @ApiOperation({
    summary: 'Apply for a loan (today), checked against the bylaws: ceiling, term, loans per member, guarantee',
  })
  @ApiCreatedResponse({ type: LoanResponseDto })
  @ApiProblems(400, 404, 409, 422)
  applyForOwnLoan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: OwnLoanApplicationDto,
  ): Promise<LoanResponseDto> {
    return this.applications.applyOwn(ctx, cooperativeId, body);
  }

  @Get('contributions')
  @CooperativeAccess(SELF)
  @ApiOperation({ summary: 'My contributions to the fund, by date' })
  @ApiOkResponse({ type: ContributionPageDto })
  @ApiProblems(400, 404)
  listOwnContributions(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: PageQueryDto,
  ): Promise<ContributionPageDto> {
    return this.fund.ownContributions(ctx, cooperativeId, query);
  }

  @Get('contribution-statement')
  @CooperativeAccess(SELF)
  @ApiOperation({ summary: 'My contribution statement: total to a day and each recurring plan’s standing' })
  @ApiOkResponse({ type: ContributionStatementDto })
  @ApiProblems(400, 404)
  getOwnContributionStatement(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: AsOfQueryDto,
  ): Promise<ContributionStatementDto> {
    return this.fund.ownStatement(ctx, cooperativeId, query.asOf);
  }
}
