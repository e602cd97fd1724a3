import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { Created } from '../common/http/created.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { MANAGE, READ } from './governance.access.js';
import { GovernanceProblems as Problems, PROXY_APPOINTMENT_REFUSALS } from './governance.errors.js';
import { ProxyCreateDto, ProxyListQueryDto, ProxyPageDto, ProxyResponseDto } from './proxy.dto.js';
import { ProxyService } from './proxy.service.js';

/** A misspelt or foreign code fails the build. */

/** Proxy forms recorded by the secretary. Members manage their own under /me/proxies. */
@ApiTags('proxies')
@Controller('v1/cooperatives/:cooperativeId/proxies')
export class ProxiesController {
  constructor(private readonly proxies: ProxyService) {}

  @Post()
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @ApiOperation({
    summary: 'Record a proxy',
    description:
      'The secretary records a proxy form: a member gives another member their vote on a ballot outside any ' +
      'assembly, or at an assembly and all its ballots. Audited. Refused unless both are eligible there, when ' +
      'the grantor already gave a proxy there, for a chain (a holder passing proxies on), and when the holder ' +
      "already carries the bylaws' maximum.",
  })
  @Created(ProxyResponseDto, '/v1/cooperatives/{cooperativeId}/proxies/{id}', 'The proxy, active.')
  @Problems(...PROXY_APPOINTMENT_REFUSALS)
  createProxy(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: ProxyCreateDto,
  ): Promise<ProxyResponseDto> {
    return this.proxies.appoint(ctx, cooperativeId, body);
  }

  @Get()
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: 'List proxies',
    description:
      'The proxies of the cooperative, newest first, a keyset page at a time, optionally for one ballot or ' +
      'assembly or in one state. For the secretary, the board and admins.',
  })
  @ApiOkResponse({ type: ProxyPageDto, description: 'A page of proxies; `nextCursor` is null on the last.' })
  @Problems('INVALID_CURSOR')
  listProxies(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: ProxyListQueryDto,
  ): Promise<ProxyPageDto> {
    return this.proxies.list(ctx, cooperativeId, query);
  }

  @Get(':proxyId')
  @CooperativeAccess(READ)
  @ApiOperation({
    summary: 'Read a proxy',
    description:
      'One proxy: who gave it to whom, for which ballot or assembly, and whether it is active, used or revoked.',
  })
  @ApiOkResponse({ type: ProxyResponseDto, description: 'The proxy.' })
  @Problems('PROXY_NOT_FOUND')
  getProxy(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('proxyId', ParseUUIDPipe) proxyId: string,
  ): Promise<ProxyResponseDto> {
    return this.proxies.get(ctx, cooperativeId, proxyId);
  }

  @Post(':proxyId/revoke')
  @HttpCode(200)
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @ApiOperation({
    summary: 'Revoke a proxy',
    description:
      'The secretary revokes a proxy on the grantor’s word, until it is used (a vote cast with it, or the ' +
      'attendance it represented). Audited. Refused when already revoked or used.',
  })
  @ApiOkResponse({ type: ProxyResponseDto, description: 'The proxy, revoked.' })
  @Problems('PROXY_NOT_FOUND', 'ILLEGAL_TRANSITION', 'PROXY_ALREADY_USED')
  revokeProxy(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('proxyId', ParseUUIDPipe) proxyId: string,
  ): Promise<ProxyResponseDto> {
    return this.proxies.revoke(ctx, cooperativeId, proxyId);
  }
}
