import { jest } from '@jest/globals';
import { startApiProcess } from '../../scripts/support/api-process.js';
import { loadConfig } from '../../src/config/app-config.js';
import { createApp } from '../../src/app.factory.js';
import { BootstrapService } from '../../src/auth/bootstrap.service.js';
import { systemContext } from '../../src/common/context/request-context.js';
import { createTestDatabase, dropTestDatabase, TEST_JWT_SECRET } from '../support/test-app.js';
import request from 'supertest';

// Two child processes in the last test take their time on a loaded machine.
jest.setTimeout(120_000);

describe('first run', () => {
  it('creates the superadmin from ADMIN_EMAIL/ADMIN_PASSWORD once, and only when there is no user', async () => {
    const databaseUrl = await createTestDatabase();
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      ADMIN_EMAIL: 'Chair@Example.org',
      ADMIN_PASSWORD: 'first-password-123',
    });
    const app = await createApp({ config, databaseUrl, jwtSecret: TEST_JWT_SECRET });
    await app.init();
    try {
      const login = await request(app.getHttpServer())
        .post('/v1/auth/login')
        .send({ email: 'chair@example.org', password: 'first-password-123' })
        .expect(200);
      const me = await request(app.getHttpServer())
        .get('/v1/me')
        .auth(login.body.accessToken, { type: 'bearer' })
        .expect(200);
      expect(me.body).toMatchObject({ email: 'chair@example.org', isSuperadmin: true });
      expect(await app.get(BootstrapService).ensureSuperadmin(systemContext())).toBeNull();
    } finally {
      await app.close();
      await dropTestDatabase(databaseUrl);
    }
  });

  it('generates a strong password when none is configured, and it works', async () => {
    const databaseUrl = await createTestDatabase();
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const app = await createApp({ config, databaseUrl, jwtSecret: TEST_JWT_SECRET });
    // Run the bootstrap by hand (before init) to see what it generated, and what it printed on the terminal.
    const terminal = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const created = await app.get(BootstrapService).ensureSuperadmin(systemContext());
    const printed = terminal.mock.calls.map(([text]) => String(text));
    terminal.mockRestore();
    await app.init();
    try {
      expect(created?.email).toBe('admin@coop.local');
      expect(created?.generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(printed.filter((text) => text.includes(created!.generatedPassword!))).toHaveLength(1);
      await request(app.getHttpServer())
        .post('/v1/auth/login')
        .send({ email: 'admin@coop.local', password: created!.generatedPassword })
        .expect(200);
    } finally {
      await app.close();
      await dropTestDatabase(databaseUrl);
    }
  });

  it('shows a generated password once on the terminal (stderr), never in the JSON log stream', async () => {
    const databaseUrl = await createTestDatabase();
    // Every log line at the most verbose level, and no ADMIN_* from the caller's environment.
    const env = { DATABASE_URL: databaseUrl, LOG_LEVEL: 'trace', ADMIN_EMAIL: '', ADMIN_PASSWORD: '' };
    const first = await startApiProcess(env);
    try {
      const shown =
        /created the superadmin admin@coop\.local with the password ([A-Za-z0-9_-]{24}) \(shown only once\)/.exec(
          first.stderr(),
        );
      expect(shown).not.toBeNull();
      const password = shown![1];
      const login = await fetch(`${first.baseUrl}/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@coop.local', password }),
      });
      expect(login.status).toBe(200);
      const logLines = first.stdout().split('\n').filter(Boolean);
      // The log is there (and says where the password went), only without the password.
      expect(logLines.some((line) => line.includes('printed once on the terminal (standard error)'))).toBe(true);
      expect(logLines.filter((line) => line.includes(password))).toEqual([]);
      expect(first.stderr().split(password)).toHaveLength(2);
    } finally {
      await first.stop();
    }
    // The next start creates nothing and shows nothing.
    const second = await startApiProcess(env);
    try {
      expect(second.stderr()).not.toContain('First run');
      expect(second.stdout()).not.toContain('First run');
    } finally {
      await second.stop();
      await dropTestDatabase(databaseUrl);
    }
  });
});
