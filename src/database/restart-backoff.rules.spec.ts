import { restartDelayMs } from './restart-backoff.rules.js';

describe('restartDelayMs', () => {
  it('doubles from 1 s up to 8 s', () => {
    expect([0, 1, 2, 3, 4, 5].map((attempt) => restartDelayMs(attempt, 0, 600_000))).toEqual([
      1_000, 2_000, 4_000, 8_000, 8_000, 8_000,
    ]);
  });

  it('gives up when the next attempt would start after the grace period', () => {
    expect(restartDelayMs(2, 55_000, 60_000)).toBe(4_000);
    expect(restartDelayMs(2, 56_001, 60_000)).toBeUndefined();
    expect(restartDelayMs(0, 0, 999)).toBeUndefined();
  });
});
