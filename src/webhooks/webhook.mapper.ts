import type {
  WebhookDeliveryResponseDto,
  WebhookAttemptResponseDto,
  WebhookEndpointResponseDto,
} from './webhook.dto.js';
import type { AttemptRow, DeliveryRow, EndpointRow } from './webhooks.sql.js';

export function mapEndpoint(row: EndpointRow): WebhookEndpointResponseDto {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes,
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** The Standard Webhooks `webhook-id` of a delivery. */
export const webhookIdOf = (deliveryId: string) => `msg_${deliveryId}`;

export function mapDelivery(row: DeliveryRow): WebhookDeliveryResponseDto {
  return {
    id: row.id,
    webhookId: webhookIdOf(row.id),
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export function mapAttempt(row: AttemptRow): WebhookAttemptResponseDto {
  return { ...row, startedAt: row.startedAt.toISOString() };
}
