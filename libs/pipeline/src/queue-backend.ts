import {
  type ConnectionOptions,
  createPostgresBackend,
  runMigrations,
  setDefaultBackendFactory,
} from 'bullmq';
import pg from 'pg';
import { redactUrl, StartupError, type VigilConfig } from '@vigil/config';
import { PG_NAMES, REDIS_KEYS } from './pipeline-registry.js';
import { checkRedis } from './redis-connection.js';

type QueueConfig = Pick<VigilConfig, 'mode' | 'redisUrl' | 'redisPrefix' | 'databaseUrl'>;

/**
 * Who uses a connection: producers must fail fast when the store is away (a webhook gets a 503, a decision
 * does not hang); consumers wait out an outage instead of crashing.
 */
export type QueueRole = 'producer' | 'consumer';

/**
 * Points every BullMQ class of this process (including the ones @nestjs/bullmq builds) at the configured
 * store: the Redis backend, or BullMQ's PostgreSQL backend in Vigil's own database. Called once at boot,
 * before any queue is built (docs/operations.md "Two modes").
 */
export function useQueueBackend(config: Pick<VigilConfig, 'mode'>): void {
  setDefaultBackendFactory(config.mode === 'postgres' ? createPostgresBackend : undefined);
}

/**
 * A pool for BullMQ's PostgreSQL backend. Vigil builds it (rather than handing BullMQ a config) so that
 * every connection has an `error` listener for its whole life: BullMQ checks connections out between
 * statements, and a connection cut by the server while checked out would otherwise emit an unhandled
 * `error` and end the process. Sessions use BullMQ's schema; idle connections close after 5 s and never
 * keep a process alive. Consumers hold one connection of it for LISTEN, so their pools are one bigger.
 */
function queuePool(config: QueueConfig, role: QueueRole, poolSize: number): pg.Pool {
  const pool = new pg.Pool({
    connectionString: config.databaseUrl,
    options: `-c search_path=${PG_NAMES.queueSchema}`,
    max: role === 'consumer' ? poolSize + 1 : poolSize,
    idleTimeoutMillis: 5_000,
    // A refused or cut connection fails at once (the api answers 503); the timeout only bounds a hung
    // connect. 2 s failed the api's first connect on a two-core machine under full test load.
    connectionTimeoutMillis: role === 'producer' ? 5_000 : 10_000,
    keepAlive: true,
    allowExitOnIdle: true,
  });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

/**
 * The `connection` option of a Queue or Worker: a Redis URL with retry settings, or on PostgreSQL a small
 * pool of its own (see queuePool; BullMQ uses its default schema, `bullmq`, with a pool it did not build).
 * The option is typed as BullMQ's default (Redis) one: the backend set by useQueueBackend reads it.
 */
export function queueConnection(config: QueueConfig, role: QueueRole, poolSize = 2): ConnectionOptions {
  if (config.mode === 'postgres') return queuePool(config, role, poolSize) as unknown as ConnectionOptions;
  const url = requireRedisUrl(config);
  return role === 'producer'
    ? { url, maxRetriesPerRequest: 1, connectTimeout: 2_000 }
    : { url, maxRetriesPerRequest: null };
}

/** Redis-only option: the key prefix of BullMQ's keys (PostgreSQL namespaces by schema instead). */
export function queuePrefix(config: Pick<VigilConfig, 'redisPrefix'>): { prefix: string } {
  return { prefix: REDIS_KEYS.bullPrefix(config) };
}

export function requireRedisUrl(config: Pick<VigilConfig, 'redisUrl'>): string {
  if (!config.redisUrl) throw new Error('this part needs Redis, and REDIS_URL is not set');
  return config.redisUrl;
}

/**
 * Boot check of the queue store: Redis must answer (one clear line when not), or BullMQ's PostgreSQL schema
 * is created/upgraded. BullMQ's migrations run in one transaction under an advisory lock, so processes that
 * start together migrate once.
 */
export async function prepareQueueBackend(config: QueueConfig): Promise<void> {
  if (config.mode === 'redis') {
    await checkRedis({ redisUrl: requireRedisUrl(config) });
    return;
  }
  const client = new pg.Client({ connectionString: config.databaseUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    const reason = (error as { code?: string }).code ?? (error as Error).message;
    throw new StartupError(
      `cannot reach PostgreSQL at ${redactUrl(config.databaseUrl)} (${reason}) for the queues. ` +
        'Start it with `docker compose up -d postgres` or set DATABASE_URL.',
    );
  }
  try {
    await runMigrations(client, PG_NAMES.queueSchema);
  } finally {
    await client.end().catch(() => undefined);
  }
}
