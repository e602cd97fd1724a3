import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import type { Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { CommonError } from '../common/errors/common.errors.js';
import { AUTH_SETTINGS, type AuthSettings } from './auth.settings.js';
import { rateLimitHeaders, type RateLimitState } from './rate-limit.rules.js';

/** Who a request is counted against. */
export type RateLimitedCaller =
  { kind: 'user'; id: string } | { kind: 'api_client'; id: string } | { kind: 'address'; id: string };

/**
 * Requests per caller and window (a user, an API key, or a client address for requests without credentials),
 * counted by rate-limiter-flexible in the `rate_limits` table so that every API process shares one count. Each
 * counted response carries the RateLimit-* headers; past the limit the answer is 429 RATE_LIMITED with Retry-After.
 * A caller over its limit is then refused in memory until its window ends, so a flood costs no queries.
 */
@Injectable()
export class RateLimits {
  private readonly limiters: Record<RateLimitedCaller['kind'], RateLimiterPostgres>;

  constructor(dataSource: DataSource, @Inject(AUTH_SETTINGS) settings: AuthSettings) {
    const { windowSeconds, perUser, perApiKey, perAddress } = settings.rateLimits;
    // The library names its prepared statements; the pool is handed a client that sends them unnamed (a pooler in
    // transaction mode cannot keep named ones), and is looked up per query, so a healed database is used at once.
    const storeClient = {
      query: (q: { text: string; values?: unknown[] }) =>
        ((dataSource.driver as PostgresDriver).master as Pool).query(q.text, q.values),
    };
    const limiter = (points: number) =>
      new RateLimiterPostgres({
        storeClient,
        storeType: 'pool',
        tableName: 'rate_limits',
        tableCreated: true,
        clearExpiredByTimeout: false,
        points,
        duration: windowSeconds,
        inMemoryBlockOnConsumed: points + 1,
      });
    this.limiters = { user: limiter(perUser), api_client: limiter(perApiKey), address: limiter(perAddress) };
  }

  /** Counts one request; sets the RateLimit-* headers; throws RATE_LIMITED past the limit. */
  async consume(caller: RateLimitedCaller, response: Response): Promise<void> {
    const limiter = this.limiters[caller.kind];
    let outcome: RateLimiterRes;
    let refused = false;
    try {
      outcome = await limiter.consume(`${caller.kind}:${caller.id}`);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error; // the store failed: the problem filter's 503
      outcome = error;
      refused = true;
    }
    const state: RateLimitState = {
      limit: limiter.points,
      remaining: outcome.remainingPoints,
      resetSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)),
      windowSeconds: limiter.duration,
    };
    response.set(rateLimitHeaders(state));
    if (refused) {
      throw new CommonError(
        'RATE_LIMITED',
        `Too many requests: ${state.limit} are allowed every ${state.windowSeconds} s; wait ${state.resetSeconds} s.`,
        undefined,
        { retryAfterSeconds: state.resetSeconds },
      );
    }
  }
}
