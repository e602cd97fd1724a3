import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess, SuperadminOnly } from '../common/access/access.decorator.js';
import { ROLES } from '../common/access/role.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { PageQueryDto } from '../common/pagination/pagination.js';
import {
  BylawsResponseDto,
  BylawsUpdateDto,
  CooperativeCreateDto,
  CooperativePageDto,
  CooperativeResponseDto,
} from './cooperative.dto.js';
import { CooperativeService, mapBylaws } from './cooperative.service.js';

@ApiTags('cooperatives')
@Controller('v1/cooperatives')
export class CooperativesController {
  constructor(private readonly cooperatives: CooperativeService) {}

  @Post()
  @SuperadminOnly()
  @Idempotent()
  @ApiOperation({ summary: 'Create a cooperative with its bylaws (platform superadmin)' })
  @ApiCreatedResponse({ type: CooperativeResponseDto })
  @ApiProblems(400, 422)
  createCooperative(@Ctx() ctx: RequestContext, @Body() body: CooperativeCreateDto): Promise<CooperativeResponseDto> {
    return this.cooperatives.create(ctx, body);
  }

  @Get()
  @SuperadminOnly()
  @ApiOperation({ summary: 'List every cooperative on the platform (superadmin); others see theirs in /v1/me' })
  @ApiOkResponse({ type: CooperativePageDto })
  @ApiProblems(400)
  listCooperatives(@Ctx() ctx: RequestContext, @Query() query: PageQueryDto): Promise<CooperativePageDto> {
    return this.cooperatives.list(ctx, query);
  }

  @Get(':cooperativeId')
  @CooperativeAccess({ roles: ROLES, scope: 'cooperative:read' })
  @ApiOperation({ summary: 'Read a cooperative' })
  @ApiOkResponse({ type: CooperativeResponseDto })
  @ApiProblems(400, 404)
  getCooperative(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
  ): Promise<CooperativeResponseDto> {
    return this.cooperatives.get(ctx, cooperativeId);
  }

  @Get(':cooperativeId/bylaws')
  @CooperativeAccess({ roles: ROLES, scope: 'bylaws:read' })
  @ApiOperation({ summary: "Read the cooperative's bylaws" })
  @ApiOkResponse({ type: BylawsResponseDto })
  @ApiProblems(400, 404)
  async getBylaws(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
  ): Promise<BylawsResponseDto> {
    return mapBylaws(await this.cooperatives.bylaws(ctx, cooperativeId));
  }

  @Patch(':cooperativeId/bylaws')
  @CooperativeAccess({ roles: ['admin'] })
  @ApiOperation({ summary: 'Change bylaws (admins); every change is audited' })
  @ApiOkResponse({ type: BylawsResponseDto })
  @ApiProblems(400, 404, 409, 422)
  updateBylaws(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: BylawsUpdateDto,
  ): Promise<BylawsResponseDto> {
    return this.cooperatives.updateBylaws(ctx, cooperativeId, body);
  }
}
