import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess, SuperadminOnly } from '../auth/access.decorator.js';
import { ROLES } from '../auth/role.js';
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
  createCooperative(@Body() body: CooperativeCreateDto): Promise<CooperativeResponseDto> {
    return this.cooperatives.create(body);
  }

  @Get()
  @SuperadminOnly()
  @ApiOperation({ summary: 'List every cooperative on the platform (superadmin); others see theirs in /v1/me' })
  @ApiOkResponse({ type: CooperativePageDto })
  @ApiProblems(400)
  listCooperatives(@Query() query: PageQueryDto): Promise<CooperativePageDto> {
    return this.cooperatives.list(query);
  }

  @Get(':cooperativeId')
  @CooperativeAccess({ roles: ROLES, scope: 'cooperative:read' })
  @ApiOperation({ summary: 'Read a cooperative' })
  @ApiOkResponse({ type: CooperativeResponseDto })
  @ApiProblems(400, 404)
  getCooperative(@Param('cooperativeId', ParseUUIDPipe) cooperativeId: string): Promise<CooperativeResponseDto> {
    return this.cooperatives.get(cooperativeId);
  }

  @Get(':cooperativeId/bylaws')
  @CooperativeAccess({ roles: ROLES, scope: 'bylaws:read' })
  @ApiOperation({ summary: "Read the cooperative's bylaws" })
  @ApiOkResponse({ type: BylawsResponseDto })
  @ApiProblems(400, 404)
  async getBylaws(@Param('cooperativeId', ParseUUIDPipe) cooperativeId: string): Promise<BylawsResponseDto> {
    return mapBylaws(await this.cooperatives.bylaws(cooperativeId));
  }

  @Patch(':cooperativeId/bylaws')
  @CooperativeAccess({ roles: ['admin'] })
  @ApiOperation({ summary: 'Change bylaws (admins); every change is audited' })
  @ApiOkResponse({ type: BylawsResponseDto })
  @ApiProblems(400, 404, 409, 422)
  updateBylaws(
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: BylawsUpdateDto,
  ): Promise<BylawsResponseDto> {
    return this.cooperatives.updateBylaws(cooperativeId, body);
  }
}
