/**
 * Deletes the Idempotency-Key records older than the retention, in the background: every few minutes, in batches of
 * short statements, from each API process. Expiry does not wait for it (the interceptor treats an expired record as
 * absent); the sweep only keeps the table small. Several WEB_CONCURRENCY workers sweeping at once skip each other's
 * rows instead of waiting, and deleting a deleted row is nothing. The timer does not keep the process alive and stops
 * when the app closes, after the batch in progress.
 */
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { deleteExpired } from './idempotency.repository.js';
import { IDEMPOTENCY_SETTINGS, type IdempotencySettings } from './idempotency.settings.js';

const SWEEP_EVERY_MS = 5 * 60_000;
const BATCH = 1000;

@Injectable()
export class IdempotencySweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('IdempotencySweeper');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(IDEMPOTENCY_SETTINGS) private readonly settings: IdempotencySettings,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), SWEEP_EVERY_MS).unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.stopped = true;
    await this.running;
  }

  /**
   * Deletes the records that have expired, batch after batch until one comes back short (or the app closes);
   * answers how many.
   */
  async sweep(): Promise<number> {
    let total = 0;
    for (;;) {
      const deleted = await deleteExpired(this.dataSource.manager, this.settings.retentionHours, BATCH);
      total += deleted;
      if (deleted < BATCH || this.stopped) return total;
    }
  }

  /** One sweep at a time per process; a failure (the database away) is logged and the next tick tries again. */
  private tick(): void {
    if (this.running) return;
    this.running = this.sweep()
      .then((deleted) => {
        if (deleted > 0) this.logger.log(`deleted ${deleted} expired Idempotency-Key records`);
      })
      .catch((error: unknown) => this.logger.error({ err: error }, 'the Idempotency-Key sweep failed'))
      .finally(() => (this.running = undefined));
  }
}
