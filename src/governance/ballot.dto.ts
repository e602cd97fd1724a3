import { IsOmittable } from '../common/validation/decimal.validators.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiDate, ApiDateTime, ApiEnum, ApiInteger, ApiPercent, ApiUuid } from '../common/openapi/api-fields.js';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto, PageDto } from '../common/pagination/pagination.js';
import { IsPercent } from '../common/validation/decimal.validators.js';
import { IsCalendarDate, IsMultilineText, IsSingleLineText } from '../membership/member.validators.js';
import { BALLOT_KINDS, type BallotKind, MAJORITY_RULES, type MajorityRule } from './tally.rules.js';
import {
  BALLOT_MODES,
  BALLOT_STATUSES,
  type BallotMode,
  type BallotStatus,
  IN_ASSEMBLY_METHODS,
  type InAssemblyMethod,
  QUORUM_TYPES,
  type QuorumType,
} from './governance.rules.js';
import { IsInstant, IsVoteCounts, OPTION_MAX, OPTIONS_MAX } from './governance.validators.js';

export const TITLE_MAX = 200;
export const TEXT_MAX = 20000;
/** The most items an assembly's agenda holds (numbered 1 to AGENDA_MAX). */
export const AGENDA_MAX = 100;

/** sha256 in lowercase hex. */
export const FINGERPRINT_PATTERN = '^[0-9a-f]{64}$';
const FINGERPRINT_DESCRIPTION =
  'sha256 of the frozen roll: the member ids (UUID text) sorted bytewise, joined by "\\n", UTF-8, lowercase hex. ' +
  'Anyone holding the roll (GET .../electorate) can recompute it.';

/** A selection: a string, null, or a list of strings. */
export const SelectionProperty = (description?: string) =>
  ApiProperty({
    oneOf: [
      { type: 'string', nullable: true },
      { type: 'array', items: { type: 'string' } },
    ],
    description,
  });

export class QuorumDto {
  @ApiEnum(QUORUM_TYPES, 'QuorumType', {
    description: 'none; percent: a share of the electorate; absolute: a number of participants.',
  })
  @IsIn(QUORUM_TYPES)
  type: QuorumType;

  @ApiPercent({
    required: false,
    example: '50',
    description: "type percent (required): participants >= this % of the electorate ('33.33').",
  })
  @ValidateIf((o: QuorumDto) => o.type === 'percent')
  @IsPercent()
  percent?: string;

  @ApiInteger({
    required: false,
    minimum: 0,
    maximum: 1_000_000_000,
    description: 'type absolute (required): at least this many participants.',
  })
  @ValidateIf((o: QuorumDto) => o.type === 'absolute')
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  count?: number;
}

