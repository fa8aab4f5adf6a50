import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the shop's payment provider shows them: BIN and last four only, the brand and issuing country, a
 * fingerprint. JCB is a big share of Japanese cards; Amex of American ones. AVS is answered only by US, Canadian
 * and British issuers; CVC is `unchecked` for a saved card.
 */

export type Brand = 'visa' | 'mastercard' | 'jcb' | 'amex';
export type Funding = 'credit' | 'debit' | 'prepaid';

export interface HeldCard extends Card {
  funding: Funding;
}

/** This model's own BIN lists by issuing country and brand. */
const BINS: Readonly<Record<string, Partial<Record<Brand, readonly string[]>>>> = {
  JP: {
    visa: ['457024', '420112', '498751', '436372', '455290'],
    mastercard: ['523893', '540142', '552093', '531067'],
    jcb: ['353700', '356812', '358800', '352790', '354401'],
    amex: ['376822'],
  },
  US: {
    visa: ['414720', '426684', '440066', '473702', '485246', '403163'],
    mastercard: ['517805', '542418', '546616', '222318'],
    amex: ['374245', '379764'],
  },
  CA: { visa: ['450644', '452088', '451015'], mastercard: ['520059', '548040'], amex: ['373953'] },
  GB: {
    visa: ['475129', '454313', '492181', '446291'],
    mastercard: ['535522', '542011', '557347'],
    amex: ['374288'],
  },
  AU: { visa: ['456445', '433760', '494052'], mastercard: ['516361', '552033'], amex: ['376011'] },
  SG: { visa: ['455701', '414009', '486486'], mastercard: ['552254', '545301'], amex: ['377064'] },
  HK: { visa: ['450936', '456351', '422727'], mastercard: ['540034', '553691'], amex: ['377852'] },
  DE: { visa: ['455600', '492942', '410390'], mastercard: ['535110', '523734'] },
  FR: { visa: ['497010', '497401', '456138'], mastercard: ['513100', '535280'] },
  NL: { visa: ['465858', '489441'], mastercard: ['539923', '520416'] },
  IT: { visa: ['453997', '402360'], mastercard: ['539150', '525500'] },
  ES: { visa: ['454618', '491685'], mastercard: ['540612', '552400'] },
  BE: { visa: ['476349'], mastercard: ['536578'] },
  AT: { visa: ['472733'], mastercard: ['530690'] },
  IE: { visa: ['490703'], mastercard: ['539643'] },
  SE: { visa: ['457127'], mastercard: ['525618'] },
  DK: { visa: ['457133'], mastercard: ['544420'] },
  CH: { visa: ['485061'], mastercard: ['540165'] },
  FI: { visa: ['479246'], mastercard: ['521892'] },
  KZ: { visa: ['440563', '415916'], mastercard: ['539545'] },
  AM: { visa: ['408306'], mastercard: ['557743'] },
  KG: { visa: ['415390'] },
  TR: { visa: ['454360'], mastercard: ['540667'] },
  AE: { visa: ['428671'], mastercard: ['524182'] },
};

/** Prepaid and virtual BINs (gift-card style and virtual card issuers) that testers and resellers favour. */
const PREPAID: Readonly<Record<string, readonly string[]>> = {
  US: ['403446', '511563', '434256', '530680'],
  GB: ['459666', '536098'],
  JP: ['410855', '533864'],
};

const BRAND_WEIGHTS: Readonly<Record<string, ReadonlyArray<readonly [Brand, number]>>> = {
  JP: [
    ['visa', 42],
    ['jcb', 28],
    ['mastercard', 24],
    ['amex', 6],
  ],
  US: [
    ['visa', 55],
    ['mastercard', 28],
    ['amex', 17],
  ],
};

const brandOfBin = (bin: string): Brand =>
  bin.startsWith('35') ? 'jcb' : bin.startsWith('3') ? 'amex' : bin.startsWith('4') ? 'visa' : 'mastercard';

/** A card issued in `country`. */
export function newCard(rng: Rng, country: string, funding: Funding = 'credit', brand?: Brand): HeldCard {
  const bins = BINS[country] ?? BINS.US ?? {};
  const weights = (
    BRAND_WEIGHTS[country] ?? [
      ['visa', 58],
      ['mastercard', 34],
      ['amex', 8],
    ]
  ).filter(([b]) => (bins[b]?.length ?? 0) > 0);
  const b = brand && bins[brand] ? brand : rng.weightedPick(weights);
  const prepaid = PREPAID[country];
  const bin = funding === 'prepaid' && prepaid ? rng.pick(prepaid) : rng.pick(bins[b] ?? ['400000']);
  return {
    bin,
    last4: rng.digits(4),
    brand: brandOfBin(bin),
    country,
    fingerprint: `fp_${rng.token(16)}`,
    funding: funding === 'prepaid' && !prepaid ? 'debit' : funding,
  };
}

/** A card from one of `bins` (a tester's or a dump's run), issued in `country`. */
export function cardFromBins(rng: Rng, bins: readonly string[], country: string, funding: Funding): HeldCard {
  const bin = rng.pick(bins);
  return {
    bin,
    last4: rng.digits(4),
    brand: brandOfBin(bin),
    country,
    fingerprint: `fp_${rng.token(16)}`,
    funding,
  };
}

/** A few BINs from one issuer country, the way a dump or a generated list clusters. */
export function binRun(rng: Rng, country: string, n: number, prepaid = false): string[] {
  const bins = BINS[country] ?? {};
  const all = [...Object.values(bins).flat(), ...(prepaid ? (PREPAID[country] ?? []) : [])];
  return rng.shuffle(all).slice(0, Math.max(1, n));
}

/** Where an address check is answered: US, Canadian and British issuers. */
export const AVS_COUNTRIES: ReadonlySet<string> = new Set(['US', 'CA', 'GB']);

/** How the billing address typed compares with the issuer's: the holder's own, a wrong one, none. */
export type Match = 'good' | 'wrong' | 'none';

export function avs(rng: Rng, card: Card, match: Match): CheckResult {
  if (!AVS_COUNTRIES.has(card.country)) return 'unavailable';
  if (match === 'good') return rng.chance(0.97) ? 'pass' : 'unavailable';
  if (match === 'none') return 'unavailable';
  return rng.chance(0.9) ? 'fail' : 'unavailable';
}

export type Entry = 'typed' | 'saved';

export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : right ? 'pass' : 'fail';

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'authentication_failed'
  | 'expired_card'
  | 'card_velocity_exceeded'
  | 'stolen_card'
  | 'lost_card'
  | 'fraudulent'
  | 'invalid_number'
  | 'transaction_not_allowed'
  | 'konbini_expired'
  | 'transfer_not_received'
  | 'paypal_declined';

/** Why an honest buyer's card is declined: a big foreign charge the issuer holds, a limit, a typo, the 3-D prompt. */
export function honestDecline(rng: Rng, big: boolean, abroad: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['do_not_honor', big || abroad ? 30 : 14],
    ['insufficient_funds', big ? 26 : 14],
    ['incorrect_cvc', 18],
    ['authentication_failed', 22],
    ['expired_card', 6],
    ['transaction_not_allowed', abroad ? 6 : 1],
  ]);
}
