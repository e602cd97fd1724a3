import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ApiDate, ApiDateTime, ApiEnum, ApiInteger, ApiMoney, ApiUuid } from '../common/openapi/api-fields.js';
import { PageDto, PageQueryDto } from '../common/pagination/pagination.js';
import { IsDecimalString } from '../common/validation/decimal.validators.js';
import { IsCalendarDate, IsRegisterDate, IsSingleLineText } from '../membership/member.validators.js';
import { CONTRIBUTION_FREQUENCIES, type ContributionFrequency } from './contribution-plan.rules.js';
import { FUND_ENTRY_KINDS, type FundEntryKind } from './fund-entry.entity.js';

export const REFERENCE_MAX = 200;
export const TEXT_MAX = 1000;

/** A positive amount as a decimal string; its scale is checked against the cooperative's currency. */
export const MONEY_EXAMPLE = '250.00';
export const AMOUNT_DESCRIPTION = 'Greater than zero, with at most the currency’s minor-unit decimals.';
const RECEIVED_ON = 'The day the money was received (not in the future).';
const AS_OF = 'The day the figures are for. Default: today (UTC).';

/** The ledger's entries are numbered in posting order: a bigint sequence as a string, not a UUID. */
export const ENTRY_ID_PATTERN = '^\\d{1,19}$';
/** A share of the portfolio, from 0 to 1, with exactly 4 decimals. */
export const RATIO_PATTERN = '^(0\\.\\d{4}|1\\.0000)$';
export const MAX_DAYS_PAST_DUE = 100000;

const ApiContributionFrequency = (options: { description?: string } = {}) =>
  ApiEnum(CONTRIBUTION_FREQUENCIES, 'ContributionFrequency', {
    description: 'One contribution each month, quarter or year, counted from the start date.',
    ...options,
  });

// ---------------------------------------------------------------------------------------------------------------
// Requests

export class DonationCreateDto {
  @ApiMoney({ example: MONEY_EXAMPLE, description: AMOUNT_DESCRIPTION })
  @IsDecimalString({ scale: 4, min: '0', minExclusive: true })
  amount: string;

  @ApiDate({ description: RECEIVED_ON })
  @IsRegisterDate()
  receivedOn: string;

  @ApiProperty({ example: 'Fundación Café Solidario', maxLength: REFERENCE_MAX })
  @IsString()
  @MaxLength(REFERENCE_MAX)
  @IsSingleLineText()
  donor: string;

