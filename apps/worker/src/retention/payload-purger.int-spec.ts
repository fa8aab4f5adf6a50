import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type DataSource } from 'typeorm';
import { createDataSource, prepareDatabase } from '@vigil/persistence';
import { createTestConfig, dropTestResources } from '@vigil/testing';
import { purgeExpiredPayloads } from './payload-purger.js';

describe('raw payload retention', () => {
  const config = createTestConfig();
  let dataSource: DataSource;
  const now = new Date('2026-11-21T12:00:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

  beforeAll(async () => {
    await prepareDatabase(config);
    dataSource = createDataSource(config);
    await dataSource.initialize();
    const [source] = (await dataSource.query(
      `INSERT INTO sources (name, kind, secret_sealed) VALUES ('s', 'standard', 'x') RETURNING id`,
    )) as Array<{ id: string }>;
    for (const [eventId, age] of [
      ['old-1', 120],
      ['old-2', 91],
      ['fresh', 10],
    ] as const) {
      await dataSource.query(
        `INSERT INTO webhook_events (source_id, event_id, event_type, occurred_at, received_at, payload)
         VALUES ($1, $2, 'order.created', $3, $3, '{"data":{"customer":{"email":"ann@example.com"}}}')`,
        [source?.id, eventId, daysAgo(age)],
      );
    }
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await dropTestResources(config);
  });

  it('empties payloads older than the retention period and keeps the events', async () => {
    expect(await purgeExpiredPayloads(dataSource, 90, now)).toBe(2);
    const rows = (await dataSource.query(
      `SELECT event_id, payload IS NULL AS purged FROM webhook_events ORDER BY event_id`,
    )) as Array<{
      event_id: string;
      purged: boolean;
    }>;
    expect(rows).toEqual([
      { event_id: 'fresh', purged: false },
      { event_id: 'old-1', purged: true },
      { event_id: 'old-2', purged: true },
    ]);
    expect(await purgeExpiredPayloads(dataSource, 90, now)).toBe(0);
  });
});
