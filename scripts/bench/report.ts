/** The Markdown report (docs/benchmarks.md): every number in it comes from the run it describes. */
import type { StartTimes } from './api-process.js';
import { BASELINE_CLIENTS, BASELINE_SECONDS, type Baseline } from './baseline.js';
import { FAMILIES, type Generated } from './generate.js';
import type { Figure, ScenarioResult, Unit } from './scenario.js';
import { HTTP_BASELINE_CONNECTIONS } from './http-baseline.js';
import { growthPer10x } from './stats.js';
import { TARGETS } from './targets.js';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  loadAverage: number[];
}

export interface ScenarioRun {
  name: string;
  description: string;
  seconds: number;
  result?: ScenarioResult;
  error?: string;
}

export interface SizeRun {
  size: number;
  generated: Generated;
  apiStart: StartTimes;
  scenarios: ScenarioRun[];
}

export interface BenchRun {
  command: string;
  startedAt: Date;
  seconds: number;
  machine: Machine;
  postgres: { version: string; origin: string };
  baseline: Baseline;
  durationSeconds: number;
  warmupSeconds: number;
  /** The API's WEB_CONCURRENCY. */
  workers: number;
  sizes: SizeRun[];
}

const integer = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a');

export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return 'n/a';
  switch (unit) {
    case 'req/s':
      return `${integer(value)} req/s`;
    case 'rows/s':
      return `${integer(value)} rows/s`;
    case 'ms':
      return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
    case 's':
      return `${value.toFixed(2)} s`;
    case 'MB':
      return `${value.toFixed(1)} MB`;
    case 'count':
      return integer(value);
    case 'ratio':
      return `${(value * 100).toFixed(1)}%`;
    case 'cores':
      return value.toFixed(2);
  }
}

const sizeLabel = (size: number) =>
  size >= 1_000_000 && size % 1_000_000 === 0
    ? `${size / 1_000_000}M`
    : size >= 1_000 && size % 1_000 === 0
      ? `${size / 1_000}k`
      : String(size);

const verdict = (figure: Figure) => (figure.target ? (figure.target.pass(figure.value) ? 'PASS' : 'MISS') : '');

