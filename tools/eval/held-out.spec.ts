import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { latamTicketsModel } from './models/latam-tickets/index.js';

/**
 * The last HELD-OUT model's figures (docs/detection.md, "Held out"). latam-tickets was held out for the pass that
 * tuned on uk-fashion and run once (seeds 1 and 2, pooled: 75.8 % of fraud value, 12.0 % of good orders held or
 * blocked, 2.43 % blocked). It is a TUNING model since the pass that tuned on it (its outcomes and README were
 * read; tools/eval/defaults.spec.ts replays it over seeds 1–5), so it is no longer held out: this test keeps its
 * post-pass figures from getting worse (seeds 1 and 2, pooled: 73.1 % of fraud value, 4.72 % held or blocked,
 * 0.76 % blocked), with a small margin. It does not assert the goal: latam-tickets misses it, recall and
 * the false-positive budget both. The lead will repoint this test at the next held-out model, which is being
 * written elsewhere and which nobody tuning has seen; never tune on a held-out model's output.
 */
const MEASURED = { fraudValue: 0.731, goodHeld: 0.0472, goodBlocked: 0.0076 } as const;
const MARGIN = { fraudValue: 0.01, goodHeld: 0.003, goodBlocked: 0.001 } as const;

describe('default rules on the last held-out model (latam-tickets, tuning since the pass that tuned on it)', () => {
  it('latam-tickets: fraud value, good held or blocked and good blocked do not get worse', async () => {
    const run = await evaluateModel(latamTicketsModel, [1, 2]);
    const { fraudValueStopped, goodHeldOrBlocked, goodBlocked } = run.pooled;
    expect(fraudValueStopped).toBeGreaterThanOrEqual(MEASURED.fraudValue - MARGIN.fraudValue);
    expect(goodHeldOrBlocked).toBeLessThanOrEqual(MEASURED.goodHeld + MARGIN.goodHeld);
    expect(goodBlocked).toBeLessThanOrEqual(MEASURED.goodBlocked + MARGIN.goodBlocked);
  }, 120_000);
});
