import pg from 'pg';
import { redactUrl, StartupError, type VigilConfig } from '@vigil/config';
import { createDataSource } from './data-source.js';

/** Any number of api and worker processes may start at once: only one migrates at a time. */
const MIGRATION_LOCK_ID = 4_711_003;

function describePgError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return e.code ?? e.message ?? String(error);
}

export function unreachablePostgres(url: string, error: unknown): StartupError {
  return new StartupError(
    `cannot reach PostgreSQL at ${redactUrl(url)} (${describePgError(error)}). ` +
      'Start it with `docker compose up -d postgres` (or your system service), correct DATABASE_URL, or ' +
      'unset DATABASE_URL to use the embedded PostgreSQL.',
  );
}

/** Creates the database named in DATABASE_URL when it does not exist yet. */
export async function ensureDatabaseExists(databaseUrl: string): Promise<void> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.replace(/^\//, '')) || 'postgres';
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw unreachablePostgres(databaseUrl, error);
  }
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`).catch((error: { code?: string }) => {
        // 42P04 / 23505: another process (the api and the worker start together) created it first.
        if (error.code !== '42P04' && error.code !== '23505') throw error;
      });
    }
  } finally {
    await client.end();
  }
}

/** Creates the database if missing and applies pending migrations under an advisory lock. */
export async function prepareDatabase(config: Pick<VigilConfig, 'databaseUrl'>): Promise<void> {
  await ensureDatabaseExists(config.databaseUrl);
  const dataSource = createDataSource(config, { poolSize: 2 });
  try {
    await dataSource.initialize();
  } catch (error) {
    throw unreachablePostgres(config.databaseUrl, error);
  }
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
}
