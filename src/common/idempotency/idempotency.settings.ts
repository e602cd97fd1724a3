/** What the idempotency module needs from the configuration. */
export const IDEMPOTENCY_SETTINGS = Symbol('IDEMPOTENCY_SETTINGS');

export interface IdempotencySettings {
  /** A key older than this is new again; the sweep deletes its record. */
  retentionHours: number;
}
