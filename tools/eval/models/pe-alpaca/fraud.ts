import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { accountTakeover, friendlyFraud, promoAbuse } from './fraud-accounts.js';
import { cardTesting, forwarderDrop, stolenCardVicuna, triangulation } from './fraud-cards.js';
import { sanctionedCountry } from './fraud-sanctioned.js';
import { type Purchase } from './purchase.js';
import { type World } from './world.js';

/** The fraud kinds and their weights; each stream's fraud count is allocated to them exactly (README.md). */
export const FRAUD = {
  stolen_card_vicuna: 19,
  card_testing: 22,
  account_takeover: 10,
  forwarder_drop: 12,
  triangulation: 8,
  friendly_fraud: 12,
  promo_abuse: 13,
  sanctioned_country: 4,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, w: World, count: number) => Purchase[]>> = {
  stolen_card_vicuna: stolenCardVicuna,
  card_testing: cardTesting,
  account_takeover: accountTakeover,
  forwarder_drop: forwarderDrop,
  triangulation,
  friendly_fraud: friendlyFraud,
  promo_abuse: promoAbuse,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraud purchases, each kind planned on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const counts = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((kind) =>
    counts[kind] > 0 ? PLANNERS[kind](rng.fork(kind), w, counts[kind]).slice(0, counts[kind]) : [],
  );
}
