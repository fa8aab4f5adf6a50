import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the PG shows them: BIN and last four only. BINs are illustrative (brand ranges right, issuers
 * invented). Korean issuers return no address check and domestic app-card payments carry no card code;
 * US, Canadian and British issuers check the address.
 */

const BINS: Record<string, ReadonlyArray<readonly [string, string]>> = {
  KR: [
    ['451842', 'visa'],
    ['457973', 'visa'],
    ['531071', 'mastercard'],
    ['540926', 'mastercard'],
    ['941060', 'local'],
    ['944541', 'local'],
    ['949019', 'local'],
    ['356901', 'jcb'],
    ['376293', 'amex'],
  ],
  US: [
    ['414720', 'visa'],
    ['426684', 'visa'],
    ['440066', 'visa'],
    ['517805', 'mastercard'],
    ['546616', 'mastercard'],
    ['371549', 'amex'],
  ],
  CA: [
    ['450060', 'visa'],
    ['451014', 'visa'],
    ['520082', 'mastercard'],
  ],
  AU: [
    ['456472', 'visa'],
    ['494052', 'visa'],
    ['516361', 'mastercard'],
  ],
  GB: [
    ['465858', 'visa'],
    ['475129', 'visa'],
    ['535522', 'mastercard'],
  ],
  DE: [
    ['455620', 'visa'],
    ['522480', 'mastercard'],
  ],
  FR: [
    ['497010', 'visa'],
    ['513691', 'mastercard'],
  ],
  NL: [['462263', 'visa']],
  ES: [['454618', 'visa']],
  IT: [['453997', 'visa']],
  PL: [['425125', 'visa']],
  SG: [
    ['455692', 'visa'],
    ['552038', 'mastercard'],
  ],
  MY: [
    ['421570', 'visa'],
    ['552161', 'mastercard'],
  ],
  ID: [
    ['461700', 'visa'],
    ['524261', 'mastercard'],
  ],
  PH: [
    ['455236', 'visa'],
    ['528147', 'mastercard'],
  ],
  VN: [
    ['422151', 'visa'],
    ['970436', 'local'],
  ],
  HK: [
    ['451396', 'visa'],
    ['625094', 'unionpay'],
  ],
  TW: [
    ['404142', 'visa'],
    ['356818', 'jcb'],
  ],
  JP: [
    ['353600', 'jcb'],
    ['490222', 'visa'],
  ],
  AE: [
    ['432409', 'visa'],
    ['527464', 'mastercard'],
  ],
  SA: [
    ['446404', 'visa'],
    ['588845', 'mada'],
  ],
  QA: [['422632', 'visa']],
  KW: [['458562', 'visa']],
  BR: [['516292', 'mastercard']],
  MX: [['415231', 'visa']],
  TR: [['540667', 'mastercard']],
  RU: [['220070', 'mir']],
  CN: [['622848', 'unionpay']],
  IR: [['603799', 'shetab']],
  SY: [['442114', 'visa']],
  CU: [['954000', 'local']],
};

/** Issuers that return an address check. */
const AVS = new Set(['US', 'CA', 'GB']);

export function card(rng: Rng, country: string): Card {
  const list = BINS[country] ?? BINS.US ?? [];
  const [bin, brand] = rng.pick(list);
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}` };
}

/** The address check an issuer returns: matched, partly matched, or missing where the issuer has none. */
export function avsFor(c: Card, match: 'pass' | 'partial' | 'fail'): CheckResult {
  return AVS.has(c.country) ? match : 'unavailable';
}

/** Korean domestic app-card payments carry no card code; everything else sends one. */
export const cvcFor = (c: Card, ok: boolean): CheckResult =>
  c.country === 'KR' ? 'unavailable' : ok ? 'pass' : 'fail';

/** Why honest cards are declined. */
export const HONEST_DECLINES = [
  'insufficient_funds',
  'limit_exceeded',
  'do_not_honor',
  'incorrect_cvc',
  'expired_card',
  'authentication_failed',
] as const;

/** Why stolen or tested cards are declined. */
export const FRAUD_DECLINES = [
  'do_not_honor',
  'stolen_card',
  'lost_card',
  'pickup_card',
  'invalid_number',
  'incorrect_cvc',
  'authentication_failed',
  'card_velocity_exceeded',
] as const;
