import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { type World } from './build.js';
import { fakeCorporate, simSwapTakeover } from './fraud-accounts.js';
import { friendlyFraud, refundAbuse, sanctionedCountry } from './fraud-customers.js';
import { cardTesting, foreignCardDrop, stolenCardOtp } from './fraud-cards.js';
import { ring } from './fraud-kit.js';
import { type Purchase } from './purchase.js';

/**
 * Fraud kinds and their weights (README.md). Fraud is allocated exactly across the kinds (at least one each);
 * four rings per stream reuse their phones, lockers and drops across the stolen-card, takeover and fake
 * corporate orders.
 */

export const FRAUD = {
  card_testing: 18,
  stolen_card_otp: 22,
  foreign_card_drop: 15,
  sim_swap_takeover: 13,
  fake_corporate: 5,
  friendly_fraud: 12,
  refund_abuse: 9,
  sanctioned_country: 6,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const rings = Array.from({ length: 4 }, (_, k) => ring(rng.fork(`ring${k}`)));
  return [
    ...cardTesting(rng.fork('card_testing'), w, n.card_testing),
    ...stolenCardOtp(rng.fork('stolen_card_otp'), w, n.stolen_card_otp, rings),
    ...foreignCardDrop(rng.fork('foreign_card_drop'), w, n.foreign_card_drop, rings),
    ...simSwapTakeover(rng.fork('sim_swap_takeover'), w, n.sim_swap_takeover, rings),
    ...fakeCorporate(rng.fork('fake_corporate'), w, n.fake_corporate, rings),
    ...friendlyFraud(rng.fork('friendly_fraud'), w, n.friendly_fraud),
    ...refundAbuse(rng.fork('refund_abuse'), w, n.refund_abuse),
    ...sanctionedCountry(rng.fork('sanctioned_country'), w, n.sanctioned_country),
  ];
}
