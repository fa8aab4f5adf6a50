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
  /** Unset means: generate one on first start and keep it in the database. */
  secretKey: string | null;
  logLevel: LogLevel;
  publicUrl: string;
  /** Served by the api when present. */
  dashboardDir: string | null;
  sessionTtlHours: number;
  /** Raw payloads older than this are purged (spec §4). */
  payloadRetentionDays: number;
  workerConcurrency: number;
}
