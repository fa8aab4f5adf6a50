import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type Page,
  type SourceJson,
  type SourceWithSecretJson,
  type TransactionJson,
  type UserJson,
} from '@vigil/contracts';
import {
  ApiClient,
  canonicalOrder,
  type RunningProcess,
  signStandard,
  spawnApp,
  waitFor,
  waitForWorkerReady,
} from '@vigil/testing';
import { type ApiHarness, startApi } from './api-harness.js';
import { createUser } from './auth-fixtures.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

interface CliResult {
  code: number | null;
  output: string;
}

/** Runs `npm run backup` / `npm run restore`'s script the way npm does, against the given database. */
function runTool(
  script: 'backup' | 'restore',
  args: string[],
  databaseUrl: string,
  dataDir = './data',
): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`tools/backup/${script}.mjs`, ...args], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'], DATABASE_URL: databaseUrl, VIGIL_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

async function withDatabase<T>(databaseUrl: string, use: (db: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

async function dropDatabase(databaseUrl: string): Promise<void> {
  const admin = new URL(databaseUrl);
  const name = decodeURIComponent(admin.pathname.slice(1));
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

describe('npm run backup → drop the database → npm run restore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-backup-'));
  let api: ApiHarness;
  let restored: ApiHarness | undefined;
  let worker: RunningProcess;
  let source: SourceWithSecretJson;
  let before: { transactions: TransactionJson[]; users: UserJson[]; sources: SourceJson[] };
  let backupFile: string;
  let staffPassword: string;

  const snapshot = async (baseUrl: string) => {
    const owner = await ApiClient.login(baseUrl);
    return {
      transactions: (await owner.json<Page<TransactionJson>>('/api/transactions?limit=500')).items,
      users: (await owner.json<{ items: UserJson[] }>('/api/users')).items,
      sources: (await owner.json<{ items: SourceJson[] }>('/api/sources')).items,
    };
  };

  beforeAll(async () => {
    api = await startApi();
    worker = spawnApp('worker', api.config);
    await waitForWorkerReady(worker);
    const owner = await ApiClient.login(api.baseUrl);
    staffPassword = (await createUser(api, owner, 'staff', 'backup-staff@test.vigil')).password;
    source = await owner.createSource({ name: 'Backed-up store', kind: 'standard' });
    for (const orderId of ['B-1', 'B-2', 'B-3']) {
      const signed = signStandard(source.secret, `msg_${orderId}`, canonicalOrder({ orderId }));
      const response = await fetch(source.ingestUrl, {
        method: 'POST',
        headers: signed.headers,
        body: signed.body,
      });
      expect(response.status).toBe(202);
    }
    await waitFor(
      async () => (await owner.json<Page<TransactionJson>>('/api/transactions')).items.length === 3,
      20_000,
      'three transactions committed',
    );
    before = await snapshot(api.baseUrl);
    await worker.stop();
  });

  afterAll(async () => {
    await worker?.stop();
    await restored?.close();
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a custom-format dump and prints its path', async () => {
    const result = await runTool('backup', ['--dir', dir], api.config.databaseUrl, api.config.dataDir);
    expect(result).toMatchObject({ code: 0 }); // the output shows on failure
    const match = /Backup written: (\S+vigil-[\dTZ-]+\.dump)/.exec(result.output);
    expect({ match: match !== null, output: result.output }).toMatchObject({ match: true });
    backupFile = match?.[1] as string;
    expect(backupFile.startsWith(dir) || !backupFile.startsWith('/')).toBe(true);
    backupFile = backupFile.startsWith('/') ? backupFile : join(ROOT, backupFile);
    expect(result.output).toMatch(/secret key is NOT in the dump: .*secret-key/s);
    const keyRows = await withDatabase(api.config.databaseUrl, (db) =>
      db.query(`SELECT 1 FROM settings WHERE key = 'secret_key'`),
    );
    expect(keyRows.rowCount).toBe(0);
  });

  it('refuses to restore over a database that still holds data, without --force', async () => {
    const result = await runTool('restore', [backupFile], api.config.databaseUrl);
    expect(result.code).toBe(2);
    expect(result.output).toMatch(/is not empty \(\d+ tables\).*--force/);
  });

  it('brings transactions, users and sources back into a dropped database; the api boots on it', async () => {
    await api.app.close();
    await dropDatabase(api.config.databaseUrl);
    const result = await runTool('restore', [backupFile], api.config.databaseUrl);
    expect(result).toMatchObject({ code: 0 }); // the output shows on failure
    expect(result.output).toMatch(/Restored\./);

    restored = await startApi({
      DATABASE_URL: api.config.databaseUrl,
      VIGIL_REDIS_PREFIX: api.config.redisPrefix,
      VIGIL_DATA_DIR: api.config.dataDir, // the key file is backed up apart from the dump
    });
    const after = await snapshot(restored.baseUrl);
    const byId = <T extends { id: string }>(items: T[]) =>
      [...items].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(after.transactions)).toEqual(byId(before.transactions));
    expect(byId(after.users)).toEqual(byId(before.users));
    expect(after.sources.map((s) => s.id)).toEqual(before.sources.map((s) => s.id));
    expect(after.transactions.map((t) => t.orderId).sort()).toEqual(['B-1', 'B-2', 'B-3']);
    expect(after.users.map((u) => u.email)).toContain('backup-staff@test.vigil');
    await ApiClient.login(restored.baseUrl, 'backup-staff@test.vigil', staffPassword);

    // The webhook secret still decrypts: the instance kept its key file (which the dump does not hold).
    const ingestUrl = `${restored.baseUrl}/webhooks/${source.id}`;
    const signed = signStandard(source.secret, 'msg_after_restore', canonicalOrder({ orderId: 'B-4' }));
    const response = await fetch(ingestUrl, { method: 'POST', headers: signed.headers, body: signed.body });
    expect(response.status).toBe(202);
  });

  it('replaces a non-empty database with --force', async () => {
    const result = await runTool('restore', [backupFile, '--force'], api.config.databaseUrl);
    expect(result).toMatchObject({ code: 0 }); // the output shows on failure
    expect(result.output).toMatch(/Dropping database/);
  });
});
