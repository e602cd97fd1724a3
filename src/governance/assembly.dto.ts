import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiDate, ApiDateTime, ApiEnum, ApiInteger, ApiUuid } from '../common/openapi/api-fields.js';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsMultilineText, IsSingleLineText } from '../membership/member.validators.js';
import {
  ASSEMBLY_KINDS,
  ASSEMBLY_STATUSES,
  type AssemblyKind,
  type AssemblyStatus,
  ATTENDANCE_MODES,
  type AttendanceMode,
} from './governance.rules.js';
import { AGENDA_MAX, TEXT_MAX, TITLE_MAX } from './ballot.dto.js';
import { PageDto } from '../common/pagination/pagination.js';

export class AgendaItemInputDto {
  @ApiProperty({ maxLength: TITLE_MAX, example: 'Approval of the annual accounts' })
  @IsString()
  @MaxLength(TITLE_MAX)
  @IsSingleLineText()
  title: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: TEXT_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  @IsMultilineText()
  description?: string | null;
}

class AssemblyFieldsDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: TITLE_MAX, example: 'Community hall, El Rosario' })
  @IsOptional()
  @IsString()
  @MaxLength(TITLE_MAX)
  @IsSingleLineText()
  location?: string | null;

  @ApiPropertyOptional({
    type: [AgendaItemInputDto],
    maxItems: AGENDA_MAX,
    description: 'Numbered 1, 2, 3... in this order.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(AGENDA_MAX)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInputDto)
  agenda?: AgendaItemInputDto[];
}

export class AssemblyCreateDto extends AssemblyFieldsDto {
  @ApiEnum(ASSEMBLY_KINDS, 'AssemblyKind', { description: 'The annual general assembly, or an extraordinary one.' })
  @IsIn(ASSEMBLY_KINDS)
  kind: AssemblyKind;

  @ApiProperty({ maxLength: TITLE_MAX, example: 'Annual general assembly 2025' })
  @IsString()
  @MaxLength(TITLE_MAX)
  @IsSingleLineText()
  title: string;

  @ApiDate({ example: '2025-05-10', description: 'The day of the meeting.' })
  @IsCalendarDate()
  meetingDate: string;

  @ApiProperty({ maxLength: TEXT_MAX, description: 'The notice (convocation) sent to members.' })
  @IsString()
  @MaxLength(TEXT_MAX)
  @IsMultilineText()
  notice: string;

  @ApiDate({
    example: '2025-04-30',
    description: 'Who may attend and vote: the members eligible on this day (on or before meetingDate).',
  })
  @IsCalendarDate()
  recordDate: string;
}

export class AssemblyUpdateDto extends AssemblyFieldsDto {
  @ApiPropertyOptional({ maxLength: TITLE_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(TITLE_MAX)
  @IsSingleLineText()
  title?: string;

  @ApiDate({ required: false, description: 'The day of the meeting.' })
  @IsOptional()
  @IsCalendarDate()
  meetingDate?: string;

  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  @IsMultilineText()
  notice?: string;

  @ApiDate({
    required: false,
    description: 'Who may attend and vote; not after meetingDate, and fixed once a ballot of the assembly is drafted.',
  })
  @IsOptional()
  @IsCalendarDate()
  recordDate?: string;
}

export class AssemblyCloseDto {
  @ApiProperty({ maxLength: TEXT_MAX * 5, description: 'The minutes; they never change afterwards.' })
  @IsString()
  @MaxLength(TEXT_MAX * 5)
  @IsMultilineText()
  minutes: string;
}

export class AttendanceRecordDto {
  @ApiUuid({ description: 'The member who attends (in person) or is represented (by proxy).' })
  @IsUUID()
  memberId: string;

  @ApiEnum(ATTENDANCE_MODES, 'AttendanceMode', {
    description: 'in_person, or proxy: represented by a holder who is present in person.',
  })
  @IsIn(ATTENDANCE_MODES)
  mode: AttendanceMode;

  @ApiUuid({ required: false, description: "mode proxy (required): the member's live proxy for this assembly." })
  @ValidateIf((o: AttendanceRecordDto) => o.mode === 'proxy' || o.proxyId !== undefined)
  @IsUUID()
  proxyId?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Responses

export class AgendaItemDto {
  @ApiInteger({ minimum: 1, maximum: AGENDA_MAX, description: 'Its number on the agenda, from 1.' })
  number: number;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;
}

export class MeetingQuorumDto {
  @ApiInteger({ minimum: 0, description: 'Members eligible on the record date, counted when the assembly opened.' })
  electorate: number;

  @ApiInteger({ minimum: 0, description: 'Members on the attendance register in person.' })
  present: number;

  @ApiInteger({ minimum: 0, description: 'Members on the attendance register represented by a proxy holder.' })
  represented: number;

  @ApiInteger({ minimum: 0, description: "The fewest attendees that meet the bylaws' quorum." })
  quorumThreshold: number;

  @ApiProperty({ description: 'present + represented >= quorumThreshold.' })
  quorumMet: boolean;
}

export class AssemblyResponseDto {
  @ApiUuid()
  id: string;

  @ApiEnum(ASSEMBLY_KINDS, 'AssemblyKind')
  kind: AssemblyKind;

  @ApiProperty()
  title: string;

  @ApiDate()
  meetingDate: string;

  @ApiProperty({ type: String, nullable: true })
  location: string | null;

  @ApiProperty({ description: 'The notice (convocation) sent to members.' })
  notice: string;

  @ApiProperty({ type: [AgendaItemDto] })
  agenda: AgendaItemDto[];

  @ApiDate({ description: 'Who may attend and vote: the members eligible on this day.' })
  recordDate: string;

  @ApiEnum(ASSEMBLY_STATUSES, 'AssemblyStatus', {
    description: 'planned (editable) -> in_session (attendance, ballots in the room) -> closed (minutes, final).',
  })
  status: AssemblyStatus;

  @ApiProperty({ type: MeetingQuorumDto, nullable: true, description: 'From opening on.' })
  quorum: MeetingQuorumDto | null;

  @ApiProperty({ type: String, nullable: true, description: 'Once closed; they never change afterwards.' })
  minutes: string | null;

  @ApiDateTime({ nullable: true })
  openedAt: string | null;

  @ApiDateTime({ nullable: true })
  closedAt: string | null;

  @ApiDateTime()
  createdAt: string;

  @ApiInteger({
    minimum: 1,
    description:
      "The assembly's version: 1 when convened, +1 on every change (edit, opening, closing). Its ETag; send it as " +
      'If-Match when editing.',
  })
  version: number;
}

export class AssemblyPageDto extends PageDto(AssemblyResponseDto) {}

export class AttendanceEntryDto {
  @ApiUuid()
  memberId: string;

  @ApiInteger({ minimum: 1, maximum: 2147483647 })
  memberNumber: number;

  @ApiProperty()
  name: string;

  @ApiEnum(ATTENDANCE_MODES, 'AttendanceMode')
  mode: AttendanceMode;

  @ApiUuid({ nullable: true, description: 'mode proxy: the proxy used (it can no longer be revoked).' })
  proxyId: string | null;

  @ApiUuid({ nullable: true, description: 'mode proxy: who represents them.' })
  holderMemberId: string | null;

  @ApiDateTime()
  recordedAt: string;
}

export class AttendancePageDto extends PageDto(AttendanceEntryDto) {}
