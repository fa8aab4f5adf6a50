import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { accountTakeover, bnplAbuse, codFakeOrders, promoFarming, refundAbuse } from './fraud-accounts.js';
import { cardTesting, sanctionedCountry, stolenCardResale } from './fraud-cards.js';
import { type Purchase } from './purchase.js';
import { type World } from './world.js';

/** The fraud kinds and their weights; each seed's fraud count is split across them exactly (`allocateKinds`). */
export const FRAUD = {
  stolen_card_resale: 22,
  cod_fake_order: 18,
  card_testing: 14,
  account_takeover: 12,
  promo_farming: 12,
  bnpl_abuse: 11,
  refund_abuse: 6,
  sanctioned_country: 5,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

/** `n` purchases, each planned on its own fork `name0`, `name1`, … */
const each = (rng: Rng, name: string, n: number, plan: (r: Rng) => Purchase): Purchase[] =>
  Array.from({ length: n }, (_, i) => plan(rng.fork(`${name}${i}`)));

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  return [
    ...each(rng, 'stolen', n.stolen_card_resale, (r) => stolenCardResale(r, w)),
    ...codFakeOrders(rng.fork('cod'), w, n.cod_fake_order),
    ...cardTesting(rng.fork('testing'), w, n.card_testing),
    ...each(rng, 'ato', n.account_takeover, (r) => accountTakeover(r, w)),
    ...promoFarming(rng.fork('promo'), w, n.promo_farming),
    ...bnplAbuse(rng.fork('bnpl'), w, n.bnpl_abuse),
    ...each(rng, 'refund', n.refund_abuse, (r) => refundAbuse(r, w)),
    ...each(rng, 'sanctioned', n.sanctioned_country, (r) => sanctionedCountry(r, w)),
  ];
}
