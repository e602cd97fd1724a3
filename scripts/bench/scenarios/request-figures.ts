/** The figures every request scenario reports: throughput (and its ratio to a baseline), p50/p99, errors, memory. */
import type { Memory } from '../api-process.js';
import type { LoadResult } from '../load.js';
import type { Figure, ScenarioResult } from '../scenario.js';

export function requestFigures(
  load: LoadResult,
  memory: Memory | null,
  baseline: { name: string; tps: number },
  connections: number,
): ScenarioResult {
  const figures: Figure[] = [
    {
      key: 'throughput',
      label: 'throughput',
      value: load.throughput,
      unit: 'req/s',
      scaling: 'rate',
      baseline: { name: baseline.name, ratio: load.throughput / baseline.tps },
    },
    { key: 'p50', label: 'latency p50', value: load.p50Ms, unit: 'ms', scaling: 'cost' },
    { key: 'p99', label: 'latency p99', value: load.p99Ms, unit: 'ms', scaling: 'cost' },
    { key: 'errors', label: 'errors', value: load.errors, unit: 'count', scaling: 'none' },
  ];
  if (load.serverCpuSeconds !== null && load.requests > 0) {
    figures.push(
      {
        key: 'cpu-per-request',
        label: 'API CPU time per request',
        value: (load.serverCpuSeconds * 1000) / load.requests,
        unit: 'ms',
        scaling: 'cost',
      },
      {
        key: 'cpu-busy',
        label: 'API CPU use (cores busy)',
        value: load.serverCpuSeconds / load.seconds,
        unit: 'cores',
        scaling: 'none',
      },
    );
  }
  if (memory) {
    figures.push(
      {
        key: 'rss-peak',
        label: 'API RSS, largest sample during the load',
        value: memory.rssMb,
        unit: 'MB',
        scaling: 'cost',
      },
      { key: 'rss-hwm', label: 'API peak RSS since start (VmHWM)', value: memory.hwmMb, unit: 'MB', scaling: 'cost' },
    );
  }
  const notes = [
    `${connections} keep-alive connections, closed loop, ${load.seconds} s measured after the warm-up; ` +
      `${load.requests} successful responses, slowest ${load.maxMs.toFixed(1)} ms.`,
  ];
  if (load.errors > 0) notes.push(`errors seen: ${load.errorKinds.join('; ')}`);
  return { figures, notes, histogram: load.histogram };
}
