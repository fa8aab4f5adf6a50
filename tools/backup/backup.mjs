#!/usr/bin/env node
// `npm run backup [-- --dir <dir>]`: pg_dump --format=custom of DATABASE_URL into backups/vigil-<time>.dump.
import { chmodSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import {
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

async function main() {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  const dir = resolve(root, values.dir ?? process.env.VIGIL_BACKUP_DIR ?? 'backups');
  const url = databaseUrl();
  const major = await serverMajor(url);
  const pgDump = pgTool('pg_dump', major);
  // Backups hold customer data; the key that decrypts webhook secrets is never in them (docs/security.md).
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(dir, `vigil-${stamp}.dump`);
  const partial = `${file}.partial`;
  const { dbname, env } = toolConnection(url);
  process.stdout.write(`Backing up ${redact(url)} with ${pgDump}…\n`);
  try {
    runTool(pgDump, ['--format=custom', `--file=${partial}`, `--dbname=${dbname}`], env);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  chmodSync(partial, 0o600);
  renameSync(partial, file); // only complete dumps ever carry the final name
  const shown = relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file);
  const size = (statSync(file).size / 1024 / 1024).toFixed(1);
  process.stdout.write(`Backup written: ${shown} (${size} MB)\n`);
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

runCli('vigil backup', async () => {
  if (process.argv.includes('--help')) throw new UsageError('usage: npm run backup [-- --dir <directory>]');
  await main();
});
