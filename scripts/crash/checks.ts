/**
 * The proof after a kill, on the database itself (the API stopped, its embedded PostgreSQL started on the DATA_DIR):
 * - every acknowledged write's effect is there, exactly (its own checks, journal.ts);
 * - nothing half-applied: each has its audit entry (written in the same transaction, found by its request id), and
 *   every invariant of every module holds (src/invariants: ledgers and balances, votes and participations, ...);
 * - a retried request had one effect: no audit action appears twice for one request id.
 */
import { DATABASE_NAME } from '../../src/database/boot.js';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { withClient } from '../../src/database/postgres-admin.js';
import { checkInvariants, formatInvariantReport, holds } from '../../src/invariants/invariants.js';
import type { Acknowledged } from './journal.js';

export interface CheckOutcome {
  /** Acknowledged writes whose checks and audit entry were all found. */
  found: Set<string>;
  failures: string[];
  invariantReport: string;
}

export async function checkDatabase(dataDir: string, acknowledged: Acknowledged[]): Promise<CheckOutcome> {
  const postgres = await startEmbeddedPostgres(dataDir);
  const failures: string[] = [];
  const found = new Set<string>();
  try {
    const url = postgres.urlFor(DATABASE_NAME);
    await withClient(url, async (client) => {
      const ids = acknowledged.map((a) => a.requestId);
      const audited = new Set(
        (
          await client.query<{ request_id: string }>(
            'SELECT DISTINCT request_id FROM audit_log WHERE request_id = ANY($1)',
            [ids],
          )
        ).rows.map((r) => r.request_id),
      );
      const twice = await client.query<{ request_id: string; action: string; n: string }>(
        `SELECT request_id, action, count(*) AS n FROM audit_log WHERE request_id = ANY($1)
          GROUP BY request_id, action HAVING count(*) > 1`,
        [ids],
      );
      for (const d of twice.rows) failures.push(`request ${d.request_id} applied ${d.n} times (${d.action})`);
      for (const ack of acknowledged) {
        const missing: string[] = !ack.audited || audited.has(ack.requestId) ? [] : ['its audit entry'];
        for (const check of ack.checks) {
          const { rows } = await client.query<{ ok: boolean }>(check.sql, check.params);
          if (rows[0]?.ok !== true) missing.push(check.what);
        }
        if (missing.length === 0) found.add(ack.requestId);
        else failures.push(`acknowledged ${ack.what} (request ${ack.requestId}) lacks ${missing.join(', ')}`);
      }
    });
    const results = await checkInvariants(url);
    if (!results.every(holds)) failures.push('invariants broken (see the report)');
    return { found, failures, invariantReport: formatInvariantReport(results) };
  } finally {
    await postgres.stop();
  }
}
