import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { type World } from './checkout.js';
import { friendlyFraud, simSwapTakeover, wardrobingRefund } from './fraud-accounts.js';
import { cardTesting, reshipperMule, stolenForeignCard } from './fraud-cards.js';
import { podFakeOrder, sanctionedCountry } from './fraud-local.js';
import { type Purchase } from './purchase.js';

/** The fraud kinds and their weights; each seed's fraud orders are allocated to them exactly. */
export const FRAUD = {
  stolen_foreign_card: 0.26,
  card_testing: 0.2,
  pod_fake_order: 0.14,
  sim_swap_takeover: 0.12,
  friendly_fraud: 0.1,
  reshipper_mule: 0.08,
  wardrobing_refund: 0.05,
  sanctioned_country: 0.05,
} as const;

export type FraudKind = keyof typeof FRAUD;

/** How many orders of each fraud kind `count` fraud orders hold. */
export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Record<FraudKind, (rng: Rng, w: World, n: number) => Purchase[]> = {
  stolen_foreign_card: stolenForeignCard,
  card_testing: cardTesting,
  pod_fake_order: podFakeOrder,
  sim_swap_takeover: simSwapTakeover,
  friendly_fraud: friendlyFraud,
  reshipper_mule: reshipperMule,
  wardrobing_refund: wardrobingRefund,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraud purchases, each kind on its own fork; none when the stream has no fraud. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const counts = allocate(count);
  return (Object.keys(PLANNERS) as FraudKind[]).flatMap((kind) =>
    PLANNERS[kind](rng.fork(kind), w, counts[kind]),
  );
}
