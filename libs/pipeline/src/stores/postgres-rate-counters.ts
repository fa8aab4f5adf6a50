import { type SqlPool } from '../sql-pool.js';
import { type RateCounters, type RateWindow } from './rate-counters.js';

/**
 * One upsert per operation: PostgreSQL locks the row for the statement, so concurrent hits from any number
 * of api processes are counted one after the other. $3 (limit) NULL counts unconditionally; a full window
 * updates nothing and returns no row. Expired rows restart their window here and are deleted by the
 * worker's hourly maintenance.
 */
const TAKE = `
INSERT INTO rate_counters AS r (key, count, resets_at)
VALUES ($1, 1, clock_timestamp() + $2 * interval '1 millisecond')
ON CONFLICT (key) DO UPDATE SET
  count = CASE WHEN r.resets_at <= clock_timestamp() THEN 1 ELSE r.count + 1 END,
  resets_at = CASE WHEN r.resets_at <= clock_timestamp() THEN EXCLUDED.resets_at ELSE r.resets_at END
WHERE $3::int IS NULL OR r.resets_at <= clock_timestamp() OR r.count < $3::int
RETURNING count, ceil(extract(epoch FROM resets_at - clock_timestamp()) * 1000)::bigint AS reset_ms`;

const PEEK = `
SELECT count, ceil(extract(epoch FROM resets_at - clock_timestamp()) * 1000)::bigint AS reset_ms
FROM rate_counters WHERE key = $1 AND resets_at > clock_timestamp()`;

const RELEASE = `
UPDATE rate_counters SET count = count - 1
WHERE key = $1 AND count > 0 AND resets_at > clock_timestamp()`;

interface Row {
  count: number;
  reset_ms: string;
}

const windowOf = (row: Row): RateWindow => ({
  count: Number(row.count),
  resetMs: Math.max(1, Number(row.reset_ms)),
});

export class PostgresRateCounters implements RateCounters {
  constructor(private readonly pool: SqlPool) {}

  async hit(key: string, windowMs: number): Promise<RateWindow> {
    const { rows } = await this.pool.query<Row>(TAKE, [key, windowMs, null]);
    return windowOf(rows[0] as Row);
  }

  async take(key: string, limit: number, windowMs: number): Promise<RateWindow | null> {
    const { rows } = await this.pool.query<Row>(TAKE, [key, windowMs, limit]);
    return rows[0] ? windowOf(rows[0]) : null;
  }

  async peek(key: string): Promise<RateWindow> {
    const { rows } = await this.pool.query<Row>(PEEK, [key]);
    return rows[0] ? windowOf(rows[0]) : { count: 0, resetMs: 1 };
  }

  async release(key: string): Promise<void> {
    await this.pool.query(RELEASE, [key]);
  }

  async reset(key: string): Promise<void> {
    await this.pool.query('DELETE FROM rate_counters WHERE key = $1', [key]);
  }
}
