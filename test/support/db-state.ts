/**
 * "Nothing changed": a fingerprint of every table of the public schema, taken before and after a request that must
 * change nothing: its row count and the newest row version's transaction id (`max(xmin)`). Every committed insert or
 * update writes row versions with its transaction's id, newer than any before it, so an in-place update shows (a
 * bylaws change by a caller that was refused), even to the same values, and a delete changes the count or, with an
 * insert, the newest id; a rolled-back write or a row lock shows nothing. Tables with a column that changes on reads
 * (VOLATILE_COLUMNS) are hashed by content without it instead. One pooled connection, one statement per fingerprint
 * (hashing every row of every table made the fuzz test 36% slower; test/reliability/db-state.e2e-spec.ts).
 */
import pg from 'pg';

/** Tables that change legitimately on refused or malformed requests. */
export const VOLATILE_TABLES = ['login_attempts', 'rate_limits', 'idempotency_records'] as const;
/** Columns that change legitimately on reads (an API key's last use). */
export const VOLATILE_COLUMNS: Record<string, string[]> = { api_clients: ['last_used_at'] };

export type Fingerprint = Record<string, { rows: number; hash: string }>;

export class DatabaseProbe {
  private readonly pool: pg.Pool;
  private tablesSql?: string;

  constructor(databaseUrl: string) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  }

  async query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]> {
    return (await this.pool.query(sql, params)).rows as T[];
  }

  async fingerprint(exclude: readonly string[] = VOLATILE_TABLES): Promise<Fingerprint> {
    this.tablesSql ??= await this.buildSql(exclude);
    const rows = await this.query<{ name: string; rows: number; hash: string }>(this.tablesSql);
    return Object.fromEntries(rows.map((r) => [r.name, { rows: r.rows, hash: r.hash }]));
  }

  async count(table: string): Promise<number> {
    const [row] = await this.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    return row.n;
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  private async buildSql(exclude: readonly string[]): Promise<string> {
    const tables = await this.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const parts = tables
      .map((t) => t.name)
      .filter((name) => !exclude.includes(name))
      .map((name) => {
        const volatile = VOLATILE_COLUMNS[name];
        if (!volatile) {
          // Every insert or update writes a row version with its transaction's id: the newest one tells a change.
          return `SELECT '${name}' AS name, count(*)::int AS rows, coalesce(max(xmin::text::bigint)::text, '') AS hash FROM "${name}" t`;
        }
        const drop = volatile.map((c) => ` - '${c}'`).join('');
        const row = `md5((to_jsonb(t)${drop})::text)`;
        return `SELECT '${name}' AS name, count(*)::int AS rows, coalesce(md5(string_agg(${row}, '' ORDER BY ${row})), '') AS hash FROM "${name}" t`;
      });
    return parts.join('\nUNION ALL\n');
  }
}

/** The tables whose rows differ between two fingerprints, with their row counts. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((name) => before[name]?.hash !== after[name]?.hash || before[name]?.rows !== after[name]?.rows)
    .map((name) => `${name} (${before[name]?.rows ?? 0} -> ${after[name]?.rows ?? 0} rows)`);
}
