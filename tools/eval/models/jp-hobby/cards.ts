import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Card BINs by issuing country and brand. The prefixes are this model's own illustrative lists (brand ranges
 * right, issuers invented); only BIN and last four digits ever appear, never a card number.
 */

type Brand = 'jcb' | 'visa' | 'mastercard' | 'amex' | 'diners' | 'unionpay';

const BINS: Record<string, Partial<Record<Brand, readonly string[]>>> = {
  JP: {
    jcb: ['352817', '353904', '354612', '356702', '358941', '357120'],
    visa: ['412736', '455218', '498743', '421369', '476120'],
    mastercard: ['524817', '531628', '545907', '522193'],
    amex: ['376514'],
    diners: ['361872'],
  },
  US: {
    visa: ['447913', '431587', '486201', '414298'],
    mastercard: ['542781', '517346', '222934'],
    amex: ['371942'],
  },
  CA: { visa: ['450631', '451872'], mastercard: ['520147'] },
  GB: { visa: ['465921', '475129', '492184'], mastercard: ['535421', '557931'] },
  DE: { visa: ['426451', '491738'], mastercard: ['523581', '548219'] },
  FR: { visa: ['497310', '497854'], mastercard: ['513297'] },
  IT: { visa: ['453917'], mastercard: ['532109'] },
  ES: { visa: ['454862'], mastercard: ['540311'] },
  SG: { visa: ['456231', '472691'], mastercard: ['558172'], amex: ['377841'] },
  MY: { visa: ['462817'], mastercard: ['552718'] },
  PH: { visa: ['469183'], mastercard: ['528941'] },
  TH: { visa: ['438219'], mastercard: ['536712'] },
  ID: { visa: ['461829'], mastercard: ['524913'] },
  HK: { visa: ['455871'], mastercard: ['543197'], unionpay: ['625891'] },
  TW: { visa: ['437651'], mastercard: ['518263'], jcb: ['356892'] },
  AU: { visa: ['456472', '433861'], mastercard: ['516319', '552033'], amex: ['375618'] },
  KR: { visa: ['465887'], mastercard: ['540926'] },
  CN: { unionpay: ['622848', '621790'], visa: ['438088'] },
  KZ: { visa: ['440563', '414957'], mastercard: ['539545'] },
  KG: { visa: ['417839'], mastercard: ['531407'] },
  AM: { visa: ['408306'], mastercard: ['521871'] },
};

/** Japanese prepaid / virtual Visa and Mastercard (topped up at a konbini or from a bank app). */
const JP_PREPAID: Record<'visa' | 'mastercard', readonly string[]> = {
  visa: ['489517', '430981', '459271'],
  mastercard: ['535218', '526431'],
};

const BRAND_WEIGHTS: Record<string, Partial<Record<Brand, number>>> = {
  JP: { jcb: 30, visa: 40, mastercard: 24, amex: 4, diners: 2 },
  US: { visa: 55, mastercard: 30, amex: 15 },
  SG: { visa: 55, mastercard: 35, amex: 10 },
  HK: { visa: 50, mastercard: 35, unionpay: 15 },
  TW: { visa: 50, mastercard: 35, jcb: 15 },
  AU: { visa: 55, mastercard: 35, amex: 10 },
  CN: { unionpay: 70, visa: 30 },
};

const fingerprint = (rng: Rng) => `fp_${rng.token(16)}`;

/** A card issued in `country` (a Japanese card for anywhere we have no list for). */
export function cardFrom(rng: Rng, country: string): Card {
  const table = BINS[country] ?? BINS.JP ?? {};
  const weights = BRAND_WEIGHTS[country] ?? { visa: 60, mastercard: 40 };
  const brands = (Object.keys(weights) as Brand[]).filter((b) => (table[b]?.length ?? 0) > 0);
  const brand = rng.weightedPick(brands.map((b) => [b, weights[b] ?? 1] as const));
  const bins = table[brand] ?? ['400000'];
  return {
    bin: rng.pick(bins),
    last4: rng.digits(4),
    brand,
    country: BINS[country] ? country : 'JP',
    fingerprint: fingerprint(rng),
  };
}

/** A Japanese prepaid or virtual card. */
export function prepaidJp(rng: Rng): Card {
  const brand = rng.chance(0.7) ? 'visa' : 'mastercard';
  return {
    bin: rng.pick(JP_PREPAID[brand]),
    last4: rng.digits(4),
    brand,
    country: 'JP',
    fingerprint: fingerprint(rng),
  };
}

/** Address verification: only US, Canadian and British issuers answer it; Japanese issuers never do. */
export const AVS_COUNTRIES: ReadonlySet<string> = new Set(['US', 'CA', 'GB']);

export function avsFor(rng: Rng, card: Card, matches: boolean): CheckResult {
  if (!AVS_COUNTRIES.has(card.country)) return 'unavailable';
  if (matches) return rng.chance(0.9) ? 'pass' : 'partial';
  return rng.chance(0.75) ? 'fail' : 'partial';
}
