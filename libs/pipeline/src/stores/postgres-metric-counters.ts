import { type MetricHash } from '../pipeline-registry.js';
import { type SqlPool } from '../sql-pool.js';
import { type MetricCounters } from './metric-counters.js';

const ADD = `
INSERT INTO metric_counters (hash, field, value)
SELECT $1, field, value FROM unnest($2::text[], $3::bigint[]) AS d(field, value)
ON CONFLICT (hash, field) DO UPDATE SET value = metric_counters.value + EXCLUDED.value`;

/** One row per (hash, field); a flush is one upsert statement. */
export class PostgresMetricCounters implements MetricCounters {
  constructor(private readonly pool: SqlPool) {}

  async add(hash: MetricHash, deltas: ReadonlyMap<string, number>): Promise<void> {
    if (deltas.size === 0) return;
    const fields = [...deltas.keys()];
    await this.pool.query(ADD, [hash, fields, fields.map((field) => Math.round(deltas.get(field) ?? 0))]);
  }

  async read(hash: MetricHash): Promise<Map<string, number>> {
    const { rows } = await this.pool.query<{ field: string; value: string }>(
      'SELECT field, value FROM metric_counters WHERE hash = $1',
      [hash],
    );
    return new Map(rows.map((row) => [row.field, Number(row.value)]));
  }
}
