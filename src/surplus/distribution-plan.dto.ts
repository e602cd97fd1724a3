import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsPercent } from '../common/validation/decimal.validators.js';
import { REFUND_MODES, type RefundMode } from '../cooperatives/bylaws.rules.js';
import { IsCalendarDate, IsSingleLineText } from '../membership/member.validators.js';
import { PLAN_ACTIONS, PLAN_STATUSES, type PlanAction, type PlanStatus } from './plan-lifecycle.rules.js';
import { REFERENCE_MAX } from './fiscal-year.dto.js';
import { PageDto } from '../common/pagination/pagination.js';
import { ReasonField } from '../membership/decision-fields.js';
import {
  ApiDate,
  ApiDateTime,
  ApiDecimal,
  ApiEnum,
  ApiInteger,
  ApiMoney,
  ApiPercent,
  ApiUuid,
} from '../common/openapi/api-fields.js';

/** What a plan's patronage refunds are weighted by: the members' patronage values, or their quantities. */
const PATRONAGE_BASES = ['value', 'quantity'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Requests

const ReservePercent = () =>
  applyDecorators(
    ApiPercent({
      required: false,
      example: '30',
      description: "Indivisible reserve, % of the surplus; at least the bylaws' minReservePercent (the default).",
    }),
    IsOptional(),
    IsPercent(),
  );
const EducationPercent = () =>
  applyDecorators(
    ApiPercent({
      required: false,
      example: '5',
      description: "Education and training fund %; at least the bylaws' educationFundPercent (the default).",
    }),
    IsOptional(),
    IsPercent(),
  );
const CommunityPercent = () =>
  applyDecorators(
    ApiPercent({
      required: false,
      example: '5',
      description: "Community fund %; at least the bylaws' communityFundPercent (the default).",
    }),
    IsOptional(),
    IsPercent(),
  );
const ToCreditFund = () =>
  applyDecorators(
    ApiPropertyOptional({
      description: "At execution, post the community fund's allocation to the solidarity credit fund. Default true.",
    }),
    IsOptional(),
    IsBoolean(),
  );
const RATE_DESCRIPTION = "Annual interest rate on paid-up capital, %; at most the bylaws' maxShareInterestRatePercent.";

export class PlanCreateDto {
  @ReservePercent()
  reservePercent?: string;

  @EducationPercent()
  educationPercent?: string;

  @CommunityPercent()
  communityPercent?: string;

  @ApiPercent({ example: '4', description: RATE_DESCRIPTION })
  @IsPercent()
  interestRatePercent: string;

  @ToCreditFund()
  communityFundToCreditFund?: boolean;
}

/** Recomputing a draft: each parameter given replaces the plan's; absent ones are kept. */
export class PlanRecomputeDto {
  @ReservePercent()
  reservePercent?: string;

  @EducationPercent()
  educationPercent?: string;

  @CommunityPercent()
  communityPercent?: string;

  @ApiPercent({ required: false, example: '4', description: RATE_DESCRIPTION })
  @IsOptional()
  @IsPercent()
  interestRatePercent?: string;

  @ToCreditFund()
  communityFundToCreditFund?: boolean;
}

export class PlanProposeDto {
  @ApiUuid({
    required: false,
    description: 'The ballot that will decide the plan; approval then needs that ballot to have passed.',
  })
  @IsOptional()
  @IsUUID()
  ballotId?: string;

  @ApiPropertyOptional({
    maxLength: REFERENCE_MAX,
    example: 'General assembly 2025-03-15, resolution 4',
    description: 'An assembly resolution recorded outside the ballots (paper minutes). Give a ballotId, this, or both.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(REFERENCE_MAX)
  @IsSingleLineText()
  resolutionReference?: string;
}

export class PlanApproveDto {
  @ReasonField({ description: 'A note kept in the audit log.' })
  note?: string;
}

export class PlanRejectDto {
  @ReasonField({ required: true, example: 'The assembly voted against the plan (ballot failed).' })
  reason: string;
}

export class PlanExecuteDto {
  @ApiDate({
    required: false,
    description: "The postings' effective date: after the fiscal year's end, not in the future. Default: today (UTC).",
  })
  @IsOptional()
  @IsCalendarDate()
  executedOn?: string;
}

export class RefundPreferenceDto {
  @ApiEnum(REFUND_MODES, 'SurplusRefundMode', {
    description: 'Cash payable, or credited to the member as share capital.',
  })
  @IsIn(REFUND_MODES)
  mode: RefundMode;
}

// ---------------------------------------------------------------------------------------------------------------
// Responses

export class PlanResponseDto {
  @ApiUuid()
  id: string;

  @ApiUuid()
  fiscalYearId: string;

  @ApiEnum(PLAN_STATUSES, 'PlanStatus')
  status: PlanStatus;

  @ApiEnum(PLAN_ACTIONS, 'PlanAction', {
    isArray: true,
    description: 'What the caller may do to the plan now (e.g. recompute, propose): the buttons a screen shows.',
  })
  allowedActions: PlanAction[];

  @ApiProperty({
    description: "A draft computed before the year's surplus or patronage last changed: recompute it before proposing.",
  })
  stale: boolean;

  @ApiInteger({ minimum: 1, description: "One more with every change of the plan; the plan's ETag." })
  version: number;

  @ApiPercent({ example: '30.00' })
  reservePercent: string;

  @ApiPercent({ example: '5.00' })
  educationPercent: string;

  @ApiPercent({ example: '5.00' })
  communityPercent: string;

  @ApiPercent({ example: '4.00' })
  interestRatePercent: string;

  @ApiProperty({ description: 'Bylaws: ceased members still get a patronage refund.' })
  patronageForCeasedMembers: boolean;

  @ApiEnum(REFUND_MODES, 'SurplusRefundMode', { description: 'Refund form for members without a standing choice.' })
  defaultRefundMode: RefundMode;

  @ApiProperty()
  communityFundToCreditFund: boolean;

  @ApiInteger({ minimum: 365, maximum: 366, description: 'Days of the year, the interest basis.' })
  daysInYear: number;

  @ApiMoney({ example: '10000.00' })
  surplus: string;

  @ApiMoney({ example: '3000.00' })
  reserve: string;

  @ApiMoney({ example: '500.00' })
  education: string;

  @ApiMoney({ example: '500.00' })
  community: string;

  @ApiMoney({ example: '4000.00', description: 'reserve + education + community.' })
  fundsTotal: string;

  @ApiMoney({ example: '86.05', description: "The members' interest: the weights' sum rounded half-up." })
  interestEntitlement: string;

  @ApiMoney({ example: '86.05', description: 'Interest distributed: the entitlement, or what the funds leave.' })
  interestPool: string;

  @ApiProperty({ description: 'The interest pool is smaller than the entitlement: every member scaled down alike.' })
  interestScaledDown: boolean;

  @ApiMoney({ example: '5913.95', description: 'surplus - funds - interest pool, exactly.' })
  patronagePool: string;

  @ApiEnum(PATRONAGE_BASES, 'PatronageBasis', { nullable: true })
  patronageBasis: 'value' | 'quantity' | null;

  @ApiInteger({ minimum: 0, description: 'Member lines; each pool is split exactly among them.' })
  lineCount: number;

  @ApiUuid({ nullable: true })
  ballotId: string | null;

  @ApiProperty({ type: String, nullable: true })
  resolutionReference: string | null;

  @ApiDateTime()
  computedAt: string;

  @ApiDateTime({ nullable: true })
  proposedAt: string | null;

  @ApiDateTime({ nullable: true })
  approvedAt: string | null;

  @ApiDate({ nullable: true })
  executedOn: string | null;

  @ApiDateTime({ nullable: true })
  executedAt: string | null;

  @ApiDateTime({ nullable: true })
  rejectedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  rejectionReason: string | null;

  @ApiDateTime()
  createdAt: string;
}

export class PlanPageDto extends PageDto(PlanResponseDto) {}

export class PlanLineDto {
  @ApiUuid()
  memberId: string;

  @ApiInteger({ minimum: 1 })
  memberNumber: number;

  @ApiProperty()
  name: string;

  @ApiDecimal({
    scale: 4,
    example: '366000',
    description: "Sum of paid-up amount x days held in the year: the member's weight in the interest pool.",
  })
  capitalDays: string;

  @ApiDecimal({
    scale: 4,
    example: '3000',
    description: 'The patronage the refund is weighted by (0 when not eligible).',
  })
  patronageWeight: string;

  @ApiProperty({ description: 'A member at the year end (or the bylaws refund ceased members).' })
  patronageEligible: boolean;

  @ApiMoney({ example: '50.00' })
  interest: string;

  @ApiMoney({ example: '3548.37' })
  patronageRefund: string;

  @ApiMoney({ example: '3598.37', description: 'interest + patronageRefund.' })
  total: string;

  @ApiEnum(REFUND_MODES, 'SurplusRefundMode')
  refundMode: RefundMode;
}

export class PlanLinePageDto extends PageDto(PlanLineDto) {}

export class StatementLineDto {
  @ApiUuid()
  planId: string;

  @ApiEnum(['proposed', 'approved', 'executed'], 'StatementPlanStatus')
  planStatus: PlanStatus;

  @ApiUuid()
  fiscalYearId: string;

  @ApiProperty()
  fiscalYearLabel: string;

  @ApiDate()
  startDate: string;

  @ApiDate()
  endDate: string;

  @ApiPercent({ example: '4.00' })
  interestRatePercent: string;

  @ApiEnum(PATRONAGE_BASES, 'PatronageBasis', { nullable: true })
  patronageBasis: 'value' | 'quantity' | null;

  @ApiDecimal({ scale: 4, example: '366000', description: 'Paid-up amount x days held in the year.' })
  capitalDays: string;

  @ApiDecimal({ scale: 4, example: '3000', description: 'The patronage the refund is weighted by.' })
  patronageWeight: string;

  @ApiProperty()
  patronageEligible: boolean;

  @ApiMoney()
  interest: string;

  @ApiMoney()
  patronageRefund: string;

  @ApiMoney()
  total: string;

  @ApiEnum(REFUND_MODES, 'SurplusRefundMode')
  refundMode: RefundMode;

  @ApiDate({ nullable: true })
  executedOn: string | null;
}

export class StatementPageDto extends PageDto(StatementLineDto, 'Newest fiscal year first.') {
  @ApiUuid()
  memberId: string;

  @ApiInteger({ minimum: 1, nullable: true, description: 'Null for a record never admitted.' })
  memberNumber: number | null;
}

export class RefundPreferenceResponseDto {
  @ApiUuid()
  memberId: string;

  @ApiEnum(REFUND_MODES, 'SurplusRefundMode')
  mode: RefundMode;

  @ApiEnum(['member', 'bylaws'], 'RefundPreferenceSource', {
    description: "The member's own choice, or the bylaws' default.",
  })
  source: 'member' | 'bylaws';
}
