/**
 * The four kinds of kill, each run during its own load: SIGKILL to the node process alone (as an OOM kill: its
 * embedded PostgreSQL is left to the watchdog), to the whole process group (a container dying), to one of two cluster
 * workers (the other serves on, the primary forks a new one), and to the postmaster (the API restarts its database
 * itself and answers 503 meanwhile). `restarts`: the API must be started again on the same DATA_DIR.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiProcess } from '../support/api-process.js';

export type KillKind = 'node-process' | 'process-group' | 'one-worker' | 'postmaster';

export interface Kill {
  kind: KillKind;
  /** WEB_CONCURRENCY of the API under this kill. */
  workers: number;
  restarts: boolean;
  /** Kills; resolves once the killed process is gone (a worker: once it is, the primary replaces it). */
  kill(api: ApiProcess, dataDir: string): Promise<void>;
}

export const KILLS: Kill[] = [
  { kind: 'node-process', workers: 1, restarts: true, kill: (api) => api.killProcess() },
  { kind: 'process-group', workers: 1, restarts: true, kill: (api) => api.kill() },
  {
    kind: 'one-worker',
    workers: 2,
    restarts: false,
    async kill(api) {
      const workers = childrenNamed(api.pid, 'node');
      if (workers.length !== 2) throw new Error(`expected 2 workers under ${api.pid}, found ${workers.join(', ')}`);
      process.kill(workers[0], 'SIGKILL');
      await waitFor(() => !childrenNamed(api.pid, 'node').includes(workers[0]), 10_000, 'the killed worker to go');
    },
  },
  {
    kind: 'postmaster',
    workers: 1,
    restarts: false,
    kill(_api, dataDir) {
      process.kill(postmasterPid(dataDir), 'SIGKILL');
      return Promise.resolve();
    },
  },
];

/** The pid on the first line of the cluster's postmaster.pid. */
export function postmasterPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** Pids of the direct children of `pid` whose command is `name`. */
export function childrenNamed(pid: number, name: string): number[] {
  let out = '';
  try {
    out = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(pid)], { encoding: 'utf8' });
  } catch {
    return []; // ps exits 1 when there is none
  }
  return out
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([child, comm]) => child && comm === name)
    .map(([child]) => Number(child));
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
