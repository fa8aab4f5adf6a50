import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards and how their authorisations come back. BIN lists are this model's own: US consumer and business cards,
 * prepaid cards, the store's private-label card, and cards from Canada, Mexico, the UK and Germany for shoppers
 * abroad. US, Canadian and UK issuers answer AVS; others come back `unavailable`.
 */

export type { Card };

export type CardClass = 'consumer' | 'business' | 'prepaid' | 'store';

const BINS: Record<string, ReadonlyArray<readonly [string, string, number]>> = {
  // bin, brand, weight
  'US:consumer': [
    ['414720', 'visa', 14],
    ['426684', 'visa', 10],
    ['440066', 'visa', 8],
    ['473702', 'visa', 8],
    ['480213', 'visa', 6],
    ['403784', 'visa', 5],
    ['517805', 'mastercard', 9],
    ['542418', 'mastercard', 7],
    ['552433', 'mastercard', 5],
    ['222300', 'mastercard', 4],
    ['374355', 'amex', 7],
    ['379764', 'amex', 4],
    ['601100', 'discover', 5],
    ['650052', 'discover', 3],
  ],
  'US:business': [
    ['485932', 'visa', 10],
    ['471604', 'visa', 6],
    ['556766', 'mastercard', 8],
    ['372888', 'amex', 9],
  ],
  'US:prepaid': [
    ['438857', 'visa', 6],
    ['511563', 'mastercard', 4],
  ],
  'US:store': [['603571', 'store_card', 1]],
  'CA:consumer': [
    ['450060', 'visa', 6],
    ['520082', 'mastercard', 4],
  ],
  'MX:consumer': [
    ['491566', 'visa', 5],
    ['547077', 'mastercard', 4],
  ],
  'GB:consumer': [
    ['465858', 'visa', 6],
    ['535522', 'mastercard', 4],
  ],
  'DE:consumer': [['489504', 'visa', 1]],
};

const ISSUERS_WITH_AVS = new Set(['US', 'CA', 'GB']);

export const fingerprint = (rng: Rng): string => `fp_${rng.token(16)}`;

/** A new card of the class from the country (consumer if the country has no list of that class). */
export function newCard(rng: Rng, cls: CardClass = 'consumer', country = 'US'): Card {
  const list = BINS[`${country}:${cls}`] ?? BINS[`${country}:consumer`] ?? BINS['US:consumer'] ?? [];
  const [bin, brand] = rng.weightedPick(list.map(([b, br, w]) => [[b, br] as const, w] as const));
  return { bin, last4: rng.digits(4), brand, country, fingerprint: fingerprint(rng) };
}

/** Another card of the same BIN: what a tester runs through from one leaked batch. */
export const sameBin = (rng: Rng, card: Card): Card => ({
  ...card,
  last4: rng.digits(4),
  fingerprint: fingerprint(rng),
});

/** AVS as the issuer answers: a mismatch only where the issuer checks; `partial` is ZIP right, street wrong. */
export function avs(rng: Rng, card: Card, match: 'good' | 'close' | 'wrong'): CheckResult {
  if (!ISSUERS_WITH_AVS.has(card.country) || card.brand === 'store_card') return 'unavailable';
  if (rng.chance(0.02)) return 'unavailable';
  if (match === 'good') return rng.chance(0.95) ? 'pass' : 'partial';
  if (match === 'close') return rng.chance(0.75) ? 'partial' : 'fail';
  return rng.chance(0.8) ? 'fail' : 'partial';
}

/** CVC: a typed card sends it; a saved card or a wallet token does not. */
export function cvc(rng: Rng, entry: 'typed' | 'saved' | 'wallet', right = true): CheckResult {
  if (entry === 'saved') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? (rng.chance(0.99) ? 'pass' : 'unavailable') : 'fail';
}

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'incorrect_zip'
  | 'expired_card'
  | 'card_velocity_exceeded'
  | 'stolen_card'
  | 'lost_card'
  | 'pickup_card'
  | 'generic_decline'
  | 'invalid_number'
  | 'processing_error';

/** Why an honest shopper's card is declined. */
export const honestDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['insufficient_funds', 34],
    ['do_not_honor', 18],
    ['incorrect_cvc', 12],
    ['incorrect_zip', 10],
    ['expired_card', 8],
    ['card_velocity_exceeded', 8],
    ['generic_decline', 6],
    ['processing_error', 4],
  ]);

/** Why a stolen or tested card is declined. */
export const fraudDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['do_not_honor', 24],
    ['stolen_card', 12],
    ['lost_card', 8],
    ['pickup_card', 5],
    ['insufficient_funds', 14],
    ['incorrect_cvc', 14],
    ['incorrect_zip', 8],
    ['invalid_number', 7],
    ['generic_decline', 8],
  ]);
