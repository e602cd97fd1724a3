import { Inject, Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context.js';
import { TransactionHelper } from '../database/transaction.js';
import { AUTH_SETTINGS, type AuthSettings } from './auth.settings.js';
import { CommonError } from '../common/errors/common.errors.js';

/**
 * Login rate limit, counted in the database so every API process shares it: per email N attempts a minute, per
 * client address 5N (an office behind one address has several people logging in).
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly tx: TransactionHelper,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  async hit(ctx: RequestContext, email: string, address: string): Promise<void> {
    const limit = this.settings.loginRateLimitPerMinute;
    const rows: { key: string; attempts: number; retry_after: number }[] = await this.tx.managerOf(ctx).query(
      `INSERT INTO login_attempts (key, window_start, attempts)
       SELECT k, date_trunc('minute', now()), 1 FROM unnest($1::text[]) AS k
       ON CONFLICT (key, window_start) DO UPDATE SET attempts = login_attempts.attempts + 1
       RETURNING key, attempts, ceil(extract(epoch FROM window_start + interval '1 minute' - now()))::int AS retry_after`,
      [[`email:${email.trim().toLowerCase()}`, `ip:${address}`]],
    );
    const over = rows.find((r) => r.attempts > (r.key.startsWith('ip:') ? limit * 5 : limit));
    if (over) {
      throw new CommonError('RATE_LIMITED', 'Too many login attempts; wait a minute and try again.', undefined, {
        retryAfterSeconds: Math.max(1, over.retry_after),
      });
    }
  }

  /** Old windows are of no use; called now and then. */
  async purge(ctx: RequestContext): Promise<void> {
    await this.tx.managerOf(ctx).query(`DELETE FROM login_attempts WHERE window_start < now() - interval '1 hour'`);
  }
}
