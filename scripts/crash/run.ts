/**
 * `npm run test:crash`: kill -9 during a write load over every module, in four ways, and prove after each that every
 * acknowledged write is there, nothing is half-applied, retried requests had one effect and every invariant holds
 * (QUALITY.md, Reliability; docs/reliability.md).
 *
 * One API on a fresh embedded database (a temporary DATA_DIR) builds the world (world.ts). Then, for each kind of kill
 * (kills.ts), the API starts (with two workers for the worker kill), the stage of that load is prepared, writers send
 * the mix (*.mix.ts: cooperatives and users, admissions, share payments and transfers, votes own and by proxy on a
 * secret and a roll-call ballot, loan disbursements and repayments, plan executions), each with an Idempotency-Key
 * and every 2xx journalled with what it must have produced (journal.ts). Mid-load the kill: the API is started again
 * where the kill took it down, or heals by itself (a new worker; its database restarted, 503 meanwhile); requests
 * whose answer was lost are retried with their key; the API stops and the database is checked (checks.ts). The
 * figures are printed (report.ts); any failure, or a 5xx other than 503, exits 1.
 *
 *   npm run test:crash -- --writers 8 --kill-after-ms 2000 --keep
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type ApiProcess, startApiProcess } from '../support/api-process.js';
import { checkDatabase } from './checks.js';
import { cooperativesMix } from './cooperatives.mix.js';
import { creditFundMix } from './credit-fund.mix.js';
import { governanceMix } from './governance.mix.js';
import { execute, refusals, retryInFlight } from './http.js';
import { Journal, type KindFigures, type MixEntry, newFigures, type Step } from './journal.js';
import { childrenNamed, type Kill, KILLS, waitFor } from './kills.js';
import { membershipMix } from './membership.mix.js';
import { formatReport } from './report.js';
import { shareCapitalMix } from './share-capital.mix.js';
import { surplusMix } from './surplus.mix.js';
import { deliveredAfterKills, watchWebhooks, type WebhookFigures, type WebhookWatch } from './webhooks.js';
import { ADMIN, buildWorld, prepareStage, type World } from './world.js';

const { values: args } = parseArgs({
  options: {
    writers: { type: 'string', default: '8' },
    'kill-after-ms': { type: 'string', default: '2000' },
    keep: { type: 'boolean', default: false },
  },
});
const WRITERS = Number(args.writers);
const KILL_AFTER_MS = Number(args['kill-after-ms']);
/** After one of two workers is killed, the other must go on acknowledging writes within this window. */
const SURVIVOR_WINDOW_MS = 2000;
/** After the kills, how long every event may take to reach the webhook receiver (a cut lease runs out in 18 s). */
const WEBHOOK_WAIT_MS = 90_000;

const started = Date.now();
const log = (message: string) =>
  console.log(`[crash-test +${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const journal = new Journal();

/** One step of the mix, drawn by weight; an entry whose pool is empty gives way to the others. */
function draw(mix: MixEntry[]): Step | undefined {
  const total = mix.reduce((sum, entry) => sum + entry.weight, 0);
  let roll = Math.random() * total;
  const first = mix.findIndex((entry) => (roll -= entry.weight) < 0);
  for (let i = 0; i < mix.length; i++) {
    const step = mix[(first + i) % mix.length].next();
    if (step) return step;
  }
  return undefined;
}

async function ready(api: ApiProcess): Promise<boolean> {
  return (await fetch(`${api.baseUrl}/health/ready`).catch(() => undefined))?.status === 200;
}

/** The load with its kill in the middle; for a kill the API heals from by itself, the load goes on through it. */
async function loadAndKill(api: ApiProcess, dataDir: string, kill: Kill, mix: MixEntry[], figures: KindFigures) {
  let stopping = false;
  const writers = Array.from({ length: WRITERS }, async () => {
    while (!stopping) {
      const step = draw(mix);
      if (!step) {
        await sleep(50);
        continue;
      }
      const status = await execute(api.baseUrl, journal, step, figures);
      if (status === undefined || status === 503) await sleep(200);
    }
  });
  await sleep(KILL_AFTER_MS);
  log(`${kill.kind}: SIGKILL after ${KILL_AFTER_MS} ms, ${figures.acknowledged} writes acknowledged`);
  if (kill.restarts) stopping = true;
  const killedAt = Date.now();
  await kill.kill(api, dataDir);
  if (!kill.restarts) {
    const before = figures.acknowledged;
    if (kill.kind === 'one-worker') {
      // The replacement takes seconds to boot: what is acknowledged meanwhile, the survivor served.
      await sleep(SURVIVOR_WINDOW_MS);
      figures.duringFault = figures.acknowledged - before;
      await waitFor(() => childrenNamed(api.pid, 'node').length === kill.workers, 30_000, 'a new worker');
    }
    await waitFor(() => ready(api), 90_000, 'the API to serve again');
    figures.healMs = Date.now() - killedAt;
    figures.duringFault ??= figures.acknowledged - before;
    await sleep(1500); // the load goes on after the heal
    stopping = true;
  }
  await Promise.all(writers);
}

const MODULES = ['cooperatives', 'auth', 'membership', 'share-capital', 'governance', 'credit-fund', 'surplus'];

/** Each load reaches every module. */
function coverageFailures(kill: Kill, figures: KindFigures): string[] {
  const failures = MODULES.filter((m) => !figures.byModule[m]).map(
    (m) => `${kill.kind}: no write of ${m} acknowledged in its load`,
  );
  if (kill.kind === 'one-worker' && !figures.duringFault) {
    failures.push(
      `one-worker: the surviving worker acknowledged no write in the ${SURVIVOR_WINDOW_MS} ms after the kill`,
    );
  }
  return failures;
}

/** Why the API answered a 5xx other than 503: the errors it logged (type and message), counted. */
function serverErrorsLogged(api: ApiProcess): string {
  const counts = new Map<string, number>();
  for (const line of api.stdout().split('\n')) {
    if (!line.includes('"request failed"')) continue;
    const { err } = JSON.parse(line) as { err?: { type?: string; message?: string } };
    const key = `${err?.type}: ${err?.message}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return `errors the API logged:\n${[...counts].map(([key, n]) => `  ${n}x ${key}`).join('\n')}`;
}

