import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { type World } from './checkout.js';
import {
  accountTakeover,
  friendlyFraud,
  promoAbuse,
  refundAbuse,
  sanctionedCountry,
} from './fraud-accounts.js';
import { cardTesting, giftCardFraud, stolenCardResale, triangulation } from './fraud-cards.js';
import { type Purchase } from './purchase.js';

/**
 * The fraud a Lisbon perfumery suffers, by kind, with the weights its fraud orders are allocated by (one of each
 * at least; `allocateKinds`).
 */

export const FRAUD = {
  stolen_card_resale: 22,
  card_testing: 20,
  gift_card_fraud: 12,
  account_takeover: 11,
  triangulation: 8,
  friendly_fraud: 8,
  promo_abuse: 8,
  refund_abuse: 6,
  sanctioned_country: 5,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, w: World, n: number) => Purchase[]>> = {
  stolen_card_resale: stolenCardResale,
  card_testing: cardTesting,
  gift_card_fraud: giftCardFraud,
  account_takeover: accountTakeover,
  triangulation,
  friendly_fraud: friendlyFraud,
  promo_abuse: promoAbuse,
  refund_abuse: refundAbuse,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraudulent purchases, each kind planned on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const counts = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((kind) =>
    counts[kind] > 0 ? PLANNERS[kind](rng.fork(kind), w, counts[kind]) : [],
  );
}