export function renderReport(run: BenchRun): string {
  const lines: string[] = [];
  const add = (...more: string[]) => lines.push(...more);
  const { machine, baseline } = run;

  add(
    '# Benchmarks',
    '',
    `Written by \`${run.command}\` on ${run.startedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC ` +
      `(${Math.round(run.seconds)} s in all). Every figure below was measured in that run; rerun to update, do not edit. ` +
      'How to run it and what it measures: README, section "Benchmarks". Targets: QUALITY.md.',
    '',
    '## Machine',
    '',
    '| | |',
    '| --- | --- |',
    `| CPU | ${machine.cores} cores (${machine.cpu}) |`,
    `| memory | ${machine.memoryGiB.toFixed(1)} GiB |`,
    `| OS | ${machine.os} |`,
    `| Node.js | ${machine.node} |`,
    `| PostgreSQL | ${run.postgres.version} (${run.postgres.origin}), on the same machine |`,
    `| load average at start | ${machine.loadAverage.map((l) => l.toFixed(2)).join(', ')} |`,
    `| API processes | ${run.workers === 1 ? 'one' : `${run.workers} workers (WEB_CONCURRENCY=${run.workers})`} |`,
    '',
    'The API, PostgreSQL and the load generator (this process) share these cores, as they would on one small ' +
      'server; the machine may be shared with other work, so compare ratios to the baseline more than absolute figures. ' +
      "The API's CPU time counts all its processes; its RSS is that of its largest process.",
    '',
    '## Baseline, same run',
    '',
    `Raw PostgreSQL with ${baseline.tool}: ${BASELINE_CLIENTS} clients, ${BASELINE_SECONDS} s each, on the same server.`,
    '',
    '| what | transactions/s | QUALITY.md reference machine |',
    '| --- | --- | --- |',
    `| one-row \`INSERT ... ON CONFLICT DO NOTHING\` into a (ballot, member) primary key | ${integer(baseline.insertTps)} | about 11,600 |`,
    `| select-only (primary-key lookup in 100,000 rows) | ${integer(baseline.selectTps)} | about 31,800 |`,
    '',
    `HTTP: a bare node:http server answering \`{"status":"ok"}\`, driven by the same load loop as the API ` +
      `(${HTTP_BASELINE_CONNECTIONS} keep-alive connections): ${integer(baseline.bareHttp.throughput)} req/s, ` +
      `p50 ${formatValue(baseline.bareHttp.p50Ms, 'ms')}, p99 ${formatValue(baseline.bareHttp.p99Ms, 'ms')}` +
      (baseline.bareHttp.serverCores === null
        ? ''
        : `, server ${baseline.bareHttp.serverCores.toFixed(2)} cores busy ` +
          `(${formatValue((baseline.bareHttp.serverCores * 1000) / baseline.bareHttp.throughput, 'ms')} CPU per request)`) +
      '. That is the ceiling of the load generator on this machine, and what Node alone costs.',
    '',
    '## Data',
    '',
    'One cooperative per size, generated set-based (`INSERT ... SELECT generate_series`), then `VACUUM ANALYZE` and a `CHECKPOINT`.',
    '',
    '| members | families | rows | generation | of which index builds | VACUUM ANALYZE, CHECKPOINT |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const size of run.sizes) {
    const g = size.generated;
    const rows = g.families.reduce((sum, f) => sum + f.rows, 0);
    add(
      `| ${integer(size.size)} | ${g.families.map((f) => `${f.name} (${integer(f.rows)} rows, ${f.seconds.toFixed(1)} s)`).join(', ')} | ` +
        `${integer(rows)} | ${g.seconds.toFixed(1)} s | ${g.indexSeconds.toFixed(1)} s | ${g.analyzeSeconds.toFixed(1)} s |`,
    );
  }
  const skipped = run.sizes.flatMap((s) => s.generated.skipped.map((k) => `${k.name} (${k.reason})`));
  add('');
  if (skipped.length > 0) add(`Skipped: ${[...new Set(skipped)].join('; ')}.`, '');
  if (run.sizes.some((s) => !s.generated.foreignKeysChecked)) {
    add(
      'Triggers were off while generating (`session_replication_role = replica`, as pg_restore does): every ' +
        'generated row references rows generated just before it, and the generator writes the capital balances ' +
        'the ledger trigger would have kept.',
      '',
    );
  }
  add('What each family holds (scripts/bench/*.generate.ts):', '');
  for (const family of FAMILIES) add(`- ${family.name} (${family.tables.join(', ')}): ${family.what}.`);
  add('');

  for (const size of run.sizes) {
    add(
      `## ${integer(size.size)} members`,
      '',
      `API started in ${(size.apiStart.toHealthMs / 1000).toFixed(2)} s (to /health). ` +
        `Load loops: ${run.warmupSeconds} s warm-up, then ${run.durationSeconds} s measured.`,
      '',
    );
    for (const scenario of size.scenarios) {
      add(`### ${scenario.name}`, '', scenario.description, '');
      if (!scenario.result) {
        add(`**Failed** after ${scenario.seconds.toFixed(1)} s: \`${scenario.error ?? 'unknown error'}\``, '');
        continue;
      }
      add('| figure | value | vs baseline | QUALITY.md target | result |', '| --- | --- | --- | --- | --- |');
      for (const figure of scenario.result.figures) {
        const base = figure.baseline
          ? `${(figure.baseline.ratio * 100).toFixed(1)}% of the ${figure.baseline.name}`
          : '';
        add(
          `| ${figure.label} | ${formatValue(figure.value, figure.unit)} | ${base} | ${figure.target?.clause ?? ''} | ${verdict(figure)} |`,
        );
      }
      add('');
      const histogram = scenario.result.histogram;
      const total = histogram?.reduce((sum, b) => sum + b.count, 0) ?? 0;
      if (histogram && total > 0) {
        const buckets = histogram
          .filter((b) => b.count > 0)
          .map((b) => `${b.label}: ${((b.count / total) * 100).toFixed(1)}%`);
        add(`Latency histogram: ${buckets.join(', ')}.`, '');
      }
      for (const note of scenario.result.notes) add(`- ${note}`);
      add(`- Scenario time: ${scenario.seconds.toFixed(1)} s.`, '');
    }
  }

  add(...renderGrowth(run), ...renderTargets(run));
  add('');
  return lines.join('\n');
}

