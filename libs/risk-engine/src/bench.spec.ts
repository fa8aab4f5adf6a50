import { describe, expect, it } from '@jest/globals';
import { runRiskEngineBench } from './bench.js';

describe('runRiskEngineBench', () => {
  // Speed itself is reported by `npm run bench`; this checks the bench times the real default rules.
  it('runs the default rules over a mix that approves, holds and blocks', () => {
    const result = runRiskEngineBench(2_000);
    expect(result.iterations).toBe(2_000);
    expect(result.outcomes.approve).toBeGreaterThan(result.outcomes.review + result.outcomes.block);
    expect(result.outcomes.review).toBeGreaterThan(0);
    expect(result.outcomes.block).toBeGreaterThan(0);
  });
});
