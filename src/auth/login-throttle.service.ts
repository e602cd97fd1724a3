import { Inject, Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context.js';
import { TransactionHelper } from '../database/transaction.js';
import { AUTH_SETTINGS, type AuthSettings } from './auth.settings.js';
import { CommonError } from '../common/errors/common.errors.js';
import { slidingRetryAfterSeconds } from './rate-limit.rules.js';

const WINDOW_SECONDS = 60;

/**
 * Login rate limit, counted in the database so every API process shares it: per email N attempts in any sliding
 * minute, per client address 5N (an office behind one address has several people logging in). Attempts are counted
 * per clock minute and the previous minute's weighted in (rate-limit.rules.ts), so the limit does not reset when
 * the minute turns.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly tx: TransactionHelper,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  async hit(ctx: RequestContext, email: string, address: string): Promise<void> {
    const limit = this.settings.loginRateLimitPerMinute;
    const rows: { key: string; current: number; previous: number; elapsed: number }[] = await this.tx
      .managerOf(ctx)
      .query(
        `WITH hit AS (
           INSERT INTO login_attempts (key, window_start, attempts)
           SELECT k, date_trunc('minute', now()), 1 FROM unnest($1::text[]) AS k
           ON CONFLICT (key, window_start) DO UPDATE SET attempts = login_attempts.attempts + 1
           RETURNING key, window_start, attempts)
         SELECT hit.key, hit.attempts AS current, coalesce(before.attempts, 0) AS previous,
                extract(epoch FROM now() - hit.window_start)::float8 AS elapsed
           FROM hit
           LEFT JOIN login_attempts before
             ON before.key = hit.key AND before.window_start = hit.window_start - interval '1 minute'`,
        [[`email:${email.trim().toLowerCase()}`, `ip:${address}`]],
      );
    const waits = rows.map((r) =>
      slidingRetryAfterSeconds(
        { previous: r.previous, current: r.current, elapsedSeconds: r.elapsed, windowSeconds: WINDOW_SECONDS },
        r.key.startsWith('ip:') ? limit * 5 : limit,
      ),
    );
    const wait = Math.max(0, ...waits);
    if (wait > 0) {
      throw new CommonError('RATE_LIMITED', `Too many login attempts; wait ${wait} s and try again.`, undefined, {
        retryAfterSeconds: wait,
      });
    }
  }

  /** Old windows are of no use; called now and then. */
  async purge(ctx: RequestContext): Promise<void> {
    await this.tx.managerOf(ctx).query(`DELETE FROM login_attempts WHERE window_start < now() - interval '1 hour'`);
  }
}
