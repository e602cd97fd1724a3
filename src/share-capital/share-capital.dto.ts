/** Postings, statements and totals: their bodies, queries and answers, and the fields every share-capital DTO uses. */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import type { ActorType } from '../auth/caller.js';
import { ApiDate, ApiDateTime, ApiEnum, ApiInteger, ApiMoney, ApiUuid } from '../common/openapi/api-fields.js';
import { PageQueryDto, PageDto } from '../common/pagination/pagination.js';
import { IsDecimalString } from '../common/validation/decimal.validators.js';
import { IsCalendarDate, IsMultilineText, IsRegisterDate, IsSingleLineText } from '../membership/member.validators.js';
import { ENTRY_ID_PATTERN } from './capital-entry.entity.js';
import { ENTRY_KINDS, type EntryKind } from './share-capital.rules.js';

export const MAX_SHARES_PER_ENTRY = 1_000_000_000;
export const REFERENCE_MAX = 200;
export const NOTE_MAX = 1000;
/** Amounts up to 16 integer digits; the scale is checked against the cooperative's currency. */
const AMOUNT_EXAMPLE = '150.00';
/** Share counts are PostgreSQL `integer` columns (per entry, per request, per balance row). */
export const INT4_MAX = 2_147_483_647;
const INT4 = { minimum: -INT4_MAX - 1, maximum: INT4_MAX } as const;

/** Who recorded an entry or a request: a user, an API client, or the system (e.g. surplus refunds). */
export const ACTOR_TYPES = ['user', 'api_client', 'system'] as const satisfies readonly ActorType[];
export const ApiActorType = (description?: string) => ApiEnum(ACTOR_TYPES, 'ActorType', { description });

/** A capital entry's id: its bigint key, in decimal digits (entries are numbered in recorded order). */
export const ApiEntryId = (options: { description?: string; nullable?: boolean } = {}) =>
  ApiProperty({ ...options, type: String, pattern: ENTRY_ID_PATTERN, example: '42' });

// ---------------------------------------------------------------------------------------------------------------
// Fields

export const MemberIdField = (description: string) => applyDecorators(ApiUuid({ description }), IsUUID());

export const SharesField = (description: string) =>
  applyDecorators(
    ApiInteger({ minimum: 1, maximum: MAX_SHARES_PER_ENTRY, example: 5, description }),
    IsInt(),
    Min(1),
    Max(MAX_SHARES_PER_ENTRY),
  );

export const AmountField = (description: string) =>
  applyDecorators(
    ApiMoney({
      example: AMOUNT_EXAMPLE,
      description: `${description} At most the currency's minor-unit decimals (more is refused with a 400).`,
    }),
    IsDecimalString({ scale: 4, min: '0', minExclusive: true }),
  );

export const EffectiveDateField = (description: string) =>
  applyDecorators(ApiDate({ example: '2024-05-10', description }), IsRegisterDate());

