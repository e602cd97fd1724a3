/** The database part of boot, shared by the server and the scripts: embedded or given, migrated, with its JWT key. */
import type { AppConfig } from '../config/app-config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { resolveJwtSecret } from './jwt-secret.js';
import { runMigrations } from './migrate.js';
import { ensureDatabase } from './postgres-admin.js';

/** The database `npm start` uses inside the embedded PostgreSQL. */
export const DATABASE_NAME = 'coop';

export interface BootedDatabase {
  databaseUrl: string;
  jwtSecret: string;
  /** Stops the embedded PostgreSQL, if this process started one. */
  stop(): Promise<void>;
}

/**
 * `onDatabaseLost`: the embedded PostgreSQL died and could not be started again within the grace period (the server
 * exits non-zero then). Without it, the embedded database is not supervised (scripts).
 */
export async function bootDatabase(
  config: AppConfig,
  log: (message: string) => void,
  onDatabaseLost?: (error: Error) => void,
): Promise<BootedDatabase> {
  let databaseUrl = config.databaseUrl;
  let stop: () => Promise<void> = () => Promise.resolve();
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres(config.dataDir, {
      log,
      supervise: onDatabaseLost && { graceMs: config.embeddedRestartGraceSeconds * 1000, onGiveUp: onDatabaseLost },
    });
    stop = () => embedded.stop();
    await ensureDatabase(embedded.adminUrl, DATABASE_NAME);
    databaseUrl = embedded.urlFor(DATABASE_NAME);
    log(`embedded PostgreSQL started in ${config.dataDir}`);
  }
  const applied = await runMigrations(databaseUrl);
  if (applied.length > 0) log(`migrations applied: ${applied.join(', ')}`);
  const jwtSecret = await resolveJwtSecret(databaseUrl, config.jwtSecret);
  return { databaseUrl, jwtSecret, stop };
}
