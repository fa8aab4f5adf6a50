import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { type World } from './build.js';
import { courierCodCollusion, instalmentIdFraud, promoAbuseFarm, simSwapTakeover } from './fraud-accounts.js';
import { cardTesting, friendlyFraud, stolenForeignCard } from './fraud-cards.js';
import { sanctionedCountry } from './fraud-sanctioned.js';
import { type Purchase } from './purchase.js';

/** Fraud kinds and their weights; each seed's fraud count is split across them exactly (`allocateKinds`). */

export const FRAUD = {
  stolen_foreign_card: 22,
  instalment_id_fraud: 18,
  card_testing: 16,
  sim_swap_takeover: 12,
  promo_abuse_farm: 12,
  courier_cod_collusion: 8,
  friendly_fraud: 6,
  sanctioned_country: 6,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, w: World, n: number) => Purchase[]>> = {
  stolen_foreign_card: stolenForeignCard,
  instalment_id_fraud: instalmentIdFraud,
  card_testing: cardTesting,
  sim_swap_takeover: simSwapTakeover,
  promo_abuse_farm: promoAbuseFarm,
  courier_cod_collusion: courierCodCollusion,
  friendly_fraud: friendlyFraud,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraudulent purchases, each kind planned on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const counts = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((kind) =>
    PLANNERS[kind](rng.fork(kind), w, counts[kind]),
  );
}
