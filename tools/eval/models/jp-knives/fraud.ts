import { allocateKinds } from '../kit/stream.js';
import { type Rng } from '../kit/random.js';
import { type World } from './build.js';
import { accountTakeover, dropBot, friendlyFraud, refundAbuse } from './fraud-accounts.js';
import { cardTesting, stolenCardJp, stolenCardReshipper, triangulation } from './fraud-cards.js';
import { sanctionedCountry } from './fraud-sanctioned.js';
import { type Purchase } from './purchase.js';

/** The fraud kinds, their weights, and how a seed's fraud count is split between them (at least one each). */

export const FRAUD = {
  card_testing: 20,
  stolen_card_reshipper: 18,
  stolen_card_jp: 14,
  account_takeover: 10,
  drop_bot: 10,
  triangulation: 8,
  friendly_fraud: 8,
  refund_abuse: 6,
  sanctioned_country: 6,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, w: World, n: number) => Purchase[]>> = {
  card_testing: cardTesting,
  stolen_card_reshipper: stolenCardReshipper,
  stolen_card_jp: stolenCardJp,
  account_takeover: accountTakeover,
  drop_bot: dropBot,
  triangulation,
  friendly_fraud: friendlyFraud,
  refund_abuse: refundAbuse,
  sanctioned_country: sanctionedCountry,
};

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const counts = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((k) => PLANNERS[k](rng.fork(k), w, counts[k]));
}
