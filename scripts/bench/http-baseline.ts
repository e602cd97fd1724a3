/**
 * The HTTP baseline: a bare node:http server (a child process, like the API) answering `{"status":"ok"}`, driven by
 * the same load loop with the same connections. It shows what Node's HTTP alone costs on this machine and the
 * ceiling of the load generator itself, so a low API figure cannot be the harness's fault unnoticed.
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../../src/database/embedded-postgres.js';
import { readCpuSeconds } from './api-process.js';
import { runLoad } from './load.js';

export const HTTP_BASELINE_CONNECTIONS = 64;

const SERVER = `
const body = '{"status":"ok"}';
require('node:http')
  .createServer((req, res) => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body))
  .listen(Number(process.argv[1]), '127.0.0.1', () => console.log('listening'));
`;

export interface HttpBaseline {
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  /** Server CPU use in cores during the window (Linux), to tell a saturated server from a saturated client. */
  serverCores: number | null;
}

export async function measureBareHttp(warmupSeconds: number, durationSeconds: number): Promise<HttpBaseline> {
  const port = await freePort();
  const server = spawn(process.execPath, ['-e', SERVER, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  try {
    await new Promise<void>((resolve, reject) => {
      server.stdout.once('data', () => resolve());
      server.once('exit', (code) => reject(new Error(`the bare HTTP server exited (${code})`)));
    });
    await sleep(100);
    const load = await runLoad({
      baseUrl: `http://127.0.0.1:${port}`,
      connections: HTTP_BASELINE_CONNECTIONS,
      warmupSeconds,
      durationSeconds,
      request: () => ({ path: '/health' }),
      serverCpuSeconds: () => (server.pid ? readCpuSeconds(server.pid) : null),
    });
    return {
      throughput: load.throughput,
      p50Ms: load.p50Ms,
      p99Ms: load.p99Ms,
      serverCores: load.serverCpuSeconds === null ? null : load.serverCpuSeconds / load.seconds,
    };
  } finally {
    server.kill('SIGTERM');
    await exited;
  }
}
