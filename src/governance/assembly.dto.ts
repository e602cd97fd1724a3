import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
import { TEXT_MAX, TITLE_MAX } from './ballot.dto.js';
import { PageDto } from '../common/pagination/pagination.js';

export const AGENDA_MAX = 100;

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
  @ApiProperty({ enum: ASSEMBLY_KINDS })
  @IsIn(ASSEMBLY_KINDS)
  kind: AssemblyKind;

  @ApiProperty({ maxLength: TITLE_MAX, example: 'Annual general assembly 2025' })
  @IsString()
  @MaxLength(TITLE_MAX)
  @IsSingleLineText()
  title: string;

  @ApiProperty({ format: 'date', example: '2025-05-10' })
  @IsCalendarDate()
  meetingDate: string;

  @ApiProperty({ maxLength: TEXT_MAX, description: 'The notice (convocation) sent to members.' })
  @IsString()
  @MaxLength(TEXT_MAX)
  @IsMultilineText()
  notice: string;

  @ApiProperty({ format: 'date', description: 'Who may attend and vote: the members eligible on this day.' })
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

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  meetingDate?: string;

  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  @IsMultilineText()
  notice?: string;

  @ApiPropertyOptional({ format: 'date' })
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
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  memberId: string;

  @ApiProperty({ enum: ATTENDANCE_MODES, description: 'in_person, or proxy: represented by a present holder.' })
  @IsIn(ATTENDANCE_MODES)
  mode: AttendanceMode;

  @ApiPropertyOptional({ format: 'uuid', description: "mode proxy: the member's proxy for this assembly." })
  @ValidateIf((o: AttendanceRecordDto) => o.mode === 'proxy' || o.proxyId !== undefined)
  @IsUUID()
  proxyId?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Responses

export class AgendaItemDto {
  @ApiProperty()
  number: number;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;
}

export class MeetingQuorumDto {
  @ApiProperty({ description: 'Members eligible on the record date, counted when the assembly opened.' })
  electorate: number;

  @ApiProperty()
  present: number;

  @ApiProperty()
  represented: number;

  @ApiProperty()
  quorumThreshold: number;

  @ApiProperty({ description: 'present + represented >= quorumThreshold.' })
  quorumMet: boolean;
}

export class AssemblyResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ASSEMBLY_KINDS })
  kind: AssemblyKind;

  @ApiProperty()
  title: string;

  @ApiProperty({ format: 'date' })
  meetingDate: string;

  @ApiProperty({ type: String, nullable: true })
  location: string | null;

  @ApiProperty()
  notice: string;

  @ApiProperty({ type: [AgendaItemDto] })
  agenda: AgendaItemDto[];

  @ApiProperty({ format: 'date' })
  recordDate: string;

  @ApiProperty({ enum: ASSEMBLY_STATUSES })
  status: AssemblyStatus;

  @ApiProperty({ type: MeetingQuorumDto, nullable: true, description: 'From opening on.' })
  quorum: MeetingQuorumDto | null;

  @ApiProperty({ type: String, nullable: true })
  minutes: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  openedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class AssemblyPageDto extends PageDto(AssemblyResponseDto) {}

export class AttendanceEntryDto {
  @ApiProperty({ format: 'uuid' })
  memberId: string;

  @ApiProperty()
  memberNumber: number;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ATTENDANCE_MODES })
  mode: AttendanceMode;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  proxyId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'mode proxy: who represents them.' })
  holderMemberId: string | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}

export class AttendancePageDto extends PageDto(AttendanceEntryDto) {}
