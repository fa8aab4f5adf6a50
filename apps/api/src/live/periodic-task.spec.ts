import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { PeriodicTask } from './periodic-task.js';

describe('PeriodicTask', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  function task(run: () => Promise<number>) {
    const results: number[] = [];
    const errors: unknown[] = [];
    const periodic = new PeriodicTask({
      intervalMs: 1000,
      run,
      onResult: (result) => results.push(result),
      onError: (error) => errors.push(error),
    });
    return { periodic, results, errors };
  }

  it('runs at once, then every interval, until stopped; then no timer is left', async () => {
    let n = 0;
    const { periodic, results } = task(async () => ++n);
    periodic.start();
    periodic.start(); // no second loop
    await jest.advanceTimersByTimeAsync(0);
    expect(results).toEqual([1]);
    expect(periodic.latest).toBe(1);
    await jest.advanceTimersByTimeAsync(2000);
    expect(results).toEqual([1, 2, 3]);
    periodic.stop();
    expect(jest.getTimerCount()).toBe(0);
    expect(periodic.latest).toBeUndefined();
    await jest.advanceTimersByTimeAsync(5000);
    expect(results).toEqual([1, 2, 3]);
  });

  it('discards a run still in flight when stopped', async () => {
    let release: (value: number) => void = () => undefined;
    const { periodic, results } = task(() => new Promise<number>((resolve) => (release = resolve)));
    periodic.start();
    periodic.stop();
    release(42);
    await jest.advanceTimersByTimeAsync(5000);
    expect(results).toEqual([]);
    expect(periodic.running).toBe(false);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('reports a failed run and keeps going', async () => {
    let n = 0;
    const { periodic, results, errors } = task(async () => {
      n += 1;
      if (n === 1) throw new Error('database down');
      return n;
    });
    periodic.start();
    await jest.advanceTimersByTimeAsync(1000);
    expect(errors).toHaveLength(1);
    expect(results).toEqual([2]);
    periodic.stop();
  });

  it('never overlaps runs: a slow run delays the next one', async () => {
    let running = 0;
    let overlapped = false;
    const { periodic, results } = task(async () => {
      running += 1;
      if (running > 1) overlapped = true;
      await new Promise((resolve) => setTimeout(resolve, 2500));
      running -= 1;
      return 1;
    });
    periodic.start();
    await jest.advanceTimersByTimeAsync(9_000); // runs end at 2.5 s, 5 s and 7.5 s
    periodic.stop();
    expect(overlapped).toBe(false);
    expect(results).toHaveLength(3);
  });
});
