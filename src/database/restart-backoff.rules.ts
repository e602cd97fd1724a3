/**
 * When the embedded PostgreSQL dies under a running API, it is started again after 1 s, then 2, 4, 8 s and every
 * 8 s after that, until the grace period has passed: then the API gives up and exits non-zero, so an orchestrator
 * (or a person) restarts it, rather than it answering 503 for ever.
 */
export const FIRST_RESTART_DELAY_MS = 1_000;
export const MAX_RESTART_DELAY_MS = 8_000;

/** The wait before restart attempt `attempt` (0 for the first); undefined once the grace period would be passed. */
export function restartDelayMs(attempt: number, elapsedMs: number, graceMs: number): number | undefined {
  const delay = Math.min(FIRST_RESTART_DELAY_MS * 2 ** attempt, MAX_RESTART_DELAY_MS);
  return elapsedMs + delay > graceMs ? undefined : delay;
}
