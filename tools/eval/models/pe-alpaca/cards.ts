import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the shop's Peruvian acquirer reports them: BIN, last four, brand, issuing country and the gateway's
 * fingerprint; the funding stays with the model. The BINs are this model's own lists, by country and brand; no
 * card number exists anywhere. AVS is answered only for US, Canadian and British cards (`unavailable` for every
 * other issuer, Peru's included); CVC is `unchecked` on a card saved in the account.
 */

export type Funding = 'credit' | 'debit' | 'prepaid';
export type Brand = 'visa' | 'mastercard' | 'amex' | 'diners' | 'mir';

export interface HeldCard extends Card {
  funding: Funding;
}

type BinRow = readonly [bin: string, brand: Brand, funding: Funding, weight: number];

export const BINS: Readonly<Record<string, readonly BinRow[]>> = {
  PE: [
    ['491914', 'visa', 'debit', 22],
    ['455788', 'visa', 'credit', 12],
    ['421355', 'visa', 'debit', 10],
    ['455170', 'visa', 'credit', 8],
    ['520473', 'mastercard', 'credit', 7],
    ['491337', 'visa', 'debit', 9],
    ['548215', 'mastercard', 'debit', 6],
    ['410957', 'visa', 'credit', 6],
    ['377750', 'amex', 'credit', 4],
    ['362201', 'diners', 'credit', 5],
    ['536412', 'mastercard', 'prepaid', 2],
  ],
  US: [
    ['414720', 'visa', 'credit', 14],
    ['426684', 'visa', 'credit', 10],
    ['440393', 'visa', 'credit', 7],
    ['486796', 'visa', 'credit', 6],
    ['400022', 'visa', 'debit', 8],
    ['473702', 'visa', 'debit', 6],
    ['517805', 'mastercard', 'credit', 8],
    ['542418', 'mastercard', 'credit', 6],
    ['552433', 'mastercard', 'credit', 4],
    ['520191', 'mastercard', 'debit', 4],
    ['371241', 'amex', 'credit', 9],
    ['379748', 'amex', 'credit', 5],
    ['403446', 'visa', 'prepaid', 1],
  ],
  CA: [
    ['450060', 'visa', 'credit', 10],
    ['451015', 'visa', 'credit', 8],
    ['453734', 'visa', 'credit', 6],
    ['520588', 'mastercard', 'credit', 7],
    ['541370', 'mastercard', 'credit', 5],
    ['373297', 'amex', 'credit', 4],
  ],
  DE: [
    ['455600', 'visa', 'credit', 8],
    ['492908', 'visa', 'debit', 7],
    ['483313', 'visa', 'debit', 6],
    ['522371', 'mastercard', 'credit', 9],
    ['535310', 'mastercard', 'debit', 5],
    ['374920', 'amex', 'credit', 2],
  ],
  GB: [
    ['465858', 'visa', 'debit', 12],
    ['475131', 'visa', 'debit', 8],
    ['454313', 'visa', 'credit', 6],
    ['535522', 'mastercard', 'credit', 6],
    ['557061', 'mastercard', 'debit', 4],
    ['374288', 'amex', 'credit', 4],
  ],
  JP: [
    ['455290', 'visa', 'credit', 12],
    ['498739', 'visa', 'credit', 8],
    ['540926', 'mastercard', 'credit', 8],
    ['524702', 'mastercard', 'credit', 5],
    ['377964', 'amex', 'credit', 5],
  ],
  AU: [
    ['456469', 'visa', 'credit', 8],
    ['494052', 'visa', 'debit', 9],
    ['516361', 'mastercard', 'debit', 7],
    ['552033', 'mastercard', 'credit', 6],
    ['376011', 'amex', 'credit', 4],
  ],
  FR: [
    ['497010', 'visa', 'debit', 8],
    ['513100', 'mastercard', 'debit', 6],
    ['456735', 'visa', 'credit', 3],
  ],
  NL: [
    ['490762', 'visa', 'credit', 5],
    ['530786', 'mastercard', 'credit', 5],
  ],
  CH: [
    ['404159', 'visa', 'credit', 6],
    ['531288', 'mastercard', 'credit', 6],
  ],
  ES: [
    ['454771', 'visa', 'debit', 6],
    ['540628', 'mastercard', 'credit', 4],
  ],
  IT: [
    ['453997', 'visa', 'debit', 5],
    ['535112', 'mastercard', 'credit', 4],
  ],
  // Cards sanctioned buyers pay with: issued in a third country, or at home (and refused).
  AE: [['428671', 'visa', 'debit', 5]],
  KZ: [
    ['440563', 'visa', 'debit', 5],
    ['539545', 'mastercard', 'debit', 3],
  ],
  AM: [['408307', 'visa', 'debit', 4]],
  TR: [['479794', 'visa', 'credit', 4]],
  RU: [['220070', 'mir', 'debit', 5]],
  BY: [['423078', 'visa', 'debit', 5]],
};

export const rowsOf = (country: string): readonly BinRow[] => {
  const rows = BINS[country];
  if (!rows) throw new Error(`no BINs for ${country}`);
  return rows;
};

/** A card of `row`: last four and fingerprint drawn now. */
export const cardOfRow = (rng: Rng, country: string, row: BinRow): HeldCard => ({
  bin: row[0],
  last4: rng.digits(4),
  brand: row[1],
  country,
  fingerprint: `fp_${rng.token(16)}`,
  funding: row[2],
});

/** A card from a country's issuers, by their weight; `funding` narrows it when that country has such cards. */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const rows = rowsOf(country);
  const narrowed = funding ? rows.filter((r) => r[2] === funding) : rows;
  const pool = narrowed.length > 0 ? narrowed : rows;
  const row = rng.weightedPick(pool.map((r) => [r, r[3]] as const));
  return cardOfRow(rng, country, row);
}

