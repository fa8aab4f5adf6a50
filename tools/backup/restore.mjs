#!/usr/bin/env node
// `npm run restore -- <file> [--force]`: restores a `npm run backup` dump into DATABASE_URL, or (unset) into
// the embedded PostgreSQL; a file-level copy of the embedded one (*.pgdata.tar.gz) replaces its files.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { asUsageError, loadEmbedded, logTo } from './database.mjs';
import {
  adminUrl,
  databaseName,
  pgRestoreTool,
  pgTool,
  redact,
  runCli,
  runTool,
  serverMajor,
  serverUrl,
  toolConnection,
  UsageError,
  withClient,
} from './pg-tools.mjs';

const USAGE = 'usage: npm run restore -- <backup file> [--force]';

/** `dump` (pg_dump custom format) or `files` (a gzipped tar of the embedded PostgreSQL's files). */
function backupKind(file) {
  if (!existsSync(file)) throw new UsageError(`${file} does not exist. ${USAGE}`);
  const fd = openSync(file, 'r');
  const magic = Buffer.alloc(5);
  try {
    readSync(fd, magic, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (magic.toString('latin1') === 'PGDMP') return 'dump';
  if (magic[0] === 0x1f && magic[1] === 0x8b && file.endsWith('.pgdata.tar.gz')) return 'files';
  throw new UsageError(`${file} is not a backup made by npm run backup (a .dump or a .pgdata.tar.gz)`);
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

async function restoreDump(url, file, force, pgRestore) {
  const name = databaseName(url);
  const tables = await tableCount(url, name);
  if (tables !== null && tables > 0 && !force) {
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

/** Replaces the embedded PostgreSQL's files with a file-level copy; the old ones are kept beside. */
async function restoreFiles(embedded, choice, file, force) {
  await asUsageError(() =>
    embedded.withEmbeddedStopped(choice.dataDir, choice.embeddedUser, async ({ paths, user }) => {
      if (embedded.clusterMajor(paths.pgdata) !== null) {
        if (!force) {
          throw new UsageError(
            `${paths.pgdata} already holds a database. Restoring replaces it (the current files are kept as ` +
              `postgres.before-restore-<time>): npm run restore -- ${file} --force`,
          );
        }
        const aside = `${paths.pgdata}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        renameSync(paths.pgdata, aside);
        if (existsSync(paths.settingsFile))
          renameSync(paths.settingsFile, join(aside, 'vigil-postgres.json'));
        process.stdout.write(`Moved the current database to ${aside}\n`);
      }
      process.stdout.write(`Restoring the files of ${file} into ${choice.dataDir}…\n`);
      runTool('tar', ['-xzf', file, '-C', choice.dataDir, 'postgres', 'postgres.json'], process.env);
      if (user) {
        // As root the files go to the user the embedded PostgreSQL runs as here (uids differ by machine).
        const owner = `${user.uid}:${user.gid}`;
        const chown = spawnSync('chown', ['-R', owner, paths.pgdata, paths.settingsFile], {
          stdio: 'inherit',
        });
        if (chown.status !== 0) throw new UsageError(`chown -R ${owner} ${paths.pgdata} failed`);
      }
      process.stdout.write(
        'Restored. Start Vigil (npm start); migrations newer than the backup run on start.\n',
      );
    }),
  );
}

async function main() {
  const { values, positionals } = parseArgs({
    options: { force: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const file = positionals[0];
  const kind = backupKind(file);
  const url = serverUrl();
  if (url) {
    if (kind === 'files')
      throw new UsageError(
        `${file} is a file-level copy of an embedded PostgreSQL: unset DATABASE_URL to restore it`,
      );
    await restoreDump(url, file, values.force, pgTool('pg_restore', await serverMajor(url)));
    return;
  }
  const embedded = await loadEmbedded();
  const choice = await asUsageError(async () => embedded.readDatabaseChoice());
  if (kind === 'files') {
    await restoreFiles(embedded, choice, file, values.force);
    return;
  }
  const pgRestore = pgRestoreTool(embedded.postgresBinaries().major);
  const database = await asUsageError(() => embedded.openDatabase(choice, logTo('vigil restore')));
  try {
    await restoreDump(database.url, file, values.force, pgRestore);
  } finally {
    await database.close();
  }
}

runCli('vigil restore', main);
