import { allocateKinds } from '../kit/stream.js';
import { type Rng } from '../kit/random.js';
import { accountTakeover, friendlyFraud, klarnaIdentity } from './fraud-accounts.js';
import { cardTestingRun, giftCardSpree, reshipper, stolenCard } from './fraud-cards.js';
import { sanctionedCountry } from './fraud-sanctioned.js';
import { type World } from './people.js';
import { type Purchase } from './purchase.js';

/**
 * Bergwerk's fraud, by kind: weights are shares of the fraudulent orders, which are allocated exactly
 * (`allocateKinds`: one of each, the rest by weight). Card testing comes in runs and gift-card cash-out in
 * sprees, so their orders are planned in groups.
 */

export const FRAUD = {
  stolen_card: 22,
  card_testing: 16,
  account_takeover: 13,
  klarna_identity: 11,
  reshipper: 10,
  gift_card_cashout: 9,
  friendly_fraud: 9,
  sanctioned_country: 10,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

/** `total` split into groups of `min`–`max` (the last may be smaller). */
function groups(rng: Rng, total: number, min: number, max: number): number[] {
  const out: number[] = [];
  let left = total;
  while (left > 0) {
    const n = Math.min(left, rng.int(min, max));
    out.push(n);
    left -= n;
  }
  return out;
}

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const out: Purchase[] = [];
  const each = (kind: FraudKind, plan: (r: Rng) => Purchase) => {
    for (let i = 0; i < n[kind]; i++) out.push(plan(rng.fork(`${kind}${i}`)));
  };
  each('stolen_card', (r) => stolenCard(r, w.window));
  groups(rng.fork('testing'), n.card_testing, 6, 22).forEach((size, i) =>
    out.push(...cardTestingRun(rng.fork(`card_testing${i}`), w.window, size)),
  );
  each('account_takeover', (r) => accountTakeover(r, w));
  each('klarna_identity', (r) => klarnaIdentity(r, w));
  each('reshipper', (r) => reshipper(r, w.window));
  groups(rng.fork('sprees'), n.gift_card_cashout, 2, 4).forEach((size, i) =>
    out.push(...giftCardSpree(rng.fork(`gift_card_cashout${i}`), w.window, size)),
  );
  each('friendly_fraud', (r) => friendlyFraud(r, w));
  each('sanctioned_country', (r) => sanctionedCountry(r, w.window));
  return out;
}
