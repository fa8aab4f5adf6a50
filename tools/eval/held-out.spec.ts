import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { usOutdoorModel } from './models/us-outdoor/index.js';

/**
 * The HELD-OUT model (docs/detection.md, "Held out"): us-outdoor was written without reading the rules, and
 * run once after the defaults were tuned on the three other models and committed; nothing was changed because
 * of it. This test keeps its figures from getting worse than what that run measured (seeds 1 and 2, pooled:
 * 77.2 % of fraud value, 1.68 % of good orders held or blocked, 0.67 % blocked), with a small margin. It does not
 * assert the goal: us-outdoor does not meet it (docs/detection.md says by how much). When a change
 * improves these figures, record the new ones here and in the docs; never tune on this model's output.
 */
const MEASURED = { fraudValue: 0.772, goodHeld: 0.0168, goodBlocked: 0.0067 } as const;
const MARGIN = { fraudValue: 0.01, goodHeld: 0.003, goodBlocked: 0.001 } as const;

describe('default rules on the held-out model', () => {
  it('us-outdoor: fraud value, good held or blocked and good blocked do not get worse', async () => {
    const run = await evaluateModel(usOutdoorModel, [1, 2]);
    const { fraudValueStopped, goodHeldOrBlocked, goodBlocked } = run.pooled;
    expect(fraudValueStopped).toBeGreaterThanOrEqual(MEASURED.fraudValue - MARGIN.fraudValue);
    expect(goodHeldOrBlocked).toBeLessThanOrEqual(MEASURED.goodHeld + MARGIN.goodHeld);
    expect(goodBlocked).toBeLessThanOrEqual(MEASURED.goodBlocked + MARGIN.goodBlocked);
  }, 120_000);
});
