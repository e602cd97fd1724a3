import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { IfMatch, Versioned } from '../common/concurrency/versioned.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { Created } from '../common/http/created.js';
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
import { GovernanceProblems as Problems } from './governance.errors.js';
import { VoteService } from './vote.service.js';

/** A misspelt or foreign code fails the build. */

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
  @ApiOperation({
    summary: 'Draft a ballot',
    description:
      'The secretary drafts a motion, a choice or an election, voted electronically or in an assembly (by counts ' +
      "or roll-call), secret or open. Quorum and a motion's majority default to the bylaws. Audited. Refused when " +
      'the definition does not hold together (options for the kind, seats, a majority on a non-motion, voting ' +
      "times on an in-assembly ballot, a record date other than its assembly's) or its assembly is closed.",
  })
  @Created(BallotResponseDto, '/v1/cooperatives/{cooperativeId}/ballots/{id}', 'The draft, at version 1.')
  @Problems('ASSEMBLY_NOT_FOUND', 'ASSEMBLY_NOT_IN_SESSION', 'INVALID_BALLOT_DEFINITION')
  createBallot(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: BallotCreateDto,
  ): Promise<BallotResponseDto> {
    return this.ballots.create(ctx, cooperativeId, body);
  }

  @Get()
  @CooperativeAccess(READ_PUBLIC)
  @ApiOperation({
    summary: 'List ballots',
    description:
      'The ballots of the cooperative, newest first, a keyset page at a time, optionally of one status or one ' +
      'assembly: the secretary, the board and admins, and any member from their phone.',
  })
  @ApiOkResponse({ type: BallotPageDto, description: 'A page of ballots; `nextCursor` is null on the last.' })
  @Problems('INVALID_CURSOR')
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
  @ApiOperation({
    summary: 'Read a ballot',
    description:
      'One ballot: its definition, status and, from opening on, the size and fingerprint of its frozen roll. ' +
      'Nothing about the votes shows here. Its ETag is its version: send it back as If-Match to edit the draft.',
  })
  @ApiOkResponse({ type: BallotResponseDto, description: 'The ballot, with its current version.' })
  @Problems('BALLOT_NOT_FOUND')
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
  @ApiOperation({
    summary: 'Edit a draft ballot',
    description:
      'The secretary changes a draft: title, description, options, seats, majority, quorum, record date, voting ' +
      'times, agenda item; the fields left out stay as they are (kind, mode and secrecy are fixed at creation). ' +
      'Audited; the version goes up by one. Refused once the ballot has opened, and when the definition no longer ' +
      'holds together. With If-Match, a version someone else changed meanwhile is a 412.',
  })
  @ApiOkResponse({ type: BallotResponseDto, description: 'The draft as changed, with its new version.' })
  @Problems('BALLOT_NOT_FOUND', 'ILLEGAL_TRANSITION', 'INVALID_BALLOT_DEFINITION')
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
    summary: 'Open a ballot',
    description:
      'The secretary opens voting: the electorate is frozen (the members active on the record date who meet ' +
      "the bylaws' voting conditions) with its fingerprint, and members may vote from then on (within opensAt " +
      'and closesAt, if set). Audited. Refused unless a draft, before the record date has come, once closesAt ' +
      'has passed, and for an in-assembly ballot unless its assembly is in session.',
  })
  @ApiOkResponse({ type: BallotResponseDto, description: 'The open ballot, with its electorate size and fingerprint.' })
  @Problems(
    'BALLOT_NOT_FOUND',
    'ILLEGAL_TRANSITION',
    'RECORD_DATE_NOT_REACHED',
    'INVALID_BALLOT_DEFINITION',
    'ASSEMBLY_NOT_IN_SESSION',
  )
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
  @ApiOperation({
    summary: 'Close a ballot and tally it',
    description:
      'The secretary closes voting; the votes are counted (a secret ballot’s choices are shuffled first) and the ' +
      'result can be read, not yet final. Audited. Refused unless open, and before closesAt: nobody is shut out ' +
      'of an electronic ballot early. An in-assembly ballot by counts is tallied when its counts are recorded.',
  })
  @ApiOkResponse({ type: BallotResponseDto, description: 'The closed ballot.' })
  @Problems('BALLOT_NOT_FOUND', 'ILLEGAL_TRANSITION', 'BALLOT_STILL_RUNNING')
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
  @ApiOperation({
    summary: 'Publish the result',
    description:
      'The secretary publishes a closed ballot’s result: final and immutable from then on (the database refuses ' +
      'any change), and other decisions (a distribution plan) may cite it. Audited. Refused unless closed, and ' +
      'for an in-assembly ballot by counts until its counts are recorded.',
  })
  @ApiOkResponse({ type: BallotResultDto, description: 'The final result.' })
  @Problems('BALLOT_NOT_FOUND', 'ILLEGAL_TRANSITION', 'COUNTS_REQUIRED')
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
  @ApiOperation({
    summary: 'Record the counts of an in-assembly ballot',
    description:
      'The secretary records the tellers’ counts of a ballot voted in the room (method counts), while it is open ' +
      'or closed; new counts replace earlier ones until the result is published. Audited. Refused for other ' +
      'ballots, on a draft or a published ballot, for counts that do not fit the kind, and when more ballots are ' +
      'counted than members are on the attendance register.',
  })
  @ApiOkResponse({ type: BallotResponseDto, description: 'The ballot with its counts recorded.' })
  @Problems(
    'BALLOT_NOT_FOUND',
    'WRONG_VOTING_MODE',
    'BALLOT_NOT_OPEN',
    'ILLEGAL_TRANSITION',
    'COUNTS_EXCEED_ATTENDANCE',
  )
  recordBallotCounts(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
    @Body() body: RecordedCountsDto,
  ): Promise<BallotResponseDto> {
    return this.ballots.recordCounts(ctx, cooperativeId, ballotId, body);
  }

  @Post(':ballotId/roll-call')
  @HttpCode(200)
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @ApiOperation({
    summary: 'Record a roll-call vote in the room',
    description:
      'The secretary records the vote of a member on the attendance register, for an in-assembly ballot by ' +
      'roll-call; a represented member’s vote is cast by their proxy holder. Recording it again corrects it ' +
      '(history kept). Audited. Refused for other ballots, unless the ballot is open, for a member not on the ' +
      'register or the roll, and for a choice the ballot does not offer. The votes are read after closing ' +
      '(GET .../roll-call-votes), so the answer is a 200 with the vote.',
  })
  @ApiOkResponse({ type: VoteCastResponseDto, description: 'The vote now counted for the member.' })
  @Problems(
    'BALLOT_NOT_FOUND',
    'WRONG_VOTING_MODE',
    'BALLOT_NOT_OPEN',
    'BALLOT_CLOSED',
    'INVALID_CHOICE',
    'NOT_ATTENDING',
    'NOT_IN_ELECTORATE',
    'ALREADY_VOTED',
  )
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
    summary: 'Vote',
    description:
      'A member votes from their phone on an open electronic ballot, for themself or, holding their live proxy, ' +
      'for another member (onBehalfOfMemberId). One counted vote per member per ballot, under any concurrency. ' +
      'Open ballots: voting again by the same route changes the vote (history kept). Secret ballots: the answer ' +
      'carries a receipt code, once; an Idempotency-Key replay returns the first answer without it, and the ' +
      'selection stays out of the key’s fingerprint. Refused outside the voting window, off the roll, without ' +
      'the proxy, for a choice the ballot does not offer, or when a vote was already counted for the member.',
  })
  @Created(
    VoteCastResponseDto,
    '/v1/cooperatives/{cooperativeId}/me/ballots/{ballotId}',
    'The vote counted. Location: your standing on the ballot (for an open ballot, your vote and its history).',
  )
  @Problems(
    'MEMBER_NOT_FOUND',
    'BALLOT_NOT_FOUND',
    'WRONG_VOTING_MODE',
    'BALLOT_NOT_OPEN',
    'BALLOT_CLOSED',
    'INVALID_CHOICE',
    'NOT_IN_ELECTORATE',
    'PROXY_NOT_FOUND',
    'ALREADY_VOTED',
  )
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
  @ApiOperation({
    summary: 'Read the result',
    description:
      'The tally of a closed ballot (final once published): participants, quorum, and the counts, ranking, ' +
      'winner or elected candidates with any tie at the boundary, never broken. For the secretary, the board, ' +
      'admins and every member. Refused before closing, and for an in-assembly ballot until its counts are in.',
  })
  @ApiOkResponse({ type: BallotResultDto, description: 'The result; `final` says whether it is published.' })
  @Problems('BALLOT_NOT_FOUND', 'RESULTS_NOT_AVAILABLE')
  getBallotResults(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
  ): Promise<BallotResultDto> {
    return this.results.results(ctx, cooperativeId, ballotId);
  }

  @Get(':ballotId/receipts')
  @CooperativeAccess(READ_PUBLIC)
  @ApiOperation({
    summary: 'List the counted receipt codes',
    description:
      'After a secret ballot closes, every counted receipt code, sorted, a keyset page at a time: each voter ' +
      'checks that theirs was counted. Refused for an open (roll-call) ballot and before closing.',
  })
  @ApiOkResponse({ type: ReceiptPageDto, description: 'A page of receipt codes; `nextCursor` is null on the last.' })
  @Problems('BALLOT_NOT_FOUND', 'RESULTS_NOT_AVAILABLE', 'INVALID_CURSOR')
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
  @ApiOperation({
    summary: 'List the anonymous choices',
    description:
      'After a secret ballot closes, every counted choice in a random order fixed at closing, with neither voter ' +
      'nor receipt, so anyone can recount the result. Refused for an open (roll-call) ballot and before closing.',
  })
  @ApiOkResponse({ type: AnonymousChoicePageDto, description: 'A page of choices; `nextCursor` is null on the last.' })
  @Problems('BALLOT_NOT_FOUND', 'RESULTS_NOT_AVAILABLE', 'INVALID_CURSOR')
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
  @ApiOperation({
    summary: 'List who voted what',
    description:
      'After an open (not secret) ballot closes, each counted vote by member number, with how it was cast ' +
      '(themself, by proxy, in the room): an open ballot shows its members who voted what. Refused for a secret ' +
      'ballot and before closing.',
  })
  @ApiOkResponse({ type: RollCallVotePageDto, description: 'A page of votes; `nextCursor` is null on the last.' })
  @Problems('BALLOT_NOT_FOUND', 'RESULTS_NOT_AVAILABLE', 'INVALID_CURSOR')
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
  @ApiOperation({
    summary: 'List the frozen roll',
    description:
      'The members frozen on the roll when the ballot opened, by member id (the order of the fingerprint, so an ' +
      'auditor can recompute it), a keyset page at a time, with its size and fingerprint. For the secretary, the ' +
      'board and admins. Refused while the ballot is a draft.',
  })
  @ApiOkResponse({ type: ElectoratePageDto, description: 'A page of the roll; `nextCursor` is null on the last.' })
  @Problems('BALLOT_NOT_FOUND', 'BALLOT_NOT_OPEN', 'INVALID_CURSOR')
  getBallotElectorate(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
    @Query() query: PageQueryDto,
  ): Promise<ElectoratePageDto> {
    return this.results.electorate(ctx, cooperativeId, ballotId, query);
  }
}
