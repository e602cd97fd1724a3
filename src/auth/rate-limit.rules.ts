/**
 * Rate-limit arithmetic, apart from any store.
 *
 * Logins use a sliding window counter (the estimate Cloudflare and others use): the attempts of the current fixed
 * window plus those of the previous window weighted by the part of it still inside the sliding window. Ten attempts
 * at 0:59 and ten more at 1:00 are about twenty in the last minute, not ten in a new one.
 *
 * Every other request is counted per caller in a fixed window (rate-limiter-flexible, in PostgreSQL) and answered with
 * the IETF draft's headers (draft-ietf-httpapi-ratelimit-headers-06): `RateLimit-Limit`, `RateLimit-Remaining`,
 * `RateLimit-Reset` (seconds) and `RateLimit-Policy` (`<limit>;w=<window seconds>`).
 */

export interface SlidingWindow {
  /** Attempts counted in the previous fixed window. */
  previous: number;
  /** Attempts counted in the current fixed window, this one included. */
  current: number;
  /** Seconds since the current fixed window started, in [0, windowSeconds). */
  elapsedSeconds: number;
  windowSeconds: number;
}

/** The attempts estimated in the sliding window that ends now. */
export function slidingCount(w: SlidingWindow): number {
  const stillInside = Math.max(0, 1 - w.elapsedSeconds / w.windowSeconds);
  return w.previous * stillInside + w.current;
}

/**
 * Whole seconds to wait, with no further attempt, until the sliding count is at most `limit` again (0 when it
 * already is). Within the current window the previous window's weight falls; once the current window is over, its
 * own count becomes the one that fades.
 */
export function slidingRetryAfterSeconds(w: SlidingWindow, limit: number): number {
  if (slidingCount(w) <= limit) return 0;
  const untilWindowEnds = w.windowSeconds - w.elapsedSeconds;
  if (w.current <= limit) {
    // previous * (1 - (elapsed + t) / window) + current <= limit
    const t = w.windowSeconds * (1 - (limit - w.current) / w.previous) - w.elapsedSeconds;
    return Math.max(1, Math.ceil(t));
  }
  // In the next window: current * (1 - t / window) <= limit
  const t = untilWindowEnds + w.windowSeconds * (1 - limit / w.current);
  return Math.max(1, Math.ceil(t));
}

export interface RateLimitState {
  limit: number;
  /** Requests left in this window (0 when this one was refused). */
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
  windowSeconds: number;
}

/** The response headers of draft-ietf-httpapi-ratelimit-headers-06 for a counted request. */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    'RateLimit-Limit': String(state.limit),
    'RateLimit-Remaining': String(state.remaining),
    'RateLimit-Reset': String(state.resetSeconds),
    'RateLimit-Policy': `${state.limit};w=${state.windowSeconds}`,
  };
}
