/**
 * Webhooks (issue 16, items 3-5; docs/events.md): endpoints per cooperative (admins), the deliveries of the events to
 * them and each attempt, and the worker that fans events out and sends them (in the API process, or in the main
 * process when there are workers: src/delivery-process.ts). Rules: Standard Webhooks signatures with a secret shown
 * once; at least once, the same webhook-id on every retry; in order per endpoint (its deliveries sent one after the
 * other, the next only once the one before it was received); retries with backoff and jitter for about three days, then
 * the delivery fails and the endpoint is disabled (an audited event); https to public addresses only unless
 * allow-listed; signing secrets stored sealed under the master secret kept outside the database (signing-secrets.ts). Reads events only through audit's exported SQL. Database: every key starts with cooperative_id;
 * one delivery per (endpoint, event) (unique); a delivery is held by a lease, never by an open transaction.
 */
import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { SigningSecrets } from './signing-secrets.js';
import { WebhookAttempt } from './webhook-attempt.entity.js';
import { WebhookDeliveriesService } from './webhook-deliveries.service.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhookEndpointsController } from './webhook-endpoints.controller.js';
import { WebhookEndpointsService } from './webhook-endpoints.service.js';
import { WebhookWorker } from './webhook-worker.js';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhooks.settings.js';

/** The tables this module owns, for the data source the app composes (src/entities.ts). */
export const WEBHOOKS_ENTITIES = [WebhookEndpoint, WebhookDelivery, WebhookAttempt];

@Module({})
export class WebhooksModule {
  static forRoot(settings: WebhookSettings): DynamicModule {
    return {
      module: WebhooksModule,
      imports: [AuditModule],
      controllers: [WebhookEndpointsController],
      providers: [
        { provide: WEBHOOK_SETTINGS, useValue: settings },
        SigningSecrets,
        WebhookEndpointsService,
        WebhookDeliveriesService,
        WebhookWorker,
      ],
      exports: [WebhookWorker],
    };
  }
}
