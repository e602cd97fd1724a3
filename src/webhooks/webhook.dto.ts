import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ApiDateTime, ApiEnum, ApiInteger, ApiUuid } from '../common/openapi/api-fields.js';
import { PageDto } from '../common/pagination/pagination.js';
import { DELIVERY_STATUSES, type DeliveryStatus } from './webhook-delivery.entity.js';

const EVENT_TYPE = /^[a-z_]+\.[a-z_]+$/;
const MAX_EVENT_TYPES = 100;
const URL_DESCRIPTION =
  'Where the events are POSTed: https, on a host that resolves to public addresses only (unless the server’s ' +
  'WEBHOOK_ALLOWED_HOSTS names it).';
const EVENT_TYPES_DESCRIPTION = 'The event types sent (`member.admitted`, `ballot.closed`, …); empty or left out: all.';

export class WebhookEndpointCreateDto {
  @ApiProperty({ example: 'https://hooks.example.org/coop', maxLength: 2000, description: URL_DESCRIPTION })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  url: string;

  @ApiPropertyOptional({ type: [String], example: ['member.admitted'], description: EVENT_TYPES_DESCRIPTION })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_EVENT_TYPES)
  @IsString({ each: true })
  @Matches(EVENT_TYPE, { each: true, message: 'each event type looks like member.admitted' })
  eventTypes?: string[];

  @ApiPropertyOptional({ maxLength: 500, example: 'Accounting sync', description: 'What receives them.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;
}

export class WebhookEndpointUpdateDto {
  @ApiPropertyOptional({ maxLength: 2000, description: URL_DESCRIPTION })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ type: [String], description: EVENT_TYPES_DESCRIPTION })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_EVENT_TYPES)
  @IsString({ each: true })
  @Matches(EVENT_TYPE, { each: true, message: 'each event type looks like member.admitted' })
  eventTypes?: string[];

  @ApiPropertyOptional({
    description:
      'False stops the deliveries (those pending wait); true resumes them from where the endpoint stopped, every ' +
      'event since included.',
  })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;
}

export class WebhookEndpointResponseDto {
  @ApiUuid()
  id: string;

  @ApiProperty({ example: 'https://hooks.example.org/coop' })
  url: string;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiProperty({ type: [String], description: 'The event types sent; empty: all.' })
  eventTypes: string[];

  @ApiProperty({ description: 'False: nothing is sent until an admin enables it again.' })
  enabled: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why it is disabled: by an admin, or after a delivery failed its last attempt (which one).',
  })
  disabledReason: string | null;

  @ApiDateTime()
  createdAt: string;

  @ApiDateTime()
  updatedAt: string;

  @ApiInteger({ minimum: 1, description: 'Counts every change: the ETag; send it back as If-Match to edit.' })
  version: number;
}

export class WebhookEndpointWithSecretDto extends WebhookEndpointResponseDto {
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    pattern: '^whsec_[A-Za-z0-9+/]{32}$',
    description:
      'The signing secret (Standard Webhooks: `whsec_` + base64 of 24 bytes), in this answer only: store it now. ' +
      'Verify each delivery with it (e.g. `new Webhook(secret).verify(body, headers)` of the standardwebhooks ' +
      'package).',
  })
  secret: string;
}

export class WebhookEndpointPageDto extends PageDto(WebhookEndpointResponseDto) {}

export class WebhookDeliveryResponseDto {
  @ApiUuid()
  id: string;

  @ApiProperty({
    example: 'msg_3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b',
    pattern: '^msg_[0-9a-f-]{36}$',
    description: 'The `webhook-id` header of every attempt: the same on each retry, so a receiver can drop repeats.',
  })
  webhookId: string;

  @ApiProperty({ example: '1042', pattern: '^[0-9]+$', description: 'The event sent (its id in the change feed).' })
  eventId: string;

  @ApiProperty({ example: 'member.admitted' })
  eventType: string;

  @ApiEnum(DELIVERY_STATUSES, 'WebhookDeliveryStatus', {
    description: 'pending: to be sent or retried; succeeded: answered 2xx; failed: its last attempt failed.',
  })
  status: DeliveryStatus;

  @ApiInteger({ minimum: 0, description: 'Attempts of its current schedule (a redelivery starts a new one).' })
  attempts: number;

  @ApiDateTime({ nullable: true, description: 'When it is sent next, while pending.' })
  nextAttemptAt: string | null;

  @ApiDateTime()
  createdAt: string;

  @ApiDateTime({ nullable: true })
  finishedAt: string | null;
}

export class WebhookDeliveryPageDto extends PageDto(WebhookDeliveryResponseDto, 'Newest event first.') {}

export class WebhookAttemptResponseDto {
  @ApiProperty({ example: '7', pattern: '^[0-9]+$' })
  id: string;

  @ApiDateTime()
  startedAt: string;

  @ApiInteger({ nullable: true, description: 'The answer’s HTTP status; null when none came.' })
  statusCode: number | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why it failed without (or beyond) a status: timeout, connection error, size cap, address refused.',
  })
  error: string | null;

  @ApiInteger({ minimum: 0 })
  latencyMs: number;

  @ApiProperty({ type: String, nullable: true, maxLength: 500, description: 'The start of the answer’s body.' })
  responseExcerpt: string | null;
}

export class WebhookAttemptPageDto extends PageDto(WebhookAttemptResponseDto, 'Oldest first.') {}
