import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the local acquirer reports them: BIN, last four, brand, issuing country and a fingerprint; never a
 * full number. Nigerian cards are Verve, Mastercard and Visa debit cards (every online charge confirmed by an
 * OTP sent to the holder's phone, a saved card charged by token without one); the diaspora's are British,
 * American, Canadian and Ghanaian. The acquirer gets AVS answers from British, American and Canadian issuers
 * only. The BINs are this model's own lists.
 */

export type Funding = 'debit' | 'credit' | 'prepaid';

/** A card someone holds: what the bodies show, and its funding, which they do not. */
export interface HeldCard extends Card {
  funding: Funding;
}

type Bin = readonly [bin: string, brand: string, funding: Funding, weight: number];

const BINS: Record<string, readonly Bin[]> = {
  NG: [
    ['506099', 'verve', 'debit', 9],
    ['506102', 'verve', 'debit', 7],
    ['506118', 'verve', 'debit', 6],
    ['507865', 'verve', 'debit', 5],
    ['650002', 'verve', 'debit', 4],
    ['539983', 'mastercard', 'debit', 10],
    ['539941', 'mastercard', 'debit', 8],
    ['531869', 'mastercard', 'debit', 7],
    ['519911', 'mastercard', 'debit', 6],
    ['512336', 'mastercard', 'debit', 5],
    ['521090', 'mastercard', 'credit', 2],
    ['418742', 'visa', 'debit', 6],
    ['408438', 'visa', 'debit', 5],
    ['473391', 'visa', 'debit', 4],
    ['427876', 'visa', 'credit', 1],
  ],
  GB: [
    ['465858', 'visa', 'debit', 12],
    ['475129', 'visa', 'debit', 10],
    ['454313', 'visa', 'debit', 8],
    ['492181', 'visa', 'debit', 6],
    ['535522', 'mastercard', 'debit', 9],
    ['557347', 'mastercard', 'debit', 6],
    ['552213', 'mastercard', 'credit', 5],
    ['446291', 'visa', 'credit', 4],
  ],
  US: [
    ['414720', 'visa', 'credit', 10],
    ['426684', 'visa', 'credit', 8],
    ['440066', 'visa', 'credit', 6],
    ['473702', 'visa', 'credit', 5],
    ['517805', 'mastercard', 'credit', 7],
    ['542418', 'mastercard', 'credit', 6],
    ['546616', 'mastercard', 'credit', 5],
    ['372888', 'amex', 'credit', 4],
    ['400022', 'visa', 'debit', 7],
    ['411773', 'visa', 'debit', 6],
    ['435880', 'visa', 'prepaid', 2],
    ['403446', 'visa', 'prepaid', 2],
  ],
  CA: [
    ['451014', 'visa', 'credit', 10],
    ['450060', 'visa', 'credit', 8],
    ['453826', 'visa', 'credit', 6],
    ['520588', 'mastercard', 'credit', 7],
    ['552437', 'mastercard', 'credit', 5],
    ['450644', 'visa', 'debit', 4],
  ],
  GH: [
    ['539947', 'mastercard', 'debit', 8],
    ['462818', 'visa', 'debit', 7],
    ['410390', 'visa', 'debit', 5],
    ['519874', 'mastercard', 'credit', 2],
  ],
  /** Belarusian Visa cards still work abroad (sanctioned_country only). */
  BY: [
    ['427741', 'visa', 'debit', 6],
    ['458410', 'visa', 'debit', 4],
  ],
};

export const cardFingerprint = (rng: Rng): string => `cf_${rng.token(16)}`;

const cardFrom = (rng: Rng, country: string, b: Bin): HeldCard => ({
  bin: b[0],
  last4: rng.digits(4),
  brand: b[1],
  country,
  fingerprint: cardFingerprint(rng),
  funding: b[2],
});

/** A new card issued in `country`, of the funding asked for when that country issues one. */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const all = BINS[country] ?? BINS.NG ?? [];
  const fitting = funding ? all.filter((b) => b[2] === funding) : all;
  const list = fitting.length > 0 ? fitting : all;
  return cardFrom(rng, country, rng.weightedPick(list.map((b) => [b, b[3]] as const)));
}

/** Another card from the same BIN (a batch of stolen cards from one issuer, a tester's list). */
export const sameBin = (rng: Rng, c: HeldCard): HeldCard => ({
  ...c,
  last4: rng.digits(4),
  fingerprint: cardFingerprint(rng),
});

/** Countries whose issuers answer AVS through the acquirer. */
const AVS_COUNTRIES = new Set(['GB', 'US', 'CA']);

/** How the billing address relates to the cardholder's: theirs, partly, someone else's. */
export type Match = 'good' | 'partial' | 'wrong';

export function avs(rng: Rng, card: Card, match: Match): CheckResult {
  if (!AVS_COUNTRIES.has(card.country)) return 'unavailable';
  if (rng.chance(0.03)) return 'unavailable';
  if (match === 'good') return rng.chance(0.9) ? 'pass' : 'partial';
  if (match === 'partial') return rng.chance(0.7) ? 'partial' : 'fail';
  return rng.chance(0.8) ? 'fail' : 'partial';
}

/** How the card was entered: typed, or a saved card charged by its token (no code asked). */
export type Entry = 'typed' | 'saved';

export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : right ? 'pass' : 'fail';

/** Why an authorisation fails, in the acquirer's words. */
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'authentication_failed'
  | 'issuer_unavailable'
  | 'incorrect_cvc'
  | 'incorrect_pin'
  | 'expired_card'
  | 'stolen_card'
  | 'lost_card'
  | 'transaction_not_permitted'
  | 'card_velocity_exceeded'
  | 'invalid_number'
  | 'transfer_expired'
  | 'ussd_timeout';

/** Why an honest Nigerian card fails: no money, the OTP never came, the bank's switch down, a daily limit. */
export function nigerianDecline(rng: Rng, big: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 45 : 38],
    ['authentication_failed', 24],
    ['issuer_unavailable', 14],
    ['do_not_honor', 8],
    ['incorrect_pin', 5],
    ['card_velocity_exceeded', big ? 14 : 3],
    ['expired_card', 3],
  ]);
}

/** Why a diaspora card fails at a Nigerian merchant: the issuer's fraud screen, SCA, or limits. */
export function foreignDecline(rng: Rng): Decline {
  return rng.weightedPick<Decline>([
    ['do_not_honor', 42],
    ['transaction_not_permitted', 18],
    ['authentication_failed', 18],
    ['insufficient_funds', 12],
    ['incorrect_cvc', 6],
    ['expired_card', 4],
  ]);
}

/** Why a stolen or tested card fails. */
export function fraudDecline(rng: Rng, country: string): Decline {
  return rng.weightedPick<Decline>([
    ['do_not_honor', 26],
    ['stolen_card', 12],
    ['lost_card', 6],
    ['incorrect_cvc', 14],
    ['expired_card', 10],
    ['insufficient_funds', 12],
    ['invalid_number', 6],
    ['authentication_failed', country === 'US' ? 4 : 16],
    ['transaction_not_permitted', 6],
  ]);
}
