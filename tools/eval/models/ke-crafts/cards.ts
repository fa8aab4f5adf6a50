import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the shop's payment page sees them: BIN, last four, brand, issuing country, a fingerprint, and the
 * funding the model keeps to itself. The BINs are this model's own lists (the right first digits for the
 * brand, nothing more); no card number exists anywhere. The gateway runs 3-D Secure on every card: Kenyan
 * banks send an OTP by SMS, European banks usually challenge, American banks mostly pass it through.
 */

export type Brand = 'visa' | 'mastercard' | 'amex' | 'unionpay';
export type Funding = 'debit' | 'credit' | 'prepaid';

export interface HeldCard extends Card {
  funding: Funding;
}

type Bin = readonly [string, Brand, Funding, number];

const BINS: Readonly<Record<string, readonly Bin[]>> = {
  KE: [
    ['404837', 'visa', 'debit', 8],
    ['419567', 'visa', 'debit', 6],
    ['457623', 'visa', 'debit', 5],
    ['465858', 'visa', 'credit', 2],
    ['489317', 'visa', 'debit', 4],
    ['510875', 'mastercard', 'debit', 4],
    ['519911', 'mastercard', 'debit', 3],
    ['528044', 'mastercard', 'credit', 2],
    ['545672', 'mastercard', 'debit', 3],
    // A mobile-money wallet's virtual Visa: prepaid, topped up from the phone.
    ['431257', 'visa', 'prepaid', 4],
  ],
  US: [
    ['414720', 'visa', 'credit', 6],
    ['426684', 'visa', 'credit', 5],
    ['440066', 'visa', 'credit', 3],
    ['473702', 'visa', 'credit', 3],
    ['403766', 'visa', 'debit', 4],
    ['434256', 'visa', 'debit', 3],
    ['542418', 'mastercard', 'credit', 4],
    ['552433', 'mastercard', 'credit', 3],
    ['517805', 'mastercard', 'debit', 2],
    ['371449', 'amex', 'credit', 3],
    ['378282', 'amex', 'credit', 2],
    ['486208', 'visa', 'prepaid', 1],
  ],
  GB: [
    ['465901', 'visa', 'debit', 7],
    ['475132', 'visa', 'debit', 5],
    ['492181', 'visa', 'debit', 4],
    ['426510', 'visa', 'credit', 3],
    ['522223', 'mastercard', 'credit', 3],
    ['535522', 'mastercard', 'debit', 3],
    ['541333', 'mastercard', 'credit', 2],
    ['374288', 'amex', 'credit', 1],
  ],
  DE: [
    ['416570', 'visa', 'credit', 4],
    ['455620', 'visa', 'debit', 4],
    ['520416', 'mastercard', 'credit', 5],
    ['548045', 'mastercard', 'credit', 3],
    ['534360', 'mastercard', 'debit', 2],
  ],
  NL: [
    ['470613', 'visa', 'debit', 4],
    ['421369', 'visa', 'credit', 3],
    ['517998', 'mastercard', 'credit', 4],
    ['548730', 'mastercard', 'debit', 3],
    ['523995', 'mastercard', 'credit', 2],
  ],
  CA: [
    ['450876', 'visa', 'credit', 4],
    ['520082', 'mastercard', 'credit', 3],
  ],
  FR: [
    ['497010', 'visa', 'debit', 4],
    ['513691', 'mastercard', 'debit', 3],
  ],
  SE: [['457125', 'visa', 'debit', 1]],
  CH: [['480221', 'visa', 'credit', 1]],
  AE: [
    ['428671', 'visa', 'credit', 3],
    ['524321', 'mastercard', 'credit', 2],
  ],
  ZA: [['417698', 'visa', 'credit', 1]],
  AU: [['456471', 'visa', 'credit', 1]],
  KZ: [
    ['440563', 'visa', 'debit', 3],
    ['539545', 'mastercard', 'debit', 2],
  ],
  AM: [
    ['408306', 'visa', 'debit', 2],
    ['535091', 'mastercard', 'debit', 1],
  ],
  TR: [
    ['454360', 'visa', 'credit', 2],
    ['540668', 'mastercard', 'credit', 2],
  ],
  KG: [['417315', 'visa', 'debit', 1]],
  RU: [['623446', 'unionpay', 'debit', 1]],
  BY: [['426890', 'visa', 'debit', 1]],
};

