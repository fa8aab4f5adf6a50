import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the checkout sees them: BIN, last four, brand, issuing country and the processor's fingerprint (never
 * a full number). BINs are this model's own lists by issuing country. AVS is only answered by British and US
 * issuers; CVC is unchecked for a saved card and unavailable for a wallet token.
 */

export type Funding = 'credit' | 'debit' | 'prepaid';
export interface HeldCard extends Card {
  funding: Funding;
}

const BINS: Readonly<Record<string, ReadonlyArray<readonly [string, string, Funding]>>> = {
  FR: [
    ['497010', 'visa', 'debit'],
    ['497401', 'visa', 'debit'],
    ['513283', 'mastercard', 'debit'],
    ['535163', 'mastercard', 'credit'],
    ['456735', 'visa', 'credit'],
    ['376411', 'amex', 'credit'],
    ['533317', 'mastercard', 'prepaid'],
  ],
  BE: [
    ['479258', 'visa', 'debit'],
    ['516052', 'mastercard', 'credit'],
    ['487104', 'visa', 'credit'],
  ],
  LU: [
    ['492941', 'visa', 'credit'],
    ['522093', 'mastercard', 'credit'],
  ],
  DE: [
    ['455600', 'visa', 'credit'],
    ['520399', 'mastercard', 'credit'],
    ['489504', 'visa', 'debit'],
  ],
  NL: [
    ['465859', 'visa', 'debit'],
    ['539100', 'mastercard', 'credit'],
  ],
  CH: [
    ['404159', 'visa', 'credit'],
    ['545720', 'mastercard', 'credit'],
    ['377700', 'amex', 'credit'],
  ],
  GB: [
    ['465942', 'visa', 'debit'],
    ['475129', 'visa', 'debit'],
    ['552213', 'mastercard', 'credit'],
    ['374288', 'amex', 'credit'],
  ],
  US: [
    ['414720', 'visa', 'credit'],
    ['426684', 'visa', 'credit'],
    ['517805', 'mastercard', 'credit'],
    ['371449', 'amex', 'credit'],
    ['440066', 'visa', 'debit'],
    ['435880', 'visa', 'prepaid'],
  ],
  HK: [
    ['455257', 'visa', 'credit'],
    ['540034', 'mastercard', 'credit'],
    ['377064', 'amex', 'credit'],
  ],
  SG: [
    ['456443', 'visa', 'credit'],
    ['552038', 'mastercard', 'credit'],
  ],
  CN: [
    ['622848', 'unionpay', 'debit'],
    ['625906', 'unionpay', 'credit'],
    ['436742', 'visa', 'credit'],
  ],
  JP: [
    ['356899', 'jcb', 'credit'],
    ['353011', 'jcb', 'credit'],
    ['457811', 'visa', 'credit'],
  ],
  AE: [
    ['403620', 'visa', 'credit'],
    ['535957', 'mastercard', 'debit'],
  ],
  TR: [
    ['454360', 'visa', 'credit'],
    ['540667', 'mastercard', 'credit'],
  ],
};

export const cardCountries = Object.keys(BINS);

/** A new card issued in `country`, optionally of one funding type (prepaid only where the list has one). */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const list = BINS[country] ?? BINS.FR ?? [];
  const fitting = funding ? list.filter(([, , f]) => f === funding) : list;
  const [bin6, brand, f] = rng.pick(fitting.length > 0 ? fitting : list);
  return {
    bin: bin6,
    last4: rng.digits(4),
    brand,
    country: BINS[country] ? country : 'FR',
    fingerprint: `fp_${rng.token(16)}`,
    funding: f,
  };
}

/** Another card from the same issuer range (the next number of a stolen batch or a tested run). */
export const sibling = (rng: Rng, c: HeldCard): HeldCard => ({
  ...c,
  last4: rng.digits(4),
  fingerprint: `fp_${rng.token(16)}`,
});

export type Entry = 'typed' | 'saved' | 'wallet';
/** Whether the billing address is the cardholder's: good, only the postcode, or someone else's. */
export type Match = 'good' | 'partial' | 'none';

export function avs(rng: Rng, card: Card, match: Match): CheckResult {
  if (card.country !== 'GB' && card.country !== 'US') return 'unavailable';
  if (match === 'none') return rng.chance(0.8) ? 'fail' : 'partial';
  if (match === 'partial') return 'partial';
  return rng.chance(0.93) ? 'pass' : 'partial';
}

export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : entry === 'wallet' ? 'unavailable' : right ? 'pass' : 'fail';

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'authentication_failed'
  | 'card_velocity_exceeded'
  | 'stolen_card'
  | 'lost_card'
  | 'invalid_number'
  | 'transaction_not_allowed'
  | 'transfer_not_received';

/** Why an honest card is declined: limits on big baskets, typos, a 3-D Secure prompt missed on the phone. */
export function honestDecline(rng: Rng, big: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 30 : 14],
    ['card_velocity_exceeded', big ? 18 : 4],
    ['incorrect_cvc', 18],
    ['authentication_failed', 22],
    ['expired_card', 9],
    ['do_not_honor', 14],
  ]);
}
