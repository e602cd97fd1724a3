import { loadConfig } from '../../src/config/app-config.js';
import { createApp } from '../../src/app.factory.js';
import { BootstrapService } from '../../src/auth/bootstrap.service.js';
import { systemContext } from '../../src/common/context/request-context.js';
import { createTestDatabase, dropTestDatabase, TEST_JWT_SECRET } from '../support/test-app.js';
import request from 'supertest';

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
    // Run the bootstrap by hand (before init) to see what it generated.
    const created = await app.get(BootstrapService).ensureSuperadmin(systemContext());
    await app.init();
    try {
      expect(created?.email).toBe('admin@coop.local');
      expect(created?.generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
      await request(app.getHttpServer())
        .post('/v1/auth/login')
        .send({ email: 'admin@coop.local', password: created!.generatedPassword })
        .expect(200);
    } finally {
      await app.close();
      await dropTestDatabase(databaseUrl);
    }
  });
});
