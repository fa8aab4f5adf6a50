import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the shop's payment provider reports them: BIN, last four, brand, issuing country, fingerprint (no
 * card number exists anywhere). BINs are this model's own lists, by issuing country and funding.
 */

export type Funding = 'credit' | 'debit' | 'prepaid';
export interface HeldCard extends Card {
  funding: Funding;
}

// prettier-ignore
const BINS: Readonly<Record<string, ReadonlyArray<readonly [string, string, Funding]>>> = {
  DE: [['453250', 'visa', 'credit'], ['410039', 'visa', 'debit'], ['492942', 'visa', 'debit'], ['522155', 'mastercard', 'credit'], ['535310', 'mastercard', 'debit'], ['548892', 'mastercard', 'credit'], ['374288', 'amex', 'credit'], ['416598', 'visa', 'prepaid']],
  AT: [['404137', 'visa', 'debit'], ['455673', 'visa', 'credit'], ['516843', 'mastercard', 'credit'], ['535421', 'mastercard', 'debit']],
  CH: [['402360', 'visa', 'credit'], ['474152', 'visa', 'debit'], ['512463', 'mastercard', 'credit'], ['557739', 'mastercard', 'debit'], ['376642', 'amex', 'credit']],
  NL: [['417631', 'visa', 'credit'], ['465901', 'visa', 'debit'], ['520473', 'mastercard', 'debit']],
  BE: [['447862', 'visa', 'credit'], ['479213', 'visa', 'debit'], ['525488', 'mastercard', 'credit']],
  LU: [['426398', 'visa', 'credit'], ['533317', 'mastercard', 'debit']],
  FR: [['497010', 'visa', 'debit'], ['497355', 'visa', 'credit'], ['513283', 'mastercard', 'debit'], ['535946', 'mastercard', 'credit']],
  PL: [['405467', 'visa', 'debit'], ['434769', 'visa', 'debit'], ['516731', 'mastercard', 'debit'], ['549184', 'mastercard', 'credit']],
  UA: [['414962', 'visa', 'debit'], ['537541', 'mastercard', 'debit']],
  GB: [['465858', 'visa', 'debit'], ['475129', 'visa', 'credit'], ['539123', 'mastercard', 'credit']],
  US: [['414720', 'visa', 'credit'], ['426684', 'visa', 'credit'], ['440066', 'visa', 'debit'], ['546616', 'mastercard', 'credit'], ['371449', 'amex', 'credit']],
  // Issuers in countries that kept paying Russian and Belarusian customers abroad.
  KZ: [['440563', 'visa', 'debit'], ['539545', 'mastercard', 'debit']],
  AM: [['408306', 'visa', 'debit'], ['520905', 'mastercard', 'debit']],
  KG: [['417398', 'visa', 'debit']],
  AE: [['428671', 'visa', 'credit']],
  // Russian-issued cards, blocked abroad since 2022.
  RU: [['427638', 'visa', 'debit'], ['546938', 'mastercard', 'debit']],
  // Cheap prepaid and credit BINs card testers buy lists of.
  TEST: [['440393', 'visa', 'prepaid'], ['485246', 'visa', 'credit'], ['523236', 'mastercard', 'prepaid'], ['517805', 'mastercard', 'credit']],
};

/** A card issued in `country` (a different funding now and then). */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const list = BINS[country] ?? BINS.DE ?? [];
  const fitting = funding ? list.filter(([, , f]) => f === funding) : list;
  const [bin, brand, f] = rng.pick(fitting.length > 0 ? fitting : list);
  const issued = country === 'TEST' ? 'US' : country;
  return {
    bin,
    last4: rng.digits(4),
    brand,
    country: issued,
    fingerprint: `fp_${rng.token(16)}`,
    funding: f,
  };
}

/** A fresh card on a given BIN (card testers work through a list on one or two BINs). */
export const cardOnBin = (
  rng: Rng,
  bin: string,
  brand: string,
  country: string,
  funding: Funding,
): HeldCard => ({
  bin,
  last4: rng.digits(4),
  brand,
  country,
  fingerprint: `fp_${rng.token(16)}`,
  funding,
});

/** The testing BINs, for card-testing runs. */
export const testingBins = (): ReadonlyArray<readonly [string, string, Funding]> => BINS.TEST ?? [];

/** How card data was entered: typed in, a card saved on the account, or a phone wallet. */
export type Entry = 'typed' | 'saved' | 'wallet';
/** Whether the billing address matches what the issuer holds. */
export type Match = 'good' | 'zip_only' | 'wrong';

/** Only US, British and Canadian issuers answer address checks; everyone else's answer is `unavailable`. */
export function avs(rng: Rng, card: Card, match: Match): CheckResult {
  if (!['US', 'GB', 'CA'].includes(card.country)) return 'unavailable';
  if (match === 'good') return rng.chance(0.95) ? 'pass' : 'partial';
  if (match === 'zip_only') return 'partial';
  return rng.chance(0.85) ? 'fail' : 'unavailable';
}

/** A typed card's code is checked; a saved card is charged without it; a wallet uses a cryptogram. */
export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : entry === 'wallet' ? 'unavailable' : right ? 'pass' : 'fail';

/** Why a payment did not go through, as the provider words it. */
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'authentication_failed'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'card_velocity_exceeded'
  | 'stolen_card'
  | 'lost_card'
  | 'pickup_card'
  | 'incorrect_number'
  | 'card_not_supported'
  | 'generic_decline'
  | 'provider_declined'
  | 'invalid_account'
  | 'timeout';

/** Honest cards fail for money, the 3-D Secure prompt (the banking app not opened in time), a typo or a limit. */
export const honestDecline = (rng: Rng, big: boolean): Decline =>
  rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 26 : 18],
    ['authentication_failed', 30],
    ['do_not_honor', 14],
    ['incorrect_cvc', 12],
    ['expired_card', 8],
    ['card_velocity_exceeded', big ? 14 : 4],
    ['generic_decline', 6],
  ]);
