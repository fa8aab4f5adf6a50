import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { type VigilConfig } from '@vigil/config';
import { prepareDatabase } from '@vigil/persistence';
import { createTestConfig, createTestPool, dropTestResources, TEST_REDIS_URL, waitFor } from '@vigil/testing';
import { createSharedStores, type SharedStores } from '../shared-stores.js';

/** PostgreSQL always; Redis when the suite has one (TEST_REDIS_URL or REDIS_URL). */
const MODES: Array<[VigilConfig['mode'], NodeJS.ProcessEnv]> = [
  ['postgres', { REDIS_URL: '' }],
  ...(TEST_REDIS_URL
    ? [['redis', { REDIS_URL: TEST_REDIS_URL }] as [VigilConfig['mode'], NodeJS.ProcessEnv]]
    : []),
];

/** The shared stores' contract, run against every implementation present (docs/operations.md "Two modes"). */
describe.each(MODES)('shared stores on %s', (mode, env) => {
  let config: VigilConfig;
  let pool: pg.Pool;
  let stores: SharedStores;

  beforeAll(async () => {
    config = createTestConfig(env);
    await prepareDatabase(config);
    pool = createTestPool(config.databaseUrl, 12);
    stores = createSharedStores(config, pool);
    await stores.ready();
  });

  afterAll(async () => {
    await stores?.close();
    await pool?.end();
    await dropTestResources(config);
  });

  it('runs the mode it was asked for', () => {
    expect(stores.mode).toBe(mode);
  });

  it('counts hits in a window and reports when it resets', async () => {
    const first = await stores.rateCounters.hit('hits', 60_000);
    const second = await stores.rateCounters.hit('hits', 60_000);
    expect([first.count, second.count]).toEqual([1, 2]);
    expect(second.resetMs).toBeGreaterThan(0);
    expect(second.resetMs).toBeLessThanOrEqual(60_000);
    expect((await stores.rateCounters.peek('hits')).count).toBe(2);
    expect((await stores.rateCounters.peek('never-hit')).count).toBe(0);
  });

  it('hands out exactly `limit` slots to concurrent takers, and takes back released ones', async () => {
    const taken = await Promise.all(
      Array.from({ length: 30 }, () => stores.rateCounters.take('slots', 10, 60_000)),
    );
    expect(taken.filter((window) => window !== null)).toHaveLength(10);
    expect(await stores.rateCounters.take('slots', 10, 60_000)).toBeNull();
    await stores.rateCounters.release('slots');
    expect(await stores.rateCounters.take('slots', 10, 60_000)).toMatchObject({ count: 10 });
    await stores.rateCounters.reset('slots');
    expect((await stores.rateCounters.peek('slots')).count).toBe(0);
  });

  it('gives a value to exactly one of several concurrent takers', async () => {
    await stores.expiringValues.set('challenge', 'secret-value', 60_000);
    const takers = await Promise.all(
      Array.from({ length: 5 }, () => stores.expiringValues.take('challenge')),
    );
    expect(takers.filter((value) => value === 'secret-value')).toHaveLength(1);
    expect(await stores.expiringValues.take('challenge')).toBeNull();
  });

  it('adds metric counters from several writers', async () => {
    await stores.metrics.add(
      'worker',
      new Map([
        ['batches', 2],
        ['outcome:created', 5],
      ]),
    );
    await stores.metrics.add('worker', new Map([['batches', 1]]));
    await stores.metrics.add('api', new Map([['status:202', 7]]));
    expect(await stores.metrics.read('worker')).toEqual(
      new Map([
        ['batches', 3],
        ['outcome:created', 5],
      ]),
    );
    expect((await stores.metrics.read('api')).get('status:202')).toBe(7);
  });

  it('announces risk changes: the revision moves and subscribers hear it', async () => {
    const other = createSharedStores(config, pool);
    let heard = 0;
    try {
      await other.riskChanges.subscribe(() => (heard += 1));
      const before = (await stores.riskChanges.revision()) ?? 0;
      await stores.riskChanges.announce('rules');
      expect(await other.riskChanges.revision()).toBe(before + 1);
      await waitFor(() => heard > 0, 10_000, 'the change notice');
    } finally {
      await other.close();
    }
  });
});
