import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the acquirer reports them: BIN, last four, brand, issuing country, a fingerprint. The deli takes
 * Visa and Mastercard only. BINs are this model's own lists (six digits, a plausible range for the brand);
 * no card number exists anywhere.
 */

export type Funding = 'credit' | 'debit' | 'prepaid' | 'business';

/** A card as the model keeps it; the bodies show it without `funding`. */
export interface HeldCard extends Card {
  funding: Funding;
}

type Bin = readonly [bin: string, brand: 'visa' | 'mastercard', funding: Funding];

const BINS: Readonly<Record<string, readonly Bin[]>> = {
  GR: [
    ['416782', 'visa', 'debit'],
    ['476317', 'visa', 'debit'],
    ['434511', 'visa', 'credit'],
    ['493418', 'visa', 'credit'],
    ['516732', 'mastercard', 'debit'],
    ['533819', 'mastercard', 'debit'],
    ['547306', 'mastercard', 'credit'],
    ['552183', 'mastercard', 'business'],
    ['455127', 'visa', 'business'],
    ['404681', 'visa', 'prepaid'],
    ['535964', 'mastercard', 'prepaid'],
  ],
  CY: [
    ['418302', 'visa', 'debit'],
    ['462791', 'visa', 'credit'],
    ['528106', 'mastercard', 'debit'],
    ['549770', 'mastercard', 'business'],
  ],
  DE: [
    ['454617', 'visa', 'debit'],
    ['492182', 'visa', 'credit'],
    ['520416', 'mastercard', 'credit'],
    ['557309', 'mastercard', 'debit'],
    ['489504', 'visa', 'business'],
    ['533471', 'mastercard', 'prepaid'],
  ],
  NL: [
    ['465882', 'visa', 'debit'],
    ['540628', 'mastercard', 'debit'],
    ['413297', 'visa', 'credit'],
  ],
  BE: [
    ['479235', 'visa', 'debit'],
    ['517042', 'mastercard', 'credit'],
    ['441563', 'visa', 'credit'],
  ],
  FR: [
    ['497012', 'visa', 'debit'],
    ['497358', 'visa', 'credit'],
    ['513691', 'mastercard', 'debit'],
    ['535120', 'mastercard', 'credit'],
  ],
  IT: [
    ['453997', 'visa', 'credit'],
    ['402360', 'visa', 'prepaid'],
    ['539923', 'mastercard', 'debit'],
    ['521384', 'mastercard', 'credit'],
  ],
  AT: [
    ['436518', 'visa', 'debit'],
    ['525876', 'mastercard', 'credit'],
  ],
  SE: [
    ['457140', 'visa', 'debit'],
    ['522089', 'mastercard', 'debit'],
  ],
  ES: [
    ['454281', 'visa', 'debit'],
    ['540035', 'mastercard', 'credit'],
  ],
  IE: [
    ['475129', 'visa', 'debit'],
    ['539107', 'mastercard', 'credit'],
  ],
  GB: [
    ['465943', 'visa', 'debit'],
    ['475117', 'visa', 'debit'],
    ['492913', 'visa', 'credit'],
    ['535522', 'mastercard', 'credit'],
    ['522123', 'mastercard', 'debit'],
    ['446291', 'visa', 'prepaid'],
  ],
  US: [
    ['414720', 'visa', 'credit'],
    ['426684', 'visa', 'credit'],
    ['440066', 'visa', 'debit'],
    ['517805', 'mastercard', 'credit'],
    ['546616', 'mastercard', 'credit'],
    ['485246', 'visa', 'business'],
    ['403446', 'visa', 'prepaid'],
    ['511563', 'mastercard', 'prepaid'],
  ],
  AU: [
    ['456443', 'visa', 'debit'],
    ['494052', 'visa', 'credit'],
    ['516361', 'mastercard', 'debit'],
    ['552033', 'mastercard', 'credit'],
  ],
  // Third countries whose cards Russian buyers used after 2022 (sanctioned_country only).
  KZ: [['440563', 'visa', 'debit']],
  AM: [['408306', 'visa', 'debit']],
  AE: [['529071', 'mastercard', 'debit']],
  TR: [['454360', 'visa', 'credit']],
  // Sanctioned issuers (sanctioned_country only): declined abroad since 2022.
  RU: [
    ['427601', 'visa', 'debit'],
    ['548673', 'mastercard', 'debit'],
  ],
  BY: [['424017', 'visa', 'debit']],
};

/** A new card issued in `country`, of `funding` when that country issues one (else any of its BINs). */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const bins = BINS[country] ?? BINS['GR'] ?? [];
  const fitting = funding ? bins.filter((b) => b[2] === funding) : bins;
  const [bin, brand, f] = rng.pick(fitting.length > 0 ? fitting : bins);
  return { bin, last4: rng.digits(4), brand, country, fingerprint: rng.token(16), funding: f };
}

/** A card with the same BIN (the next cards of a stolen batch, a tester's list). */
export const sameBin = (rng: Rng, card: HeldCard): HeldCard => ({
  ...card,
  last4: rng.digits(4),
  fingerprint: rng.token(16),
});

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'authentication_failed'
  | 'card_velocity_exceeded'
  | 'transaction_not_allowed'
  | 'stolen_card'
  | 'lost_card'
  | 'pickup_card'
  | 'invalid_account'
  | 'restricted_card'
  | 'fraudulent'
  | 'payment_cancelled'
  | 'bank_timeout';

/** Why an honest card payment fails: an empty account, an OTP not answered in time, a low online limit. */
export function honestDecline(rng: Rng, big: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 30 : 24],
    ['authentication_failed', 28],
    ['do_not_honor', 16],
    ['incorrect_cvc', 10],
    ['expired_card', 5],
    ['card_velocity_exceeded', big ? 14 : 4],
    ['transaction_not_allowed', big ? 8 : 3],
  ]);
}

/** Where the billing address stands against the issuer's file. */
export type Match = 'good' | 'postcode_only' | 'wrong' | 'unknown';

/** AVS: only British and US issuers answer the European acquirer; elsewhere `unavailable`. */
export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (card.country !== 'GB' && card.country !== 'US') return 'unavailable';
  if (match === 'unknown') return 'unavailable';
  if (match === 'postcode_only') return 'partial';
  if (match === 'wrong') return rng.chance(0.8) ? 'fail' : 'partial';
  return rng.chance(0.93) ? 'pass' : rng.chance(0.6) ? 'partial' : 'unavailable';
}

/** How the card reached the payment page. */
export type Entry = 'typed' | 'saved';

/** CVC: a saved card (the acquirer's token) sends none. */
export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : right ? 'pass' : 'fail';
