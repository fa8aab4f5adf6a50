import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards: this model's own lists of BIN ranges for Canadian bank credit and debit cards, prepaid cards, and a
 * few US and European issuers; how issuers answer address (postal code) and CVC checks; why they decline.
 */

export type { Card };

type Issuer = readonly [bins: readonly string[], brand: string, country: string];

const CANADIAN: readonly Issuer[] = [
  [['450060', '451015', '452088', '454617', '455670'], 'visa', 'CA'],
  [['450231', '453826', '454034', '472409'], 'visa', 'CA'],
  [['451401', '473127', '476225'], 'visa', 'CA'],
  [['520588', '525489', '530047', '548157', '552118'], 'mastercard', 'CA'],
  [['515735', '518127', '522948', '540196'], 'mastercard', 'CA'],
  [['222721', '230542'], 'mastercard', 'CA'],
  [['373351', '376823'], 'amex', 'CA'],
];
/** Debit cards that work online (Visa Debit, Debit Mastercard). */
const DEBIT: readonly Issuer[] = [
  [['450644', '451206', '474577'], 'visa', 'CA'],
  [['537106', '520390'], 'mastercard', 'CA'],
];
/** Gift-card-mall prepaid Visa and Mastercard, bought with cash. */
const PREPAID: readonly Issuer[] = [
  [['453290', '428802'], 'visa', 'CA'],
  [['530311', '516172'], 'mastercard', 'CA'],
];
const FOREIGN: Readonly<Record<string, readonly Issuer[]>> = {
  US: [
    [['414720', '426684', '440066', '473702'], 'visa', 'US'],
    [['542418', '546616', '517805'], 'mastercard', 'US'],
    [['371241', '379763'], 'amex', 'US'],
  ],
  FR: [[['497010', '497355', '513691'], 'visa', 'FR']],
  GB: [[['465942', '475129', '539923'], 'visa', 'GB']],
  IN: [[['436389', '524216'], 'visa', 'IN']],
  PH: [[['421355', '539783'], 'mastercard', 'PH']],
};

export type CardSource = 'bank' | 'debit' | 'prepaid';

export function cardFrom(rng: Rng, issuer: Issuer): Card {
  const [bins, brand, country] = issuer;
  return { bin: rng.pick(bins), last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}` };
}

/** A new card: a Canadian bank card by default, or a debit, prepaid or foreign one. */
export function newCard(rng: Rng, source: CardSource | 'foreign' = 'bank', country = 'US'): Card {
  if (source === 'debit') return cardFrom(rng, rng.pick(DEBIT));
  if (source === 'prepaid') return cardFrom(rng, rng.pick(PREPAID));
  if (source === 'foreign') return cardFrom(rng, rng.pick(FOREIGN[country] ?? FOREIGN.US ?? []));
  return cardFrom(rng, rng.pick(CANADIAN));
}

/** Cards of one BIN, as a tester's list from one breached issuer: same six digits, different cards. */
export function cardsOfBin(rng: Rng, n: number): Card[] {
  const issuer = rng.pick([...CANADIAN, ...DEBIT]);
  const bin = rng.pick(issuer[0]);
  return Array.from({ length: n }, () => ({ ...cardFrom(rng, issuer), bin }));
}

export type Entry = 'typed' | 'saved' | 'wallet' | 'renewal';
/** How well the billing address given matches the issuer's file. */
export type Match = 'good' | 'moved' | 'wrong' | 'none';

/** AVS: Canadian and US issuers check the postal code and street number; others do not answer. */
export function avs(rng: Rng, card: Card, match: Match): CheckResult {
  if (card.country !== 'CA' && card.country !== 'US') return 'unavailable';
  if (card.country === 'US') return match === 'wrong' ? 'fail' : rng.chance(0.7) ? 'unavailable' : 'partial';
  if (match === 'none') return rng.chance(0.5) ? 'fail' : 'unavailable';
  if (match === 'wrong') return rng.chance(0.75) ? 'fail' : 'partial';
  if (match === 'moved') return rng.chance(0.7) ? 'partial' : 'fail';
  return rng.weightedPick<CheckResult>([
    ['pass', 90],
    ['partial', 6],
    ['unavailable', 4],
  ]);
}

/** CVC: checked when typed; not sent for saved cards and renewals; a wallet token has none. */
export function cvc(entry: Entry, right = true): CheckResult {
  if (entry === 'saved' || entry === 'renewal') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'expired_card'
  | 'incorrect_cvc'
  | 'incorrect_postal_code'
  | 'processing_error'
  | 'card_velocity_exceeded'
  | 'stolen_card'
  | 'lost_card'
  | 'invalid_number'
  | 'fraudulent'
  | 'authentication_required';

/** Why an honest customer's card is declined. */
export const honestDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['insufficient_funds', 30],
    ['do_not_honor', 18],
    ['expired_card', 14],
    ['incorrect_cvc', 14],
    ['incorrect_postal_code', 10],
    ['processing_error', 6],
    ['authentication_required', 8],
  ]);

/** Why a stolen or guessed card is declined. */
export const fraudDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['do_not_honor', 24],
    ['stolen_card', 12],
    ['lost_card', 8],
    ['invalid_number', 14],
    ['incorrect_cvc', 14],
    ['insufficient_funds', 10],
    ['expired_card', 8],
    ['fraudulent', 6],
    ['card_velocity_exceeded', 4],
  ]);