/** How a card's entry reached the gateway: typed in, saved in the account, or typed by a tester's script. */
export type Entry = 'typed' | 'saved';

/** How the billing address given matches the issuer's: the holder's own, close, wrong, or made up. */
export type Match = 'good' | 'close' | 'wrong' | 'none';

const AVS_COUNTRIES = new Set(['US', 'CA', 'GB']);

export function avs(rng: Rng, card: Card, match: Match): CheckResult {
  if (!AVS_COUNTRIES.has(card.country)) return 'unavailable';
  if (rng.chance(0.03)) return 'unavailable';
  if (match === 'good') return rng.chance(0.93) ? 'pass' : 'partial';
  if (match === 'close') return rng.chance(0.7) ? 'partial' : 'pass';
  if (match === 'wrong') return rng.chance(0.75) ? 'fail' : 'partial';
  return 'fail';
}

export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : right ? 'pass' : 'fail';

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'authentication_failed'
  | 'stolen_card'
  | 'lost_card'
  | 'pickup_card'
  | 'incorrect_number'
  | 'transaction_not_allowed'
  | 'card_not_supported'
  | 'limit_exceeded'
  | 'approval_timeout'
  | 'transfer_not_received'
  | 'paypal_declined'
  | 'processing_error';

/**
 * Why an honest card is declined: a Peruvian debit card not yet enabled for online purchases, a foreign issuer's
 * fraud filter on a first purchase from a Peruvian merchant, funds, a mistyped code, a failed bank prompt.
 */
export function honestDecline(rng: Rng, card: Card, big: boolean): Decline {
  if (card.country === 'PE')
    return rng.weightedPick<Decline>([
      ['transaction_not_allowed', 35],
      ['insufficient_funds', 25],
      ['authentication_failed', 18],
      ['incorrect_cvc', 10],
      ['expired_card', 5],
      ['processing_error', 7],
    ]);
  return rng.weightedPick<Decline>([
    ['do_not_honor', big ? 40 : 28],
    ['insufficient_funds', big ? 18 : 20],
    ['incorrect_cvc', 18],
    ['authentication_failed', 14],
    ['expired_card', 6],
    ['processing_error', 6],
  ]);
}

/** Why a stolen card is refused: the issuer already knows, the code is wrong, the holder's bank prompt fails. */
export const stolenDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['do_not_honor', 30],
    ['stolen_card', 14],
    ['lost_card', 8],
    ['pickup_card', 4],
    ['insufficient_funds', 14],
    ['incorrect_cvc', 12],
    ['authentication_failed', 12],
    ['expired_card', 6],
  ]);

/** What a card-testing script mostly gets back. */
export const testerDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['incorrect_number', 18],
    ['incorrect_cvc', 22],
    ['do_not_honor', 20],
    ['insufficient_funds', 12],
    ['expired_card', 14],
    ['stolen_card', 6],
    ['lost_card', 4],
    ['pickup_card', 4],
  ]);
