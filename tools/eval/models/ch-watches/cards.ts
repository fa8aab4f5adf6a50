import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the boutique's payment page sees them: BIN, last four, brand, issuing country and a fingerprint;
 * never a card number. BINs are this model's own lists by issuing country. AVS is answered only by US, British and
 * Canadian issuers; the CVC is checked when typed, not for a saved card or a wallet token.
 */

export type Funding = 'credit' | 'debit' | 'prepaid';
export interface HeldCard extends Card {
  funding: Funding;
}

type Bin = readonly [bin: string, brand: string, funding: Funding, weight: number];

const BINS: Readonly<Record<string, readonly Bin[]>> = {
  CH: [
    ['404137', 'visa', 'credit', 18],
    ['479135', 'visa', 'credit', 12],
    ['520473', 'mastercard', 'credit', 16],
    ['545478', 'mastercard', 'credit', 10],
    ['376400', 'amex', 'credit', 10],
    ['535138', 'mastercard', 'debit', 14],
    ['437551', 'visa', 'debit', 10],
    ['483590', 'visa', 'prepaid', 2],
  ],
  FR: [
    ['497010', 'visa', 'debit', 20],
    ['513283', 'mastercard', 'debit', 14],
    ['455673', 'visa', 'credit', 8],
    ['375010', 'amex', 'credit', 4],
  ],
  DE: [
    ['492910', 'visa', 'credit', 14],
    ['522188', 'mastercard', 'credit', 14],
    ['416598', 'visa', 'debit', 10],
    ['379743', 'amex', 'credit', 4],
  ],
  IT: [
    ['453997', 'visa', 'credit', 12],
    ['532484', 'mastercard', 'credit', 10],
    ['402360', 'visa', 'debit', 8],
    ['375018', 'amex', 'credit', 3],
  ],
  AT: [
    ['418761', 'visa', 'credit', 10],
    ['516846', 'mastercard', 'debit', 8],
  ],
  NL: [
    ['465858', 'visa', 'debit', 10],
    ['542011', 'mastercard', 'credit', 8],
  ],
  ES: [
    ['454618', 'visa', 'debit', 10],
    ['540737', 'mastercard', 'credit', 8],
  ],
  MC: [
    ['497352', 'visa', 'credit', 10],
    ['552156', 'mastercard', 'credit', 6],
  ],
  GB: [
    ['465901', 'visa', 'debit', 16],
    ['475117', 'visa', 'credit', 10],
    ['535522', 'mastercard', 'credit', 10],
    ['374288', 'amex', 'credit', 10],
    ['492181', 'visa', 'debit', 8],
  ],
  US: [
    ['414720', 'visa', 'credit', 18],
    ['426684', 'visa', 'credit', 12],
    ['546616', 'mastercard', 'credit', 10],
    ['371449', 'amex', 'credit', 18],
    ['379220', 'amex', 'credit', 8],
    ['440066', 'visa', 'debit', 8],
    ['403766', 'visa', 'prepaid', 1],
  ],
  AE: [
    ['471362', 'visa', 'credit', 12],
    ['529970', 'mastercard', 'credit', 10],
    ['377859', 'amex', 'credit', 6],
  ],
  SA: [
    ['409201', 'visa', 'credit', 10],
    ['536023', 'mastercard', 'credit', 8],
  ],
  QA: [
    ['422085', 'visa', 'credit', 10],
    ['545045', 'mastercard', 'credit', 6],
  ],
  HK: [
    ['456351', 'visa', 'credit', 12],
    ['552343', 'mastercard', 'credit', 8],
    ['625910', 'unionpay', 'credit', 6],
    ['377064', 'amex', 'credit', 4],
  ],
  SG: [
    ['454313', 'visa', 'credit', 12],
    ['557817', 'mastercard', 'credit', 8],
    ['377092', 'amex', 'credit', 4],
  ],
  JP: [
    ['356600', 'jcb', 'credit', 14],
    ['453201', 'visa', 'credit', 8],
    ['540145', 'mastercard', 'credit', 4],
  ],
  CN: [
    ['622848', 'unionpay', 'debit', 10],
    ['625807', 'unionpay', 'credit', 8],
    ['436742', 'visa', 'credit', 3],
  ],
  TR: [
    ['454360', 'visa', 'credit', 10],
    ['540061', 'mastercard', 'credit', 8],
  ],
  KZ: [
    ['440563', 'visa', 'debit', 10],
    ['517792', 'mastercard', 'debit', 6],
  ],
  AM: [
    ['408306', 'visa', 'debit', 10],
    ['530431', 'mastercard', 'debit', 6],
  ],
  RU: [
    ['622012', 'unionpay', 'debit', 10],
    ['625053', 'unionpay', 'credit', 6],
  ],
  BY: [['427713', 'visa', 'debit', 10]],
};

export const hasBins = (country: string): boolean => BINS[country] !== undefined;

/** A fresh card issued in `country` (its BIN drawn by weight, optionally of one funding type). */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const all = BINS[country] ?? BINS.US ?? [];
  const some = funding ? all.filter((b) => b[2] === funding) : all;
  const [bin, brand, fund] = rng.weightedPick((some.length > 0 ? some : all).map((b) => [b, b[3]] as const));
  return { bin, brand, funding: fund, country, last4: rng.digits(4), fingerprint: `fp_${rng.token(16)}` };
}

/** Another card with the same BIN (a mistyped number, the next card of a stolen batch). */
export const sameBin = (rng: Rng, card: HeldCard): HeldCard => ({
  ...card,
  last4: rng.digits(4),
  fingerprint: `fp_${rng.token(16)}`,
});

export type Entry = 'typed' | 'saved' | 'wallet';
/** How well the typed billing address matches the issuer's. */
export type Match = 'good' | 'partial' | 'bad';

const AVS_ISSUERS = new Set(['US', 'GB', 'CA']);

export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (!AVS_ISSUERS.has(card.country)) return 'unavailable';
  if (match === 'bad') return rng.chance(0.8) ? 'fail' : 'partial';
  if (match === 'partial') return rng.chance(0.7) ? 'partial' : 'pass';
  return rng.chance(0.93) ? 'pass' : rng.chance(0.6) ? 'partial' : 'unavailable';
}

export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'saved') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}

export type Decline =
  | 'insufficient_funds'
  | 'exceeds_limit'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'incorrect_number'
  | 'expired_card'
  | 'authentication_failed'
  | 'stolen_card'
  | 'lost_card'
  | 'pickup_card'
  | 'fraudulent'
  | 'transaction_not_allowed'
  | 'transfer_not_received';

/** Why an honest buyer's card is declined: a big piece hits the limit, a small slip is a typo or a timeout. */
export function honestDecline(rng: Rng, big: boolean): Decline {
  return big
    ? rng.weightedPick<Decline>([
        ['exceeds_limit', 40],
        ['insufficient_funds', 15],
        ['do_not_honor', 20],
        ['authentication_failed', 20],
        ['transaction_not_allowed', 5],
      ])
    : rng.weightedPick<Decline>([
        ['incorrect_cvc', 25],
        ['expired_card', 15],
        ['authentication_failed', 30],
        ['insufficient_funds', 15],
        ['do_not_honor', 15],
      ]);
}

/** Why a stolen card is declined. */
export function stolenDecline(rng: Rng): Decline {
  return rng.weightedPick<Decline>([
    ['stolen_card', 14],
    ['lost_card', 6],
    ['do_not_honor', 24],
    ['fraudulent', 12],
    ['authentication_failed', 20],
    ['incorrect_cvc', 10],
    ['insufficient_funds', 8],
    ['exceeds_limit', 6],
  ]);
}
