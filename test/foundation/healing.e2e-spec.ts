/**
 * The API heals after crashes (issue 15, items 1 and 2), with the built server (`node dist/src/main.js`) on its own
 * embedded PostgreSQL in a temporary DATA_DIR, one story from start to end:
 * - kill -9 of the API alone: its watchdog stops the embedded PostgreSQL it leaves behind;
 * - an orphan left without a watchdog is recognised at the next start and stopped, and that start succeeds;
 * - a postmaster.pid naming a live process that is not this cluster's PostgreSQL (here: another cluster's
 *   postmaster) is a stale lock: removed, and that other PostgreSQL is never touched;
 * - kill -9 of the postmaster under a running API: 503 SERVICE_UNAVAILABLE with Retry-After (never a 500) until the
 *   API has started the database again itself, then 2xx, from the same API process;
 * - when it cannot be started again within EMBEDDED_DB_RESTART_GRACE_SECONDS, the API exits 1.
 * And with DATABASE_URL, the app's pool reconnects when the server is back.
 */
import { jest } from '@jest/globals';
import { appendFileSync, chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiProcess, startApiProcess } from '../../scripts/support/api-process.js';
import { DATABASE_NAME } from '../../src/database/boot.js';
import { type RunningPostgres, startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { alive, processInfo } from '../../src/database/leftover-postmaster.js';
import { runMigrations } from '../../src/database/migrate.js';
import { ensureDatabase, withClient } from '../../src/database/postgres-admin.js';
import { SUPERADMIN, startAppOn, type TestApp } from '../support/test-app.js';

jest.setTimeout(240_000);

const ADMIN = { email: 'healing-admin@test.local', password: 'healing-admin-password' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await sleep(50);
  }
  return condition();
}

function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

