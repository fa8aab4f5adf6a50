import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the store sees them: BIN, last four, brand, issuing country, the processor's fingerprint. These BIN
 * lists are the model's own; no card number exists anywhere. `funding` stays in the model.
 */

export type Funding = 'credit' | 'debit' | 'prepaid' | 'commercial' | 'private_label';
export interface HeldCard extends Card {
  funding: Funding;
}

type BinList = ReadonlyArray<readonly [string, string, Funding]>;

/** US issuers: big banks, regional banks, credit unions (military ones too), commercial cards. */
const US_BINS: BinList = [
  ['414720', 'visa', 'credit'],
  ['426684', 'visa', 'credit'],
  ['438857', 'visa', 'credit'],
  ['440066', 'visa', 'credit'],
  ['473702', 'visa', 'credit'],
  ['483312', 'visa', 'credit'],
  ['491277', 'visa', 'credit'],
  ['403784', 'visa', 'debit'],
  ['408540', 'visa', 'debit'],
  ['433610', 'visa', 'debit'],
  ['442756', 'visa', 'debit'],
  ['456010', 'visa', 'debit'],
  ['512106', 'mastercard', 'credit'],
  ['517805', 'mastercard', 'credit'],
  ['524366', 'mastercard', 'credit'],
  ['542418', 'mastercard', 'credit'],
  ['546604', 'mastercard', 'credit'],
  ['222300', 'mastercard', 'credit'],
  ['514022', 'mastercard', 'debit'],
  ['530133', 'mastercard', 'debit'],
  ['372741', 'amex', 'credit'],
  ['374289', 'amex', 'credit'],
  ['379501', 'amex', 'credit'],
  ['601120', 'discover', 'credit'],
  ['644570', 'discover', 'credit'],
];
/** Credit unions serving service members and veterans. */
const MILITARY_BINS: BinList = [
  ['469216', 'visa', 'credit'],
  ['469217', 'visa', 'debit'],
  ['547415', 'mastercard', 'credit'],
  ['418953', 'visa', 'credit'],
];
const COMMERCIAL_BINS: BinList = [
  ['376700', 'amex', 'commercial'],
  ['485932', 'visa', 'commercial'],
  ['556389', 'mastercard', 'commercial'],
];
const PREPAID_BINS: BinList = [
  ['403446', 'visa', 'prepaid'],
  ['434340', 'visa', 'prepaid'],
  ['516612', 'mastercard', 'prepaid'],
  ['526219', 'mastercard', 'prepaid'],
];
const CA_BINS: BinList = [
  ['450003', 'visa', 'credit'],
  ['451014', 'visa', 'credit'],
  ['454617', 'visa', 'credit'],
  ['520084', 'mastercard', 'credit'],
  ['525500', 'mastercard', 'credit'],
  ['377880', 'amex', 'credit'],
];
/** The store's own credit card (a private-label card run by a consumer-finance bank). */
export const STORE_CARD_BIN = '604519';

export type Issuer = 'us' | 'military' | 'commercial' | 'prepaid' | 'ca';
const LISTS: Record<Issuer, BinList> = {
  us: US_BINS,
  military: MILITARY_BINS,
  commercial: COMMERCIAL_BINS,
  prepaid: PREPAID_BINS,
  ca: CA_BINS,
};

export const cardFrom = (rng: Rng, bin: readonly [string, string, Funding], country: string): HeldCard => ({
  bin: bin[0],
  last4: rng.digits(4),
  brand: bin[1],
  country,
  fingerprint: `fp_${rng.token(16)}`,
  funding: bin[2],
});

/** A new card from one of the issuer lists. */
export const newCard = (rng: Rng, issuer: Issuer = 'us'): HeldCard =>
  cardFrom(rng, rng.pick(LISTS[issuer]), issuer === 'ca' ? 'CA' : 'US');

/** A card on a BIN picked by the caller (card testers walk a few BINs). */
export const cardOnBin = (rng: Rng, issuer: Issuer, index: number): HeldCard => {
  const list = LISTS[issuer];
  return cardFrom(rng, list[index % list.length] ?? (list[0] as readonly [string, string, Funding]), 'US');
};

/** The store card: opened at checkout (instant credit) or held for years. */
export const storeCard = (rng: Rng): HeldCard =>
  cardFrom(rng, [STORE_CARD_BIN, 'store_card', 'private_label'], 'US');

/**
 * How the billing address typed at checkout compares with what the issuer holds: `good` (the holder's own),
 * `typo` (a digit off in the ZIP or the street number), `moved` (the new address typed, the bank still has the
 * old one), `stolen` (a fraudster with the holder's full details), `guess` (a fraudster without them),
 * `foreign` (an address outside the US and Canada).
 */
export type Match = 'good' | 'typo' | 'moved' | 'stolen' | 'guess' | 'foreign';

/** The AVS result: US and Canadian issuers answer it; the store card's bank always does. */
export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (card.country !== 'US' && card.country !== 'CA') return 'unavailable';
  if (card.funding === 'prepaid' && match !== 'good') return rng.chance(0.6) ? 'unavailable' : 'fail';
  switch (match) {
    case 'good':
      return rng.weightedPick<CheckResult>([
        ['pass', 94],
        ['partial', 4],
        ['unavailable', 2],
      ]);
    case 'stolen':
      return rng.weightedPick<CheckResult>([
        ['pass', 85],
        ['partial', 10],
        ['unavailable', 5],
      ]);
    case 'typo':
    case 'moved':
      return rng.weightedPick<CheckResult>([
        ['partial', 60],
        ['fail', 35],
        ['unavailable', 5],
      ]);
    case 'guess':
      return rng.weightedPick<CheckResult>([
        ['fail', 55],
        ['partial', 30],
        ['unavailable', 15],
      ]);
    case 'foreign':
      return rng.chance(0.7) ? 'fail' : 'unavailable';
  }
}

/** How the card was entered: typed, saved on the account, or a wallet. */
export type Entry = 'typed' | 'saved' | 'wallet';

export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : entry === 'wallet' ? 'unavailable' : right ? 'pass' : 'fail';

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'incorrect_zip'
  | 'incorrect_number'
  | 'expired_card'
  | 'card_velocity_exceeded'
  | 'stolen_card'
  | 'lost_card'
  | 'pickup_card'
  | 'generic_decline'
  | 'transaction_not_allowed'
  | 'financing_declined'
  | 'processing_error';

/** Why an honest card is declined; big furniture tickets trip issuers' own fraud checks. */
export const honestDecline = (rng: Rng, big: boolean): Decline =>
  rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 24 : 18],
    ['do_not_honor', big ? 26 : 14],
    ['card_velocity_exceeded', big ? 10 : 3],
    ['incorrect_cvc', 16],
    ['incorrect_zip', 10],
    ['expired_card', 8],
    ['incorrect_number', 6],
    ['generic_decline', 6],
    ['processing_error', 2],
  ]);

/** Why a stolen card is declined. */
export const fraudDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['stolen_card', 14],
    ['lost_card', 8],
    ['pickup_card', 4],
    ['do_not_honor', 26],
    ['generic_decline', 14],
    ['insufficient_funds', 12],
    ['incorrect_cvc', 8],
    ['incorrect_zip', 6],
    ['card_velocity_exceeded', 4],
    ['transaction_not_allowed', 4],
  ]);
