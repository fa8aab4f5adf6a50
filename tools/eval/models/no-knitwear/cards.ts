import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the payment provider shows them (BIN, last four, brand, issuing country, a fingerprint), with the
 * funding the model keeps to itself; the BIN lists of the issuers in each country the shop sees; AVS and CVC
 * results; honest decline reasons.
 */

export type Funding = 'debit' | 'credit' | 'prepaid';

export interface HeldCard extends Card {
  funding: Funding;
}

/** How the card reached checkout: typed in, saved on the account, or through Apple/Google Pay. */
export type Entry = 'typed' | 'saved' | 'wallet';

/** How well the billing address matches the issuer's records. */
export type Match = 'good' | 'bad';

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'authentication_failed'
  | 'expired_card'
  | 'card_velocity_exceeded'
  | 'card_not_supported'
  | 'stolen_card'
  | 'lost_card'
  | 'generic_decline'
  | 'payment_expired'
  | 'user_cancelled'
  | 'klarna_rejected';

interface Bin {
  bin: string;
  brand: string;
  funding: Funding;
  weight: number;
}

const b = (bin: string, brand: string, funding: Funding, weight: number): Bin => ({
  bin,
  brand,
  funding,
  weight,
});

/**
 * Issuers' BINs by issuing country, from general knowledge of their ranges (Norwegian bank cards are Visa or
 * Mastercard debit on top of BankAxept; Danish ones Visa/Dankort; Revolut's EEA cards are Lithuanian).
 */
export const BINS: Readonly<Record<string, readonly Bin[]>> = {
  NO: [
    b('457004', 'visa', 'debit', 5),
    b('492500', 'visa', 'debit', 4),
    b('460312', 'visa', 'debit', 3),
    b('422053', 'visa', 'debit', 2),
    b('520473', 'mastercard', 'debit', 3),
    b('552038', 'mastercard', 'credit', 1.5),
    b('421346', 'visa', 'credit', 1.5),
    b('536010', 'mastercard', 'credit', 1),
  ],
  SE: [
    b('458123', 'visa', 'debit', 4),
    b('455620', 'visa', 'debit', 3),
    b('516815', 'mastercard', 'debit', 2),
    b('544287', 'mastercard', 'credit', 1),
  ],
  DK: [
    b('457110', 'visa', 'debit', 6),
    b('457150', 'visa', 'debit', 3),
    b('520340', 'mastercard', 'debit', 1.5),
    b('541328', 'mastercard', 'credit', 1),
  ],
  FI: [
    b('483741', 'visa', 'debit', 4),
    b('417561', 'visa', 'debit', 2),
    b('526415', 'mastercard', 'debit', 2),
  ],
  DE: [
    b('523215', 'mastercard', 'credit', 3),
    b('493050', 'visa', 'debit', 3),
    b('535437', 'mastercard', 'debit', 2),
    b('454617', 'visa', 'credit', 1.5),
    b('375680', 'amex', 'credit', 0.5),
  ],
  NL: [
    b('517930', 'mastercard', 'debit', 3),
    b('541254', 'mastercard', 'credit', 2),
    b('465858', 'visa', 'debit', 2),
  ],
  GB: [
    b('475129', 'visa', 'debit', 4),
    b('465942', 'visa', 'debit', 3),
    b('446200', 'visa', 'debit', 2),
    b('535522', 'mastercard', 'debit', 2),
    b('492181', 'visa', 'credit', 1.5),
    b('374288', 'amex', 'credit', 0.8),
  ],
  US: [
    b('414720', 'visa', 'credit', 4),
    b('426684', 'visa', 'credit', 3),
    b('440066', 'visa', 'debit', 3),
    b('517805', 'mastercard', 'credit', 3),
    b('542418', 'mastercard', 'credit', 2),
    b('403784', 'visa', 'debit', 2),
    b('601136', 'discover', 'credit', 1),
    b('377481', 'amex', 'credit', 2),
    b('485246', 'visa', 'prepaid', 0.5),
  ],
  ES: [b('454881', 'visa', 'debit', 1)],
  /** Revolut and other e-money cards many Norwegians carry for travel. */
  LT: [b('537410', 'mastercard', 'debit', 2), b('459954', 'visa', 'debit', 1)],
  /** Kazakh and Armenian cards, opened by Russians since 2022. */
  KZ: [b('440043', 'visa', 'debit', 2), b('440563', 'visa', 'debit', 1)],
  AM: [b('408306', 'visa', 'debit', 1)],
  /** Mir (refused abroad) and UnionPay issued by Russian banks. */
  RU: [b('220220', 'mir', 'debit', 2), b('624300', 'unionpay', 'debit', 1)],
  BY: [b('910700', 'belkart', 'debit', 1), b('426376', 'visa', 'debit', 1)],
  IR: [b('603799', 'shetab', 'debit', 1)],
};

/** A BIN of a country, by weight, optionally only of a funding type. */
export function binOf(rng: Rng, country: string, funding?: Funding): Bin {
  const all = BINS[country] ?? BINS.US ?? [];
  const list = funding ? all.filter((x) => x.funding === funding) : all;
  return rng.weightedPick((list.length > 0 ? list : all).map((x) => [x, x.weight] as const));
}

/** A card of a BIN: a fresh last four and fingerprint. */
export function cardOfBin(rng: Rng, bin: Bin, country: string): HeldCard {
  return {
    bin: bin.bin,
    last4: rng.digits(4),
    brand: bin.brand,
    country,
    fingerprint: rng.token(16),
    funding: bin.funding,
  };
}

export const newCard = (rng: Rng, country: string, funding?: Funding): HeldCard =>
  cardOfBin(rng, binOf(rng, country, funding), country);

/** Only American, British and Canadian issuers answer AVS; everyone else's is unavailable. */
const AVS_ISSUERS = new Set(['US', 'GB', 'CA']);

export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (!AVS_ISSUERS.has(card.country)) return 'unavailable';
  if (match === 'bad') return rng.chance(0.85) ? 'fail' : 'unavailable';
  return rng.chance(0.95) ? 'pass' : rng.chance(0.5) ? 'fail' : 'unavailable';
}

/** A typed card's code is checked; a saved card's is not asked; a wallet sends a token instead. */
export function cvc(entry: Entry, ok: boolean): CheckResult {
  if (entry === 'saved') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return ok ? 'pass' : 'fail';
}

/** Why an honest card is declined: the BankID prompt missed, the online limit, a typo, an old card. */
export function honestDecline(rng: Rng, big: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['authentication_failed', 30],
    ['insufficient_funds', big ? 30 : 14],
    ['card_velocity_exceeded', big ? 12 : 4],
    ['incorrect_cvc', 14],
    ['do_not_honor', 10],
    ['expired_card', 6],
  ]);
}
