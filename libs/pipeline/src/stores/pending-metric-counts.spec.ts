import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { type MetricHash } from '../pipeline-registry.js';
import { type MetricCounters } from './metric-counters.js';
import { METRIC_FLUSH_MS, PendingMetricCounts } from './pending-metric-counts.js';

/** A shared store that records every add, and refuses while `down`. */
function store() {
  const adds: Array<[MetricHash, Record<string, number>]> = [];
  const counters = {
    down: false as boolean,
    adds,
    async add(hash: MetricHash, deltas: ReadonlyMap<string, number>) {
      if (counters.down) throw new Error('store down');
      adds.push([hash, Object.fromEntries(deltas)]);
    },
    read: async () => new Map<string, number>(),
  } satisfies MetricCounters & { down: boolean; adds: unknown[] };
  return counters;
}

describe('PendingMetricCounts', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('adds up in memory and sends it all in one add per flush', async () => {
    const counters = store();
    const counts = new PendingMetricCounts(counters, 'api');
    counts.add('status:202', 1);
    counts.add('status:202', 1);
    counts.add('status:401', 1);
    await counts.flush();
    await counts.flush();
    expect(counters.adds).toEqual([['api', { 'status:202': 2, 'status:401': 1 }]]);
  });

  it('keeps what a refused flush held for the next one, and says so', async () => {
    const counters = store();
    const deferred: unknown[] = [];
    const counts = new PendingMetricCounts(counters, 'worker', (error) => deferred.push(error));
    counts.add('batches', 1);
    counters.down = true;
    await counts.flush();
    expect(deferred).toEqual([new Error('store down')]);
    counts.add('batches', 2);
    counters.down = false;
    await counts.flush();
    expect(counters.adds).toEqual([['worker', { batches: 3 }]]);
  });

  it('flushes on its timer until stopped, and stopping flushes the rest and leaves no timer', async () => {
    jest.useFakeTimers();
    const counters = store();
    const counts = new PendingMetricCounts(counters, 'worker');
    counts.start();
    counts.add('batches', 1);
    await jest.advanceTimersByTimeAsync(METRIC_FLUSH_MS);
    expect(counters.adds).toEqual([['worker', { batches: 1 }]]);
    counts.add('batches', 1);
    await counts.stop();
    expect(counters.adds).toHaveLength(2);
    expect(jest.getTimerCount()).toBe(0);
  });
});
