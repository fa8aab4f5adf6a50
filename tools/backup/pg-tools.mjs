// Shared by `npm run backup` and `npm run restore`: which database, which pg_dump/pg_restore, how to run them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

export class UsageError extends Error {}

/** DATABASE_URL, or null: then the embedded PostgreSQL in VIGIL_DATA_DIR (like the api and worker). */
export function serverUrl() {
  return process.env.DATABASE_URL || null;
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

function installedMajors() {
  return existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .map(Number)
        .filter((v) => Number.isInteger(v))
        .sort((a, b) => a - b)
    : [];
}

/**
 * pg_dump refuses servers newer than itself, so: PG_BIN_DIR when set, else the Debian/Ubuntu install
 * for the server's major version, else the one on PATH, else any newer installed version; null if none.
 */
export function findPgTool(name, major) {
  const explicit = process.env.PG_BIN_DIR;
  if (explicit) return join(explicit, name);
  const candidates = [
    `/usr/lib/postgresql/${major}/bin/${name}`,
    name,
    ...installedMajors()
      .filter((v) => v > major)
      .map((v) => `/usr/lib/postgresql/${v}/bin/${name}`),
  ];
  for (const candidate of candidates) {
    const version = toolMajor(candidate);
    if (version !== null && version >= major) return candidate;
  }
  return null;
}

export function pgTool(name, major) {
  const found = findPgTool(name, major);
  if (found) return found;
  throw new UsageError(
    `no ${name} for PostgreSQL ${major} found (install postgresql-client-${major}, or set PG_BIN_DIR to ` +
      `its bin directory; with Docker Compose: docker compose exec postgres ${name} …)`,
  );
}

/**
 * pg_restore, unlike pg_dump, does not refuse a newer server: an older one restores the dumps it can read
 * (say a PostgreSQL 15 server's into the embedded 18). The right version first, else the newest there is.
 */
export function pgRestoreTool(major) {
  const found = findPgTool('pg_restore', major);
  if (found) return found;
  const older = [
    'pg_restore',
    ...installedMajors()
      .reverse()
      .map((v) => `/usr/lib/postgresql/${v}/bin/pg_restore`),
  ].find((candidate) => toolMajor(candidate) !== null);
  return older ?? pgTool('pg_restore', major);
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
