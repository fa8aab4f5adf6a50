import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { auElectronicsModel } from './models/au-electronics/index.js';

/**
 * au-electronics WAS the held-out model (docs/detection.md, "Held out"): written without reading the rules, and run
 * once after the defaults were tuned on the four other models (seeds 1 and 2, pooled: 65.0 % of fraud value,
 * 0.98 % of good orders held or blocked, 0.08 % blocked). The pass after that run read its outcomes and tuned on it,
 * so it is a TUNING model now and `defaults.spec.ts` replays it over seeds 1–5. Until the next held-out model is
 * pointed at here, this test keeps au-electronics' figures after that pass from getting worse (seeds 1 and 2,
 * pooled: 82.0 %, 1.14 %, 0.19 %), with a small margin. It does not assert the issue's goal: au-electronics does not
 * meet it. Never tune on the output of the model this file names once it is held out again.
 */
const MEASURED = { fraudValue: 0.82, goodHeld: 0.0114, goodBlocked: 0.0019 } as const;
const MARGIN = { fraudValue: 0.01, goodHeld: 0.003, goodBlocked: 0.001 } as const;

describe('default rules on the held-out model (au-electronics until the next one is pointed at here)', () => {
  it('au-electronics: fraud value, good held or blocked and good blocked do not get worse', async () => {
    const run = await evaluateModel(auElectronicsModel, [1, 2]);
    const { fraudValueStopped, goodHeldOrBlocked, goodBlocked } = run.pooled;
    expect(fraudValueStopped).toBeGreaterThanOrEqual(MEASURED.fraudValue - MARGIN.fraudValue);
    expect(goodHeldOrBlocked).toBeLessThanOrEqual(MEASURED.goodHeld + MARGIN.goodHeld);
    expect(goodBlocked).toBeLessThanOrEqual(MEASURED.goodBlocked + MARGIN.goodBlocked);
  }, 120_000);
});
