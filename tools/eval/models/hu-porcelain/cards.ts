import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { Rng } from '../kit/random.js';

/**
 * Cards as the payment page reports them: BIN, last four, brand, issuing country and the processor's
 * fingerprint. No card number exists anywhere. The BINs are this model's own lists, a handful per country and
 * brand, drawn once from a fixed label so every stream shares them.
 */

export type Brand = 'visa' | 'mastercard' | 'amex' | 'jcb' | 'unionpay';
export type Funding = 'credit' | 'debit' | 'prepaid';

export interface HeldCard extends Card {
  funding: Funding;
}

/** Which brands a country's issuers put in buyers' wallets, by weight. */
const BRANDS: Readonly<Record<string, ReadonlyArray<readonly [Brand, number]>>> = {
  HU: [
    ['mastercard', 55],
    ['visa', 45],
  ],
  US: [
    ['visa', 50],
    ['mastercard', 30],
    ['amex', 20],
  ],
  GB: [
    ['visa', 60],
    ['mastercard', 32],
    ['amex', 8],
  ],
  CA: [
    ['visa', 55],
    ['mastercard', 35],
    ['amex', 10],
  ],
  JP: [
    ['jcb', 40],
    ['visa', 40],
    ['mastercard', 15],
    ['amex', 5],
  ],
  CN: [
    ['unionpay', 70],
    ['visa', 20],
    ['mastercard', 10],
  ],
  HK: [
    ['visa', 50],
    ['mastercard', 35],
    ['unionpay', 10],
    ['amex', 5],
  ],
  RU: [
    ['visa', 40],
    ['mastercard', 40],
    ['unionpay', 20],
  ],
  BY: [
    ['visa', 45],
    ['mastercard', 45],
    ['unionpay', 10],
  ],
};
const DEFAULT_BRANDS: ReadonlyArray<readonly [Brand, number]> = [
  ['visa', 55],
  ['mastercard', 40],
  ['amex', 5],
];

const PREFIX: Record<Brand, () => string[]> = {
  visa: () => ['4'],
  mastercard: () => ['51', '52', '53', '54', '55', '2221', '2720'],
  amex: () => ['34', '37'],
  jcb: () => ['3528', '3566', '3589'],
  unionpay: () => ['62'],
};

const binCache = new Map<string, string[]>();

/** Six BINs of `brand` for issuers in `country`, the same in every stream. */
export function binsOf(country: string, brand: Brand): string[] {
  const key = `${country}:${brand}`;
  const cached = binCache.get(key);
  if (cached) return cached;
  const rng = new Rng(`hu-porcelain:bins:${key}`);
  const bins = Array.from({ length: 6 }, () => {
    const prefix = rng.pick(PREFIX[brand]());
    return `${prefix}${rng.digits(6 - prefix.length)}`;
  });
  binCache.set(key, bins);
  return bins;
}

export const brandFor = (rng: Rng, country: string): Brand =>
  rng.weightedPick(BRANDS[country] ?? DEFAULT_BRANDS);

/** A card issued in `country`, with its BIN drawn from the country's list for the brand. */
export function newCard(rng: Rng, country: string, funding: Funding = 'credit', bin?: string): HeldCard {
  const brand = bin ? brandOfBin(bin) : brandFor(rng, country);
  return {
    bin: bin ?? rng.pick(binsOf(country, brand)),
    last4: rng.digits(4),
    brand,
    country,
    fingerprint: rng.token(16, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
    funding,
  };
}

export function brandOfBin(bin: string): Brand {
  if (bin.startsWith('4')) return 'visa';
  if (bin.startsWith('34') || bin.startsWith('37')) return 'amex';
  if (bin.startsWith('35')) return 'jcb';
  if (bin.startsWith('62')) return 'unionpay';
  return 'mastercard';
}

/** Debit is the everyday Hungarian card; collectors abroad mostly pay on credit. */
export const fundingFor = (rng: Rng, country: string): Funding =>
  country === 'HU'
    ? rng.weightedPick<Funding>([
        ['debit', 62],
        ['credit', 36],
        ['prepaid', 2],
      ])
    : rng.weightedPick<Funding>([
        ['credit', 78],
        ['debit', 21],
        ['prepaid', 1],
      ]);

/** Only American, British and Canadian issuers answer address checks; everyone else's come back unavailable. */
const AVS_ISSUERS = new Set(['US', 'GB', 'CA']);

/** How well the billing address typed matches the issuer's record. */
export type Match = 'good' | 'partial' | 'wrong';

export function avs(rng: Rng, card: Card, match: Match): CheckResult {
  if (!AVS_ISSUERS.has(card.country)) return 'unavailable';
  if (rng.chance(0.03)) return 'unavailable';
  if (match === 'good') return rng.chance(0.94) ? 'pass' : 'partial';
  if (match === 'partial') return 'partial';
  return rng.chance(0.85) ? 'fail' : 'partial';
}

/** How the card reached the payment page: typed in, saved on the account, or from a phone wallet. */
export type Entry = 'typed' | 'saved' | 'wallet';

/** A saved card is charged without its code; a wallet token carries none. */
export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'saved') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'authentication_failed'
  | 'expired_card'
  | 'card_velocity_exceeded'
  | 'stolen_card'
  | 'lost_card'
  | 'restricted_card'
  | 'invalid_number'
  | 'transaction_not_allowed';

/** Why an honest buyer's card is declined: a daily online limit on big baskets, a wrong code, the bank's app. */
export function honestDecline(rng: Rng, big: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 20 : 22],
    ['card_velocity_exceeded', big ? 30 : 6],
    ['incorrect_cvc', 18],
    ['authentication_failed', 22],
    ['do_not_honor', 12],
    ['expired_card', 6],
  ]);
}

/** Why a stolen card is declined once its holder or issuer has caught up with it. */
export const fraudDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['do_not_honor', 30],
    ['stolen_card', 15],
    ['lost_card', 8],
    ['insufficient_funds', 15],
    ['incorrect_cvc', 12],
    ['expired_card', 6],
    ['invalid_number', 6],
    ['transaction_not_allowed', 8],
  ]);
