import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { accountTakeover, friendlyFraud, resellerBots, sanctionedCountry } from './fraud-accounts.js';
import {
  cardTesting,
  clickCollectStolen,
  reshipperMule,
  stolenCardDigital,
  triangulation,
} from './fraud-cards.js';
import { type Purchase } from './purchase.js';
import { type World } from './shopper.js';

/**
 * The fraud Pixel Harbour suffers, by weight (of fraudulent orders), allocated exactly per seed with
 * `allocateKinds` (one of each at least, the rest by largest remainder).
 */
export const FRAUD = {
  card_testing: 20,
  stolen_card_digital: 20,
  account_takeover: 12,
  reseller_bot: 11,
  reshipper_mule: 9,
  friendly_fraud: 10,
  click_collect_stolen: 7,
  triangulation: 6,
  sanctioned_country: 5,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, w: World, n: number) => Purchase[]>> = {
  card_testing: cardTesting,
  stolen_card_digital: stolenCardDigital,
  account_takeover: accountTakeover,
  reseller_bot: resellerBots,
  reshipper_mule: reshipperMule,
  friendly_fraud: friendlyFraud,
  click_collect_stolen: clickCollectStolen,
  triangulation,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraudulent purchases, each kind planned on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const counts = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((kind) =>
    counts[kind] > 0 ? PLANNERS[kind](rng.fork(kind), w, counts[kind]) : [],
  );
}
