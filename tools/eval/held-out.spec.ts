import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { auFashionModel } from './models/au-fashion/index.js';
import { deToolsModel } from './models/de-tools/index.js';
import { usCameraModel } from './models/us-camera/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"): us-camera, au-fashion and de-tools were each written without
 * reading the rules, the results, the other models' generators, each other or the project's history (commit subjects
 * name rule changes), and run once after the defaults were tuned on the forty-eight other models and committed (commit
 * `4948b71`); nothing was changed because of those runs. This test keeps their figures from getting worse than what the
 * runs measured (seeds 1 and 2, pooled), with a small margin. It does not assert the issue's goal: all three are inside
 * the false-positive budget but miss it on fraud value (docs/detection.md says by how much and why). When a change
 * improves these figures, record the new ones here and in the docs; never tune on a model's output while it is held
 * out.
 */
const MEASURED = {
  // Seeds 1–2: 63.0 % of fraud value, 1.24 % of good orders held or blocked, 0.21 % blocked.
  'us-camera': { model: usCameraModel, fraudValue: 0.63, goodHeld: 0.0125, goodBlocked: 0.0022 },
  // Seeds 1–2: 65.5 % of fraud value, 0.40 % of good orders held or blocked, 0.00 % blocked.
  'au-fashion': { model: auFashionModel, fraudValue: 0.654, goodHeld: 0.0041, goodBlocked: 0.0 },
  // Seeds 1–2: 63.2 % of fraud value, 1.12 % of good orders held or blocked, 0.19 % blocked.
  'de-tools': { model: deToolsModel, fraudValue: 0.631, goodHeld: 0.0113, goodBlocked: 0.002 },
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
