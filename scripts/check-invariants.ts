/**
 * `npm run check:invariants`: runs every module's invariant queries (src/invariants/invariants.ts) on a database and
 * prints a report; exits 1 when one is broken. The database is DATABASE_URL, or, like `npm start`, the embedded one
 * in DATA_DIR (then stop the server first: one embedded PostgreSQL per folder). It never writes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../src/config/app-config.js';
import { DATABASE_NAME } from '../src/database/boot.js';
import {
  DataDirUnreachableError,
  EmbeddedPostgresMissingError,
  startEmbeddedPostgres,
} from '../src/database/embedded-postgres.js';
import { checkInvariants, formatInvariantReport, holds } from '../src/invariants/invariants.js';

async function main(): Promise<number> {
  const config = loadConfig(process.env);
  let databaseUrl = config.databaseUrl;
  let stop = () => Promise.resolve();
  if (!databaseUrl) {
    if (!existsSync(join(config.dataDir, 'pg', 'PG_VERSION'))) {
      console.error(`No database in DATA_DIR ${config.dataDir} (and DATABASE_URL is unset): nothing to check.`);
      return 1;
    }
    const embedded = await startEmbeddedPostgres(config.dataDir);
    stop = () => embedded.stop();
    databaseUrl = embedded.urlFor(DATABASE_NAME);
  }
  try {
    const results = await checkInvariants(databaseUrl);
    console.log(formatInvariantReport(results));
    return results.every(holds) ? 0 : 1;
  } finally {
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known =
      error instanceof ConfigError ||
      error instanceof DataDirUnreachableError ||
      error instanceof EmbeddedPostgresMissingError;
    console.error(known ? error.message : error);
    process.exit(1);
  },
);
