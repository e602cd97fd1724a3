import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CooperativeAccess } from '../common/access/access.decorator.js';
import { IfMatch, Versioned } from '../common/concurrency/versioned.js';
import { Ctx } from '../common/context/ctx.decorator.js';
import type { RequestContext } from '../common/context/request-context.js';
import { ApiProblemCodes } from '../common/errors/api-problems.decorator.js';
import { Created } from '../common/http/created.js';
import { PageQueryDto } from '../common/pagination/pagination.js';
import {
  WebhookAttemptPageDto,
  WebhookDeliveryPageDto,
  WebhookDeliveryResponseDto,
  WebhookEndpointCreateDto,
  WebhookEndpointPageDto,
  WebhookEndpointResponseDto,
  WebhookEndpointUpdateDto,
  WebhookEndpointWithSecretDto,
} from './webhook.dto.js';
import { WebhookDeliveriesService } from './webhook-deliveries.service.js';
import { WebhookEndpointsService } from './webhook-endpoints.service.js';
import type { WebhooksErrorCode } from './webhooks.errors.js';

const ADMINS = { roles: ['admin'] } as const;
const Problems = (...codes: (WebhooksErrorCode | 'INVALID_CURSOR')[]) => ApiProblemCodes(...codes);

@ApiTags('webhooks')
@Controller('v1/cooperatives/:cooperativeId/webhook-endpoints')
export class WebhookEndpointsController {
  constructor(
    private readonly endpoints: WebhookEndpointsService,
    private readonly deliveries: WebhookDeliveriesService,
  ) {}

  @Post()
  @CooperativeAccess(ADMINS)
  @ApiOperation({
    summary: 'Create a webhook endpoint',
    description:
      'An admin has the cooperative’s events POSTed to a URL, all of them or the types listed, from now on, signed ' +
      'as Standard Webhooks specify (`webhook-id`, `webhook-timestamp`, `webhook-signature`). The URL must be ' +
      'https and resolve to public addresses only, unless the server allow-lists its host. The signing secret is ' +
      'in this answer only: store it now. Audited.',
  })
  @Created(
    WebhookEndpointWithSecretDto,
    '/v1/cooperatives/{cooperativeId}/webhook-endpoints/{id}',
    'The endpoint, with its signing secret (shown this once).',
  )
  @Problems('WEBHOOK_URL_NOT_ALLOWED')
  createWebhookEndpoint(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Body() body: WebhookEndpointCreateDto,
  ): Promise<WebhookEndpointWithSecretDto> {
    return this.endpoints.create(ctx, cooperativeId, body);
  }

  @Get()
  @CooperativeAccess(ADMINS)
  @ApiOperation({
    summary: 'List the webhook endpoints',
    description:
      'The cooperative’s endpoints, oldest first, a keyset page at a time, enabled and disabled, never their ' +
      'secrets. For admins. Changes nothing.',
  })
  @ApiOkResponse({
    type: WebhookEndpointPageDto,
    description: 'A page of endpoints; `nextCursor` is null on the last.',
  })
  @Problems('INVALID_CURSOR')
  listWebhookEndpoints(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Query() query: PageQueryDto,
  ): Promise<WebhookEndpointPageDto> {
    return this.endpoints.list(ctx, cooperativeId, query);
  }

  @Get(':endpointId')
  @CooperativeAccess(ADMINS)
  @Versioned()
  @ApiOperation({
    summary: 'Read a webhook endpoint',
    description:
      'Its URL, event types, whether it is enabled (and why not), never its secret. Its ETag is its version: send ' +
      'it back as If-Match to edit it safely. For admins. Changes nothing.',
  })
  @ApiOkResponse({ type: WebhookEndpointResponseDto, description: 'The endpoint, with its current version.' })
  @Problems('WEBHOOK_ENDPOINT_NOT_FOUND')
  getWebhookEndpoint(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('endpointId', ParseUUIDPipe) endpointId: string,
  ): Promise<WebhookEndpointResponseDto> {
    return this.endpoints.get(ctx, cooperativeId, endpointId);
  }

