/**
 * Boot: validate the configuration, start the embedded PostgreSQL when DATABASE_URL is unset, apply migrations,
 * then serve, from this process or from WEB_CONCURRENCY workers (workers.ts; the main process then delivers the
 * webhooks, delivery-process.ts). SIGINT/SIGTERM close the app and stop
 * the embedded database cleanly. The embedded database is supervised: started again when it dies, and when it cannot
 * be within EMBEDDED_DB_RESTART_GRACE_SECONDS the process exits 1 (docs/reliability.md, "Healing after crashes").
 */
import 'reflect-metadata';
import cluster from 'node:cluster';
import { createApp } from './app.factory.js';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config.js';
import { resolveMasterSecret } from './config/master-secret.js';
import { type BootedDatabase, bootDatabase } from './database/boot.js';
import { DataDirUnreachableError, EmbeddedPostgresMissingError } from './database/embedded-postgres.js';
import { DataDirInUseError } from './database/leftover-postmaster.js';
import { startDeliveryProcess } from './delivery-process.js';
import { forkWorkers } from './workers.js';

const log = (msg: string) => console.log(JSON.stringify({ level: 30, time: Date.now(), msg }));
const served = (config: AppConfig) =>
  `Cooperative API on http://localhost:${config.port} (Swagger UI: http://localhost:${config.port}/docs)`;

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  // A worker's DATABASE_URL, JWT_SECRET and master secret come from the main process: this only checks the schema.
  const database = await bootDatabase(config, cluster.isWorker ? () => undefined : log, databaseLost);
  if (config.workers > 1 && cluster.isPrimary) return supervise(config, database);
  // A worker of several serves requests only: the main process delivers the webhooks (delivery-process.ts).
  const appConfig = cluster.isWorker ? { ...config, webhooks: { ...config.webhooks, deliver: false } } : config;
  const app = await createApp({ config: appConfig, databaseUrl: database.databaseUrl, jwtSecret: database.jwtSecret });
  onStopSignal(async () => {
    await app.close();
    await database.stop();
  });
  await app.listen(config.port);
  if (cluster.isPrimary) log(served(config));
}

async function supervise(config: AppConfig, database: BootedDatabase): Promise<void> {
  // The master secret as this process resolves it from its own environment: a worker's JWT_SECRET is the booted one,
  // perhaps the key generated into the database, which must never become the master secret (master-secret.ts).
  const master = resolveMasterSecret(config).master.toString('utf8');
  const workers = forkWorkers(
    config.workers,
    { DATABASE_URL: database.databaseUrl, JWT_SECRET: database.jwtSecret, BALLOT_SEAL_SECRET: master },
    config.workerHeapLimitMb,
    log,
  );
  const delivery = startDeliveryProcess(config, database.databaseUrl);
  onStopSignal(async () => {
    await workers.stop();
    await (await delivery.catch(() => undefined))?.close();
    await database.stop();
  });
  await Promise.all([workers.listening, delivery]);
  log(`${served(config)}, ${config.workers} workers; webhooks delivered from this main process`);
}

/** Liveness tells the truth: an API whose embedded database is gone for good exits, so it gets restarted. */
function databaseLost(error: Error): void {
  console.error(`${error.message}\nExiting so that the API and its database are started again.`);
  process.exit(1);
}

function onStopSignal(stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (cluster.isPrimary) log(`${signal}: shutting down`);
    await stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof DataDirUnreachableError ||
    error instanceof DataDirInUseError ||
    error instanceof EmbeddedPostgresMissingError;
  console.error(known ? error.message : error);
  process.exit(1);
});
