import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageDto, PageQueryDto } from '../common/pagination/pagination.js';
import { IsDecimalString } from '../common/validation/decimal.validators.js';
import { IsCalendarDate, IsRegisterDate, IsSingleLineText } from '../membership/member.validators.js';
import { CONTRIBUTION_FREQUENCIES, type ContributionFrequency } from './contribution-plan.rules.js';
import { FUND_ENTRY_KINDS, type FundEntryKind } from './fund-entry.entity.js';

export const REFERENCE_MAX = 200;
export const TEXT_MAX = 1000;

/** A positive amount as a decimal string; its scale is checked against the cooperative's currency. */
export const MONEY_EXAMPLE = '250.00';
const amountDescription = 'Decimal string, at most the currency’s minor-unit decimals.';

// ---------------------------------------------------------------------------------------------------------------
// Requests

export class DonationCreateDto {
  @ApiProperty({ example: MONEY_EXAMPLE, description: amountDescription })
  @IsDecimalString({ scale: 4, min: '0', minExclusive: true })
  amount: string;

  @ApiProperty({ format: 'date', description: 'The day the money was received (not in the future).' })
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
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  memberId: string;

  @ApiProperty({ example: '10.00', description: amountDescription })
  @IsDecimalString({ scale: 4, min: '0', minExclusive: true })
  amount: string;

  @ApiProperty({ format: 'date', description: 'The day the money was received (not in the future).' })
  @IsRegisterDate()
  contributedOn: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The member’s recurring plan this payment belongs to.' })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional({ maxLength: REFERENCE_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(REFERENCE_MAX)
  @IsSingleLineText()
  reference?: string;
}

export class ContributionPlanCreateDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  memberId: string;

  @ApiProperty({ example: '10.00', description: amountDescription })
  @IsDecimalString({ scale: 4, min: '0', minExclusive: true })
  amount: string;

  @ApiProperty({ enum: CONTRIBUTION_FREQUENCIES })
  @IsIn(CONTRIBUTION_FREQUENCIES)
  frequency: ContributionFrequency;

  @ApiProperty({ format: 'date', description: 'The first contribution’s date.' })
  @IsCalendarDate()
  startsOn: string;

  @ApiPropertyOptional({ format: 'date', description: 'The last day of the commitment; none while it runs.' })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string;
}

export class ContributionPlanEndDto {
  @ApiProperty({ format: 'date', description: 'The last day of the commitment (not before its start).' })
  @IsCalendarDate()
  endsOn: string;
}

export class EntryListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: FUND_ENTRY_KINDS })
  @IsOptional()
  @IsIn(FUND_ENTRY_KINDS)
  kind?: FundEntryKind;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  loanId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  memberId?: string;
}

export class MemberFilterQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  memberId?: string;
}

export class AsOfQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'Default: today (UTC).' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class ArrearsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'Default: today (UTC).' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;

  @ApiPropertyOptional({ minimum: 0, default: 1, description: 'Only loans at least this many days past due.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100000)
  minDaysPastDue: number = 1;
}

// ---------------------------------------------------------------------------------------------------------------
// Responses

export class FundEntryResponseDto {
  @ApiProperty({ example: '42', description: 'Increases in posting order.' })
  id: string;

  @ApiProperty({ enum: FUND_ENTRY_KINDS })
  kind: FundEntryKind;

  @ApiProperty({ example: MONEY_EXAMPLE, description: 'Always positive; the kind says which way the money went.' })
  amount: string;

  @ApiProperty({ example: '12000.00', description: 'Fund balance once posted (a write-off moves no cash).' })
  balanceAfter: string;

  @ApiProperty({ format: 'date' })
  valueDate: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  memberId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  loanId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  contributionId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  repaymentId: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Surplus distribution or receipt reference.' })
  externalRef: string | null;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}

export class FundEntryPageDto extends PageDto(FundEntryResponseDto) {}

export class FundTotalsDto {
  @ApiProperty({ example: '1200.00', description: 'Member contributions.' })
  contributions: string;

  @ApiProperty({ example: '0.00', description: 'Allocations from the surplus.' })
  surplusAllocations: string;

  @ApiProperty({ example: '0.00' })
  donations: string;

  @ApiProperty({ example: '1000.00' })
  disbursements: string;

  @ApiProperty({ example: '78.85' })
  principalRepaid: string;

  @ApiProperty({ example: '10.00' })
  interestReceived: string;

  @ApiProperty({ example: '0.00' })
  writtenOff: string;
}

export class CreditFundResponseDto {
  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiProperty({ example: '12000.00', description: 'Money available to lend.' })
  balance: string;

  @ApiProperty({ example: '3000.00', description: 'Principal lent and not yet repaid or written off.' })
  loansOutstanding: string;

  @ApiProperty({ type: FundTotalsDto, description: 'Sum of the ledger entries of each kind.' })
  totals: FundTotalsDto;
}

export class ContributionResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  memberId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  planId: string | null;

  @ApiProperty({ example: '10.00' })
  amount: string;

  @ApiProperty({ format: 'date' })
  contributedOn: string;

  @ApiProperty({ type: String, nullable: true })
  reference: string | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}

