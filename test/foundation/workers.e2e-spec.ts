/**
 * WEB_CONCURRENCY: the built server (`node dist/src/main.js`) with two workers on one database: the main process
 * and two workers run, the workers answer, the first run creates one superadmin, and SIGTERM stops every process.
 * (Two instances on one database racing for the same rows: test/reliability/races.e2e-spec.ts.)
 */
import { jest } from '@jest/globals';
import { ApiProcess, processTree, procStat } from '../../scripts/bench/api-process.js';
import { withClient } from '../../src/database/postgres-admin.js';
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
