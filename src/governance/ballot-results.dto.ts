/** What is readable about a ballot after closing: results, the roll, receipts, anonymous choices, roll-call votes. */
import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiEnum, ApiInteger, ApiUuid } from '../common/openapi/api-fields.js';
import { BALLOT_KINDS, type BallotKind, MAJORITY_RULES, type MajorityRule } from './tally.rules.js';
import {
  PARTICIPATION_VIAS,
  type ParticipationVia,
  type StoredResult,
  type StoredSelection,
} from './governance.rules.js';
import { FINGERPRINT_PATTERN, SelectionProperty } from './ballot.dto.js';
import { PageDto } from '../common/pagination/pagination.js';

/** Every outcome a tally can give (the union of the kinds' outcomes, checked against them). */
export const BALLOT_OUTCOMES = [
  'passed',
  'rejected',
  'decided',
  'tie',
  'no_votes',
  'failed_quorum',
] as const satisfies readonly StoredResult['outcome'][];
export type BallotOutcome = (typeof BALLOT_OUTCOMES)[number];

/** The member number as on the membership card. */
const MemberNumber = () => ApiInteger({ minimum: 1, maximum: 2147483647 });

export class MotionCountsDto {
  @ApiInteger({ minimum: 0 })
  yes: number;

  @ApiInteger({ minimum: 0 })
  no: number;

  @ApiInteger({ minimum: 0 })
  abstain: number;
}

export class OptionVotesDto {
  @ApiProperty()
  option: string;

  @ApiInteger({ minimum: 0 })
  votes: number;
}

export class BallotResultDto {
  @ApiUuid()
  ballotId: string;

  @ApiEnum(BALLOT_KINDS, 'BallotKind')
  kind: BallotKind;

  @ApiProperty({ description: 'True once published: final and immutable.' })
  final: boolean;

  @ApiEnum(BALLOT_OUTCOMES, 'BallotOutcome', {
    description:
      'motion: passed | rejected; choice: decided | tie | no_votes; election: decided | tie; or failed_quorum.',
  })
  outcome: BallotOutcome;

  @ApiInteger({ minimum: 0, description: 'Size of the frozen electorate.' })
  electorate: number;

  @ApiInteger({ minimum: 0, description: 'Ballots counted, abstentions and blank ballots included.' })
  participants: number;

  @ApiInteger({ minimum: 0, description: 'The fewest participants that meet the quorum.' })
  quorumThreshold: number;

  @ApiProperty()
  quorumMet: boolean;

  @ApiProperty({
    pattern: FINGERPRINT_PATTERN,
    description: 'Fingerprint of the frozen roll (see the ballot), published with the result.',
  })
  electorateFingerprint: string;

  @ApiProperty({ type: MotionCountsDto, nullable: true, description: 'motion only.' })
  counts: MotionCountsDto | null;

  @ApiEnum(MAJORITY_RULES, 'Majority', { nullable: true, description: 'motion only.' })
  majority: MajorityRule | null;

  @ApiProperty({ type: Boolean, nullable: true, description: 'motion: whether the votes meet the majority.' })
  majorityMet: boolean | null;

  @ApiInteger({ nullable: true, minimum: 0, description: 'choice: explicit abstentions.' })
  abstentions: number | null;

  @ApiProperty({ type: [OptionVotesDto], description: 'choice/election: votes descending, then ballot order.' })
  ranking: OptionVotesDto[];

  @ApiProperty({ type: String, nullable: true, description: 'choice: the winning option.' })
  winner: string | null;

  @ApiProperty({ type: [String], description: 'election: elected without doubt.' })
  elected: string[];

  @ApiProperty({ type: [String], description: 'The options or candidates tied at the boundary (never broken).' })
  tied: string[];

  @ApiInteger({ minimum: 0, description: 'election: seats left to fill from `tied`.' })
  seatsInTie: number;

  @ApiInteger({ minimum: 0, description: 'election: seats nobody won.' })
  vacantSeats: number;

  @ApiDateTime({ nullable: true })
  publishedAt: string | null;
}

export class ElectorEntryDto {
  @ApiUuid()
  memberId: string;

  @MemberNumber()
  memberNumber: number;

  @ApiProperty()
  name: string;
}

export class ElectoratePageDto extends PageDto(ElectorEntryDto, 'By member id (the fingerprint order).') {
  @ApiInteger({ minimum: 0, description: 'Members on the frozen roll.' })
  electorateSize: number;

  @ApiProperty({ pattern: FINGERPRINT_PATTERN, description: 'sha256 of the whole roll (see the ballot).' })
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
  @ApiUuid()
  memberId: string;

  @MemberNumber()
  memberNumber: number;

  @ApiProperty()
  name: string;

  @SelectionProperty()
  selection: StoredSelection;

  @ApiEnum(PARTICIPATION_VIAS, 'ParticipationVia', {
    description: 'self: voted themself; proxy: by their proxy holder; roll_call: recorded in the room.',
  })
  via: ParticipationVia;

  @ApiUuid({ description: 'The voter, or the proxy holder who voted for them.' })
  castByMemberId: string;
}

export class RollCallVotePageDto extends PageDto(RollCallVoteDto) {}