/** The fields a draft may change, shared by creation and update. */
export class BallotFieldsDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: TEXT_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  @IsMultilineText()
  description?: string | null;

  @ApiPropertyOptional({
    type: [String],
    maxItems: OPTIONS_MAX,
    description: 'Choice options or election candidates, in ballot order; none for a motion.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(OPTIONS_MAX)
  @IsString({ each: true })
  @MaxLength(OPTION_MAX, { each: true })
  @IsSingleLineText({ each: true })
  options?: string[];

  @ApiInteger({
    required: false,
    nullable: true,
    minimum: 1,
    maximum: OPTIONS_MAX,
    description: 'Election (required): k, the seats to fill; at most the number of candidates.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(OPTIONS_MAX)
  seats?: number | null;

  @ApiEnum(MAJORITY_RULES, 'Majority', {
    required: false,
    description:
      "Motion only; default: the bylaws' default majority. simple: yes > no; two_thirds: yes >= 2/3 of yes + no; " +
      'absolute: yes > half the electorate.',
  })
  @IsOptional()
  @IsIn(MAJORITY_RULES)
  majority?: MajorityRule;

  @ApiPropertyOptional({
    type: QuorumDto,
    description: "Default: the bylaws' quorum (absolute number if set, else %).",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuorumDto)
  quorum?: QuorumDto;

  @ApiDateTime({
    required: false,
    nullable: true,
    description: 'Electronic only: votes from this instant (with a time zone); none: from opening.',
  })
  @IsOptional()
  @IsInstant()
  opensAt?: string | null;

  @ApiDateTime({
    required: false,
    nullable: true,
    description: 'Electronic only: votes until this instant (excluded); the ballot cannot be closed before it.',
  })
  @IsOptional()
  @IsInstant()
  closesAt?: string | null;

  @ApiInteger({
    required: false,
    nullable: true,
    minimum: 1,
    maximum: AGENDA_MAX,
    description: "The number of the assembly's agenda item this ballot decides (a ballot of an assembly only).",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(AGENDA_MAX)
  agendaItem?: number | null;
}

export class BallotUpdateDto extends BallotFieldsDto {
  @ApiPropertyOptional({ maxLength: TITLE_MAX, example: 'Approve the 2024 accounts' })
  @IsOptional()
  @IsString()
  @MaxLength(TITLE_MAX)
  @IsSingleLineText()
  title?: string;

  @ApiDate({
    required: false,
    description: "The electorate is the register as of this day; a ballot of an assembly keeps the assembly's.",
  })
  @IsOptional()
  @IsCalendarDate()
  recordDate?: string;
}

export class BallotCreateDto extends BallotFieldsDto {
  @ApiProperty({ maxLength: TITLE_MAX, example: 'Approve the 2024 accounts' })
  @IsString()
  @MaxLength(TITLE_MAX)
  @IsSingleLineText()
  title: string;

  @ApiEnum(BALLOT_KINDS, 'BallotKind', {
    description: 'motion (yes/no/abstain), choice (one of N), election (k of N).',
  })
  @IsIn(BALLOT_KINDS)
  kind: BallotKind;

  @ApiEnum(BALLOT_MODES, 'BallotMode', {
    description: 'electronic: members vote from their devices; in_assembly: the secretary records the room.',
  })
  @IsIn(BALLOT_MODES)
  mode: BallotMode;

  @ApiEnum(IN_ASSEMBLY_METHODS, 'InAssemblyMethod', {
    required: false,
    description: 'in_assembly (required): the secretary records aggregate counts, or each present member (roll_call).',
  })
  @IsOptional()
  @IsIn(IN_ASSEMBLY_METHODS)
  inAssemblyMethod?: InAssemblyMethod;

  @ApiProperty({ description: 'Secret ballot (no link between voter and vote), or open roll-call.' })
  @IsBoolean()
  secret: boolean;

  @ApiDate({
    description: "The electorate is the register as of this day; a ballot of an assembly takes the assembly's.",
  })
  @IsCalendarDate()
  recordDate: string;

  @ApiUuid({ required: false, description: 'The assembly this ballot belongs to (required in_assembly).' })
  @IsOmittable()
  @IsUUID()
  assemblyId?: string;
}

export class BallotListQueryDto extends PageQueryDto {
  @ApiEnum(BALLOT_STATUSES, 'BallotStatus', { required: false, description: 'Only ballots in this state.' })
  @IsOptional()
  @IsIn(BALLOT_STATUSES)
  status?: BallotStatus;

  @ApiUuid({ required: false, description: 'Only the ballots of this assembly.' })
  @IsOptional()
  @IsUUID()
  assemblyId?: string;
}

export class RecordedCountsDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0 },
    example: { yes: 41, no: 12, abstain: 3 },
    description: 'motion: yes/no/abstain; choice: votes per option; election: marks per candidate.',
  })
  @IsVoteCounts()
  counts: Record<string, number>;

  @ApiInteger({ required: false, minimum: 0, maximum: 1_000_000_000, description: 'choice: explicit abstentions.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  abstentions?: number;

  @ApiInteger({
    required: false,
    minimum: 0,
    maximum: 1_000_000_000,
    description: 'election (required): ballots cast, blank ones included.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  ballots?: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Responses

export class QuorumResponseDto {
  @ApiEnum(QUORUM_TYPES, 'QuorumType')
  type: QuorumType;

  @ApiPercent({
    nullable: true,
    example: '50',
    description: 'type percent: the share of the electorate that must take part (as written: 50, 33.33).',
  })
  percent: string | null;

  @ApiInteger({ nullable: true, minimum: 0, description: 'type absolute: the participants needed.' })
  count: number | null;
}

export class BallotResponseDto {
  @ApiUuid()
  id: string;

  @ApiUuid({ nullable: true, description: 'The assembly it belongs to; null for a ballot outside any assembly.' })
  assemblyId: string | null;

  @ApiInteger({ nullable: true, minimum: 1, maximum: AGENDA_MAX, description: 'The agenda item it decides.' })
  agendaItem: number | null;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiEnum(BALLOT_KINDS, 'BallotKind')
  kind: BallotKind;

  @ApiEnum(BALLOT_MODES, 'BallotMode')
  mode: BallotMode;

  @ApiEnum(IN_ASSEMBLY_METHODS, 'InAssemblyMethod', { nullable: true, description: 'in_assembly ballots only.' })
  inAssemblyMethod: InAssemblyMethod | null;

  @ApiProperty({ description: 'Secret (no link between voter and vote, receipts) or open (who voted what is shown).' })
  secret: boolean;

  @ApiProperty({ type: [String], description: 'The choice options or election candidates, in ballot order.' })
  options: string[];

  @ApiInteger({ nullable: true, minimum: 1, maximum: OPTIONS_MAX, description: 'Elections: the seats to fill.' })
  seats: number | null;

  @ApiEnum(MAJORITY_RULES, 'Majority', { nullable: true, description: 'Motions only.' })
  majority: MajorityRule | null;

  @ApiProperty({ type: QuorumResponseDto })
  quorum: QuorumResponseDto;

  @ApiDate({ description: 'The electorate is the register as of this day.' })
  recordDate: string;

  @ApiDateTime({ nullable: true })
  opensAt: string | null;

  @ApiDateTime({ nullable: true })
  closesAt: string | null;

  @ApiEnum(BALLOT_STATUSES, 'BallotStatus', {
    description: 'draft (editable) -> open (the roll frozen, voting) -> closed (tallied) -> published (final).',
  })
  status: BallotStatus;

  @ApiInteger({ nullable: true, minimum: 0, description: 'Size of the frozen roll (from opening).' })
  electorateSize: number | null;

  @ApiProperty({
    type: String,
    nullable: true,
    pattern: FINGERPRINT_PATTERN,
    description: `${FINGERPRINT_DESCRIPTION} Null while a draft.`,
  })
  electorateFingerprint: string | null;

  @ApiDateTime({ nullable: true })
  openedAt: string | null;

  @ApiDateTime({ nullable: true })
  closedAt: string | null;

  @ApiDateTime({ nullable: true })
  publishedAt: string | null;

  @ApiDateTime()
  createdAt: string;

  @ApiInteger({
    minimum: 1,
    description:
      "The ballot's version: 1 when drafted, +1 on every change (edit, opening, closing, counts, publishing). " +
      'Its ETag; send it as If-Match when editing the draft.',
  })
  version: number;
}

export class BallotPageDto extends PageDto(BallotResponseDto) {}
