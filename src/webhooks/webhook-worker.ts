/**
 * The delivery worker, in every API process: every WEBHOOK_POLL_MS it (1) fans events out, each enabled endpoint in
 * its own short transaction holding the endpoint's row (FOR UPDATE SKIP LOCKED: one process per endpoint at a time),
 * reading the feed after the endpoint's cursor (audit's eventFeedSql, commit-safe order) and inserting one delivery
 * per matching event; (2) sends what is due as trains: each endpoint's next deliveries, claimed with a lease in one
 * committed statement, POSTed one after the other in event order (Standard Webhooks signatures, with the
 * standardwebhooks package) until one fails, their attempts and outcomes written in one short transaction; and again,
 * round after round, while there is work (then at once again, not after the poll interval). Nothing lives only in
 * memory: a process killed mid-train leaves leases that expire, and another process sends those deliveries again
 * with the same webhook-id. Tests call `tick()`.
 */
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Webhook } from 'standardwebhooks';
import { DataSource, type EntityManager } from 'typeorm';
import { eventFeedSql, type EventRow } from '../audit/audit.sql.js';
import { mapEvent } from '../audit/events.service.js';
import { systemContext } from '../common/context/request-context.js';
import { type AttemptOutcome, checkUrl, OutboundRefusal, postTo, resolveTarget } from './outbound.js';
import { SigningSecrets } from './signing-secrets.js';
import { SigningSecretUnreadable } from './signing-secrets.rules.js';
import { webhookIdOf } from './webhook.mapper.js';
import { WebhookEndpointsService } from './webhook-endpoints.service.js';
import { retryDelayMs } from './webhook-retry.rules.js';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhooks.settings.js';
import {
  type AttemptRecord,
  type ClaimedDelivery,
  claimTrains,
  enabledEndpoints,
  insertAttempts,
  insertDeliveries,
  lockEndpointForFanOut,
  releaseUnsent,
  settleDelivery,
  settleSucceeded,
} from './webhooks.sql.js';

/** Events read per endpoint per fan-out. */
const FAN_OUT_BATCH = 500;
/** Endpoints one process sends to at once, each its own train. */
const TRAINS = 10;
/** Deliveries of one endpoint taken at once, sent one after the other in order. */
const TRAIN_LENGTH = 200;
/** A train stops taking its next delivery after this long (its lease covers it, plus one attempt's timeout). */
const TRAIN_BUDGET_MS = 2000;
/** How long one tick goes on fanning out and sending while there is work. */
const WORK_BUDGET_MS = 2000;
/** A lease outlives the train's time and one attempt's timeout by this much (DNS, writing the outcome). */
export const LEASE_MARGIN_MS = 15_000;
/** The wait before the next tick after one that found work but finished it: events are coming, look again soon. */
const ACTIVE_POLL_MS = 100;

/** At once while work is left, soon after work, WEBHOOK_POLL_MS when idle. */
export function nextTickInMs(result: TickResult, pollMs: number): number {
  if (result.busy) return 0;
  return result.fannedOut + result.attempted > 0 ? Math.min(ACTIVE_POLL_MS, pollMs) : pollMs;
}

