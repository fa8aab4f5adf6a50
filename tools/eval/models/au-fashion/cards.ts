import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the gateway sees them: BIN, last four, brand, issuing country, a fingerprint that stays with the
 * card, and (kept off the bodies) its funding. The BINs are this model's own lists for each country's debit,
 * credit, charge and prepaid cards; no card number exists anywhere. Australian and New Zealand issuers answer
 * no address check, so AVS is `unavailable` unless the card is American, British or Canadian.
 */

export type Funding = 'debit' | 'credit' | 'prepaid';
export interface HeldCard extends Card {
  funding: Funding;
}

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'card_declined'
  | 'authentication_failed'
  | 'stolen_card'
  | 'lost_card'
  | 'pickup_card'
  | 'incorrect_number'
  | 'transaction_not_allowed'
  | 'provider_declined'
  | 'processing_error';

type Bin = readonly [bin: string, brand: string, funding: Funding, weight: number];

const BINS: Readonly<Record<string, readonly Bin[]>> = {
  AU: [
    ['456445', 'visa', 'debit', 14],
    ['456470', 'visa', 'debit', 12],
    ['433554', 'visa', 'debit', 9],
    ['462263', 'visa', 'debit', 8],
    ['494053', 'visa', 'debit', 6],
    ['516310', 'mastercard', 'debit', 8],
    ['535318', 'mastercard', 'debit', 7],
    ['522285', 'mastercard', 'debit', 5],
    ['455701', 'visa', 'credit', 6],
    ['471527', 'visa', 'credit', 4],
    ['404137', 'visa', 'credit', 3],
    ['552033', 'mastercard', 'credit', 5],
    ['543568', 'mastercard', 'credit', 4],
    ['520424', 'mastercard', 'credit', 3],
    ['376510', 'amex', 'credit', 4],
    ['377823', 'amex', 'credit', 2],
    ['423953', 'visa', 'prepaid', 1],
  ],
  NZ: [
    ['450926', 'visa', 'debit', 12],
    ['486487', 'visa', 'debit', 9],
    ['413718', 'visa', 'debit', 7],
    ['552188', 'mastercard', 'credit', 5],
    ['518996', 'mastercard', 'debit', 4],
    ['454710', 'visa', 'credit', 4],
    ['376655', 'amex', 'credit', 1],
  ],
  US: [
    ['414720', 'visa', 'credit', 8],
    ['426684', 'visa', 'credit', 6],
    ['447909', 'visa', 'debit', 6],
    ['546616', 'mastercard', 'credit', 5],
    ['517805', 'mastercard', 'credit', 4],
    ['542418', 'mastercard', 'debit', 3],
    ['371742', 'amex', 'credit', 4],
    ['403446', 'visa', 'prepaid', 1],
  ],
  GB: [
    ['465858', 'visa', 'debit', 6],
    ['492181', 'visa', 'debit', 4],
    ['535522', 'mastercard', 'debit', 3],
    ['475129', 'visa', 'credit', 2],
  ],
  IE: [['453978', 'visa', 'debit', 1]],
  SG: [
    ['450875', 'visa', 'credit', 2],
    ['558895', 'mastercard', 'credit', 1],
  ],
  MY: [['422288', 'visa', 'debit', 1]],
  IN: [
    ['403587', 'visa', 'debit', 1],
    ['524193', 'mastercard', 'credit', 1],
  ],
  CN: [
    ['622848', 'unionpay', 'debit', 3],
    ['621700', 'unionpay', 'debit', 2],
    ['625803', 'unionpay', 'credit', 1],
  ],
  HK: [['451412', 'visa', 'credit', 1]],
  ZA: [['490847', 'visa', 'credit', 1]],
  // Where buyers from sanctioned jurisdictions get cards that still work abroad.
  KZ: [['440043', 'visa', 'debit', 1]],
  AM: [['408306', 'visa', 'debit', 1]],
  AE: [['450378', 'visa', 'credit', 1]],
  TR: [['454360', 'mastercard', 'debit', 1]],
  // Cards issued in sanctioned jurisdictions (only the sanctioned_country kind).
  RU: [
    ['427630', 'visa', 'debit', 2],
    ['548401', 'mastercard', 'debit', 1],
  ],
  BY: [
    ['425151', 'visa', 'debit', 1],
    ['532138', 'mastercard', 'debit', 1],
  ],
};

function cardOf(rng: Rng, country: string, b: Bin): HeldCard {
  return {
    bin: b[0],
    last4: rng.digits(4),
    brand: b[1],
    country,
    fingerprint: rng.token(16),
    funding: b[2],
  };
}

/** A card issued in `country`, by its issuers' shares; `funding` narrows it when that country has one. */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const all = BINS[country];
  if (!all) throw new Error(`no BINs for ${country}`);
  const some = funding ? all.filter((b) => b[2] === funding) : all;
  const list = some.length > 0 ? some : all;
  return cardOf(rng, country, rng.weightedPick(list.map((b) => [b, b[3]] as const)));
}

/** A card on a given BIN (a tester's list runs through a handful of BINs). */
export function cardOnBin(rng: Rng, country: string, bin: string): HeldCard {
  const b = (BINS[country] ?? []).find((x) => x[0] === bin);
  if (!b) throw new Error(`no BIN ${bin} in ${country}`);
  return cardOf(rng, country, b);
}

/** The BINs of a country (for a tester picking a few). */
export const binsOf = (country: string): string[] => (BINS[country] ?? []).map((b) => b[0]);

/** How the billing address compares with the issuer's records. */
export type Match = 'good' | 'near' | 'bad';
/** How the card reached the checkout: typed, saved on the account, or from a wallet. */
export type Entry = 'typed' | 'saved' | 'wallet';

const AVS_ISSUERS = new Set(['US', 'GB', 'CA']);

export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (!AVS_ISSUERS.has(card.country)) return 'unavailable';
  if (match === 'good') return rng.chance(0.95) ? 'pass' : 'partial';
  if (match === 'near') return rng.chance(0.7) ? 'partial' : 'pass';
  return rng.chance(0.75) ? 'fail' : 'partial';
}

export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'saved') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}

/** Why an honest card is declined in a sale fortnight: mostly empty debit accounts. */
export function honestDecline(rng: Rng, card: HeldCard): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_funds', card.funding === 'debit' ? 48 : 20],
    ['do_not_honor', 18],
    ['incorrect_cvc', 12],
    ['expired_card', 7],
    ['authentication_failed', 8],
    ['card_declined', 6],
    ['processing_error', 2],
  ]);
}

/** Why a stolen or tested card is declined. */
export function stolenDecline(rng: Rng): Decline {
  return rng.weightedPick<Decline>([
    ['card_declined', 22],
    ['do_not_honor', 22],
    ['insufficient_funds', 14],
    ['incorrect_cvc', 12],
    ['stolen_card', 8],
    ['lost_card', 5],
    ['pickup_card', 3],
    ['expired_card', 7],
    ['incorrect_number', 7],
  ]);
}
