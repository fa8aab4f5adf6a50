import { planCardTesting } from './card-testing.js';
import { friendlyFraud } from './friendly.js';
import { planPromoAbuse } from './promo-abuse.js';
import { type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { sanctionedOrder } from './sanctioned.js';
import { stolenCard } from './stolen-card.js';
import { accountTakeover } from './takeover.js';
import { planThrowaway } from './throwaway.js';
import { type World } from './world.js';

/**
 * Fraud by kind, as shares of fraudulent orders. Card testing is most of the count and little of the
 * value; stolen cards, takeovers and throwaway accounts carry the losses; friendly fraud and promo abuse
 * look like customers; sanctioned-country orders are few.
 */
export const FRAUD_SHARES: Readonly<Record<string, number>> = {
  card_testing: 0.37,
  stolen_card: 0.22,
  account_takeover: 0.09,
  new_account_throwaway: 0.1,
  friendly_fraud: 0.08,
  promo_abuse: 0.08,
  sanctioned_country: 0.06,
};

type Planner = (rng: Rng, world: World, count: number) => Purchase[];
const each =
  (one: (rng: Rng, world: World) => Purchase): Planner =>
  (rng, world, count) =>
    Array.from({ length: count }, (_, i) => one(rng.fork(`order:${i}`), world));

const PLANNERS: Readonly<Record<string, Planner>> = {
  card_testing: planCardTesting,
  stolen_card: each(stolenCard),
  account_takeover: each(accountTakeover),
  new_account_throwaway: planThrowaway,
  friendly_fraud: each(friendlyFraud),
  promo_abuse: planPromoAbuse,
  sanctioned_country: each(sanctionedOrder),
};

/** Splits `count` fraudulent orders by kind (largest remainders), then plans each kind on its own stream. */
export function planFraud(rng: Rng, world: World, count: number): Purchase[] {
  const kinds = Object.keys(FRAUD_SHARES);
  const exact = kinds.map((kind) => (FRAUD_SHARES[kind] ?? 0) * count);
  const counts = exact.map(Math.floor);
  const order = kinds
    .map((_, i) => i)
    .sort((a, b) => (exact[b] ?? 0) - (counts[b] ?? 0) - ((exact[a] ?? 0) - (counts[a] ?? 0)));
  let left = count - counts.reduce((sum, n) => sum + n, 0);
  for (const i of order) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return kinds.flatMap((kind, i) => PLANNERS[kind]?.(rng.fork(kind), world, counts[i] ?? 0) ?? []);
}
