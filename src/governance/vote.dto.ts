/** Casting votes and a member's own view of their ballots. */
import { IsOmittable } from '../common/validation/decimal.validators.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { PARTICIPATION_VIAS, type ParticipationVia, type StoredSelection } from './governance.rules.js';
import { IsSelection } from './governance.validators.js';
import { BallotResponseDto, SelectionProperty } from './ballot.dto.js';
import { PageDto } from '../common/pagination/pagination.js';

export class VoteCastDto {
  @SelectionProperty(
    "motion: 'yes' | 'no' | 'abstain'; choice: one option, or null to abstain; election: up to k candidates ([] blank).",
  )
  @IsSelection()
  selection: StoredSelection;

  @ApiPropertyOptional({ format: 'uuid', description: 'Vote as proxy holder for this member.' })
  @IsOmittable()
  @IsUUID()
  onBehalfOfMemberId?: string;
}

export class RollCallEntryDto {
  @ApiProperty({ format: 'uuid', description: 'A member on the attendance register (present, or represented).' })
  @IsUUID()
  memberId: string;

  @SelectionProperty()
  @IsSelection()
  selection: StoredSelection;
}

export class VoteCastResponseDto {
  @ApiProperty({ format: 'uuid' })
  ballotId: string;

  @ApiProperty({ format: 'uuid', description: 'The member whose vote this is.' })
  memberId: string;

  @ApiProperty({ enum: PARTICIPATION_VIAS })
  via: ParticipationVia;

  @ApiProperty()
  secret: boolean;

  @SelectionProperty('Open ballots: the vote now counted. Secret ballots: null.')
  selection: StoredSelection;

  @ApiProperty({ description: 'Open ballots: 1 for the first vote, +1 per change. Secret ballots: 1.' })
  version: number;

  @ApiPropertyOptional({
    description:
      'Secret ballots: a random receipt code, shown once. The server keeps it only with the anonymous choice, never ' +
      'with the voter, so an Idempotency-Key replay does not repeat it.',
  })
  receiptCode?: string;
}

export class VoteHistoryEntryDto {
  @SelectionProperty()
  selection: StoredSelection;

  @ApiProperty({ enum: PARTICIPATION_VIAS })
  via: ParticipationVia;

  @ApiProperty({ format: 'uuid' })
  castByMemberId: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}

export class MyBallotDto {
  @ApiProperty({ type: BallotResponseDto })
  ballot: BallotResponseDto;

  @ApiProperty({ description: 'On the frozen roll (false while the ballot is a draft).' })
  eligible: boolean;

  @ApiProperty()
  voted: boolean;

  @ApiProperty({ enum: PARTICIPATION_VIAS, nullable: true })
  via: ParticipationVia | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  castByMemberId: string | null;

  @SelectionProperty('Open ballots: my current vote. Secret ballots: always null.')
  selection: StoredSelection;

  @ApiProperty({ type: [VoteHistoryEntryDto], description: 'Open ballots: every vote and change, oldest first.' })
  history: VoteHistoryEntryDto[];
}

export class MyBallotPageDto extends PageDto(MyBallotDto) {}
