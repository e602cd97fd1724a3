/**
 * One isolated app per spec file: a database cloned from the migrated template, the real AppModule on it, and
 * supertest. Call `close()` in afterAll; it drops the database.
 */
import { randomBytes } from 'node:crypto';
import type { ModuleMetadata } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { type AppConfig, loadConfig } from '../../src/config/app-config.js';
import { withClient, withDatabase } from '../../src/database/postgres-admin.js';

export const SUPERADMIN = { email: 'root@test.local', password: 'root-password-123' };
export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

export interface TestApp {
  app: NestExpressApplication;
  http: () => ReturnType<typeof request>;
  databaseUrl: string;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function createTestDatabase(): Promise<string> {
  const adminUrl = process.env.COOP_TEST_ADMIN_URL!;
  const template = process.env.COOP_TEST_TEMPLATE!;
  const name = `coop_test_${randomBytes(6).toString('hex')}`;
  // Cloning needs the template to be idle; another spec file cloning at the same moment makes it busy briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
      return withDatabase(adminUrl, name);
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + attempt * 50));
    }
  }
}

export async function dropTestDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  await withClient(process.env.COOP_TEST_ADMIN_URL!, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  );
}

/** `extraModules`: e.g. a @Global() module providing test implementations of ports (test/support/surplus-ports.ts). */
export async function startTestApp(
  overrides: Partial<AppConfig> = {},
  extraModules: NonNullable<ModuleMetadata['imports']> = [],
): Promise<TestApp> {
  const databaseUrl = await createTestDatabase();
  const config: AppConfig = {
    ...loadConfig({ LOG_LEVEL: 'silent', ADMIN_EMAIL: SUPERADMIN.email, ADMIN_PASSWORD: SUPERADMIN.password }),
    loginRateLimitPerMinute: 1000,
    ...overrides,
  };
  const app = await createApp({ config, databaseUrl, jwtSecret: TEST_JWT_SECRET }, extraModules);
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    http: () => request(server),
    databaseUrl,
    query: (sql, params) => withClient(databaseUrl, async (client) => (await client.query(sql, params)).rows),
    async close() {
      await app.close();
      await dropTestDatabase(databaseUrl);
    },
  };
}
