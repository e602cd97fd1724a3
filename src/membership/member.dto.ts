import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import type { ActorType } from '../auth/caller.js';
import { ApiDate, ApiDateTime, ApiEnum, ApiInteger, ApiUuid } from '../common/openapi/api-fields.js';
import {
  CESSATION_REASONS,
  type CessationReason,
  ENTITY_KINDS,
  type EntityKind,
  MEMBER_ACTIONS,
  MEMBER_STATUSES,
  type MemberAction,
  type MemberStatus,
  REJECTION_REASONS,
  type RejectionReason,
} from './member-lifecycle.rules.js';
import { GENDERS, type Gender, IsMultilineText, IsRegisterDate, IsSingleLineText } from './member.validators.js';
import { PageDto } from '../common/pagination/pagination.js';
import { DecisionDateField, DecisionReferenceField, ReasonField } from './decision-fields.js';

export const NAME_MAX = 200;
export const SHORT_TEXT_MAX = 100;
export const EMAIL_MAX = 254;
export const PHONE_MAX = 40;
export const ADDRESS_MAX = 500;
const PHONE = /^\+?[0-9][0-9 ().\-/]{2,39}$/;
/** The member number's column is a PostgreSQL `integer`. */
export const MEMBER_NUMBER_MAX = 2_147_483_647;
/** Who recorded a change: a person, an API key, or the system itself. */
const ACTOR_TYPES = ['user', 'api_client', 'system'] as const satisfies readonly ActorType[];

/** The contract's names of membership's value sets: one schema each in components, shared by every field. */
export const MemberStatusEnum = (options: Parameters<typeof ApiEnum>[2] = {}) =>
  ApiEnum(MEMBER_STATUSES, 'MemberStatus', options);
export const EntityKindEnum = (options: Parameters<typeof ApiEnum>[2] = {}) =>
  ApiEnum(ENTITY_KINDS, 'EntityKind', options);
const CessationReasonEnum = (options: Parameters<typeof ApiEnum>[2] = {}) =>
  ApiEnum(CESSATION_REASONS, 'CessationReason', options);
const MemberActionEnum = (options: Parameters<typeof ApiEnum>[2] = {}) =>
  ApiEnum(MEMBER_ACTIONS, 'MemberAction', options);
const MemberNumberField = (options: Parameters<typeof ApiInteger>[0] = {}) =>
  ApiInteger({ minimum: 1, maximum: MEMBER_NUMBER_MAX, ...options });

/** In a PATCH, `undefined` leaves a field alone; `null` clears an optional field but is refused for a required one. */
const present = (_: object, value: unknown) => value !== undefined;

// ---------------------------------------------------------------------------------------------------------------
// Requests. Each optional field accepts null (clear it in a PATCH; same as absent on creation).

const EmailField = () =>
  applyDecorators(
    ApiPropertyOptional({ type: String, nullable: true, maxLength: EMAIL_MAX, example: 'maria.nunez@example.org' }),
    IsOptional(),
    IsEmail(),
    MaxLength(EMAIL_MAX),
  );

const PhoneField = () =>
  applyDecorators(
    ApiPropertyOptional({ type: String, nullable: true, maxLength: PHONE_MAX, example: '+504 9988 7766' }),
    IsOptional(),
    IsString(),
    MaxLength(PHONE_MAX),
    Matches(PHONE, { message: 'phone must be digits, spaces and + ( ) . - / only' }),
  );

const AddressField = () =>
  applyDecorators(
    ApiPropertyOptional({
      type: String,
      nullable: true,
      maxLength: ADDRESS_MAX,
      description: 'May span several lines.',
      example: 'Aldea El Rosario\nSanta Bárbara',
    }),
    IsOptional(),
    IsString(),
    MaxLength(ADDRESS_MAX),
    IsMultilineText(),
  );

const GenderField = () =>
  applyDecorators(
    ApiEnum(GENDERS, 'Gender', {
      required: false,
      nullable: true,
      description: 'Natural persons only. Null: not stated.',
    }),
    IsOptional(),
    IsIn(GENDERS),
  );

const DateOfBirthField = () =>
  applyDecorators(
    ApiDate({ required: false, nullable: true, example: '1984-06-12', description: 'Natural persons only.' }),
    IsOptional(),
    IsRegisterDate(),
  );

const ShortTextField = (example: string, description?: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, nullable: true, maxLength: SHORT_TEXT_MAX, example, description }),
    IsOptional(),
    IsString(),
    MaxLength(SHORT_TEXT_MAX),
    IsSingleLineText(),
  );

const NameValidators = () => applyDecorators(IsString(), MaxLength(NAME_MAX), IsSingleLineText());

/** A member's own contact data, the only part of the record a member may change (self-service). */
export class MemberContactUpdateDto {
  @EmailField()
  email?: string | null;

  @PhoneField()
  phone?: string | null;

  @AddressField()
  address?: string | null;
}

/** What the secretary may correct on a record. Status and number move only by transitions; the kind never. */
export class MemberUpdateDto {
  @ApiPropertyOptional({ maxLength: NAME_MAX, example: 'María José Núñez' })
  @ValidateIf(present)
  @NameValidators()
  name?: string;

  @GenderField()
  gender?: Gender | null;

  @DateOfBirthField()
  dateOfBirth?: string | null;

  @ShortTextField('El Rosario', 'Community or village.')
  community?: string | null;

  @ShortTextField('coffee grower')
  occupation?: string | null;

  @EmailField()
  email?: string | null;

  @PhoneField()
  phone?: string | null;

  @AddressField()
  address?: string | null;
}

