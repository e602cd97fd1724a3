import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblemCodes } from '../common/errors/api-problems.decorator.js';
import { Created } from '../common/http/created.js';
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
  @ApiOperation({
    summary: 'Create an API key for an external app',
    description:
      'An admin gives an integration (an accounting sync, a federation’s reporting) a key of this cooperative ' +
      'with only the scopes it needs; each operation names the scope it requires. The key is in this answer only ' +
      '(it is stored hashed): store it now. Audited.',
  })
  @Created(ApiClientCreatedDto, '/v1/cooperatives/{cooperativeId}/api-clients/{id}', 'The client, with its key.')
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
  @ApiOperation({
    summary: "List the cooperative's API clients",
    description:
      'Every key an admin created, oldest first, active and revoked, with scopes and last use: never the keys ' +
      'themselves. Changes nothing.',
  })
  @ApiOkResponse({ type: [ApiClientResponseDto], description: 'The API clients.' })
  async listApiClients(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
  ): Promise<ApiClientResponseDto[]> {
    return (await this.clients.list(ctx, cooperativeId)).map(mapApiClient);
  }

  @Get(':apiClientId')
  @CooperativeAccess({ roles: ['admin'] })
  @ApiOperation({
    summary: 'Read one API client',
    description: 'Its name, scopes, creation, last use and revocation: never the key. Changes nothing.',
  })
  @ApiOkResponse({ type: ApiClientResponseDto, description: 'The API client.' })
  @ApiProblemCodes('API_CLIENT_NOT_FOUND')
  async getApiClient(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('apiClientId', ParseUUIDPipe) apiClientId: string,
  ): Promise<ApiClientResponseDto> {
    return mapApiClient(await this.clients.get(ctx, cooperativeId, apiClientId));
  }

  @Delete(':apiClientId')
  @HttpCode(204)
  @CooperativeAccess({ roles: ['admin'] })
  @ApiOperation({
    summary: 'Revoke an API client',
    description:
      'Its key stops working at once, on every API process; the client stays listed as revoked. Refused for an ' +
      'unknown or already revoked client. Audited.',
  })
  @ApiNoContentResponse({ description: 'Revoked.' })
  @ApiProblemCodes('API_CLIENT_NOT_FOUND')
  async revokeApiClient(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('apiClientId', ParseUUIDPipe) apiClientId: string,
  ): Promise<void> {
    await this.clients.revoke(ctx, cooperativeId, apiClientId);
  }
}
