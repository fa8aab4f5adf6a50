import { once } from 'node:events';
import { type Redis } from 'ioredis';
import { type VigilConfig } from '@vigil/config';
import { type IngestQueue } from './ingest-queue.js';
import { type LivePublisher } from './live-publisher.js';
import { PostgresIngestQueue } from './postgres-ingest-queue.js';
import { PostgresLivePublisher } from './postgres-live-publisher.js';
import { createRedisClient } from './redis-connection.js';
import { RedisIngestQueue } from './redis-ingest-queue.js';
import { RedisLivePublisher } from './redis-live-publisher.js';
import { type SqlPool } from './sql-pool.js';
import { within } from './within.js';
import { type ExpiringValues } from './stores/expiring-values.js';
import { type MetricCounters } from './stores/metric-counters.js';
import { PostgresExpiringValues } from './stores/postgres-expiring-values.js';
import { PostgresMetricCounters } from './stores/postgres-metric-counters.js';
import { PostgresRateCounters } from './stores/postgres-rate-counters.js';
import { PostgresRiskChangeBus } from './stores/postgres-risk-change-bus.js';
import { type RateCounters } from './stores/rate-counters.js';
import { RedisExpiringValues } from './stores/redis-expiring-values.js';
import { RedisMetricCounters } from './stores/redis-metric-counters.js';
import { RedisRateCounters } from './stores/redis-rate-counters.js';
import { RedisRiskChangeBus } from './stores/redis-risk-change-bus.js';
import { type RiskChangeBus } from './stores/risk-change-bus.js';

/** Everything the api and the worker share outside PostgreSQL's own tables, for the configured mode. */
export interface SharedStores {
  mode: VigilConfig['mode'];
  metrics: MetricCounters;
  riskChanges: RiskChangeBus;
  rateCounters: RateCounters;
  expiringValues: ExpiringValues;
  /** Waits (boot) until the store answers; rejects after 10 s. */
  ready(): Promise<void>;
  /** Resolves when the store answers now, rejects at once while it is away (readiness probes). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const SHARED_STORES = Symbol('SHARED_STORES');

/**
 * The one place that picks the implementations (docs/operations.md "Two modes"): Redis when REDIS_URL is
 * set, else PostgreSQL through `pool` (the process's own TypeORM pool).
 */
export function createSharedStores(config: VigilConfig, pool: SqlPool): SharedStores {
  if (config.mode === 'postgres') {
    const riskChanges = new PostgresRiskChangeBus(pool, config);
    return {
      mode: 'postgres',
      metrics: new PostgresMetricCounters(pool),
      riskChanges,
      rateCounters: new PostgresRateCounters(pool),
      expiringValues: new PostgresExpiringValues(pool),
      ready: async () => void (await pool.query('SELECT 1')),
      ping: async () => void (await pool.query('SELECT 1')),
      close: () => riskChanges.close(),
    };
  }
  // Fails fast while Redis is away (a login answers 503 rather than hanging); the boot waits for `ready`.
  const redis: Redis = createRedisClient(config, 'shared', {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
  });
  redis.on('error', () => undefined);
  const riskChanges = new RedisRiskChangeBus(redis, config);
  return {
    mode: 'redis',
    metrics: new RedisMetricCounters(redis, config),
    riskChanges,
    rateCounters: new RedisRateCounters(redis, config),
    expiringValues: new RedisExpiringValues(redis, config),
    ready: async () => {
      if (redis.status !== 'ready') await within(once(redis, 'ready'), 10_000);
      await redis.ping();
    },
    ping: async () => void (await redis.ping()),
    close: async () => {
      await riskChanges.close();
      await redis.quit().catch(() => undefined);
    },
  };
}

export function createIngestQueue(config: VigilConfig, pool: SqlPool): IngestQueue {
  return config.mode === 'postgres' ? new PostgresIngestQueue(config, pool) : new RedisIngestQueue(config);
}

export function createLivePublisher(config: VigilConfig): LivePublisher {
  return config.mode === 'postgres' ? new PostgresLivePublisher(config) : new RedisLivePublisher(config);
}
