import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { MANAGE, READ } from './governance.access.js';
import { ProxyCreateDto, ProxyListQueryDto, ProxyPageDto, ProxyResponseDto } from './proxy.dto.js';
import { ProxyService } from './proxy.service.js';

/** Proxy forms recorded by the secretary. Members manage their own under /me/proxies. */
@ApiTags('proxies')
@Controller('v1/cooperatives/:cooperativeId/proxies')
export class ProxiesController {
  constructor(private readonly proxies: ProxyService) {}

  @Post()
  @CooperativeAccess(MANAGE)
  @Idempotent()
  @ApiOperation({ summary: 'Record a proxy (for a ballot outside any assembly, or for an assembly)' })
  @ApiCreatedResponse({ type: ProxyResponseDto })
  @ApiProblems(400, 403, 404, 409, 422)
  createProxy(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: ProxyCreateDto,
  ): Promise<ProxyResponseDto> {
    return this.proxies.appoint(ctx, cooperativeId, body);
  }

  @Get()
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'List proxies, newest first' })
  @ApiOkResponse({ type: ProxyPageDto })
  @ApiProblems(400, 404)
  listProxies(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: ProxyListQueryDto,
  ): Promise<ProxyPageDto> {
    return this.proxies.list(ctx, cooperativeId, query);
  }

  @Get(':proxyId')
  @CooperativeAccess(READ)
  @ApiOperation({ summary: 'One proxy' })
  @ApiOkResponse({ type: ProxyResponseDto })
  @ApiProblems(400, 404)
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
  @ApiOperation({ summary: 'Revoke a proxy (until it is used)' })
  @ApiOkResponse({ type: ProxyResponseDto })
  @ApiProblems(400, 404, 409)
  revokeProxy(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('proxyId', ParseUUIDPipe) proxyId: string,
  ): Promise<ProxyResponseDto> {
    return this.proxies.revoke(ctx, cooperativeId, proxyId);
  }
}
