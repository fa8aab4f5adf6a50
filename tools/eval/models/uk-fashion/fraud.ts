import { dropBots, payLaterIdentity, takeover, throwaway } from './fraud-accounts.js';
import { bareCard, cardTesting, egiftCashout, fixAmounts, fullz } from './fraud-cards.js';
import { type FraudPlanner } from './fraud-kit.js';
import { friendlyFraud, refundAbuse, sanctioned } from './fraud-other.js';
import { type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

/** Fraud kinds and their intended share of fraud orders (per cent). */
export const FRAUD_SHARES: Readonly<Record<string, { share: number; plan: FraudPlanner }>> = {
  card_testing: { share: 24, plan: cardTesting },
  stolen_card_fullz: { share: 13, plan: fullz },
  stolen_card_bare: { share: 9, plan: bareCard },
  throwaway_account: { share: 9, plan: throwaway },
  drop_bot_stolen_card: { share: 9, plan: dropBots },
  account_takeover: { share: 8, plan: takeover },
  friendly_fraud: { share: 8, plan: friendlyFraud },
  egift_cashout: { share: 6, plan: egiftCashout },
  refund_abuse: { share: 5, plan: refundAbuse },
  pay_later_identity: { share: 4, plan: payLaterIdentity },
  sanctioned_country: { share: 4, plan: sanctioned },
};

/** Exactly `count` fraud orders split by share; each kind's count wobbles ±25 % per seed. */
export function planFraud(rng: Rng, world: World, count: number): Purchase[] {
  const kinds = Object.keys(FRAUD_SHARES);
  const wobble = rng.fork('wobble');
  const weights = kinds.map((k) => (FRAUD_SHARES[k]?.share ?? 0) * wobble.float(0.75, 1.25));
  const total = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((count * w) / total));
  for (let i = 0; counts.reduce((a, b) => a + b, 0) < count; i = (i + 1) % counts.length)
    counts[i] = (counts[i] ?? 0) + 1;
  return kinds.flatMap((kind, i) => {
    const planner = FRAUD_SHARES[kind];
    return planner && (counts[i] ?? 0) > 0
      ? planner.plan(rng.fork(kind), world, counts[i] ?? 0).map(fixAmounts)
      : [];
  });
}
