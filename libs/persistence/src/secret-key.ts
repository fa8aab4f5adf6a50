import { randomBytes } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { SettingEntity } from './entities/setting.entity.js';

const SETTING_KEY = 'secret_key';

/**
 * VIGIL_SECRET_KEY when set; otherwise the key generated on first start and kept in `settings`, so every
 * api and worker process of this instance agrees on it. Operators should set it explicitly in production.
 */
export async function resolveSecretKey(dataSource: DataSource, configured: string | null): Promise<string> {
  if (configured) return configured;
  const repo = dataSource.getRepository(SettingEntity);
  await repo
    .createQueryBuilder()
    .insert()
    .values({ key: SETTING_KEY, value: randomBytes(32).toString('base64url') })
    .orIgnore()
    .execute();
  const row = await repo.findOneByOrFail({ key: SETTING_KEY });
  return String(row.value);
}
