import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the shop's payment provider sees them: BIN, last four, brand, issuing country, a fingerprint per
 * card number. The BINs are this model's own lists; no card number exists anywhere. AVS is answered only by
 * US, Canadian and British issuers; CVC is unchecked for a card saved on an account and unavailable in a wallet.
 */

export type Funding = 'credit' | 'debit' | 'prepaid';
export type HeldCard = Card & { funding: Funding };

/** How the card was entered: typed, saved on the account, or in Apple/Google Pay. */
export type Entry = 'typed' | 'saved' | 'wallet';
/** How well the billing address matches the issuer's (what AVS will answer). */
export type Match = 'good' | 'partial' | 'wrong';

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'authentication_failed'
  | 'expired_card'
  | 'stolen_card'
  | 'lost_card'
  | 'card_velocity_exceeded'
  | 'fraudulent'
  | 'invalid_account'
  | 'transaction_not_allowed';

const BINS: Readonly<Record<string, ReadonlyArray<readonly [string, string, Funding]>>> = {
  US: [
    ['414720', 'visa', 'credit'],
    ['426684', 'visa', 'credit'],
    ['440066', 'visa', 'credit'],
    ['473702', 'visa', 'debit'],
    ['542418', 'mastercard', 'credit'],
    ['552433', 'mastercard', 'credit'],
    ['374355', 'amex', 'credit'],
    ['379741', 'amex', 'credit'],
    ['601100', 'discover', 'credit'],
    ['403446', 'visa', 'prepaid'],
  ],
  GB: [
    ['465858', 'visa', 'debit'],
    ['475129', 'visa', 'credit'],
    ['535522', 'mastercard', 'credit'],
    ['492181', 'visa', 'debit'],
    ['377064', 'amex', 'credit'],
  ],
  DE: [
    ['455600', 'visa', 'credit'],
    ['520416', 'mastercard', 'credit'],
    ['531278', 'mastercard', 'debit'],
  ],
  FR: [
    ['497010', 'visa', 'debit'],
    ['513691', 'mastercard', 'credit'],
  ],
  NL: [
    ['459150', 'visa', 'credit'],
    ['535110', 'mastercard', 'debit'],
  ],
  IT: [
    ['450913', 'visa', 'credit'],
    ['532529', 'mastercard', 'prepaid'],
  ],
  AU: [
    ['456443', 'visa', 'credit'],
    ['516320', 'mastercard', 'credit'],
    ['376011', 'amex', 'credit'],
  ],
  CA: [
    ['450644', 'visa', 'credit'],
    ['520082', 'mastercard', 'credit'],
  ],
  AE: [
    ['428671', 'visa', 'credit'],
    ['529415', 'mastercard', 'credit'],
    ['376627', 'amex', 'credit'],
  ],
  SA: [
    ['446404', 'visa', 'credit'],
    ['588845', 'mada', 'debit'],
    ['521076', 'mastercard', 'credit'],
  ],
  QA: [['422817', 'visa', 'credit']],
  KW: [['450605', 'visa', 'credit']],
  TR: [
    ['454360', 'visa', 'credit'],
    ['402277', 'visa', 'credit'],
    ['540667', 'mastercard', 'credit'],
    ['552879', 'mastercard', 'credit'],
    ['979204', 'troy', 'debit'],
    ['435508', 'visa', 'debit'],
  ],
  KZ: [['440563', 'visa', 'debit']],
  RU: [['220070', 'mir', 'debit']],
};

export const issuers = Object.keys(BINS);

/** A new card issued in `country` (a US card when the country issues none here), of `funding` when given. */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const all = BINS[country] ?? BINS.US ?? [];
  const fitting = funding ? all.filter((b) => b[2] === funding) : all;
  const [bin, brand, f] = rng.pick(fitting.length > 0 ? fitting : all);
  return {
    bin,
    last4: rng.digits(4),
    brand,
    country: BINS[country] ? country : 'US',
    fingerprint: `fp_${rng.token(16)}`,
    funding: f,
  };
}

/** A card from one of a few BINs a stolen-card batch came from (a breach or a shop's skimmed batch). */
export function batchCard(rng: Rng, bins: readonly string[], country: string): HeldCard {
  const all = BINS[country] ?? [];
  const bin = rng.pick(bins);
  const found = all.find((b) => b[0] === bin);
  return {
    bin,
    last4: rng.digits(4),
    brand: found?.[1] ?? 'visa',
    country,
    fingerprint: `fp_${rng.token(16)}`,
    funding: found?.[2] ?? 'credit',
  };
}

/** The BINs a market's issuers use. */
export const binsOf = (country: string): string[] => (BINS[country] ?? []).map((b) => b[0]);

const AVS_ISSUERS = new Set(['US', 'CA', 'GB']);

export function avs(rng: Rng, card: Card, match: Match): CheckResult {
  if (!AVS_ISSUERS.has(card.country)) return 'unavailable';
  if (match === 'wrong') return rng.chance(0.85) ? 'fail' : 'unavailable';
  if (match === 'partial') return rng.chance(0.7) ? 'fail' : 'pass';
  return rng.chance(0.95) ? 'pass' : 'unavailable';
}

export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'saved') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}

/**
 * Why an honest card is declined: a large cross-border charge to a Turkish merchant is often refused by the
 * issuer's own fraud screen (`do_not_honor`) until the holder calls the bank; otherwise limits, typos, 3-D Secure.
 */
export function honestDecline(rng: Rng, big: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['do_not_honor', big ? 45 : 20],
    ['insufficient_funds', big ? 25 : 25],
    ['incorrect_cvc', 12],
    ['authentication_failed', 12],
    ['expired_card', 4],
    ['transaction_not_allowed', 3],
  ]);
}
