import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the store sees them (BIN, last four, brand, issuing country, the processor's fingerprint; never a
 * number), the model's own BIN lists by issuing country and funding, and what AVS (street number and postal
 * code, which Canadian and US issuers answer) and CVC report.
 */

export type Funding = 'credit' | 'debit' | 'prepaid';

export interface HeldCard extends Card {
  funding: Funding;
}

type Bin = readonly [bin: string, brand: string, funding: Funding];

const BINS: Readonly<Record<string, readonly Bin[]>> = {
  CA: [
    ['451015', 'visa', 'credit'],
    ['452088', 'visa', 'credit'],
    ['450060', 'visa', 'credit'],
    ['453734', 'visa', 'credit'],
    ['453094', 'visa', 'credit'],
    ['454617', 'visa', 'credit'],
    ['451941', 'visa', 'credit'],
    ['450644', 'visa', 'debit'],
    ['450003', 'visa', 'debit'],
    ['519123', 'mastercard', 'credit'],
    ['518127', 'mastercard', 'credit'],
    ['530803', 'mastercard', 'credit'],
    ['533875', 'mastercard', 'credit'],
    ['525677', 'mastercard', 'credit'],
    ['529235', 'mastercard', 'credit'],
    ['522879', 'mastercard', 'debit'],
    ['373725', 'amex', 'credit'],
    ['374720', 'amex', 'credit'],
  ],
  CA_PREPAID: [
    ['453980', 'visa', 'prepaid'],
    ['537812', 'mastercard', 'prepaid'],
    ['409311', 'visa', 'prepaid'],
  ],
  US: [
    ['414720', 'visa', 'credit'],
    ['426684', 'visa', 'credit'],
    ['440066', 'visa', 'credit'],
    ['473702', 'visa', 'debit'],
    ['542418', 'mastercard', 'credit'],
    ['546616', 'mastercard', 'credit'],
    ['517805', 'mastercard', 'credit'],
    ['379763', 'amex', 'credit'],
    ['601100', 'discover', 'credit'],
  ],
  GB: [
    ['465858', 'visa', 'debit'],
    ['475129', 'visa', 'credit'],
    ['535522', 'mastercard', 'credit'],
  ],
  FR: [
    ['497010', 'visa', 'debit'],
    ['513283', 'mastercard', 'credit'],
  ],
  IN: [
    ['421323', 'visa', 'credit'],
    ['524193', 'mastercard', 'credit'],
    ['652150', 'rupay', 'debit'],
  ],
  CN: [
    ['622848', 'unionpay', 'debit'],
    ['625906', 'unionpay', 'credit'],
    ['438088', 'visa', 'credit'],
  ],
  PH: [['455901', 'visa', 'credit']],
  AE: [['484783', 'visa', 'credit']],
  MX: [['415231', 'visa', 'credit']],
  IR: [['603799', 'shetab', 'debit']],
  RU: [
    ['220220', 'mir', 'debit'],
    ['427638', 'visa', 'credit'],
  ],
  BY: [['911100', 'belkart', 'debit']],
  CU: [['950600', 'red', 'debit']],
};

export function binsOf(country: string): readonly Bin[] {
  return BINS[country] ?? BINS.US ?? [];
}

function cardFrom(rng: Rng, bin: Bin, country: string): HeldCard {
  const [number, brand, funding] = bin;
  return { bin: number, last4: rng.digits(4), brand, country, fingerprint: rng.token(16), funding };
}

/** A new card from a country's BIN list; `funding` narrows it when the list has such cards. */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const list = funding === 'prepaid' && country === 'CA' ? (BINS.CA_PREPAID ?? []) : binsOf(country);
  const fitting = funding ? list.filter((b) => b[2] === funding) : list;
  return cardFrom(rng, rng.pick(fitting.length > 0 ? fitting : list), country);
}

/** A card on a given BIN, as a BIN attack walks through one issuer's range. */
export function cardOnBin(rng: Rng, bin: Bin, country: string): HeldCard {
  return cardFrom(rng, bin, country);
}

/** How the card is entered: typed in, saved on the account, or through a wallet. */
export type Entry = 'typed' | 'saved' | 'wallet';

/** What the billing address on the checkout has to do with the card's own. */
export type Match = 'good' | 'stale' | 'unknown' | 'wrong';

/** AVS is answered by Canadian and US issuers; the rest report it unavailable. */
export function avs(rng: Rng, card: Card, m: Match, entry: Entry): CheckResult {
  if (card.country !== 'CA' && card.country !== 'US') return 'unavailable';
  if (entry === 'wallet') return rng.chance(0.6) ? 'unavailable' : 'pass';
  if (rng.chance(0.04)) return 'unavailable';
  switch (m) {
    case 'good':
      // Apartment numbers, "Rue" vs "Street", RR boxes: a tenth of honest matches come back partial.
      return rng.chance(0.9) ? 'pass' : 'partial';
    case 'stale':
      return rng.weightedPick<CheckResult>([
        ['partial', 55],
        ['fail', 35],
        ['pass', 10],
      ]);
    case 'unknown':
      return rng.weightedPick<CheckResult>([
        ['fail', 60],
        ['partial', 30],
        ['pass', 10],
      ]);
    case 'wrong':
      return rng.chance(0.85) ? 'fail' : 'partial';
  }
}

export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'saved') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}

export type Decline =
  | 'insufficient_funds'
  | 'incorrect_cvc'
  | 'incorrect_zip'
  | 'do_not_honor'
  | 'expired_card'
  | 'card_velocity_exceeded'
  | 'authentication_failed'
  | 'processing_error'
  | 'stolen_card'
  | 'lost_card'
  | 'pickup_card'
  | 'fraudulent'
  | 'incorrect_number'
  | 'restricted_card'
  | 'card_not_supported';

/** Why an honest card is declined: limits on a big Boxing Day purchase, typos, an old card, the bank's nerves. */
export function honestDecline(rng: Rng, big: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 30 : 18],
    ['card_velocity_exceeded', big ? 12 : 3],
    ['incorrect_cvc', 20],
    ['incorrect_zip', 14],
    ['expired_card', 8],
    ['do_not_honor', big ? 18 : 12],
    ['authentication_failed', 6],
    ['processing_error', 3],
  ]);
}

/** Why a stolen or tested card is declined. */
export function fraudDecline(rng: Rng): Decline {
  return rng.weightedPick<Decline>([
    ['do_not_honor', 26],
    ['stolen_card', 12],
    ['lost_card', 6],
    ['pickup_card', 3],
    ['fraudulent', 10],
    ['insufficient_funds', 16],
    ['incorrect_cvc', 12],
    ['incorrect_zip', 6],
    ['expired_card', 5],
    ['incorrect_number', 4],
  ]);
}