async function main(): Promise<number> {
  const begun = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'coop-crash-'));
  chmodSync(dataDir, 0o755);
  const env = (workers: number): Record<string, string> => ({
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    // The writers are few users and one admin writing as fast as they can: counted, never refused.
    RATE_LIMIT_PER_USER: '100000000',
    RATE_LIMIT_PER_ADDRESS: '100000000',
    JWT_ACCESS_TTL_SECONDS: '3600',
    WEB_CONCURRENCY: String(workers),
    // The receiver of webhooks.ts, in this process; short attempts so a lease cut by a kill runs out soon.
    WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    WEBHOOK_TIMEOUT_MS: '3000',
    WEBHOOK_POLL_MS: '200',
  });
  const start = (workers: number) => startApiProcess(env(workers), { readyTimeoutMs: 120_000 });
  log(`data folder ${dataDir}; ${WRITERS} concurrent writers; kills: ${KILLS.map((k) => k.kind).join(', ')}`);
  const rows: { kind: Kill['kind']; figures: KindFigures }[] = [];
  let webhooks: WebhookFigures | undefined;
  try {
    let world: World | undefined;
    let watch: WebhookWatch | undefined;
    let mix: MixEntry[] = [];
    for (const [stage, kill] of KILLS.entries()) {
      let api = await start(kill.workers);
      if (!world) {
        world = await buildWorld(api.baseUrl);
        watch = await watchWebhooks(api.baseUrl, world);
        mix = [world].flatMap((w) => [
          ...cooperativesMix(w),
          ...membershipMix(w),
          ...shareCapitalMix(w),
          ...governanceMix(w),
          ...creditFundMix(w),
          ...surplusMix(w),
        ]);
      }
      await prepareStage(api.baseUrl, world, stage);
      const figures = newFigures();
      const from = journal.acknowledged.length;
      await loadAndKill(api, dataDir, kill, mix, figures);
      if (kill.restarts) {
        const restarted = Date.now();
        api = await start(kill.workers);
        figures.restartMs = Date.now() - restarted;
      }
      await retryInFlight(api.baseUrl, journal, figures);
      await api.stop();
      if (Object.keys(figures.serverErrors).some((status) => status !== '503')) log(serverErrorsLogged(api));
      const outcome = await checkDatabase(dataDir, journal.acknowledged);
      figures.found = journal.acknowledged.slice(from).filter((a) => outcome.found.has(a.requestId)).length;
      journal.failures.push(...outcome.failures.map((f) => `after ${kill.kind}: ${f}`));
      for (const failure of outcome.failures.slice(0, 20)) log(`${kill.kind}: FAILED ${failure}`);
      log(
        `${kill.kind}: ${figures.acknowledged} acknowledged, ${figures.found} found; invariants:\n${outcome.invariantReport}`,
      );
      journal.failures.push(...coverageFailures(kill, figures));
      rows.push({ kind: kill.kind, figures });
    }
    if (world && watch) {
      const api = await start(1);
      webhooks = await deliveredAfterKills(api.baseUrl, world, watch, WEBHOOK_WAIT_MS);
      await api.stop();
      await watch.receiver.close();
      if (webhooks.missing.length > 0 || webhooks.badSignatures > 0) {
        journal.failures.push(
          `webhooks: ${webhooks.missing.length} events never delivered (${webhooks.missing.slice(0, 10).join(', ')}), ` +
            `${webhooks.badSignatures} deliveries with a bad signature`,
        );
      }
    }
  } finally {
    if (args.keep) log(`kept ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
  log(`figures:\n${formatReport(rows, refusals, Date.now() - begun)}`);
  if (webhooks) {
    log(
      `webhooks: ${webhooks.delivered} of ${webhooks.events} events since the endpoint was made delivered, signed, ` +
        `after the four kills (${webhooks.repeated} delivered again, at least once; ${webhooks.waitedMs} ms to the last)`,
    );
  }
  if (journal.failures.length > 0) {
    log(`FAILED:\n  - ${journal.failures.join('\n  - ')}`);
    return 1;
  }
  log(`passed: ${journal.acknowledged.length} acknowledged writes over ${rows.length} kinds of kill, all found`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
