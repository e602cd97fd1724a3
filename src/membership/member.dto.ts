import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import {
  CESSATION_REASONS,
  type CessationReason,
  ENTITY_KINDS,
  type EntityKind,
  MEMBER_ACTIONS,
  MEMBER_STATUSES,
  type MemberAction,
  type MemberStatus,
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
    ApiPropertyOptional({ enum: GENDERS, nullable: true, description: 'Natural persons only. Null: not stated.' }),
    IsOptional(),
    IsIn(GENDERS),
  );

const DateOfBirthField = () =>
  applyDecorators(
    ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Natural persons only.' }),
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
  @ApiProperty({ enum: ENTITY_KINDS, description: 'A natural person, or a legal entity (e.g. another cooperative).' })
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

  @ApiPropertyOptional({
    format: 'date',
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
  @ApiProperty({
    enum: CESSATION_REASONS,
    description:
      "'deceased' for natural persons only, 'dissolved' for legal entities only; 'expelled' needs decisionReference.",
  })
  @IsIn(CESSATION_REASONS)
  cessationReason: CessationReason;
}

// ---------------------------------------------------------------------------------------------------------------
// Responses

export class MemberResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Null until the first admission; kept for life.' })
  memberNumber: number | null;

  @ApiProperty({ enum: ENTITY_KINDS })
  kind: EntityKind;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: GENDERS, nullable: true })
  gender: Gender | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
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

  @ApiProperty({ enum: MEMBER_STATUSES })
  status: MemberStatus;

  @ApiProperty({ format: 'date' })
  appliedOn: string;

  @ApiProperty({ format: 'date', description: 'Effective date of the current status.' })
  statusSince: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'First admission (seniority).' })
  firstAdmittedOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Latest admission.' })
  admittedOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'End of the last membership period.' })
  ceasedOn: string | null;

  @ApiProperty({ enum: CESSATION_REASONS, nullable: true })
  cessationReason: CessationReason | null;

  @ApiProperty({ description: 'The member has an API account (self-service).' })
  hasAccount: boolean;

  @ApiProperty({ enum: MEMBER_ACTIONS, isArray: true, description: 'The transitions allowed from the current status.' })
  allowedActions: MemberAction[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class MemberPageDto extends PageDto(MemberResponseDto) {}

export class MemberTransitionResponseDto {
  @ApiProperty({ example: '42', description: 'Increases in recorded order.' })
  id: string;

  @ApiProperty({ enum: MEMBER_ACTIONS })
  action: MemberAction;

  @ApiProperty({ enum: MEMBER_STATUSES })
  fromStatus: MemberStatus;

  @ApiProperty({ enum: MEMBER_STATUSES })
  toStatus: MemberStatus;

  @ApiProperty({ format: 'date' })
  effectiveDate: string;

  @ApiProperty({ enum: CESSATION_REASONS, nullable: true })
  cessationReason: CessationReason | null;

  @ApiProperty({ enum: ['rejected', 'withdrawn'], nullable: true })
  rejectionReason: RejectionReason | null;

  @ApiProperty({ type: String, nullable: true })
  decisionReference: string | null;

  @ApiProperty({ type: String, nullable: true })
  reason: string | null;

  @ApiProperty({ description: 'An expulsion: the member may appeal to the general assembly.' })
  rightOfAppeal: boolean;

  @ApiProperty({ type: Number, nullable: true })
  memberNumber: number | null;

  @ApiProperty({ enum: ['user', 'api_client', 'system'] })
  recordedByType: 'user' | 'api_client' | 'system';

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  recordedBy: string | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}

export class MemberTransitionPageDto extends PageDto(MemberTransitionResponseDto) {}
