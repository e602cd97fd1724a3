import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { Created } from '../common/http/created.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { PageQueryDto } from '../common/pagination/pagination.js';
import { MyBallotDto, MyBallotPageDto } from './vote.dto.js';
import { SELF } from './governance.access.js';
import { GovernanceProblems as Problems, PROXY_APPOINTMENT_REFUSALS } from './governance.errors.js';
import { MyProxiesDto, ProxyAppointDto, ProxyResponseDto } from './proxy.dto.js';
import { ProxyService } from './proxy.service.js';
import { MyBallotsService } from './my-ballots.service.js';

/** A misspelt or foreign code fails the build. */

/** Self-service: a member's ballots, votes and proxies (users with the member role, through their linked record). */
@ApiTags('governance self-service')
@Controller('v1/cooperatives/:cooperativeId/me')
export class GovernanceSelfController {
  constructor(
    private readonly myBallots: MyBallotsService,
    private readonly proxies: ProxyService,
  ) {}

  @Get('ballots')
  @CooperativeAccess(SELF)
  @ApiOperation({
    summary: 'List my ballots',
    description:
      'A member’s ballots, from their phone: every ballot past draft, newest first, a keyset page at a time, with ' +
      'whether they are on its roll, whether a vote was counted for them and how, and on an open ballot their ' +
      'current vote. Refused when the account is linked to no member of this cooperative.',
  })
  @ApiOkResponse({ type: MyBallotPageDto, description: 'A page of my ballots; `nextCursor` is null on the last.' })
  @Problems('MEMBER_NOT_FOUND', 'INVALID_CURSOR')
  listMyBallots(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: PageQueryDto,
  ): Promise<MyBallotPageDto> {
    return this.myBallots.myBallots(ctx, cooperativeId, query);
  }

  @Get('ballots/:ballotId')
  @CooperativeAccess(SELF)
  @ApiOperation({
    summary: 'Read my standing on a ballot',
    description:
      'A member’s view of one ballot: whether they may vote, whether a vote was counted for them and by whom; on ' +
      'an open (not secret) ballot, their vote and its history. A secret ballot never shows what they chose. ' +
      'Refused when the account is linked to no member of this cooperative.',
  })
  @ApiOkResponse({ type: MyBallotDto, description: 'The ballot and my standing on it.' })
  @Problems('MEMBER_NOT_FOUND', 'BALLOT_NOT_FOUND')
  getMyBallot(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
  ): Promise<MyBallotDto> {
    return this.myBallots.mine(ctx, cooperativeId, ballotId);
  }

  @Get('proxies')
  @CooperativeAccess(SELF)
  @ApiOperation({
    summary: 'List my proxies',
    description:
      'The proxies a member gave and those they hold, newest first (the latest 200 of each), with their state. ' +
      'Refused when the account is linked to no member of this cooperative.',
  })
  @ApiOkResponse({ type: MyProxiesDto, description: 'The proxies I gave and the proxies I hold.' })
  @Problems('MEMBER_NOT_FOUND')
  listMyProxies(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
  ): Promise<MyProxiesDto> {
    return this.proxies.mine(ctx, cooperativeId);
  }

  @Post('proxies')
  @CooperativeAccess(SELF)
  @Idempotent()
  @ApiOperation({
    summary: 'Appoint my proxy holder',
    description:
      'A member appoints another member (by id or by member number) to vote for them on a ballot outside any ' +
      'assembly, or at an assembly and all its ballots. Audited. Refused unless both are eligible there, when ' +
      'they already gave a proxy there, for a chain (a holder passing proxies on), and when the holder already ' +
      "carries the bylaws' maximum. Location names the proxy's record, which the secretary reads; the member " +
      'reads theirs in GET .../me/proxies.',
  })
  @Created(ProxyResponseDto, '/v1/cooperatives/{cooperativeId}/proxies/{id}', 'The proxy, active.')
  @Problems(...PROXY_APPOINTMENT_REFUSALS)
  appointMyProxy(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: ProxyAppointDto,
  ): Promise<ProxyResponseDto> {
    return this.proxies.appointOwn(ctx, cooperativeId, body);
  }

  @Post('proxies/:proxyId/revoke')
  @HttpCode(200)
  @CooperativeAccess(SELF)
  @Idempotent()
  @ApiOperation({
    summary: 'Revoke a proxy I gave',
    description:
      'A member takes back a proxy they gave, until it is used (a vote cast with it, or the attendance it ' +
      'represented). Audited. Anyone else’s proxy is answered 404; refused when already revoked or used.',
  })
  @ApiOkResponse({ type: ProxyResponseDto, description: 'The proxy, revoked.' })
  @Problems('MEMBER_NOT_FOUND', 'PROXY_NOT_FOUND', 'ILLEGAL_TRANSITION', 'PROXY_ALREADY_USED')
  revokeMyProxy(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('proxyId', ParseUUIDPipe) proxyId: string,
  ): Promise<ProxyResponseDto> {
    return this.proxies.revokeOwn(ctx, cooperativeId, proxyId);
  }
}
