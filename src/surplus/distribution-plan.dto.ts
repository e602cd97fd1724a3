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

// ---------------------------------------------------------------------------------------------------------------
// Requests

const ReservePercent = () =>
  applyDecorators(
    ApiPropertyOptional({
      example: '30',
      description: "Indivisible reserve, % of the surplus; at least the bylaws' minReservePercent (the default).",
    }),
    IsOptional(),
    IsPercent(),
  );
const EducationPercent = () =>
  applyDecorators(
    ApiPropertyOptional({
      example: '5',
      description: "Education and training fund %; at least the bylaws' educationFundPercent (the default).",
    }),
    IsOptional(),
    IsPercent(),
  );
const CommunityPercent = () =>
  applyDecorators(
    ApiPropertyOptional({
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

  @ApiProperty({ example: '4', description: RATE_DESCRIPTION })
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

  @ApiPropertyOptional({ example: '4', description: RATE_DESCRIPTION })
  @IsOptional()
  @IsPercent()
  interestRatePercent?: string;

  @ToCreditFund()
  communityFundToCreditFund?: boolean;
}

export class PlanProposeDto {
  @ApiPropertyOptional({
    format: 'uuid',
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
  @ApiPropertyOptional({
    format: 'date',
    description: "The postings' effective date: after the fiscal year's end, not in the future. Default: today (UTC).",
  })
  @IsOptional()
  @IsCalendarDate()
  executedOn?: string;
}

export class RefundPreferenceDto {
  @ApiProperty({ enum: REFUND_MODES, description: 'Cash payable, or credited to the member as share capital.' })
  @IsIn(REFUND_MODES)
  mode: RefundMode;
}

// ---------------------------------------------------------------------------------------------------------------
// Responses

export class PlanResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  fiscalYearId: string;

  @ApiProperty({ enum: PLAN_STATUSES })
  status: PlanStatus;

  @ApiProperty({ enum: PLAN_ACTIONS, isArray: true })
  allowedActions: PlanAction[];

  @ApiProperty({
    description: "A draft computed before the year's surplus or patronage last changed: recompute it before proposing.",
  })
  stale: boolean;

  @ApiProperty({ example: '30.00' })
  reservePercent: string;

  @ApiProperty({ example: '5.00' })
  educationPercent: string;

  @ApiProperty({ example: '5.00' })
  communityPercent: string;

  @ApiProperty({ example: '4.00' })
  interestRatePercent: string;

  @ApiProperty({ description: 'Bylaws: ceased members still get a patronage refund.' })
  patronageForCeasedMembers: boolean;

  @ApiProperty({ enum: REFUND_MODES, description: 'Refund form for members without a standing choice.' })
  defaultRefundMode: RefundMode;

  @ApiProperty()
  communityFundToCreditFund: boolean;

  @ApiProperty({ enum: [365, 366] })
  daysInYear: number;

  @ApiProperty({ example: '10000.00' })
  surplus: string;

  @ApiProperty({ example: '3000.00' })
  reserve: string;

  @ApiProperty({ example: '500.00' })
  education: string;

  @ApiProperty({ example: '500.00' })
  community: string;

  @ApiProperty({ example: '4000.00', description: 'reserve + education + community.' })
  fundsTotal: string;

  @ApiProperty({ example: '86.05', description: "The members' interest: the weights' sum rounded half-up." })
  interestEntitlement: string;

  @ApiProperty({ example: '86.05', description: 'Interest distributed: the entitlement, or what the funds leave.' })
  interestPool: string;

  @ApiProperty({ description: 'The interest pool is smaller than the entitlement: every member scaled down alike.' })
  interestScaledDown: boolean;

  @ApiProperty({ example: '5913.95', description: 'surplus - funds - interest pool, exactly.' })
  patronagePool: string;

  @ApiProperty({ enum: ['value', 'quantity'], nullable: true })
  patronageBasis: 'value' | 'quantity' | null;

  @ApiProperty({ description: 'Member lines; each pool is split exactly among them.' })
  lineCount: number;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  ballotId: string | null;

  @ApiProperty({ type: String, nullable: true })
  resolutionReference: string | null;

  @ApiProperty({ format: 'date-time' })
  computedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  proposedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  approvedAt: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  executedOn: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  executedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  rejectedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  rejectionReason: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class PlanPageDto extends PageDto(PlanResponseDto) {}

export class PlanLineDto {
  @ApiProperty({ format: 'uuid' })
  memberId: string;

  @ApiProperty()
  memberNumber: number;

  @ApiProperty()
  name: string;

  @ApiProperty({
    example: '366000',
    description: "Sum of paid-up amount x days held in the year: the member's weight in the interest pool.",
  })
  capitalDays: string;

  @ApiProperty({ example: '3000', description: 'The patronage the refund is weighted by (0 when not eligible).' })
  patronageWeight: string;

  @ApiProperty({ description: 'A member at the year end (or the bylaws refund ceased members).' })
  patronageEligible: boolean;

  @ApiProperty({ example: '50.00' })
  interest: string;

  @ApiProperty({ example: '3548.37' })
  patronageRefund: string;

  @ApiProperty({ example: '3598.37', description: 'interest + patronageRefund.' })
  total: string;

  @ApiProperty({ enum: REFUND_MODES })
  refundMode: RefundMode;
}

export class PlanLinePageDto extends PageDto(PlanLineDto) {}

export class StatementLineDto {
  @ApiProperty({ format: 'uuid' })
  planId: string;

  @ApiProperty({ enum: ['proposed', 'approved', 'executed'] })
  planStatus: PlanStatus;

  @ApiProperty({ format: 'uuid' })
  fiscalYearId: string;

  @ApiProperty()
  fiscalYearLabel: string;

  @ApiProperty({ format: 'date' })
  startDate: string;

  @ApiProperty({ format: 'date' })
  endDate: string;

  @ApiProperty({ example: '4.00' })
  interestRatePercent: string;

  @ApiProperty({ enum: ['value', 'quantity'], nullable: true })
  patronageBasis: 'value' | 'quantity' | null;

  @ApiProperty()
  capitalDays: string;

  @ApiProperty()
  patronageWeight: string;

  @ApiProperty()
  patronageEligible: boolean;

  @ApiProperty()
  interest: string;

  @ApiProperty()
  patronageRefund: string;

  @ApiProperty()
  total: string;

  @ApiProperty({ enum: REFUND_MODES })
  refundMode: RefundMode;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  executedOn: string | null;
}

export class StatementPageDto extends PageDto(StatementLineDto, 'Newest fiscal year first.') {
  @ApiProperty({ format: 'uuid' })
  memberId: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Null for a record never admitted.' })
  memberNumber: number | null;
}

export class RefundPreferenceResponseDto {
  @ApiProperty({ format: 'uuid' })
  memberId: string;

  @ApiProperty({ enum: REFUND_MODES })
  mode: RefundMode;

  @ApiProperty({ enum: ['member', 'bylaws'], description: "The member's own choice, or the bylaws' default." })
  source: 'member' | 'bylaws';
}
