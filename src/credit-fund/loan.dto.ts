import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageDto, PageQueryDto } from '../common/pagination/pagination.js';
import { IsDecimalString } from '../common/validation/decimal.validators.js';
import { IsCalendarDate, IsMultilineText, IsRegisterDate, IsSingleLineText } from '../membership/member.validators.js';
import { REFERENCE_MAX, TEXT_MAX } from './credit-fund.dto.js';
import { LOAN_ACTIONS, LOAN_STATUSES, type LoanAction, type LoanStatus } from './loan-lifecycle.rules.js';
import { MAX_TERM_MONTHS, REPAYMENT_METHODS, type RepaymentMethod } from './repayment-schedule.rules.js';
import { DecisionDateField, DecisionReferenceField, ReasonField } from '../membership/decision-fields.js';

export const MAX_GUARANTORS = 20;
const amountDescription = 'Decimal string, at most the currency’s minor-unit decimals.';

// ---------------------------------------------------------------------------------------------------------------
// Requests

export class GuarantorPledgeDto {
  @ApiProperty({ format: 'uuid', description: 'Another active member of the cooperative.' })
  @IsUUID()
  memberId: string;

  @ApiProperty({ example: '500.00', description: `The part of the loan pledged. ${amountDescription}` })
  @IsDecimalString({ scale: 4, min: '0', minExclusive: true })
  amount: string;
}

/** What a member asks for; the rate comes from the bylaws. */
export class OwnLoanApplicationDto {
  @ApiProperty({ example: '1000.00', description: amountDescription })
  @IsDecimalString({ scale: 4, min: '0', minExclusive: true })
  amount: string;

  @ApiProperty({ example: 'Coffee drying equipment', maxLength: TEXT_MAX })
  @IsString()
  @MaxLength(TEXT_MAX)
  @IsMultilineText()
  purpose: string;

