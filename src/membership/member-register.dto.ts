/** The register's read side: list filters and orders, the register as of a day, the CSV export. */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ApiDate, ApiEnum, ApiInteger, ApiUuid } from '../common/openapi/api-fields.js';
import { PageQueryDto, PageDto } from '../common/pagination/pagination.js';
import { ENTITY_KINDS, type EntityKind, MEMBER_STATUSES, type MemberStatus } from './member-lifecycle.rules.js';
import { EntityKindEnum, MEMBER_NUMBER_MAX, MemberStatusEnum, SHORT_TEXT_MAX } from './member.dto.js';
import { IsCalendarDate, IsSingleLineText } from './member.validators.js';

/** `?status=active&status=suspended` or `?status=active,suspended`; repeated values count once. */
const toList = ({ value }: { value: unknown }): unknown[] | undefined => {
  if (value === undefined) return undefined;
  const values: unknown[] = Array.isArray(value) ? (value as unknown[]) : [value];
  return [...new Set(values.flatMap((v) => (typeof v === 'string' ? v.split(',') : [v])))];
};

/** An optional list of statuses, in the query string as above. */
const StatusesField = (description: string) =>
  applyDecorators(
    MemberStatusEnum({ required: false, isArray: true, description }),
    IsOptional(),
    Transform(toList),
    IsArray(),
    ArrayMaxSize(MEMBER_STATUSES.length),
    IsIn(MEMBER_STATUSES, { each: true }),
  );

export const MEMBER_SORTS = ['number', 'admission', 'name'] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];

/** A member's standing on a day of the register: in membership, with or without suspended rights. */
const REGISTER_STATUSES = ['active', 'suspended'] as const;
type RegisterStatus = (typeof REGISTER_STATUSES)[number];
const RegisterStatusEnum = (options: Parameters<typeof ApiEnum>[2]) =>
  ApiEnum(REGISTER_STATUSES, 'RegisterStatus', options);

export class MemberListQueryDto extends PageQueryDto {
  @StatusesField('One or more statuses.')
  status?: MemberStatus[];

  @EntityKindEnum({ required: false })
  @IsOptional()
  @IsIn(ENTITY_KINDS)
  kind?: EntityKind;

  @ApiPropertyOptional({ maxLength: SHORT_TEXT_MAX, description: 'Exact community or village.' })
  @IsOptional()
  @IsString()
  @MaxLength(SHORT_TEXT_MAX)
  community?: string;

  @ApiDate({ required: false, description: 'Latest admission on or after this day.' })
  @IsOptional()
  @IsCalendarDate()
  admittedFrom?: string;

  @ApiDate({ required: false, description: 'Latest admission on or before this day.' })
  @IsOptional()
  @IsCalendarDate()
  admittedTo?: string;

  @ApiPropertyOptional({
    maxLength: SHORT_TEXT_MAX,
    description: 'Part of the name (case and accents ignored), or an exact member number.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(SHORT_TEXT_MAX)
  @IsSingleLineText()
  q?: string;

  @ApiEnum(MEMBER_SORTS, 'MemberSort', {
    required: false,
    default: 'number',
    description:
      "'number' (the default): by member number. 'admission': by latest admission date, then number (the fast order with " +
      "admittedFrom/admittedTo). 'name': by name. In the first two, records never admitted come last, by application date.",
  })
  @IsOptional()
  @IsIn(MEMBER_SORTS)
  sort: MemberSort = 'number';
}

export class MemberRegisterQueryDto extends PageQueryDto {
  @ApiDate({ example: '2024-12-31', description: 'The day the register is read for.' })
  @IsCalendarDate()
  asOf: string;

  @RegisterStatusEnum({ required: false, description: 'Status on that day (default: both).' })
  @IsOptional()
  @IsIn(REGISTER_STATUSES)
  status?: RegisterStatus;
}

export class MemberExportQueryDto {
  @StatusesField('One or more statuses (default: all).')
  status?: MemberStatus[];
}

export class RegisterEntryDto {
  @ApiUuid()
  memberId: string;

  @ApiInteger({ minimum: 1, maximum: MEMBER_NUMBER_MAX })
  memberNumber: number;

  @ApiProperty()
  name: string;

  @EntityKindEnum()
  kind: EntityKind;

  @ApiProperty({ type: String, nullable: true })
  community: string | null;

  @RegisterStatusEnum({ description: 'Status on the day asked.' })
  status: RegisterStatus;

  @ApiDate({ description: 'Admission that opened the membership period covering that day.' })
  admittedOn: string;
}

export class RegisterPageDto extends PageDto(RegisterEntryDto) {
  @ApiDate({ description: 'The day asked.' })
  asOf: string;
}
