import { describe, expect, it } from '@jest/globals';
import { MicroBatcher } from './micro-batcher.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('MicroBatcher', () => {
  it('sends what arrives together as one batch and answers each item with its own result', async () => {
    const batches: number[][] = [];
    const batcher = new MicroBatcher<number, number>(
      async (items) => {
        batches.push(items);
        return items.map((n) => n * 10);
      },
      { maxBatch: 100, maxRunning: 1, lingerMs: 0 },
    );
    const results = await Promise.all([1, 2, 3].map((n) => batcher.submit(n)));
    expect(results).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('lets items pile up while batches run, then sends them together', async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    let firstStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (firstStarted = resolve));
    const batcher = new MicroBatcher<number, number>(
      async (items) => {
        batches.push(items);
        if (batches.length === 1) {
          firstStarted();
          await new Promise<void>((resolve) => (release = resolve));
        }
        return items;
      },
      { maxBatch: 100, maxRunning: 1, lingerMs: 0 },
    );
    const first = batcher.submit(1);
    await started;
    const later = [2, 3, 4].map((n) => batcher.submit(n));
    await tick();
    release();
    await Promise.all([first, ...later]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('fails only the items the handler failed, and every item of a batch that threw', async () => {
    const batcher = new MicroBatcher<number, number>(
      async (items) => {
        if (items.includes(99)) throw new Error('batch down');
        return items.map((n) => (n === 2 ? new Error('poison') : n));
      },
      { maxBatch: 10, maxRunning: 1, lingerMs: 0 },
    );
    const mixed = await Promise.allSettled([1, 2, 3].map((n) => batcher.submit(n)));
    expect(mixed.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    await expect(batcher.submit(99)).rejects.toThrow('batch down');
  });

  it('splits at maxBatch and drains everything on request', async () => {
    const sizes: number[] = [];
    const batcher = new MicroBatcher<number, number>(
      async (items) => {
        sizes.push(items.length);
        return items;
      },
      { maxBatch: 2, maxRunning: 2, lingerMs: 50 },
    );
    const all = Promise.all([1, 2, 3, 4, 5].map((n) => batcher.submit(n)));
    await batcher.drain();
    await all;
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(5);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(2);
    expect(batcher.size).toBe(0);
  });
});
