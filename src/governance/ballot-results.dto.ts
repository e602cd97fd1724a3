/** What is readable about a ballot after closing: results, the roll, receipts, anonymous choices, roll-call votes. */
import { ApiProperty } from '@nestjs/swagger';
import { BALLOT_KINDS, type BallotKind, MAJORITY_RULES, type MajorityRule } from './tally.rules.js';
import { PARTICIPATION_VIAS, type ParticipationVia, type StoredSelection } from './governance.rules.js';
import { SelectionProperty } from './ballot.dto.js';
import { PageDto } from '../common/pagination/pagination.js';

export class MotionCountsDto {
  @ApiProperty()
  yes: number;

  @ApiProperty()
  no: number;

  @ApiProperty()
  abstain: number;
}

export class OptionVotesDto {
  @ApiProperty()
  option: string;

  @ApiProperty()
  votes: number;
}

export class BallotResultDto {
  @ApiProperty({ format: 'uuid' })
  ballotId: string;

  @ApiProperty({ enum: BALLOT_KINDS })
  kind: BallotKind;

  @ApiProperty({ description: 'True once published: final and immutable.' })
  final: boolean;

  @ApiProperty({
    enum: ['passed', 'rejected', 'decided', 'tie', 'no_votes', 'failed_quorum'],
    description:
      'motion: passed | rejected; choice: decided | tie | no_votes; election: decided | tie; or failed_quorum.',
  })
  outcome: string;

  @ApiProperty({ description: 'Size of the frozen electorate.' })
  electorate: number;

  @ApiProperty({ description: 'Ballots counted, abstentions and blank ballots included.' })
  participants: number;

  @ApiProperty({ description: 'The fewest participants that meet the quorum.' })
  quorumThreshold: number;

  @ApiProperty()
  quorumMet: boolean;

  @ApiProperty({ description: 'Fingerprint of the frozen roll, published with the result.' })
  electorateFingerprint: string;

  @ApiProperty({ type: MotionCountsDto, nullable: true, description: 'motion only.' })
  counts: MotionCountsDto | null;

  @ApiProperty({ enum: MAJORITY_RULES, nullable: true })
  majority: MajorityRule | null;

  @ApiProperty({ type: Boolean, nullable: true, description: 'motion: whether the votes meet the majority.' })
  majorityMet: boolean | null;

  @ApiProperty({ type: Number, nullable: true, description: 'choice: explicit abstentions.' })
  abstentions: number | null;

  @ApiProperty({ type: [OptionVotesDto], description: 'choice/election: votes descending, then ballot order.' })
  ranking: OptionVotesDto[];

  @ApiProperty({ type: String, nullable: true, description: 'choice: the winning option.' })
  winner: string | null;

  @ApiProperty({ type: [String], description: 'election: elected without doubt.' })
  elected: string[];

  @ApiProperty({ type: [String], description: 'The options or candidates tied at the boundary (never broken).' })
  tied: string[];

  @ApiProperty({ description: 'election: seats left to fill from `tied`.' })
  seatsInTie: number;

  @ApiProperty({ description: 'election: seats nobody won.' })
  vacantSeats: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt: string | null;
}

export class ElectorEntryDto {
  @ApiProperty({ format: 'uuid' })
  memberId: string;

  @ApiProperty()
  memberNumber: number;

  @ApiProperty()
  name: string;
}

export class ElectoratePageDto extends PageDto(ElectorEntryDto, 'By member id (the fingerprint order).') {
  @ApiProperty()
  electorateSize: number;

  @ApiProperty()
  electorateFingerprint: string;
}

export class ReceiptPageDto extends PageDto(String, 'Counted receipt codes, sorted: each voter finds theirs.') {}

export class AnonymousChoiceDto {
  @SelectionProperty()
  selection: StoredSelection;
}

export class AnonymousChoicePageDto extends PageDto(
  AnonymousChoiceDto,
  'Every counted secret ballot, in a random order fixed at closing, without voter or receipt.',
) {}

export class RollCallVoteDto {
  @ApiProperty({ format: 'uuid' })
  memberId: string;

  @ApiProperty()
  memberNumber: number;

  @ApiProperty()
  name: string;

  @SelectionProperty()
  selection: StoredSelection;

  @ApiProperty({ enum: PARTICIPATION_VIAS })
  via: ParticipationVia;

  @ApiProperty({ format: 'uuid', description: 'The voter, or the proxy holder who voted for them.' })
  castByMemberId: string;
}

export class RollCallVotePageDto extends PageDto(RollCallVoteDto) {}
