/** Casting votes and a member's own view of their ballots. */
import { IsOmittable } from '../common/validation/decimal.validators.js';
import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { ApiDateTime, ApiEnum, ApiInteger, ApiUuid } from '../common/openapi/api-fields.js';
import { PARTICIPATION_VIAS, type ParticipationVia, type StoredSelection } from './governance.rules.js';
import { IsSelection } from './governance.validators.js';
import { BallotResponseDto, SelectionProperty } from './ballot.dto.js';
import { PageDto } from '../common/pagination/pagination.js';

/** A receipt code: 16 characters of Crockford's base 32 in four groups. */
export const RECEIPT_CODE_PATTERN = '^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$';

export class VoteCastDto {
  @SelectionProperty(
    "motion: 'yes' | 'no' | 'abstain'; choice: one option, or null to abstain; election: up to k candidates ([] blank).",
  )
  @IsSelection()
  selection: StoredSelection;

  @ApiUuid({ required: false, description: 'Vote as proxy holder for this member (leave out to vote for yourself).' })
  @IsOmittable()
  @IsUUID()
  onBehalfOfMemberId?: string;
}

export class RollCallEntryDto {
  @ApiUuid({ description: 'A member on the attendance register (present, or represented).' })
  @IsUUID()
  memberId: string;

  @SelectionProperty()
  @IsSelection()
  selection: StoredSelection;
}

export class VoteCastResponseDto {
  @ApiUuid()
  ballotId: string;

  @ApiUuid({ description: 'The member whose vote this is.' })
  memberId: string;

  @ApiEnum(PARTICIPATION_VIAS, 'ParticipationVia')
  via: ParticipationVia;

  @ApiProperty()
  secret: boolean;

  @SelectionProperty('Open ballots: the vote now counted. Secret ballots: null.')
  selection: StoredSelection;

  @ApiInteger({ minimum: 1, description: 'Open ballots: 1 for the first vote, +1 per change. Secret ballots: 1.' })
  version: number;

  @ApiProperty({
    required: false,
    pattern: RECEIPT_CODE_PATTERN,
    example: '7K2M-Q9XD-4TNB-HR3W',
    description:
      'Secret ballots: a random receipt code, shown once. The server keeps it only with the anonymous choice, never ' +
      'with the voter, so an Idempotency-Key replay does not repeat it.',
  })
  receiptCode?: string;
}

export class VoteHistoryEntryDto {
  @SelectionProperty()
  selection: StoredSelection;

  @ApiEnum(PARTICIPATION_VIAS, 'ParticipationVia')
  via: ParticipationVia;

  @ApiUuid({ description: 'Who cast it: the member, or their proxy holder.' })
  castByMemberId: string;

  @ApiDateTime()
  recordedAt: string;
}

export class MyBallotDto {
  @ApiProperty({ type: BallotResponseDto })
  ballot: BallotResponseDto;

  @ApiProperty({ description: 'On the frozen roll (false while the ballot is a draft).' })
  eligible: boolean;

  @ApiProperty()
  voted: boolean;

  @ApiEnum(PARTICIPATION_VIAS, 'ParticipationVia', {
    nullable: true,
    description: 'How my vote was counted, if it was.',
  })
  via: ParticipationVia | null;

  @ApiUuid({ nullable: true, description: 'Who cast my vote: me, or my proxy holder.' })
  castByMemberId: string | null;

  @SelectionProperty('Open ballots: my current vote. Secret ballots: always null.')
  selection: StoredSelection;

  @ApiProperty({ type: [VoteHistoryEntryDto], description: 'Open ballots: every vote and change, oldest first.' })
  history: VoteHistoryEntryDto[];
}

export class MyBallotPageDto extends PageDto(MyBallotDto) {}
