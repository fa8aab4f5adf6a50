import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type pg from 'pg';
import { DataSource } from 'typeorm';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { ENTITIES } from './entities/index.js';
import { dataSourceOptions } from './data-source.js';
import { PgClientErrors } from './pg-client-errors.js';
import { resolveSecretKey } from './secret-key.js';

/** Injection token of the instance secret key (VIGIL_SECRET_KEY or the one in the data directory's key file). */
export const SECRET_KEY = Symbol('SECRET_KEY');

/**
 * Injection token of the DataSource's own pg.Pool, for the PostgreSQL stores of the no-Redis mode: plain
 * parameterized statements without TypeORM's result shapes, on connections the process already has.
 */
export const SQL_POOL = Symbol('SQL_POOL');

export const poolOf = (dataSource: DataSource): pg.Pool =>
  (dataSource.driver as unknown as { master: pg.Pool }).master;

@Module({})
export class PersistenceModule {
  /** Migrations are applied by `prepareDatabase` before Nest boots; this only connects. */
  static forRoot(options: { poolSize: number }): DynamicModule {
    return {
      module: PersistenceModule,
      // Global on purpose: the database (repositories, pool, key) is the app-wide base of api and worker.
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [VIGIL_CONFIG],
          useFactory: (config: VigilConfig) => dataSourceOptions(config, { poolSize: options.poolSize }),
        }),
        TypeOrmModule.forFeature(ENTITIES),
      ],
      providers: [
        PgClientErrors,
        { provide: SQL_POOL, inject: [DataSource], useFactory: poolOf },
        {
          provide: SECRET_KEY,
          inject: [DataSource, VIGIL_CONFIG],
          useFactory: (dataSource: DataSource, config: VigilConfig) => resolveSecretKey(dataSource, config),
        },
      ],
      exports: [TypeOrmModule, SECRET_KEY, SQL_POOL],
    };
  }
}
