import pg from 'pg';
import { freePort, pgAdminUrl, PrivateRedis, TEST_MODE } from '@vigil/testing';

/**
 * The store that carries the ingest queue going away and coming back, in the mode the suite runs: a private
 * Redis killed and restarted, or, without Redis, the test's PostgreSQL database refusing connections and
 * cutting the ones it has (like a server restart for that database alone).
 */
export interface QueueStoreOutage {
  readonly name: string;
  /** The api's environment: its own Redis, or nothing extra. */
  env(): Promise<NodeJS.ProcessEnv>;
  /** Called once the api runs (its database exists). */
  attach(databaseUrl: string): Promise<void>;
  cut(): Promise<void>;
  restore(): Promise<void>;
  /** Before the api closes (it needs its store to clean up) … */
  beforeApiClose(): Promise<void>;
  /** … and after. */
  afterApiClose(): Promise<void>;
}

class RedisOutage implements QueueStoreOutage {
  readonly name = 'Redis';
  private redis: PrivateRedis | undefined;

  async env(): Promise<NodeJS.ProcessEnv> {
    this.redis = new PrivateRedis(await freePort());
    await this.redis.start();
    return { REDIS_URL: this.redis.url };
  }
  async attach(): Promise<void> {}
  async cut(): Promise<void> {
    await this.redis?.kill();
  }
  async restore(): Promise<void> {
    await this.redis?.start();
  }
  async beforeApiClose(): Promise<void> {
    if (this.redis && !this.redis.running) await this.redis.start().catch(() => undefined);
  }
  async afterApiClose(): Promise<void> {
    await this.redis?.kill();
  }
}

class PostgresOutage implements QueueStoreOutage {
  readonly name = 'PostgreSQL';
  private admin: pg.Client | undefined;
  private databaseName = '';

  async env(): Promise<NodeJS.ProcessEnv> {
    return {};
  }
  async attach(databaseUrl: string): Promise<void> {
    this.databaseName = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
    this.admin = new pg.Client({ connectionString: pgAdminUrl() });
    await this.admin.connect();
  }
  async cut(): Promise<void> {
    await this.allowConnections(false);
  }
  async restore(): Promise<void> {
    await this.allowConnections(true);
  }
  async beforeApiClose(): Promise<void> {
    await this.allowConnections(true).catch(() => undefined);
    await this.admin?.end();
  }
  async afterApiClose(): Promise<void> {}

  private async allowConnections(allowed: boolean): Promise<void> {
    if (!this.admin) return;
    await this.admin.query(
      `ALTER DATABASE ${pg.escapeIdentifier(this.databaseName)} WITH ALLOW_CONNECTIONS ${allowed}`,
    );
    if (!allowed)
      await this.admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
        this.databaseName,
      ]);
  }
}

export function queueStoreOutage(): QueueStoreOutage {
  return TEST_MODE === 'redis' ? new RedisOutage() : new PostgresOutage();
}
