import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { accountTakeover, friendlyFraud, giftCardCracking } from './fraud-accounts.js';
import { cardTesting, dropBots, stolenCardGiftCards, triangulation } from './fraud-cards.js';
import { sanctionedCountry } from './fraud-sanctioned.js';
import { type Purchase } from './purchase.js';
import { type World } from './world.js';

/** The fraud kinds, their weights (allocated exactly with `allocateKinds`), and their planners. */

export const FRAUD = {
  card_testing: 18,
  drop_bot_stolen_card: 19,
  stolen_card_gift_cards: 12,
  gift_card_cracking: 7,
  account_takeover: 11,
  triangulation: 11,
  friendly_fraud: 16,
  sanctioned_country: 6,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLAN: Record<FraudKind, (rng: Rng, w: World, count: number) => Purchase[]> = {
  card_testing: cardTesting,
  drop_bot_stolen_card: dropBots,
  stolen_card_gift_cards: stolenCardGiftCards,
  gift_card_cracking: giftCardCracking,
  account_takeover: accountTakeover,
  triangulation,
  friendly_fraud: friendlyFraud,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraud purchases, each kind planned on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const n = allocate(count);
  return (Object.keys(PLAN) as FraudKind[]).flatMap((kind) => PLAN[kind](rng.fork(kind), w, n[kind]));
}
