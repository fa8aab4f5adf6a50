import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { type DataSource } from 'typeorm';
import { StartupError, type VigilConfig } from '@vigil/config';
import { createTestConfig, dropTestResources } from '@vigil/testing';
import { createDataSource } from './data-source.js';
import { SettingEntity } from './entities/setting.entity.js';
import { prepareDatabase } from './prepare-database.js';
import { resolveSecretKey, secretKeyFile } from './secret-key.js';

/**
 * docs/security.md#secret-key: a generated key lives in a 0600 file outside the database, never in a dump.
 */
describe('the secret key', () => {
  const config = createTestConfig();
  let dataSource: DataSource;
  let dataDir: string;
  let run: VigilConfig;

  beforeAll(async () => {
    await prepareDatabase(config);
    dataSource = createDataSource(config);
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await dropTestResources(config);
  });
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'vigil-key-'));
    run = { ...config, dataDir: join(dataDir, 'data'), secretKey: null, production: false };
    await dataSource.getRepository(SettingEntity).delete({ key: 'secret_key' });
    return () => rmSync(dataDir, { recursive: true, force: true });
  });

  const legacyKeyRows = () => dataSource.getRepository(SettingEntity).countBy({ key: 'secret_key' });

  it('is generated once into a 0600 file in the data directory, never into the database', async () => {
    const key = await resolveSecretKey(dataSource, run);
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(secretKeyFile(run), 'utf8').trim()).toBe(key);
    expect(statSync(secretKeyFile(run)).mode & 0o777).toBe(0o600);
    expect(await legacyKeyRows()).toBe(0);
    expect(await resolveSecretKey(dataSource, run)).toBe(key);
  });

  it('is the same for processes starting at the same time', async () => {
    const keys = await Promise.all([1, 2, 3, 4].map(() => resolveSecretKey(dataSource, run)));
    expect(new Set(keys).size).toBe(1);
  });

  it('moves a key an older version kept in the database out to the file, then deletes it there', async () => {
    const legacy = 'legacy-generated-key-0123456789abcdefghij';
    await dataSource.getRepository(SettingEntity).insert({ key: 'secret_key', value: legacy });
    expect(await resolveSecretKey(dataSource, run)).toBe(legacy);
    expect(readFileSync(secretKeyFile(run), 'utf8').trim()).toBe(legacy);
    expect(await legacyKeyRows()).toBe(0);
  });

  it('refuses to pick between a database key and a different key file', async () => {
    await resolveSecretKey(dataSource, run);
    await dataSource
      .getRepository(SettingEntity)
      .insert({ key: 'secret_key', value: 'another-key-0123456789abcdefghijkl' });
    await expect(resolveSecretKey(dataSource, run)).rejects.toThrow(/differs from .*secret-key/);
    expect(await legacyKeyRows()).toBe(1);
  });

  it('stops a production start without VIGIL_SECRET_KEY or the key file, naming both', async () => {
    const production = { ...run, production: true };
    await expect(resolveSecretKey(dataSource, production)).rejects.toThrow(StartupError);
    await expect(resolveSecretKey(dataSource, production)).rejects.toThrow(/VIGIL_SECRET_KEY .*secret-key/);
    const withKey = { ...production, secretKey: 'configured-key-0123456789abcdefghijk' };
    expect(await resolveSecretKey(dataSource, withKey)).toBe(withKey.secretKey);
    await resolveSecretKey(dataSource, run); // a file written beforehand (here: by a non-production start)
    writeFileSync(secretKeyFile(run), 'operator-provided-key-0123456789abcdef\n', { mode: 0o600 });
    expect(await resolveSecretKey(dataSource, production)).toBe('operator-provided-key-0123456789abcdef');
  });
});
