/**
 * Invariants seen failing: corrupt the data behind the API's back (foreign keys and triggers off for one transaction,
 * as a careless hand-made fix would do), list which of a module's invariants break, and roll everything back.
 */
import type pg from 'pg';
import type { Invariant } from '../../src/database/invariant.js';
import { withClient } from '../../src/database/postgres-admin.js';

/** The names of the invariants whose query finds a violation, in their order. */
export async function brokenInvariants(client: pg.Client, invariants: readonly Invariant[]): Promise<string[]> {
  const names: string[] = [];
  for (const { name, sql } of invariants) {
    if ((await client.query(`SELECT * FROM (${sql}) AS violation LIMIT 1`)).rows.length > 0) names.push(name);
  }
  return names;
}

/** The invariants broken after `corrupt` ran in a transaction that is then rolled back. */
export function brokenAfter(
  databaseUrl: string,
  invariants: readonly Invariant[],
  corrupt: (client: pg.Client) => Promise<unknown>,
): Promise<string[]> {
  return withClient(databaseUrl, async (client) => {
    await client.query('BEGIN');
    try {
      await client.query(`SET LOCAL session_replication_role = replica`);
      await corrupt(client);
      return await brokenInvariants(client, invariants);
    } finally {
      await client.query('ROLLBACK');
    }
  });
}
