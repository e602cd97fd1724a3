/**
 * WEB_CONCURRENCY: the built server (`node dist/src/main.js`) with two workers on one database: the main process
 * and two workers run, the workers answer, the first run creates one superadmin, the main process delivers the
 * webhooks (src/delivery-process.ts), and SIGTERM stops every process.
 * (Two instances on one database racing for the same rows: test/reliability/races.e2e-spec.ts.)
 */
import { jest } from '@jest/globals';
import { Webhook } from 'standardwebhooks';
import { ApiProcess, processTree, procStat } from '../../scripts/bench/api-process.js';
import { startReceiver, until } from '../../scripts/support/webhook-receiver.js';
import { withClient } from '../../src/database/postgres-admin.js';
import { DELIVERY_APPLICATION_NAME } from '../../src/delivery-process.js';
import { createTestDatabase, dropTestDatabase } from '../support/test-app.js';

const query = <T>(url: string, sql: string) => withClient(url, async (client) => (await client.query(sql)).rows as T[]);

jest.setTimeout(120_000);

describe('WEB_CONCURRENCY=2', () => {
  let databaseUrl: string;
  let api: ApiProcess;

  beforeAll(async () => {
    databaseUrl = await createTestDatabase();
    api = new ApiProcess({
      DATABASE_URL: databaseUrl,
      WEB_CONCURRENCY: '2',
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL: 'root@workers.example.org',
      ADMIN_PASSWORD: 'workers-admin-password',
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    });
    await api.start();
  });
  afterAll(async () => {
    await api?.stop();
    await dropTestDatabase(databaseUrl);
  });

  it('runs the main process and two workers, which answer with the one first-run superadmin', async () => {
    expect(processTree(api.pid!)).toHaveLength(3);
    const logins = await Promise.all(
      Array.from({ length: 4 }, () =>
        fetch(`${api.baseUrl}/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', connection: 'close' },
          body: JSON.stringify({ email: 'root@workers.example.org', password: 'workers-admin-password' }),
        }),
      ),
    );
    expect(logins.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    const [{ n }] = await query<{ n: string }>(databaseUrl, 'SELECT count(*) AS n FROM users WHERE is_superadmin');
    expect(n).toBe('1');
  });

  it('delivers webhooks from the main process: they arrive while both workers are stopped', async () => {
    const receiver = await startReceiver();
    const call = async (method: string, path: string, token: string | null, body?: unknown) => {
      const response = await fetch(`${api.baseUrl}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await response.json()) as Record<string, string>;
    };
    try {
      const login = { email: 'root@workers.example.org', password: 'workers-admin-password' };
      const token = (await call('POST', '/v1/auth/login', null, login)).accessToken;
      const coop = (await call('POST', '/v1/cooperatives', token, { name: 'Workers Coop' })).id;
      const endpoints = `/v1/cooperatives/${coop}/webhook-endpoints`;
      const endpoint = await call('POST', endpoints, token, { url: receiver.url, eventTypes: ['bylaws.updated'] });
      await call('PATCH', `/v1/cooperatives/${coop}/bylaws`, token, { quorumPercent: '60' });
      // The main process's delivery worker is connected (it starts beside the workers, not after them).
      await until(
        async () =>
          (
            await query<{ n: string }>(
              databaseUrl,
              `SELECT count(*) AS n FROM pg_stat_activity
                WHERE datname = current_database() AND application_name = '${DELIVERY_APPLICATION_NAME}'`,
            )
          )[0].n !== '0',
        { what: 'the main process’s delivery worker' },
      );
      // The change is committed; now no worker can run anything: what arrives was sent by the main process.
      const workers = processTree(api.pid!).filter((pid) => pid !== api.pid && procStat(pid)[1] === String(api.pid));
      expect(workers).toHaveLength(2);
      workers.forEach((pid) => process.kill(pid, 'SIGSTOP'));
      try {
        await until(() => receiver.received.length >= 1, { what: 'the delivery', timeoutMs: 15_000 });
      } finally {
        workers.forEach((pid) => process.kill(pid, 'SIGCONT'));
      }
      expect(receiver.received.map((r) => r.payload.type)).toEqual(['bylaws.updated']);
      expect(new Webhook(endpoint.secret).verify(receiver.received[0].body, receiver.received[0].signed)).toEqual(
        receiver.received[0].payload,
      );
    } finally {
      await receiver.close();
    }
  });

  it('stops every process on SIGTERM', async () => {
    const pids = processTree(api.pid!);
    await api.stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(pids.filter(alive)).toEqual([]);
  });
});

/** Running (a zombie left for the system to reap has stopped). */
function alive(pid: number): boolean {
  try {
    return procStat(pid)[0] !== 'Z';
  } catch {
    return false;
  }
}
