import { IsOmittable } from '../common/validation/decimal.validators.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  @ApiProperty({ enum: QUORUM_TYPES })
  @IsIn(QUORUM_TYPES)
  type: QuorumType;

  @ApiPropertyOptional({ example: '50', description: "percent: participants >= this % of the electorate ('33.33')." })
  @ValidateIf((o: QuorumDto) => o.type === 'percent')
  @IsPercent()
  percent?: string;

  @ApiPropertyOptional({ minimum: 0, description: 'absolute: at least this many participants.' })
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

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, description: 'Election: k, the seats to fill.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(OPTIONS_MAX)
  seats?: number | null;

  @ApiPropertyOptional({ enum: MAJORITY_RULES, description: "Motion only; default: the bylaws' default majority." })
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

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'Electronic: votes from.' })
  @IsOptional()
  @IsInstant()
  opensAt?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Electronic: votes until (excluded); the ballot cannot be closed before.',
  })
  @IsOptional()
  @IsInstant()
  closesAt?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: "The number of the assembly's agenda item." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  agendaItem?: number | null;
}

export class BallotUpdateDto extends BallotFieldsDto {
  @ApiPropertyOptional({ maxLength: TITLE_MAX, example: 'Approve the 2024 accounts' })
  @IsOptional()
  @IsString()
  @MaxLength(TITLE_MAX)
  @IsSingleLineText()
  title?: string;

  @ApiPropertyOptional({ format: 'date', description: 'The electorate is the register as of this day.' })
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

  @ApiProperty({ enum: BALLOT_KINDS, description: 'motion (yes/no/abstain), choice (one of N), election (k of N).' })
  @IsIn(BALLOT_KINDS)
  kind: BallotKind;

  @ApiProperty({ enum: BALLOT_MODES })
  @IsIn(BALLOT_MODES)
  mode: BallotMode;

  @ApiPropertyOptional({
    enum: IN_ASSEMBLY_METHODS,
    description: 'in_assembly only: the secretary records aggregate counts, or each present member (roll-call).',
  })
  @IsOptional()
  @IsIn(IN_ASSEMBLY_METHODS)
  inAssemblyMethod?: InAssemblyMethod;

  @ApiProperty({ description: 'Secret ballot (no link between voter and vote), or open roll-call.' })
  @IsBoolean()
  secret: boolean;

  @ApiProperty({ format: 'date', description: 'The electorate is the register as of this day.' })
  @IsCalendarDate()
  recordDate: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The assembly this ballot belongs to (required in_assembly).' })
  @IsOmittable()
  @IsUUID()
  assemblyId?: string;
}

export class BallotListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: BALLOT_STATUSES })
  @IsOptional()
  @IsIn(BALLOT_STATUSES)
  status?: BallotStatus;

  @ApiPropertyOptional({ format: 'uuid' })
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

  @ApiPropertyOptional({ minimum: 0, description: 'choice: explicit abstentions.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  abstentions?: number;

  @ApiPropertyOptional({ minimum: 0, description: 'election: ballots cast, blank ones included (required).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  ballots?: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Responses

export class QuorumResponseDto {
  @ApiProperty({ enum: QUORUM_TYPES })
  type: QuorumType;

  @ApiProperty({ type: String, nullable: true, example: '50' })
  percent: string | null;

  @ApiProperty({ type: Number, nullable: true })
  count: number | null;
}

export class BallotResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  assemblyId: string | null;

  @ApiProperty({ type: Number, nullable: true })
  agendaItem: number | null;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiProperty({ enum: BALLOT_KINDS })
  kind: BallotKind;

  @ApiProperty({ enum: BALLOT_MODES })
  mode: BallotMode;

  @ApiProperty({ enum: IN_ASSEMBLY_METHODS, nullable: true })
  inAssemblyMethod: InAssemblyMethod | null;

  @ApiProperty()
  secret: boolean;

  @ApiProperty({ type: [String] })
  options: string[];

  @ApiProperty({ type: Number, nullable: true })
  seats: number | null;

  @ApiProperty({ enum: MAJORITY_RULES, nullable: true })
  majority: MajorityRule | null;

  @ApiProperty({ type: QuorumResponseDto })
  quorum: QuorumResponseDto;

  @ApiProperty({ format: 'date' })
  recordDate: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  opensAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closesAt: string | null;

  @ApiProperty({ enum: BALLOT_STATUSES })
  status: BallotStatus;

  @ApiProperty({ type: Number, nullable: true, description: 'Size of the frozen roll (from opening).' })
  electorateSize: number | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'sha256 of the frozen roll: the member ids (UUID text) sorted bytewise, joined by "\\n", UTF-8, lowercase hex.',
  })
  electorateFingerprint: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  openedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class BallotPageDto extends PageDto(BallotResponseDto) {}
