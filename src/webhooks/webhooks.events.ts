/** The event types the webhooks module writes (src/audit/event-catalogue.ts explains the catalogue). */
import { type EventDataOf, withData, withoutData } from '../audit/event-catalogue.js';
import { WebhookEndpointResponseDto } from './webhook.dto.js';

const endpoint = (summary: string) =>
  withData(WebhookEndpointResponseDto, 'events:read', 'GET /webhook-endpoints/{id}', summary);

export const WEBHOOKS_EVENTS = {
  'webhook_endpoint.created': endpoint('A webhook endpoint was added.'),
  'webhook_endpoint.updated': endpoint('A webhook endpoint’s URL, types or description changed.'),
  'webhook_endpoint.enabled': endpoint('A webhook endpoint was enabled.'),
  'webhook_endpoint.disabled': endpoint('A webhook endpoint was disabled, by an admin or after a run of failures.'),
  'webhook_endpoint.secret_rotated': endpoint('A webhook endpoint’s signing secret was rotated.'),
  'webhook_delivery.redelivery_requested': withoutData('An admin asked for a delivery to be sent again.'),
};

declare module '../audit/event-catalogue.js' {
  interface EventTypes extends EventDataOf<typeof WEBHOOKS_EVENTS> {}
}
