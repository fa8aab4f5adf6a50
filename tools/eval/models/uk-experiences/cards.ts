import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the store sees them: BIN, last four, brand, issuing country and the processor's fingerprint; no
 * card number exists. The BINs are this model's own lists. Address verification is answered by British, US
 * and Canadian issuers only; Irish and other issuers return `unavailable`.
 */

export type Funding = 'debit' | 'credit' | 'prepaid' | 'commercial';
export type Brand = 'visa' | 'mastercard' | 'amex' | 'mir';

interface Bin {
  bin: string;
  brand: Brand;
  funding: Funding;
}

const b = (bin: string, brand: Brand, funding: Funding): Bin => ({ bin, brand, funding });

const BINS: Readonly<Record<string, readonly Bin[]>> = {
  GB: [
    b('475129', 'visa', 'debit'),
    b('454742', 'visa', 'debit'),
    b('465942', 'visa', 'debit'),
    b('492182', 'visa', 'debit'),
    b('446272', 'visa', 'debit'),
    b('434994', 'visa', 'debit'),
    b('476173', 'visa', 'debit'),
    b('535591', 'mastercard', 'debit'),
    b('516732', 'mastercard', 'debit'),
    b('539611', 'mastercard', 'debit'),
    b('557347', 'mastercard', 'debit'),
    b('454305', 'visa', 'credit'),
    b('492900', 'visa', 'credit'),
    b('465901', 'visa', 'credit'),
    b('542011', 'mastercard', 'credit'),
    b('552213', 'mastercard', 'credit'),
    b('518791', 'mastercard', 'credit'),
    b('222317', 'mastercard', 'credit'),
    b('374288', 'amex', 'credit'),
    b('377064', 'amex', 'credit'),
    b('535218', 'mastercard', 'prepaid'),
    b('459612', 'visa', 'prepaid'),
    b('552188', 'mastercard', 'commercial'),
    b('471570', 'visa', 'commercial'),
    b('376710', 'amex', 'commercial'),
  ],
  IE: [
    b('476240', 'visa', 'debit'),
    b('451329', 'visa', 'debit'),
    b('489011', 'visa', 'debit'),
    b('539923', 'mastercard', 'debit'),
    b('516345', 'mastercard', 'debit'),
    b('454917', 'visa', 'credit'),
    b('528619', 'mastercard', 'credit'),
    b('531402', 'mastercard', 'prepaid'),
    b('485932', 'visa', 'commercial'),
  ],
  US: [
    b('414709', 'visa', 'credit'),
    b('426684', 'visa', 'credit'),
    b('440066', 'visa', 'debit'),
    b('517805', 'mastercard', 'credit'),
    b('542418', 'mastercard', 'debit'),
    b('371732', 'amex', 'credit'),
  ],
  ES: [b('454618', 'visa', 'debit'), b('522356', 'mastercard', 'credit')],
  FR: [b('497010', 'visa', 'debit'), b('513167', 'mastercard', 'debit')],
  PT: [b('462240', 'visa', 'debit'), b('535906', 'mastercard', 'credit')],
  AE: [b('458263', 'visa', 'credit'), b('529932', 'mastercard', 'debit')],
  AU: [b('456443', 'visa', 'debit'), b('521729', 'mastercard', 'credit')],
  CA: [b('450060', 'visa', 'credit'), b('520588', 'mastercard', 'credit')],
  HK: [b('455702', 'visa', 'credit'), b('540034', 'mastercard', 'credit')],
  SG: [b('456331', 'visa', 'credit')],
  NG: [b('539983', 'mastercard', 'debit'), b('519911', 'mastercard', 'debit')],
  // Cards people in sanctioned jurisdictions hold or borrow (sanctioned_country only).
  RU: [b('427601', 'visa', 'debit'), b('546938', 'mastercard', 'debit'), b('220220', 'mir', 'debit')],
  BY: [b('426844', 'visa', 'debit'), b('510092', 'mastercard', 'debit')],
  KZ: [b('440043', 'visa', 'debit'), b('539545', 'mastercard', 'debit')],
  AM: [b('408306', 'visa', 'debit')],
  TR: [b('454671', 'visa', 'credit')],
};

/** Issuers that answer address verification. */
const AVS_COUNTRIES = new Set(['GB', 'US', 'CA']);

/** How well a billing address matches the issuer's records. */
export type Match = 'good' | 'stale' | 'bad';
/** How a card reaches the payment page. */
export type Entry = 'typed' | 'saved' | 'wallet';

/** A card of a country's issuers, of `funding` when given (any when the country has none of that kind). */
export function newCard(rng: Rng, country: string, funding?: Funding | readonly Funding[]): Card {
  const all = BINS[country] ?? BINS.GB ?? [];
  const wanted = funding === undefined ? [] : typeof funding === 'string' ? [funding] : funding;
  const fitting = wanted.length ? all.filter((x) => wanted.includes(x.funding)) : all;
  const bin = rng.pick(fitting.length ? fitting : all);
  return cardOfBin(rng, bin.bin, bin.brand, country);
}

/** A card on a known BIN (a card-testing run's batch). */
export const cardOfBin = (rng: Rng, bin: string, brand: string, country: string): Card => ({
  bin,
  last4: rng.digits(4),
  brand,
  country,
  fingerprint: rng.token(16, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
});

/** A BIN of a country's issuers (card testers work through one batch). */
export function binOf(rng: Rng, country: string, funding?: Funding): { bin: string; brand: string } {
  const all = BINS[country] ?? [];
  const fitting = funding ? all.filter((x) => x.funding === funding) : all;
  const bin = rng.pick(fitting.length ? fitting : all);
  return { bin: bin.bin, brand: bin.brand };
}

/** The address check: only British, US and Canadian issuers answer it. */
export function avs(rng: Rng, card: Card, match: Match): CheckResult {
  if (!AVS_COUNTRIES.has(card.country)) return 'unavailable';
  if (match === 'good') return rng.chance(0.95) ? 'pass' : rng.chance(0.8) ? 'partial' : 'unavailable';
  if (match === 'stale') return rng.chance(0.7) ? 'partial' : 'fail';
  return rng.chance(0.8) ? 'fail' : 'partial';
}

/** The card-code check: typed codes are checked, a saved card sends none, a wallet has its own cryptogram. */
export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'saved') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}
