import { resolve } from 'node:path';
import { z } from 'zod';
import { LOG_LEVELS, type VigilConfig } from './vigil-config.js';

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const url = (protocols: readonly string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
  );

const schema = z.object({
  PORT: int(0, 65535).default(3000),
  DATABASE_URL: url(['postgres:', 'postgresql:']).default('postgres://postgres@127.0.0.1:5432/vigil'),
  REDIS_URL: url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
  VIGIL_REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,40}$/, 'must be 1–40 letters, digits, dots, dashes or underscores')
    .default('vigil'),
  VIGIL_OWNER_EMAIL: z.email('must be an email address').optional(),
  VIGIL_OWNER_PASSWORD: z.string().min(12, 'must be at least 12 characters').max(256).optional(),
  VIGIL_SECRET_KEY: z
    .string()
    .min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 32`)')
    .optional(),
  VIGIL_DATA_DIR: z.string().default('./data'),
  NODE_ENV: z.string().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`).default('info'),
  VIGIL_PUBLIC_URL: url(['http:', 'https:']).optional(),
  VIGIL_DASHBOARD_DIR: z.string().optional(),
  VIGIL_SESSION_TTL_HOURS: int(1, 24 * 90).default(24 * 7),
  VIGIL_PAYLOAD_RETENTION_DAYS: int(1, 3650).default(90),
  VIGIL_WORKER_CONCURRENCY: int(1, 5000).default(500),
  VIGIL_CLAIM_MINUTES: z.coerce
    .number('must be a number of minutes')
    .gt(0, 'must be more than 0')
    .max(24 * 60, 'must be at most 1440')
    .default(15),
  VIGIL_DELIVERY_BACKOFF_SCALE: z.coerce
    .number('must be a number')
    .gt(0, 'must be more than 0')
    .max(1, 'must be at most 1')
    .default(1),
  VIGIL_TRUST_PROXY: z
    .string()
    .regex(
      /^[\w.:/, -]{1,500}$/,
      'must be true, false, a number of hops, or addresses/subnets (Express "trust proxy")',
    )
    .optional(),
});

/** Express `trust proxy`: `true`/`false`, a hop count, or addresses, subnets and names like `loopback`. */
function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * Reads and validates the environment once. Empty strings count as unset, so `PORT= npm start` uses the
 * default. The error names the first bad variable and what is wrong with it.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): VigilConfig {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    const got = cleaned[variable];
    const shown = variable.includes('PASSWORD') || variable.includes('SECRET') ? '' : ` (got "${got}")`;
    throw new ConfigError(variable, `${issue?.message ?? 'is invalid'}${got === undefined ? '' : shown}`);
  }
  const e = parsed.data;
  if (
    (e.VIGIL_OWNER_EMAIL === undefined) !== (e.VIGIL_OWNER_PASSWORD === undefined) &&
    e.VIGIL_OWNER_PASSWORD
  ) {
    throw new ConfigError('VIGIL_OWNER_EMAIL', 'must be set together with VIGIL_OWNER_PASSWORD');
  }
  return {
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.VIGIL_REDIS_PREFIX,
    ownerEmail: e.VIGIL_OWNER_EMAIL?.toLowerCase() ?? null,
    ownerPassword: e.VIGIL_OWNER_PASSWORD ?? null,
    secretKey: e.VIGIL_SECRET_KEY ?? null,
    dataDir: resolve(e.VIGIL_DATA_DIR),
    production: e.NODE_ENV === 'production',
    logLevel: e.LOG_LEVEL,
    publicUrl: (e.VIGIL_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    dashboardDir: e.VIGIL_DASHBOARD_DIR ?? null,
    sessionTtlHours: e.VIGIL_SESSION_TTL_HOURS,
    payloadRetentionDays: e.VIGIL_PAYLOAD_RETENTION_DAYS,
    workerConcurrency: e.VIGIL_WORKER_CONCURRENCY,
    claimMinutes: e.VIGIL_CLAIM_MINUTES,
    deliveryBackoffScale: e.VIGIL_DELIVERY_BACKOFF_SCALE,
    trustProxy: trustProxy(e.VIGIL_TRUST_PROXY),
  };
}

/** `postgres://user:secret@host/db` → `postgres://user:***@host/db`, for messages and logs. */
export function redactUrl(value: string): string {
  try {
    const parsed = new URL(value);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<invalid url>';
  }
}
