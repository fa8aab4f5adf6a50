import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { ukFashionModel } from './models/uk-fashion/index.js';

/**
 * The last HELD-OUT model, now a tuning model (docs/detection.md, "Held out"). uk-fashion was held out for the
 * pass that tuned on au-electronics and run once (seeds 1 and 2: 54.2 % of fraud value, 4.64 % of good orders held
 * or blocked, 1.61 % blocked); the pass after it read its outcomes and tuned on it, so its figures say nothing
 * about generalization any more. Until the lead repoints this test at the next held-out model (being written
 * elsewhere; nobody tuning has seen it), it keeps uk-fashion's post-pass figures from getting worse (seeds 1 and
 * 2, pooled: 59.6 % of fraud value, 1.56 % of good orders held or blocked, 0.35 % blocked), with a small margin.
 * The pooled seeds 1–5 figures and the budget are asserted in defaults.spec.ts.
 */
const MEASURED = { fraudValue: 0.596, goodHeld: 0.0156, goodBlocked: 0.0035 } as const;
const MARGIN = { fraudValue: 0.01, goodHeld: 0.003, goodBlocked: 0.001 } as const;

describe('default rules on the last held-out model (a tuning model since; to be repointed)', () => {
  it('uk-fashion: fraud value, good held or blocked and good blocked do not get worse', async () => {
    const run = await evaluateModel(ukFashionModel, [1, 2]);
    const { fraudValueStopped, goodHeldOrBlocked, goodBlocked } = run.pooled;
    expect(fraudValueStopped).toBeGreaterThanOrEqual(MEASURED.fraudValue - MARGIN.fraudValue);
    expect(goodHeldOrBlocked).toBeLessThanOrEqual(MEASURED.goodHeld + MARGIN.goodHeld);
    expect(goodBlocked).toBeLessThanOrEqual(MEASURED.goodBlocked + MARGIN.goodBlocked);
  }, 120_000);
});
