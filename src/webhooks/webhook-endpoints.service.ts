/**
 * Webhook endpoints: created, edited, their secret rotated, enabled and disabled by admins, each change audited (its
 * event carries the endpoint as GET shows it, never the secret). A URL is checked against the outbound rules when
 * saved (outbound.ts); a new endpoint receives the events committed from its creation on.
 */
import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { eventFeedEndSql } from '../audit/audit.sql.js';
import { AuditService } from '../audit/audit.service.js';
import { assertVersion } from '../common/concurrency/versioned.js';
import type { RequestContext, TxContext } from '../common/context/request-context.js';
import { decodeCursor, encodeCursor, invalidCursor, type Page } from '../common/pagination/pagination.js';
import { TransactionHelper } from '../database/transaction.js';
import { checkUrl, OutboundRefusal, resolveTarget } from './outbound.js';
import type {
  WebhookEndpointCreateDto,
  WebhookEndpointResponseDto,
  WebhookEndpointUpdateDto,
  WebhookEndpointWithSecretDto,
} from './webhook.dto.js';
import { mapEndpoint } from './webhook.mapper.js';
import { SigningSecrets } from './signing-secrets.js';
import { WebhooksError } from './webhooks.errors.js';
import type { WEBHOOKS_EVENTS } from './webhooks.events.js';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhooks.settings.js';
import {
  type EndpointChanges,
  type EndpointRow,
  findEndpoint,
  insertEndpoint,
  listEndpoints,
  updateEndpoint,
} from './webhooks.sql.js';

/** A Standard Webhooks secret: `whsec_` and the base64 of 24 random bytes. */
export function newSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

const notFound = () => new WebhooksError('WEBHOOK_ENDPOINT_NOT_FOUND', 'No webhook endpoint with this id here.');

@Injectable()
export class WebhookEndpointsService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly secrets: SigningSecrets,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  async create(
    ctx: RequestContext,
    cooperativeId: string,
    input: WebhookEndpointCreateDto,
  ): Promise<WebhookEndpointWithSecretDto> {
    await this.assertAllowed(input.url);
    const secret = newSecret();
    return this.tx.run(ctx, async (ctx) => {
      const [end]: { tx: string; id: string }[] = await ctx.manager.query(eventFeedEndSql(), [cooperativeId]);
      const row = await insertEndpoint(ctx.manager, {
        cooperativeId,
        url: input.url,
        description: input.description ?? null,
        eventTypes: normalised(input.eventTypes ?? []),
        secret: this.secrets.seal(cooperativeId, secret),
        cursor: end ?? { tx: '0', id: '0' },
      });
      await this.record(ctx, row, 'webhook_endpoint.created', { url: row.url, eventTypes: row.eventTypes });
      return { ...mapEndpoint(row), secret };
    });
  }

  async list(
    ctx: RequestContext,
    cooperativeId: string,
    query: { limit: number; cursor?: string },
  ): Promise<Page<WebhookEndpointResponseDto>> {
    let after: [string, string] | undefined;
    if (query.cursor) {
      after = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
      if (Number.isNaN(Date.parse(after[0])) || !/^[0-9a-f-]{36}$/.test(after[1])) invalidCursor();
    }
    const rows = await listEndpoints(this.tx.managerOf(ctx), cooperativeId, after, query.limit + 1);
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map(mapEndpoint),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdKey, last.id]) : null,
    };
  }

  async get(ctx: RequestContext, cooperativeId: string, id: string): Promise<WebhookEndpointResponseDto> {
    const row = await findEndpoint(this.tx.managerOf(ctx), cooperativeId, id);
    if (!row) throw notFound();
    return mapEndpoint(row);
  }

  async update(
    ctx: RequestContext,
    cooperativeId: string,
    id: string,
    input: WebhookEndpointUpdateDto,
    expected?: number,
  ): Promise<WebhookEndpointResponseDto> {
    if (input.url !== undefined) await this.assertAllowed(input.url);
    return this.tx.run(ctx, async (ctx) => {
      const before = await findEndpoint(ctx.manager, cooperativeId, id, true);
      if (!before) throw notFound();
      assertVersion(expected, before.version);
      const changes: EndpointChanges = {};
      if (input.url !== undefined && input.url !== before.url) changes.url = input.url;
      if (input.description !== undefined && input.description !== before.description) {
        changes.description = input.description;
      }
      if (input.eventTypes !== undefined) {
        const types = normalised(input.eventTypes);
        if (types.join(',') !== before.eventTypes.join(',')) changes.eventTypes = types;
      }
      const edited = Object.keys(changes);
      if (input.enabled !== undefined && input.enabled !== before.enabled) {
        changes.enabled = input.enabled;
        changes.disabledReason = input.enabled ? null : 'disabled by an admin';
      }
      if (Object.keys(changes).length === 0) return mapEndpoint(before);
      const row = await updateEndpoint(ctx.manager, cooperativeId, id, changes);
      if (edited.length > 0) await this.record(ctx, row, 'webhook_endpoint.updated', { changed: edited });
      if (changes.enabled === true) await this.record(ctx, row, 'webhook_endpoint.enabled', {});
      if (changes.enabled === false) {
        await this.record(ctx, row, 'webhook_endpoint.disabled', { reason: row.disabledReason });
      }
      return mapEndpoint(row);
    });
  }

  async rotateSecret(ctx: RequestContext, cooperativeId: string, id: string): Promise<WebhookEndpointWithSecretDto> {
    const secret = newSecret();
    return this.tx.run(ctx, async (ctx) => {
      if (!(await findEndpoint(ctx.manager, cooperativeId, id, true))) throw notFound();
      const row = await updateEndpoint(ctx.manager, cooperativeId, id, {
        secret: this.secrets.seal(cooperativeId, secret),
      });
      await this.record(ctx, row, 'webhook_endpoint.secret_rotated', {});
      return { ...mapEndpoint(row), secret };
    });
  }

  /**
   * The worker's call when a delivery failed its last attempt: the endpoint stops receiving (its pending deliveries
   * wait, its cursor stays) until an admin enables it. Audited as the system, in the worker's transaction.
   */
  async disableAfterFailure(ctx: TxContext, cooperativeId: string, id: string, deliveryId: string): Promise<void> {
    const before = await findEndpoint(ctx.manager, cooperativeId, id, true);
    if (!before?.enabled) return;
    const reason = `the delivery ${deliveryId} failed its last attempt`;
    const row = await updateEndpoint(ctx.manager, cooperativeId, id, { enabled: false, disabledReason: reason });
    await this.record(ctx, row, 'webhook_endpoint.disabled', { reason, deliveryId });
  }

  /** Refuses a URL the worker would not send to (WEBHOOK_URL_NOT_ALLOWED, 422). */
  private async assertAllowed(url: string): Promise<void> {
    try {
      await resolveTarget(checkUrl(url, this.settings.allowedHosts));
    } catch (error) {
      if (error instanceof OutboundRefusal) {
        throw new WebhooksError('WEBHOOK_URL_NOT_ALLOWED', `This URL cannot receive webhooks: ${error.message}.`);
      }
      throw error;
    }
  }

  private record(
    ctx: TxContext,
    row: EndpointRow,
    action: Extract<keyof typeof WEBHOOKS_EVENTS, `webhook_endpoint.${string}`>,
    summary: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(ctx, {
      cooperativeId: row.cooperativeId,
      action,
      targetType: 'webhook_endpoint',
      targetId: row.id,
      summary,
      event: { data: mapEndpoint(row), readScope: 'events:read' },
    });
  }
}

function normalised(types: string[]): string[] {
  return [...new Set(types)].sort();
}
