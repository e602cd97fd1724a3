import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../auth/access.decorator.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { PageQueryDto } from '../common/pagination/pagination.js';
import {
  AnonymousChoicePageDto,
  BallotCreateDto,
  BallotListQueryDto,
  BallotPageDto,
  BallotResponseDto,
  BallotResultDto,
  BallotUpdateDto,
  ElectoratePageDto,
  ReceiptPageDto,
  RecordedCountsDto,
  RollCallEntryDto,
  RollCallVotePageDto,
  VoteCastDto,
  VoteCastResponseDto,
} from './ballot.dto.js';
import { BallotService } from './ballot.service.js';
import { MANAGE, READ, READ_PUBLIC, SELF } from './governance.access.js';
import { VoteService } from './vote.service.js';

/** Ballots: the secretary drafts and runs them; members read them and vote; results only after closing. */
@ApiTags('ballots')
@Controller('v1/cooperatives/:cooperativeId/ballots')
export class BallotsController {
  constructor(
    private readonly ballots: BallotService,
    private readonly votes: VoteService,
  ) {}

  @Post()
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @ApiOperation({ summary: 'Draft a ballot (quorum and majority default to the bylaws)' })
  @ApiCreatedResponse({ type: BallotResponseDto })
  @ApiProblems(400, 404, 409, 422)
  createBallot(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: BallotCreateDto,
  ): Promise<BallotResponseDto> {
    return this.ballots.create(cooperativeId, body);
  }

  @Get()
  @CooperativeAccess(READ_PUBLIC)
  @ApiOperation({ summary: 'List ballots, newest first (keyset pagination)' })
  @ApiOkResponse({ type: BallotPageDto })
  @ApiProblems(400, 404)
  listBallots(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: BallotListQueryDto,
  ): Promise<BallotPageDto> {
    return this.ballots.list(cooperativeId, query);
  }

  @Get(':ballotId')
  @CooperativeAccess(READ_PUBLIC)
  @ApiOperation({ summary: 'One ballot (its definition, status, electorate size and fingerprint)' })
  @ApiOkResponse({ type: BallotResponseDto })
  @ApiProblems(400, 404)
  getBallot(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
  ): Promise<BallotResponseDto> {
    return this.ballots.get(cooperativeId, ballotId);
  }

  @Patch(':ballotId')
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @ApiOperation({ summary: 'Change a draft (kind, mode and secrecy are fixed at creation)' })
  @ApiOkResponse({ type: BallotResponseDto })
  @ApiProblems(400, 404, 409, 422)
  updateBallot(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
    @Body() body: BallotUpdateDto,
  ): Promise<BallotResponseDto> {
    return this.ballots.update(cooperativeId, ballotId, body);
  }

  @Post(':ballotId/open')
  @HttpCode(200)
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @ApiOperation({
    summary: 'Open: freeze the electorate (register as of the record date + voting conditions) and its fingerprint',
  })
  @ApiOkResponse({ type: BallotResponseDto })
  @ApiProblems(400, 404, 409, 422)
  openBallot(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
  ): Promise<BallotResponseDto> {
    return this.ballots.open(cooperativeId, ballotId);
  }

  @Post(':ballotId/close')
  @HttpCode(200)
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @ApiOperation({ summary: 'Close voting and tally (not before closesAt)' })
  @ApiOkResponse({ type: BallotResponseDto })
  @ApiProblems(400, 404, 409)
  closeBallot(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
  ): Promise<BallotResponseDto> {
    return this.ballots.close(cooperativeId, ballotId);
  }

  @Post(':ballotId/publish')
  @HttpCode(200)
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @ApiOperation({ summary: 'Publish the result: final and immutable' })
  @ApiOkResponse({ type: BallotResultDto })
  @ApiProblems(400, 404, 409)
  publishBallot(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
  ): Promise<BallotResultDto> {
    return this.ballots.publish(cooperativeId, ballotId);
  }

