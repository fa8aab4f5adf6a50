import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards by issuing country: this model's own BIN lists (no real card numbers; BIN and last four only), with the
 * kind of card and how its issuer answers. European issuers mostly do not run address verification, so AVS is
 * `unavailable` for them and only British and US cards pass or fail it; every card payment goes through 3-D
 * Secure (PSD2) except where an exemption applies or the card is issued outside Europe.
 */

export type { Card };
export type CardType = 'debit' | 'credit' | 'prepaid' | 'business';

type Bin = readonly [bin: string, brand: string, type: CardType];

const BINS: Readonly<Record<string, readonly Bin[]>> = {
  IT: [
    ['402360', 'visa', 'debit'],
    ['453997', 'visa', 'credit'],
    ['516793', 'mastercard', 'debit'],
    ['532409', 'mastercard', 'credit'],
    ['535110', 'mastercard', 'prepaid'],
    ['479165', 'visa', 'prepaid'],
    ['374288', 'amex', 'credit'],
    ['552215', 'mastercard', 'business'],
  ],
  ES: [
    ['454881', 'visa', 'debit'],
    ['491214', 'visa', 'credit'],
    ['540021', 'mastercard', 'debit'],
    ['518752', 'mastercard', 'credit'],
    ['410317', 'visa', 'prepaid'],
    ['559883', 'mastercard', 'business'],
  ],
  PL: [
    ['427325', 'visa', 'debit'],
    ['446268', 'visa', 'credit'],
    ['535470', 'mastercard', 'debit'],
    ['520938', 'mastercard', 'credit'],
    ['418764', 'visa', 'prepaid'],
    ['553491', 'mastercard', 'business'],
  ],
  RO: [
    ['431274', 'visa', 'debit'],
    ['478602', 'visa', 'credit'],
    ['526315', 'mastercard', 'debit'],
    ['544827', 'mastercard', 'credit'],
    ['522198', 'mastercard', 'prepaid'],
  ],
  GR: [
    ['415822', 'visa', 'debit'],
    ['462738', 'visa', 'credit'],
    ['537544', 'mastercard', 'debit'],
    ['549616', 'mastercard', 'credit'],
    ['476330', 'visa', 'prepaid'],
  ],
  DE: [
    ['418226', 'visa', 'debit'],
    ['522867', 'mastercard', 'credit'],
    ['490762', 'visa', 'credit'],
  ],
  GB: [
    ['465901', 'visa', 'debit'],
    ['475129', 'visa', 'debit'],
    ['539128', 'mastercard', 'credit'],
    ['374901', 'amex', 'credit'],
  ],
  FR: [
    ['497355', 'visa', 'debit'],
    ['513283', 'mastercard', 'debit'],
  ],
  NL: [
    ['455602', 'visa', 'debit'],
    ['518145', 'mastercard', 'credit'],
  ],
  CH: [
    ['404589', 'visa', 'credit'],
    ['547307', 'mastercard', 'credit'],
  ],
  SE: [
    ['457132', 'visa', 'debit'],
    ['521706', 'mastercard', 'credit'],
  ],
  NO: [
    ['492549', 'visa', 'debit'],
    ['545231', 'mastercard', 'credit'],
  ],
  US: [
    ['414720', 'visa', 'credit'],
    ['426684', 'visa', 'credit'],
    ['517805', 'mastercard', 'credit'],
    ['379741', 'amex', 'credit'],
    ['440066', 'visa', 'debit'],
    ['485246', 'visa', 'business'],
  ],
  UA: [
    ['414949', 'visa', 'debit'],
    ['535560', 'mastercard', 'debit'],
    ['516875', 'mastercard', 'debit'],
  ],
  MD: [['407361', 'visa', 'debit']],
  AL: [['433152', 'visa', 'debit']],
  NG: [
    ['539983', 'mastercard', 'debit'],
    ['506118', 'verve', 'debit'],
  ],
  RU: [['220015', 'mir', 'debit']],
  BY: [['427742', 'visa', 'debit']],
  IR: [['603799', 'shetab', 'debit']],
  SY: [['421574', 'visa', 'debit']],
};

const EUROPE = new Set(['IT', 'ES', 'PL', 'RO', 'GR', 'DE', 'FR', 'NL', 'CH', 'SE', 'NO', 'GB']);

export interface HeldCard extends Card {
  type: CardType;
}

/** A card issued in `country`, of `type` where the country issues one. */
export function newCard(rng: Rng, country: string, type?: CardType): HeldCard {
  const all = BINS[country] ?? BINS.US ?? [];
  const fitting = type ? all.filter((b) => b[2] === type) : all;
  const [bin, brand, kind] = rng.pick(fitting.length > 0 ? fitting : all);
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}`, type: kind };
}

/** How the card was entered: typed at checkout, saved on the account, or through Apple Pay / Google Pay. */
export type Entry = 'typed' | 'saved' | 'wallet';
/** Whether the billing address the buyer gave is the card holder's. */
export type Match = 'good' | 'wrong' | 'unknown';

/** AVS as the issuer answers: only British and US issuers check addresses. */
export function avs(rng: Rng, card: Card, match: Match): CheckResult {
  if (card.country !== 'GB' && card.country !== 'US') return 'unavailable';
  if (match === 'good') return rng.chance(0.88) ? 'pass' : rng.chance(0.6) ? 'partial' : 'unavailable';
  if (match === 'wrong') return rng.chance(0.75) ? 'fail' : 'partial';
  return rng.chance(0.5) ? 'unavailable' : 'partial';
}

export function cvc(entry: Entry, right = true): CheckResult {
  if (entry === 'saved') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}

export type ThreeDS =
  'challenge_passed' | 'frictionless' | 'exempt' | 'failed' | 'abandoned' | 'out_of_scope';

/** 3-D Secure for an authorised payment: cards from outside Europe are out of scope (one leg out). */
export function threeDS(rng: Rng, card: Card, amountEur: number): ThreeDS {
  if (!EUROPE.has(card.country)) return 'out_of_scope';
  if (amountEur < 3_000 && rng.chance(0.5)) return 'exempt';
  return rng.chance(0.7) ? 'challenge_passed' : 'frictionless';
}

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'authentication_required'
  | 'authentication_failed'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'card_velocity_exceeded'
  | 'stolen_card'
  | 'lost_card'
  | 'invalid_number'
  | 'processing_error'
  | 'transaction_not_allowed'
  | 'financing_declined'
  | 'blik_rejected'
  | 'refused_at_door'
  | 'transfer_not_received';

/** Why an honest card is declined: big tickets run into limits and 3-D Secure more than anything else. */
export const honestDecline = (rng: Rng, big: boolean): Decline =>
  rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 24 : 14],
    ['card_velocity_exceeded', big ? 16 : 3],
    ['authentication_failed', 18],
    ['authentication_required', 10],
    ['do_not_honor', 12],
    ['incorrect_cvc', 9],
    ['expired_card', 5],
    ['processing_error', 3],
    ['transaction_not_allowed', 2],
  ]);
