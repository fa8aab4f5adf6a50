import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { nordicHomeModel } from './models/nordic-home/index.js';

/**
 * The HELD-OUT model (docs/detection.md, "How nordic-home was kept held out"): nordic-home was run once, after the
 * defaults were tuned and committed, and nothing was changed because of it. This test keeps its figures from
 * getting worse than what that run measured (seeds 1 and 2, pooled: 91.0 % of fraud value, 4.12 % of good orders
 * held or blocked, 0.93 % blocked), with a small margin. It does not assert the goal: nordic-home does not
 * meet the false-positive budget yet (docs/detection.md says by how much). When a change improves these figures,
 * record the new ones here and in the docs; never tune on this model's output.
 */
const MEASURED = { fraudValue: 0.91, goodHeld: 0.0412, goodBlocked: 0.0093 } as const;
const MARGIN = { fraudValue: 0.01, goodHeld: 0.003, goodBlocked: 0.001 } as const;

describe('default rules on the held-out model', () => {
  it('nordic-home: fraud value, good held or blocked and good blocked do not get worse', async () => {
    const run = await evaluateModel(nordicHomeModel, [1, 2]);
    const { fraudValueStopped, goodHeldOrBlocked, goodBlocked } = run.pooled;
    expect(fraudValueStopped).toBeGreaterThanOrEqual(MEASURED.fraudValue - MARGIN.fraudValue);
    expect(goodHeldOrBlocked).toBeLessThanOrEqual(MEASURED.goodHeld + MARGIN.goodHeld);
    expect(goodBlocked).toBeLessThanOrEqual(MEASURED.goodBlocked + MARGIN.goodBlocked);
  }, 120_000);
});
