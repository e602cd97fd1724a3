import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { Created } from '../common/http/created.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { PageQueryDto } from '../common/pagination/pagination.js';
import { SELF } from './credit-access.js';
import { AsOfQueryDto, ContributionPageDto, ContributionStatementDto } from './credit-fund.dto.js';
import { APPLICATION_REFUSALS, CreditProblems } from './credit-fund.errors.js';
import { CreditFundReadService } from './credit-fund-read.service.js';
import { LOAN_LOCATION, LoanPageDto, LoanResponseDto, OwnLoanApplicationDto } from './loan.dto.js';
import { LoanApplicationService } from './loan-application.service.js';
import { LoanReadService } from './loan-read.service.js';

/**
 * Self-service: a member's own loans and contributions (users only; no API key scope opens these routes). One
 * loan's details, schedule, repayments and arrears are at /loans/{loanId}/..., where any loan but the member's own
 * is 404 to them. Every route here is MEMBER_NOT_FOUND for an account linked to no member of the cooperative.
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
  @ApiOperation({
    summary: 'List my loans',
    description:
      'A member, from their phone: their own loans and applications in every status, with what each allows next. ' +
      'Refused when the account is linked to no member record of this cooperative. Keyset pagination: pass ' +
      '`nextCursor` back as `cursor`.',
  })
  @ApiOkResponse({ type: LoanPageDto, description: 'A page of the member’s loans.' })
  @CreditProblems('MEMBER_NOT_FOUND', 'INVALID_CURSOR')
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
  @Created(LoanResponseDto, LOAN_LOCATION, 'The application, `applied`.')
  @ApiOperation({
    summary: 'Apply for a loan',
    description:
      'A member applies for themself, dated today, at the bylaws’ interest rate of the day (frozen on the loan). ' +
      'The application is checked against the bylaws: the ceiling (multiple x (paid-up capital + fund ' +
      'contributions)), the longest term, the loans per member (open applications count) and, when the bylaws ' +
      'require it, the guarantors’ pledges; `violations` lists every rule broken. The borrower must be an active ' +
      'member, each guarantor another active member. Audited; the credit committee decides later.',
  })
  @CreditProblems('MEMBER_NOT_FOUND', ...APPLICATION_REFUSALS)
  applyForOwnLoan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: OwnLoanApplicationDto,
  ): Promise<LoanResponseDto> {
    return this.applications.applyOwn(ctx, cooperativeId, body);
  }

  @Get('contributions')
  @CooperativeAccess(SELF)
  @ApiOperation({
    summary: 'List my contributions',
    description:
      'A member, from their phone: their own contributions to the fund by date, oldest first. Keyset pagination: ' +
      'pass `nextCursor` back as `cursor`.',
  })
  @ApiOkResponse({ type: ContributionPageDto, description: 'A page of the member’s contributions.' })
  @CreditProblems('MEMBER_NOT_FOUND', 'INVALID_CURSOR')
  listOwnContributions(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: PageQueryDto,
  ): Promise<ContributionPageDto> {
    return this.fund.ownContributions(ctx, cooperativeId, query);
  }

  @Get('contribution-statement')
  @CooperativeAccess(SELF)
  @ApiOperation({
    summary: 'Read my contribution statement',
    description:
      'A member, from their phone: their contributions to a day (default today) and each recurring plan’s ' +
      'standing: what fell due, what was paid under it, what is outstanding and when the next one is due.',
  })
  @ApiOkResponse({ type: ContributionStatementDto, description: 'The member’s statement on the day.' })
  @CreditProblems('MEMBER_NOT_FOUND', 'INVALID_DATE')
  getOwnContributionStatement(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: AsOfQueryDto,
  ): Promise<ContributionStatementDto> {
    return this.fund.ownStatement(ctx, cooperativeId, query.asOf);
  }
}
