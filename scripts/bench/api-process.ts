/**
 * The API under test as a child process (`node dist/src/main.js`), so its memory is its own and can be read from
 * /proc/<pid>/status, and a cold start is a real process start. All traffic goes to 127.0.0.1.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../../src/database/embedded-postgres.js';

/** The repository root (this file runs from dist/scripts/bench/). */
/** The folder of package.json, from dist/scripts/bench (compiled) or scripts/bench (tests run the source). */
export const REPO_ROOT = (() => {
  let dir = fileURLToPath(new URL('.', import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();
const MAIN = join(REPO_ROOT, 'dist', 'src', 'main.js');

/** Variables of the caller's environment that would change what the child runs against: never passed on. */
const INHERITED_OUT = [
  'DATABASE_URL',
  'DATA_DIR',
  'PORT',
  'LOG_LEVEL',
  'JWT_SECRET',
  'BALLOT_SEAL_SECRET',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'TEST_DATABASE_URL',
  'BENCH_DATABASE_URL',
  'LOGIN_RATE_LIMIT_PER_MINUTE',
  'RATE_LIMIT_WINDOW_SECONDS',
  'RATE_LIMIT_PER_USER',
  'RATE_LIMIT_PER_API_KEY',
  'RATE_LIMIT_PER_ADDRESS',
];

export interface StartTimes {
  /** From spawn to the first 200 of GET /health. */
  toHealthMs: number;
  /** From spawn to the first 200 of GET /health/ready (the database answers). */
  toReadyMs: number;
}

export interface Memory {
  /** RSS of the API's largest process (the main one, or its largest worker with WEB_CONCURRENCY > 1). */
  rssMb: number;
  /** VmHWM of that largest process: its peak RSS since it started. */
  hwmMb: number;
}

/** Every API child still running, so a signal to the benchmark can stop them at once. */
const running = new Set<ChildProcess>();

/** Sends SIGTERM to every API child of this process (each stops its own embedded database, if any). */
export function terminateAll(): void {
  for (const child of running) child.kill('SIGTERM');
}

class PortTakenError extends Error {}

export class ApiProcess {
  private port = 0;
  private child: ChildProcess | undefined;
  private exit: Promise<number | null> | undefined;
  private readonly output: string[] = [];

  /** `env`: the API's configuration; PORT is chosen free at each start. */
  constructor(private readonly env: Record<string, string>) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /**
   * Spawns the API and waits until /health and then /health/ready answer 200. If another program took the free port
   * first (other processes on this machine open ports too), it starts again on another port.
   */
  async start(timeoutMs = 120_000): Promise<StartTimes> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.startOnce(timeoutMs);
      } catch (error) {
        await this.stop();
        if (!(error instanceof PortTakenError) || attempt === 3) throw error;
      }
    }
  }

  private async startOnce(timeoutMs: number): Promise<StartTimes> {
    if (this.child) throw new Error('The API is running already.');
    const env: Record<string, string | undefined> = { ...process.env };
    for (const name of INHERITED_OUT) delete env[name];
    this.port = await freePort();
    const started = performance.now();
    // BENCH_API_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof": profile the API under a scenario's load.
    const nodeArgs = process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...nodeArgs, MAIN], {
      cwd: REPO_ROOT,
      env: { ...env, ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    running.add(child);
    this.exit = new Promise((resolve) =>
      child.once('exit', (code) => {
        running.delete(child);
        resolve(code);
      }),
    );
    const keep = (chunk: Buffer) => {
      this.output.push(...chunk.toString().split('\n').filter(Boolean));
      this.output.splice(0, Math.max(0, this.output.length - 40));
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);

    const deadline = started + timeoutMs;
    const waitFor = async (path: string) => {
      for (;;) {
        if (await answers200(this.baseUrl + path)) {
          const at = performance.now() - started;
          // Only an answer from our child counts: another program may listen on the port we were given.
          if (child.pid && listensOn(child.pid, this.port)) return at;
        }
        if (child.exitCode !== null || child.signalCode !== null) {
          const output = this.output.join('\n');
          if (output.includes('EADDRINUSE')) throw new PortTakenError(`port ${this.port} was taken`);
          throw new Error(`The API exited before ${path} answered:\n${output}`);
        }
        if (performance.now() > deadline) {
          throw new Error(`The API did not answer ${path} within ${timeoutMs} ms:\n${this.output.join('\n')}`);
        }
        await sleep(10);
      }
    };
    const toHealthMs = await waitFor('/health');
    const toReadyMs = await waitFor('/health/ready');
    return { toHealthMs, toReadyMs };
  }

  /** SIGTERM (the API closes and stops its embedded database, if any), SIGKILL after 30 s. */
  async stop(): Promise<void> {
    const child = this.child;
    const exit = this.exit;
    if (!child || !exit) return;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exit;
      clearTimeout(timer);
    }
    this.child = undefined;
    this.exit = undefined;
  }

  /** Current and peak resident memory of the API process (Linux); null elsewhere. */
  memory(): Memory | null {
    if (!this.child?.pid) return null;
    const each = processTree(this.child.pid).map(readMemory);
    if (each.some((m) => m === null)) return readMemory(this.child.pid);
    return (each as Memory[]).reduce((largest, m) => (m.rssMb > largest.rssMb ? m : largest));
  }

  /** CPU time (user + system) the API's processes (workers included) have used so far (Linux); null elsewhere. */
  cpuSeconds(): number | null {
    if (!this.child?.pid) return null;
    const each = processTree(this.child.pid).map(readCpuSeconds);
    return each.some((s) => s === null) ? null : (each as number[]).reduce((sum, s) => sum + s, 0);
  }

  /** The last lines the API printed. */
  recentOutput(): string {
    return this.output.join('\n');
  }
}

/**
 * `pid` and its descendant Node.js processes (the API's cluster workers, not an embedded PostgreSQL it started),
 * from the parent ids in /proc/<pid>/stat.
 */
export function processTree(pid: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [pid];
  }
  const children = new Map<number, number[]>();
  for (const entry of entries) {
    try {
      const parent = Number(procStat(Number(entry))[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const isNode = (id: number) => {
    try {
      return readlinkSync(`/proc/${id}/exe`) === process.execPath;
    } catch {
      return false;
    }
  };
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []).filter(isNode));
  return tree;
}

export function readMemory(pid: number): Memory | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * The fields of /proc/<pid>/stat after the command name (which may hold spaces, hence the last ')'): [0] is field 3,
 * the state ('Z' for a zombie), [1] the parent's pid. Throws when the process is gone.
 */
export function procStat(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

export function readCpuSeconds(pid: number): number | null {
  try {
    const fields = procStat(pid); // utime and stime are fields 14 and 15
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** Samples the API's RSS every `intervalMs` until stopped; returns the largest sample and VmHWM at the end. */
export function sampleMemory(api: ApiProcess, intervalMs = 100): { stop(): Memory | null } {
  let peak = api.memory()?.rssMb ?? NaN;
  const timer = setInterval(() => {
    const rss = api.memory()?.rssMb;
    if (rss !== undefined && !(rss <= peak)) peak = rss;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const last = api.memory();
      if (!last) return null;
      return { rssMb: Math.max(peak, last.rssMb), hwmMb: last.hwmMb };
    },
  };
}

/**
 * Whether process `pid` holds the listening socket of `port`: the socket inodes of /proc/net/tcp{,6} in state LISTEN
 * (0A) on that port, among the process's open files. Assumed true where /proc is not there.
 */
export function listensOn(pid: number, port: number): boolean {
  if (!existsSync('/proc/net/tcp')) return true;
  const hexPort = ':' + port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const text = existsSync(table) ? readFileSync(table, 'utf8') : '';
    for (const line of text.split('\n').slice(1)) {
      const columns = line.trim().split(/\s+/);
      if (columns.length > 9 && columns[3] === '0A' && columns[1].endsWith(hexPort)) inodes.add(columns[9]);
    }
  }
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        const socket = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        return socket !== null && inodes.has(socket[1]);
      } catch {
        return false; // closed meanwhile
      }
    });
  } catch {
    return false;
  }
}

async function answers200(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

/** A JSON call to the API (logins, setup); the load loops use load.ts instead. */
export async function callApi<T>(
  api: ApiProcess,
  method: string,
  path: string,
  options: { body?: unknown; token?: string; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(api.baseUrl + path, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}
