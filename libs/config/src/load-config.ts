import { resolve } from 'node:path';
import { z } from 'zod';
import { type DatabaseChoice, LOG_LEVELS, type VigilConfig } from './vigil-config.js';

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
  // Unset: the embedded PostgreSQL in VIGIL_DATA_DIR
  // (docs/configuration.md#the-embedded-default-database_url-unset).
  DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
  VIGIL_DATA_DIR: z.string().default('./data'),
  VIGIL_EMBEDDED_PG_PORT: int(1, 65535).optional(),
  VIGIL_EMBEDDED_PG_USER: z
    .string()
    .regex(/^[a-z_][a-z0-9_.-]{0,31}$/i, 'must be the name of an OS user')
    .default('postgres'),
  REDIS_URL: url(['redis:', 'rediss:']).optional(),
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
  VIGIL_METRICS_TOKEN: z
    .string()
    .min(24, 'must be at least 24 characters (e.g. `openssl rand -hex 24`)')
    .max(512, 'must be at most 512 characters')
    .regex(/^\S+$/, 'must not contain spaces')
    .optional(),
  VIGIL_API_RATE_LIMIT: int(1, 1_000_000).default(600),
});

/** Express `trust proxy`: `true`/`false`, a hop count, or addresses, subnets and names like `loopback`. */
function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

type Environment = z.infer<typeof schema>;

/**
 * Validates the whole environment. Empty strings count as unset, so `PORT= npm start` uses the default.
 * The error names the first bad variable and what is wrong with it.
 */
function parseEnvironment(env: NodeJS.ProcessEnv): Environment {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    const got = cleaned[variable];
    const secret =
      variable.includes('PASSWORD') ||
      variable.includes('SECRET') ||
      variable.includes('TOKEN') ||
      variable === 'DATABASE_URL';
    const shown = secret ? '' : ` (got "${got}")`;
    throw new ConfigError(variable, `${issue?.message ?? 'is invalid'}${got === undefined ? '' : shown}`);
  }
  const e = parsed.data;
  if (
    (e.VIGIL_OWNER_EMAIL === undefined) !== (e.VIGIL_OWNER_PASSWORD === undefined) &&
    e.VIGIL_OWNER_PASSWORD
  ) {
    throw new ConfigError('VIGIL_OWNER_EMAIL', 'must be set together with VIGIL_OWNER_PASSWORD');
  }
  return e;
}

/**
 * Which PostgreSQL to use, decided before anything starts. Validates the whole environment first, so a bad
 * PORT stops the process before it starts an embedded PostgreSQL it would not use.
 */
export function readDatabaseChoice(env: NodeJS.ProcessEnv = process.env): DatabaseChoice {
  const e = parseEnvironment(env);
  return {
    mode: e.DATABASE_URL === undefined ? 'embedded' : 'server',
    url: e.DATABASE_URL ?? null,
    // Relative to the working directory, which is the repository root under `npm start` / `npm run …`.
    dataDir: resolve(e.VIGIL_DATA_DIR),
    embeddedPort: e.VIGIL_EMBEDDED_PG_PORT ?? null,
    embeddedUser: e.VIGIL_EMBEDDED_PG_USER,
  };
}

/**
 * Reads and validates the environment once. In embedded mode (DATABASE_URL unset) the database URL exists
 * only once the embedded PostgreSQL runs: pass it as `embedded` (from `openDatabase` in
 * `@vigil/persistence`). Everything after this sees a plain `databaseUrl` either way.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  embedded: { url: string } | null = null,
): VigilConfig {
  const e = parseEnvironment(env);
  const databaseUrl = e.DATABASE_URL ?? embedded?.url;
  if (databaseUrl === undefined) {
    // A programming error, not an operator's: main() opens the database before it loads the config.
    throw new Error('DATABASE_URL is unset: open the embedded PostgreSQL first and pass its URL');
  }
  return {
    port: e.PORT,
    databaseUrl,
    databaseMode: e.DATABASE_URL === undefined ? 'embedded' : 'server',
    dataDir: resolve(e.VIGIL_DATA_DIR),
    redisUrl: e.REDIS_URL ?? null,
    mode: e.REDIS_URL === undefined ? 'postgres' : 'redis',
    redisPrefix: e.VIGIL_REDIS_PREFIX,
    ownerEmail: e.VIGIL_OWNER_EMAIL?.toLowerCase() ?? null,
    ownerPassword: e.VIGIL_OWNER_PASSWORD ?? null,
    secretKey: e.VIGIL_SECRET_KEY ?? null,
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
    metricsToken: e.VIGIL_METRICS_TOKEN ?? null,
    apiRateLimitPerMinute: e.VIGIL_API_RATE_LIMIT,
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
