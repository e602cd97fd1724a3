/**
 * A watchdog on the API, so its embedded PostgreSQL does not outlive it: a tiny shell (no node, ~1 MB) whose stdin
 * is a pipe from the API. When the API dies in any way (SIGKILL, an OOM kill, a crash), the system closes the pipe,
 * `read` sees the end, and the watchdog asks the postmaster for a fast shutdown, then an immediate one after 15 s.
 * It sits in the API's process group, so a kill of the whole group takes it down with everything else.
 * On a clean stop the API ends the watchdog first, so it never signals a pid that is no longer the postmaster.
 * Not on Windows (no POSIX shell): there the start-time check (leftover-postmaster.ts) is the only remedy.
 */
import { type ChildProcess, spawn } from 'node:child_process';

const SCRIPT = `
while read -r _; do :; done
kill -INT "$1" 2>/dev/null || exit 0
i=0
while kill -0 "$1" 2>/dev/null; do
  i=$((i + 1))
  if [ "$i" -ge 150 ]; then kill -QUIT "$1" 2>/dev/null; exit 0; fi
  sleep 0.1
done
`;

export interface Watchdog {
  /** Ends the watchdog without touching the postmaster. */
  dismiss(): void;
}

export function watchPostmaster(postmasterPid: number): Watchdog {
  if (process.platform === 'win32') return { dismiss: () => undefined };
  const child: ChildProcess = spawn('/bin/sh', ['-c', SCRIPT, 'coop-postmaster-watchdog', String(postmasterPid)], {
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  child.on('error', () => undefined);
  // The watchdog must never keep the API's event loop alive.
  child.unref();
  (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  return { dismiss: () => child.kill('SIGKILL') };
}
