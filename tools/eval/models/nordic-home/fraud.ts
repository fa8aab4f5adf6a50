import { planCardTesting } from './card-testing.js';
import { type Purchase } from './purchase.js';
import { type Rng } from './random.js';
import { planSanctioned } from './sanctioned.js';
import { planStolenCards } from './stolen-card.js';
import { planTakeovers } from './takeover.js';
import { planThrowaways } from './throwaway.js';
import { type World } from './world.js';

/**
 * The fraud mix, as shares of fraudulent orders. Card testing is the most numerous (each bot attempt is an
 * order) but the cheapest; stolen cards carry most of the loss; takeovers and throwaway accounts are rarer
 * and larger. Shares wobble from seed to seed, as one week differs from the next.
 */
const SHARES: ReadonlyArray<readonly [string, number]> = [
  ['card_testing', 0.48],
  ['stolen_card', 0.22],
  ['account_takeover', 0.11],
  ['new_account_throwaway', 0.11],
  ['sanctioned_country', 0.08],
];

/** Whole counts per kind that add up to `total`, every kind at least one once there are five or more. */
function split(rng: Rng, total: number): Map<string, number> {
  const raw = SHARES.map(([kind, share]) => [kind, share * rng.float(0.8, 1.2)] as const);
  const sum = raw.reduce((acc, [, share]) => acc + share, 0);
  const counts = new Map(raw.map(([kind, share]) => [kind, Math.floor((share / sum) * total)]));
  if (total >= SHARES.length)
    for (const [kind] of SHARES) counts.set(kind, Math.max(1, counts.get(kind) ?? 0));
  let assigned = [...counts.values()].reduce((acc, count) => acc + count, 0);
  const order = rng.shuffle(SHARES.map(([kind]) => kind));
  for (let i = 0; assigned < total; i++, assigned++) {
    const kind = order[i % order.length] ?? 'card_testing';
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  for (let i = 0; assigned > total; i++) {
    const kind = order[i % order.length] ?? 'card_testing';
    const count = counts.get(kind) ?? 0;
    if (count > 1) {
      counts.set(kind, count - 1);
      assigned--;
    }
  }
  return counts;
}

export function planFraud(rng: Rng, world: World, total: number): Purchase[] {
  const counts = split(rng.fork('split'), total);
  const testing = planCardTesting(rng.fork('card_testing'), world, counts.get('card_testing') ?? 0);
  return [
    ...testing.purchases,
    ...planStolenCards(rng.fork('stolen_card'), world, counts.get('stolen_card') ?? 0, testing.validated),
    ...planTakeovers(rng.fork('account_takeover'), world, counts.get('account_takeover') ?? 0),
    ...planThrowaways(rng.fork('new_account_throwaway'), world, counts.get('new_account_throwaway') ?? 0),
    ...planSanctioned(rng.fork('sanctioned_country'), world, counts.get('sanctioned_country') ?? 0),
  ];
}
