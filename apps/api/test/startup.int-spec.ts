import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from '@jest/globals';
import { createTestConfig, dropTestResources, spawnApp, TEST_OWNER, waitFor } from '@vigil/testing';

/** What an operator sees when the environment is wrong: one clear line and a non-zero exit, never a hang. */
describe('startup failures', () => {
  const config = createTestConfig();
  afterAll(() => dropTestResources(config));

  it.each([
    [
      'api',
      'REDIS_URL',
      'redis://127.0.0.1:1/0',
      /cannot reach Redis at redis:\/\/127\.0\.0\.1:1\/0 .*docker compose up -d redis/,
    ],
    ['worker', 'REDIS_URL', 'redis://127.0.0.1:1/0', /cannot reach Redis at redis:\/\/127\.0\.0\.1:1\/0/],
    [
      'api',
      'DATABASE_URL',
      'postgres://postgres:hunter2@127.0.0.1:1/vigil',
      /cannot reach PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/vigil .*docker compose up -d postgres/,
    ],
    ['api', 'PORT', 'not-a-port', /Invalid configuration: PORT .*"not-a-port"/],
  ] as const)('%s exits 1 naming %s when it is %s', async (app, variable, value, expected) => {
    const started = Date.now();
    const child = spawnApp(app, config, { [variable]: value });
    expect(await child.exited).toBe(1);
    const lines = child.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
    expect(child.output()).not.toContain('hunter2');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  // Production generates no key: without VIGIL_SECRET_KEY or the key file in VIGIL_DATA_DIR it stops.
  it.each(['api', 'worker'] as const)('%s exits 1 in production without a secret key', async (app) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vigil-nokey-'));
    try {
      const child = spawnApp(app, config, { NODE_ENV: 'production', VIGIL_DATA_DIR: dataDir });
      const exited = await Promise.race([child.exited, sleep(20_000).then(() => 'still running')]);
      if (exited === 'still running') await child.stop('SIGKILL');
      expect(exited).toBe(1);
      const lines = child.output().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/VIGIL_SECRET_KEY is not set and \S+secret-key does not exist/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

/**
 * docs/security.md#operations: the first start prints the owner's login, but never a password the operator
 * configured.
 */
describe('first start output', () => {
  const configured = createTestConfig();
  const generated = createTestConfig({ VIGIL_OWNER_EMAIL: undefined, VIGIL_OWNER_PASSWORD: undefined });
  afterAll(() => Promise.all([dropTestResources(configured), dropTestResources(generated)]));

  async function firstStartOutput(config: typeof configured): Promise<string> {
    const api = spawnApp('api', config, { PORT: '0', LOG_LEVEL: 'silent' });
    try {
      await waitFor(() => api.output().includes('Vigil is running at'), 30_000, 'the api to start');
      return api.output();
    } finally {
      await api.stop();
    }
  }

  it('names the configured owner without echoing VIGIL_OWNER_PASSWORD', async () => {
    const output = await firstStartOutput(configured);
    expect(output).toContain(`Owner login: ${TEST_OWNER.email} / (the password set in VIGIL_OWNER_PASSWORD)`);
    expect(output).not.toContain(TEST_OWNER.password);
  });

  it('prints a generated password once', async () => {
    expect(await firstStartOutput(generated)).toMatch(/Owner login: owner@vigil\.local \/ [\w-]{16}\n/);
  });
});
