import { type DataSource } from 'typeorm';

const BATCH = 5_000;

/**
 * Raw (masked) payloads are kept only VIGIL_PAYLOAD_RETENTION_DAYS (docs/configuration.md). Older ones are
 * emptied in small batches (short transactions, no long locks); the webhook_events rows and the transactions
 * stay, so timelines keep their event types and times and the statistics are unchanged.
 */
export async function purgeExpiredPayloads(
  dataSource: DataSource,
  retentionDays: number,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  let purged = 0;
  for (;;) {
    const rows = (await dataSource.query(
      `UPDATE webhook_events SET payload = NULL
       WHERE id IN (SELECT id FROM webhook_events WHERE payload IS NOT NULL AND received_at < $1 LIMIT ${BATCH})
       RETURNING id`,
      [cutoff],
    )) as unknown[];
    // TypeORM returns [rows, count] for UPDATE … RETURNING on PostgreSQL.
    const count = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : rows.length;
    purged += count;
    if (count < BATCH) return purged;
  }
}
