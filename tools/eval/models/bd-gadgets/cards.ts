import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the gateway reports them: BIN, last four, brand, issuing country and a fingerprint; never a card
 * number. BINs are this model's own lists for issuers of each country, from general knowledge. Bangladeshi
 * cards go through 3-D Secure with an SMS OTP and get no address check; British, US and Canadian issuers answer
 * AVS; Gulf and Malaysian issuers do not.
 */

export interface HeldCard extends Card {
  funding: 'credit' | 'debit' | 'prepaid';
}

type Bin = readonly [bin: string, brand: string, funding: HeldCard['funding']];

/** Issuers in Bangladesh: City Bank (Amex, Visa), EBL, BRAC Bank, DBBL, Standard Chartered, Prime, MTB. */
export const BD_BINS: readonly Bin[] = [
  ['376948', 'amex', 'credit'],
  ['376949', 'amex', 'credit'],
  ['436413', 'visa', 'credit'],
  ['421778', 'visa', 'debit'],
  ['464832', 'visa', 'debit'],
  ['454148', 'visa', 'credit'],
  ['520137', 'mastercard', 'credit'],
  ['549858', 'mastercard', 'debit'],
  ['512566', 'mastercard', 'credit'],
  ['405864', 'visa', 'prepaid'],
  ['461700', 'visa', 'debit'],
];

/** Issuers where the diaspora banks, and whose stolen cards are sold to fraudsters. */
export const FOREIGN_BINS: Readonly<Record<string, readonly Bin[]>> = {
  AE: [
    ['428331', 'visa', 'debit'],
    ['535125', 'mastercard', 'credit'],
    ['410687', 'visa', 'credit'],
  ],
  SA: [
    ['446404', 'visa', 'debit'],
    ['484783', 'visa', 'credit'],
    ['529415', 'mastercard', 'debit'],
  ],
  QA: [
    ['432150', 'visa', 'debit'],
    ['521020', 'mastercard', 'credit'],
  ],
  OM: [['428246', 'visa', 'debit']],
  KW: [
    ['450605', 'visa', 'debit'],
    ['537767', 'mastercard', 'credit'],
  ],
  MY: [
    ['552115', 'mastercard', 'debit'],
    ['421483', 'visa', 'debit'],
    ['540036', 'mastercard', 'credit'],
  ],
  GB: [
    ['465858', 'visa', 'debit'],
    ['492181', 'visa', 'debit'],
    ['535522', 'mastercard', 'debit'],
    ['475129', 'visa', 'debit'],
  ],
  US: [
    ['414720', 'visa', 'credit'],
    ['426684', 'visa', 'credit'],
    ['517805', 'mastercard', 'credit'],
    ['440066', 'visa', 'debit'],
    ['371544', 'amex', 'credit'],
  ],
  CA: [
    ['450003', 'visa', 'credit'],
    ['520082', 'mastercard', 'credit'],
  ],
  RU: [
    ['427638', 'visa', 'debit'],
    ['553691', 'mastercard', 'debit'],
    ['220220', 'mir', 'debit'],
  ],
  BY: [
    ['425553', 'visa', 'debit'],
    ['533617', 'mastercard', 'debit'],
  ],
};

function cardFrom(rng: Rng, [bin, brand, funding]: Bin, country: string): HeldCard {
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}`, funding };
}

export const localCard = (rng: Rng): HeldCard => cardFrom(rng, rng.pick(BD_BINS), 'BD');

/** A local credit card that takes EMI (instalments at 0 % for 3 to 12 months). */
export const emiCard = (rng: Rng): HeldCard =>
  cardFrom(rng, rng.pick(BD_BINS.filter((b) => b[2] === 'credit')), 'BD');

export function foreignCard(rng: Rng, country: string, bin?: Bin): HeldCard {
  const list = FOREIGN_BINS[country];
  if (!list) throw new Error(`no BINs for ${country}`);
  return cardFrom(rng, bin ?? rng.pick(list), country);
}

const AVS_COUNTRIES = new Set(['GB', 'US', 'CA']);

/** How the billing address matched: only British, US and Canadian issuers answer. */
export function avsOf(rng: Rng, card: Card, match: 'good' | 'partial' | 'wrong'): CheckResult {
  if (!AVS_COUNTRIES.has(card.country)) return 'unavailable';
  if (match === 'good') return rng.chance(0.94) ? 'pass' : 'partial';
  if (match === 'partial') return rng.chance(0.6) ? 'partial' : 'fail';
  return rng.chance(0.8) ? 'fail' : 'partial';
}

/** The card code: checked when typed, not sent for a saved card. */
export const cvcOf = (saved: boolean, right = true): CheckResult =>
  saved ? 'unchecked' : right ? 'pass' : 'fail';
