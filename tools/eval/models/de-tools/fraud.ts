import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { cardTesting, friendlyFraud, refundAbuse, stolenCard } from './fraud-cards.js';
import { accountTakeover, fakeTradeAccount, invoiceIdentityTheft, sepaDebitFraud } from './fraud-identity.js';
import { sanctionedCountry } from './fraud-sanctioned.js';
import { type Purchase } from './purchase.js';
import { type World } from './shopper.js';

/** The fraud the shop sees, by kind, and how many of each a stream gets (README.md has the table). */

export const FRAUD = {
  card_testing: 12,
  stolen_card: 22,
  account_takeover: 10,
  sepa_debit_fraud: 12,
  invoice_identity_theft: 11,
  fake_trade_account: 7,
  refund_abuse: 9,
  friendly_fraud: 9,
  sanctioned_country: 8,
} as const;
export type FraudKind = keyof typeof FRAUD;

/** Exactly by weight, at least one of each (`allocateKinds`). */
export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  return [
    ...cardTesting(rng.fork('card_testing'), w.window, n.card_testing),
    ...stolenCard(rng.fork('stolen_card'), w.window, n.stolen_card),
    ...accountTakeover(rng.fork('account_takeover'), w, n.account_takeover),
    ...sepaDebitFraud(rng.fork('sepa_debit_fraud'), w, n.sepa_debit_fraud),
    ...invoiceIdentityTheft(rng.fork('invoice_identity_theft'), w, n.invoice_identity_theft),
    ...fakeTradeAccount(rng.fork('fake_trade_account'), w, n.fake_trade_account),
    ...refundAbuse(rng.fork('refund_abuse'), w, n.refund_abuse),
    ...friendlyFraud(rng.fork('friendly_fraud'), w, n.friendly_fraud),
    ...sanctionedCountry(rng.fork('sanctioned_country'), w, n.sanctioned_country),
  ];
}
