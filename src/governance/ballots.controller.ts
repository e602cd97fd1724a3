import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { IfMatch, Versioned } from '../common/concurrency/versioned.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { PageQueryDto } from '../common/pagination/pagination.js';
import {
  BallotCreateDto,
  BallotListQueryDto,
  BallotPageDto,
  BallotResponseDto,
  BallotUpdateDto,
  RecordedCountsDto,
} from './ballot.dto.js';
import {
  AnonymousChoicePageDto,
  BallotResultDto,
  ElectoratePageDto,
  ReceiptPageDto,
  RollCallVotePageDto,
} from './ballot-results.dto.js';
import { RollCallEntryDto, VoteCastDto, VoteCastResponseDto } from './vote.dto.js';
import { BallotLifecycleService } from './ballot-lifecycle.service.js';
import { BallotResultsService } from './ballot-results.service.js';
import { MANAGE, READ, READ_PUBLIC, SELF } from './governance.access.js';
import { VoteService } from './vote.service.js';

/** Ballots: the secretary drafts and runs them; members read them and vote; results only after closing. */
@ApiTags('ballots')
@Controller('v1/cooperatives/:cooperativeId/ballots')
export class BallotsController {
  constructor(
    private readonly ballots: BallotLifecycleService,
    private readonly results: BallotResultsService,
    private readonly votes: VoteService,
  ) {}

  @Post()
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @ApiOperation({ summary: 'Draft a ballot (quorum and majority default to the bylaws)' })
  @ApiCreatedResponse({ type: BallotResponseDto })
  @ApiProblems(400, 404, 409, 422)
  createBallot(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: BallotCreateDto,
  ): Promise<BallotResponseDto> {
    return this.ballots.create(ctx, cooperativeId, body);
  }

  @Get()
  @CooperativeAccess(READ_PUBLIC)
  @ApiOperation({ summary: 'List ballots, newest first (keyset pagination)' })
  @ApiOkResponse({ type: BallotPageDto })
  @ApiProblems(400, 404)
  listBallots(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: BallotListQueryDto,
  ): Promise<BallotPageDto> {
    return this.results.list(ctx, cooperativeId, query);
  }

  @Get(':ballotId')
  @CooperativeAccess(READ_PUBLIC)
  @Versioned()
  @ApiOperation({ summary: 'One ballot (its definition, status, electorate size and fingerprint)' })
  @ApiOkResponse({ type: BallotResponseDto })
  @ApiProblems(400, 404)
  getBallot(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
  ): Promise<BallotResponseDto> {
    return this.results.get(ctx, cooperativeId, ballotId);
  }

  @Patch(':ballotId')
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @Versioned()
  @ApiOperation({ summary: 'Change a draft (kind, mode and secrecy are fixed at creation)' })
  @ApiOkResponse({ type: BallotResponseDto })
  @ApiProblems(400, 404, 409, 422)
  updateBallot(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
    @Body() body: BallotUpdateDto,
    @IfMatch() expected: number | undefined,
  ): Promise<BallotResponseDto> {
    return this.ballots.update(ctx, cooperativeId, ballotId, body, expected);
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
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
  ): Promise<BallotResponseDto> {
    return this.ballots.open(ctx, cooperativeId, ballotId);
  }

  @Post(':ballotId/close')
  @HttpCode(200)
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @ApiOperation({ summary: 'Close voting and tally (not before closesAt)' })
  @ApiOkResponse({ type: BallotResponseDto })
  @ApiProblems(400, 404, 409)
  closeBallot(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
  ): Promise<BallotResponseDto> {
    return this.ballots.close(ctx, cooperativeId, ballotId);
  }

  @Post(':ballotId/publish')
  @HttpCode(200)
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @ApiOperation({ summary: 'Publish the result: final and immutable' })
  @ApiOkResponse({ type: BallotResultDto })
  @ApiProblems(400, 404, 409)
  publishBallot(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
  ): Promise<BallotResultDto> {
    return this.ballots.publish(ctx, cooperativeId, ballotId);
  }

  @Post(':ballotId/counts')
  @HttpCode(200)
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @ApiOperation({ summary: 'In-assembly ballot (method counts): record the counts; replaced until published' })
  @ApiOkResponse({ type: BallotResponseDto })
  @ApiProblems(400, 404, 409, 422)
  recordBallotCounts(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
    @Body() body: RecordedCountsDto,
  ): Promise<BallotResponseDto> {
    return this.ballots.recordCounts(ctx, cooperativeId, ballotId, body);
  }

  @Post(':ballotId/roll-call')
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @ApiOperation({ summary: "In-assembly ballot (method roll_call): record a present or represented member's vote" })
  @ApiCreatedResponse({ type: VoteCastResponseDto })
  @ApiProblems(400, 403, 404, 409, 422)
  recordRollCallVote(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
    @Body() body: RollCallEntryDto,
  ): Promise<VoteCastResponseDto> {
    return this.votes.recordRollCall(ctx, cooperativeId, ballotId, body);
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
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
    @Body() body: VoteCastDto,
  ): Promise<VoteCastResponseDto> {
    return this.votes.cast(ctx, cooperativeId, ballotId, body);
  }

  @Get(':ballotId/results')
  @CooperativeAccess(READ_PUBLIC)
  @ApiOperation({ summary: 'The result (after closing; final once published)' })
  @ApiOkResponse({ type: BallotResultDto })
  @ApiProblems(400, 404, 409)
  getBallotResults(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
  ): Promise<BallotResultDto> {
    return this.results.results(ctx, cooperativeId, ballotId);
  }

  @Get(':ballotId/receipts')
  @CooperativeAccess(READ_PUBLIC)
  @ApiOperation({ summary: 'Secret ballot, after closing: the counted receipt codes, sorted (find yours)' })
  @ApiOkResponse({ type: ReceiptPageDto })
  @ApiProblems(400, 404, 409)
  listBallotReceipts(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
    @Query() query: PageQueryDto,
  ): Promise<ReceiptPageDto> {
    return this.results.receipts(ctx, cooperativeId, ballotId, query);
  }

  @Get(':ballotId/anonymous-choices')
  @CooperativeAccess(READ_PUBLIC)
  @ApiOperation({ summary: 'Secret ballot, after closing: every counted choice, shuffled, for anyone to recount' })
  @ApiOkResponse({ type: AnonymousChoicePageDto })
  @ApiProblems(400, 404, 409)
  listAnonymousChoices(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
    @Query() query: PageQueryDto,
  ): Promise<AnonymousChoicePageDto> {
    return this.results.anonymousChoices(ctx, cooperativeId, ballotId, query);
  }

  @Get(':ballotId/roll-call-votes')
  @CooperativeAccess(READ_PUBLIC)
  @ApiOperation({ summary: 'Open ballot, after closing: who voted what, by member number' })
  @ApiOkResponse({ type: RollCallVotePageDto })
  @ApiProblems(400, 404, 409)
  listRollCallVotes(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
    @Query() query: PageQueryDto,
  ): Promise<RollCallVotePageDto> {
    return this.results.rollCallVotes(ctx, cooperativeId, ballotId, query);
  }

  @Get(':ballotId/electorate')
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'The frozen roll, by member id (the fingerprint order)' })
  @ApiOkResponse({ type: ElectoratePageDto })
  @ApiProblems(400, 404, 409)
  getBallotElectorate(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
    @Query() query: PageQueryDto,
  ): Promise<ElectoratePageDto> {
    return this.results.electorate(ctx, cooperativeId, ballotId, query);
  }
}
