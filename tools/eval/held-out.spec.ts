import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { latamTicketsModel } from './models/latam-tickets/index.js';

/**
 * The HELD-OUT model (docs/detection.md, "Held out"): latam-tickets was written without reading the rules or the
 * other models' generators, and run once after the defaults were tuned on the six other models and committed;
 * nothing was changed because of that run. This test keeps its figures from getting worse than what the run
 * measured (seeds 1 and 2, pooled: 75.8 % of fraud value, 12.0 % of good orders held or blocked, 2.43 % blocked),
 * with a small margin. It does not assert the issue's goal: latam-tickets misses it, recall and the false-positive
 * budget both (docs/detection.md says by how much). When a change improves these figures, record the new ones
 * here and in the docs; never tune on this model's output while it is held out.
 */
const MEASURED = { fraudValue: 0.758, goodHeld: 0.1202, goodBlocked: 0.0243 } as const;
const MARGIN = { fraudValue: 0.01, goodHeld: 0.003, goodBlocked: 0.001 } as const;

describe('default rules on the held-out model', () => {
  it('latam-tickets: fraud value, good held or blocked and good blocked do not get worse', async () => {
    const run = await evaluateModel(latamTicketsModel, [1, 2]);
    const { fraudValueStopped, goodHeldOrBlocked, goodBlocked } = run.pooled;
    expect(fraudValueStopped).toBeGreaterThanOrEqual(MEASURED.fraudValue - MARGIN.fraudValue);
    expect(goodHeldOrBlocked).toBeLessThanOrEqual(MEASURED.goodHeld + MARGIN.goodHeld);
    expect(goodBlocked).toBeLessThanOrEqual(MEASURED.goodBlocked + MARGIN.goodBlocked);
  }, 120_000);
});
