import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the store's gateway reports them: BIN, last four, brand, issuing country and a fingerprint (never a
 * card number). BINs are this model's own lists, shaped like the issuers' (Visa 4…, Mastercard 51–55 and 2…, JCB
 * 35…, Amex 37…, UnionPay 62…). AVS is answered only by US, Canadian and British issuers; Philippine and most other
 * issuers return `unavailable`. A saved card is charged without its code (`unchecked`).
 */

export type Brand = 'visa' | 'mastercard' | 'jcb' | 'amex' | 'unionpay' | 'discover';
export type Funding = 'credit' | 'debit' | 'prepaid';

/** A card a buyer holds; the funding stays with the model (the bodies show `shownCard`). */
export interface HeldCard extends Card {
  funding: Funding;
}

export interface Bin {
  bin: string;
  brand: Brand;
  funding: Funding;
}

const b = (bin: string, brand: Brand, funding: Funding): Bin => ({ bin, brand, funding });

export const BINS: Readonly<Record<string, readonly Bin[]>> = {
  PH: [
    b('421623', 'visa', 'credit'),
    b('437734', 'visa', 'credit'),
    b('455881', 'visa', 'credit'),
    b('489375', 'visa', 'credit'),
    b('414968', 'visa', 'debit'),
    b('457935', 'visa', 'debit'),
    b('466336', 'visa', 'debit'),
    b('432963', 'visa', 'prepaid'),
    b('522466', 'mastercard', 'credit'),
    b('540071', 'mastercard', 'credit'),
    b('552111', 'mastercard', 'credit'),
    b('518884', 'mastercard', 'debit'),
    b('535522', 'mastercard', 'prepaid'),
    b('222941', 'mastercard', 'debit'),
    b('356855', 'jcb', 'credit'),
    b('354994', 'jcb', 'credit'),
    b('377801', 'amex', 'credit'),
  ],
  AE: [
    b('484807', 'visa', 'debit'),
    b('428347', 'visa', 'credit'),
    b('532732', 'mastercard', 'debit'),
    b('557606', 'mastercard', 'prepaid'),
  ],
  SA: [b('446404', 'visa', 'debit'), b('457865', 'visa', 'credit'), b('529415', 'mastercard', 'debit')],
  QA: [b('427858', 'visa', 'debit'), b('543095', 'mastercard', 'credit')],
  KW: [b('450605', 'visa', 'debit'), b('512662', 'mastercard', 'credit')],
  HK: [b('456351', 'visa', 'credit'), b('540034', 'mastercard', 'credit'), b('625914', 'unionpay', 'debit')],
  SG: [b('456722', 'visa', 'debit'), b('552343', 'mastercard', 'credit'), b('414009', 'visa', 'credit')],
  US: [
    b('414720', 'visa', 'credit'),
    b('426684', 'visa', 'credit'),
    b('438857', 'visa', 'debit'),
    b('517805', 'mastercard', 'credit'),
    b('546616', 'mastercard', 'credit'),
    b('371701', 'amex', 'credit'),
    b('601100', 'discover', 'credit'),
  ],
  IT: [b('402360', 'visa', 'prepaid'), b('545502', 'mastercard', 'debit'), b('479012', 'visa', 'credit')],
  JP: [b('356600', 'jcb', 'credit'), b('490222', 'visa', 'credit')],
  KR: [b('404825', 'visa', 'credit'), b('524353', 'mastercard', 'credit')],
  AU: [b('456443', 'visa', 'debit'), b('516361', 'mastercard', 'credit')],
  GB: [b('475129', 'visa', 'debit'), b('492181', 'visa', 'debit'), b('535514', 'mastercard', 'credit')],
  CA: [b('450060', 'visa', 'credit'), b('520588', 'mastercard', 'credit')],
  CN: [b('622848', 'unionpay', 'debit'), b('625807', 'unionpay', 'credit')],
  TW: [b('466880', 'visa', 'credit')],
  FR: [b('497010', 'visa', 'debit'), b('513691', 'mastercard', 'debit')],
  DE: [b('455600', 'visa', 'credit')],
  // Cards that buyers in sanctioned places open in neighbouring countries (the sanctioned-country kind only).
  KZ: [b('440563', 'visa', 'debit'), b('539545', 'mastercard', 'debit')],
  AM: [b('408306', 'visa', 'debit')],
  KG: [b('417631', 'visa', 'debit')],
  TR: [b('454360', 'visa', 'credit'), b('540669', 'mastercard', 'debit')],
};

