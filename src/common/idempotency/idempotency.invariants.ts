/** Idempotency-Key records: only complete, successful responses are ever committed. */
import type { Invariant } from '../../database/invariant.js';

export const invariants: Invariant[] = [
  {
    name: 'idempotency.only-complete-responses',
    description:
      'Every stored Idempotency-Key record holds the 2xx response it replays: the key, the effect and the response ' +
      'commit together, so a failure or a crash stores nothing (a pending status 0 is never visible once committed).',
    sql: `SELECT caller, key, response_status, created_at FROM idempotency_records
           WHERE response_status NOT BETWEEN 200 AND 299`,
  },
];
