import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { PageQueryDto } from '../common/pagination/pagination.js';
import { DECIDE, POST_MONEY, READ, READ_OWN, RECORD_APPLICATION } from './credit-access.js';
import { AsOfQueryDto, LoanArrearsDto } from './credit-fund.dto.js';
import {
  LoanApplicationDto,
  LoanApprovalDto,
  LoanDisbursementDto,
  LoanListQueryDto,
  LoanPageDto,
  LoanRejectionDto,
  LoanResponseDto,
  LoanWriteOffDto,
  RepaymentCreateDto,
  SettlementCreateDto,
  SettlementQuoteQueryDto,
} from './loan.dto.js';
import { RepaymentPageDto, RepaymentResultDto, ScheduleResponseDto, SettlementQuoteDto } from './loan-schedule.dto.js';
import { LoanApplicationService } from './loan-application.service.js';
import { LoanReadService } from './loan-read.service.js';
import { LoanServicingService } from './loan-servicing.service.js';

/**
 * Loans from the solidarity fund: applied -> approved | rejected -> disbursed -> repaid | written_off.
 * The treasurer posts money, the credit committee decides, the board reads; a member reads only their own loans.
 */
@ApiTags('loans')
@Controller('v1/cooperatives/:cooperativeId/loans')
export class LoansController {
  constructor(
    private readonly applications: LoanApplicationService,
    private readonly servicing: LoanServicingService,
    private readonly reads: LoanReadService,
  ) {}

  @Post()
  @CooperativeAccess(RECORD_APPLICATION)
  @Idempotent()
  @ApiOperation({
    summary: 'Record a member’s loan application, checked against the bylaws',
    description:
      'Refused with LOAN_ABOVE_CEILING (ceiling = multiple x (paid-up capital + fund contributions)), ' +
      'TERM_TOO_LONG, TOO_MANY_LOANS (open applications and loans count) or GUARANTEE_REQUIRED; `violations` ' +
      'lists them all. The rate is the bylaws’ rate of the day, frozen on the loan.',
  })
  @ApiCreatedResponse({ type: LoanResponseDto })
  @ApiProblems(400, 404, 409, 422)
  createLoanApplication(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: LoanApplicationDto,
  ): Promise<LoanResponseDto> {
    return this.applications.apply(ctx, cooperativeId, body);
  }

