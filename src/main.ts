/**
 * Boot: validate the configuration, start the embedded PostgreSQL when DATABASE_URL is unset, apply migrations,
 * then serve. SIGINT/SIGTERM close the app and stop the embedded database cleanly.
 */
import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { DataDirUnreachableError, startEmbeddedPostgres } from './database/embedded-postgres.js';
import { resolveJwtSecret } from './database/jwt-secret.js';
import { runMigrations } from './database/migrate.js';
import { ensureDatabase, withDatabase } from './database/postgres-admin.js';

const DATABASE_NAME = 'coop';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  let stopEmbedded: (() => Promise<void>) | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres(config.dataDir);
    stopEmbedded = embedded.stop;
    await ensureDatabase(embedded.adminUrl, DATABASE_NAME);
    databaseUrl = embedded.urlFor(DATABASE_NAME);
    console.log(JSON.stringify({ level: 30, msg: `embedded PostgreSQL started in ${config.dataDir}` }));
  }
  await runMigrations(databaseUrl);
  const jwtSecret = await resolveJwtSecret(databaseUrl, config.jwtSecret);
  const app = await createApp({ config, databaseUrl, jwtSecret });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(JSON.stringify({ level: 30, msg: `${signal}: shutting down` }));
    await app.close();
    await stopEmbedded?.();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen(config.port);
  console.log(
    JSON.stringify({ level: 30, msg: `Cooperative API on http://localhost:${config.port} (Swagger UI: /docs)` }),
  );
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof DataDirUnreachableError;
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});
