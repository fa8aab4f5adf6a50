import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { accountTakeover, friendlyFraud, promoAbuse } from './fraud-accounts.js';
import { bankCredentialFraud, cardTesting, stolenCard } from './fraud-cards.js';
import { fakePurchaseOrder, sanctionedCountry } from './fraud-other.js';
import { type Purchase } from './purchase.js';
import { type World } from './world.js';

/** The fraud kinds and their weights (shares of fraudulent orders); README.md describes each. */
export const FRAUD = {
  card_testing: 24,
  stolen_card: 21,
  account_takeover: 11,
  bank_credential_fraud: 11,
  friendly_fraud: 13,
  promo_abuse: 11,
  fake_purchase_order: 4,
  sanctioned_country: 5,
} as const;
export type FraudKind = keyof typeof FRAUD;

/** How many of `count` fraudulent orders each kind gets (one each, the rest by weight). */
export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, w: World, n: number) => Purchase[]>> = {
  card_testing: cardTesting,
  stolen_card: stolenCard,
  account_takeover: accountTakeover,
  bank_credential_fraud: bankCredentialFraud,
  friendly_fraud: friendlyFraud,
  promo_abuse: promoAbuse,
  fake_purchase_order: fakePurchaseOrder,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraudulent purchases, each kind planned on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const n = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((kind) => PLANNERS[kind](rng.fork(kind), w, n[kind]));
}
