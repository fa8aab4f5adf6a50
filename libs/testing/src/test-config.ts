import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Redis } from 'ioredis';
import { loadConfig, type VigilConfig } from '@vigil/config';

export const TEST_OWNER = { email: 'owner@test.vigil', password: 'correct-horse-battery-staple' } as const;

const PG_ADMIN = process.env['TEST_PG_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/**
 * A config of its own for one test file: a fresh database and Redis key prefix on the real servers, so
 * files run in parallel without seeing each other.
 */
export function createTestConfig(overrides: NodeJS.ProcessEnv = {}): VigilConfig {
  const id = randomBytes(5).toString('hex');
  const database = new URL(PG_ADMIN);
  database.pathname = `/vigil_test_${id}`;
  return loadConfig({
    DATABASE_URL: database.toString(),
    REDIS_URL,
    VIGIL_REDIS_PREFIX: `vt_${id}`,
    VIGIL_DATA_DIR: join(tmpdir(), `vigil-test-${id}`),
    VIGIL_OWNER_EMAIL: TEST_OWNER.email,
    VIGIL_OWNER_PASSWORD: TEST_OWNER.password,
    LOG_LEVEL: 'silent',
    PORT: '0',
    VIGIL_WORKER_CONCURRENCY: '8',
    ...overrides,
  });
}

/** The environment a child process needs to run with `config`. */
export function configToEnv(config: VigilConfig): NodeJS.ProcessEnv {
  return {
    DATABASE_URL: config.databaseUrl,
    REDIS_URL: config.redisUrl,
    VIGIL_REDIS_PREFIX: config.redisPrefix,
    VIGIL_DATA_DIR: config.dataDir,
    VIGIL_SECRET_KEY: config.secretKey ?? undefined,
    VIGIL_OWNER_EMAIL: config.ownerEmail ?? undefined,
    VIGIL_OWNER_PASSWORD: config.ownerPassword ?? undefined,
    LOG_LEVEL: config.logLevel,
    PORT: String(config.port),
    VIGIL_PUBLIC_URL: config.publicUrl,
    VIGIL_WORKER_CONCURRENCY: String(config.workerConcurrency),
  };
}

/** Drops the test database, every Redis key under the test prefix and the test's data directory. */
export async function dropTestResources(config: VigilConfig): Promise<void> {
  rmSync(config.dataDir, { recursive: true, force: true });
  const name = decodeURIComponent(new URL(config.databaseUrl).pathname.slice(1));
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
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
