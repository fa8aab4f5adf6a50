import { type Rng } from '../kit/random.js';
import { accountTakeover, friendlyFraud, promoAbuse, refundAbuse } from './fraud-accounts.js';
import { cardTesting, fullzAgedAccount, giftCardCashout, stolenCardBasket } from './fraud-cards.js';
import { type World } from './people.js';
import { type Purchase } from './purchase.js';

/** The fraud kinds, their shares of the fraud count, and the plan that splits a seed's fraud among them. */

export const FRAUD = {
  card_testing: 18,
  stolen_card_basket: 16,
  account_takeover: 14,
  promo_abuse: 13,
  fullz_aged_account: 10,
  gift_card_cashout: 10,
  friendly_fraud: 10,
  refund_abuse: 9,
} as const;
export type FraudKind = keyof typeof FRAUD;

/** Counts per kind summing to `total` (largest remainder), every kind at least one when there is room. */
export function allocate(total: number): Record<FraudKind, number> {
  const kinds = Object.keys(FRAUD) as FraudKind[];
  const weight = kinds.reduce((a, k) => a + FRAUD[k], 0);
  const floor = total >= kinds.length ? 1 : 0;
  const rest = total - floor * kinds.length;
  const exact = kinds.map((k) => (rest * FRAUD[k]) / weight);
  const counts = exact.map((x) => Math.floor(x));
  let left = rest - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  }
  return Object.fromEntries(kinds.map((k, i) => [k, (counts[i] ?? 0) + floor])) as Record<FraudKind, number>;
}

export function planFraud(rng: Rng, w: World, total: number): Purchase[] {
  const n = allocate(total);
  const abusers = rng.fork('abusers');
  const households = w.of('household');
  const refunders = Array.from({ length: Math.max(1, Math.ceil(n.refund_abuse / 3)) }, () =>
    abusers.pick(households),
  );
  const each = (kind: FraudKind, make: (r: Rng) => Purchase) =>
    Array.from({ length: n[kind] }, (_, i) => make(rng.fork(`${kind}${i}`)));
  return [
    ...cardTesting(rng.fork('card_testing'), w, n.card_testing),
    ...each('stolen_card_basket', (r) => stolenCardBasket(r, w)),
    ...each('account_takeover', (r) => accountTakeover(r, w)),
    ...promoAbuse(rng.fork('promo_abuse'), w, n.promo_abuse),
    ...each('fullz_aged_account', (r) => fullzAgedAccount(r, w)),
    ...each('gift_card_cashout', (r) => giftCardCashout(r, w)),
    ...each('friendly_fraud', (r) => friendlyFraud(r, w)),
    ...each('refund_abuse', (r) => refundAbuse(r, w, refunders)),
  ];
}
