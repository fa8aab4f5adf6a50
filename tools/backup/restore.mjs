#!/usr/bin/env node
// `npm run restore -- <file> [--force]`: restores a `npm run backup` dump into DATABASE_URL.
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  adminUrl,
  databaseName,
  databaseUrl,
  pgTool,
  redact,
  runCli,
  runTool,
  serverMajor,
  toolConnection,
  UsageError,
  withClient,
} from './pg-tools.mjs';

const USAGE = 'usage: npm run restore -- <backup file> [--force]';

function assertCustomDump(file) {
  if (!existsSync(file)) throw new UsageError(`${file} does not exist. ${USAGE}`);
  const fd = openSync(file, 'r');
  const magic = Buffer.alloc(5);
  try {
    readSync(fd, magic, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (magic.toString('latin1') !== 'PGDMP')
    throw new UsageError(`${file} is not a pg_dump custom-format file (made by npm run backup)`);
}

/** null when the database does not exist, else how many tables it holds outside the system schemas. */
async function tableCount(url, name) {
  const exists = await withClient(adminUrl(url), async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return found.rowCount > 0;
  });
  if (!exists) return null;
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    return rows[0].n;
  });
}

async function main() {
  const { values, positionals } = parseArgs({
    options: { force: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const file = positionals[0];
  assertCustomDump(file);
  const url = databaseUrl();
  const name = databaseName(url);
  const major = await serverMajor(url);
  const pgRestore = pgTool('pg_restore', major);
  const tables = await tableCount(url, name);
  if (tables !== null && tables > 0 && !values.force) {
    throw new UsageError(
      `database "${name}" at ${redact(url)} is not empty (${tables} tables). Restoring replaces it ` +
        `entirely: stop Vigil, then run npm run restore -- ${file} --force`,
    );
  }
  await withClient(adminUrl(url), async (client) => {
    if (tables !== null) {
      if (tables > 0) process.stdout.write(`Dropping database "${name}" (--force)…\n`);
      await client.query(`DROP DATABASE ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    }
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  });
  const { dbname, env } = toolConnection(url);
  process.stdout.write(`Restoring ${file} into ${redact(url)} with ${pgRestore}…\n`);
  // Objects are owned by whoever restores (the dump may come from another server's user).
  runTool(
    pgRestore,
    ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${dbname}`, file],
    env,
  );
  process.stdout.write(
    `Restored. Start Vigil (npm start): migrations newer than the backup run on start. Start it with the ` +
      "backed-up instance's secret key: the same VIGIL_SECRET_KEY, or its secret-key file in VIGIL_DATA_DIR.\n",
  );
}

runCli('vigil restore', main);
