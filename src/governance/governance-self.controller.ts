import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { PageQueryDto } from '../common/pagination/pagination.js';
import { MyBallotDto, MyBallotPageDto } from './vote.dto.js';
import { SELF } from './governance.access.js';
import { MyProxiesDto, ProxyAppointDto, ProxyResponseDto } from './proxy.dto.js';
import { ProxyService } from './proxy.service.js';
import { MyBallotsService } from './my-ballots.service.js';

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
  @ApiOperation({ summary: 'My ballots: every ballot past draft, whether I may vote and whether I voted' })
  @ApiOkResponse({ type: MyBallotPageDto })
  @ApiProblems(400, 404)
  listMyBallots(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: PageQueryDto,
  ): Promise<MyBallotPageDto> {
    return this.myBallots.myBallots(ctx, cooperativeId, query);
  }

  @Get('ballots/:ballotId')
  @CooperativeAccess(SELF)
  @ApiOperation({ summary: 'My standing on one ballot; on an open ballot, my vote and its history' })
  @ApiOkResponse({ type: MyBallotDto })
  @ApiProblems(400, 404)
  getMyBallot(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('ballotId', ParseUUIDPipe) ballotId: string,
  ): Promise<MyBallotDto> {
    return this.myBallots.mine(ctx, cooperativeId, ballotId);
  }

  @Get('proxies')
  @CooperativeAccess(SELF)
  @ApiOperation({ summary: 'Proxies I gave and proxies I hold' })
  @ApiOkResponse({ type: MyProxiesDto })
  @ApiProblems(400, 404)
  listMyProxies(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
  ): Promise<MyProxiesDto> {
    return this.proxies.mine(ctx, cooperativeId);
  }

  @Post('proxies')
  @CooperativeAccess(SELF)
  @Idempotent()
  @ApiOperation({ summary: 'Appoint a proxy holder (by member id or number) for a ballot or an assembly' })
  @ApiCreatedResponse({ type: ProxyResponseDto })
  @ApiProblems(400, 403, 404, 409, 422)
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
  @ApiOperation({ summary: 'Revoke a proxy I gave (until it is used)' })
  @ApiOkResponse({ type: ProxyResponseDto })
  @ApiProblems(400, 404, 409)
  revokeMyProxy(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('proxyId', ParseUUIDPipe) proxyId: string,
  ): Promise<ProxyResponseDto> {
    return this.proxies.revokeOwn(ctx, cooperativeId, proxyId);
  }
}
