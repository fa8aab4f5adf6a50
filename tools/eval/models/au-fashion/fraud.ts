import { allocateKinds } from '../kit/stream.js';
import { type Rng } from '../kit/random.js';
import { accountTakeover, bnplIdentityFraud, friendlyFraud, promoAbuse } from './fraud-accounts.js';
import {
  cardTesting,
  giftCardCashout,
  sanctionedCountry,
  stolenCardResale,
  triangulation,
} from './fraud-cards.js';
import { type World } from './people.js';
import { type Purchase } from './purchase.js';

/** The fraud kinds, their weights (each gets at least one order, the rest by weight), and their planners. */

export const FRAUD = {
  card_testing: 22,
  stolen_card_resale: 18,
  account_takeover: 12,
  gift_card_cashout: 10,
  triangulation: 10,
  promo_abuse: 9,
  bnpl_identity_fraud: 8,
  friendly_fraud: 8,
  sanctioned_country: 3,
} as const;

export type FraudKind = keyof typeof FRAUD;

const PLANS: Record<FraudKind, (rng: Rng, w: World, n: number) => Purchase[]> = {
  card_testing: cardTesting,
  stolen_card_resale: stolenCardResale,
  account_takeover: accountTakeover,
  gift_card_cashout: giftCardCashout,
  triangulation,
  promo_abuse: promoAbuse,
  bnpl_identity_fraud: bnplIdentityFraud,
  friendly_fraud: friendlyFraud,
  sanctioned_country: sanctionedCountry,
};

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

/** `count` fraud purchases, each kind planned on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const counts = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((k) =>
    counts[k] > 0 ? PLANS[k](rng.fork(k), w, counts[k]) : [],
  );
}
