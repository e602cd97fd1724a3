/**
 * Before the embedded PostgreSQL starts: what does `<cluster>/postmaster.pid` say, and what is to be done about it?
 *
 * An API killed with SIGKILL (an OOM kill, `kill -9`) leaves its embedded postmaster running, reparented to init,
 * holding the lock file: PostgreSQL then refuses to start a second one on that data directory. A container restart
 * can also leave a lock file naming a pid that now belongs to some other process. PostgreSQL itself handles a lock
 * whose pid is dead; this handles the two it refuses:
 * - `orphan`: the pid is a postgres of THIS data directory (its working directory is the cluster: every postgres
 *   process chdirs there) whose parent is not a running API: stopped cleanly (fast shutdown, then immediate).
 * - `foreign`: the pid is alive but is not a postgres of this data directory (pid reuse): the lock is stale and is
 *   removed; the process is never signalled.
 * A postgres of this directory whose parent is a running node process belongs to a running API: `in-use`, refused.
 * A postgres of another data directory is never touched: it can only ever be `foreign` here.
 */
import { existsSync, readFileSync, readlinkSync, realpathSync, unlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';

/** What the process table says about one pid; undefined when no such process runs. */
export interface ProcessInfo {
  ppid: number;
  /** argv, as the process was started. */
  args: string[];
  /** Its working directory, where the system tells it (Linux /proc); undefined elsewhere. */
  cwd?: string;
}

export type Leftover =
  | { kind: 'none' }
  | { kind: 'stale'; pid: number }
  | { kind: 'foreign'; pid: number }
  | { kind: 'orphan'; pid: number }
  | { kind: 'in-use'; pid: number; apiPid: number };

/** The pure rule: the lock file's pid, this process, and what the process table says about the pid and its parent. */
export function classifyLeftover(input: {
  lockPid: number | undefined;
  clusterDir: string;
  self: { pid: number; ppid: number };
  lockHolder: ProcessInfo | undefined;
  holderParent: ProcessInfo | undefined;
}): Leftover {
  const { lockPid, clusterDir, self, lockHolder, holderParent } = input;
  if (lockPid === undefined) return { kind: 'none' };
  // PostgreSQL recognises its own starter's pids as stale; so does this.
  if (lockHolder === undefined || lockPid === self.pid || lockPid === self.ppid) return { kind: 'stale', pid: lockPid };
  if (!isPostgresOf(lockHolder, clusterDir)) return { kind: 'foreign', pid: lockPid };
  if (holderParent !== undefined && isNode(holderParent)) {
    return { kind: 'in-use', pid: lockPid, apiPid: lockHolder.ppid };
  }
  return { kind: 'orphan', pid: lockPid };
}

function isPostgresOf(info: ProcessInfo, clusterDir: string): boolean {
  const program = basename(info.args[0] ?? '');
  if (!program.startsWith('postgres')) return false;
  if (info.cwd !== undefined) return info.cwd === clusterDir;
  const dataFlag = info.args.indexOf('-D');
  return dataFlag >= 0 && info.args[dataFlag + 1] === clusterDir;
}

const isNode = (info: ProcessInfo) => /^node(\.exe)?$|^nodejs$/.test(basename(info.args[0] ?? ''));

export class DataDirInUseError extends Error {}

/**
 * Reads the lock file, classifies it, and clears the way for a start: stops an orphan, removes a stale foreign lock,
 * refuses when a running API owns the cluster. `log` says what was done.
 */
export async function clearLeftoverPostmaster(clusterDir: string, log: (message: string) => void): Promise<Leftover> {
  const lockFile = `${clusterDir}/postmaster.pid`;
  const lockPid = existsSync(lockFile) ? Number.parseInt(readFileSync(lockFile, 'utf8').split('\n')[0], 10) : NaN;
  const pid = Number.isInteger(lockPid) && lockPid > 0 ? lockPid : undefined;
  const lockHolder = pid === undefined ? undefined : processInfo(pid);
  const leftover = classifyLeftover({
    lockPid: pid,
    clusterDir: existsSync(clusterDir) ? realpathSync(clusterDir) : clusterDir,
    self: { pid: process.pid, ppid: process.ppid },
    lockHolder,
    holderParent: lockHolder === undefined ? undefined : processInfo(lockHolder.ppid),
  });
  switch (leftover.kind) {
    case 'foreign':
      log(`postmaster.pid in ${clusterDir} names pid ${leftover.pid}, which is not its PostgreSQL: stale lock removed`);
      unlinkSync(lockFile);
      break;
    case 'orphan':
      log(`the embedded PostgreSQL (pid ${leftover.pid}) was left running by an API that died: stopping it`);
      await stopPostmaster(leftover.pid);
      break;
    case 'in-use':
      throw new DataDirInUseError(
        `The embedded PostgreSQL in ${clusterDir} (pid ${leftover.pid}) belongs to an API that is running ` +
          `(pid ${leftover.apiPid}). Stop that one first, or give this one another DATA_DIR.`,
      );
  }
  return leftover;
}

/** Fast shutdown (SIGINT: open transactions roll back, no recovery needed), then immediate (SIGQUIT). */
export async function stopPostmaster(pid: number, waits = { fastMs: 15_000, immediateMs: 10_000 }): Promise<void> {
  for (const [signal, waitMs] of [
    ['SIGINT', waits.fastMs],
    ['SIGQUIT', waits.immediateMs],
  ] as const) {
    if (!sendSignal(pid, signal)) return;
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline) {
      if (!alive(pid)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  if (alive(pid)) throw new Error(`The leftover embedded PostgreSQL (pid ${pid}) did not stop; stop it by hand.`);
}

/** Sends a signal; false when the process is already gone. */
function sendSignal(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** The process runs (a zombie, dead but not yet reaped by its new parent, does not count). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, owned by another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return procState(pid) !== 'Z';
}

/** The state letter of /proc/<pid>/stat (R, S, Z...); undefined without /proc. */
function procState(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  } catch {
    return undefined;
  }
}

/** Linux: /proc; elsewhere `ps` (no working directory then: the `-D` argument tells the data directory). */
export function processInfo(pid: number): ProcessInfo | undefined {
  if (!alive(pid)) return undefined;
  if (existsSync('/proc/self/stat')) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // `pid (comm) state ppid ...`: comm may hold spaces and parentheses, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      let cwd: string | undefined;
      try {
        cwd = readlinkSync(`/proc/${pid}/cwd`);
      } catch {
        cwd = undefined;
      }
      return { ppid, args, cwd };
    } catch {
      return undefined;
    }
  }
  try {
    const line = execFileSync('ps', ['-o', 'ppid=,args=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    const [ppid, ...args] = line.split(/\s+/);
    return { ppid: Number(ppid), args };
  } catch {
    return undefined;
  }
}
