/**
 * The member register as the secretary's screen and the integrating apps use it:
 * - read-member: GET one member by id, then list a page of 50 in number order from a cursor anywhere in the register
 *   (keyset: the cursor is the last number seen, built with the API's own encoder), each its own load loop;
 * - export-register: the whole register as CSV, streamed, timed to the last byte, with the API's RSS sampled.
 * Both as the staff account (secretary, among other roles).
 */
import { performance } from 'node:perf_hooks';
import { encodeCursor } from '../../../src/common/pagination/pagination.js';
import { sampleMemory } from '../api-process.js';
import { runLoad } from '../load.js';
import type { BenchContext, Figure, Scenario, ScenarioResult } from '../scenario.js';
import { below } from '../targets.js';
import { queryRows } from '../postgres.js';
import { requestFigures } from './request-figures.js';

/**
 * Each read twice: by one client (a secretary's screen: the request's own latency, which the QUALITY.md target is
 * about, and which must not grow with the register), then by 16 at once (an office and a few integrating apps:
 * the capacity; latency there is mostly queueing, about clients / throughput).
 */
const READ_CONNECTIONS = [1, 16];
const PAGE = 50;
/** Members spread evenly over the register: member number 1 + (k x a prime) mod n. */
const spread = (k: number, n: number) => 1 + ((k * 7919) % n);

async function readLoad(
  ctx: BenchContext,
  what: string,
  connections: number,
  token: string,
  path: (k: number) => string,
): Promise<ScenarioResult> {
  const label = `${what}, ${connections === 1 ? '1 client' : `${connections} clients`}`;
  let sent = 0;
  const memory = sampleMemory(ctx.api);
  const load = await runLoad({
    baseUrl: ctx.api.baseUrl,
    connections,
    warmupSeconds: ctx.warmupSeconds,
    durationSeconds: ctx.durationSeconds,
    serverCpuSeconds: () => ctx.api.cpuSeconds(),
    request: () => ({ path: path(sent++), headers: { authorization: `Bearer ${token}` } }),
  });
  const result = requestFigures(
    load,
    memory.stop(),
    { name: 'select-only baseline', tps: ctx.baseline.selectTps },
    connections,
  );
  for (const figure of result.figures) {
    if (figure.key === 'p99' && connections === 1) figure.target = below('read-member', 'p99 < 20 ms', 20);
    figure.key = `${what}-${connections}-${figure.key}`;
    figure.label = `${label}: ${figure.label}`;
  }
  result.notes = result.notes.map((note) => `${label}: ${note}`);
  return result;
}

export const readMember: Scenario = {
  name: 'read-member',
  description:
    `GET /v1/cooperatives/{id}/members/{memberId} for members spread over the register, then GET .../members?limit=` +
    `${PAGE} from a cursor anywhere in it (number order); each by one client, then by ${READ_CONNECTIONS[1]} at once.`,
  async run(ctx) {
    const coop = ctx.generated.cooperativeId;
    const n = ctx.generated.members;
    const ids = (
      await queryRows<{ id: string }>(
        ctx.databaseUrl,
        `SELECT id FROM members WHERE cooperative_id = $1 AND member_number = ANY($2::int[]) ORDER BY member_number`,
        [coop, Array.from({ length: 5000 }, (_, k) => spread(k, n))],
      )
    ).map((row) => row.id);
    const token = await ctx.staffToken();
    const loads: ScenarioResult[] = [];
    for (const connections of READ_CONNECTIONS) {
      loads.push(
        await readLoad(
          ctx,
          'one member',
          connections,
          token,
          (k) => `/v1/cooperatives/${coop}/members/${ids[k % ids.length]}`,
        ),
        await readLoad(
          ctx,
          'page of 50',
          connections,
          token,
          (k) => `/v1/cooperatives/${coop}/members?limit=${PAGE}&cursor=${encodeCursor([spread(k, n), '', ''])}`,
        ),
      );
    }
    return {
      figures: loads.flatMap((load) => load.figures),
      notes: [
        ...loads.flatMap((load) => load.notes),
        'The target is checked on the one-client p99: the cost of the read itself, which keyset pages keep flat ' +
          'from 10k to 1M (each page is one index range scan, wherever it starts).',
      ],
      histogram: loads[1].histogram,
    };
  },
};

export const exportRegister: Scenario = {
  name: 'export-register',
  description: 'GET /v1/cooperatives/{id}/members/export.csv: the whole register, streamed, read to the last byte.',
  async run(ctx) {
    const coop = ctx.generated.cooperativeId;
    const token = await ctx.staffToken();
    const memory = sampleMemory(ctx.api, 50);
    const rssBefore = ctx.api.memory()?.rssMb ?? NaN;
    const started = performance.now();
    const response = await fetch(`${ctx.api.baseUrl}/v1/cooperatives/${coop}/members/export.csv`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(600_000),
    });
    if (response.status !== 200 || !response.body) throw new Error(`export: HTTP ${response.status}`);
    let bytes = 0;
    let lines = 0;
    let firstByteMs = NaN;
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      if (bytes === 0) firstByteMs = performance.now() - started;
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) lines++;
    }
    const seconds = (performance.now() - started) / 1000;
    const peak = memory.stop();
    const rows = lines - 1; // the header line
    const expected = Number(
      (
        await queryRows<{ n: string }>(ctx.databaseUrl, 'SELECT count(*) AS n FROM members WHERE cooperative_id = $1', [
          coop,
        ])
      )[0].n,
    );
    if (rows !== expected) throw new Error(`export: ${rows} rows, the register holds ${expected}`);
    const figures: Figure[] = [
      {
        key: 'time',
        label: 'time to the last byte',
        value: seconds,
        unit: 's',
        scaling: 'cost',
        target: below('export-register', '< 30 s', 30),
      },
      { key: 'first-byte', label: 'time to the first byte', value: firstByteMs, unit: 'ms', scaling: 'none' },
      { key: 'rows', label: 'rows', value: rows, unit: 'count', scaling: 'none' },
      { key: 'size', label: 'size', value: bytes / 1024 ** 2, unit: 'MB', scaling: 'none' },
      { key: 'rows-per-second', label: 'rows per second', value: rows / seconds, unit: 'rows/s', scaling: 'rate' },
    ];
    if (peak) {
      figures.push({
        key: 'rss-peak',
        label: 'API RSS, largest sample during the export',
        value: peak.rssMb,
        unit: 'MB',
        scaling: 'none',
        target: below('export-register', 'RSS < 300 MB', 300),
      });
    }
    return {
      figures,
      notes: [
        `${rows} rows (every member, as the register holds them), ${(bytes / 1024 ** 2).toFixed(1)} MB; API RSS was ` +
          `${rssBefore.toFixed(1)} MB before the export, sampled every 50 ms during it.`,
      ],
    };
  },
};
