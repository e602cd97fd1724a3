/**
 * The API under test as a child process (`node dist/src/main.js`), so its memory is its own and can be read from
 * /proc/<pid>/status, and a cold start is a real process start. All traffic goes to 127.0.0.1.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/** The repository root (this file runs from dist/scripts/bench/). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = join(REPO_ROOT, 'dist', 'src', 'main.js');

/** Variables of the caller's environment that would change what the child runs against: never passed on. */
const INHERITED_OUT = [
  'DATABASE_URL',
  'DATA_DIR',
  'PORT',
  'LOG_LEVEL',
  'JWT_SECRET',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'TEST_DATABASE_URL',
  'BENCH_DATABASE_URL',
  'LOGIN_RATE_LIMIT_PER_MINUTE',
];

export interface StartTimes {
  /** From spawn to the first 200 of GET /health. */
  toHealthMs: number;
  /** From spawn to the first 200 of GET /health/ready (the database answers). */
  toReadyMs: number;
}

export interface Memory {
  rssMb: number;
  /** VmHWM: the peak RSS since the process started. */
  hwmMb: number;
}

export class ApiProcess {
  readonly baseUrl: string;
  private child: ChildProcess | undefined;
  private exit: Promise<number | null> | undefined;
  private readonly output: string[] = [];

  constructor(
    private readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Spawns the API and waits until /health and then /health/ready answer 200. */
  async start(timeoutMs = 120_000): Promise<StartTimes> {
    if (this.child) throw new Error('The API is running already.');
    const env: Record<string, string | undefined> = { ...process.env };
    for (const name of INHERITED_OUT) delete env[name];
    const started = performance.now();
    const child = spawn(process.execPath, [MAIN], {
      cwd: REPO_ROOT,
      env: { ...env, ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exit = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    const keep = (chunk: Buffer) => {
      this.output.push(...chunk.toString().split('\n').filter(Boolean));
      this.output.splice(0, Math.max(0, this.output.length - 40));
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    let exited = false;
    void this.exit.then(() => (exited = true));

    const deadline = started + timeoutMs;
    const waitFor = async (path: string) => {
      while (!(await answers200(this.baseUrl + path))) {
        if (exited) throw new Error(`The API exited before ${path} answered:\n${this.output.join('\n')}`);
        if (performance.now() > deadline) {
          throw new Error(`The API did not answer ${path} within ${timeoutMs} ms:\n${this.output.join('\n')}`);
        }
        await sleep(10);
      }
      return performance.now() - started;
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
    return readMemory(this.child.pid);
  }

  /** CPU time (user + system) the API process has used so far (Linux); null elsewhere. */
  cpuSeconds(): number | null {
    if (!this.child?.pid) return null;
    return readCpuSeconds(this.child.pid);
  }

  /** The last lines the API printed. */
  recentOutput(): string {
    return this.output.join('\n');
  }
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

export function readCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, hence the last ')'): utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
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
  options: { body?: unknown; token?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(api.baseUrl + path, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}
