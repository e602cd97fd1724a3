import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblems } from '../common/errors/api-problems.decorator.js';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { mapApiClient } from './api-client.mapper.js';
import { ApiClientsService } from './api-clients.service.js';
import { ApiClientCreateDto, ApiClientCreatedDto, ApiClientResponseDto } from './auth.dto.js';

@ApiTags('api clients')
@Controller('v1/cooperatives/:cooperativeId/api-clients')
export class ApiClientsController {
  constructor(private readonly clients: ApiClientsService) {}

  @Post()
  @CooperativeAccess({ roles: ['admin'] })
  @ApiOperation({ summary: 'Create an API key for an external app (the key is shown only in this response)' })
  @ApiCreatedResponse({ type: ApiClientCreatedDto })
  @ApiProblems(400, 404)
  async createApiClient(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: ApiClientCreateDto,
  ): Promise<ApiClientCreatedDto> {
    const { client, key } = await this.clients.create(ctx, cooperativeId, body);
    return { ...mapApiClient(client), key };
  }

  @Get()
  @CooperativeAccess({ roles: ['admin'] })
  @ApiOperation({ summary: "List the cooperative's API clients (never their keys)" })
  @ApiOkResponse({ type: [ApiClientResponseDto] })
  @ApiProblems(400, 404)
  async listApiClients(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
  ): Promise<ApiClientResponseDto[]> {
    return (await this.clients.list(ctx, cooperativeId)).map(mapApiClient);
  }

  @Delete(':apiClientId')
  @HttpCode(204)
  @CooperativeAccess({ roles: ['admin'] })
  @ApiOperation({ summary: 'Revoke an API client: its key stops working at once' })
  @ApiNoContentResponse({ description: 'Revoked.' })
  @ApiProblems(400, 404)
  async revokeApiClient(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('apiClientId', ParseUUIDPipe) apiClientId: string,
  ): Promise<void> {
    await this.clients.revoke(ctx, cooperativeId, apiClientId);
  }
}