export const OptionalDateField = (description: string) =>
  applyDecorators(ApiDate({ required: false, example: '2024-05-10', description }), IsOptional(), IsRegisterDate());

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
  @ApiDate({ required: false, description: 'The day (default: today, UTC).' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class CapitalEntriesQueryDto extends PageQueryDto {
  @ApiDate({ required: false, description: 'Only entries effective on or before this day (default: all).' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const MAX_MONTHS = 120;
/** A calendar month, YYYY-MM. */
const ApiMonth = (description: string, example = '2024-01') =>
  ApiProperty({ type: String, pattern: MONTH.source, example, description });

export class CapitalMonthlyQueryDto {
  @ApiMonth('First month, YYYY-MM.')
  @Matches(MONTH, { message: 'from must be a month YYYY-MM' })
  from: string;

  @ApiMonth(`Last month, YYYY-MM: at most ${MAX_MONTHS} months in all, from included.`, '2024-12')
  @Matches(MONTH, { message: 'to must be a month YYYY-MM' })
  to: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Responses

export class CapitalEntryResponseDto {
  @ApiEntryId({ description: 'Increases in recorded order.' })
  id: string;

  @ApiUuid()
  memberId: string;

  @ApiEnum(ENTRY_KINDS, 'CapitalEntryKind')
  kind: EntryKind;

  @ApiDate()
  effectiveDate: string;

  @ApiInteger({ ...INT4, example: 5, description: 'Change in shares held (signed).' })
  sharesChange: number;

  @ApiMoney({ signed: true, example: '50.00', description: 'Change in subscribed capital (signed).' })
  subscribedChange: string;

  @ApiMoney({ signed: true, example: '0.00', description: 'Change in paid-up capital (signed).' })
  paidUpChange: string;

  @ApiMoney({ example: '10.00', description: 'Par value of one share when posted.' })
  parValue: string;

  @ApiEntryId({ nullable: true, description: 'A reversal: the entry it undoes.' })
  reversesEntryId: string | null;

  @ApiUuid({ nullable: true, description: 'The transfer or redemption.' })
  requestId: string | null;

  @ApiUuid({ nullable: true, description: 'A transfer: the other member.' })
  counterpartyMemberId: string | null;

  @ApiProperty({ type: String, nullable: true })
  reference: string | null;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiActorType()
  recordedByType: ActorType;

  @ApiUuid({ nullable: true, description: 'The user or API client; null for the system.' })
  recordedBy: string | null;

  @ApiDateTime()
  recordedAt: string;
}

export class CapitalEntryDetailDto extends CapitalEntryResponseDto {
  @ApiEntryId({ nullable: true, description: 'The reversal that undid this entry, if any.' })
  reversedByEntryId: string | null;
}

/** A statement line: the entry and the member's balances right after it. */
export class CapitalStatementLineDto extends CapitalEntryResponseDto {
  @ApiInteger({ minimum: 0, maximum: INT4_MAX })
  sharesAfter: number;

  @ApiMoney({ example: '50.00' })
  subscribedAfter: string;

  @ApiMoney({ example: '30.00' })
  paidUpAfter: string;
}

export class CapitalStatementLinePageDto extends PageDto(CapitalStatementLineDto) {}

export class CapitalHoldingDto {
  @ApiInteger({ minimum: 0, maximum: INT4_MAX, example: 5 })
  sharesHeld: number;

  @ApiMoney({ example: '50.00', description: 'Par value of the shares held.' })
  subscribedCapital: string;

  @ApiMoney({ example: '30.00' })
  paidUpCapital: string;

  @ApiMoney({ example: '20.00', description: 'Subscribed capital not yet paid.' })
  unpaidCapital: string;
}

/** A member's capital now, after a posting. */
export class CapitalBalanceDto extends CapitalHoldingDto {
  @ApiUuid()
  memberId: string;

  @ApiInteger({
    minimum: 0,
    maximum: INT4_MAX,
    description: 'Shares promised to open transfer and redemption requests (never more than sharesHeld).',
  })
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
  @ApiUuid()
  memberId: string;

  @ApiInteger({ minimum: 1, maximum: INT4_MAX, nullable: true, description: 'Null until admission.' })
  memberNumber: number | null;

  @ApiDate()
  asOf: string;

  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiInteger({ minimum: 0, description: 'Entries effective on or before asOf (listed by the entries route).' })
  entryCount: number;

  @ApiDate({ nullable: true })
  lastEntryDate: string | null;
}

export class CapitalTotalsDto {
  @ApiDate()
  asOf: string;

  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiInteger({ minimum: 0 })
  sharesOutstanding: number;

  @ApiMoney({ example: '125000.00' })
  subscribedCapital: string;

  @ApiMoney({ example: '98000.00' })
  paidUpCapital: string;

  @ApiMoney({ example: '27000.00' })
  unpaidCapital: string;
}

export class CapitalMovementDto {
  @ApiEnum(ENTRY_KINDS, 'CapitalEntryKind')
  kind: EntryKind;

  @ApiInteger({ minimum: 1, description: 'Entries of this kind effective in the month.' })
  entries: number;

  @ApiInteger({ description: 'Their change in shares (signed).' })
  sharesChange: number;

  @ApiMoney({ signed: true, description: 'Their change in subscribed capital (signed).' })
  subscribedChange: string;

  @ApiMoney({ signed: true, description: 'Their change in paid-up capital (signed).' })
  paidUpChange: string;
}

export class CapitalMonthDto {
  @ApiMonth('The month, YYYY-MM.')
  month: string;

  @ApiProperty({ type: [CapitalMovementDto], description: 'Entries effective in the month, by kind.' })
  movements: CapitalMovementDto[];

  @ApiInteger({ minimum: 0, description: 'At the end of the month.' })
  sharesOutstanding: number;

  @ApiMoney({ description: 'At the end of the month.' })
  subscribedCapital: string;

  @ApiMoney({ description: 'At the end of the month.' })
  paidUpCapital: string;

  @ApiMoney({ description: 'At the end of the month.' })
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