/** A card on one of the country's BINs. */
export function cardOfBin(rng: Rng, country: string, bin: Bin): HeldCard {
  return {
    bin: bin.bin,
    last4: rng.digits(4),
    brand: bin.brand,
    country,
    fingerprint: rng.token(16),
    funding: bin.funding,
  };
}

/** A new card issued in `country`, of that funding when asked and the country has it. */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const bins = BINS[country] ?? BINS['US'] ?? [];
  const fitting = funding ? bins.filter((x) => x.funding === funding) : [];
  return cardOfBin(rng, country, rng.pick(fitting.length > 0 ? fitting : bins));
}

/** A BIN of the country, for runs on one BIN. */
export const binOf = (rng: Rng, country: string): Bin => rng.pick(BINS[country] ?? []);

const AVS_ISSUERS = new Set(['US', 'CA', 'GB']);

/** How well the billing address typed matches the issuer's. */
export type Match = 'good' | 'postcode' | 'wrong';

export function avs(rng: Rng, card: Card, match: Match): CheckResult {
  if (!AVS_ISSUERS.has(card.country)) return 'unavailable';
  if (match === 'wrong') return rng.chance(0.8) ? 'fail' : 'partial';
  if (match === 'postcode') return 'partial';
  return rng.chance(0.95) ? 'pass' : 'unavailable';
}

/** How the card got to the checkout: typed in full, or saved on the account (charged without its code). */
export type Entry = 'typed' | 'saved';

export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : right ? 'pass' : 'fail';

/** Why a payment was declined, as the gateway reports it. */
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'generic_decline'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'authentication_failed'
  | 'authentication_timeout'
  | 'transaction_not_allowed'
  | 'lost_card'
  | 'stolen_card'
  | 'pickup_card'
  | 'fraudulent'
  | 'invalid_account'
  | 'insufficient_balance'
  | 'authorization_timeout'
  | 'cancelled_by_user'
  | 'account_limit_exceeded'
  | 'payment_code_expired'
  | 'bank_authorization_failed';

/**
 * Why an honest buyer's card was declined: the OTP that never arrived or was mistyped (the commonest in the
 * Philippines, where every online card payment is challenged), no funds, a debit card not enabled for online use,
 * an issuer's refusal, a mistyped code, an expired card.
 */
export function honestCardDecline(rng: Rng, abroad: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['authentication_failed', abroad ? 14 : 30],
    ['authentication_timeout', 12],
    ['insufficient_funds', 20],
    ['transaction_not_allowed', abroad ? 6 : 14],
    ['do_not_honor', abroad ? 22 : 10],
    ['incorrect_cvc', 8],
    ['expired_card', 4],
  ]);
}

/** Why a stolen card is declined: the issuer has it blocked, the code is wrong, the OTP cannot be answered. */
export function stolenCardDecline(rng: Rng): Decline {
  return rng.weightedPick<Decline>([
    ['do_not_honor', 22],
    ['generic_decline', 16],
    ['incorrect_cvc', 14],
    ['authentication_failed', 16],
    ['lost_card', 6],
    ['stolen_card', 6],
    ['pickup_card', 3],
    ['fraudulent', 5],
    ['insufficient_funds', 8],
    ['expired_card', 4],
  ]);
}
