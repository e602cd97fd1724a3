/**
 * The delivery worker, in every API process: every WEBHOOK_POLL_MS it (1) fans events out, each enabled endpoint in
 * its own short transaction holding the endpoint's row (FOR UPDATE SKIP LOCKED: one process per endpoint at a time),
 * reading the feed after the endpoint's cursor (audit's eventFeedSql, commit-safe order) and inserting one delivery
 * per matching event; (2) sends the deliveries due: claimed with a lease in one committed statement, POSTed signed
 * (Standard Webhooks, with the standardwebhooks package), the attempt and its outcome written in a second short
 * transaction; and again, round after round, while deliveries are due. Nothing lives only in memory: a process
 * killed mid-delivery leaves a lease that expires, and another process sends the delivery again with the same
 * webhook-id. Tests call `tick()`.
 */
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Webhook } from 'standardwebhooks';
import { DataSource } from 'typeorm';
import { eventFeedSql, type EventRow } from '../audit/audit.sql.js';
import { mapEvent } from '../audit/events.service.js';
import { systemContext } from '../common/context/request-context.js';
import { type AttemptOutcome, checkUrl, OutboundRefusal, postTo, resolveTarget } from './outbound.js';
import { webhookIdOf } from './webhook.mapper.js';
import { WebhookEndpointsService } from './webhook-endpoints.service.js';
import { retryDelayMs } from './webhook-retry.rules.js';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhooks.settings.js';
import {
  type ClaimedDelivery,
  claimDue,
  enabledEndpoints,
  insertAttempt,
  insertDeliveries,
  lockEndpointForFanOut,
  settleDelivery,
} from './webhooks.sql.js';

/** Events read per endpoint per tick. */
const FAN_OUT_BATCH = 500;
/** Deliveries one process sends at once. */
const SEND_BATCH = 10;
/** How long one tick goes on sending while deliveries are due. */
const SEND_BUDGET_MS = 2000;
/** A lease outlives the attempt's timeout by this much (DNS, writing the outcome). */
export const LEASE_MARGIN_MS = 15_000;

export interface TickResult {
  fannedOut: number;
  attempted: number;
}

@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('WebhookWorker');
  private timer?: NodeJS.Timeout;
  private running?: Promise<TickResult>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly endpoints: WebhookEndpointsService,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One fan-out and one round of sending; a tick already running in this process is joined, not doubled. */
  tick(): Promise<TickResult> {
    this.running ??= this.work().finally(() => (this.running = undefined));
    return this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.tick()
        .catch((error: unknown) => this.logger.error({ err: error }, 'webhook tick failed'))
        .finally(() => this.schedule());
    }, this.settings.pollMs).unref();
  }

  /**
   * Fans out, then sends round after round while there are deliveries due (each endpoint's next one becomes due as
   * soon as the one before it succeeded), for at most SEND_BUDGET_MS, so that fan-out comes round again soon.
   */
  private async work(): Promise<TickResult> {
    const fannedOut = await this.fanOut();
    const deadline = Date.now() + SEND_BUDGET_MS;
    let attempted = 0;
    for (;;) {
      const sent = await this.sendDue();
      attempted += sent;
      if (sent === 0 || this.stopped || Date.now() > deadline) return { fannedOut, attempted };
    }
  }

  /** New deliveries for every enabled endpoint; answers how many. */
  async fanOut(): Promise<number> {
    let total = 0;
    for (const endpoint of await enabledEndpoints(this.dataSource.manager)) {
      if (this.stopped) break;
      total += await this.fanOutEndpoint(endpoint.cooperativeId, endpoint.id);
    }
    return total;
  }

  private fanOutEndpoint(cooperativeId: string, endpointId: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const endpoint = await lockEndpointForFanOut(manager, cooperativeId, endpointId);
      if (!endpoint) return 0;
      const events: EventRow[] = await manager.query(eventFeedSql(), [
        cooperativeId,
        endpoint.cursorTx,
        endpoint.cursorId,
        null,
        FAN_OUT_BATCH,
      ]);
      const last = events.at(-1);
      if (!last) return 0;
      const wanted = endpoint.eventTypes.length ? events.filter((e) => endpoint.eventTypes.includes(e.type)) : events;
      const deliveries = wanted.map((event) => ({
        eventId: event.id,
        eventTx: event.tx,
        eventType: event.type,
        // The Standard Webhooks envelope; data is the event as the feed shows it to an admin.
        payload: { type: event.type, timestamp: event.occurred_at.toISOString(), data: mapEvent(event, undefined) },
      }));
      await insertDeliveries(manager, cooperativeId, endpointId, deliveries, { tx: last.tx, id: last.id });
      return deliveries.length;
    });
  }

  /** Claims the deliveries due and sends them; answers how many attempts were made. */
  async sendDue(): Promise<number> {
    if (this.stopped) return 0;
    const leaseMs = this.settings.timeoutMs + LEASE_MARGIN_MS;
    const claimed = await claimDue(this.dataSource.manager, SEND_BATCH, leaseMs);
    await Promise.all(claimed.map((delivery) => this.send(delivery)));
    return claimed.length;
  }

  private async send(delivery: ClaimedDelivery): Promise<void> {
    const startedAt = new Date();
    const outcome = await this.post(delivery, startedAt);
    await this.dataSource.transaction(async (manager) => {
      await insertAttempt(manager, delivery, { startedAt, ...outcome });
      if (outcome.ok) {
        await settleDelivery(manager, delivery, delivery.attempts, { status: 'succeeded' });
        return;
      }
      // Past the schedule (its last attempt, or one more after a crash during it): the delivery has failed.
      const wait = retryDelayMs(delivery.attempts, Math.random(), this.settings.retryScheduleMs);
      if (wait !== null) {
        await settleDelivery(manager, delivery, delivery.attempts, { status: 'pending', retryInMs: wait });
        return;
      }
      if (await settleDelivery(manager, delivery, delivery.attempts, { status: 'failed' })) {
        const ctx = { ...systemContext(), manager };
        await this.endpoints.disableAfterFailure(ctx, delivery.cooperativeId, delivery.endpointId, delivery.id);
      }
    });
  }

  /** One attempt: the outbound rules again (DNS may have changed), then the signed POST. Never throws. */
  private async post(delivery: ClaimedDelivery, startedAt: Date): Promise<AttemptOutcome> {
    const id = webhookIdOf(delivery.id);
    try {
      const checked = checkUrl(delivery.url, this.settings.allowedHosts);
      const target = await resolveTarget(checked);
      const signature = new Webhook(delivery.secret).sign(id, startedAt, delivery.payload);
      const headers = {
        'content-type': 'application/json',
        'user-agent': 'coop-api-webhooks',
        'webhook-id': id,
        'webhook-timestamp': String(Math.floor(startedAt.getTime() / 1000)),
        'webhook-signature': signature,
      };
      return await postTo(checked, target, delivery.payload, headers, { timeoutMs: this.settings.timeoutMs });
    } catch (error) {
      const why = error instanceof OutboundRefusal ? `refused: ${error.message}` : `not sent: ${String(error)}`;
      return {
        ok: false,
        statusCode: null,
        error: why,
        latencyMs: Date.now() - startedAt.getTime(),
        responseExcerpt: null,
      };
    }
  }
}
