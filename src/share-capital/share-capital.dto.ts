import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  Equals,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { PageDto, PageQueryDto } from '../common/pagination/pagination.js';
import { IsDecimalString } from '../common/validation/decimal.validators.js';
import { IsCalendarDate, IsMultilineText, IsRegisterDate, IsSingleLineText } from '../membership/member.validators.js';
import {
  ENTRY_KINDS,
  type EntryKind,
  REQUEST_KINDS,
  REQUEST_STATUSES,
  type RequestKind,
  type RequestStatus,
} from './share-capital.rules.js';

export const MAX_SHARES_PER_ENTRY = 1_000_000_000;
export const REFERENCE_MAX = 200;
export const NOTE_MAX = 1000;
/** Amounts up to 16 integer digits; the scale is checked against the cooperative's currency. */
const AMOUNT_EXAMPLE = '150.00';

// ---------------------------------------------------------------------------------------------------------------
// Fields

const MemberIdField = (description: string) => applyDecorators(ApiProperty({ format: 'uuid', description }), IsUUID());

const SharesField = (description: string) =>
  applyDecorators(
    ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_SHARES_PER_ENTRY, example: 5, description }),
    IsInt(),
    Min(1),
    Max(MAX_SHARES_PER_ENTRY),
  );

const AmountField = (description: string) =>
  applyDecorators(
    ApiProperty({
      type: String,
      example: AMOUNT_EXAMPLE,
      description: `${description} A decimal string with at most the currency's minor-unit decimals.`,
    }),
    IsDecimalString({ scale: 4, min: '0', minExclusive: true }),
  );

const EffectiveDateField = (description: string) =>
  applyDecorators(ApiProperty({ type: String, format: 'date', example: '2024-05-10', description }), IsRegisterDate());

const OptionalDateField = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, format: 'date', example: '2024-05-10', description }),
    IsOptional(),
    IsRegisterDate(),
  );

const ReferenceField = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, maxLength: REFERENCE_MAX, example: 'Receipt 2024-0113', description }),
    IsOptional(),
    IsString(),
    MaxLength(REFERENCE_MAX),
    IsSingleLineText(),
  );

const TextField = (description: string, required = false) =>
  applyDecorators(
    required
      ? ApiProperty({ type: String, maxLength: NOTE_MAX, description })
      : ApiPropertyOptional({ type: String, maxLength: NOTE_MAX, description }),
    ...(required ? [] : [IsOptional()]),
    IsString(),
    MaxLength(NOTE_MAX),
    IsMultilineText(),
  );

// ---------------------------------------------------------------------------------------------------------------
// Postings

export class SubscriptionCreateDto {
  @MemberIdField('The member (or applicant: the initial subscription comes before admission).')
  memberId: string;

  @SharesField('Shares subscribed; their value is shares x the par value.')
  shares: number;

  @EffectiveDateField("The day the shares were pledged: not before the member's previous entry, not in the future.")
  effectiveDate: string;

  @ReferenceField('Subscription form or other reference.')
  reference?: string;

  @TextField('Free text.')
  note?: string;
}

export class PaymentCreateDto {
  @MemberIdField('The member paying towards their subscribed shares.')
  memberId: string;

  @AmountField('Money paid; paid-up capital may not exceed subscribed capital.')
  amount: string;

  @EffectiveDateField("The day the money was received: not before the member's previous entry, not in the future.")
  effectiveDate: string;

  @ReferenceField('Receipt or bank reference.')
  reference?: string;

  @TextField('Free text.')
  note?: string;
}

export class AllocationCreateDto {
  @MemberIdField('The member credited.')
  memberId: string;

  @AmountField(
    'Capital credited from surplus: it first pays up any unpaid subscription, then buys new shares at par (the last one partly paid if need be).',
  )
  amount: string;

  @EffectiveDateField("The day it is credited: not before the member's previous entry, not in the future.")
  effectiveDate: string;

  @ReferenceField('The surplus distribution plan or resolution.')
  reference?: string;

  @TextField('Free text.')
  note?: string;
}

export class ReversalCreateDto {
  @TextField('Why the entry was a mistake.', true)
  reason: string;

  @OptionalDateField(
    "The reversal's effective date (default: the reversed entry's own date). Not before the member's previous entry.",
  )
  effectiveDate?: string;
}

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
  @ApiProperty({ type: String, maxLength: REFERENCE_MAX, example: 'Board minute 2024-07, item 3' })
  @IsString()
  @MaxLength(REFERENCE_MAX)
  @IsSingleLineText()
  decisionReference: string;

  @TextField('Why, in words.')
  reason?: string;
}

export class RequestRejectionDto {
  @TextField('Why the board refused.', true)
  reason: string;

  @ApiPropertyOptional({ type: String, maxLength: REFERENCE_MAX, example: 'Board minute 2024-07, item 4' })
  @IsOptional()
  @IsString()
  @MaxLength(REFERENCE_MAX)
  @IsSingleLineText()
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

export class CapitalAsOfQueryDto {
  @ApiPropertyOptional({ type: String, format: 'date', description: 'The day (default: today, UTC).' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class CapitalEntriesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    type: String,
    format: 'date',
    description: 'Only entries effective on or before this day (default: all).',
  })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

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

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const MAX_MONTHS = 120;

export class CapitalMonthlyQueryDto {
  @ApiProperty({ type: String, example: '2024-01', description: 'First month, YYYY-MM.' })
  @Matches(MONTH, { message: 'from must be a month YYYY-MM' })
  from: string;

