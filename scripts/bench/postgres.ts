/**
 * The benchmark's PostgreSQL server: its own embedded cluster in a fresh temporary folder (deleted when it
 * stops), or the server of BENCH_DATABASE_URL (which needs CREATE DATABASE; the benchmark's databases are named
 * coop_bench_* and dropped afterwards).
 */
import { join } from 'node:path';
import type pg from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { withClient, withDatabase } from '../../src/database/postgres-admin.js';

export interface BenchPostgres {
  /** `embedded` or `BENCH_DATABASE_URL`. */
  origin: string;
  adminUrl: string;
  /** `SHOW server_version`. */
  serverVersion: string;
  urlFor(database: string): string;
  /** Drops `name` if it exists, creates it empty and returns its URL. */
  recreateDatabase(name: string): Promise<string>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startBenchPostgres(scratchDir: string, log: (message: string) => void): Promise<BenchPostgres> {
  const given = process.env.BENCH_DATABASE_URL;
  let adminUrl: string;
  let stop: () => Promise<void> = () => Promise.resolve();
  if (given) {
    adminUrl = given;
    log('PostgreSQL: BENCH_DATABASE_URL');
  } else {
    const started = Date.now();
    const embedded = await startEmbeddedPostgres(join(scratchDir, 'server'), { persistent: false });
    adminUrl = embedded.adminUrl;
    stop = () => embedded.stop();
    log(`PostgreSQL: embedded, started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const serverVersion = await withClient(adminUrl, async (client) => {
    const result = await client.query<{ server_version: string }>('SHOW server_version');
    return result.rows[0].server_version;
  });
  const dropDatabase = (name: string) =>
    withClient(adminUrl, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    });
  return {
    origin: given ? 'BENCH_DATABASE_URL' : 'embedded',
    adminUrl,
    serverVersion,
    urlFor: (database) => withDatabase(adminUrl, database),
    dropDatabase,
    async recreateDatabase(name) {
      await dropDatabase(name);
      await withClient(adminUrl, async (client) => {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      });
      return withDatabase(adminUrl, name);
    },
    stop,
  };
}

/**
 * Foreign-key triggers are most of the time of a million-row insert (a lookup per row), and every generated row
 * references rows generated just before it, so the generator skips them, as pg_restore --disable-triggers does.
 * That needs a superuser (or GRANT SET ON PARAMETER); without it the checks simply run.
 */
export async function skipForeignKeyChecks(client: pg.ClientBase): Promise<boolean> {
  try {
    await client.query('SET session_replication_role = replica');
    return true;
  } catch {
    return false;
  }
}

/**
 * One query on a bench database, on its own connection (setup writes and checks of the scenarios). `triggersOff`:
 * as the generator, skip foreign-key checks and triggers for a set-based write of consistent rows.
 */
export function queryRows<T extends pg.QueryResultRow>(
  databaseUrl: string,
  sql: string,
  params: unknown[] = [],
  options: { triggersOff?: boolean } = {},
): Promise<T[]> {
  return withClient(databaseUrl, async (client) => {
    if (options.triggersOff) await skipForeignKeyChecks(client);
    return (await client.query<T>(sql, params)).rows;
  });
}
