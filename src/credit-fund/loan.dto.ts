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
import { ApiDate, ApiDateTime, ApiEnum, ApiInteger, ApiMoney, ApiUuid } from '../common/openapi/api-fields.js';
import { PageDto, PageQueryDto } from '../common/pagination/pagination.js';
import { IsDecimalString } from '../common/validation/decimal.validators.js';
import { IsCalendarDate, IsMultilineText, IsRegisterDate, IsSingleLineText } from '../membership/member.validators.js';
import { AMOUNT_DESCRIPTION, REFERENCE_MAX, TEXT_MAX } from './credit-fund.dto.js';
import { LOAN_ACTIONS, LOAN_STATUSES, type LoanAction, type LoanStatus } from './loan-lifecycle.rules.js';
import { MAX_TERM_MONTHS, REPAYMENT_METHODS, type RepaymentMethod } from './repayment-schedule.rules.js';
import { DecisionDateField, DecisionReferenceField, ReasonField } from '../membership/decision-fields.js';

export const MAX_GUARANTORS = 20;
/** Where a loan is read: the Location of a new application. */
export const LOAN_LOCATION = '/v1/cooperatives/{cooperativeId}/loans/{id}';
/** A yearly rate in percent as the bylaws hold it (numeric(5, 2)): `12`, `12.5`, `0`. */
export const RATE_PERCENT_PATTERN = '^\\d{1,3}(\\.\\d{1,2})?$';

const METHOD_DESCRIPTION =
  'annuity: equal instalments; equal_principal: the same principal each month, declining instalments; flat: ' +
  'interest on the original amount every month. At a rate of 0 all three are interest-free.';
const ApiRepaymentMethod = (options: { description?: string } = {}) =>
  ApiEnum(REPAYMENT_METHODS, 'RepaymentMethod', { description: METHOD_DESCRIPTION, ...options });
const ApiTermMonths = (description: string) =>
  ApiInteger({ minimum: 1, maximum: MAX_TERM_MONTHS, example: 12, description });

// ---------------------------------------------------------------------------------------------------------------
// Requests

export class GuarantorPledgeDto {
  @ApiUuid({ description: 'Another active member of the cooperative, listed once.' })
  @IsUUID()
  memberId: string;

  @ApiMoney({ example: '500.00', description: `The part of the loan pledged. ${AMOUNT_DESCRIPTION}` })
  @IsDecimalString({ scale: 4, min: '0', minExclusive: true })
  amount: string;
}

/** What a member asks for; the rate comes from the bylaws. */
export class OwnLoanApplicationDto {
  @ApiMoney({ example: '1000.00', description: `The principal asked for. ${AMOUNT_DESCRIPTION}` })
  @IsDecimalString({ scale: 4, min: '0', minExclusive: true })
  amount: string;

  @ApiProperty({ example: 'Coffee drying equipment', maxLength: TEXT_MAX })
  @IsString()
  @MaxLength(TEXT_MAX)
  @IsMultilineText()
  purpose: string;

  @ApiTermMonths('Months, one instalment each; the bylaws’ loanMaxTermMonths is the longest allowed.')
  @IsInt()
  @Min(1)
  @Max(MAX_TERM_MONTHS)
  termMonths: number;

  @ApiRepaymentMethod()
  @IsIn(REPAYMENT_METHODS)
  method: RepaymentMethod;

