/**
 * WEB_CONCURRENCY > 1: the main process boots the database (embedded or given, migrated), then forks that many API
 * workers that share the port (node:cluster hands connections out in turn). Workers get the booted DATABASE_URL,
 * JWT_SECRET and the master secret (as BALLOT_SEAL_SECRET), so none starts a database or generates a key of its own; everything they share lives in PostgreSQL
 * (idempotency keys, rate limits, locks), so any worker may answer any request; each sweeps expired idempotency keys,
 * and their sweeps skip one another's rows. Each runs with a V8 heap limit (WORKER_HEAP_LIMIT_MB) and a fixed glibc
 * malloc threshold (MALLOC_MMAP_THRESHOLD_). A worker that dies is replaced;
 * on SIGINT/SIGTERM the workers finish their requests and exit, then the main process stops the database.
 */
import cluster, { type Worker } from 'node:cluster';

export interface Workers {
  /** Resolves once every worker listens. */
  listening: Promise<void>;
  stop(): Promise<void>;
}

/**
 * The Node options a worker starts with: this process's, plus `--max-old-space-size=heapLimitMb` unless they or
 * NODE_OPTIONS (which workers inherit) give one already, or heapLimitMb is 0.
 */
export function workerExecArgv(
  execArgv: readonly string[],
  nodeOptions: string | undefined,
  heapLimitMb: number,
): string[] {
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some((arg) =>
    /^--max[-_]old[-_]space[-_]size(=|$)/.test(arg),
  );
  return given || heapLimitMb === 0 ? [...execArgv] : [...execArgv, `--max-old-space-size=${heapLimitMb}`];
}

/**
 * glibc's malloc threshold for workers, unless the environment sets one: allocations of 1 MiB or more are mapped and
 * given back when freed. By default the threshold grows with each large block freed (up to 32 MiB), so argon2's
 * 19 MiB per login and a tally's buffers stayed in the process's heap: 253-257 MB RSS after 64 logins against
 * 171-172 MB with it, at the same CPU per request (docs/performance.md, "Memory"). Other C libraries ignore it.
 */
export function workerMallocEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  return env.MALLOC_MMAP_THRESHOLD_ === undefined ? { MALLOC_MMAP_THRESHOLD_: String(1024 * 1024) } : {};
}

export function forkWorkers(
  count: number,
  env: { DATABASE_URL: string; JWT_SECRET: string; BALLOT_SEAL_SECRET: string },
  heapLimitMb: number,
  log: (message: string) => void,
): Workers {
  cluster.setupPrimary({ execArgv: workerExecArgv(process.execArgv, process.env.NODE_OPTIONS, heapLimitMb) });
  let stopping = false;
  let failed: (error: Error) => void = () => undefined;
  const fork = (): Worker => {
    const worker = cluster.fork({ ...workerMallocEnv(process.env), ...env });
    let listened = false;
    worker.once('listening', () => (listened = true));
    worker.once('exit', (code, signal) => {
      if (stopping) return;
      // A worker that never listened (a port taken, a bad schema) would fail again: give up instead of looping.
      if (!listened)
        return failed(new Error(`worker ${worker.process.pid} exited (${signal ?? code}) before listening`));
      log(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
      fork();
    });
    return worker;
  };
  // One first, so the first run's setup (the superadmin) is done once before the others start.
  const first = fork();
  const listening = new Promise<void>((resolve, reject) => {
    failed = reject;
    first.once('listening', () => {
      const rest = Array.from({ length: count - 1 }, fork);
      let waiting = rest.length;
      if (waiting === 0) resolve();
      rest.forEach((worker) => worker.once('listening', () => --waiting === 0 && resolve()));
    });
  });
  return {
    listening,
    async stop() {
      stopping = true;
      const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && !w.isDead());
      await Promise.all(
        alive.map(
          (worker) =>
            new Promise<void>((resolve) => {
              worker.once('exit', () => resolve());
              if (worker.isDead()) resolve();
              else worker.process.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}
