import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type DataSource } from 'typeorm';
import { StartupError, type VigilConfig } from '@vigil/config';
import { createDataSource } from './data-source.js';
import { SettingEntity } from './entities/setting.entity.js';

/** Where older versions kept the generated key: in `settings`, so in every dump (docs/security.md#secret-key). */
const LEGACY_SETTING_KEY = 'secret_key';
const KEY_FILE_NAME = 'secret-key';

/** The generated key's file: outside the database, so never in a dump. */
export function secretKeyFile(config: Pick<VigilConfig, 'dataDir'>): string {
  return join(config.dataDir, KEY_FILE_NAME);
}

/**
 * VIGIL_SECRET_KEY when set; otherwise the key in `<VIGIL_DATA_DIR>/secret-key` (mode 0600), generated there on
 * first start outside production. A key an older version kept in the database is moved to that file first and
 * then deleted from the database. With NODE_ENV=production and neither a key nor the file, the start stops.
 */
export async function resolveSecretKey(dataSource: DataSource, config: VigilConfig): Promise<string> {
  const file = secretKeyFile(config);
  await moveLegacyKeyToFile(dataSource, file);
  if (config.secretKey) return config.secretKey;
  const stored = readKeyFile(file);
  if (stored !== null) return stored;
  if (config.production) {
    throw new StartupError(
      `VIGIL_SECRET_KEY is not set and ${file} does not exist: set VIGIL_SECRET_KEY (e.g. openssl rand -base64 32) ` +
        'or put the key in that file (mode 0600) before starting with NODE_ENV=production',
    );
  }
  return publishKeyFile(file, randomBytes(32).toString('base64url'));
}

async function moveLegacyKeyToFile(dataSource: DataSource, file: string): Promise<void> {
  const settings = dataSource.getRepository(SettingEntity);
  const legacy = await settings.findOneBy({ key: LEGACY_SETTING_KEY });
  if (!legacy) return;
  const key = String(legacy.value);
  const kept = publishKeyFile(file, key);
  if (kept !== key) {
    throw new StartupError(
      `the database holds a generated secret key that differs from ${file}; keep the one your webhook secrets ` +
        `were sealed with in that file (the database one is in settings."${LEGACY_SETTING_KEY}"), then start again`,
    );
  }
  await settings.delete({ key: LEGACY_SETTING_KEY });
}

function readKeyFile(file: string): string | null {
  try {
    const key = readFileSync(file, 'utf8').trim();
    return key === '' ? null : key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StartupError(`cannot read the secret key file ${file}: ${(error as Error).message}`);
  }
}

/**
 * Writes the key to the file unless it already exists, and returns the file's key. The content is written to a
 * private temporary file and linked into place, so a concurrent start (api and worker) never reads a half-written
 * key and exactly one key wins.
 */
function publishKeyFile(file: string, key: string): string {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(temporary, `${key}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(temporary, 0o600); // the umask may have narrowed it further, never widened; make it exact
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new StartupError(`cannot write the secret key file ${file}: ${(error as Error).message}`);
    }
  } finally {
    rmSync(temporary, { force: true });
  }
  const stored = readKeyFile(file);
  if (stored === null) throw new StartupError(`the secret key file ${file} is empty`);
  return stored;
}

/**
 * Resolves the key once before the application boots (after `prepareDatabase`), so a missing key stops the start
 * with one clear line instead of a failed dependency injection.
 */
export async function prepareSecretKey(config: VigilConfig): Promise<string> {
  const dataSource = createDataSource(config, { poolSize: 1 });
  await dataSource.initialize();
  try {
    return await resolveSecretKey(dataSource, config);
  } finally {
    await dataSource.destroy();
  }
}
