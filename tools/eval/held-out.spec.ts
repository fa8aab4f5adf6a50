import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { esFootballModel } from './models/es-football/index.js';
import { ilDeadseaModel } from './models/il-deadsea/index.js';
import { jpKnivesModel } from './models/jp-knives/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): jp-knives, es-football and il-deadsea were each written without
 * reading the rules, the results, the other models' generators, each other or the project's history (commit
 * subjects name rule changes), and run once on the committed defaults of the pass that tuned on vn-phones, dk-bricks
 * and uk-experiences (commit `17790b7`); no rule was changed because of those runs. This test keeps their figures
 * from getting worse (seeds 1 and 2, pooled), with a small margin. All three are inside the false-positive budget;
 * none meets the issue's goal on fraud value. When a change improves these figures, record the new ones here and in
 * the docs; never tune on a model's output while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 68.3 % of fraud value, 0.64 % of good orders held or blocked, 0.03 % blocked.
  'jp-knives': { model: jpKnivesModel, fraudValue: 0.682, goodHeld: 0.0064, goodBlocked: 0.0003 },
  // Seeds 1–2: 62.5 % of fraud value, 0.24 % of good orders held or blocked, 0.05 % blocked.
  'es-football': { model: esFootballModel, fraudValue: 0.624, goodHeld: 0.0025, goodBlocked: 0.0006 },
  // Seeds 1–2: 81.4 % of fraud value, 1.09 % of good orders held or blocked, 0.24 % blocked.
  'il-deadsea': { model: ilDeadseaModel, fraudValue: 0.814, goodHeld: 0.011, goodBlocked: 0.0024 },
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
