import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';
import { withClient } from './postgres-admin.js';

const MIGRATION_LOCK = 7_263_000;

/** Applies pending migrations; an advisory lock lets several processes start at once without racing. */
export async function runMigrations(url: string): Promise<string[]> {
  return withClient(url, async (lock) => {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const dataSource = new DataSource(dataSourceOptions(url, 2));
    try {
      await dataSource.initialize();
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  });
}