  @ApiProperty({
    minimum: 1,
    maximum: MAX_TERM_MONTHS,
    example: 12,
    description: 'Months; the bylaws set the maximum.',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_TERM_MONTHS)
  termMonths: number;

  @ApiProperty({
    enum: REPAYMENT_METHODS,
    description:
      'annuity: equal instalments; equal_principal: declining instalments; flat: interest on the original amount.',
  })
  @IsIn(REPAYMENT_METHODS)
  method: RepaymentMethod;

  @ApiPropertyOptional({
    type: [GuarantorPledgeDto],
    maxItems: MAX_GUARANTORS,
    description: 'Needed when the bylaws require a guarantee.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_GUARANTORS)
  @ValidateNested({ each: true })
  @Type(() => GuarantorPledgeDto)
  guarantors?: GuarantorPledgeDto[];
}

/** An application recorded by the treasurer or the committee (e.g. from a paper form). */
export class LoanApplicationDto extends OwnLoanApplicationDto {
  @ApiProperty({ format: 'uuid', description: 'The borrower: an active member.' })
  @IsUUID()
  memberId: string;

  @ApiPropertyOptional({ format: 'date', description: 'The day the member applied. Default: today (UTC).' })
  @IsOptional()
  @IsRegisterDate()
  appliedOn?: string;
}

export class LoanApprovalDto {
  @DecisionDateField({ description: 'The committee’s decision date. Default: today (UTC).' })
  decidedOn?: string;

  @DecisionReferenceField({ example: 'Credit committee minute 2025-07' })
  decisionReference?: string;

  @ReasonField()
  reason?: string;
}

export class LoanRejectionDto {
  @DecisionDateField({ description: 'The committee’s decision date. Default: today (UTC).' })
  decidedOn?: string;

  @DecisionReferenceField({ example: 'Credit committee minute 2025-07' })
  decisionReference?: string;

  @ReasonField({ required: true, example: 'The purpose is outside the fund’s rules.' })
  reason: string;
}

export class LoanWriteOffDto {
  @ApiProperty({ format: 'date', description: 'Not before the disbursement or the latest repayment.' })
  @IsRegisterDate()
  writtenOffOn: string;

  @ReasonField({ required: true, example: 'Member deceased; no estate.' })
  reason: string;

  @DecisionReferenceField()
  decisionReference?: string;
}

export class LoanDisbursementDto {
  @ApiProperty({ format: 'date', description: 'Instalment k falls due k months after this day.' })
  @IsRegisterDate()
  disbursedOn: string;

  @ApiPropertyOptional({ maxLength: REFERENCE_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(REFERENCE_MAX)
  @IsSingleLineText()
  reference?: string;
}

export class RepaymentCreateDto {
  @ApiProperty({ example: '88.85', description: `${amountDescription} Never more than the whole balance owed.` })
  @IsDecimalString({ scale: 4, min: '0', minExclusive: true })
  amount: string;

  @ApiProperty({ format: 'date', description: 'Value date; repayments of a loan are recorded in value-date order.' })
  @IsRegisterDate()
  paidOn: string;

  @ApiPropertyOptional({ maxLength: REFERENCE_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(REFERENCE_MAX)
  @IsSingleLineText()
  reference?: string;
}

export class SettlementCreateDto {
  @ApiProperty({ example: '925.76', description: 'Must equal the settlement quote for that day.' })
  @IsDecimalString({ scale: 4, min: '0', minExclusive: true })
  amount: string;

  @ApiProperty({ format: 'date' })
  @IsRegisterDate()
  settledOn: string;

  @ApiPropertyOptional({ maxLength: REFERENCE_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(REFERENCE_MAX)
  @IsSingleLineText()
  reference?: string;
}

export class LoanListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: LOAN_STATUSES })
  @IsOptional()
  @IsIn(LOAN_STATUSES)
  status?: LoanStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  memberId?: string;
}

export class SettlementQuoteQueryDto {
  @ApiProperty({ format: 'date', description: 'The settlement day.' })
  @IsCalendarDate()
  asOf: string;
}

export class SchedulePreviewQueryDto {
  @ApiProperty({ example: '1000.00' })
  @IsDecimalString({ scale: 4, min: '0', minExclusive: true })
  amount: string;

  @ApiProperty({ minimum: 1, maximum: MAX_TERM_MONTHS })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_TERM_MONTHS)
  termMonths: number;

  @ApiProperty({ enum: REPAYMENT_METHODS })
  @IsIn(REPAYMENT_METHODS)
  method: RepaymentMethod;

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  disbursedOn: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Responses

export class GuarantorResponseDto {
  @ApiProperty({ format: 'uuid' })
  memberId: string;

  @ApiProperty({ example: '500.00' })
  pledged: string;

  @ApiProperty({ example: '39.42', description: 'Released as principal came back.' })
  released: string;

  @ApiProperty({ example: '460.58' })
  stillPledged: string;
}

export class LoanResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  memberId: string;

  @ApiProperty({ enum: LOAN_STATUSES })
  status: LoanStatus;

  @ApiProperty({ example: '1000.00' })
  principal: string;

  @ApiProperty()
  purpose: string;

  @ApiProperty()
  termMonths: number;

  @ApiProperty({ enum: REPAYMENT_METHODS })
  method: RepaymentMethod;

  @ApiProperty({ example: '12', description: 'Yearly rate in percent, from the bylaws on the application day.' })
  annualRatePercent: string;

  @ApiProperty({ format: 'date' })
  appliedOn: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '1500.00',
    description: 'Null when paid-up capital was unknown.',
  })
  ceiling: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Paid-up capital the ceiling used; null when unknown.' })
  paidUpCapital: string | null;

  @ApiProperty({ example: '100.00', description: 'Fund contributions the ceiling used.' })
  contributions: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  decidedOn: string | null;

  @ApiProperty({ type: String, nullable: true })
  decisionReason: string | null;

  @ApiProperty({ type: String, nullable: true })
  decisionReference: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  disbursedOn: string | null;

  @ApiProperty({ example: '0.00' })
  principalRepaid: string;

  @ApiProperty({ example: '0.00' })
  interestPaid: string;

  @ApiProperty({ example: '0.00', description: 'Interest given up at an early settlement.' })
  interestWaived: string;

  @ApiProperty({ example: '0.00' })
  principalWrittenOff: string;

  @ApiProperty({
    example: '1000.00',
    description: 'Disbursed principal not repaid or written off (0 before disbursement).',
  })
  principalOutstanding: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  lastPaidOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Repaid in full or written off on.' })
  closedOn: string | null;

  @ApiProperty({ type: String, nullable: true })
  writeOffReason: string | null;

  @ApiProperty({ type: [GuarantorResponseDto] })
  guarantors: GuarantorResponseDto[];

  @ApiProperty({ enum: LOAN_ACTIONS, isArray: true })
  allowedActions: LoanAction[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class LoanPageDto extends PageDto(LoanResponseDto) {}
