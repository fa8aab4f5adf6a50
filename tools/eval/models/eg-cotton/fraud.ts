import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { accountTakeover, codFakeOrder, friendlyFraud, refundAbuse } from './fraud-accounts.js';
import { cardTesting, sanctionedCountry, stolenCardReshipper, stolenEgyptianCard } from './fraud-cards.js';
import { type Purchase, type World } from './purchase.js';

/**
 * Fraud kinds and their weights (of fraudulent orders, allocated exactly per stream with `allocateKinds`: one
 * each, the rest by largest remainder).
 */
export const FRAUD = {
  card_testing: 20,
  stolen_card_reshipper: 18,
  stolen_egyptian_card: 13,
  cod_fake_order: 14,
  account_takeover: 10,
  refund_abuse: 9,
  friendly_fraud: 11,
  sanctioned_country: 5,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, w: World, count: number) => Purchase[]>> = {
  card_testing: cardTesting,
  stolen_card_reshipper: stolenCardReshipper,
  stolen_egyptian_card: stolenEgyptianCard,
  cod_fake_order: codFakeOrder,
  account_takeover: accountTakeover,
  refund_abuse: refundAbuse,
  friendly_fraud: friendlyFraud,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraudulent purchases, each kind on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const counts = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((kind) =>
    PLANNERS[kind](rng.fork(kind), w, counts[kind]),
  );
}
