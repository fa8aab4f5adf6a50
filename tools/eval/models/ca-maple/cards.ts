import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as BIN and last four only (never a card number). The BINs are this model's own lists for issuers in the
 * country named: Canada's big banks and the caisses, US banks, French banks (Cartes Bancaires co-badged), and
 * Kazakh banks (the cards Russians abroad-in-all-but-name pay with).
 */

export type Issuer = 'CA' | 'CA_DEBIT' | 'US' | 'US_PREPAID' | 'FR' | 'KZ';

const BINS: Readonly<Record<Issuer, ReadonlyArray<readonly [string, string]>>> = {
  // Visa and Mastercard credit from Desjardins, RBC, TD, BMO, CIBC, Scotiabank, National Bank; Amex Canada.
  CA: [
    ['453091', 'visa'],
    ['451015', 'visa'],
    ['452088', 'visa'],
    ['450060', 'visa'],
    ['453600', 'visa'],
    ['519123', 'mastercard'],
    ['525889', 'mastercard'],
    ['520588', 'mastercard'],
    ['373303', 'amex'],
  ],
  // Visa Debit and Debit Mastercard on Canadian chequing accounts, usable online.
  CA_DEBIT: [
    ['450644', 'visa'],
    ['451401', 'visa'],
    ['537157', 'mastercard'],
  ],
  US: [
    ['414720', 'visa'],
    ['426684', 'visa'],
    ['440066', 'visa'],
    ['517805', 'mastercard'],
    ['542418', 'mastercard'],
    ['601100', 'discover'],
    ['371449', 'amex'],
  ],
  US_PREPAID: [
    ['411810', 'visa'],
    ['435880', 'visa'],
    ['511558', 'mastercard'],
  ],
  FR: [
    ['497010', 'visa'],
    ['497671', 'visa'],
    ['513283', 'mastercard'],
  ],
  KZ: [
    ['440043', 'visa'],
    ['440563', 'visa'],
    ['522158', 'mastercard'],
  ],
};

const COUNTRY: Readonly<Record<Issuer, string>> = {
  CA: 'CA',
  CA_DEBIT: 'CA',
  US: 'US',
  US_PREPAID: 'US',
  FR: 'FR',
  KZ: 'KZ',
};

/** A card: a BIN of the issuer's list (or the one given), a last four, a fingerprint. */
export function newCard(rng: Rng, issuer: Issuer, bin?: readonly [string, string]): Card {
  const [b, brand] = bin ?? rng.pick(BINS[issuer]);
  return {
    bin: b,
    last4: rng.digits(4),
    brand,
    country: COUNTRY[issuer],
    fingerprint: `fp_${rng.token(16)}`,
  };
}

export const binOf = (rng: Rng, issuer: Issuer): readonly [string, string] => rng.pick(BINS[issuer]);

/** How the card was given: typed, saved on the account, or a wallet (Apple Pay). */
export type Entry = 'typed' | 'saved' | 'wallet';
/** How well the billing address matches the issuer's: the holder's own, a near miss, or someone else's. */
export type Match = 'good' | 'near' | 'wrong';

/**
 * AVS: Canadian and US issuers answer on the postal code and street number; French and Kazakh issuers take no
 * part (`unavailable`).
 */
export function avs(rng: Rng, card: Card, match: Match): CheckResult {
  if (card.country !== 'CA' && card.country !== 'US') return 'unavailable';
  if (rng.chance(0.03)) return 'unavailable';
  if (match === 'good') return rng.chance(0.93) ? 'pass' : 'partial';
  if (match === 'near') return rng.chance(0.6) ? 'partial' : 'fail';
  return rng.chance(0.8) ? 'fail' : 'partial';
}

/** CVC: checked when typed, not asked for a saved card, not applicable to a wallet token. */
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
  | 'pickup_card'
  | 'card_velocity_exceeded'
  | 'incorrect_zip'
  | 'generic_decline';

/** Why an honest customer's card is declined. */
export const honestDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['insufficient_funds', 30],
    ['do_not_honor', 20],
    ['incorrect_cvc', 18],
    ['expired_card', 12],
    ['authentication_failed', 12],
    ['incorrect_zip', 8],
  ]);

/** Why a card someone else holds is declined. */
export const fraudDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['stolen_card', 14],
    ['lost_card', 8],
    ['pickup_card', 5],
    ['do_not_honor', 22],
    ['generic_decline', 18],
    ['incorrect_cvc', 14],
    ['insufficient_funds', 10],
    ['expired_card', 6],
    ['card_velocity_exceeded', 3],
  ]);
