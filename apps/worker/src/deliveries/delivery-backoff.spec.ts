import { describe, expect, it } from '@jest/globals';
import { DELIVERY_BACKOFF_TYPE, DELIVERY_JOB_ATTEMPTS } from '@vigil/pipeline';
import { deliveryBackoffStrategy, deliveryRetryDelay } from './delivery-backoff.js';

describe('decision webhook retry schedule', () => {
  it('retries after 2 s, 10 s, 30 s, 2 min, 10 min, 30 min, then hourly for 24 h', () => {
    const delays = Array.from({ length: DELIVERY_JOB_ATTEMPTS - 1 }, (_, i) => deliveryRetryDelay(i + 1, 1));
    expect(delays.slice(0, 7)).toEqual([2_000, 10_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000]);
    expect(delays.slice(6)).toHaveLength(24);
    expect(new Set(delays.slice(6))).toEqual(new Set([3_600_000]));
    const total = delays.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(24 * 3_600_000);
    expect(total).toBeLessThan(25 * 3_600_000);
  });

  it('scales the schedule for tests and refuses other backoff types', async () => {
    const strategy = deliveryBackoffStrategy(0.001);
    expect(await strategy(1, DELIVERY_BACKOFF_TYPE)).toBe(2);
    expect(await strategy(4, DELIVERY_BACKOFF_TYPE)).toBe(120);
    expect(() => strategy(1, 'exponential')).toThrow(/unknown backoff/);
  });
});