export class ContributionPageDto extends PageDto(ContributionResponseDto) {}

export class ContributionPlanResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  memberId: string;

  @ApiProperty({ example: '10.00' })
  amount: string;

  @ApiProperty({ enum: CONTRIBUTION_FREQUENCIES })
  frequency: ContributionFrequency;

  @ApiProperty({ format: 'date' })
  startsOn: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  endsOn: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class ContributionPlanPageDto extends PageDto(ContributionPlanResponseDto) {}

export class PlanStandingDto extends ContributionPlanResponseDto {
  @ApiProperty({ description: 'Contributions fallen due by the as-of date.' })
  dueCount: number;

  @ApiProperty({ example: '40.00' })
  dueAmount: string;

  @ApiProperty({ example: '30.00', description: 'Contributions posted under this plan by the as-of date.' })
  paidAmount: string;

  @ApiProperty({ example: '10.00', description: 'Due minus paid, never below zero.' })
  outstanding: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  nextDueOn: string | null;
}

export class ContributionStatementDto {
  @ApiProperty({ format: 'uuid' })
  memberId: string;

  @ApiProperty({ format: 'date' })
  asOf: string;

  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiProperty({ example: '120.00', description: 'All contributions on or before the as-of date.' })
  total: string;

  @ApiProperty({ description: 'How many contributions make the total.' })
  count: number;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  lastContributionOn: string | null;

  @ApiProperty({ type: [PlanStandingDto], description: 'Recurring plans started by the as-of date.' })
  plans: PlanStandingDto[];
}

export class PortfolioResponseDto {
  @ApiProperty({ format: 'date' })
  asOf: string;

  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiProperty({ description: 'Loans on the books that day: disbursed, not yet repaid or written off.' })
  loanCount: number;

  @ApiProperty({ example: '5000.00' })
  outstandingPrincipal: string;

  @ApiProperty({ description: 'Loans more than 30 days past due.' })
  par30LoanCount: number;

  @ApiProperty({ example: '1000.00', description: 'Their whole outstanding principal.' })
  par30Principal: string;

  @ApiProperty({ example: '0.2000', description: 'par30Principal / outstandingPrincipal, 4 decimals.' })
  par30Ratio: string;

  @ApiProperty()
  par90LoanCount: number;

  @ApiProperty({ example: '0.00' })
  par90Principal: string;

  @ApiProperty({ example: '0.0000' })
  par90Ratio: string;
}

export class LoanArrearsDto {
  @ApiProperty({ format: 'uuid' })
  loanId: string;

  @ApiProperty({ format: 'uuid' })
  memberId: string;

  @ApiProperty({ format: 'date' })
  asOf: string;

  @ApiProperty({ description: 'Disbursed by that day and not yet repaid or written off.' })
  onBooks: boolean;

  @ApiProperty({ description: 'Days from the oldest unpaid instalment’s due date (0 when none is late).' })
  daysPastDue: number;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  oldestUnpaidDueOn: string | null;

  @ApiProperty({ example: '78.85' })
  overduePrincipal: string;

  @ApiProperty({ example: '10.00' })
  overdueInterest: string;

  @ApiProperty({ example: '88.85' })
  overdueTotal: string;

  @ApiProperty({ example: '1000.00' })
  outstandingPrincipal: string;
}

export class LoanArrearsPageDto extends PageDto(LoanArrearsDto) {
  @ApiProperty({ format: 'date' })
  asOf: string;
}
