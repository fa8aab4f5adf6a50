import { Redis, type RedisOptions } from 'ioredis';
import { redactUrl, StartupError, type VigilConfig } from '@vigil/config';

type RedisConfig = Pick<VigilConfig, 'redisUrl'>;

function urlOf(config: RedisConfig): string {
  if (!config.redisUrl) throw new Error('a Redis client was asked for, and REDIS_URL is not set');
  return config.redisUrl;
}

export function createRedisClient(config: RedisConfig, name: string, overrides: RedisOptions = {}): Redis {
  return new Redis(urlOf(config), { connectionName: `vigil-${name}`, ...overrides });
}

/**
 * Fails fast with one clear line when Redis cannot be reached
 * (docs/configuration.md#when-postgresql-or-redis-cannot-be-reached).
 */
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
      `cannot reach Redis at ${redactUrl(urlOf(config))} (${reason}). ` +
        'Start it with `docker compose up -d redis` (or `redis-server --daemonize yes`), or unset REDIS_URL ' +
        'to run without Redis.',
    );
  } finally {
    client.disconnect();
  }
}
