/**
 * The same run's raw PostgreSQL baseline (QUALITY.md): 8 clients for 10 s of
 *  - one-row `INSERT ... ON CONFLICT DO NOTHING` into a (ballot, member) primary key (the ceiling for casting votes)
 *  - primary-key lookups (select-only)
 * with pgbench when it is on PATH, else an equivalent loop of raw `pg` clients at the same concurrency.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import pg from 'pg';
import { withClient } from '../../src/database/postgres-admin.js';
import type { HttpBaseline } from './http-baseline.js';

const run = promisify(execFile);

export const BASELINE_CLIENTS = 8;
export const BASELINE_SECONDS = 10;
/** Rows of the lookup table (pgbench's scale 1 has as many accounts). */
const ACCOUNTS = 100_000;
/** Members drawn from this range: almost every insert is a new row. */
const MEMBER_RANGE = 1_000_000_000;

export interface Baseline {
  /** `pgbench 15.x` or `pg loop`. */
  tool: string;
  insertTps: number;
  selectTps: number;
  /** A bare node:http server under the same load loop as the API (http-baseline.ts). */
  bareHttp: HttpBaseline;
}

export type PostgresBaseline = Omit<Baseline, 'bareHttp'>;

const INSERT_SQL = 'INSERT INTO bench_votes (ballot_id, member_id) VALUES (1, $1) ON CONFLICT DO NOTHING';
const SELECT_SQL = 'SELECT balance FROM bench_accounts WHERE id = $1';

export async function measurePostgresBaseline(databaseUrl: string, scratchDir: string): Promise<PostgresBaseline> {
  await withClient(databaseUrl, async (client) => {
    await client.query('DROP TABLE IF EXISTS bench_votes, bench_accounts');
    await client.query('CREATE TABLE bench_votes (ballot_id int, member_id int, PRIMARY KEY (ballot_id, member_id))');
    await client.query('CREATE TABLE bench_accounts (id int PRIMARY KEY, balance int NOT NULL)');
    await client.query('INSERT INTO bench_accounts SELECT i, 0 FROM generate_series(1, $1) AS i', [ACCOUNTS]);
    await client.query('VACUUM ANALYZE bench_accounts');
  });
  const version = await pgbenchVersion();
  if (version) {
    const script = (name: string, text: string) => {
      const file = join(scratchDir, name);
      writeFileSync(file, text);
      return file;
    };
    const insert = script(
      'insert.sql',
      `\\set member random(1, ${MEMBER_RANGE})\n${INSERT_SQL.replace('$1', ':member')};\n`,
    );
    const select = script('select.sql', `\\set aid random(1, ${ACCOUNTS})\n${SELECT_SQL.replace('$1', ':aid')};\n`);
    const run = { clients: BASELINE_CLIENTS, seconds: BASELINE_SECONDS };
    return {
      tool: version,
      insertTps: (await pgbench(databaseUrl, insert, run)).tps,
      selectTps: (await pgbench(databaseUrl, select, run)).tps,
    };
  }
  return {
    tool: 'pg loop (pgbench not on PATH)',
    insertTps: await pgLoop(databaseUrl, INSERT_SQL, () => randomInt(MEMBER_RANGE)),
    selectTps: await pgLoop(databaseUrl, SELECT_SQL, () => randomInt(ACCOUNTS)),
  };
}

/** `pgbench 15.x` when pgbench is on PATH, else null. */
export async function pgbenchVersion(): Promise<string | null> {
  try {
    const { stdout } = await run('pgbench', ['--version']);
    return stdout.trim().replace(/^pgbench \(PostgreSQL\) /, 'pgbench ');
  } catch {
    return null;
  }
}

/**
 * Runs a pgbench script file (`-n`, 2 threads) and answers its transactions per second and how many it processed.
 * `extra`: more options (`-M prepared`, `-D name=value`).
 */
export async function pgbench(
  databaseUrl: string,
  scriptFile: string,
  load: { clients: number; seconds: number; extra?: string[] },
): Promise<{ tps: number; processed: number }> {
  const url = new URL(databaseUrl);
  const args = ['-n', '-c', String(load.clients), '-j', '2', '-T', String(load.seconds), '-f', scriptFile];
  const { stdout } = await run(
    'pgbench',
    [
      ...args,
      ...(load.extra ?? []),
      ...['-h', url.hostname, '-p', url.port || '5432', '-U', url.username, url.pathname.slice(1)],
    ],
    {
      env: { ...process.env, PGPASSWORD: decodeURIComponent(url.password) },
      timeout: (load.seconds + 60) * 1000,
    },
  );
  const tps = /^tps = ([\d.]+)/m.exec(stdout);
  const processed = /^number of transactions actually processed: (\d+)/m.exec(stdout);
  if (!tps || !processed) throw new Error(`pgbench printed no tps:\n${stdout}`);
  return { tps: Number(tps[1]), processed: Number(processed[1]) };
}

/** The same load without pgbench: BASELINE_CLIENTS connections, each running `sql` back to back. */
async function pgLoop(databaseUrl: string, sql: string, parameter: () => number): Promise<number> {
  const clients = await Promise.all(
    Array.from({ length: BASELINE_CLIENTS }, async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      return client;
    }),
  );
  let done = 0;
  const start = performance.now();
  const end = start + BASELINE_SECONDS * 1000;
  try {
    await Promise.all(
      clients.map(async (client) => {
        while (performance.now() < end) {
          await client.query(sql, [parameter()]);
          done++;
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
  return done / ((performance.now() - start) / 1000);
}

const randomInt = (max: number) => 1 + Math.floor(Math.random() * max);
