/**
 * A small closed-loop HTTP load generator on node:http (no dependency): `connections` workers on one keep-alive
 * agent, each sending its next request as soon as the previous one answered, for a fixed time after a warm-up.
 * Every latency of the measured window is kept, so p50/p99 are exact. Only 127.0.0.1 is allowed.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { histogram, type HistogramBucket, percentile, sortedCopy } from './stats.js';

export interface LoadRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** A JSON body (sent with content-type application/json). */
  body?: unknown;
}

export interface LoadOptions {
  baseUrl: string;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** The request worker `worker` sends (called for each request). */
  request(worker: number): LoadRequest;
  /** A response with another status counts as an error. */
  expectStatus?: number;
  /** CPU seconds used so far by the server (read at the start and end of the measured window), if known. */
  serverCpuSeconds?: () => number | null;
}

export interface LoadResult {
  /** Successful responses per second in the measured window. */
  throughput: number;
  /** Successful responses in the measured window. */
  requests: number;
  /** Wrong status, network errors and timeouts in the measured window. */
  errors: number;
  /** The first few distinct error descriptions, to tell what went wrong. */
  errorKinds: string[];
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  histogram: HistogramBucket[];
  seconds: number;
  /** CPU seconds the server used in the measured window (user + system), when `serverCpuSeconds` was given. */
  serverCpuSeconds: number | null;
}

const REQUEST_TIMEOUT_MS = 10_000;

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const base = new URL(options.baseUrl);
  if (base.hostname !== '127.0.0.1') throw new Error(`load only goes to 127.0.0.1, not ${base.hostname}`);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const expected = options.expectStatus ?? 200;
  const start = performance.now();
  const windowStart = start + options.warmupSeconds * 1000;
  const windowEnd = windowStart + options.durationSeconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  const errorKinds = new Set<string>();

  const send = (spec: LoadRequest) =>
    new Promise<string | null>((resolve) => {
      const body = spec.body === undefined ? undefined : JSON.stringify(spec.body);
      const req = request(
        {
          host: base.hostname,
          port: base.port,
          method: spec.method ?? 'GET',
          path: spec.path,
          headers: body === undefined ? spec.headers : { ...spec.headers, 'content-type': 'application/json' },
          agent,
          timeout: REQUEST_TIMEOUT_MS,
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode === expected ? null : `HTTP ${res.statusCode}`));
          res.on('error', (error) => resolve(error.message));
        },
      );
      req.on('timeout', () => req.destroy(new Error(`timeout after ${REQUEST_TIMEOUT_MS} ms`)));
      req.on('error', (error) => resolve(error.message));
      req.end(body);
    });

  const worker = async (index: number) => {
    while (performance.now() < windowEnd) {
      const sent = performance.now();
      const error = await send(options.request(index));
      const done = performance.now();
      if (done < windowStart || done > windowEnd) continue;
      if (error === null) {
        latencies.push(done - sent);
      } else {
        errors++;
        if (errorKinds.size < 5) errorKinds.add(error);
      }
    }
  };
  const cpuAt: (number | null)[] = [];
  const readCpu = () => cpuAt.push(options.serverCpuSeconds?.() ?? null);
  const cpuTimers = [setTimeout(readCpu, windowStart - start), setTimeout(readCpu, windowEnd - start)];
  await Promise.all(Array.from({ length: options.connections }, (_, i) => worker(i)));
  agent.destroy();
  cpuTimers.forEach(clearTimeout);
  const [cpuStart, cpuEnd] = cpuAt;

  const sorted = sortedCopy(latencies);
  const seconds = options.durationSeconds;
  return {
    throughput: sorted.length / seconds,
    requests: sorted.length,
    errors,
    errorKinds: [...errorKinds],
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.length > 0 ? sorted[sorted.length - 1] : NaN,
    histogram: histogram(sorted),
    seconds,
    serverCpuSeconds: cpuStart != null && cpuEnd != null ? cpuEnd - cpuStart : null,
  };
}
