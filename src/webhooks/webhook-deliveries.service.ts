/** What admins read of an endpoint's deliveries and attempts, and the redelivery they ask for by hand. */
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context/request-context.js';
import { decodeCursor, encodeCursor, invalidCursor, type Page } from '../common/pagination/pagination.js';
import { TransactionHelper } from '../database/transaction.js';
import type { WebhookAttemptResponseDto, WebhookDeliveryResponseDto } from './webhook.dto.js';
import { mapAttempt, mapDelivery } from './webhook.mapper.js';
import { WebhooksError } from './webhooks.errors.js';
import { findDelivery, findEndpoint, listAttempts, listDeliveries, redeliver } from './webhooks.sql.js';
import type { EntityManager } from 'typeorm';

interface PageQuery {
  limit: number;
  cursor?: string;
}

const deliveryNotFound = () =>
  new WebhooksError('WEBHOOK_DELIVERY_NOT_FOUND', 'No delivery with this id for this webhook endpoint.');

@Injectable()
export class WebhookDeliveriesService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
  ) {}

  async list(
    ctx: RequestContext,
    cooperativeId: string,
    endpointId: string,
    query: PageQuery,
  ): Promise<Page<WebhookDeliveryResponseDto>> {
    const manager = this.tx.managerOf(ctx);
    await assertEndpoint(manager, cooperativeId, endpointId);
    let before: [string, string] | undefined;
    if (query.cursor) {
      before = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
      if (!before.every((key) => /^\d{1,19}$/.test(key))) invalidCursor();
    }
    const rows = await listDeliveries(manager, cooperativeId, endpointId, before, query.limit + 1);
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map(mapDelivery),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.eventTx, last.eventId]) : null,
    };
  }

  async attempts(
    ctx: RequestContext,
    cooperativeId: string,
    endpointId: string,
    deliveryId: string,
    query: PageQuery,
  ): Promise<Page<WebhookAttemptResponseDto>> {
    const manager = this.tx.managerOf(ctx);
    await assertEndpoint(manager, cooperativeId, endpointId);
    if (!(await findDelivery(manager, cooperativeId, endpointId, deliveryId))) throw deliveryNotFound();
    let after: string | undefined;
    if (query.cursor) {
      [after] = decodeCursor(query.cursor, ['string']) as [string];
      if (!/^\d{1,19}$/.test(after)) invalidCursor();
    }
    const rows = await listAttempts(manager, cooperativeId, deliveryId, after, query.limit + 1);
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map(mapAttempt),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.id]) : null,
    };
  }

  /** Due now, with the same webhook-id; a disabled endpoint receives it once enabled again. Audited. */
  async redeliver(
    ctx: RequestContext,
    cooperativeId: string,
    endpointId: string,
    deliveryId: string,
  ): Promise<WebhookDeliveryResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      await assertEndpoint(ctx.manager, cooperativeId, endpointId);
      const row = await redeliver(ctx.manager, cooperativeId, endpointId, deliveryId);
      if (!row) throw deliveryNotFound();
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'webhook_delivery.redelivery_requested',
        targetType: 'webhook_delivery',
        targetId: deliveryId,
        summary: { endpointId, eventId: row.eventId },
      });
      return mapDelivery(row);
    });
  }
}

async function assertEndpoint(manager: EntityManager, cooperativeId: string, endpointId: string): Promise<void> {
  if (!(await findEndpoint(manager, cooperativeId, endpointId))) {
    throw new WebhooksError('WEBHOOK_ENDPOINT_NOT_FOUND', 'No webhook endpoint with this id here.');
  }
}
