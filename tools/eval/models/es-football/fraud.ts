import { allocateKinds } from '../kit/stream.js';
import { type Rng } from '../kit/random.js';
import { type World } from './build.js';
import { accountTakeover, counterfeitSwap, dropBot, friendlyFraud } from './fraud-accounts.js';
import { cardTesting, stolenCard, triangulation } from './fraud-cards.js';
import { sanctionedCountry } from './fraud-sanctioned.js';
import { type Purchase } from './purchase.js';

/**
 * The fraud kinds and their weights; each seed's fraud is allocated across them exactly (one each at least).
 */

export const FRAUD = {
  card_testing: 20,
  stolen_card: 22,
  drop_bot: 15,
  account_takeover: 10,
  triangulation: 9,
  friendly_fraud: 10,
  counterfeit_swap: 8,
  sanctioned_country: 6,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, w: World, count: number) => Purchase[]>> = {
  card_testing: cardTesting,
  stolen_card: stolenCard,
  drop_bot: dropBot,
  account_takeover: accountTakeover,
  triangulation,
  friendly_fraud: friendlyFraud,
  counterfeit_swap: counterfeitSwap,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraudulent purchases, each kind planned on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const counts = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((kind) =>
    PLANNERS[kind](rng.fork(kind), w, counts[kind]),
  );
}
