import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the payment gateway reports them: mada debit cards from Saudi banks (the brand `mada`, most of the
 * Kingdom's cards), Visa and Mastercard credit cards from Saudi and Gulf banks, British and Egyptian cards,
 * and the foreign cards stolen card shops sell. BINs are this model's own lists; no card number exists
 * anywhere (BIN and last four only). AVS is answered only by British, US and Canadian issuers.
 */

export type Funding = 'debit' | 'credit' | 'prepaid';
export type HeldCard = Card & { funding: Funding };

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'authentication_failed'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'transaction_not_permitted'
  | 'stolen_card'
  | 'lost_card'
  | 'limit_exceeded'
  | 'bnpl_declined'
  | 'wallet_declined';

const MADA = [
  '440647',
  '440795',
  '446404',
  '457865',
  '968208',
  '588845',
  '604906',
  '539931',
  '543357',
  '585265',
];

const CREDIT: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  SA: [
    ['410685', 'visa'],
    ['428671', 'visa'],
    ['455036', 'visa'],
    ['524130', 'mastercard'],
    ['529415', 'mastercard'],
    ['557606', 'mastercard'],
  ],
  AE: [
    ['426681', 'visa'],
    ['453225', 'visa'],
    ['535522', 'mastercard'],
    ['542418', 'mastercard'],
  ],
  KW: [
    ['464156', 'visa'],
    ['537120', 'mastercard'],
  ],
  QA: [
    ['416712', 'visa'],
    ['524467', 'mastercard'],
  ],
  BH: [
    ['410721', 'visa'],
    ['522844', 'mastercard'],
  ],
  OM: [
    ['421384', 'visa'],
    ['530591', 'mastercard'],
  ],
  GB: [
    ['446291', 'visa'],
    ['492181', 'visa'],
    ['522491', 'mastercard'],
  ],
  EG: [
    ['523987', 'mastercard'],
    ['410234', 'visa'],
  ],
  US: [
    ['414720', 'visa'],
    ['426684', 'visa'],
    ['440066', 'visa'],
    ['517805', 'mastercard'],
    ['546616', 'mastercard'],
  ],
  CA: [
    ['450060', 'visa'],
    ['520588', 'mastercard'],
  ],
  DE: [
    ['415055', 'visa'],
    ['522166', 'mastercard'],
  ],
  TR: [
    ['454360', 'visa'],
    ['540667', 'mastercard'],
  ],
};

const PREPAID: readonly (readonly [string, string, string])[] = [
  ['485953', 'visa', 'US'],
  ['533248', 'mastercard', 'GB'],
  ['537410', 'mastercard', 'AE'],
];

/** A card of `country`: a mada debit card (Saudi only) or a credit card of that country's banks. */
export function newCard(rng: Rng, country: string, kind: 'mada' | 'credit' = 'credit'): HeldCard {
  const last4 = rng.digits(4);
  const fingerprint = `fp_${rng.token(16)}`;
  if (kind === 'mada' && country === 'SA')
    return { bin: rng.pick(MADA), last4, brand: 'mada', country: 'SA', fingerprint, funding: 'debit' };
  const [bin, brand] = rng.pick(CREDIT[country] ?? CREDIT.US ?? []);
  return { bin, last4, brand, country: CREDIT[country] ? country : 'US', fingerprint, funding: 'credit' };
}

/** A prepaid or virtual card bought with cash: what card testers and promo farmers run through. */
export function prepaidCard(rng: Rng): HeldCard {
  const [bin, brand, country] = rng.pick(PREPAID);
  return {
    bin,
    last4: rng.digits(4),
    brand,
    country,
    fingerprint: `fp_${rng.token(16)}`,
    funding: 'prepaid',
  };
}

/** The cards a Saudi household holds: one or two mada cards, often a credit card too. */
export function walletOf(rng: Rng, country: string): HeldCard[] {
  if (country !== 'SA') return [newCard(rng, country), ...(rng.chance(0.3) ? [newCard(rng, country)] : [])];
  const out = [newCard(rng, 'SA', 'mada')];
  if (rng.chance(0.3)) out.push(newCard(rng, 'SA', 'mada'));
  if (rng.chance(0.45)) out.push(newCard(rng, 'SA', 'credit'));
  return out;
}

/** AVS: answered by British, US and Canadian issuers only; the rest of the world returns `unavailable`. */
export function avs(card: HeldCard, matches: boolean): CheckResult {
  if (!['GB', 'US', 'CA'].includes(card.country)) return 'unavailable';
  return matches ? 'pass' : 'fail';
}

/** How a card was entered: typed, saved on the account (no CVC asked), or in Apple Pay (no CVC, no AVS). */
export type Entry = 'typed' | 'saved' | 'wallet';

export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'wallet') return 'unavailable';
  if (entry === 'saved') return 'unchecked';
  return right ? 'pass' : 'fail';
}

/** Why an honest customer's card is declined: in the Kingdom mostly the OTP not entered in time. */
export const honestDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['authentication_failed', 40],
    ['insufficient_funds', 22],
    ['transaction_not_permitted', 10],
    ['do_not_honor', 12],
    ['incorrect_cvc', 8],
    ['expired_card', 5],
    ['limit_exceeded', 3],
  ]);
