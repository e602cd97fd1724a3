import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess, SuperadminOnly } from '../common/access/access.decorator.js';
import { ROLES } from '../common/access/role.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { IfMatch, Versioned } from '../common/concurrency/versioned.js';
import { ApiProblemCodes } from '../common/errors/api-problems.decorator.js';
import { Created } from '../common/http/created.js';
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
  @ApiOperation({
    summary: 'Create a cooperative with its bylaws',
    description:
      'The platform superadmin registers a new cooperative (a tenant) and, optionally, the bylaws it starts with; ' +
      'unset bylaws take their defaults. Currency and minor-unit scale are fixed from then on. Refused when the ' +
      'bylaws contradict each other (`BYLAWS_INVALID`, each field in `errors`). Audited. The superadmin then grants ' +
      'the cooperative its first admin, secretary and treasurer (users and roles).',
  })
  @Created(CooperativeResponseDto, '/v1/cooperatives/{id}', 'The new cooperative.')
  @ApiProblemCodes('BYLAWS_INVALID')
  createCooperative(@Ctx() ctx: RequestContext, @Body() body: CooperativeCreateDto): Promise<CooperativeResponseDto> {
    return this.cooperatives.create(ctx, body);
  }

  @Get()
  @SuperadminOnly()
  @ApiOperation({
    summary: 'List every cooperative on the platform',
    description:
      'For the platform superadmin: every cooperative, oldest first, a keyset page at a time. Anyone else finds the ' +
      'cooperatives they belong to, with their roles, in `GET /v1/me`. Changes nothing.',
  })
  @ApiOkResponse({ type: CooperativePageDto, description: 'A page of cooperatives; `nextCursor` is null on the last.' })
  listCooperatives(@Ctx() ctx: RequestContext, @Query() query: PageQueryDto): Promise<CooperativePageDto> {
    return this.cooperatives.list(ctx, query);
  }

  @Get(':cooperativeId')
  @CooperativeAccess({ roles: ROLES, scope: 'cooperative:read' })
  @ApiOperation({
    summary: 'Read a cooperative',
    description:
      'Its name, country and registration number, for anyone with a role in it (and API keys with ' +
      '`cooperative:read`). Another cooperative’s id is answered 404, as if it did not exist. Changes nothing.',
  })
  @ApiOkResponse({ type: CooperativeResponseDto, description: 'The cooperative.' })
  getCooperative(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
  ): Promise<CooperativeResponseDto> {
    return this.cooperatives.get(ctx, cooperativeId);
  }

  @Get(':cooperativeId/bylaws')
  @CooperativeAccess({ roles: ROLES, scope: 'bylaws:read' })
  @Versioned()
  @ApiOperation({
    summary: "Read the cooperative's bylaws",
    description:
      'The rules every module applies: share par value and minimum holding, quorum and majority, reserve and fund ' +
      'percentages, redemption notice and cap, loan limits. Any role may read them; an accounting sync with ' +
      '`bylaws:read`. The `ETag` is the bylaws’ version: send it as `If-Match` when changing them.',
  })
  @ApiOkResponse({ type: BylawsResponseDto, description: 'The bylaws as they stand, with their version.' })
  async getBylaws(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
  ): Promise<BylawsResponseDto> {
    return mapBylaws(await this.cooperatives.bylaws(ctx, cooperativeId));
  }

  @Patch(':cooperativeId/bylaws')
  @CooperativeAccess({ roles: ['admin'] })
  @Versioned()
  @ApiOperation({
    summary: 'Change bylaws',
    description:
      'An admin records a change the general assembly decided: only the fields sent change, and only real ' +
      'changes are saved and audited (with the values before and after). Refused: the currency and the minor-unit ' +
      'scale, which the ledgers are kept in (`BYLAW_IMMUTABLE`); a set of bylaws that contradict each other ' +
      '(`BYLAWS_INVALID`); with `If-Match`, bylaws changed since they were read (412).',
  })
  @ApiOkResponse({ type: BylawsResponseDto, description: 'The bylaws after the change, with their new version.' })
  @ApiProblemCodes('BYLAW_IMMUTABLE', 'BYLAWS_INVALID')
  updateBylaws(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: BylawsUpdateDto,
    @IfMatch() expectedVersion: number | undefined,
  ): Promise<BylawsResponseDto> {
    return this.cooperatives.updateBylaws(ctx, cooperativeId, body, expectedVersion);
  }
}
