/** Postings, statements and totals: their bodies, queries and answers, and the fields every share-capital DTO uses. */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto, PageDto } from '../common/pagination/pagination.js';
import { IsDecimalString } from '../common/validation/decimal.validators.js';
import { IsCalendarDate, IsMultilineText, IsRegisterDate, IsSingleLineText } from '../membership/member.validators.js';
import { ENTRY_KINDS, type EntryKind } from './share-capital.rules.js';

export const MAX_SHARES_PER_ENTRY = 1_000_000_000;
export const REFERENCE_MAX = 200;
export const NOTE_MAX = 1000;
/** Amounts up to 16 integer digits; the scale is checked against the cooperative's currency. */
const AMOUNT_EXAMPLE = '150.00';

// ---------------------------------------------------------------------------------------------------------------
// Fields

export const MemberIdField = (description: string) =>
  applyDecorators(ApiProperty({ format: 'uuid', description }), IsUUID());

export const SharesField = (description: string) =>
  applyDecorators(
    ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_SHARES_PER_ENTRY, example: 5, description }),
    IsInt(),
    Min(1),
    Max(MAX_SHARES_PER_ENTRY),
  );

export const AmountField = (description: string) =>
  applyDecorators(
    ApiProperty({
      type: String,
      example: AMOUNT_EXAMPLE,
      description: `${description} A decimal string with at most the currency's minor-unit decimals.`,
    }),
    IsDecimalString({ scale: 4, min: '0', minExclusive: true }),
  );

export const EffectiveDateField = (description: string) =>
  applyDecorators(ApiProperty({ type: String, format: 'date', example: '2024-05-10', description }), IsRegisterDate());

export const OptionalDateField = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, format: 'date', example: '2024-05-10', description }),
    IsOptional(),
    IsRegisterDate(),
  );

export const ReferenceField = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, maxLength: REFERENCE_MAX, example: 'Receipt 2024-0113', description }),
    IsOptional(),
    IsString(),
    MaxLength(REFERENCE_MAX),
    IsSingleLineText(),
  );

export const TextField = (description: string, required = false) =>
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
