/**
 * The API as a child process (`node dist/src/main.js`), for checks that need a real process: its log output, a
 * SIGKILL in the middle of a write. It runs in its own process group, so `kill()` takes the embedded PostgreSQL it
 * started down with it, as a crash of the machine or the container would; `killProcess()` kills the API alone.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from '../../src/database/embedded-postgres.js';

export interface ApiProcess {
  baseUrl: string;
  pid: number;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** What it wrote to stdout (the JSON log stream) so far. */
  stdout(): string;
  /** What it wrote to stderr (terminal notices, boot errors) so far. */
  stderr(): string;
  /** SIGTERM, and wait for the exit (a clean shutdown). */
  stop(): Promise<number | null>;
  /** SIGKILL to the whole process group (the API and its embedded PostgreSQL), and wait for the exit. */
  kill(): Promise<void>;
  /** SIGKILL to the API process alone (as an OOM kill does: its children live on), and wait for its exit. */
  killProcess(): Promise<void>;
  /** Resolves with the exit code once the process has exited by itself or otherwise. */
  exited: Promise<number | null>;
}

export async function startApiProcess(
  env: Record<string, string | undefined>,
  options: { readyTimeoutMs?: number; entry?: string } = {},
): Promise<ApiProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [options.entry ?? 'dist/src/main.js'], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const chunks: { stream: 'stdout' | 'stderr'; text: string }[] = [];
  child.stdout!.on('data', (chunk: Buffer) => chunks.push({ stream: 'stdout', text: chunk.toString('utf8') }));
  child.stderr!.on('data', (chunk: Buffer) => chunks.push({ stream: 'stderr', text: chunk.toString('utf8') }));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const output = (stream?: 'stdout' | 'stderr') =>
    chunks
      .filter((chunk) => stream === undefined || chunk.stream === stream)
      .map((chunk) => chunk.text)
      .join('');

  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  let alive = true;
  void exited.then(() => (alive = false));
  for (;;) {
    if (!alive) throw new Error(`the API exited before it was ready:\n${output().slice(-3000)}`);
    if (Date.now() > deadline) {
      killGroup(child.pid!);
      throw new Error(`the API was not ready in time:\n${output().slice(-3000)}`);
    }
    try {
      // Ready, and every worker listens: the main process says so once the last one does (a kill of one of two
      // workers before the second listens would leave nothing serving, which is not what it means to test).
      const res = await fetch(`${baseUrl}/health/ready`);
      if (res.ok && output('stdout').includes('Cooperative API on http')) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    baseUrl,
    pid: child.pid!,
    output: () => output(),
    stdout: () => output('stdout'),
    stderr: () => output('stderr'),
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      killGroup(child.pid!);
      await exited;
      await groupGone(child.pid!);
    },
    async killProcess() {
      child.kill('SIGKILL');
      await exited;
    },
    exited,
  };
}

/** Waits until no process of the group is left (PostgreSQL's postmaster must be gone before a restart). */
async function groupGone(pid: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      process.kill(-pid, 0);
    } catch {
      return;
    }
    if (Date.now() > deadline) throw new Error(`process group ${pid} still alive ${timeoutMs} ms after SIGKILL`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
