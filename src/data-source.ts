/** The data source of the TypeORM CLI (`npm run migration:generate -- migrations/Name`); needs DATABASE_URL. */
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './database/data-source-options.js';
import { ENTITIES } from './entities.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to the database the TypeORM CLI should use.');

export default new DataSource(dataSourceOptions(url, 2, ENTITIES));