/** Processes whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): { pid: number; args: string[] }[] {
  const found: { pid: number; args: string[] }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const info = processInfo(Number(entry));
    if (info?.ppid === pid) found.push({ pid: Number(entry), args: info.args });
  }
  return found;
}

interface Reply {
  status: number;
  contentType: string | null;
  retryAfter: string | null;
  code?: string;
}

async function send(api: ApiProcess, path: string, init: RequestInit = {}): Promise<Reply> {
  const res = await fetch(api.baseUrl + path, init);
  const body = (await res.json().catch(() => ({}))) as { code?: string };
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    retryAfter: res.headers.get('retry-after'),
    code: body.code,
  };
}

async function login(api: ApiProcess): Promise<string> {
  const res = await fetch(`${api.baseUrl}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

const createCooperative = (api: ApiProcess, token: string, name: string) =>
  send(api, '/v1/cooperatives', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });

(process.platform === 'linux' ? describe : describe.skip)('the embedded database after crashes', () => {
  const dir = scratchDir('coop-healing-');
  const dataDir = join(dir, 'data');
  const lockFile = join(dataDir, 'pg', 'postmaster.pid');
  const postmasterPid = () => Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  const env = (extra: Record<string, string> = {}) => ({
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'warn',
    ...extra,
  });
  const started: ApiProcess[] = [];
  const start = async (extra?: Record<string, string>) => {
    const api = await startApiProcess(env(extra), { readyTimeoutMs: 120_000 });
    started.push(api);
    return api;
  };
  let other: RunningPostgres | undefined;

  afterAll(async () => {
    for (const api of started) await api.kill().catch(() => undefined);
    await other?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('kill -9 of the API alone: its watchdog stops the embedded PostgreSQL it leaves behind', async () => {
    const api = await start();
    expect((await createCooperative(api, await login(api), 'Before the crashes')).status).toBe(201);
    const postmaster = postmasterPid();
    await api.killProcess();
    expect(await until(() => !alive(postmaster), 20_000)).toBe(true);
  });

  it('an orphan left without its watchdog is stopped at the next start, which succeeds', async () => {
    const first = await start();
    const postmaster = postmasterPid();
    const watchdogs = childrenOf(first.pid).filter((p) => p.args.includes('coop-postmaster-watchdog'));
    expect(watchdogs.map((w) => w.args.at(-1))).toEqual([String(postmaster)]);
    process.kill(watchdogs[0].pid, 'SIGKILL');
    await first.killProcess();
    await sleep(500);
    expect(alive(postmaster)).toBe(true); // the orphan, as an OOM kill of both would leave it

    const second = await start();
    expect(alive(postmaster)).toBe(false);
    expect(postmasterPid()).not.toBe(postmaster);
    expect(second.stdout()).toContain(`the embedded PostgreSQL (pid ${postmaster}) was left running by an API that died`);
    const res = await fetch(`${second.baseUrl}/v1/cooperatives`, {
      headers: { authorization: `Bearer ${await login(second)}` },
    });
    const names = ((await res.json()) as { items: { name: string }[] }).items.map((c) => c.name);
    expect(names).toContain('Before the crashes');
    expect(await second.stop()).toBe(0);
  });

  it('a lock naming a live process that is not its PostgreSQL is stale: removed, and that process is left alone', async () => {
    other = await startEmbeddedPostgres(join(dir, 'other'), { persistent: true });
    const lock = readFileSync(join(dir, 'other', 'pg', 'postmaster.pid'), 'utf8').split('\n');
    // This cluster's lock file as a container restart leaves it when the pid now belongs to someone else.
    writeFileSync(lockFile, [String(other.pid()), join(dataDir, 'pg'), ...lock.slice(2)].join('\n'));

    const api = await start();
    expect(api.stdout()).toContain(`names pid ${other.pid()}, which is not its PostgreSQL: stale lock removed`);
    expect(alive(other.pid())).toBe(true);
    const rows = await withClient(other.adminUrl, async (client) => (await client.query('SELECT 1 AS one')).rows);
    expect(rows).toEqual([{ one: 1 }]);
    expect(await api.stop()).toBe(0);
  });

  it('kill -9 of the postmaster: 503 with Retry-After, never a 500, until the API has started it again itself', async () => {
    const api = await start();
    const token = await login(api);
    const killedAt = Date.now();
    process.kill(postmasterPid(), 'SIGKILL');
    const replies: Reply[] = [];
    let healedAt: number | undefined;
    for (let i = 0; healedAt === undefined && Date.now() - killedAt < 60_000; i++) {
      const reply = await createCooperative(api, token, `During the outage ${i}`);
      replies.push(reply);
      if (reply.status === 201) healedAt = Date.now();
      else await sleep(50);
    }
    const outage = replies.filter((r) => r.status !== 201);
    expect(healedAt).toBeDefined();
    expect(outage.length).toBeGreaterThan(0);
    expect(new Set(outage.map((r) => `${r.status} ${r.code} ${r.retryAfter} ${r.contentType}`))).toEqual(
      new Set(['503 SERVICE_UNAVAILABLE 5 application/problem+json; charset=utf-8']),
    );
    expect((await send(api, '/health')).status).toBe(200);
    expect(api.stdout()).toMatch(/the embedded PostgreSQL is back \(pid \d+\), \d+ ms after it died/);
    console.log(`healing: ${healedAt! - killedAt} ms from kill -9 of the postmaster to the first 201, ${outage.length} 503s`);
    expect(await api.stop()).toBe(0);
  });

  it('exits 1 when the database cannot be started again within the grace period', async () => {
    const api = await start({ EMBEDDED_DB_RESTART_GRACE_SECONDS: '3' });
    // Read at the next start only: the running server is unaffected, a restart fails.
    appendFileSync(join(dataDir, 'pg', 'postgresql.conf'), '\nthis line is not a setting\n');
    process.kill(postmasterPid(), 'SIGKILL');
    expect(await api.exited).toBe(1);
    expect(api.stderr()).toContain('could not be started again within 3000 ms');
  });
});

describe('with DATABASE_URL, when the server goes away and comes back', () => {
  const dir = scratchDir('coop-healing-url-');
  let server: RunningPostgres;
  let app: TestApp;

  beforeAll(async () => {
    // A server this test can kill: its own embedded PostgreSQL, restarted by its supervision (as systemd would).
    server = await startEmbeddedPostgres(join(dir, 'server'), {
      persistent: true,
      supervise: { graceMs: 60_000, onGiveUp: () => undefined },
    });
    await ensureDatabase(server.adminUrl, DATABASE_NAME);
    await runMigrations(server.urlFor(DATABASE_NAME));
    app = await startAppOn(server.urlFor(DATABASE_NAME));
  });
  afterAll(async () => {
    await app?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 with Retry-After while it is gone, then the pool reconnects', async () => {
    const login = await app.http().post('/v1/auth/login').send(SUPERADMIN).expect(200);
    const token = login.body.accessToken as string;
    process.kill(server.pid(), 'SIGKILL');
    const statuses: string[] = [];
    const deadline = Date.now() + 60_000;
    for (;;) {
      const res = await app.http().get('/v1/cooperatives').auth(token, { type: 'bearer' });
      if (res.status === 200) break;
      statuses.push(`${res.status} ${res.body.code} ${res.headers['retry-after']}`);
      if (Date.now() > deadline) throw new Error(`not back after 60 s: ${statuses.slice(-3).join(', ')}`);
      await sleep(50);
    }
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['503 SERVICE_UNAVAILABLE 5']));
  });
});
