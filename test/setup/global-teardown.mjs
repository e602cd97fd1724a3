import { rmSync } from 'node:fs';
import { withClient } from '../../dist/src/database/postgres-admin.js';

export default async function globalTeardown() {
  const adminUrl = process.env.COOP_TEST_ADMIN_URL;
  const template = process.env.COOP_TEST_TEMPLATE;
  if (adminUrl && template) {
    await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${template}`)).catch(() => undefined);
  }
  const embedded = globalThis.__COOP_TEST_PG__;
  if (embedded) {
    await embedded.postgres.stop();
    rmSync(embedded.dir, { recursive: true, force: true });
  }
}
