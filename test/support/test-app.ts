/**
 * One isolated app per spec file: a database cloned from the migrated template, the real AppModule on it, and
 * supertest. Call `close()` in afterAll; it drops the database. `startTwinApps()` puts two apps on one database.
 */
import { randomBytes } from 'node:crypto';
import type { ModuleMetadata } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import { APP_OPTIONS, configureApp, createApp } from '../../src/app.factory.js';
import { AppModule } from '../../src/app.module.js';
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
  // On a loaded machine many files clone at once: retry for up to 45 s, with jitter so they do not collide again.
  const deadline = Date.now() + 45_000;
  for (;;) {
    try {
      await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
      return withDatabase(adminUrl, name);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
    }
  }
}

export async function dropTestDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  await withClient(process.env.COOP_TEST_ADMIN_URL!, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  );
}

/** `extraModules`: e.g. a @Global() module providing test implementations of ports. */
export async function startTestApp(
  overrides: TestOverrides = {},
  extraModules: NonNullable<ModuleMetadata['imports']> = [],
): Promise<TestApp> {
  const databaseUrl = await createTestDatabase();
  const app = await startAppOn(databaseUrl, overrides, extraModules);
  return {
    ...app,
    async close() {
      await app.close();
      await dropTestDatabase(databaseUrl);
    },
  };
}

/** An app on an existing database; `close()` closes the app only. */
export async function startAppOn(
  databaseUrl: string,
  overrides: TestOverrides = {},
  extraModules: NonNullable<ModuleMetadata['imports']> = [],
): Promise<TestApp> {
  const app = await createApp({ config: testConfig(overrides), databaseUrl, jwtSecret: TEST_JWT_SECRET }, extraModules);
  return withTestHelpers(app, databaseUrl, () => app.close());
}

/** Settings a test changes; `webhooks` field by field, over TEST_WEBHOOKS. */
export type TestOverrides = Partial<Omit<AppConfig, 'webhooks'>> & { webhooks?: Partial<AppConfig['webhooks']> };

/** Webhooks in tests: receivers on 127.0.0.1 (allow-listed, so http), a short poll, the standard retry schedule. */
export const TEST_WEBHOOKS: AppConfig['webhooks'] = {
  ...loadConfig({}).webhooks,
  allowedHosts: ['127.0.0.1'],
  pollMs: 200,
};

/** Quiet logs, the test superadmin, rate limits no test reaches by accident, and the test webhook settings. */
function testConfig(overrides: TestOverrides = {}): AppConfig {
  return {
    ...loadConfig({ LOG_LEVEL: 'silent', ADMIN_EMAIL: SUPERADMIN.email, ADMIN_PASSWORD: SUPERADMIN.password }),
    loginRateLimitPerMinute: 1000,
    rateLimits: { windowSeconds: 60, perUser: 1_000_000, perApiKey: 1_000_000, perAddress: 1_000_000 },
    // No overdue check on a timer: a test calls LoanOverdueJob.check(asOf) with the day it means.
    loanOverdueCheckMs: 0,
    ...overrides,
    webhooks: { ...TEST_WEBHOOKS, ...overrides.webhooks },
  };
}

async function withTestHelpers(
  app: NestExpressApplication,
  databaseUrl: string,
  close: () => Promise<void>,
): Promise<TestApp> {
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    http: () => request(server),
    databaseUrl,
    query: (sql, params) => withClient(databaseUrl, async (client) => (await client.query(sql, params)).rows),
    close,
  };
}

/**
 * Two API instances on one cloned database, as two processes behind a load balancer would be: separate pools, no
 * shared memory. They boot concurrently (the first-run superadmin must still be created once). `close()` closes
 * both and drops the database.
 */
export interface TwinApps {
  apps: [TestApp, TestApp];
  databaseUrl: string;
  query: TestApp['query'];
  close(): Promise<void>;
}

export async function startTwinApps(overrides: TestOverrides = {}): Promise<TwinApps> {
  const databaseUrl = await createTestDatabase();
  const apps = await Promise.all([startAppOn(databaseUrl, overrides), startAppOn(databaseUrl, overrides)]);
  return {
    apps,
    databaseUrl,
    query: apps[0].query,
    async close() {
      await Promise.all(apps.map((a) => a.close()));
      await dropTestDatabase(databaseUrl);
    },
  };
}

/**
 * The real app on a fresh database with some providers replaced, e.g. stand-ins for a module's ports:
 *   startTestAppWith((b) => b.overrideProvider(TOKEN).useValue(fake))
 * `imports`: extra modules the stand-ins need.
 */
export async function startTestAppWith(
  customize: (builder: TestingModuleBuilder) => TestingModuleBuilder,
  imports: NonNullable<ModuleMetadata['imports']> = [],
): Promise<TestApp> {
  const databaseUrl = await createTestDatabase();
  const config = testConfig();
  const settings = { config, databaseUrl, jwtSecret: TEST_JWT_SECRET };
  const moduleRef = await customize(
    Test.createTestingModule({ imports: [AppModule.forRoot(settings), ...imports] }),
  ).compile();
  const app = configureApp(moduleRef.createNestApplication<NestExpressApplication>(APP_OPTIONS), settings);
  return withTestHelpers(app, databaseUrl, async () => {
    await app.close();
    await dropTestDatabase(databaseUrl);
  });
}
