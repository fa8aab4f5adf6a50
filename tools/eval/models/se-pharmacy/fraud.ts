import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import {
  accountTakeover,
  friendlyFraud,
  klarnaIdentityFraud,
  promoAbuse,
  refundAbuse,
} from './fraud-accounts.js';
import { cardTesting, giftCardFraud, sanctionedCountry, stolenCardResale } from './fraud-cards.js';
import { type World } from './fraud-kit.js';
import { type Purchase } from './purchase.js';

/** The fraud kinds, their weights (allocated exactly per seed, at least one each) and their planners. */

export const FRAUD = {
  stolen_card_resale: 20,
  klarna_identity_fraud: 16,
  account_takeover: 14,
  card_testing: 14,
  gift_card_fraud: 10,
  friendly_fraud: 9,
  promo_abuse: 8,
  refund_abuse: 6,
  sanctioned_country: 6,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, w: World, count: number) => Purchase[]>> = {
  stolen_card_resale: stolenCardResale,
  klarna_identity_fraud: klarnaIdentityFraud,
  account_takeover: accountTakeover,
  card_testing: cardTesting,
  gift_card_fraud: giftCardFraud,
  friendly_fraud: friendlyFraud,
  promo_abuse: promoAbuse,
  refund_abuse: refundAbuse,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraudulent purchases, each kind planned on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const counts = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((k) => PLANNERS[k](rng.fork(k), w, counts[k]));
}
