import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as this model's issuers hand them out: BIN, brand, issuing country and funding (debit mostly: many
 * British buyers pay bullion from their current account). BINs are this model's own lists; no card number
 * exists anywhere (BIN and last four only).
 */

export type Funding = 'debit' | 'credit' | 'prepaid';
export type HeldCard = Card & { funding: Funding };

const BINS: Record<string, ReadonlyArray<readonly [string, string, Funding]>> = {
  GB: [
    ['465942', 'visa', 'debit'],
    ['475129', 'visa', 'debit'],
    ['454313', 'visa', 'debit'],
    ['492181', 'visa', 'debit'],
    ['535522', 'mastercard', 'debit'],
    ['557843', 'mastercard', 'debit'],
    ['426510', 'visa', 'credit'],
    ['552213', 'mastercard', 'credit'],
    ['374288', 'amex', 'credit'],
    ['531306', 'mastercard', 'debit'],
  ],
  IE: [
    ['462238', 'visa', 'debit'],
    ['539923', 'mastercard', 'debit'],
    ['489537', 'visa', 'credit'],
  ],
  DE: [
    ['455600', 'visa', 'debit'],
    ['522208', 'mastercard', 'credit'],
    ['476173', 'visa', 'credit'],
  ],
  NL: [
    ['465858', 'visa', 'debit'],
    ['516816', 'mastercard', 'debit'],
  ],
  FR: [
    ['497010', 'visa', 'debit'],
    ['513283', 'mastercard', 'debit'],
  ],
  BE: [
    ['479275', 'visa', 'debit'],
    ['535110', 'mastercard', 'credit'],
  ],
  ES: [
    ['454618', 'visa', 'debit'],
    ['540020', 'mastercard', 'credit'],
  ],
  IT: [
    ['453997', 'visa', 'debit'],
    ['531845', 'mastercard', 'credit'],
  ],
  AT: [['410037', 'visa', 'debit']],
  CH: [['404159', 'visa', 'credit']],
  US: [
    ['414720', 'visa', 'credit'],
    ['426684', 'visa', 'credit'],
    ['546616', 'mastercard', 'credit'],
    ['371449', 'amex', 'credit'],
    ['440393', 'visa', 'debit'],
  ],
  AE: [
    ['462839', 'visa', 'credit'],
    ['512345', 'mastercard', 'credit'],
    ['428671', 'visa', 'debit'],
  ],
  QA: [['489316', 'visa', 'credit']],
  SA: [
    ['446404', 'visa', 'debit'],
    ['529741', 'mastercard', 'credit'],
  ],
  KW: [['450605', 'visa', 'credit']],
  IR: [['603799', 'visa', 'debit']],
};

/** Prepaid and fintech BINs fraudsters load (British-issued). */
const PREPAID_GB: ReadonlyArray<readonly [string, string, Funding]> = [
  ['535580', 'mastercard', 'prepaid'],
  ['459676', 'visa', 'prepaid'],
];

function made(rng: Rng, country: string, bin: string, brand: string, funding: Funding): HeldCard {
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}`, funding };
}

/** A card issued in `country`, of the funding asked for where the country has one. */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const pool = BINS[country] ?? BINS.GB ?? [];
  const wanted = funding ? pool.filter((b) => b[2] === funding) : pool;
  const [bin, brand, f] = rng.pick(wanted.length > 0 ? wanted : pool);
  return made(rng, country, bin, brand, f);
}

/** A prepaid card from a British fintech. */
export function prepaidCard(rng: Rng): HeldCard {
  const [bin, brand, f] = rng.pick(PREPAID_GB);
  return made(rng, 'GB', bin, brand, f);
}

/** Another card on a BIN a tester is working through (same BIN, new number). */
export const sameBin = (rng: Rng, c: HeldCard): HeldCard => ({
  ...c,
  last4: rng.digits(4),
  fingerprint: `fp_${rng.token(16)}`,
});

export type Entry = 'typed' | 'saved' | 'wallet';
export type Match = 'good' | 'partial' | 'wrong';

/** AVS: answered by British and US issuers; elsewhere unavailable. */
export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (card.country !== 'GB' && card.country !== 'US') return 'unavailable';
  if (match === 'wrong') return rng.chance(0.85) ? 'fail' : 'unavailable';
  if (match === 'partial') return rng.chance(0.6) ? 'fail' : 'pass';
  return rng.chance(0.97) ? 'pass' : 'unavailable';
}

/** CVC: checked when typed; not asked for a saved card; a wallet sends none. */
export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : entry === 'wallet' ? 'unavailable' : right ? 'pass' : 'fail';
