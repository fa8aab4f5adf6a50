export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The one typed configuration every process reads at boot (spec §2 "Environment"). */
export interface VigilConfig {
  port: number;
  databaseUrl: string;
  redisUrl: string;
  /** Prefix of every Redis key and pub/sub channel, so several Vigils can share one Redis. */
  redisPrefix: string;
  ownerEmail: string | null;
  ownerPassword: string | null;
  /** Unset means: the key in `<dataDir>/secret-key`, generated there on first start outside production. */
  secretKey: string | null;
  /** VIGIL_DATA_DIR (default `./data`), absolute: local state that must not go into database dumps. */
  dataDir: string;
  /** NODE_ENV=production: nothing secret is generated on the fly; a missing key stops the start. */
  production: boolean;
  logLevel: LogLevel;
  publicUrl: string;
  /** Served by the api when present. */
  dashboardDir: string | null;
  sessionTtlHours: number;
  /** Raw payloads older than this are purged (spec §4). */
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
}
