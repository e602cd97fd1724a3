/**
 * `npm run test:crash`: kill -9 during a write load, then prove nothing acknowledged was lost and nothing was left
 * half-done (QUALITY.md, Reliability).
 *
 * The API runs as a child process on a fresh embedded database (a temporary DATA_DIR). Workers write over HTTP:
 * cooperatives and users with Idempotency-Keys, role grants, bylaws changes; every 2xx is recorded as acknowledged.
 * Mid-load the API's process group gets SIGKILL (the embedded PostgreSQL dies with it, as in a power cut of the
 * container). Then the API restarts on the same folder and the script checks that
 * - every acknowledged write is there (cooperatives, users and their roles, bylaws at least at the acknowledged
 *   version);
 * - retrying each request that was in flight, with its Idempotency-Key, gives exactly one effect;
 * - every invariant holds (src/invariants: e.g. each cooperative has its bylaws and its audit entry, each role grant
 *   its audit entry, no Idempotency-Key record without its response).
 * It repeats for `--cycles N` (default 2) and exits 1 on any failure.
 *
 *   npm run test:crash -- --cycles 3 --workers 8 --keep
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATABASE_NAME } from '../src/database/boot.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { withClient } from '../src/database/postgres-admin.js';
import { checkInvariants, formatInvariantReport, holds } from '../src/invariants/invariants.js';
import { type ApiProcess, startApiProcess } from './support/api-process.js';

const { values: args } = parseArgs({
  options: {
    cycles: { type: 'string', default: '2' },
    workers: { type: 'string', default: '8' },
    keep: { type: 'boolean', default: false },
  },
});
const CYCLES = Number(args.cycles);
const WORKERS = Number(args.workers);
const ADMIN = { email: 'crash-admin@test.local', password: 'crash-admin-password-123' };
const ROLES = ['secretary', 'treasurer', 'board', 'credit_committee', 'member'] as const;

type Json = Record<string, unknown>;
const text = (body: Json | null, key: string) => String(body?.[key]);

interface Sent {
  method: string;
  path: string;
  body: unknown;
  key?: string;
}

/** What the API acknowledged (a 2xx reached us), and what was in flight when it died. */
const acknowledged = {
  cooperatives: new Map<string, { name: string }>(),
  users: new Map<string, { cooperativeId: string; email: string; roles: Set<string> }>(),
  bylaws: new Map<string, { version: number; quorumPercent: string }>(),
};
let inFlight: Sent[] = [];
const failures: string[] = [];
const stats = { writes: 0, acknowledged: 0, inFlight: 0, retried: 0, restartsMs: [] as number[] };

const log = (message: string) => console.log(`[crash-test] ${message}`);
const pick = <T>(items: T[]): T | undefined => items[Math.floor(Math.random() * items.length)];

async function call(api: ApiProcess, token: string, sent: Sent) {
  const res = await fetch(api.baseUrl + sent.path, {
    method: sent.method,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      ...(sent.key ? { 'idempotency-key': sent.key } : {}),
    },
    body: sent.body === undefined ? undefined : JSON.stringify(sent.body),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as Json | null };
}

