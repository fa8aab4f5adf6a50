import { type SqlPool } from '../sql-pool.js';

const BATCH = 10_000;

/** Each statement deletes at most BATCH rows, so the hourly run never holds long locks. */
const STATEMENTS = [
  `DELETE FROM rate_counters WHERE key IN
     (SELECT key FROM rate_counters WHERE resets_at < now() LIMIT ${BATCH})`,
  `DELETE FROM expiring_values WHERE key IN
     (SELECT key FROM expiring_values WHERE expires_at < now() LIMIT ${BATCH})`,
  `DELETE FROM ingest_dedupe_markers WHERE (source_id, event_id) IN
     (SELECT source_id, event_id FROM ingest_dedupe_markers WHERE marked_at < now() - interval '24 hours'
      LIMIT ${BATCH})`,
  `DELETE FROM velocity_entries WHERE (key, member) IN
     (SELECT key, member FROM velocity_entries WHERE expires_at < now() LIMIT ${BATCH})`,
];

/**
 * What Redis would have expired by itself, in the no-Redis mode: ended rate windows, used-up values, day-old
 * dedupe markers, expired velocity entries. Readers already ignore expired rows (the velocity function by its
 * windows, docs/operations.md "Limits without Redis"); this only keeps the tables small. Returns how many rows
 * went.
 */
export async function deleteExpiredStoreRows(pool: SqlPool): Promise<number> {
  let deleted = 0;
  for (const statement of STATEMENTS) {
    for (;;) {
      const { rowCount } = await pool.query(statement);
      deleted += rowCount ?? 0;
      if ((rowCount ?? 0) < BATCH) break;
    }
  }
  return deleted;
}
