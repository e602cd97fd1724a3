/**
 * Boot: validate the configuration, start the embedded PostgreSQL when DATABASE_URL is unset, apply migrations,
 * then serve. SIGINT/SIGTERM close the app and stop the embedded database cleanly.
 */
import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { bootDatabase } from './database/boot.js';
import { DataDirUnreachableError } from './database/embedded-postgres.js';

const log = (msg: string) => console.log(JSON.stringify({ level: 30, time: Date.now(), msg }));

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const database = await bootDatabase(config, log);
  const app = await createApp({ config, databaseUrl: database.databaseUrl, jwtSecret: database.jwtSecret });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen(config.port);
  log(`Cooperative API on http://localhost:${config.port} (Swagger UI: http://localhost:${config.port}/docs)`);
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof DataDirUnreachableError;
  console.error(known ? error.message : error);
  process.exit(1);
});
