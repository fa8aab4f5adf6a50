import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards by issuing country: this model's own BIN lists (BIN and last four only; no card number exists
 * anywhere). Thai issuers ask for an SMS OTP on every online payment; foreign cards go through 3-D Secure,
 * mostly frictionless. The Thai acquirer gets AVS answers only from US, Canadian and British issuers.
 */

type Brand = 'visa' | 'mastercard' | 'jcb' | 'amex' | 'unionpay' | 'mir';

const BINS: Readonly<Record<string, ReadonlyArray<readonly [string, Brand]>>> = {
  TH: [
    ['409324', 'visa'],
    ['421640', 'visa'],
    ['427152', 'visa'],
    ['455587', 'visa'],
    ['462845', 'visa'],
    ['486694', 'visa'],
    ['510021', 'mastercard'],
    ['524157', 'mastercard'],
    ['540812', 'mastercard'],
    ['552287', 'mastercard'],
    ['356812', 'jcb'],
    ['357923', 'jcb'],
    ['624303', 'unionpay'],
  ],
  US: [
    ['414720', 'visa'],
    ['426684', 'visa'],
    ['440393', 'visa'],
    ['473702', 'visa'],
    ['480213', 'visa'],
    ['517805', 'mastercard'],
    ['542418', 'mastercard'],
    ['546616', 'mastercard'],
    ['371449', 'amex'],
    ['378282', 'amex'],
  ],
  CA: [
    ['450644', 'visa'],
    ['451015', 'visa'],
    ['520145', 'mastercard'],
  ],
  GB: [
    ['465858', 'visa'],
    ['475129', 'visa'],
    ['492181', 'visa'],
    ['454313', 'visa'],
    ['522182', 'mastercard'],
    ['535522', 'mastercard'],
    ['374288', 'amex'],
  ],
  DE: [
    ['455673', 'visa'],
    ['491640', 'visa'],
    ['520424', 'mastercard'],
    ['535110', 'mastercard'],
  ],
  FR: [
    ['497010', 'visa'],
    ['497355', 'visa'],
    ['513283', 'mastercard'],
  ],
  NL: [
    ['465942', 'visa'],
    ['527570', 'mastercard'],
  ],
  IT: [
    ['453997', 'visa'],
    ['525500', 'mastercard'],
  ],
  ES: [
    ['454881', 'visa'],
    ['520014', 'mastercard'],
  ],
  CH: [
    ['404159', 'visa'],
    ['530125', 'mastercard'],
  ],
  AU: [
    ['456472', 'visa'],
    ['494053', 'visa'],
    ['433271', 'visa'],
    ['516361', 'mastercard'],
    ['552033', 'mastercard'],
    ['376511', 'amex'],
  ],
  SG: [
    ['456445', 'visa'],
    ['520040', 'mastercard'],
  ],
  HK: [
    ['404517', 'visa'],
    ['545616', 'mastercard'],
  ],
  JP: [
    ['353011', 'jcb'],
    ['356600', 'jcb'],
    ['498701', 'visa'],
    ['524006', 'mastercard'],
  ],
  KR: [
    ['465887', 'visa'],
    ['536148', 'mastercard'],
  ],
  TR: [['979206', 'visa']],
  RU: [
    ['623446', 'unionpay'],
    ['621784', 'unionpay'],
    ['220070', 'mir'],
  ],
  BY: [
    ['417247', 'visa'],
    ['220001', 'mir'],
  ],
};

/** Prepaid and virtual BINs sold with stolen data, US and British. */
export const PREPAID_BINS: ReadonlyArray<readonly [string, Brand, string]> = [
  ['403163', 'visa', 'US'],
  ['446542', 'visa', 'US'],
  ['511563', 'mastercard', 'US'],
  ['459654', 'visa', 'GB'],
];

export const cardFrom = (rng: Rng, bin: string, brand: string, country: string): Card => ({
  bin,
  last4: rng.digits(4),
  brand,
  country,
  fingerprint: `fp_${rng.token(16)}`,
});

/** A new card issued in `country`. */
export function newCard(rng: Rng, country: string): Card {
  const bins = BINS[country];
  if (!bins) throw new Error(`no BINs for ${country}`);
  const [bin, brand] = rng.pick(bins);
  return cardFrom(rng, bin, brand, country);
}

/** BINs of one country, for testers and carders who work through a list. */
export const binsOf = (country: string): ReadonlyArray<readonly [string, Brand]> => BINS[country] ?? [];

/** The issuers that answer AVS to a Thai acquirer. */
const AVS_ISSUERS = new Set(['US', 'CA', 'GB']);

export type Entry = 'typed' | 'saved';

/** AVS: only from US, Canadian and British issuers; `match` says whether the billing address is the holder's. */
export const avsOf = (card: Card, match: boolean): CheckResult =>
  AVS_ISSUERS.has(card.country) ? (match ? 'pass' : 'fail') : 'unavailable';

/** CVC: typed and right or wrong; a saved card is charged without it. */
export const cvcOf = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : right ? 'pass' : 'fail';
