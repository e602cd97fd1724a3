import { rateLimitHeaders, slidingCount, slidingRetryAfterSeconds } from './rate-limit.rules.js';

const minute = { windowSeconds: 60 };

describe('slidingCount', () => {
  it('weighs the previous window by the part of it still inside the last minute', () => {
    expect(slidingCount({ ...minute, previous: 10, current: 1, elapsedSeconds: 1 })).toBeCloseTo(10 + 5 / 6, 10);
    expect(slidingCount({ ...minute, previous: 10, current: 5, elapsedSeconds: 30 })).toBe(10);
    expect(slidingCount({ ...minute, previous: 10, current: 3, elapsedSeconds: 0 })).toBe(13);
    expect(slidingCount({ ...minute, previous: 0, current: 7, elapsedSeconds: 59 })).toBe(7);
  });
});

describe('slidingRetryAfterSeconds (limit 10 a minute)', () => {
  it('refuses the 11th attempt one second into a new minute after ten at the end of the last', () => {
    // A fixed window would have let it through: the minute changed.
    const w = { ...minute, previous: 10, current: 1, elapsedSeconds: 1 };
    expect(slidingRetryAfterSeconds(w, 10)).toBe(5);
    // After those 5 s the estimate is 10 * 54/60 + 1 = 10: allowed again.
    expect(slidingCount({ ...w, elapsedSeconds: 6 })).toBeCloseTo(10, 10);
  });

  it('waits into the next window when the current one alone is over the limit', () => {
    // 30 s + 60 * (1 - 10/11) = 35.45 s: at 36 s the estimate is 11 * 54/60 = 9.9.
    expect(slidingRetryAfterSeconds({ ...minute, previous: 0, current: 11, elapsedSeconds: 30 }, 10)).toBe(36);
  });

  it('is 0 while the estimate is within the limit', () => {
    expect(slidingRetryAfterSeconds({ ...minute, previous: 10, current: 5, elapsedSeconds: 30 }, 10)).toBe(0);
    expect(slidingRetryAfterSeconds({ ...minute, previous: 0, current: 10, elapsedSeconds: 0 }, 10)).toBe(0);
  });

  it('never answers less than one second', () => {
    expect(slidingRetryAfterSeconds({ ...minute, previous: 10, current: 1, elapsedSeconds: 5.9 }, 10)).toBe(1);
  });
});

describe('rateLimitHeaders', () => {
  it('writes the draft-06 fields', () => {
    expect(rateLimitHeaders({ limit: 3000, remaining: 2999, resetSeconds: 42, windowSeconds: 60 })).toEqual({
      'RateLimit-Limit': '3000',
      'RateLimit-Remaining': '2999',
      'RateLimit-Reset': '42',
      'RateLimit-Policy': '3000;w=60',
    });
  });
});
