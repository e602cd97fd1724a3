import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { Created } from '../common/http/created.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { PageQueryDto } from '../common/pagination/pagination.js';
import { DECIDE, POST_MONEY, READ, READ_OWN, RECORD_APPLICATION } from './credit-access.js';
import { AsOfQueryDto, LoanArrearsDto } from './credit-fund.dto.js';
import { APPLICATION_REFUSALS, CreditProblems, LOAN_WRITE_REFUSALS } from './credit-fund.errors.js';
import {
  LoanApplicationDto,
  LoanApprovalDto,
  LoanDisbursementDto,
  LoanListQueryDto,
  LOAN_LOCATION,
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
 * An application is a new loan (201, Location: the loan); a decision or a posting is an action on the loan (200):
 * a repayment is read back in the loan's repayments, it has no address of its own.
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
  @Created(LoanResponseDto, LOAN_LOCATION, 'The application, `applied`.')
  @ApiOperation({
    summary: 'Record a member’s loan application',
    description:
      'The treasurer or the credit committee records an application a member made on paper, dated `appliedOn` ' +
      '(default today), at the bylaws’ interest rate of that day (frozen on the loan). It is checked against the ' +
      'bylaws as when a member applies: the ceiling (multiple x (paid-up capital + fund contributions)), the ' +
      'longest term, the loans per member (open applications count) and the guarantee; `violations` lists every ' +
      'rule broken. An officer may not record their own application. Audited.',
  })
  @CreditProblems('MEMBER_NOT_FOUND', 'CONFLICT_OF_INTEREST', ...APPLICATION_REFUSALS)
  createLoanApplication(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: LoanApplicationDto,
  ): Promise<LoanResponseDto> {
    return this.applications.apply(ctx, cooperativeId, body);
  }

  @Get()
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: 'List loans',
    description:
      'Loans and applications of the cooperative by id, optionally in one status or of one member: for the ' +
      'credit committee, the treasurer, the board and an accounting sync. A member lists their own at ' +
      '/credit-fund/me/loans. Keyset pagination: pass `nextCursor` back as `cursor`.',
  })
  @ApiOkResponse({ type: LoanPageDto, description: 'A page of loans.' })
  @CreditProblems('INVALID_CURSOR')
  listLoans(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: LoanListQueryDto,
  ): Promise<LoanPageDto> {
    return this.reads.list(ctx, cooperativeId, query);
  }

  @Get(':loanId')
  @CooperativeAccess(READ_OWN)
  @ApiOperation({
    summary: 'Read a loan',
    description:
      'One loan: its terms, the figures the bylaws were checked on, the decision, what was repaid, waived or ' +
      'written off, its guarantors’ pledges and the actions its status allows. For the fund’s officers and the ' +
      'board; a member reads only their own loans (any other is not found).',
  })
  @ApiOkResponse({ type: LoanResponseDto, description: 'The loan.' })
  @CreditProblems('LOAN_NOT_FOUND')
  getLoan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
  ): Promise<LoanResponseDto> {
    return this.reads.get(ctx, cooperativeId, loanId);
  }

  @Get(':loanId/instalments')
  @CooperativeAccess(READ_OWN)
  @ApiOperation({
    summary: 'Read a loan’s repayment schedule',
    description:
      'The instalments fixed at disbursement, each with what was paid or waived on it; empty before the loan is ' +
      'disbursed. For the fund’s officers and the board, and for the borrower (any other loan is not found to a ' +
      'member).',
  })
  @ApiOkResponse({ type: ScheduleResponseDto, description: 'The schedule and what was paid on each instalment.' })
  @CreditProblems('LOAN_NOT_FOUND')
  getLoanSchedule(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
  ): Promise<ScheduleResponseDto> {
    return this.reads.schedule(ctx, cooperativeId, loanId);
  }

  @Get(':loanId/repayments')
  @CooperativeAccess(READ_OWN)
  @ApiOperation({
    summary: 'List a loan’s repayments',
    description:
      'The repayments and the early settlement of a loan by value date, each with what went to which instalment. ' +
      'For the fund’s officers and the board, and for the borrower (any other loan is not found to a member). ' +
      'Keyset pagination: pass `nextCursor` back as `cursor`.',
  })
  @ApiOkResponse({ type: RepaymentPageDto, description: 'A page of the loan’s repayments, by value date.' })
  @CreditProblems('LOAN_NOT_FOUND', 'INVALID_CURSOR')
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
  @ApiOperation({
    summary: 'Read a loan’s arrears on a day',
    description:
      'Whether the loan was on the books on a day (default today), its days past due counted from the oldest ' +
      'unpaid instalment, and its overdue principal and interest, from what was paid by that day. For the fund’s ' +
      'officers and the board, and for the borrower (any other loan is not found to a member).',
  })
  @ApiOkResponse({ type: LoanArrearsDto, description: 'The loan’s arrears on the day.' })
  @CreditProblems('LOAN_NOT_FOUND')
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
    summary: 'Quote an early settlement',
    description:
      'What repays a disbursed loan in full on a day: the principal still owed, the interest earned to that day ' +
      '(the running period pro rata) and the scheduled interest given up. Nothing is stored: the treasurer posts ' +
      'the total to /settle on that day. Refused for a loan that is not disbursed, and for a day before its ' +
      'disbursement or its latest repayment. The borrower may ask for their own loan.',
  })
  @ApiOkResponse({ type: SettlementQuoteDto, description: 'The payoff of the day, instalment by instalment.' })
  @CreditProblems('LOAN_NOT_FOUND', 'ILLEGAL_TRANSITION', 'VALUE_DATE_OUT_OF_ORDER')
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
    summary: 'Approve a loan application',
    description:
      'The credit committee approves an application on `decidedOn` (default today; not before the application). ' +
      'The bylaws are checked again on that day, as the member’s figures may have moved since, and the borrower ' +
      'and each guarantor must still be active members. A committee member who is the borrower or a guarantor ' +
      'may not decide. Audited.',
  })
  @ApiOkResponse({ type: LoanResponseDto, description: 'The loan, `approved`.' })
  @CreditProblems(...LOAN_WRITE_REFUSALS, ...APPLICATION_REFUSALS)
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
    summary: 'Reject a loan application',
    description:
      'The credit committee rejects an application, or withdraws the approval of a loan not yet disbursed, with ' +
      'a reason the member reads; nothing has moved in the fund. Dated `decidedOn` (default today; not before the ' +
      'application). A committee member who is the borrower or a guarantor may not decide. Audited.',
  })
  @ApiOkResponse({ type: LoanResponseDto, description: 'The loan, `rejected` (final).' })
  @CreditProblems(...LOAN_WRITE_REFUSALS)
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
    summary: 'Disburse an approved loan',
    description:
      'The treasurer pays an approved loan out of the fund on `disbursedOn` (not before the approval): a ' +
      '`disbursement` entry in the ledger, and the schedule fixed from that day. Refused when the fund does not ' +
      'hold the amount (of two disbursements racing for the last money, one is refused and nothing is posted ' +
      'for it), when the borrower is no longer an active member, and for the treasurer’s own loan. Audited.',
  })
  @ApiOkResponse({ type: LoanResponseDto, description: 'The loan, `disbursed`, with its first due date set.' })
  @CreditProblems(...LOAN_WRITE_REFUSALS, 'MEMBER_NOT_ACTIVE', 'INSUFFICIENT_FUND_BALANCE')
  disburseLoan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Body() body: LoanDisbursementDto,
  ): Promise<LoanResponseDto> {
    return this.servicing.disburse(ctx, cooperativeId, loanId, body);
  }

  @Post(':loanId/repayments')
  @HttpCode(200)
  @CooperativeAccess(POST_MONEY)
  @Idempotent()
  @ApiOperation({
    summary: 'Post a repayment',
    description:
      'The treasurer (or an accounting sync) records money paid back on a disbursed loan, applied to overdue ' +
      'interest, then overdue principal, then the current and later instalments; what goes to instalments not ' +
      'yet due is shown as `prepaid`. More than the whole balance owed is refused, as is a value date before the ' +
      'disbursement or the latest repayment. The repayment that clears the schedule closes the loan and releases the pledges. ' +
      'Audited. For an early full repayment without the later interest, use /settle.',
  })
  @ApiOkResponse({ type: RepaymentResultDto, description: 'The repayment recorded, and the loan after it.' })
  @CreditProblems(...LOAN_WRITE_REFUSALS, 'REPAYMENT_EXCEEDS_BALANCE')
  postLoanRepayment(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Body() body: RepaymentCreateDto,
  ): Promise<RepaymentResultDto> {
    return this.servicing.repay(ctx, cooperativeId, loanId, body);
  }

  @Post(':loanId/settle')
  @HttpCode(200)
  @CooperativeAccess(POST_MONEY)
  @Idempotent()
  @ApiOperation({
    summary: 'Settle a loan early',
    description:
      'The treasurer records an early full repayment on `settledOn`: the amount must be exactly the settlement ' +
      'quote’s total for that day. The later scheduled interest is waived, the loan closes as `repaid` and the ' +
      'guarantors’ pledges are released. Audited.',
  })
  @ApiOkResponse({ type: RepaymentResultDto, description: 'The settlement recorded, and the loan, `repaid`.' })
  @CreditProblems(...LOAN_WRITE_REFUSALS, 'SETTLEMENT_AMOUNT_MISMATCH')
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
    summary: 'Write a loan off',
    description:
      'The credit committee takes a disbursed loan off the books with a reason: the principal still owed leaves ' +
      'the loans outstanding (a `write_off` entry; no cash moves) and the loan closes. The guarantors’ pledges stay ' +
      'as they are: calling the guarantee is a separate decision. Not dated before the disbursement or the latest ' +
      'repayment; a committee member with a stake in the loan may not decide. Audited.',
  })
  @ApiOkResponse({ type: LoanResponseDto, description: 'The loan, `written_off`.' })
  @CreditProblems(...LOAN_WRITE_REFUSALS)
  writeOffLoan(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('loanId', ParseUUIDPipe) loanId: string,
    @Body() body: LoanWriteOffDto,
  ): Promise<LoanResponseDto> {
    return this.servicing.writeOff(ctx, cooperativeId, loanId, body);
  }
}
