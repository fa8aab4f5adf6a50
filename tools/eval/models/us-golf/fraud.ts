import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { type World } from './build.js';
import { accountTakeover, friendlyFraud, returnFraud, sanctionedCountry } from './fraud-accounts.js';
import {
  cardTesting,
  carefulStolenCard,
  giftCardCashout,
  stolenCardReship,
  triangulation,
} from './fraud-cards.js';
import { type Purchase } from './purchase.js';

/** Fraud kinds and their weights; each seed's fraud count is split across them exactly (`allocateKinds`). */
export const FRAUD = {
  card_testing: 16,
  stolen_card_reship: 18,
  careful_stolen_card: 16,
  account_takeover: 11,
  gift_card_cashout: 9,
  triangulation: 9,
  friendly_fraud: 10,
  return_fraud: 6,
  sanctioned_country: 5,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, w: World, count: number) => Purchase[]>> = {
  card_testing: cardTesting,
  stolen_card_reship: stolenCardReship,
  careful_stolen_card: carefulStolenCard,
  account_takeover: accountTakeover,
  gift_card_cashout: giftCardCashout,
  triangulation,
  friendly_fraud: friendlyFraud,
  return_fraud: returnFraud,
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