function renderGrowth(run: BenchRun): string[] {
  const lines = ['## Growth with the data', ''];
  if (run.sizes.length < 2) {
    return [
      ...lines,
      `Only ${integer(run.sizes[0]?.size ?? 0)} members were run (\`--quick\`); run \`npm run bench\` (10k, 100k, 1M) ` +
        'to see how each figure grows.',
      '',
    ];
  }
  const sizes = run.sizes.map((s) => s.size);
  lines.push(
    'Growth per 10x: the factor a figure is multiplied by for each tenfold increase of the members ' +
      '(`(b / a) ^ (1 / log10(sizeB / sizeA))`). Linear or better: a time, latency or memory grows at most 10x per ' +
      '10x; a throughput falls at most 10x.',
    '',
    `| scenario | figure | ${sizes.map((s) => sizeLabel(s)).join(' | ')} | growth per 10x | linear or better |`,
    `| --- | --- | ${sizes.map(() => '---').join(' | ')} | --- | --- |`,
  );
  const scenarioNames = [...new Set(run.sizes.flatMap((s) => s.scenarios.map((sc) => sc.name)))];
  const rows: { scenario: string; key: string; label: string; unit: Unit; scaling: Figure['scaling'] }[] = [
    {
      scenario: '(data)',
      key: 'generation',
      label: 'generation time (the tool, not the API)',
      unit: 's',
      scaling: 'cost',
    },
  ];
  for (const name of scenarioNames) {
    for (const size of run.sizes) {
      for (const figure of size.scenarios.find((sc) => sc.name === name)?.result?.figures ?? []) {
        if (!rows.some((r) => r.scenario === name && r.key === figure.key)) {
          rows.push({
            scenario: name,
            key: figure.key,
            label: figure.label,
            unit: figure.unit,
            scaling: figure.scaling,
          });
        }
      }
    }
  }
  for (const row of rows) {
    const values = run.sizes.map((size) =>
      row.scenario === '(data)'
        ? size.generated.seconds
        : (size.scenarios.find((sc) => sc.name === row.scenario)?.result?.figures.find((f) => f.key === row.key)
            ?.value ?? NaN),
    );
    const factors = values.slice(1).map((value, i) => growthPer10x(sizes[i], values[i], sizes[i + 1], value));
    const known = factors.filter((f) => Number.isFinite(f));
    let linear = '';
    if (row.scaling !== 'none' && known.length > 0) {
      linear = known.every((f) => (row.scaling === 'cost' ? f <= 10 : f >= 0.1)) ? 'yes' : 'no';
    }
    lines.push(
      `| ${row.scenario} | ${row.label} | ${values.map((v) => formatValue(v, row.unit)).join(' | ')} | ` +
        `${row.scaling === 'none' ? '' : factors.map((f) => (Number.isFinite(f) ? `x${f.toFixed(2)}` : 'n/a')).join(', ')} | ${linear} |`,
    );
  }
  lines.push('');
  return lines;
}

function renderTargets(run: BenchRun): string[] {
  const largest = run.sizes[run.sizes.length - 1];
  const lines = [
    '## QUALITY.md targets',
    '',
    `Measured at the largest size run (${integer(largest?.size ?? 0)} members). The targets speak of 1,000,000 ` +
      'members; a PASS at a smaller size says nothing about 1M.',
    '',
    '| what | target | measured | result |',
    '| --- | --- | --- | --- |',
  ];
  for (const target of TARGETS) {
    const figures = (largest?.scenarios ?? []).flatMap((sc) =>
      (sc.result?.figures ?? []).filter((f) => f.target?.target === target.id),
    );
    if (figures.length === 0) {
      lines.push(`| ${target.what} | ${target.text} | not measured in this run (${target.needs}) | |`);
      continue;
    }
    const measured = figures.map((f) => `${f.label}: ${formatValue(f.value, f.unit)}`).join('; ');
    const result = figures.every((f) => f.target!.pass(f.value)) ? 'PASS' : 'MISS';
    lines.push(`| ${target.what} | ${target.text} | ${measured} | ${result} |`);
  }
  lines.push('');
  return lines;
}
