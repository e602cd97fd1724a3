/** The transfer and redemption requests' bodies, queries and answers (the fields they share: share-capital.dto.ts). */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Equals, IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateBy, ValidateIf } from 'class-validator';
import type { ActorType } from '../auth/caller.js';
import { ApiDate, ApiDateTime, ApiEnum, ApiInteger, ApiMoney, ApiUuid } from '../common/openapi/api-fields.js';
import { PageQueryDto, PageDto } from '../common/pagination/pagination.js';
import {
  ApiActorType,
  EffectiveDateField,
  INT4_MAX,
  MemberIdField,
  OptionalDateField,
  ReferenceField,
  SharesField,
  TextField,
  MAX_SHARES_PER_ENTRY,
} from './share-capital.dto.js';
import {
  REQUEST_KINDS,
  REQUEST_ORIGINS,
  REQUEST_STATUSES,
  type RequestKind,
  type RequestOrigin,
  type RequestStatus,
} from './share-capital.rules.js';
import { DecisionReferenceField, ReasonField } from '../membership/decision-fields.js';

// ---------------------------------------------------------------------------------------------------------------
// Requests

export class TransferCreateDto {
  @MemberIdField('The member giving the shares (active or suspended).')
  fromMemberId: string;

  @MemberIdField('The member receiving them (active).')
  toMemberId: string;

  @SharesField('Fully paid shares to transfer, at par.')
  shares: number;

  @OptionalDateField('The day the members asked (default: today, UTC).')
  requestedOn?: string;

  @TextField('Why, in words.')
  reason?: string;
}

export class RedemptionCreateDto {
  @MemberIdField('The member whose shares are redeemed.')
  memberId: string;

  @ApiInteger({
    required: false,
    minimum: 1,
    maximum: MAX_SHARES_PER_ENTRY,
    description: 'Fully paid shares to redeem. Give either shares or allShares.',
  })
  @ValidateIf((o: RedemptionCreateDto) => o.allShares === undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_SHARES_PER_ENTRY)
  shares?: number;

  @ApiPropertyOptional({
    type: Boolean,
    description:
      "All the member's remaining shares: repays all paid-up capital and cancels the unpaid rest of the " +
      'subscription. Only `true` is accepted; give either shares or allShares.',
  })
  @ValidateIf((o: RedemptionCreateDto) => o.allShares !== undefined)
  @Equals(true, { message: 'allShares must be true when given' })
  @ValidateBy({
    name: 'notWithShares',
    validator: {
      validate: (_: unknown, args) => (args?.object as RedemptionCreateDto).shares === undefined,
      defaultMessage: () => 'give either shares or allShares, not both',
    },
  })
  allShares?: true;

  @OptionalDateField('The day the member asked (default: today, UTC); the notice period runs from it.')
  requestedOn?: string;

  @TextField('Why, in words.')
  reason?: string;
}

export class RequestApprovalDto {
  @DecisionReferenceField({ required: true, example: 'Board minute 2024-07, item 3' })
  decisionReference: string;

  @ReasonField({ description: 'Why, in words.' })
  reason?: string;
}

export class RequestRejectionDto {
  @ReasonField({ required: true, description: 'Why the board refused.' })
  reason: string;

  @DecisionReferenceField({ example: 'Board minute 2024-07, item 4' })
  decisionReference?: string;
}

export class RequestCompletionDto {
  @EffectiveDateField(
    "The day the shares change hands or are repaid: not before the request, the notice period, or either member's previous entry.",
  )
  effectiveDate: string;

  @ReferenceField('Payment reference of the repayment, or of the transfer deed.')
  reference?: string;
}

export class RequestCancellationDto {
  @TextField('Why the request is withdrawn (e.g. the member changed their mind).', true)
  reason: string;
}

export class RedemptionQueueProcessDto {
  @EffectiveDateField('The payment date of the redemptions paid now; the annual cap of its year applies.')
  effectiveDate: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Queries

export class CapitalRequestListQueryDto extends PageQueryDto {
  @ApiEnum(REQUEST_STATUSES, 'CapitalRequestStatus', { required: false })
  @IsOptional()
  @IsIn(REQUEST_STATUSES)
  status?: RequestStatus;

  @ApiUuid({ required: false, description: 'Requests where this member gives or receives shares.' })
  @IsOptional()
  @IsUUID()
  memberId?: string;
}

export class RedemptionListQueryDto extends CapitalRequestListQueryDto {
  @ApiPropertyOptional({ type: Boolean, description: 'true: only the queue, in payment order.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  queued?: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Responses

export class CapitalRequestResponseDto {
  @ApiUuid()
  id: string;

  @ApiEnum(REQUEST_KINDS, 'CapitalRequestKind')
  kind: RequestKind;

  @ApiEnum(REQUEST_STATUSES, 'CapitalRequestStatus')
  status: RequestStatus;

  @ApiUuid({ description: 'The member giving the shares, or having them redeemed.' })
  memberId: string;

  @ApiUuid({ nullable: true, description: 'Transfer: the receiving member.' })
  toMemberId: string | null;

  @ApiInteger({ minimum: 1, maximum: INT4_MAX, description: 'Shares committed by the request.' })
  shares: number;

  @ApiProperty({ description: "Redemption of all the member's shares." })
  allShares: boolean;

  @ApiEnum(REQUEST_ORIGINS, 'CapitalRequestOrigin', {
    description:
      "How the request was opened: `request` (recorded by the treasurer) or `withdrawal` (by the member's withdrawal).",
  })
  origin: RequestOrigin;

  @ApiDate()
  requestedOn: string;

  @ApiDate({ nullable: true, description: 'Redemption: end of the notice period.' })
  payableFrom: string | null;

  @ApiProperty({ type: String, nullable: true })
  reason: string | null;

  @ApiActorType()
  requestedByType: ActorType;

  @ApiUuid({ nullable: true })
  requestedBy: string | null;

  @ApiDateTime()
  requestedAt: string;

  @ApiUuid({ nullable: true, description: 'Who approved or rejected.' })
  decidedBy: string | null;

  @ApiDateTime({ nullable: true })
  decidedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  decisionReference: string | null;

  @ApiProperty({ type: String, nullable: true })
  decisionReason: string | null;

  @ApiProperty({ description: 'An approved redemption waiting for room under the annual cap.' })
  queued: boolean;

  @ApiDateTime({ nullable: true })
  queuedAt: string | null;

  @ApiDate({ nullable: true })
  completedOn: string | null;

  @ApiMoney({ nullable: true, example: '50.00', description: 'Value transferred, or repaid.' })
  amount: string | null;

  @ApiUuid({ nullable: true })
  completedBy: string | null;

  @ApiUuid({ nullable: true })
  cancelledBy: string | null;

  @ApiDateTime({ nullable: true })
  cancelledAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  cancellationReason: string | null;
}

export class CapitalRequestPageDto extends PageDto(CapitalRequestResponseDto) {}

export class RedemptionQueueResultDto {
  @ApiDate()
  effectiveDate: string;

  @ApiMoney({ example: '1200.00', description: "The year's redemption cap." })
  annualCap: string;

  @ApiMoney({ example: '900.00', description: 'Redeemed in that year, after this run.' })
  redeemedInYear: string;

  @ApiProperty({ type: [CapitalRequestResponseDto], description: 'Paid now, in queue order.' })
  completed: CapitalRequestResponseDto[];

  @ApiInteger({ minimum: 0, description: 'Redemptions still waiting.' })
  stillQueued: number;
}
