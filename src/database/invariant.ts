/**
 * The shape of an invariant: a rule about the stored data that must hold after any sequence of requests, crashes
 * and retries (e.g. "ledger entries sum to the balance", "one counted vote per member per ballot").
 *
 * A module declares its own in `src/<module>/<module>.invariants.ts`:
 *
 *   import type { Invariant } from '../database/invariant.js';
 *   export const invariants: Invariant[] = [
 *     {
 *       name: 'credit-fund.balance-never-negative',
 *       description: 'No credit fund has a negative balance.',
 *       sql: `SELECT id AS fund_id, balance FROM credit_funds WHERE balance < 0`,
 *     },
 *   ];
 *
 * They are found by their file name (src/invariants/invariants.ts), so a new module needs no registration. They run
 * in `npm run check:invariants` (any database) and after the race, fuzz and crash tests.
 */
export interface Invariant {
  /** Unique: `<module>.<rule>`. */
  name: string;
  /** The rule, in one sentence, as the report prints it. */
  description: string;
  /**
   * One read-only SELECT returning the rows that break the rule, each naming what is wrong (ids, the two values that
   * differ); no rows = the rule holds. It runs inside a READ ONLY, REPEATABLE READ transaction with the others, so
   * all invariants see one snapshot.
   */
  sql: string;
}
