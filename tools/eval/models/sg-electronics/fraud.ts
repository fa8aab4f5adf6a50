import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { accountTakeover, bnplIdentity, friendlyFraud, voucherRing } from './fraud-accounts.js';
import { cardTesting, phishedLocalCard, reshipper, sanctionedCountry, stolenCard } from './fraud-cards.js';
import { type Purchase } from './purchase.js';
import { type World } from './world.js';

/** The store's fraud, by kind, with weights (per hundred fraudulent orders), allocated exactly per stream. */

export const FRAUD = {
  stolen_card: 22,
  card_testing: 16,
  account_takeover: 13,
  bnpl_identity_fraud: 10,
  phished_local_card: 10,
  voucher_ring: 10,
  reshipper: 9,
  friendly_fraud: 6,
  sanctioned_country: 4,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, w: World, count: number) => Purchase[]>> = {
  stolen_card: stolenCard,
  card_testing: cardTesting,
  account_takeover: accountTakeover,
  bnpl_identity_fraud: bnplIdentity,
  phished_local_card: phishedLocalCard,
  voucher_ring: voucherRing,
  reshipper,
  friendly_fraud: friendlyFraud,
  sanctioned_country: sanctionedCountry,
};

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((k) => PLANNERS[k](rng.fork(k), w, n[k]));
}
