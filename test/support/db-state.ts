/**
 * "Nothing changed": a fingerprint of every table of the public schema (row count and a hash of the rows' content),
 * taken before and after a request that must change nothing. Content, not only counts, so an in-place update
 * (a bylaws change by a caller that was refused) shows too. One pooled connection, one statement per fingerprint.
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
        const drop = (VOLATILE_COLUMNS[name] ?? []).map((c) => ` - '${c}'`).join('');
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