  @ApiPropertyOptional({
    example: 'REC-2025-0042',
    maxLength: REFERENCE_MAX,
    description: 'Receipt or bank reference.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(REFERENCE_MAX)
  @IsSingleLineText()
  reference?: string;
}

export class ContributionCreateDto {
  @ApiUuid({ description: 'The contributing member: active or suspended.' })
  @IsUUID()
  memberId: string;

  @ApiMoney({ example: '10.00', description: AMOUNT_DESCRIPTION })
  @IsDecimalString({ scale: 4, min: '0', minExclusive: true })
  amount: string;

  @ApiDate({ description: RECEIVED_ON })
  @IsRegisterDate()
  contributedOn: string;

  @ApiUuid({ required: false, description: 'The member’s recurring plan this payment belongs to.' })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional({ maxLength: REFERENCE_MAX, description: 'Receipt or bank reference.' })
  @IsOptional()
  @IsString()
  @MaxLength(REFERENCE_MAX)
  @IsSingleLineText()
  reference?: string;
}

export class ContributionPlanCreateDto {
  @ApiUuid({ description: 'An active member.' })
  @IsUUID()
  memberId: string;

  @ApiMoney({ example: '10.00', description: `Each contribution. ${AMOUNT_DESCRIPTION}` })
  @IsDecimalString({ scale: 4, min: '0', minExclusive: true })
  amount: string;

  @ApiContributionFrequency()
  @IsIn(CONTRIBUTION_FREQUENCIES)
  frequency: ContributionFrequency;

  @ApiDate({ description: 'The first contribution’s date.' })
  @IsCalendarDate()
  startsOn: string;

  @ApiDate({
    required: false,
    description: 'The last day of the commitment (not before its start); none while it runs.',
  })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string;
}

export class ContributionPlanEndDto {
  @ApiDate({ description: 'The last day of the commitment: not before its start, and before its current end.' })
  @IsCalendarDate()
  endsOn: string;
}

export class EntryListQueryDto extends PageQueryDto {
  @ApiEnum(FUND_ENTRY_KINDS, 'FundEntryKind', { required: false, description: 'Only entries of this kind.' })
  @IsOptional()
  @IsIn(FUND_ENTRY_KINDS)
  kind?: FundEntryKind;

  @ApiUuid({ required: false, description: 'Only the entries of this loan.' })
  @IsOptional()
  @IsUUID()
  loanId?: string;

  @ApiUuid({ required: false, description: 'Only the entries of this member (contributions, loans).' })
  @IsOptional()
  @IsUUID()
  memberId?: string;
}

export class MemberFilterQueryDto extends PageQueryDto {
  @ApiUuid({ required: false, description: 'Only this member’s.' })
  @IsOptional()
  @IsUUID()
  memberId?: string;
}

export class AsOfQueryDto {
  @ApiDate({ required: false, description: AS_OF })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class ArrearsQueryDto extends PageQueryDto {
  @ApiDate({ required: false, description: AS_OF })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;

  @ApiInteger({
    required: false,
    minimum: 0,
    maximum: MAX_DAYS_PAST_DUE,
    default: 1,
    description: 'Only loans at least this many days past due (0: every loan on the books).',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_DAYS_PAST_DUE)
  minDaysPastDue: number = 1;
}

// ---------------------------------------------------------------------------------------------------------------
// Responses

export class FundEntryResponseDto {
  @ApiProperty({
    type: 'string',
    pattern: ENTRY_ID_PATTERN,
    example: '42',
    description: 'The entry’s number in the ledger: a string of digits that increases in posting order (not a UUID).',
  })
  id: string;

  @ApiEnum(FUND_ENTRY_KINDS, 'FundEntryKind', {
    description:
      'contribution, surplus_allocation and donation bring money in; disbursement pays a loan out; ' +
      'repayment_principal and repayment_interest bring it back; write_off takes principal off the books, no cash.',
  })
  kind: FundEntryKind;

  @ApiMoney({ example: MONEY_EXAMPLE, description: 'Always positive; the kind says which way the money went.' })
  amount: string;

  @ApiMoney({ example: '12000.00', description: 'Fund balance once posted (a write-off moves no cash).' })
  balanceAfter: string;

  @ApiDate({ description: 'The day the money moved.' })
  valueDate: string;

  @ApiUuid({ nullable: true, description: 'The contributing member or the borrower.' })
  memberId: string | null;

  @ApiUuid({ nullable: true })
  loanId: string | null;

  @ApiUuid({ nullable: true })
  contributionId: string | null;

  @ApiUuid({ nullable: true })
  repaymentId: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Surplus distribution or receipt reference.' })
  externalRef: string | null;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiDateTime()
  recordedAt: string;
}

export class FundEntryPageDto extends PageDto(FundEntryResponseDto) {}

export class FundTotalsDto {
  @ApiMoney({ example: '1200.00', description: 'Member contributions.' })
  contributions: string;

  @ApiMoney({ example: '0.00', description: 'Allocations from the surplus.' })
  surplusAllocations: string;

  @ApiMoney({ example: '0.00' })
  donations: string;

  @ApiMoney({ example: '1000.00', description: 'Principal paid out to borrowers.' })
  disbursements: string;

  @ApiMoney({ example: '78.85' })
  principalRepaid: string;

  @ApiMoney({ example: '10.00' })
  interestReceived: string;

  @ApiMoney({ example: '0.00', description: 'Principal taken off the books.' })
  writtenOff: string;
}

export class CreditFundResponseDto {
  @ApiProperty({ example: 'EUR', description: 'The cooperative’s currency (ISO 4217).' })
  currency: string;

  @ApiMoney({ example: '12000.00', description: 'Money available to lend; never below zero.' })
  balance: string;

  @ApiMoney({ example: '3000.00', description: 'Principal lent and not yet repaid or written off.' })
  loansOutstanding: string;

  @ApiProperty({ type: FundTotalsDto, description: 'Sum of the ledger entries of each kind.' })
  totals: FundTotalsDto;
}

export class ContributionResponseDto {
  @ApiUuid()
  id: string;

  @ApiUuid()
  memberId: string;

  @ApiUuid({ nullable: true, description: 'The recurring plan it was paid under, if any.' })
  planId: string | null;

  @ApiMoney({ example: '10.00' })
  amount: string;

  @ApiDate()
  contributedOn: string;

  @ApiProperty({ type: String, nullable: true })
  reference: string | null;

  @ApiDateTime()
  recordedAt: string;
}

export class ContributionPageDto extends PageDto(ContributionResponseDto) {}

export class ContributionPlanResponseDto {
  @ApiUuid()
  id: string;

  @ApiUuid()
  memberId: string;

  @ApiMoney({ example: '10.00', description: 'Each contribution.' })
  amount: string;

  @ApiContributionFrequency()
  frequency: ContributionFrequency;

  @ApiDate()
  startsOn: string;

  @ApiDate({ nullable: true, description: 'Null while the plan runs.' })
  endsOn: string | null;

  @ApiDateTime()
  createdAt: string;
}

export class ContributionPlanPageDto extends PageDto(ContributionPlanResponseDto) {}

export class PlanStandingDto extends ContributionPlanResponseDto {
  @ApiInteger({ minimum: 0, example: 4, description: 'Contributions fallen due by the as-of date.' })
  dueCount: number;

  @ApiMoney({ example: '40.00' })
  dueAmount: string;

  @ApiMoney({ example: '30.00', description: 'Contributions posted under this plan by the as-of date.' })
  paidAmount: string;

  @ApiMoney({ example: '10.00', description: 'Due minus paid, never below zero.' })
  outstanding: string;

  @ApiDate({ nullable: true, description: 'The next contribution after the as-of date; null once the plan ends.' })
  nextDueOn: string | null;
}

export class ContributionStatementDto {
  @ApiUuid()
  memberId: string;

  @ApiDate()
  asOf: string;

  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiMoney({ example: '120.00', description: 'All contributions on or before the as-of date.' })
  total: string;

  @ApiInteger({ minimum: 0, example: 12, description: 'How many contributions make the total.' })
  count: number;

  @ApiDate({ nullable: true })
  lastContributionOn: string | null;

  @ApiProperty({ type: [PlanStandingDto], description: 'Recurring plans started by the as-of date.' })
  plans: PlanStandingDto[];
}

export class PortfolioResponseDto {
  @ApiDate()
  asOf: string;

  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiInteger({
    minimum: 0,
    example: 25,
    description: 'Loans on the books that day: disbursed, not yet repaid or written off.',
  })
  loanCount: number;

  @ApiMoney({ example: '5000.00' })
  outstandingPrincipal: string;

  @ApiInteger({ minimum: 0, example: 3, description: 'Loans more than 30 days past due.' })
  par30LoanCount: number;

  @ApiMoney({ example: '1000.00', description: 'Their whole outstanding principal.' })
  par30Principal: string;

  @ApiProperty({
    type: 'string',
    pattern: RATIO_PATTERN,
    example: '0.2000',
    description: 'PAR30: par30Principal / outstandingPrincipal, rounded half-up to 4 decimals (0.0000 with no loan).',
  })
  par30Ratio: string;

  @ApiInteger({ minimum: 0, example: 0, description: 'Loans more than 90 days past due.' })
  par90LoanCount: number;

  @ApiMoney({ example: '0.00', description: 'Their whole outstanding principal.' })
  par90Principal: string;

  @ApiProperty({
    type: 'string',
    pattern: RATIO_PATTERN,
    example: '0.0000',
    description: 'PAR90: par90Principal / outstandingPrincipal, rounded half-up to 4 decimals.',
  })
  par90Ratio: string;
}

export class LoanArrearsDto {
  @ApiUuid()
  loanId: string;

  @ApiUuid({ description: 'The borrower.' })
  memberId: string;

  @ApiDate()
  asOf: string;

  @ApiProperty({ description: 'Disbursed by that day and not yet repaid or written off.' })
  onBooks: boolean;

  @ApiInteger({
    minimum: 0,
    example: 31,
    description: 'Days from the oldest unpaid instalment’s due date (0 when none is late).',
  })
  daysPastDue: number;

  @ApiDate({ nullable: true })
  oldestUnpaidDueOn: string | null;

  @ApiMoney({ example: '78.85' })
  overduePrincipal: string;

  @ApiMoney({ example: '10.00' })
  overdueInterest: string;

  @ApiMoney({ example: '88.85' })
  overdueTotal: string;

  @ApiMoney({ example: '1000.00' })
  outstandingPrincipal: string;
}

export class LoanArrearsPageDto extends PageDto(LoanArrearsDto) {
  @ApiDate()
  asOf: string;
}