  @ApiPropertyOptional({
    type: [GuarantorPledgeDto],
    maxItems: MAX_GUARANTORS,
    description: 'Needed when the bylaws require a guarantee: the pledges must cover their percentage of the amount.',
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
  @ApiUuid({ description: 'The borrower: an active member.' })
  @IsUUID()
  memberId: string;

  @ApiDate({ required: false, description: 'The day the member applied (not in the future). Default: today (UTC).' })
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
  @ApiDate({ description: 'Not before the disbursement or the latest repayment, nor in the future.' })
  @IsRegisterDate()
  writtenOffOn: string;

  @ReasonField({ required: true, example: 'Member deceased; no estate.' })
  reason: string;

  @DecisionReferenceField()
  decisionReference?: string;
}

export class LoanDisbursementDto {
  @ApiDate({
    description: 'Not before the approval, nor in the future. Instalment k falls due k months after this day.',
  })
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
  @ApiMoney({ example: '88.85', description: `${AMOUNT_DESCRIPTION} Never more than the whole balance owed.` })
  @IsDecimalString({ scale: 4, min: '0', minExclusive: true })
  amount: string;

  @ApiDate({
    description:
      'Value date, not in the future; repayments of a loan are recorded in value-date order (not before the ' +
      'latest one).',
  })
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
  @ApiMoney({ example: '925.76', description: 'Must equal the settlement quote’s total for that day.' })
  @IsDecimalString({ scale: 4, min: '0', minExclusive: true })
  amount: string;

  @ApiDate({ description: 'Not before the disbursement or the latest repayment, nor in the future.' })
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
  @ApiEnum(LOAN_STATUSES, 'LoanStatus', { required: false, description: 'Only loans in this status.' })
  @IsOptional()
  @IsIn(LOAN_STATUSES)
  status?: LoanStatus;

  @ApiUuid({ required: false, description: 'Only this member’s loans.' })
  @IsOptional()
  @IsUUID()
  memberId?: string;
}

export class SettlementQuoteQueryDto {
  @ApiDate({ description: 'The settlement day: not before the disbursement or the latest repayment.' })
  @IsCalendarDate()
  asOf: string;
}

export class SchedulePreviewQueryDto {
  @ApiMoney({ example: '1000.00', description: `The principal. ${AMOUNT_DESCRIPTION}` })
  @IsDecimalString({ scale: 4, min: '0', minExclusive: true })
  amount: string;

  @ApiTermMonths('Months, one instalment each.')
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_TERM_MONTHS)
  termMonths: number;

  @ApiRepaymentMethod()
  @IsIn(REPAYMENT_METHODS)
  method: RepaymentMethod;

  @ApiDate({ description: 'Instalment k would fall due k months after this day.' })
  @IsCalendarDate()
  disbursedOn: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Responses

export class GuarantorResponseDto {
  @ApiUuid({ description: 'The guarantor.' })
  memberId: string;

  @ApiMoney({ example: '500.00' })
  pledged: string;

  @ApiMoney({
    example: '39.42',
    description: 'Released in proportion to the principal repaid (rounded down); all of it once repaid in full.',
  })
  released: string;

  @ApiMoney({ example: '460.58' })
  stillPledged: string;
}

export class LoanResponseDto {
  @ApiUuid()
  id: string;

  @ApiUuid({ description: 'The borrower.' })
  memberId: string;

  @ApiEnum(LOAN_STATUSES, 'LoanStatus', {
    description:
      'applied -> approved | rejected; approved -> disbursed (or rejected); disbursed -> repaid | written_off.',
  })
  status: LoanStatus;

  @ApiMoney({ example: '1000.00' })
  principal: string;

  @ApiProperty()
  purpose: string;

  @ApiTermMonths('Months, one instalment each.')
  termMonths: number;

  @ApiRepaymentMethod()
  method: RepaymentMethod;

  @ApiProperty({
    type: 'string',
    pattern: RATE_PERCENT_PATTERN,
    example: '12',
    description:
      'Yearly rate in percent, from the bylaws on the application day; a decimal string, 0 when interest-free.',
  })
  annualRatePercent: string;

  @ApiDate()
  appliedOn: string;

  @ApiMoney({
    nullable: true,
    example: '1500.00',
    description:
      'The bylaws’ ceiling on the application day: multiple x (paid-up capital + contributions). Null when ' +
      'paid-up capital was unknown.',
  })
  ceiling: string | null;

  @ApiMoney({ nullable: true, description: 'Paid-up capital the ceiling used; null when unknown.' })
  paidUpCapital: string | null;

  @ApiMoney({ example: '100.00', description: 'Fund contributions the ceiling used.' })
  contributions: string;

  @ApiDate({ nullable: true, description: 'The committee’s decision date.' })
  decidedOn: string | null;

  @ApiProperty({ type: String, nullable: true })
  decisionReason: string | null;

  @ApiProperty({ type: String, nullable: true })
  decisionReference: string | null;

  @ApiDate({ nullable: true })
  disbursedOn: string | null;

  @ApiMoney({ example: '0.00' })
  principalRepaid: string;

  @ApiMoney({ example: '0.00' })
  interestPaid: string;

  @ApiMoney({ example: '0.00', description: 'Interest given up at an early settlement.' })
  interestWaived: string;

  @ApiMoney({ example: '0.00' })
  principalWrittenOff: string;

  @ApiMoney({
    example: '1000.00',
    description: 'Disbursed principal not repaid or written off (0 before disbursement).',
  })
  principalOutstanding: string;

  @ApiDate({ nullable: true, description: 'The latest repayment’s value date.' })
  lastPaidOn: string | null;

  @ApiDate({ nullable: true, description: 'Repaid in full or written off on.' })
  closedOn: string | null;

  @ApiProperty({ type: String, nullable: true })
  writeOffReason: string | null;

  @ApiProperty({ type: [GuarantorResponseDto] })
  guarantors: GuarantorResponseDto[];

  @ApiEnum(LOAN_ACTIONS, 'LoanAction', {
    isArray: true,
    description: 'An action on a loan; `allowedActions` lists those its status allows (repay_in_full: settle early).',
  })
  allowedActions: LoanAction[];

  @ApiDateTime()
  createdAt: string;

  @ApiDateTime()
  updatedAt: string;
}

export class LoanPageDto extends PageDto(LoanResponseDto) {}
