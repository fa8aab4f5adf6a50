import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { accountFraud } from './fraud-accounts.js';
import { cardFraud } from './fraud-cards.js';
import { sanctionedFraud } from './fraud-sanctioned.js';
import { type Purchase } from './purchase.js';
import { type World } from './world.js';

/** The fraud kinds, their weights, and the planner of a seed's fraud (allocated exactly by weight). */

export const FRAUD = {
  stolen_card_resale: 20,
  export_forwarder: 11,
  trade_account_takeover: 10,
  card_testing: 16,
  refund_abuse: 10,
  promo_abuse: 9,
  triangulation: 8,
  sanctioned_country: 7,
  low_and_slow: 9,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, w: World, n: number) => Purchase[]>> = {
  ...cardFraud,
  ...accountFraud,
  ...sanctionedFraud,
};

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const counts = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((kind) =>
    counts[kind] > 0 ? PLANNERS[kind](rng.fork(kind), w, counts[kind]) : [],
  );
}
