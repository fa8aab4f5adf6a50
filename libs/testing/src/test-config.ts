import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Redis } from 'ioredis';
import { loadConfig, type VigilConfig } from '@vigil/config';

export const TEST_OWNER = { email: 'owner@test.vigil', password: 'correct-horse-battery-staple' } as const;

/**
 * The servers the tests use, from the environment (docs/operations.md "Testing both modes"): PostgreSQL from
 * TEST_PG_ADMIN_URL (the throwaway embedded one the global setup starts, or any), else DATABASE_URL's server; Redis only when TEST_REDIS_URL or
 * REDIS_URL is set. Without a Redis URL every test runs the no-Redis mode and Redis-only tests are skipped
 * by `describeWithRedis`.
 */
function adminUrl(): string {
  const explicit = process.env['TEST_PG_ADMIN_URL'];
  if (explicit) return explicit;
  const database = process.env['DATABASE_URL'];
  if (database) {
    const url = new URL(database);
    url.pathname = '/postgres';
    return url.toString();
  }
  throw new Error(
    'no PostgreSQL for the tests: run them through `npm test` (its global setup starts a throwaway embedded ' +
      'PostgreSQL when DATABASE_URL is unset), or set DATABASE_URL or TEST_PG_ADMIN_URL',
  );
}

/** The admin URL of the tests' PostgreSQL (read when first needed: unit tests never need one). */
export function pgAdminUrl(): string {
  return adminUrl();
}
export const TEST_REDIS_URL: string | null =
  process.env['TEST_REDIS_URL'] || process.env['REDIS_URL'] || null;
export const TEST_MODE: VigilConfig['mode'] = TEST_REDIS_URL ? 'redis' : 'postgres';

/**
 * A config of its own for one test file: a fresh database (and Redis key prefix in Redis mode) on the real
 * servers, so files run in parallel without seeing each other.
 */
export function createTestConfig(overrides: NodeJS.ProcessEnv = {}): VigilConfig {
  const id = randomBytes(5).toString('hex');
  const database = new URL(pgAdminUrl());
  database.pathname = `/vigil_test_${id}`;
  return loadConfig({
    DATABASE_URL: database.toString(),
    REDIS_URL: TEST_REDIS_URL ?? undefined,
    VIGIL_REDIS_PREFIX: `vt_${id}`,
    VIGIL_DATA_DIR: join(tmpdir(), `vigil-test-${id}`),
    VIGIL_OWNER_EMAIL: TEST_OWNER.email,
    VIGIL_OWNER_PASSWORD: TEST_OWNER.password,
    LOG_LEVEL: 'silent',
    PORT: '0',
    VIGIL_WORKER_CONCURRENCY: '8',
    // waitFor polls the api 20 times a second; the default 600 a minute would throttle long waits.
    VIGIL_API_RATE_LIMIT: '100000',
    ...overrides,
  });
}

/** The environment a child process needs to run with `config`. */
export function configToEnv(config: VigilConfig): NodeJS.ProcessEnv {
  return {
    DATABASE_URL: config.databaseUrl,
    REDIS_URL: config.redisUrl ?? undefined,
    VIGIL_REDIS_PREFIX: config.redisPrefix,
    VIGIL_DATA_DIR: config.dataDir,
    VIGIL_SECRET_KEY: config.secretKey ?? undefined,
    VIGIL_OWNER_EMAIL: config.ownerEmail ?? undefined,
    VIGIL_OWNER_PASSWORD: config.ownerPassword ?? undefined,
    LOG_LEVEL: config.logLevel,
    PORT: String(config.port),
    VIGIL_PUBLIC_URL: config.publicUrl,
    VIGIL_WORKER_CONCURRENCY: String(config.workerConcurrency),
    VIGIL_METRICS_TOKEN: config.metricsToken ?? undefined,
    VIGIL_API_RATE_LIMIT: String(config.apiRateLimitPerMinute),
  };
}

/**
 * Drops the test database (BullMQ's schema and the stores go with it), the test's data directory and, in
 * Redis mode, the test's keys.
 */
export async function dropTestResources(config: VigilConfig): Promise<void> {
  rmSync(config.dataDir, { recursive: true, force: true });
  const name = decodeURIComponent(new URL(config.databaseUrl).pathname.slice(1));
  const admin = new pg.Client({ connectionString: pgAdminUrl() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  if (!config.redisUrl) return;
  const redis = new Redis(config.redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.redisPrefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
