import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { type World } from './checkout.js';
import { accountTakeover, friendlyFraud, muleWalletFpx } from './fraud-accounts.js';
import { cardTesting, sanctionedCountry, stolenCardForeign, stolenCardOtp } from './fraud-cards.js';
import { fakeCod, fakeCorporateLpo } from './fraud-cod.js';
import { type Purchase } from './purchase.js';

/**
 * Fraud as a Malaysian fashion house sees it before Raya, by weight: card testing on the cheapest items, Malaysian
 * cards phished with their OTP, foreign cards (and triangulation), hijacked bank and e-wallet accounts paying by
 * FPX, account takeover, fake COD orders, forged purchase orders, friendly fraud after Raya, and buyers from
 * sanctioned countries. Counts are allocated exactly by weight, at least one of each.
 */

export const FRAUD = {
  card_testing: 20,
  stolen_card_otp: 15,
  stolen_card_foreign: 12,
  mule_wallet_fpx: 10,
  account_takeover: 8,
  fake_cod: 15,
  fake_corporate_lpo: 3,
  friendly_fraud: 13,
  sanctioned_country: 4,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, w: World, n: number) => Purchase[]>> = {
  card_testing: cardTesting,
  stolen_card_otp: stolenCardOtp,
  stolen_card_foreign: stolenCardForeign,
  mule_wallet_fpx: muleWalletFpx,
  account_takeover: accountTakeover,
  fake_cod: fakeCod,
  fake_corporate_lpo: fakeCorporateLpo,
  friendly_fraud: friendlyFraud,
  sanctioned_country: sanctionedCountry,
};

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const counts = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((kind) =>
    PLANNERS[kind](rng.fork(kind), w, counts[kind]),
  );
}
