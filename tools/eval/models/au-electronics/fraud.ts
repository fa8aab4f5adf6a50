import { accountTakeover, digitalGoods, friendly, throwaway } from './fraud-accounts.js';
import { resellerBot, sanctioned, stolenCardResale, triangulation } from './fraud-goods.js';
import { planCardTesting } from './fraud-testing.js';
import { type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

type Make = (rng: Rng, world: World, i: number) => Purchase;

/** Fraud kinds and their shares of fraud orders by count (card testing is planned as bursts and a drip). */
export const FRAUD_SHARES: Readonly<Record<string, number>> = {
  card_testing: 0.3,
  stolen_card_resale: 0.16,
  digital_goods_fraud: 0.12,
  reseller_bot_stolen: 0.1,
  throwaway_account: 0.08,
  account_takeover: 0.07,
  triangulation: 0.07,
  friendly_fraud: 0.05,
  sanctioned_country: 0.05,
};

const MAKERS: Record<string, Make> = {
  stolen_card_resale: stolenCardResale,
  digital_goods_fraud: digitalGoods,
  reseller_bot_stolen: resellerBot,
  throwaway_account: throwaway,
  account_takeover: accountTakeover,
  triangulation,
  friendly_fraud: friendly,
  sanctioned_country: sanctioned,
};

export function planFraud(rng: Rng, world: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  const kinds = Object.keys(MAKERS);
  // Every kind gets at least a few orders in a full-size stream; card testing takes the remainder.
  const floor = count >= 60 ? 4 : 0;
  let used = 0;
  for (const kind of kinds) {
    const n = Math.min(
      count - used,
      Math.max(floor, Math.round(count * (FRAUD_SHARES[kind] ?? 0) * rng.float(0.8, 1.2))),
    );
    const make = MAKERS[kind];
    if (!make) continue;
    for (let i = 0; i < n; i++) out.push(make(rng.fork(`${kind}:${i}`), world, i));
    used += n;
  }
  return [...out, ...planCardTesting(rng.fork('card_testing'), world, count - used)];
}
