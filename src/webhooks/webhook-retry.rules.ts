/**
 * When a failed webhook delivery is tried again: the schedule's wait after the attempt that failed, spread by ±20%
 * (so endpoints that failed together do not all come back at the same instant), or null after the last attempt (the
 * delivery has failed). Pure: the random number is an argument.
 */

/** The spread around each wait: ±20%. */
export const RETRY_JITTER = 0.2;

/**
 * The wait in milliseconds after attempt `attempt` (1 for the first) failed, or null when it was the last of the
 * schedule. `random` is in [0, 1): 0 gives 80% of the wait, 0.5 the wait itself, just under 1 gives 120%.
 */
export function retryDelayMs(attempt: number, random: number, schedule: readonly number[]): number | null {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be a positive integer: ${attempt}`);
  if (attempt > schedule.length) return null;
  const factor = 1 - RETRY_JITTER + 2 * RETRY_JITTER * random;
  return Math.round(schedule[attempt - 1] * factor);
}

/** How many attempts a delivery gets in all: the first and one after each wait of the schedule. */
export function maxAttempts(schedule: readonly number[]): number {
  return schedule.length + 1;
}
