import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Payment cards as the store sees them (BIN, last four, brand, issuing country, a fingerprint; no card
 * number exists anywhere), how their checks answer and why they are declined. British issuers answer AVS on
 * the postcode and the house number; Irish and continental issuers do not (`unavailable`).
 */

export type Funding = 'debit' | 'credit' | 'commercial' | 'prepaid';

export interface HeldCard extends Card {
  funding: Funding;
}

type BinRow = readonly [bin: string, brand: string, funding: Funding];

export const BINS: Readonly<Record<string, readonly BinRow[]>> = {
  GB: [
    ['465859', 'visa', 'debit'],
    ['475129', 'visa', 'debit'],
    ['454313', 'visa', 'debit'],
    ['492181', 'visa', 'debit'],
    ['446291', 'visa', 'debit'],
    ['522123', 'mastercard', 'debit'],
    ['535522', 'mastercard', 'debit'],
    ['454742', 'visa', 'credit'],
    ['543460', 'mastercard', 'credit'],
    ['539636', 'mastercard', 'credit'],
    ['374288', 'amex', 'credit'],
    ['498824', 'visa', 'prepaid'],
  ],
  GB_COMMERCIAL: [
    ['480240', 'visa', 'commercial'],
    ['552213', 'mastercard', 'commercial'],
    ['556677', 'mastercard', 'commercial'],
  ],
  IE: [
    ['450875', 'visa', 'debit'],
    ['479213', 'visa', 'debit'],
    ['539123', 'mastercard', 'debit'],
    ['516001', 'mastercard', 'credit'],
  ],
  FR: [
    ['497010', 'visa', 'debit'],
    ['513100', 'mastercard', 'credit'],
  ],
  DE: [
    ['410062', 'visa', 'credit'],
    ['520416', 'mastercard', 'debit'],
  ],
  NL: [
    ['460016', 'visa', 'debit'],
    ['520091', 'mastercard', 'debit'],
  ],
  ES: [
    ['454618', 'visa', 'debit'],
    ['516834', 'mastercard', 'credit'],
  ],
  US: [
    ['414720', 'visa', 'credit'],
    ['426684', 'visa', 'credit'],
    ['517805', 'mastercard', 'credit'],
  ],
  // Sanctioned jurisdictions: only the sanctioned_country kind holds these.
  RU: [
    ['220220', 'mir', 'debit'],
    ['427600', 'visa', 'debit'],
    ['546938', 'mastercard', 'debit'],
  ],
  BY: [
    ['911200', 'belkart', 'debit'],
    ['423078', 'visa', 'debit'],
  ],
};

const countryOfTable = (table: string): string => (table === 'GB_COMMERCIAL' ? 'GB' : table);

/** A card from one of the BIN tables (a country, or `GB_COMMERCIAL`), optionally a fixed BIN row. */
export function newCard(rng: Rng, table: string, row?: BinRow): HeldCard {
  const rows = BINS[table] ?? BINS.GB ?? [];
  const [bin, brand, funding] = row ?? rng.pick(rows);
  return {
    bin,
    last4: rng.digits(4),
    brand,
    country: countryOfTable(table),
    fingerprint: `fp_${rng.token(16)}`,
    funding,
  };
}

/** How the billing address typed compares with the one the issuer holds. */
export type Match = 'good' | 'postcode_only' | 'wrong';

/** AVS as the issuer answers it: only British issuers check the address. */
export function avs(rng: Rng, card: Card, match: Match): CheckResult {
  if (card.country !== 'GB') return 'unavailable';
  if (rng.chance(0.02)) return 'unavailable';
  if (match === 'good') return rng.chance(0.96) ? 'pass' : 'partial';
  if (match === 'postcode_only') return 'partial';
  return rng.chance(0.8) ? 'fail' : 'partial';
}

/** How the card was entered: typed, saved on the account (no CVC asked), or a wallet token. */
export type Entry = 'typed' | 'saved' | 'wallet';

export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'saved') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'authentication_failed'
  | 'stolen_card'
  | 'lost_card'
  | 'card_velocity_exceeded'
  | 'restricted_card'
  | 'credit_limit_exceeded'
  | 'klarna_rejected';

/** Why an honest card is declined. */
export function honestDecline(rng: Rng, big: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 30 : 20],
    ['do_not_honor', 20],
    ['incorrect_cvc', 20],
    ['authentication_failed', 18],
    ['expired_card', 8],
  ]);
}