export const CARD_COUNTRIES: readonly string[] = Object.keys(BINS);

/** A card from one BIN: only the last four and fingerprint are drawn. */
export function cardOn(rng: Rng, bin: Bin, country: string): HeldCard {
  return {
    bin: bin[0],
    last4: rng.digits(4),
    brand: bin[1],
    country,
    fingerprint: `fp_${rng.token(16)}`,
    funding: bin[2],
  };
}

/** A BIN of a country's issuers (by how many cards each issues), optionally of one funding. */
export function binOf(rng: Rng, country: string, funding?: Funding): Bin {
  const all = BINS[country] ?? BINS.US ?? [];
  const bins = funding ? all.filter((b) => b[2] === funding) : all;
  return rng.weightedPick((bins.length > 0 ? bins : all).map((b) => [b, b[3]] as const));
}

export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  return cardOn(rng, binOf(rng, country, funding), BINS[country] ? country : 'US');
}

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'authentication_failed'
  | 'transaction_not_permitted'
  | 'stolen_card'
  | 'lost_card'
  | 'pickup_card'
  | 'invalid_account'
  // Mobile money: the STK prompt timed out, was cancelled, the PIN was wrong, the wallet was short.
  | 'timeout'
  | 'request_cancelled'
  | 'wrong_pin'
  // PayPal, and a pay-on-delivery order whose money never arrived.
  | 'paypal_declined'
  | 'payment_not_received';

/** Why an honest card is declined; Kenyan debit cards are often not enabled for online payments. */
export function honestDecline(rng: Rng, card: HeldCard): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_funds', 30],
    ['do_not_honor', 20],
    ['incorrect_cvc', 12],
    ['expired_card', 5],
    ['authentication_failed', card.country === 'KE' ? 18 : 10],
    ['transaction_not_permitted', card.country === 'KE' && card.funding === 'debit' ? 25 : 2],
  ]);
}

/** Issuers that answer address verification. */
export const AVS_COUNTRIES: ReadonlySet<string> = new Set(['US', 'GB', 'CA']);

/** How the billing address typed matches the cardholder's: right, near (ZIP only), or someone else's. */
export type Match = 'good' | 'near' | 'wrong';

export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (!AVS_COUNTRIES.has(card.country)) return 'unavailable';
  if (match === 'wrong') return rng.chance(0.8) ? 'fail' : 'partial';
  if (match === 'near') return 'partial';
  return rng.chance(0.93) ? 'pass' : 'partial';
}

/** How the card reached the payment page: typed, or saved on the account (no code asked again). */
export type Entry = 'typed' | 'saved';

export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : right ? 'pass' : 'fail';

export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'attempted';

const CHALLENGING: ReadonlySet<string> = new Set([
  'KE',
  'GB',
  'DE',
  'NL',
  'FR',
  'SE',
  'CH',
  'AE',
  'ZA',
  'TR',
]);

/** Whether this card's issuer would put the buyer through a challenge (an OTP, an app prompt) here. */
export function challenges(rng: Rng, card: HeldCard): boolean {
  if (card.country === 'KE') return rng.chance(0.88);
  if (CHALLENGING.has(card.country)) return rng.chance(0.7);
  return rng.chance(0.12);
}

/** 3-D Secure for a cardholder who has their phone. */
export function secure(rng: Rng, card: HeldCard, ok: boolean): ThreeDS {
  const challenged = challenges(rng, card);
  if (!ok) return challenged ? 'challenge_failed' : 'frictionless';
  if (challenged) return 'challenge_passed';
  return !CHALLENGING.has(card.country) && rng.chance(0.22) ? 'attempted' : 'frictionless';
}
