import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { accountTakeover, friendlyFraud, promoAbuse, sanctionedCountry } from './fraud-accounts.js';
import { cardTesting, fakeWholesale, localCardFraud, stolenCard, triangulation } from './fraud-cards.js';
import { type World } from './people.js';
import { type Purchase } from './purchase.js';

/**
 * The fraud kinds and their weights; each seed's fraud count is allocated exactly across them (one each at
 * least).
 */

export const FRAUD = {
  card_testing: 22,
  stolen_card: 17,
  local_card_fraud: 13,
  account_takeover: 10,
  triangulation: 9,
  promo_abuse: 10,
  friendly_fraud: 10,
  fake_wholesale: 4,
  sanctioned_country: 5,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Record<FraudKind, (rng: Rng, w: World, n: number) => Purchase[]> = {
  card_testing: cardTesting,
  stolen_card: stolenCard,
  local_card_fraud: localCardFraud,
  account_takeover: accountTakeover,
  triangulation,
  promo_abuse: promoAbuse,
  friendly_fraud: friendlyFraud,
  fake_wholesale: fakeWholesale,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraudulent purchases, each kind planned on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const n = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((k) => PLANNERS[k](rng.fork(k), w, n[k]));
}
