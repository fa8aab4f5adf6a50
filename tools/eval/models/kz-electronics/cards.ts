import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the store's acquirer sees them: BIN, last four, brand, issuing country and a fingerprint (no card
 * number exists anywhere). The BIN lists are this model's own. Kazakh issuers enforce 3-D Secure on every
 * online payment (an SMS code or a push in the bank's app) and let holders switch internet payments and
 * limits on and off in the app, which is behind many honest declines. Only US and British issuers answer AVS.
 */

export type Brand = 'visa' | 'mastercard' | 'unionpay' | 'amex' | 'mir';
export type Funding = 'debit' | 'credit' | 'prepaid';

export interface HeldCard extends Card {
  funding: Funding;
}

type Bin = readonly [string, Brand, Funding];

export const BINS: Readonly<Record<string, readonly Bin[]>> = {
  KZ: [
    ['400303', 'visa', 'debit'],
    ['440563', 'visa', 'debit'],
    ['419525', 'visa', 'debit'],
    ['405862', 'visa', 'debit'],
    ['446375', 'visa', 'credit'],
    ['517792', 'mastercard', 'debit'],
    ['539545', 'mastercard', 'debit'],
    ['548601', 'mastercard', 'credit'],
    ['553691', 'mastercard', 'debit'],
    ['522858', 'mastercard', 'prepaid'],
    ['622165', 'unionpay', 'debit'],
  ],
  KG: [
    ['419813', 'visa', 'debit'],
    ['447522', 'visa', 'debit'],
    ['532133', 'mastercard', 'debit'],
  ],
  UZ: [
    ['418783', 'visa', 'debit'],
    ['405823', 'visa', 'debit'],
    ['545182', 'mastercard', 'debit'],
    ['624408', 'unionpay', 'debit'],
  ],
  US: [
    ['414720', 'visa', 'credit'],
    ['426684', 'visa', 'credit'],
    ['440066', 'visa', 'debit'],
    ['474166', 'visa', 'credit'],
    ['542418', 'mastercard', 'credit'],
    ['546616', 'mastercard', 'credit'],
    ['371449', 'amex', 'credit'],
  ],
  GB: [
    ['454313', 'visa', 'debit'],
    ['465859', 'visa', 'debit'],
    ['492181', 'visa', 'credit'],
    ['535522', 'mastercard', 'credit'],
  ],
  DE: [
    ['455600', 'visa', 'credit'],
    ['492941', 'visa', 'debit'],
    ['520416', 'mastercard', 'credit'],
  ],
  PL: [
    ['404117', 'visa', 'debit'],
    ['535470', 'mastercard', 'debit'],
  ],
  TR: [
    ['454360', 'visa', 'credit'],
    ['540667', 'mastercard', 'credit'],
  ],
  AE: [
    ['457896', 'visa', 'debit'],
    ['428248', 'visa', 'credit'],
    ['541241', 'mastercard', 'credit'],
  ],
  KR: [
    ['404825', 'visa', 'credit'],
    ['536181', 'mastercard', 'credit'],
  ],
  RU: [
    ['427638', 'visa', 'debit'],
    ['427901', 'visa', 'debit'],
    ['546901', 'mastercard', 'debit'],
    ['220070', 'mir', 'debit'],
    ['220220', 'mir', 'debit'],
    ['623446', 'unionpay', 'debit'],
  ],
  BY: [
    ['414935', 'visa', 'debit'],
    ['532130', 'mastercard', 'debit'],
  ],
};

const binsOf = (country: string): readonly Bin[] => BINS[country] ?? BINS['KZ'] ?? [];

/** A card on one of `country`'s BINs (a debit one when asked and there is one). */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const pool = binsOf(country).filter((b) => !funding || b[2] === funding);
  const [bin, brand, kind] = rng.pick(pool.length > 0 ? pool : binsOf(country));
  return cardOnBin(rng, [bin, brand, kind], country);
}

/** Another card on a BIN already chosen (a tester walking through a batch). */
export function cardOnBin(rng: Rng, b: Bin, country: string): HeldCard {
  return {
    bin: b[0],
    last4: rng.digits(4),
    brand: b[1],
    country,
    fingerprint: `cf_${rng.token(18)}`,
    funding: b[2],
  };
}

/** A BIN of a country, for a tester's batch. */
export const binOf = (rng: Rng, country: string): Bin => rng.pick(binsOf(country));

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'authentication_failed'
  | 'restricted_card'
  | 'limit_exceeded'
  | 'stolen_card'
  | 'lost_card'
  | 'card_not_supported'
  | 'invalid_number'
  | 'application_declined'
  | 'qr_expired'
  | 'transfer_not_received';

export type ThreeDS = 'challenge_passed' | 'challenge_failed' | 'frictionless' | 'attempted' | 'not_enrolled';

/** How a card was given: typed, saved in the account, or from a phone wallet. */
export type Entry = 'typed' | 'saved' | 'wallet';

/** How the billing address given matches the issuer's (only US and British issuers check). */
export type Match = 'good' | 'postcode_only' | 'wrong';

const AVS_ISSUERS = new Set(['US', 'GB']);

export function avs(card: Card, match: Match): CheckResult {
  if (!AVS_ISSUERS.has(card.country)) return 'unavailable';
  return match === 'good' ? 'pass' : match === 'postcode_only' ? 'partial' : 'fail';
}

export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'wallet') return 'unavailable';
  if (entry === 'saved') return 'unchecked';
  return right ? 'pass' : 'fail';
}

/**
 * The 3-D Secure outcome of an authorisation that `ok` went through (or not): Central Asian and Turkish issuers
 * challenge almost always, US issuers mostly decide without the holder, European ones in between.
 */
export function secure(rng: Rng, card: Card, ok: boolean): ThreeDS {
  const c = card.country;
  if (!ok) return 'challenge_failed';
  if (c === 'KZ' || c === 'KG' || c === 'UZ' || c === 'TR' || c === 'RU' || c === 'BY')
    return rng.chance(0.88) ? 'challenge_passed' : 'frictionless';
  if (c === 'US')
    return rng.weightedPick<ThreeDS>([
      ['frictionless', 70],
      ['challenge_passed', 18],
      ['attempted', 12],
    ]);
  if (c === 'AE' || c === 'KR') return rng.chance(0.75) ? 'challenge_passed' : 'frictionless';
  return rng.chance(0.55) ? 'challenge_passed' : 'frictionless';
}

/** Why an honest card payment fails, the way it fails in Kazakhstan. */
export function honestDecline(rng: Rng, amount: number, country: string): Decline {
  const big = amount > 300_000;
  return rng.weightedPick<Decline>([
    ['restricted_card', country === 'KZ' ? 18 : 6],
    ['limit_exceeded', big ? 22 : 8],
    ['insufficient_funds', big ? 24 : 18],
    ['authentication_failed', 16],
    ['incorrect_cvc', 8],
    ['do_not_honor', country === 'KZ' ? 6 : 22],
    ['expired_card', 3],
    ['invalid_number', 3],
  ]);
}
