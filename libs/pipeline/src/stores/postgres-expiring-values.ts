import { type SqlPool } from '../sql-pool.js';
import { type ExpiringValues } from './expiring-values.js';

const SET = `
INSERT INTO expiring_values (key, value, expires_at)
VALUES ($1, $2, clock_timestamp() + $3 * interval '1 millisecond')
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at`;

/** DELETE … RETURNING: one statement reads and removes, so only one caller gets the value. */
const TAKE = `
DELETE FROM expiring_values WHERE key = $1
RETURNING value, expires_at > clock_timestamp() AS live`;

/** Rows expire by time (`take` ignores expired ones); the worker's hourly maintenance deletes them. */
export class PostgresExpiringValues implements ExpiringValues {
  constructor(private readonly pool: SqlPool) {}

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.pool.query(SET, [key, value, Math.max(1, ttlMs)]);
  }

  async take(key: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ value: string; live: boolean }>(TAKE, [key]);
    const row = rows[0];
    return row && row.live ? row.value : null;
  }
}
