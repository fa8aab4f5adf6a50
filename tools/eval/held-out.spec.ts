import { describe, expect, it } from '@jest/globals';
import { evaluateModel } from './evaluate.js';
import { bdGadgetsModel } from './models/bd-gadgets/index.js';
import { coCoffeeModel } from './models/co-coffee/index.js';
import { huPorcelainModel } from './models/hu-porcelain/index.js';
import { maArganModel } from './models/ma-argan/index.js';
import { myBatikModel } from './models/my-batik/index.js';
import { noKnitwearModel } from './models/no-knitwear/index.js';
import { ukBooksModel } from './models/uk-books/index.js';
import { zaBiltongModel } from './models/za-biltong/index.js';

/**
 * The HELD-OUT models (docs/detection.md, "Held out"), each written without reading the rules, the results, the
 * other models' generators or each other, and run once before anything tuned on it:
 * - za-biltong, no-knitwear and co-coffee, on the committed defaults of the pass that tuned on vn-phones, dk-bricks
 *   and uk-experiences (commit `17790b7`);
 * - my-batik and hu-porcelain, on the same defaults (unchanged at `92d620b`), in the round whose pass then tuned
 *   on ke-crafts, the third model run with them. That pass changed one rule for orders paid by mobile money; none
 *   of these five stores has such an order, so their figures are the same before and after it;
 * - uk-books, on the defaults of `0ab6f81`, in the round whose pass then tuned on tw-tea and pk-lawn, the two
 *   models run with it. That pass taught the normalizer more payment-method names and changed one rule for cash
 *   paid at the door or the counter; uk-books posts none of those names and pays no order in cash, so its figures
 *   are the same before and after it (of the five above, only hu-porcelain moved: two honest shop pickups paid at
 *   the counter no longer held);
 * - bd-gadgets, on the defaults of `1a0db02`, in the round whose pass then tuned on cl-wine and ro-cosmetics, the
 *   two models run with it. That pass taught the normalizer more payment-method names, none of which bd-gadgets
 *   or the six above post, so their figures are the same before and after it;
 * - ma-argan, on the defaults of `9ea7131`, in the round whose pass then tuned on fi-sauna and rs-electronics, the
 *   two models run with it. That pass taught the normalizer more payment-method names; ma-argan's verdicts are the
 *   same before and after it, order by order (seeds 1–5), and none of the seven above posts a name it added.
 * No rule was changed because of these eight. This test keeps their figures from getting worse (seeds 1 and 2,
 * pooled), with a small margin. All eight are inside the false-positive budget; none meets the issue's goal on
 * fraud value. When a change improves these figures, record the new ones here and in the docs; never tune on a
 * model's output while it is held out.
 */
const MEASURED = {
  // Seeds 1–2: 68.3 % of fraud value, 1.31 % of good orders held or blocked, 0.24 % blocked.
  'za-biltong': { model: zaBiltongModel, fraudValue: 0.683, goodHeld: 0.0132, goodBlocked: 0.0025 },
  // Seeds 1–2: 71.4 % of fraud value, 1.15 % of good orders held or blocked, 0.08 % blocked.
  'no-knitwear': { model: noKnitwearModel, fraudValue: 0.713, goodHeld: 0.0116, goodBlocked: 0.0009 },
  // Seeds 1–2: 88.5 % of fraud value, 0.35 % of good orders held or blocked, 0.11 % blocked.
  'co-coffee': { model: coCoffeeModel, fraudValue: 0.885, goodHeld: 0.0036, goodBlocked: 0.0011 },
  // Seeds 1–2: 72.5 % of fraud value, 0.24 % of good orders held or blocked, 0.03 % blocked.
  'my-batik': { model: myBatikModel, fraudValue: 0.724, goodHeld: 0.0025, goodBlocked: 0.0004 },
  // Seeds 1–2: 64.5 % of fraud value, 0.59 % of good orders held or blocked, 0.08 % blocked.
  'hu-porcelain': { model: huPorcelainModel, fraudValue: 0.645, goodHeld: 0.0059, goodBlocked: 0.0009 },
  // Seeds 1–2: 84.0 % of fraud value, 0.54 % of good orders held or blocked, 0.03 % blocked.
  'uk-books': { model: ukBooksModel, fraudValue: 0.839, goodHeld: 0.0055, goodBlocked: 0.0003 },
  // Seeds 1–2: 55.6 % of fraud value, 1.62 % of good orders held or blocked, 0.22 % blocked.
  'bd-gadgets': { model: bdGadgetsModel, fraudValue: 0.556, goodHeld: 0.0162, goodBlocked: 0.0022 },
  // Seeds 1–2: 64.1 % of fraud value, 1.38 % of good orders held or blocked, 0.32 % blocked.
  'ma-argan': { model: maArganModel, fraudValue: 0.64, goodHeld: 0.0139, goodBlocked: 0.0032 },
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
