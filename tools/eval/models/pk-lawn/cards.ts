import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the gateways see them: BIN and last four only (this model's own BIN lists, with the right first
 * digits for each brand), the issuer's country, a fingerprint. How issuers in each market answer 3-D Secure,
 * AVS and the card code, and why they decline.
 */

export type IssuerCountry = 'PK' | 'GB' | 'US' | 'AE' | 'SA' | 'CA' | 'RU';

/** [BIN, brand, weight]: Visa 4…, Mastercard 51–55 and 2221–2720, Amex 34/37, UnionPay 62, Mir 2200–2204. */
const BINS: Readonly<Record<IssuerCountry, ReadonlyArray<readonly [string, string, number]>>> = {
  PK: [
    ['438731', 'visa', 14],
    ['455637', 'visa', 12],
    ['422610', 'visa', 10],
    ['469543', 'visa', 8],
    ['404725', 'visa', 6],
    ['540421', 'mastercard', 8],
    ['523946', 'mastercard', 7],
    ['517667', 'mastercard', 5],
    ['622829', 'unionpay', 4],
  ],
  GB: [
    ['465858', 'visa', 12],
    ['475110', 'visa', 10],
    ['454313', 'visa', 8],
    ['492181', 'visa', 6],
    ['535522', 'mastercard', 8],
    ['522233', 'mastercard', 6],
    ['557347', 'mastercard', 4],
    ['374288', 'amex', 2],
  ],
  US: [
    ['414720', 'visa', 10],
    ['426684', 'visa', 9],
    ['440393', 'visa', 7],
    ['483312', 'visa', 5],
    ['517805', 'mastercard', 7],
    ['546616', 'mastercard', 6],
    ['222300', 'mastercard', 3],
    ['371568', 'amex', 4],
    ['379345', 'amex', 2],
  ],
  AE: [
    ['476173', 'visa', 10],
    ['489318', 'visa', 8],
    ['406136', 'visa', 5],
    ['537429', 'mastercard', 7],
    ['522036', 'mastercard', 5],
  ],
  SA: [
    ['446404', 'visa', 10],
    ['457997', 'visa', 8],
    ['524130', 'mastercard', 6],
    ['535825', 'mastercard', 4],
  ],
  CA: [
    ['451015', 'visa', 10],
    ['452088', 'visa', 9],
    ['450003', 'visa', 6],
    ['520588', 'mastercard', 6],
    ['518127', 'mastercard', 4],
    ['373977', 'amex', 2],
  ],
  RU: [
    ['427683', 'visa', 5],
    ['546938', 'mastercard', 3],
    ['220220', 'mir', 6],
  ],
};

/** A card from a market's issuers; `bins` narrows to a stolen batch's BINs. */
export function newCard(rng: Rng, country: IssuerCountry, bins?: readonly string[]): Card {
  const pool = BINS[country].filter(([bin]) => !bins || bins.includes(bin));
  const [bin, brand] = rng.weightedPick(pool.map((b) => [b, b[2]] as const));
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}` };
}

/** A stolen batch: two or three BINs of one market (dumps are sold by BIN). */
export const batchBins = (rng: Rng, country: IssuerCountry, size: number): string[] =>
  rng.shuffle(BINS[country].map(([bin]) => bin)).slice(0, size);

export type ThreeDS = 'challenge_passed' | 'challenge_failed' | 'frictionless' | 'not_enrolled' | 'exempt';

/**
 * Pakistani cards always get an OTP (the State Bank requires it online), so do most Gulf and British cards;
 * North American issuers mostly let 3-D Secure 2 through without a challenge.
 */
export function secure(rng: Rng, country: string, ok: boolean, authFailed: boolean): ThreeDS {
  if (authFailed) return 'challenge_failed';
  if (country === 'RU') return 'not_enrolled';
  const challenged: Readonly<Record<string, number>> = {
    PK: 1,
    AE: 0.9,
    SA: 0.9,
    GB: 0.6,
    US: 0.15,
    CA: 0.2,
  };
  if (!ok && country !== 'PK' && rng.chance(0.3)) return 'frictionless';
  return rng.chance(challenged[country] ?? 0.5) ? 'challenge_passed' : 'frictionless';
}

/** How well the billing address given matches the issuer's: the holder's own, a near miss, or made up. */
export type Match = 'good' | 'near' | 'none';

/**
 * AVS: only the international storefront's acquirer asks, and only British, US and Canadian issuers answer;
 * the Pakistani gateway never asks.
 */
export function avs(rng: Rng, card: Card, storefront: 'pk' | 'intl', match: Match): CheckResult {
  if (storefront === 'pk') return 'unchecked';
  if (!['GB', 'US', 'CA'].includes(card.country)) return 'unavailable';
  if (match === 'good') return rng.chance(0.92) ? 'pass' : 'partial';
  if (match === 'near') return rng.chance(0.6) ? 'partial' : 'pass';
  return rng.chance(0.7) ? 'fail' : 'partial';
}

/** How the card reached the gateway: typed, saved on the account (no code), or in Apple Pay (no code asked). */
export type Entry = 'typed' | 'saved' | 'wallet';

export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : entry === 'wallet' ? 'unavailable' : right ? 'pass' : 'fail';

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'ecommerce_not_enabled'
  | 'authentication_failed'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'stolen_card'
  | 'lost_card'
  | 'card_not_supported'
  | 'transaction_not_permitted'
  | 'otp_timeout'
  | 'wrong_mpin'
  | 'insufficient_balance'
  | 'limit_exceeded'
  | 'paypal_declined';

/**
 * Why an honest buyer's card is declined: Pakistani debit cards are often not switched on for online use
 * (enabled in the banking app, then retried), short of funds before payday, or the OTP never arrived.
 */
export function honestDecline(rng: Rng, country: string): Decline {
  if (country === 'PK')
    return rng.weightedPick<Decline>([
      ['ecommerce_not_enabled', 30],
      ['insufficient_funds', 25],
      ['authentication_failed', 25],
      ['do_not_honor', 12],
      ['expired_card', 8],
    ]);
  return rng.weightedPick<Decline>([
    ['authentication_failed', 25],
    ['insufficient_funds', 20],
    ['do_not_honor', 25],
    ['incorrect_cvc', 20],
    ['expired_card', 10],
  ]);
}

/** A mobile wallet that fails: the USSD/app prompt timed out, a wrong MPIN, a low balance or the limit hit. */
export const walletDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['otp_timeout', 40],
    ['insufficient_balance', 25],
    ['wrong_mpin', 15],
    ['limit_exceeded', 20],
  ]);

/** Card testers mostly hit dead cards. */
export const testerDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['do_not_honor', 30],
    ['incorrect_cvc', 20],
    ['stolen_card', 12],
    ['lost_card', 8],
    ['expired_card', 12],
    ['insufficient_funds', 10],
    ['authentication_failed', 8],
  ]);
