/**
 * Once per test run: start an embedded PostgreSQL in a fresh 0755 folder of the OS temp dir (or use
 * TEST_DATABASE_URL), migrate a template database, and tell the spec files where it is. Each spec file then clones
 * its own database from the template (test/support/test-app.ts).
 * Jest loads this file with Node's own loader, so it uses the compiled code (`npm test` builds first).
 */
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../dist/src/database/embedded-postgres.js';
import { runMigrations } from '../../dist/src/database/migrate.js';
import { withClient, withDatabase } from '../../dist/src/database/postgres-admin.js';

export default async function globalSetup() {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'coop-test-'));
    chmodSync(dir, 0o755);
    const postgres = await startEmbeddedPostgres(dir, { persistent: false });
    globalThis.__COOP_TEST_PG__ = { postgres, dir };
    adminUrl = postgres.adminUrl;
  }
  const template = `coop_template_${process.pid}`;
  await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${template}`);
    await client.query(`CREATE DATABASE ${template}`);
  });
  await runMigrations(withDatabase(adminUrl, template));
  process.env.COOP_TEST_ADMIN_URL = adminUrl;
  process.env.COOP_TEST_TEMPLATE = template;
}
