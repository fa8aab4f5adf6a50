import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the payment gateway shows them: BIN, last four, brand, issuing country and a fingerprint (never a
 * number). The BIN lists are this model's own. Malaysian, Singaporean, Bruneian and Indonesian issuers answer no
 * address check (AVS `unavailable`); British, American and Canadian issuers do. Malaysian cards go through 3-D
 * Secure almost always (an SMS OTP or an approval in the bank's app); many Malaysian debit cards have online
 * or overseas use switched off until the holder turns it on.
 */

export type Brand = 'visa' | 'mastercard' | 'amex' | 'unionpay' | 'jcb';
export type Funding = 'credit' | 'debit' | 'prepaid';

export interface HeldCard extends Card {
  funding: Funding;
}

export type Bin = readonly [bin: string, brand: Brand, funding: Funding, weight: number];

const BINS: Readonly<Record<string, readonly Bin[]>> = {
  MY: [
    ['422164', 'visa', 'debit', 18],
    ['457801', 'visa', 'debit', 12],
    ['465391', 'visa', 'credit', 12],
    ['489443', 'visa', 'credit', 8],
    ['520102', 'mastercard', 'debit', 10],
    ['552115', 'mastercard', 'credit', 10],
    ['540183', 'mastercard', 'credit', 7],
    ['518863', 'mastercard', 'debit', 6],
    ['377064', 'amex', 'credit', 3],
    ['535741', 'mastercard', 'prepaid', 6],
    ['435712', 'visa', 'prepaid', 3],
  ],
  SG: [
    ['414709', 'visa', 'credit', 10],
    ['455621', 'visa', 'debit', 8],
    ['524169', 'mastercard', 'credit', 7],
    ['558846', 'mastercard', 'credit', 5],
    ['376211', 'amex', 'credit', 2],
  ],
  BN: [
    ['404152', 'visa', 'debit', 3],
    ['526771', 'mastercard', 'credit', 2],
  ],
  ID: [
    ['461700', 'visa', 'credit', 4],
    ['522184', 'mastercard', 'credit', 3],
    ['436502', 'visa', 'debit', 3],
  ],
  GB: [
    ['465858', 'visa', 'debit', 6],
    ['475129', 'visa', 'debit', 4],
    ['535522', 'mastercard', 'credit', 3],
    ['492181', 'visa', 'debit', 3],
  ],
  AU: [
    ['456472', 'visa', 'debit', 5],
    ['516361', 'mastercard', 'credit', 3],
    ['494052', 'visa', 'credit', 2],
  ],
  US: [
    ['414720', 'visa', 'credit', 5],
    ['426684', 'visa', 'credit', 4],
    ['517805', 'mastercard', 'credit', 3],
    ['371385', 'amex', 'credit', 2],
    ['440066', 'visa', 'debit', 3],
  ],
  CA: [
    ['450605', 'visa', 'credit', 2],
    ['520588', 'mastercard', 'credit', 1],
  ],
  QA: [['428671', 'visa', 'credit', 1]],
  AE: [['484783', 'visa', 'credit', 1]],
  SA: [['446404', 'visa', 'debit', 1]],
  JP: [
    ['353011', 'jcb', 'credit', 2],
    ['490622', 'visa', 'credit', 1],
  ],
  TR: [['454360', 'visa', 'credit', 1]],
  RU: [['622400', 'unionpay', 'debit', 1]],
  BY: [['427752', 'visa', 'debit', 1]],
};

/** A new card from a country's issuers, or of one BIN. */
export function newCard(rng: Rng, country: string, bin?: Bin): HeldCard {
  const bins = BINS[country] ?? BINS.US ?? [];
  const [b, brand, funding] = bin ?? rng.weightedPick(bins.map((x) => [x, x[3]] as const));
  return { bin: b, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(18)}`, funding };
}

/** One BIN of a country, for a batch of cards leaked together. */
export const binOf = (rng: Rng, country: string): Bin => {
  const bins = BINS[country] ?? BINS.US ?? [];
  return rng.weightedPick(bins.map((x) => [x, x[3]] as const));
};

/** How the card was entered: typed in, saved on the account, or through Apple Pay. */
export type Entry = 'typed' | 'saved' | 'wallet';
/** How the billing address the buyer gave compares with the issuer's. */
export type Match = 'good' | 'postcode_only' | 'wrong';

const AVS_ISSUERS = new Set(['GB', 'US', 'CA']);

export function avs(card: Card, match: Match): CheckResult {
  if (!AVS_ISSUERS.has(card.country)) return 'unavailable';
  return match === 'good' ? 'pass' : match === 'postcode_only' ? 'partial' : 'fail';
}

export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'saved') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}

export type ThreeDS = 'challenge_passed' | 'challenge_failed' | 'frictionless' | 'not_enrolled';

/** 3-D Secure as each market's issuers run it, for an attempt that went through or not. */
export function secure(rng: Rng, card: Card, ok: boolean): ThreeDS {
  const c = card.country;
  if (c === 'MY' || c === 'ID' || c === 'BN')
    return ok ? (rng.chance(0.88) ? 'challenge_passed' : 'frictionless') : 'challenge_failed';
  if (c === 'SG' || c === 'GB' || c === 'AU')
    return ok ? (rng.chance(0.55) ? 'challenge_passed' : 'frictionless') : 'challenge_failed';
  if (rng.chance(0.25)) return 'not_enrolled';
  return ok ? (rng.chance(0.7) ? 'frictionless' : 'challenge_passed') : 'challenge_failed';
}

/** Why a payment was refused, in the gateway's words. */
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'authentication_failed'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'transaction_not_permitted'
  | 'suspected_fraud'
  | 'stolen_card'
  | 'lost_card'
  | 'invalid_account'
  | 'restricted_country'
  | 'bank_timeout'
  | 'buyer_cancelled'
  | 'bank_unavailable'
  | 'insufficient_balance'
  | 'credit_limit_exceeded'
  | 'payment_declined';

/** An honest card's refusal: OTPs that never arrive, cards with online use switched off, empty accounts. */
export function honestCardDecline(rng: Rng, card: HeldCard): Decline {
  return rng.weightedPick<Decline>([
    ['authentication_failed', card.country === 'MY' ? 30 : 15],
    ['transaction_not_permitted', card.country === 'MY' && card.funding === 'debit' ? 25 : 4],
    ['insufficient_funds', card.funding === 'credit' ? 15 : 30],
    ['do_not_honor', 12],
    ['incorrect_cvc', 10],
    ['expired_card', 4],
  ]);
}

/** Online banking banks on FPX, by share of payers. */
export const FPX_BANKS: ReadonlyArray<readonly [string, number]> = [
  ['maybank2u', 34],
  ['cimb_clicks', 18],
  ['public_bank', 10],
  ['bank_islam', 9],
  ['rhb_now', 8],
  ['hong_leong_connect', 5],
  ['ambank', 4],
  ['bsn', 4],
  ['bank_rakyat', 4],
  ['affin', 2],
  ['bank_muamalat', 2],
];
