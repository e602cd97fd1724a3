/** GET /health: no authentication, no database; what the HTTP stack (Node, Express, Nest, helmet, pino) costs. */
import { sampleMemory } from '../api-process.js';
import { runLoad } from '../load.js';
import type { Scenario } from '../scenario.js';
import { requestFigures } from './request-figures.js';

const CONNECTIONS = 64;

export const httpOverhead: Scenario = {
  name: 'http-overhead',
  description: `GET /health (public, no database) from ${CONNECTIONS} concurrent clients: the cost of the HTTP stack alone.`,
  async run(ctx) {
    const memory = sampleMemory(ctx.api);
    const load = await runLoad({
      baseUrl: ctx.api.baseUrl,
      connections: CONNECTIONS,
      warmupSeconds: ctx.warmupSeconds,
      durationSeconds: ctx.durationSeconds,
      serverCpuSeconds: () => ctx.api.cpuSeconds(),
      request: () => ({ path: '/health' }),
    });
    const result = requestFigures(
      load,
      memory.stop(),
      { name: 'select-only baseline', tps: ctx.baseline.selectTps },
      CONNECTIONS,
    );
    const bare = ctx.baseline.bareHttp;
    result.figures.splice(1, 0, {
      key: 'vs-bare-http',
      label: 'throughput / bare node:http server',
      value: load.throughput / bare.throughput,
      unit: 'ratio',
      scaling: 'none',
    });
    result.notes.push(
      `The bare node:http server did ${Math.round(bare.throughput)} req/s (p50 ${bare.p50Ms.toFixed(2)} ms, p99 ` +
        `${bare.p99Ms.toFixed(2)} ms) under the same load loop: the ceiling of this load generator here.`,
    );
    return result;
  },
};
