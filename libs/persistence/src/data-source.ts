import { DataSource, type DataSourceOptions as TypeOrmOptions, type LoggerOptions } from 'typeorm';
import { type VigilConfig } from '@vigil/config';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';

export interface DataSourceOptions {
  /** Pool size; the api and the worker size theirs differently. */
  poolSize?: number;
  logging?: LoggerOptions;
  /** Overrides the database name in the URL (tests use one database per file). */
  databaseUrl?: string;
}

/** The only way processes configure TypeORM: never `synchronize`, migrations are explicit. */
export function dataSourceOptions(
  config: Pick<VigilConfig, 'databaseUrl'>,
  options: DataSourceOptions = {},
): TypeOrmOptions {
  return {
    type: 'postgres',
    url: options.databaseUrl ?? config.databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logging: options.logging ?? ['error'],
    poolSize: options.poolSize ?? 10,
    connectTimeoutMS: 5_000,
    applicationName: 'vigil',
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
  };
}

export function createDataSource(
  config: Pick<VigilConfig, 'databaseUrl'>,
  options: DataSourceOptions = {},
): DataSource {
  return new DataSource(dataSourceOptions(config, options));
}
