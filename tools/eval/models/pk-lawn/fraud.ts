import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { type World } from './build.js';
import { accountTakeover, friendlyFraud, sanctionedCountry } from './fraud-accounts.js';
import { cardTesting, stolenCardGiftHome, triangulation } from './fraud-cards.js';
import { fakeCodOrders, fakeTransferProof, walletHijack, wearAndReturn } from './fraud-home.js';
import { type Purchase } from './purchase.js';

/**
 * The fraud a Pakistani fashion label meets, by weight: fake cash-on-delivery orders refused at the door, card
 * testing, foreign cards stolen with their owners' details and spent on parcels to Pakistan, Instagram
 * "discount" pages reselling with stolen cards (triangulation), takeovers of diaspora accounts with saved
 * cards, wallets hijacked by SIM swap or a prize-call OTP, forged transfer screenshots, friendly fraud after
 * delivery, formals worn and returned, and a few buyers in sanctioned countries.
 */

export const FRAUD = {
  fake_cod_orders: 22,
  card_testing: 14,
  stolen_card_gift_home: 14,
  account_takeover: 9,
  friendly_fraud: 9,
  triangulation: 8,
  wallet_hijack: 8,
  wear_and_return: 7,
  fake_transfer_proof: 6,
  sanctioned_country: 3,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

type Planner = (rng: Rng, w: World, n: number) => Purchase[];

const PLANNERS: Readonly<Record<FraudKind, Planner>> = {
  fake_cod_orders: fakeCodOrders,
  card_testing: cardTesting,
  stolen_card_gift_home: stolenCardGiftHome,
  account_takeover: accountTakeover,
  friendly_fraud: friendlyFraud,
  triangulation,
  wallet_hijack: walletHijack,
  wear_and_return: wearAndReturn,
  fake_transfer_proof: fakeTransferProof,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraudulent purchases, allocated exactly across the kinds, each kind on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((k) =>
    n[k] > 0 ? PLANNERS[k](rng.fork(k), w, n[k]) : [],
  );
}
