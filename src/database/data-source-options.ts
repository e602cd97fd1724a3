import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';

/**
 * The one set of connection options, for the app, the tests and the TypeORM CLI. Never `synchronize`. `entities`:
 * the composed list (src/entities.ts); running migrations needs none. `applicationName` tells the process's
 * connections apart in pg_stat_activity.
 */
export function dataSourceOptions(
  url: string,
  poolSize = 20,
  entities: DataSourceOptions['entities'] = [],
  applicationName = 'coop-api',
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: poolSize, application_name: applicationName },
  };
}
