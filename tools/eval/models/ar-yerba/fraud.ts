import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { type World } from './build.js';
import {
  accountTakeover,
  fakePaymentProof,
  friendlyClaim,
  phishedMercadoPago,
  sanctionedCountry,
} from './fraud-accounts.js';
import { cardTesting, stolenCardCuotas, triangulation, wineReseller } from './fraud-cards.js';
import { type Purchase } from './purchase.js';

/** Fraud kinds and their weights: each stream's fraud count is split exactly by these (`allocateKinds`). */
export const FRAUD = {
  /** Runs of small yerba orders at night testing a batch of cards. */
  card_testing: 16,
  /** Phished Argentine credit cards spent in 6 or 12 cuotas on resale goods. */
  stolen_card_cuotas: 17,
  /** A phished Mercado Pago wallet: its balance, a saved card or Mercado Crédito in the victim's name. */
  phished_mercado_pago: 14,
  /** Resellers buying wine by the case with stolen cards, to a depot. */
  wine_reseller: 11,
  /** A fake transfer receipt or voucher ticket, goods handed over the same day. */
  fake_payment_proof: 10,
  /** A loyal buyer's account taken over: saved card, new device, new address. */
  account_takeover: 11,
  /** Marketplace triangulation: a stolen card buying for a real marketplace buyer. */
  triangulation: 9,
  /** A real buyer who claims the delivered parcel never came, or the charge is unknown. */
  friendly_claim: 7,
  /** Buyers in Russia, Belarus, Iran, Cuba, Syria or North Korea. */
  sanctioned_country: 5,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, w: World, count: number) => Purchase[]>> = {
  card_testing: cardTesting,
  stolen_card_cuotas: stolenCardCuotas,
  phished_mercado_pago: phishedMercadoPago,
  wine_reseller: wineReseller,
  fake_payment_proof: fakePaymentProof,
  account_takeover: accountTakeover,
  triangulation,
  friendly_claim: friendlyClaim,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraudulent purchases, each kind planned on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const counts = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((kind) =>
    PLANNERS[kind](rng.fork(kind), w, counts[kind]),
  );
}