async function login(api: ApiProcess): Promise<string> {
  const res = await fetch(`${api.baseUrl}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** One write, chosen among what exists already; records the acknowledgement or the request left in flight. */
async function writeOnce(api: ApiProcess, token: string): Promise<void> {
  const cooperatives = [...acknowledged.cooperatives.keys()];
  const users = [...acknowledged.users.entries()];
  const roll = Math.random();
  let sent: Sent;
  let onAck: (body: Json) => void;
  if (cooperatives.length < 3 || roll < 0.3) {
    const key = randomUUID();
    const name = `Crash Coop ${key}`;
    sent = { method: 'POST', path: '/v1/cooperatives', key, body: { name, bylaws: { shareParValue: '25' } } };
    onAck = (body) => acknowledged.cooperatives.set(text(body, 'id'), { name });
  } else if (users.length < 3 || roll < 0.55) {
    const cooperativeId = pick(cooperatives)!;
    const key = randomUUID();
    const email = `user-${key}@crash.local`;
    const roles = [pick([...ROLES])!];
    sent = {
      method: 'POST',
      path: `/v1/cooperatives/${cooperativeId}/users`,
      key,
      body: { email, password: 'crash-user-password', roles },
    };
    onAck = (body) => acknowledged.users.set(text(body, 'userId'), { cooperativeId, email, roles: new Set(roles) });
  } else if (roll < 0.8) {
    const [userId, user] = pick(users)!;
    const role = pick([...ROLES])!;
    sent = {
      method: 'PUT',
      path: `/v1/cooperatives/${user.cooperativeId}/users/${userId}/roles/${role}`,
      body: undefined,
    };
    onAck = () => user.roles.add(role);
  } else {
    const cooperativeId = pick(cooperatives)!;
    const quorumPercent = String(10 + Math.floor(Math.random() * 80));
    sent = { method: 'PATCH', path: `/v1/cooperatives/${cooperativeId}/bylaws`, body: { quorumPercent } };
    onAck = (body) => {
      const known = acknowledged.bylaws.get(cooperativeId);
      const version = Number(body.version);
      if (!known || version >= known.version) acknowledged.bylaws.set(cooperativeId, { version, quorumPercent });
    };
  }
  stats.writes++;
  try {
    const res = await call(api, token, sent);
    if (res.status >= 200 && res.status < 300 && res.body) {
      onAck(res.body);
      stats.acknowledged++;
    } else if (res.status >= 500) {
      failures.push(`${sent.method} ${sent.path} answered ${res.status} under load: ${JSON.stringify(res.body)}`);
    }
  } catch {
    // The connection died with the API: the outcome is unknown. Idempotent writes are retried after the restart.
    stats.inFlight++;
    if (sent.key) inFlight.push(sent);
  }
}

async function load(api: ApiProcess, token: string, killAfterMs: number): Promise<void> {
  let stopping = false;
  const workers = Array.from({ length: WORKERS }, async () => {
    while (!stopping) await writeOnce(api, token);
  });
  await new Promise((resolve) => setTimeout(resolve, killAfterMs));
  stopping = true;
  log(
    `SIGKILL to the API (pid group ${api.pid}) after ${killAfterMs} ms, ${stats.acknowledged} writes acknowledged so far`,
  );
  await api.kill();
  await Promise.all(workers);
}

async function verify(api: ApiProcess, token: string): Promise<void> {
  for (const [id, cooperative] of acknowledged.cooperatives) {
    const res = await call(api, token, { method: 'GET', path: `/v1/cooperatives/${id}`, body: undefined });
    if (res.status !== 200 || res.body?.name !== cooperative.name) {
      failures.push(`acknowledged cooperative ${id} is missing or changed: ${res.status} ${JSON.stringify(res.body)}`);
    }
  }
  const byCooperative = new Map<string, string[]>();
  for (const [userId, user] of acknowledged.users) {
    byCooperative.set(user.cooperativeId, [...(byCooperative.get(user.cooperativeId) ?? []), userId]);
  }
  for (const [cooperativeId, userIds] of byCooperative) {
    const res = await call(api, token, {
      method: 'GET',
      path: `/v1/cooperatives/${cooperativeId}/users`,
      body: undefined,
    });
    if (res.status !== 200 || !Array.isArray(res.body)) {
      failures.push(
        `the users of cooperative ${cooperativeId} cannot be listed: ${res.status} ${JSON.stringify(res.body)}`,
      );
      continue;
    }
    const listed = new Map(
      (res.body as unknown as { userId: string; roles: string[] }[]).map((u) => [u.userId, u.roles]),
    );
    for (const userId of userIds) {
      const roles = listed.get(userId);
      const missing = [...acknowledged.users.get(userId)!.roles].filter((role) => !roles?.includes(role));
      if (!roles || missing.length > 0) failures.push(`acknowledged user ${userId} lost roles ${missing.join(', ')}`);
    }
  }
  for (const [cooperativeId, bylaws] of acknowledged.bylaws) {
    const res = await call(api, token, {
      method: 'GET',
      path: `/v1/cooperatives/${cooperativeId}/bylaws`,
      body: undefined,
    });
    const version = Number(res.body?.version);
    if (!(version >= bylaws.version)) {
      failures.push(`bylaws of ${cooperativeId} at version ${version}, acknowledged ${bylaws.version}`);
    } else if (version === bylaws.version && res.body?.quorumPercent !== bylaws.quorumPercent) {
      failures.push(
        `bylaws of ${cooperativeId} v${version}: quorum ${text(res.body, 'quorumPercent')}, acknowledged ${bylaws.quorumPercent}`,
      );
    }
  }
  // A request whose answer was lost is retried with its key: it is applied once, or replayed.
  for (const sent of inFlight) {
    const res = await call(api, token, sent);
    stats.retried++;
    if (res.status !== 201 || !res.body) {
      failures.push(
        `retrying ${sent.method} ${sent.path} (key ${sent.key}) answered ${res.status} ${JSON.stringify(res.body)}`,
      );
    } else if (sent.path === '/v1/cooperatives') {
      acknowledged.cooperatives.set(text(res.body, 'id'), { name: (sent.body as { name: string }).name });
    }
  }
  inFlight = [];
}

/** With the API stopped: the database directly, for duplicates and the invariants. */
async function checkDatabase(dataDir: string): Promise<void> {
  const postgres = await startEmbeddedPostgres(dataDir);
  try {
    const url = postgres.urlFor(DATABASE_NAME);
    const duplicates = await withClient(
      url,
      async (client) =>
        (
          await client.query<{ name: string; n: string }>(
            `SELECT name, count(*) AS n FROM cooperatives WHERE name LIKE 'Crash Coop %' GROUP BY name HAVING count(*) > 1`,
          )
        ).rows,
    );
    for (const d of duplicates)
      failures.push(`"${d.name}" exists ${d.n} times: a retried Idempotency-Key applied twice`);
    const results = await checkInvariants(url);
    log(`invariants:\n${formatInvariantReport(results)}`);
    if (!results.every(holds)) failures.push('invariants broken (see the report above)');
  } finally {
    await postgres.stop();
  }
}

async function main(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'coop-crash-'));
  chmodSync(dataDir, 0o755);
  const env: Record<string, string | undefined> = {
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
  };
  log(`data folder ${dataDir}; ${CYCLES} crash cycles, ${WORKERS} concurrent writers`);
  try {
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const started = Date.now();
      const api = await startApiProcess(env, { readyTimeoutMs: 120_000 });
      if (cycle > 1) stats.restartsMs.push(Date.now() - started);
      const token = await login(api);
      if (cycle > 1) await verify(api, token);
      await load(api, token, 1200 + Math.floor(Math.random() * 1500));
    }
    const started = Date.now();
    const api = await startApiProcess(env, { readyTimeoutMs: 120_000 });
    stats.restartsMs.push(Date.now() - started);
    await verify(api, await login(api));
    await api.stop();
    await checkDatabase(dataDir);
  } finally {
    if (args.keep) log(`kept ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
  log(
    `${stats.writes} writes sent, ${stats.acknowledged} acknowledged, ${stats.inFlight} cut off by ` +
      `SIGKILL (${stats.retried} retried with their Idempotency-Key); restarts took ${stats.restartsMs.join(', ')} ms ` +
      `to the first ready answer`,
  );
  if (failures.length > 0) {
    log(`FAILED:\n  - ${failures.join('\n  - ')}`);
    return 1;
  }
  log(`passed: ${acknowledged.cooperatives.size} cooperatives, ${acknowledged.users.size} users verified`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