  @Patch(':endpointId')
  @CooperativeAccess(ADMINS)
  @Versioned()
  @ApiOperation({
    summary: 'Edit, disable or enable a webhook endpoint',
    description:
      'An admin changes the URL (checked as at creation), the event types or the description, or disables the ' +
      'endpoint (its deliveries wait) or enables it again (it resumes where it stopped: no event is lost). The ' +
      'fields left out stay as they are. Audited; the version goes up by one. With If-Match, a version someone ' +
      'else changed meanwhile is a 412.',
  })
  @ApiOkResponse({ type: WebhookEndpointResponseDto, description: 'The endpoint as changed, with its new version.' })
  @Problems('WEBHOOK_ENDPOINT_NOT_FOUND', 'WEBHOOK_URL_NOT_ALLOWED')
  updateWebhookEndpoint(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('endpointId', ParseUUIDPipe) endpointId: string,
    @Body() body: WebhookEndpointUpdateDto,
    @IfMatch() expected: number | undefined,
  ): Promise<WebhookEndpointResponseDto> {
    return this.endpoints.update(ctx, cooperativeId, endpointId, body, expected);
  }

  @Post(':endpointId/rotate-secret')
  @HttpCode(200)
  @CooperativeAccess(ADMINS)
  @ApiOperation({
    summary: 'Rotate a webhook endpoint’s signing secret',
    description:
      'A new secret replaces the old one at once: every attempt from now on, retries included, is signed with the ' +
      'new one. It is in this answer only: store it now. Audited (never the secret).',
  })
  @ApiOkResponse({ type: WebhookEndpointWithSecretDto, description: 'The endpoint, with its new secret (shown once).' })
  @Problems('WEBHOOK_ENDPOINT_NOT_FOUND')
  rotateWebhookSecret(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('endpointId', ParseUUIDPipe) endpointId: string,
  ): Promise<WebhookEndpointWithSecretDto> {
    return this.endpoints.rotateSecret(ctx, cooperativeId, endpointId);
  }

  @Get(':endpointId/deliveries')
  @CooperativeAccess(ADMINS)
  @ApiOperation({
    summary: 'List a webhook endpoint’s deliveries',
    description:
      'One delivery per event sent to the endpoint, newest event first, with its status, attempts and next ' +
      'attempt. For admins. Changes nothing.',
  })
  @ApiOkResponse({
    type: WebhookDeliveryPageDto,
    description: 'A page of deliveries; `nextCursor` is null on the last.',
  })
  @Problems('WEBHOOK_ENDPOINT_NOT_FOUND', 'INVALID_CURSOR')
  listWebhookDeliveries(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('endpointId', ParseUUIDPipe) endpointId: string,
    @Query() query: PageQueryDto,
  ): Promise<WebhookDeliveryPageDto> {
    return this.deliveries.list(ctx, cooperativeId, endpointId, query);
  }

  @Get(':endpointId/deliveries/:deliveryId/attempts')
  @CooperativeAccess(ADMINS)
  @ApiOperation({
    summary: 'List a delivery’s attempts',
    description:
      'Every POST of the delivery, oldest first: the answer’s status or why there was none (timeout, connection ' +
      'error, size cap, refused address), its latency and the start of its body. For admins. Changes nothing.',
  })
  @ApiOkResponse({ type: WebhookAttemptPageDto, description: 'A page of attempts; `nextCursor` is null on the last.' })
  @Problems('WEBHOOK_ENDPOINT_NOT_FOUND', 'WEBHOOK_DELIVERY_NOT_FOUND', 'INVALID_CURSOR')
  listWebhookAttempts(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('endpointId', ParseUUIDPipe) endpointId: string,
    @Param('deliveryId', ParseUUIDPipe) deliveryId: string,
    @Query() query: PageQueryDto,
  ): Promise<WebhookAttemptPageDto> {
    return this.deliveries.attempts(ctx, cooperativeId, endpointId, deliveryId, query);
  }

  @Post(':endpointId/deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @CooperativeAccess(ADMINS)
  @ApiOperation({
    summary: 'Send a delivery again',
    description:
      'An admin has a delivery sent again now, with the same webhook-id: a finished one (succeeded or failed) ' +
      'starts a new schedule of attempts, a pending one is due at once. A disabled endpoint receives it once ' +
      'enabled again. Audited.',
  })
  @ApiAcceptedResponse({ type: WebhookDeliveryResponseDto, description: 'The delivery, pending and due now.' })
  @Problems('WEBHOOK_ENDPOINT_NOT_FOUND', 'WEBHOOK_DELIVERY_NOT_FOUND')
  redeliverWebhook(
    @Ctx() ctx: RequestContext,
    @Param('cooperativeId', ParseUUIDPipe) cooperativeId: string,
    @Param('endpointId', ParseUUIDPipe) endpointId: string,
    @Param('deliveryId', ParseUUIDPipe) deliveryId: string,
  ): Promise<WebhookDeliveryResponseDto> {
    return this.deliveries.redeliver(ctx, cooperativeId, endpointId, deliveryId);
  }
}
