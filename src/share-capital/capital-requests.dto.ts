/** The transfer and redemption requests' bodies, queries and answers (the fields they share: share-capital.dto.ts). */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Equals, IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateBy, ValidateIf } from 'class-validator';
import { PageQueryDto, PageDto } from '../common/pagination/pagination.js';
import {
  EffectiveDateField,
  MemberIdField,
  OptionalDateField,
  ReferenceField,
  SharesField,
  TextField,
  MAX_SHARES_PER_ENTRY,
} from './share-capital.dto.js';
import { REQUEST_KINDS, REQUEST_STATUSES, type RequestKind, type RequestStatus } from './share-capital.rules.js';
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

  @ApiPropertyOptional({
    type: 'integer',
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
    enum: [true],
    description:
      "All the member's remaining shares: repays all paid-up capital and cancels the unpaid rest of the subscription.",
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
  @ApiPropertyOptional({ enum: REQUEST_STATUSES })
  @IsOptional()
  @IsIn(REQUEST_STATUSES)
  status?: RequestStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Requests where this member gives or receives shares.' })
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
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: REQUEST_KINDS })
  kind: RequestKind;

  @ApiProperty({ enum: REQUEST_STATUSES })
  status: RequestStatus;

  @ApiProperty({ format: 'uuid', description: 'The member giving the shares, or having them redeemed.' })
  memberId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Transfer: the receiving member.' })
  toMemberId: string | null;

  @ApiProperty({ type: 'integer', description: 'Shares committed by the request.' })
  shares: number;

  @ApiProperty({ description: "Redemption of all the member's shares." })
  allShares: boolean;

  @ApiProperty({ enum: ['request', 'withdrawal'], description: "'withdrawal': opened by the member's withdrawal." })
  origin: 'request' | 'withdrawal';

  @ApiProperty({ format: 'date' })
  requestedOn: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Redemption: end of the notice period.' })
  payableFrom: string | null;

  @ApiProperty({ type: String, nullable: true })
  reason: string | null;

  @ApiProperty({ enum: ['user', 'api_client', 'system'] })
  requestedByType: 'user' | 'api_client' | 'system';

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  requestedBy: string | null;

  @ApiProperty({ format: 'date-time' })
  requestedAt: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Who approved or rejected.' })
  decidedBy: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  decisionReference: string | null;

  @ApiProperty({ type: String, nullable: true })
  decisionReason: string | null;

  @ApiProperty({ description: 'An approved redemption waiting for room under the annual cap.' })
  queued: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  queuedAt: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  completedOn: string | null;

  @ApiProperty({ type: String, nullable: true, example: '50.00', description: 'Value transferred, or repaid.' })
  amount: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  completedBy: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  cancelledBy: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  cancelledAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  cancellationReason: string | null;
}

export class CapitalRequestPageDto extends PageDto(CapitalRequestResponseDto) {}

export class RedemptionQueueResultDto {
  @ApiProperty({ format: 'date' })
  effectiveDate: string;

  @ApiProperty({ type: String, example: '1200.00', description: "The year's redemption cap." })
  annualCap: string;

  @ApiProperty({ type: String, example: '900.00', description: 'Redeemed in that year, after this run.' })
  redeemedInYear: string;

  @ApiProperty({ type: [CapitalRequestResponseDto], description: 'Paid now, in queue order.' })
  completed: CapitalRequestResponseDto[];

  @ApiProperty({ type: 'integer', description: 'Redemptions still waiting.' })
  stillQueued: number;
}
