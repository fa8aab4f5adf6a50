import { describe, expect, it } from 'vitest';
import { runRiskEngineBench } from './bench.js';

describe('runRiskEngineBench', () => {
  // Only the shape: timing assertions would be flaky on shared CI machines.
  it('reports evaluations per second for the requested iterations', () => {
    const result = runRiskEngineBench(2_000);
    expect(result.iterations).toBe(2_000);
    expect(result.evaluationsPerSecond).toBeGreaterThan(0);
  });
});
