import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { startTestPostgres } from './test-postgres.js';

describe('startTestPostgres', () => {
  it('starts a throwaway embedded PostgreSQL for a test run and removes it on stop', async () => {
    const started = Date.now();
    const server = await startTestPostgres();
    const coldStartMs = Date.now() - started;
    // initdb (no fsync) + start take about a second here; the budget leaves room for a busy machine.
    expect(coldStartMs).toBeLessThan(20_000);
    expect(existsSync(server.dataDir)).toBe(true);

    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    const { rows } = await admin.query<{ version: string; host: string }>(
      `SELECT current_setting('server_version') AS version, current_setting('listen_addresses') AS host`,
    );
    expect(rows[0]?.version).toMatch(/^18\./);
    expect(rows[0]?.host).toBe('127.0.0.1');
    // createTestConfig() makes one database per test file on it.
    await admin.query('CREATE DATABASE vigil_test_helper');
    await admin.end();

    await server.stop();
    expect(existsSync(server.dataDir)).toBe(false);
    const probe = new pg.Client({ connectionString: server.adminUrl, connectionTimeoutMillis: 1_000 });
    probe.on('error', () => undefined);
    await expect(probe.connect()).rejects.toThrow();
  }, 60_000);
});
