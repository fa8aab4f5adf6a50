import { Redis, type RedisOptions } from 'ioredis';
import { redactUrl, StartupError, type VigilConfig } from '@vigil/config';

type RedisConfig = Pick<VigilConfig, 'redisUrl' | 'redisPrefix'>;

/** Database index from the URL (`redis://host:6379/3` → 3). */
export function redisDb(config: RedisConfig): number {
  const path = new URL(config.redisUrl).pathname.replace(/^\//, '');
  return path ? Number(path) : 0;
}

/**
 * Prefix of Vigil's keys. Pub/sub channels ignore the database index, so the index is part of the prefix
 * used for channels: two instances on `/0` and `/1` of one Redis never hear each other.
 */
export function redisChannelPrefix(config: RedisConfig): string {
  return `${config.redisPrefix}:${redisDb(config)}`;
}

export function createRedisClient(config: RedisConfig, name: string, overrides: RedisOptions = {}): Redis {
  return new Redis(config.redisUrl, { connectionName: `vigil-${name}`, ...overrides });
}

/** Fails fast with one clear line when Redis cannot be reached (spec §2 "Commands"). */
export async function checkRedis(config: RedisConfig): Promise<void> {
  const client = createRedisClient(config, 'preflight', {
    lazyConnect: true,
    connectTimeout: 3_000,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    const reason = (error as { code?: string; message?: string }).code ?? (error as Error).message;
    throw new StartupError(
      `cannot reach Redis at ${redactUrl(config.redisUrl)} (${reason}). ` +
        'Start it with `docker compose up -d redis` (or `redis-server --daemonize yes`) or set REDIS_URL.',
    );
  } finally {
    client.disconnect();
  }
}
