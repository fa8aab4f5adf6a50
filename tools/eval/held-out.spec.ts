import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { atSkiModel } from './models/at-ski/index.js';
import { ieGamingModel } from './models/ie-gaming/index.js';
import { ptPerfumeModel } from './models/pt-perfume/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): pt-perfume, at-ski and ie-gaming were each written without
 * reading the rules, the other models' generators or each other, and run once after the defaults were tuned on the
 * thirty-eight other models and committed (commit `c9b2a5f`); nothing was changed because of those runs (the fix
 * found by se-pharmacy's run, held out with them and tuned on since, changes none of their figures). This test keeps their
 * figures from getting worse than what the runs measured (seeds 1 and 2, pooled), with a small margin. It does not
 * assert the issue's goal: all three miss it on fraud value, and pt-perfume holds and blocks more good orders than the
 * budget allows (docs/detection.md says by how much and why).
 * When a change improves these figures, record the new ones here and in the docs; never tune on a model's output
 * while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 89.5 % of fraud value, 3.88 % of good orders held or blocked, 1.57 % blocked.
  'pt-perfume': { model: ptPerfumeModel, fraudValue: 0.895, goodHeld: 0.0388, goodBlocked: 0.0157 },
  // Seeds 1–2: 77.0 % of fraud value, 1.28 % of good orders held or blocked, 0.37 % blocked.
  'at-ski': { model: atSkiModel, fraudValue: 0.769, goodHeld: 0.0128, goodBlocked: 0.0038 },
  // Seeds 1–2: 57.7 % of fraud value, 1.65 % of good orders held or blocked, 0.22 % blocked.
  'ie-gaming': { model: ieGamingModel, fraudValue: 0.576, goodHeld: 0.0165, goodBlocked: 0.0022 },
} as const;
const MARGIN = { fraudValue: 0.01, goodHeld: 0.003, goodBlocked: 0.001 } as const;

describe('default rules on the held-out models', () => {
  for (const [name, m] of Object.entries(MEASURED)) {
    it(`${name}: fraud value, good held or blocked and good blocked do not get worse`, async () => {
      const run = await evaluateModel(m.model, [1, 2]);
      const { fraudValueStopped, goodHeldOrBlocked, goodBlocked } = run.pooled;
      expect(fraudValueStopped).toBeGreaterThanOrEqual(m.fraudValue - MARGIN.fraudValue);
      expect(goodHeldOrBlocked).toBeLessThanOrEqual(m.goodHeld + MARGIN.goodHeld);
      expect(goodBlocked).toBeLessThanOrEqual(m.goodBlocked + MARGIN.goodBlocked);
    }, 240_000);
  }
});
