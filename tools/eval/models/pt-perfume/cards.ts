import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards: BIN ranges by issuing country (this model's own lists; no card number exists anywhere, only BIN and
 * last four), funding, and the checks a payment reports. European issuers do not answer AVS; British, US and
 * Canadian ones do. Neobank cards (Revolut from Lithuania, N26 from Germany, Wise from Belgium) are common among
 * young customers everywhere, so a Lisbon buyer's card is often not Portuguese.
 */

export type Funding = 'credit' | 'debit' | 'prepaid';

export interface HeldCard extends Card {
  funding: Funding;
}

type Bin = readonly [bin: string, brand: string, funding: Funding];

export const BINS: Readonly<Record<string, readonly Bin[]>> = {
  PT: [
    ['404906', 'visa', 'debit'],
    ['415470', 'visa', 'debit'],
    ['427320', 'visa', 'debit'],
    ['454788', 'visa', 'credit'],
    ['476327', 'visa', 'debit'],
    ['491677', 'visa', 'credit'],
    ['516760', 'mastercard', 'debit'],
    ['523672', 'mastercard', 'credit'],
    ['535110', 'mastercard', 'debit'],
    ['548896', 'mastercard', 'credit'],
    ['552228', 'mastercard', 'credit'],
    ['428090', 'visa', 'prepaid'],
  ],
  ES: [
    ['454618', 'visa', 'debit'],
    ['491214', 'visa', 'credit'],
    ['402360', 'visa', 'debit'],
    ['540091', 'mastercard', 'credit'],
    ['518857', 'mastercard', 'debit'],
    ['476719', 'visa', 'debit'],
  ],
  FR: [
    ['497010', 'visa', 'debit'],
    ['497355', 'visa', 'debit'],
    ['497840', 'visa', 'credit'],
    ['513100', 'mastercard', 'debit'],
    ['535610', 'mastercard', 'credit'],
    ['533317', 'mastercard', 'debit'],
  ],
  LU: [
    ['475100', 'visa', 'debit'],
    ['539943', 'mastercard', 'credit'],
    ['493712', 'visa', 'credit'],
  ],
  BE: [
    ['479090', 'visa', 'debit'],
    ['516970', 'mastercard', 'debit'],
    ['554540', 'mastercard', 'credit'],
  ],
  CH: [
    ['404168', 'visa', 'debit'],
    ['426398', 'visa', 'credit'],
    ['540158', 'mastercard', 'credit'],
    ['552186', 'mastercard', 'debit'],
  ],
  LT: [
    ['535456', 'mastercard', 'debit'],
    ['459678', 'visa', 'debit'],
  ],
  DE: [
    ['535522', 'mastercard', 'debit'],
    ['492910', 'visa', 'credit'],
    ['520416', 'mastercard', 'credit'],
  ],
  BR: [
    ['406669', 'visa', 'credit'],
    ['516292', 'mastercard', 'credit'],
    ['552640', 'mastercard', 'credit'],
    ['498408', 'visa', 'debit'],
  ],
  GB: [
    ['465859', 'visa', 'debit'],
    ['475129', 'visa', 'debit'],
    ['446291', 'visa', 'credit'],
    ['522187', 'mastercard', 'credit'],
    ['374288', 'amex', 'credit'],
  ],
  US: [
    ['414720', 'visa', 'credit'],
    ['426684', 'visa', 'credit'],
    ['440066', 'visa', 'debit'],
    ['546616', 'mastercard', 'credit'],
    ['371739', 'amex', 'credit'],
    ['403446', 'visa', 'prepaid'],
  ],
  CA: [
    ['450060', 'visa', 'credit'],
    ['520588', 'mastercard', 'credit'],
  ],
  AO: [['418768', 'visa', 'debit']],
  TR: [
    ['454360', 'visa', 'credit'],
    ['540667', 'mastercard', 'credit'],
  ],
  AE: [
    ['428431', 'visa', 'credit'],
    ['535588', 'mastercard', 'debit'],
  ],
};

/** A fresh card from `country`'s ranges (any funding, or `funding` when it has one). */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const all = BINS[country] ?? BINS.PT ?? [];
  const fitting = funding ? all.filter((b) => b[2] === funding) : all;
  const [bin, brand, f] = rng.pick(fitting.length ? fitting : all);
  return cardOn(rng, bin, brand, country, f);
}

/** A card on a given BIN: what a card tester cycles through. */
export const cardOn = (
  rng: Rng,
  bin: string,
  brand: string,
  country: string,
  funding: Funding,
): HeldCard => ({
  bin,
  last4: rng.digits(4),
  brand,
  country,
  fingerprint: `fp_${rng.token(16)}`,
  funding,
});

/** A BIN from `country`'s ranges, for a tester's run. */
export const binOf = (rng: Rng, country: string): Bin => rng.pick(BINS[country] ?? BINS.PT ?? []);

/** Issuers that answer the address check. */
const AVS_ISSUERS = new Set(['GB', 'US', 'CA']);

/** `good`: the billing address is the holder's; `partial`: postcode only; `none`: someone else's. */
export type Match = 'good' | 'partial' | 'none';

export function avs(rng: Rng, card: Card, match: Match): CheckResult {
  if (!AVS_ISSUERS.has(card.country)) return 'unavailable';
  if (match === 'good') return rng.chance(0.96) ? 'pass' : 'unavailable';
  if (match === 'partial') return rng.chance(0.5) ? 'pass' : 'fail';
  return rng.chance(0.85) ? 'fail' : 'unavailable';
}

/** How a card was given: typed in, a saved card (no code asked), or a phone wallet. */
export type Entry = 'typed' | 'saved' | 'wallet';

export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'saved') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'card_declined'
  | 'expired_card'
  | 'incorrect_cvc'
  | 'authentication_failed'
  | 'stolen_card'
  | 'lost_card'
  | 'invalid_number'
  | 'mbway_timeout'
  | 'mbway_rejected'
  | 'klarna_rejected'
  | 'paypal_declined';

/** Why an honest card fails: mostly the 3-D Secure text message never read, funds, or a mistyped code. */
export function honestDecline(rng: Rng, big: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['authentication_failed', 32],
    ['insufficient_funds', big ? 30 : 18],
    ['incorrect_cvc', 16],
    ['do_not_honor', 14],
    ['expired_card', 8],
  ]);
}

/** Why a stolen or generated card fails. */
export function fraudDecline(rng: Rng): Decline {
  return rng.weightedPick<Decline>([
    ['authentication_failed', 26],
    ['card_declined', 18],
    ['do_not_honor', 16],
    ['stolen_card', 10],
    ['lost_card', 5],
    ['insufficient_funds', 12],
    ['incorrect_cvc', 8],
    ['invalid_number', 5],
  ]);
}

/** Cards issued in the EEA, Switzerland and the UK go through 3-D Secure under PSD2. */
export const SCA = new Set(['PT', 'ES', 'FR', 'LU', 'BE', 'CH', 'LT', 'DE', 'GB', 'NL']);