  @Get()
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'Loans and applications (keyset pagination), by status or member' })
  @ApiOkResponse({ type: LoanPageDto })
  @ApiProblems(400, 404)
  listLoans(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: LoanListQueryDto,
  ): Promise<LoanPageDto> {
    return this.reads.list(ctx, cooperativeId, query);
  }

  @Get(':loanId')
  @CooperativeAccess(READ_OWN)
  @ApiOperation({ summary: 'One loan (a member may read only their own)' })
  @ApiOkResponse({ type: LoanResponseDto })
  @ApiProblems(400, 404)
  getLoan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
  ): Promise<LoanResponseDto> {
    return this.reads.get(ctx, cooperativeId, loanId);
  }

  @Get(':loanId/instalments')
  @CooperativeAccess(READ_OWN)
  @ApiOperation({ summary: 'The repayment schedule and what was paid on each instalment (empty before disbursement)' })
  @ApiOkResponse({ type: ScheduleResponseDto })
  @ApiProblems(400, 404)
  getLoanSchedule(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
  ): Promise<ScheduleResponseDto> {
    return this.reads.schedule(ctx, cooperativeId, loanId);
  }

  @Get(':loanId/repayments')
  @CooperativeAccess(READ_OWN)
  @ApiOperation({ summary: 'Repayments of the loan by value date, with their allocation to instalments' })
  @ApiOkResponse({ type: RepaymentPageDto })
  @ApiProblems(400, 404)
  listLoanRepayments(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Query() query: PageQueryDto,
  ): Promise<RepaymentPageDto> {
    return this.reads.repayments(ctx, cooperativeId, loanId, query);
  }

  @Get(':loanId/arrears')
  @CooperativeAccess(READ_OWN)
  @ApiOperation({ summary: 'Days past due and overdue amounts of the loan on a day' })
  @ApiOkResponse({ type: LoanArrearsDto })
  @ApiProblems(400, 404)
  getLoanArrears(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Query() query: AsOfQueryDto,
  ): Promise<LoanArrearsDto> {
    return this.reads.arrears(ctx, cooperativeId, loanId, query.asOf);
  }

  @Get(':loanId/settlement-quote')
  @CooperativeAccess(READ_OWN)
  @ApiOperation({
    summary: 'What repays the loan in full early on a day: principal, interest earned to that day, interest waived',
  })
  @ApiOkResponse({ type: SettlementQuoteDto })
  @ApiProblems(400, 404, 409, 422)
  getSettlementQuote(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Query() query: SettlementQuoteQueryDto,
  ): Promise<SettlementQuoteDto> {
    return this.reads.settlementQuote(ctx, cooperativeId, loanId, query.asOf);
  }

  @Post(':loanId/approve')
  @HttpCode(200)
  @CooperativeAccess(DECIDE)
  @Idempotent()
  @ApiOperation({
    summary: 'The credit committee approves an application (the bylaws are checked again on the decision day)',
  })
  @ApiOkResponse({ type: LoanResponseDto })
  @ApiProblems(400, 404, 409, 422)
  approveLoan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Body() body: LoanApprovalDto,
  ): Promise<LoanResponseDto> {
    return this.applications.approve(ctx, cooperativeId, loanId, body);
  }

  @Post(':loanId/reject')
  @HttpCode(200)
  @CooperativeAccess(DECIDE)
  @Idempotent()
  @ApiOperation({
    summary: 'The credit committee rejects an application (or an approved, undisbursed loan), with a reason',
  })
  @ApiOkResponse({ type: LoanResponseDto })
  @ApiProblems(400, 404, 409, 422)
  rejectLoan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Body() body: LoanRejectionDto,
  ): Promise<LoanResponseDto> {
    return this.applications.reject(ctx, cooperativeId, loanId, body);
  }

  @Post(':loanId/disburse')
  @HttpCode(200)
  @CooperativeAccess(POST_MONEY)
  @Idempotent()
  @ApiOperation({
    summary: 'Pay out an approved loan from the fund and fix its schedule',
    description: 'INSUFFICIENT_FUND_BALANCE when the fund does not hold the amount; nothing is posted then.',
  })
  @ApiOkResponse({ type: LoanResponseDto })
  @ApiProblems(400, 404, 409, 422)
  disburseLoan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Body() body: LoanDisbursementDto,
  ): Promise<LoanResponseDto> {
    return this.servicing.disburse(ctx, cooperativeId, loanId, body);
  }

  @Post(':loanId/repayments')
  @CooperativeAccess(POST_MONEY)
  @Idempotent()
  @ApiOperation({
    summary: 'Post a repayment: overdue interest, then overdue principal, then current and later instalments',
    description:
      'More than the whole balance owed is refused (REPAYMENT_EXCEEDS_BALANCE); money going to instalments not ' +
      'yet due is shown as `prepaid`. The repayment that clears the schedule closes the loan. For an early full ' +
      'repayment without the later interest, use /settle.',
  })
  @ApiCreatedResponse({ type: RepaymentResultDto })
  @ApiProblems(400, 404, 409, 422)
  postLoanRepayment(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Body() body: RepaymentCreateDto,
  ): Promise<RepaymentResultDto> {
    return this.servicing.repay(ctx, cooperativeId, loanId, body);
  }

  @Post(':loanId/settle')
  @CooperativeAccess(POST_MONEY)
  @Idempotent()
  @ApiOperation({
    summary: 'Early full repayment at the day’s settlement quote; later interest is waived and the loan closes',
  })
  @ApiCreatedResponse({ type: RepaymentResultDto })
  @ApiProblems(400, 404, 409, 422)
  settleLoan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Body() body: SettlementCreateDto,
  ): Promise<RepaymentResultDto> {
    return this.servicing.settle(ctx, cooperativeId, loanId, body);
  }

  @Post(':loanId/write-off')
  @HttpCode(200)
  @CooperativeAccess(DECIDE)
  @Idempotent()
  @ApiOperation({
    summary: 'The credit committee writes a disbursed loan off, with a reason; pledges stay as they are',
  })
  @ApiOkResponse({ type: LoanResponseDto })
  @ApiProblems(400, 404, 409, 422)
  writeOffLoan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Body() body: LoanWriteOffDto,
  ): Promise<LoanResponseDto> {
    return this.servicing.writeOff(ctx, cooperativeId, loanId, body);
  }
}
