import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { GOALS } from './metrics.js';
import { auElectronicsModel } from './models/au-electronics/index.js';
import { demoStoreModel } from './models/demo-store/index.js';
import { euStoreModel } from './models/eu-store/index.js';
import { nordicHomeModel } from './models/nordic-home/index.js';
import { usOutdoorModel } from './models/us-outdoor/index.js';

/**
 * The default rules on the five TUNING models (docs/detection.md, "The numbers"): seeds 1–5, pooled, must stay
 * within a small margin of what was measured when the defaults were tuned, and the three models that meet the goal
 * (≥ 90 % of fraud value held or blocked, ≤ 2 % of good orders held or blocked, ≤ 0.5 % blocked) must keep meeting
 * it. us-outdoor and au-electronics (tuning models since the pass after each one's held-out run) meet the
 * false-positive budget but not the fraud-value goal: their figures are asserted as measured so they cannot get
 * worse. A change to the rules, the attributes or the velocity semantics that loses fraud value or holds more good
 * orders fails here.
 *
 * Measured (seeds 1–5, pooled): demo-store 95.6 % fraud value, 0.06 % good held or blocked, 0.0 % good blocked;
 * eu-store 93.9 %, 1.49 %, 0.23 %; nordic-home 96.3 %, 1.94 %, 0.31 %; us-outdoor 73.0 %, 1.58 %, 0.19 %;
 * au-electronics 79.8 %, 1.08 %, 0.12 %. nordic-home has 0.06 points of its held-or-blocked budget left: the
 * budget assertion, not the margin, is what binds there.
 */
const SEEDS = [1, 2, 3, 4, 5] as const;
const MEASURED = {
  'demo-store': { model: demoStoreModel, goal: true, fraudValue: 0.955, goodHeld: 0.0006, goodBlocked: 0.0 },
  'eu-store': { model: euStoreModel, goal: true, fraudValue: 0.939, goodHeld: 0.0149, goodBlocked: 0.0023 },
  'nordic-home': {
    model: nordicHomeModel,
    goal: true,
    fraudValue: 0.963,
    goodHeld: 0.0194,
    goodBlocked: 0.0031,
  },
  'us-outdoor': {
    model: usOutdoorModel,
    goal: false,
    fraudValue: 0.73,
    goodHeld: 0.0158,
    goodBlocked: 0.0019,
  },
  'au-electronics': {
    model: auElectronicsModel,
    goal: false,
    fraudValue: 0.798,
    goodHeld: 0.0108,
    goodBlocked: 0.0012,
  },
} as const;
/** Margins: a point of fraud value, a few good orders in streams of about 7,000–9,300 good ones. */
const MARGIN = { fraudValue: 0.01, goodHeld: 0.002, goodBlocked: 0.001 } as const;

describe('default rules on the tuning models', () => {
  for (const [name, m] of Object.entries(MEASURED)) {
    it(`${name}: meets the goal (us-outdoor, au-electronics: the budget) and stays where it was tuned (seeds 1–5, pooled)`, async () => {
      const run = await evaluateModel(m.model, SEEDS);
      const { fraudValueStopped, goodHeldOrBlocked, goodBlocked } = run.pooled;
      // The false-positive budget on every tuning model; the fraud-value goal where it is met.
      if (m.goal) expect(fraudValueStopped).toBeGreaterThanOrEqual(GOALS.fraudValueStopped);
      expect(goodHeldOrBlocked).toBeLessThanOrEqual(GOALS.goodHeldOrBlocked);
      expect(goodBlocked).toBeLessThanOrEqual(GOALS.goodBlocked);
      // And no worse than the tuned figures.
      expect(fraudValueStopped).toBeGreaterThanOrEqual(m.fraudValue - MARGIN.fraudValue);
      expect(goodHeldOrBlocked).toBeLessThanOrEqual(m.goodHeld + MARGIN.goodHeld);
      expect(goodBlocked).toBeLessThanOrEqual(m.goodBlocked + MARGIN.goodBlocked);
    }, 120_000);
  }
});