/** An application: a new record in status `applicant`. The member number comes at admission. */
export class MemberCreateDto {
  @EntityKindEnum({ description: 'A natural person, or a legal entity (e.g. another cooperative).' })
  @IsIn(ENTITY_KINDS)
  kind: EntityKind;

  @ApiProperty({ maxLength: NAME_MAX, example: 'María José Núñez', description: 'Full name, or legal name.' })
  @NameValidators()
  name: string;

  @GenderField()
  gender?: Gender | null;

  @DateOfBirthField()
  dateOfBirth?: string | null;

  @ShortTextField('El Rosario', 'Community or village.')
  community?: string | null;

  @ShortTextField('coffee grower')
  occupation?: string | null;

  @EmailField()
  email?: string | null;

  @PhoneField()
  phone?: string | null;

  @AddressField()
  address?: string | null;

  @ApiDate({
    required: false,
    example: '2024-03-01',
    description: 'The day the application was made (default: today, UTC). No transition may take effect before it.',
  })
  @IsOptional()
  @IsRegisterDate()
  appliedOn?: string;
}

export class MemberDecisionDto {
  @DecisionDateField({
    required: true,
    example: '2024-05-10',
    description: 'The legal date it takes effect: not before the previous transition, not in the future.',
  })
  effectiveDate: string;

  @DecisionReferenceField({
    example: 'Board minute 2024-07, item 3',
    description: 'The decision behind the transition; required for an expulsion.',
  })
  decisionReference?: string;

  @ReasonField({ description: 'Why, in words.' })
  reason?: string;
}

export class MemberCessationDto extends MemberDecisionDto {
  @CessationReasonEnum({
    description:
      "'deceased' for natural persons only, 'dissolved' for legal entities only; 'expelled' needs decisionReference.",
  })
  @IsIn(CESSATION_REASONS)
  cessationReason: CessationReason;
}

// ---------------------------------------------------------------------------------------------------------------
// Responses

export class MemberResponseDto {
  @ApiUuid()
  id: string;

  @MemberNumberField({
    nullable: true,
    description: 'Sequential per cooperative, never reused. Null until the first admission; kept for life.',
  })
  memberNumber: number | null;

  @EntityKindEnum()
  kind: EntityKind;

  @ApiProperty()
  name: string;

  @ApiEnum(GENDERS, 'Gender', { nullable: true })
  gender: Gender | null;

  @ApiDate({ nullable: true, example: '1984-06-12' })
  dateOfBirth: string | null;

  @ApiProperty({ type: String, nullable: true })
  community: string | null;

  @ApiProperty({ type: String, nullable: true })
  occupation: string | null;

  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;

  @ApiProperty({ type: String, nullable: true })
  address: string | null;

  @MemberStatusEnum()
  status: MemberStatus;

  @ApiDate()
  appliedOn: string;

  @ApiDate({ description: 'Effective date of the current status.' })
  statusSince: string;

  @ApiDate({ nullable: true, description: 'First admission (seniority).' })
  firstAdmittedOn: string | null;

  @ApiDate({ nullable: true, description: 'Latest admission.' })
  admittedOn: string | null;

  @ApiDate({ nullable: true, description: 'End of the last membership period.' })
  ceasedOn: string | null;

  @CessationReasonEnum({ nullable: true })
  cessationReason: CessationReason | null;

  @ApiProperty({ description: 'The member has an API account (self-service).' })
  hasAccount: boolean;

  @MemberActionEnum({ isArray: true, description: 'The transitions allowed from the current status.' })
  allowedActions: MemberAction[];

  @ApiInteger({
    minimum: 1,
    description:
      'The record’s version: 1 at the application, +1 at every change (correction, transition, account linked). ' +
      'Also the `ETag` of its GET; send it as `If-Match` with a PATCH so a change made meanwhile is not overwritten.',
  })
  version: number;

  @ApiDateTime()
  createdAt: string;

  @ApiDateTime()
  updatedAt: string;
}

export class MemberPageDto extends PageDto(MemberResponseDto) {}

export class MemberTransitionResponseDto {
  @ApiProperty({
    type: 'string',
    pattern: '^[0-9]+$',
    example: '42',
    description: 'A positive integer as a string (a 64-bit sequence, not a UUID); increases in recorded order.',
  })
  id: string;

  @MemberActionEnum()
  action: MemberAction;

  @MemberStatusEnum()
  fromStatus: MemberStatus;

  @MemberStatusEnum()
  toStatus: MemberStatus;

  @ApiDate()
  effectiveDate: string;

  @CessationReasonEnum({ nullable: true })
  cessationReason: CessationReason | null;

  @ApiEnum(REJECTION_REASONS, 'RejectionReason', {
    nullable: true,
    description: "A refused application: 'rejected' by the cooperative, or 'withdrawn' by the applicant.",
  })
  rejectionReason: RejectionReason | null;

  @ApiProperty({ type: String, nullable: true })
  decisionReference: string | null;

  @ApiProperty({ type: String, nullable: true })
  reason: string | null;

  @ApiProperty({ description: 'An expulsion: the member may appeal to the general assembly.' })
  rightOfAppeal: boolean;

  @MemberNumberField({ nullable: true, description: 'The record’s number when the transition was recorded.' })
  memberNumber: number | null;

  @ApiEnum(ACTOR_TYPES, 'ActorType')
  recordedByType: ActorType;

  @ApiUuid({ nullable: true, description: 'The user or API client that recorded it; null for the system.' })
  recordedBy: string | null;

  @ApiDateTime()
  recordedAt: string;
}

export class MemberTransitionPageDto extends PageDto(MemberTransitionResponseDto) {}
