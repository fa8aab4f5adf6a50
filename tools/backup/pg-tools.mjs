// Shared by `npm run backup` and `npm run restore`: which database, which pg_dump/pg_restore, how to run them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

/** The same default as the api and worker (libs/config). */
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/vigil';

export class UsageError extends Error {}

export function databaseUrl() {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** The URL without its password, for messages. */
export function redact(url) {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

/** The URL of the maintenance database on the same server (to create or drop the target). */
export function adminUrl(url) {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

/**
 * Connection settings for the pg_* tools: the URL without its password (which would be visible in `ps`),
 * the password in PGPASSWORD instead.
 */
export function toolConnection(url) {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

export async function withClient(url, use) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new UsageError(
      `cannot reach PostgreSQL at ${redact(url)} (${error.code ?? error.message}). ` +
        'Start it (`docker compose up -d postgres`) or set DATABASE_URL.',
    );
  }
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

export async function serverMajor(url) {
  return withClient(adminUrl(url), async (client) => {
    const { rows } = await client.query('SHOW server_version_num');
    return Math.floor(Number(rows[0].server_version_num) / 10_000);
  });
}

function toolMajor(binary) {
  const run = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return null;
  const match = /(\d+)(?:\.\d+)?/.exec(run.stdout);
  return match ? Number(match[1]) : null;
}

/**
 * pg_dump refuses servers newer than itself, so: PG_BIN_DIR when set, else the Debian/Ubuntu install
 * for the server's major version, else the one on PATH, else any newer installed version.
 */
export function pgTool(name, major) {
  const explicit = process.env.PG_BIN_DIR;
  if (explicit) return join(explicit, name);
  const candidates = [`/usr/lib/postgresql/${major}/bin/${name}`, name];
  const installed = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .map(Number)
        .filter((v) => v > major)
        .sort((a, b) => a - b)
        .map((v) => `/usr/lib/postgresql/${v}/bin/${name}`)
    : [];
  for (const candidate of [...candidates, ...installed]) {
    const version = toolMajor(candidate);
    if (version !== null && version >= major) return candidate;
  }
  throw new UsageError(
    `no ${name} for PostgreSQL ${major} found (install postgresql-client-${major}, or set PG_BIN_DIR to ` +
      `its bin directory; with Docker Compose: docker compose exec postgres ${name} …)`,
  );
}

/** Runs a pg_* tool with inherited output; throws when it fails. */
export function runTool(binary, args, env) {
  const run = spawnSync(binary, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.error) throw new UsageError(`${binary}: ${run.error.message}`);
  if (run.status !== 0) throw new UsageError(`${binary} failed with exit code ${run.status} (see above)`);
}

/** Runs `main`, printing one clear line and exiting non-zero on failure. */
export function runCli(label, main) {
  main().then(
    () => process.exit(0),
    (error) => {
      process.stderr.write(`${label}: ${error instanceof UsageError ? error.message : error.stack}\n`);
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}
