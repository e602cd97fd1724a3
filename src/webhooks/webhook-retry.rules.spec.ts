import { WEBHOOK_RETRY_SCHEDULE_MS } from '../config/app-config.js';
import { maxAttempts, retryDelayMs } from './webhook-retry.rules.js';

describe('webhook retries', () => {
  const schedule = WEBHOOK_RETRY_SCHEDULE_MS;

  it('waits 5 s after the first failure, with its jitter exactly', () => {
    expect(retryDelayMs(1, 0.5, schedule)).toBe(5000);
    expect(retryDelayMs(1, 0, schedule)).toBe(4000);
    expect(retryDelayMs(1, 0.999999, schedule)).toBe(6000);
    expect(retryDelayMs(1, 0.25, schedule)).toBe(4500);
  });

  it('follows the schedule: 30 s, 2 min, 10 min, 30 min, 1 h, 3 h, 6 h, 12 h, 24 h, 24 h', () => {
    const waits = Array.from({ length: 11 }, (_, i) => retryDelayMs(i + 1, 0.5, schedule));
    expect(waits).toEqual([
      5_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 10_800_000, 21_600_000, 43_200_000, 86_400_000, 86_400_000,
    ]);
    expect(retryDelayMs(7, 0.75, schedule)).toBe(11_880_000); // 3 h × 1.1
  });

  it('gives up after the twelfth attempt, about three days after the first', () => {
    expect(maxAttempts(schedule)).toBe(12);
    expect(retryDelayMs(12, 0.5, schedule)).toBeNull();
    const total = schedule.reduce((sum, wait) => sum + wait, 0);
    expect(total).toBe(254_555_000); // 2 days 22 h 42 min 35 s
    expect(retryDelayMs(1, 0.5, [100])).toBe(100);
    expect(retryDelayMs(2, 0.5, [100])).toBeNull();
  });

  it('refuses an attempt number that is not one', () => {
    expect(() => retryDelayMs(0, 0.5, schedule)).toThrow(RangeError);
    expect(() => retryDelayMs(1.5, 0.5, schedule)).toThrow(RangeError);
  });
});
