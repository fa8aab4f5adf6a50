import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the card gateway reports them: BIN and last four only, never a card number. BINs are this model's
 * own lists of issuer prefixes for each country (written from general knowledge, brand-consistent: 4 Visa,
 * 51–55 Mastercard, 36 Diners Club, 37 American Express, 2200–2204 Mir); they are not checked against a BIN
 * table. Diners Club is common in Croatia, where a domestic card company issues it.
 */

type Brand = 'visa' | 'mastercard' | 'diners' | 'amex' | 'mir';

const BINS: Readonly<Record<string, ReadonlyArray<readonly [string, Brand]>>> = {
  HR: [
    ['410152', 'visa'],
    ['455620', 'visa'],
    ['404159', 'visa'],
    ['535237', 'mastercard'],
    ['516733', 'mastercard'],
    ['547466', 'mastercard'],
    ['367012', 'diners'],
  ],
  DE: [
    ['455673', 'visa'],
    ['492942', 'visa'],
    ['523736', 'mastercard'],
    ['535110', 'mastercard'],
  ],
  AT: [
    ['450936', 'visa'],
    ['476137', 'visa'],
    ['517359', 'mastercard'],
    ['552187', 'mastercard'],
  ],
  SI: [
    ['477595', 'visa'],
    ['542160', 'mastercard'],
  ],
  PL: [
    ['405671', 'visa'],
    ['479259', 'visa'],
    ['535470', 'mastercard'],
  ],
  CZ: [
    ['408537', 'visa'],
    ['477581', 'visa'],
    ['552254', 'mastercard'],
  ],
  IT: [
    ['454651', 'visa'],
    ['479116', 'visa'],
    ['531186', 'mastercard'],
  ],
  FR: [
    ['497010', 'visa'],
    ['497671', 'visa'],
    ['513283', 'mastercard'],
  ],
  NL: [
    ['465943', 'visa'],
    ['539983', 'mastercard'],
  ],
  SE: [
    ['457173', 'visa'],
    ['522023', 'mastercard'],
  ],
  GB: [
    ['475129', 'visa'],
    ['465859', 'visa'],
    ['492181', 'visa'],
    ['535522', 'mastercard'],
    ['522345', 'mastercard'],
    ['374288', 'amex'],
  ],
  US: [
    ['414720', 'visa'],
    ['426684', 'visa'],
    ['440066', 'visa'],
    ['517805', 'mastercard'],
    ['542418', 'mastercard'],
    ['379764', 'amex'],
  ],
  RU: [
    ['427601', 'visa'],
    ['427638', 'visa'],
    ['220220', 'mir'],
  ],
  BY: [['458721', 'visa']],
  KZ: [['440043', 'visa']],
  LT: [['516795', 'mastercard']],
};

export type Funding = 'credit' | 'debit' | 'prepaid';

/** A card as the gateway shows it; its funding only decides which BIN list a planner wants, not a field. */
export type HeldCard = Card;

export function newCard(rng: Rng, country: string, _funding: Funding = 'debit', bin?: string): HeldCard {
  const list = BINS[country];
  if (!list) throw new Error(`no BINs for ${country}`);
  const found = bin ? list.find(([b]) => b === bin) : undefined;
  const [b, brand] = found ?? rng.pick(list);
  return { bin: b, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}` };
}

export const binsOf = (country: string): string[] => (BINS[country] ?? []).map(([b]) => b);

/** AVS is answered only by British and US issuers; elsewhere the gateway reports it unavailable. */
export function avs(rng: Rng, card: Card, match: 'good' | 'typo' | 'none'): CheckResult {
  if (card.country !== 'GB' && card.country !== 'US') return 'unavailable';
  if (match === 'none') return rng.chance(0.7) ? 'fail' : 'partial';
  if (match === 'typo') return 'partial';
  return rng.chance(0.94) ? 'pass' : 'partial';
}

/** CVC: typed cards are checked; a card saved on the account is charged without it. */
export const cvc = (saved: boolean, right = true): CheckResult =>
  saved ? 'unchecked' : right ? 'pass' : 'fail';
