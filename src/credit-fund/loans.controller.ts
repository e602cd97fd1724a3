import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../auth/access.decorator.js';
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
  RepaymentPageDto,
  RepaymentResultDto,
  ScheduleResponseDto,
  SettlementCreateDto,
  SettlementQuoteDto,
  SettlementQuoteQueryDto,
} from './loan.dto.js';
import { LoanService } from './loan.service.js';

/**
 * Loans from the solidarity fund: applied -> approved | rejected -> disbursed -> repaid | written_off.
 * The treasurer posts money, the credit committee decides, the board reads; a member reads only their own loans.
 */
@ApiTags('loans')
@Controller('v1/cooperatives/:cooperativeId/loans')
export class LoansController {
  constructor(private readonly loans: LoanService) {}

  @Post()
  @CooperativeAccess(RECORD_APPLICATION)
  @Idempotent()
  @ApiOperation({
    summary: 'Record a member’s loan application, checked against the bylaws',
    description:
      'Refused with LOAN_ABOVE_CEILING (ceiling = multiple x (paid-up capital + fund contributions)), ' +
      'TERM_TOO_LONG, TOO_MANY_LOANS (open applications and loans count) or GUARANTEE_REQUIRED; `violations` ' +
      'lists them all. PAID_UP_CAPITAL_UNKNOWN when the amount exceeds multiple x contributions and no share ' +
      'capital figure is available. The rate is the bylaws’ rate of the day, frozen on the loan.',
  })
  @ApiCreatedResponse({ type: LoanResponseDto })
  @ApiProblems(400, 404, 409, 422)
  createLoanApplication(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: LoanApplicationDto,
  ): Promise<LoanResponseDto> {
    return this.loans.apply(cooperativeId, body);
  }

  @Get()
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'Loans and applications (keyset pagination), by status or member' })
  @ApiOkResponse({ type: LoanPageDto })
  @ApiProblems(400, 404)
  listLoans(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: LoanListQueryDto,
  ): Promise<LoanPageDto> {
    return this.loans.list(cooperativeId, query);
  }

  @Get(':loanId')
  @CooperativeAccess(READ_OWN)
  @ApiOperation({ summary: 'One loan (a member may read only their own)' })
  @ApiOkResponse({ type: LoanResponseDto })
  @ApiProblems(400, 404)
  getLoan(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
  ): Promise<LoanResponseDto> {
    return this.loans.get(cooperativeId, loanId);
  }

  @Get(':loanId/instalments')
  @CooperativeAccess(READ_OWN)
  @ApiOperation({ summary: 'The repayment schedule and what was paid on each instalment (empty before disbursement)' })
  @ApiOkResponse({ type: ScheduleResponseDto })
  @ApiProblems(400, 404)
  getLoanSchedule(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
  ): Promise<ScheduleResponseDto> {
    return this.loans.schedule(cooperativeId, loanId);
  }

  @Get(':loanId/repayments')
  @CooperativeAccess(READ_OWN)
  @ApiOperation({ summary: 'Repayments of the loan by value date, with their allocation to instalments' })
  @ApiOkResponse({ type: RepaymentPageDto })
  @ApiProblems(400, 404)
  listLoanRepayments(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Query() query: PageQueryDto,
  ): Promise<RepaymentPageDto> {
    return this.loans.repayments(cooperativeId, loanId, query);
  }

  @Get(':loanId/arrears')
  @CooperativeAccess(READ_OWN)
  @ApiOperation({ summary: 'Days past due and overdue amounts of the loan on a day' })
  @ApiOkResponse({ type: LoanArrearsDto })
  @ApiProblems(400, 404)
  getLoanArrears(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Query() query: AsOfQueryDto,
  ): Promise<LoanArrearsDto> {
    return this.loans.arrears(cooperativeId, loanId, query.asOf);
  }

  @Get(':loanId/settlement-quote')
  @CooperativeAccess(READ_OWN)
  @ApiOperation({
    summary: 'What repays the loan in full early on a day: principal, interest earned to that day, interest waived',
  })
  @ApiOkResponse({ type: SettlementQuoteDto })
  @ApiProblems(400, 404, 409, 422)
  getSettlementQuote(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Query() query: SettlementQuoteQueryDto,
  ): Promise<SettlementQuoteDto> {
    return this.loans.settlementQuote(cooperativeId, loanId, query.asOf);
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
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Body() body: LoanApprovalDto,
  ): Promise<LoanResponseDto> {
    return this.loans.approve(cooperativeId, loanId, body);
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
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Body() body: LoanRejectionDto,
  ): Promise<LoanResponseDto> {
    return this.loans.reject(cooperativeId, loanId, body);
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
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Body() body: LoanDisbursementDto,
  ): Promise<LoanResponseDto> {
    return this.loans.disburse(cooperativeId, loanId, body);
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
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Body() body: RepaymentCreateDto,
  ): Promise<RepaymentResultDto> {
    return this.loans.repay(cooperativeId, loanId, body);
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
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Body() body: SettlementCreateDto,
  ): Promise<RepaymentResultDto> {
    return this.loans.settle(cooperativeId, loanId, body);
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
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Body() body: LoanWriteOffDto,
  ): Promise<LoanResponseDto> {
    return this.loans.writeOff(cooperativeId, loanId, body);
  }
}