  @Post(':ballotId/counts')
  @HttpCode(200)
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @ApiOperation({ summary: 'In-assembly ballot (method counts): record the counts; replaced until published' })
  @ApiOkResponse({ type: BallotResponseDto })
  @ApiProblems(400, 404, 409, 422)
  recordBallotCounts(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
    @Body() body: RecordedCountsDto,
  ): Promise<BallotResponseDto> {
    return this.ballots.recordCounts(cooperativeId, ballotId, body);
  }

  @Post(':ballotId/roll-call')
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @ApiOperation({ summary: "In-assembly ballot (method roll_call): record a present or represented member's vote" })
  @ApiCreatedResponse({ type: VoteCastResponseDto })
  @ApiProblems(400, 403, 404, 409, 422)
  recordRollCallVote(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
    @Body() body: RollCallEntryDto,
  ): Promise<VoteCastResponseDto> {
    return this.votes.recordRollCall(cooperativeId, ballotId, body);
  }

  @Post(':ballotId/votes')
  @CooperativeAccess(SELF)
  @Idempotent({ unhashedBodyFields: ['selection'], unstoredResponseFields: ['receiptCode'] })
  @ApiOperation({
    summary: 'Vote (a member, for themself or as proxy holder with onBehalfOfMemberId)',
    description:
      'One counted vote per member per ballot. Open ballots: voting again by the same route changes the vote ' +
      '(history kept). Secret ballots: the response carries a receipt code, once; an Idempotency-Key replay returns ' +
      'the first response without it (the server keeps no link between voter and receipt), and the selection is left ' +
      'out of the key fingerprint.',
  })
  @ApiCreatedResponse({ type: VoteCastResponseDto })
  @ApiProblems(400, 403, 404, 409, 422)
  castVote(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
    @Body() body: VoteCastDto,
  ): Promise<VoteCastResponseDto> {
    return this.votes.cast(cooperativeId, ballotId, body);
  }

  @Get(':ballotId/results')
  @CooperativeAccess(READ_PUBLIC)
  @ApiOperation({ summary: 'The result (after closing; final once published)' })
  @ApiOkResponse({ type: BallotResultDto })
  @ApiProblems(400, 404, 409)
  getBallotResults(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
  ): Promise<BallotResultDto> {
    return this.ballots.results(cooperativeId, ballotId);
  }

  @Get(':ballotId/receipts')
  @CooperativeAccess(READ_PUBLIC)
  @ApiOperation({ summary: 'Secret ballot, after closing: the counted receipt codes, sorted (find yours)' })
  @ApiOkResponse({ type: ReceiptPageDto })
  @ApiProblems(400, 404, 409)
  listBallotReceipts(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
    @Query() query: PageQueryDto,
  ): Promise<ReceiptPageDto> {
    return this.ballots.receipts(cooperativeId, ballotId, query);
  }

  @Get(':ballotId/anonymous-choices')
  @CooperativeAccess(READ_PUBLIC)
  @ApiOperation({ summary: 'Secret ballot, after closing: every counted choice, shuffled, for anyone to recount' })
  @ApiOkResponse({ type: AnonymousChoicePageDto })
  @ApiProblems(400, 404, 409)
  listAnonymousChoices(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
    @Query() query: PageQueryDto,
  ): Promise<AnonymousChoicePageDto> {
    return this.ballots.anonymousChoices(cooperativeId, ballotId, query);
  }

  @Get(':ballotId/roll-call-votes')
  @CooperativeAccess(READ_PUBLIC)
  @ApiOperation({ summary: 'Open ballot, after closing: who voted what, by member number' })
  @ApiOkResponse({ type: RollCallVotePageDto })
  @ApiProblems(400, 404, 409)
  listRollCallVotes(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
    @Query() query: PageQueryDto,
  ): Promise<RollCallVotePageDto> {
    return this.ballots.rollCallVotes(cooperativeId, ballotId, query);
  }

  @Get(':ballotId/electorate')
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'The frozen roll, by member id (the fingerprint order)' })
  @ApiOkResponse({ type: ElectoratePageDto })
  @ApiProblems(400, 404, 409)
  getBallotElectorate(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
    @Query() query: PageQueryDto,
  ): Promise<ElectoratePageDto> {
    return this.ballots.electorate(cooperativeId, ballotId, query);
  }
}