  @ApiProperty({ type: String, example: '2024-12', description: `Last month, YYYY-MM (at most ${MAX_MONTHS} months).` })
  @Matches(MONTH, { message: 'to must be a month YYYY-MM' })
  to: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Responses

export class CapitalEntryResponseDto {
  @ApiProperty({ example: '42', description: 'Increases in recorded order.' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  memberId: string;

  @ApiProperty({ enum: ENTRY_KINDS })
  kind: EntryKind;

  @ApiProperty({ format: 'date' })
  effectiveDate: string;

  @ApiProperty({ type: 'integer', example: 5, description: 'Change in shares held (signed).' })
  sharesChange: number;

  @ApiProperty({ type: String, example: '50.00', description: 'Change in subscribed capital (signed).' })
  subscribedChange: string;

  @ApiProperty({ type: String, example: '0.00', description: 'Change in paid-up capital (signed).' })
  paidUpChange: string;

  @ApiProperty({ type: String, example: '10.00', description: 'Par value of one share when posted.' })
  parValue: string;

  @ApiProperty({ type: String, nullable: true, description: 'A reversal: the entry it undoes.' })
  reversesEntryId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The transfer or redemption.' })
  requestId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'A transfer: the other member.' })
  counterpartyMemberId: string | null;

  @ApiProperty({ type: String, nullable: true })
  reference: string | null;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ enum: ['user', 'api_client', 'system'] })
  recordedByType: 'user' | 'api_client' | 'system';

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  recordedBy: string | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}

export class CapitalEntryDetailDto extends CapitalEntryResponseDto {
  @ApiProperty({ type: String, nullable: true, description: 'The reversal that undid this entry, if any.' })
  reversedByEntryId: string | null;
}

/** A statement line: the entry and the member's balances right after it. */
export class CapitalStatementLineDto extends CapitalEntryResponseDto {
  @ApiProperty({ type: 'integer' })
  sharesAfter: number;

  @ApiProperty({ type: String, example: '50.00' })
  subscribedAfter: string;

  @ApiProperty({ type: String, example: '30.00' })
  paidUpAfter: string;
}

export class CapitalStatementLinePageDto extends PageDto(CapitalStatementLineDto) {}

export class CapitalHoldingDto {
  @ApiProperty({ type: 'integer', example: 5 })
  sharesHeld: number;

  @ApiProperty({ type: String, example: '50.00', description: 'Par value of the shares held.' })
  subscribedCapital: string;

  @ApiProperty({ type: String, example: '30.00' })
  paidUpCapital: string;

  @ApiProperty({ type: String, example: '20.00', description: 'Subscribed capital not yet paid.' })
  unpaidCapital: string;
}

/** A member's capital now, after a posting. */
export class CapitalBalanceDto extends CapitalHoldingDto {
  @ApiProperty({ format: 'uuid' })
  memberId: string;

  @ApiProperty({ type: 'integer', description: 'Shares promised to open transfer and redemption requests.' })
  sharesCommitted: number;
}

export class CapitalPostingResponseDto {
  @ApiProperty({ type: CapitalEntryResponseDto })
  entry: CapitalEntryResponseDto;

  @ApiProperty({ type: CapitalBalanceDto })
  balance: CapitalBalanceDto;
}

/** A member's capital on a day: the entries effective on or before it, summed. */
export class CapitalStatementDto extends CapitalHoldingDto {
  @ApiProperty({ format: 'uuid' })
  memberId: string;

  @ApiProperty({ type: 'integer', nullable: true })
  memberNumber: number | null;

  @ApiProperty({ format: 'date' })
  asOf: string;

  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiProperty({ type: 'integer', description: 'Entries effective on or before asOf (listed by the entries route).' })
  entryCount: number;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  lastEntryDate: string | null;
}

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

export class CapitalTotalsDto {
  @ApiProperty({ format: 'date' })
  asOf: string;

  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiProperty({ type: 'integer' })
  sharesOutstanding: number;

  @ApiProperty({ type: String, example: '125000.00' })
  subscribedCapital: string;

  @ApiProperty({ type: String, example: '98000.00' })
  paidUpCapital: string;

  @ApiProperty({ type: String, example: '27000.00' })
  unpaidCapital: string;
}

export class CapitalMovementDto {
  @ApiProperty({ enum: ENTRY_KINDS })
  kind: EntryKind;

  @ApiProperty({ type: 'integer' })
  entries: number;

  @ApiProperty({ type: 'integer' })
  sharesChange: number;

  @ApiProperty({ type: String })
  subscribedChange: string;

  @ApiProperty({ type: String })
  paidUpChange: string;
}

export class CapitalMonthDto {
  @ApiProperty({ example: '2024-01' })
  month: string;

  @ApiProperty({ type: [CapitalMovementDto], description: 'Entries effective in the month, by kind.' })
  movements: CapitalMovementDto[];

  @ApiProperty({ type: 'integer', description: 'At the end of the month.' })
  sharesOutstanding: number;

  @ApiProperty({ type: String })
  subscribedCapital: string;

  @ApiProperty({ type: String })
  paidUpCapital: string;

  @ApiProperty({ type: String })
  unpaidCapital: string;
}

export class CapitalMonthlyDto {
  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiProperty({ type: CapitalTotalsDto, description: 'Totals on the day before the first month.' })
  opening: CapitalTotalsDto;

  @ApiProperty({ type: [CapitalMonthDto] })
  months: CapitalMonthDto[];
}