export interface TickResult {
  fannedOut: number;
  attempted: number;
  /** Work was left when the tick's time was up. */
  busy: boolean;
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
    private readonly secrets: SigningSecrets,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.deliver) this.schedule();
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

  private schedule(delayMs = this.settings.pollMs): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.tick()
        .then((result) => this.schedule(nextTickInMs(result, this.settings.pollMs)))
        .catch((error: unknown) => {
          this.logger.error({ err: error }, 'webhook tick failed');
          this.schedule();
        });
    }, delayMs).unref();
  }

  /**
   * Fans out and sends, round after round while either finds work (an endpoint's next train is due as soon as the
   * one before it was received), for at most WORK_BUDGET_MS. `busy`: there was work still when the time was up, so
   * the next tick comes at once rather than after WEBHOOK_POLL_MS.
   */
  private async work(): Promise<TickResult> {
    const deadline = Date.now() + WORK_BUDGET_MS;
    let fannedOut = 0;
    let attempted = 0;
    for (;;) {
      const events = await this.fanOut();
      const sent = await this.sendDue();
      fannedOut += events;
      attempted += sent;
      const idle = events === 0 && sent === 0;
      if (idle || this.stopped || Date.now() > deadline) return { fannedOut, attempted, busy: !idle };
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

  /** Claims the endpoints' trains that are due and sends them, the trains side by side; answers the attempts made. */
  async sendDue(): Promise<number> {
    if (this.stopped) return 0;
    const leaseMs = TRAIN_BUDGET_MS + this.settings.timeoutMs + LEASE_MARGIN_MS;
    const claimed = await claimTrains(this.dataSource.manager, TRAINS, TRAIN_LENGTH, leaseMs);
    const trains = new Map<string, ClaimedDelivery[]>();
    for (const delivery of claimed) {
      const key = `${delivery.cooperativeId}/${delivery.endpointId}`;
      trains.set(key, [...(trains.get(key) ?? []), delivery]);
    }
    const sent = await Promise.all([...trains.values()].map((train) => this.sendTrain(train)));
    return sent.reduce((a, b) => a + b, 0);
  }

  /**
   * One endpoint's deliveries, one after the other in event order, until one fails or TRAIN_BUDGET_MS is spent; then
   * their outcomes in one short transaction: the received settled, the failed one retried later (or failed, and the
   * endpoint disabled after its last attempt), the rest given back unsent. Answers the attempts made.
   */
  private async sendTrain(train: ClaimedDelivery[]): Promise<number> {
    const deadline = Date.now() + TRAIN_BUDGET_MS;
    const done: { delivery: ClaimedDelivery; attempt: AttemptRecord; ok: boolean }[] = [];
    for (const delivery of train) {
      if (this.stopped || (done.length > 0 && Date.now() > deadline)) break;
      const startedAt = new Date();
      const { ok, ...outcome } = await this.post(delivery, startedAt);
      done.push({ delivery, attempt: { startedAt, ...outcome }, ok });
      if (!ok) break;
    }
    const failed = done.find((d) => !d.ok)?.delivery;
    await this.dataSource.transaction(async (manager) => {
      await insertAttempts(manager, done);
      await settleSucceeded(
        manager,
        done.filter((d) => d.ok).map((d) => d.delivery),
      );
      await releaseUnsent(manager, train.slice(done.length));
      if (failed) await this.settleFailure(manager, failed);
    });
    return done.length;
  }

  private async settleFailure(manager: EntityManager, delivery: ClaimedDelivery): Promise<void> {
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
  }

  /** One attempt: the outbound rules again (DNS may have changed), then the signed POST. Never throws. */
  private async post(delivery: ClaimedDelivery, startedAt: Date): Promise<AttemptOutcome> {
    const id = webhookIdOf(delivery.id);
    try {
      const checked = checkUrl(delivery.url, this.settings.allowedHosts);
      const target = await resolveTarget(checked);
      const secret = this.secrets.open(delivery.cooperativeId, delivery.secret);
      const signature = new Webhook(secret).sign(id, startedAt, delivery.payload);
      const headers = {
        'content-type': 'application/json',
        'user-agent': 'coop-api-webhooks',
        'webhook-id': id,
        'webhook-timestamp': String(Math.floor(startedAt.getTime() / 1000)),
        'webhook-signature': signature,
      };
      return await postTo(checked, target, delivery.payload, headers, { timeoutMs: this.settings.timeoutMs });
    } catch (error) {
      const why =
        error instanceof OutboundRefusal
          ? `refused: ${error.message}`
          : error instanceof SigningSecretUnreadable
            ? `not signed: ${error.message}`
            : `not sent: ${String(error)}`;
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
