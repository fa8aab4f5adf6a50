import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import {
  accountTakeover,
  financeFraud,
  friendlyFraud,
  launchResellers,
  refundAbuse,
} from './fraud-accounts.js';
import { cardTesting, interceptedDelivery, sanctionedCountry, stolenCard } from './fraud-cards.js';
import { type Purchase } from './purchase.js';
import { type World } from './world.js';

/** Fraud kinds and their weights: each seed's fraud count is allocated across them exactly (`allocateKinds`). */
export const FRAUD = {
  stolen_card: 22,
  card_testing: 14,
  account_takeover: 14,
  launch_reseller: 12,
  intercepted_delivery: 11,
  finance_application_fraud: 11,
  refund_abuse: 7,
  friendly_fraud: 5,
  sanctioned_country: 4,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const each = (kind: FraudKind, plan: (r: Rng, w: World) => Purchase): Purchase[] => {
    const r = rng.fork(kind);
    return Array.from({ length: n[kind] }, () => plan(r, w));
  };
  return [
    ...each('stolen_card', stolenCard),
    ...cardTesting(rng.fork('card_testing'), w, n.card_testing),
    ...each('account_takeover', accountTakeover),
    ...launchResellers(rng.fork('launch_reseller'), w, n.launch_reseller),
    ...each('intercepted_delivery', interceptedDelivery),
    ...each('finance_application_fraud', financeFraud),
    ...each('refund_abuse', refundAbuse),
    ...each('friendly_fraud', friendlyFraud),
    ...each('sanctioned_country', sanctionedCountry),
  ];
}
