import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the store sees them: BIN, last four, brand, issuing country, a fingerprint, and (the model's own
 * knowledge) debit, credit or prepaid. Nordic issuers answer no AVS; US, British and Canadian ones do. Every
 * card from the EEA goes through 3-D Secure (PSD2), approved in the bank's app or with BankID.
 */

export type Funding = 'debit' | 'credit' | 'prepaid';
export type HeldCard = Card & { funding: Funding };
export type Entry = 'typed' | 'saved' | 'wallet';
/** How well the billing address matches what the issuer holds. */
export type Match = 'good' | 'mismatch' | 'none';

export type Decline =
  | 'insufficient_funds'
  | 'card_declined'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'authentication_failed'
  | 'stolen_card'
  | 'lost_card'
  | 'swish_timeout'
  | 'swish_declined'
  | 'klarna_rejected'
  | 'bank_login_aborted'
  | 'gift_card_invalid';

type Bin = readonly [string, string, Funding];

/** This model's own BIN lists per issuing country. */
const BINS: Readonly<Record<string, readonly Bin[]>> = {
  SE: [
    ['457173', 'visa', 'debit'],
    ['455621', 'visa', 'debit'],
    ['475129', 'visa', 'debit'],
    ['489318', 'visa', 'debit'],
    ['416050', 'visa', 'debit'],
    ['517935', 'mastercard', 'debit'],
    ['535412', 'mastercard', 'debit'],
    ['552188', 'mastercard', 'credit'],
    ['547351', 'mastercard', 'credit'],
    ['492942', 'visa', 'credit'],
    ['374801', 'amex', 'credit'],
  ],
  FI: [
    ['484451', 'visa', 'debit'],
    ['432116', 'visa', 'debit'],
    ['479247', 'visa', 'credit'],
    ['516748', 'mastercard', 'debit'],
    ['543218', 'mastercard', 'credit'],
  ],
  NO: [
    ['457023', 'visa', 'debit'],
    ['492161', 'visa', 'debit'],
    ['520964', 'mastercard', 'credit'],
    ['548673', 'mastercard', 'debit'],
  ],
  DK: [
    ['457114', 'visa', 'debit'],
    ['457145', 'visa', 'debit'],
    ['528642', 'mastercard', 'debit'],
    ['549826', 'mastercard', 'credit'],
  ],
  UA: [
    ['537541', 'mastercard', 'debit'],
    ['516874', 'mastercard', 'debit'],
    ['414949', 'visa', 'debit'],
  ],
  DE: [
    ['455952', 'visa', 'debit'],
    ['522853', 'mastercard', 'credit'],
  ],
  ES: [
    ['454742', 'visa', 'debit'],
    ['540162', 'mastercard', 'credit'],
  ],
  US: [
    ['414720', 'visa', 'credit'],
    ['426684', 'visa', 'credit'],
    ['440393', 'visa', 'debit'],
    ['517805', 'mastercard', 'credit'],
    ['542418', 'mastercard', 'credit'],
    ['403446', 'visa', 'prepaid'],
    ['379763', 'amex', 'credit'],
  ],
  GB: [
    ['465901', 'visa', 'debit'],
    ['475110', 'visa', 'debit'],
    ['535522', 'mastercard', 'credit'],
    ['484427', 'visa', 'prepaid'],
  ],
  CA: [
    ['450644', 'visa', 'credit'],
    ['520082', 'mastercard', 'credit'],
  ],
  BR: [
    ['498401', 'visa', 'credit'],
    ['516292', 'mastercard', 'credit'],
  ],
  KZ: [
    ['440043', 'visa', 'debit'],
    ['539545', 'mastercard', 'debit'],
  ],
  AM: [['408306', 'visa', 'debit']],
  TR: [
    ['454360', 'visa', 'credit'],
    ['528939', 'mastercard', 'debit'],
  ],
};

export const binsOf = (country: string): readonly Bin[] => BINS[country] ?? BINS.SE ?? [];

function cardFrom(rng: Rng, country: string, [bin, brand, funding]: Bin): HeldCard {
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}`, funding };
}

/** A new card issued in `country`, of the given funding when the country has one. */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const all = binsOf(country);
  const fitting = funding ? all.filter((b) => b[2] === funding) : all;
  return cardFrom(rng, country, rng.pick(fitting.length > 0 ? fitting : all));
}

/** A card on a given BIN (card testers' runs). */
export function cardOnBin(rng: Rng, country: string, bin: Bin): HeldCard {
  return cardFrom(rng, country, bin);
}

export function pickBin(rng: Rng, country: string): Bin {
  return rng.pick(binsOf(country));
}

const AVS_ISSUERS = new Set(['US', 'GB', 'CA']);
const EEA = new Set(['SE', 'FI', 'NO', 'DK', 'DE', 'ES', 'FR', 'NL', 'GB']);

export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (!AVS_ISSUERS.has(card.country)) return 'unavailable';
  if (match === 'good') return rng.chance(0.93) ? 'pass' : 'partial';
  if (match === 'mismatch') return rng.chance(0.6) ? 'fail' : 'partial';
  return 'fail';
}

export function cvc(entry: Entry, ok: boolean): CheckResult {
  if (entry === 'saved') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return ok ? 'pass' : 'fail';
}

export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled';

/**
 * 3-D Secure on a card: European issuers challenge most payments (exempting small ones and letting trusted ones
 * through frictionless); elsewhere the issuer often takes no part.
 */
export function secure(rng: Rng, card: HeldCard, kronor: number, failed: boolean): ThreeDS {
  if (!EEA.has(card.country))
    return rng.chance(0.6) ? 'not_enrolled' : failed ? 'challenge_failed' : 'frictionless';
  if (failed) return 'challenge_failed';
  if (kronor < 300 && rng.chance(0.55)) return 'exempt';
  return rng.chance(kronor > 1500 ? 0.8 : 0.5) ? 'challenge_passed' : 'frictionless';
}

export const isEea = (country: string): boolean => EEA.has(country);

/** Why an honest card payment fails: funds, the BankID prompt missed, an old card, a typo. */
export function honestCardDecline(rng: Rng): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_funds', 34],
    ['authentication_failed', 32],
    ['expired_card', 10],
    ['do_not_honor', 10],
    ['incorrect_cvc', 14],
  ]);
}
