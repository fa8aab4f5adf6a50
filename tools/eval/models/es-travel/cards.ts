import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the payment provider reports them: BIN, last four, brand, issuing country, a fingerprint. No card
 * number exists anywhere. The BIN lists are this model's own; `funding` is kept by the model, never posted.
 */

export type Funding = 'credit' | 'debit' | 'prepaid' | 'corporate';

export interface HeldCard extends Card {
  funding: Funding;
}

const BINS: Readonly<Record<string, Partial<Record<Funding, readonly string[]>>>> = {
  ES: {
    debit: ['454881', '491214', '476341', '516729', '540137', '423217', '557071', '498822'],
    credit: ['454887', '491216', '520416', '545132', '377412', '406723'],
    prepaid: ['474617', '536573'],
    corporate: ['455542', '552290', '374871'],
  },
  PT: { debit: ['450689', '518462'], credit: ['454761', '525801'] },
  GB: {
    debit: ['465858', '475129', '535522'],
    credit: ['492181', '542011', '374288'],
    corporate: ['552188'],
  },
  FR: { debit: ['497010', '513283'], credit: ['497401', '535650'] },
  DE: { debit: ['410084', '522134'], credit: ['426398', '547360'] },
  IT: { debit: ['402360', '533317'], credit: ['454618'] },
  NL: { debit: ['465944', '532011'] },
  US: {
    debit: ['414720', '440066', '517805'],
    credit: ['426684', '546616', '371543', '379761'],
    prepaid: ['485246'],
  },
  AR: { debit: ['451761', '517562'], credit: ['450799', '546553'] },
  CO: { debit: ['457562', '528209'], credit: ['451307', '540080'] },
  EC: { debit: ['459422'], credit: ['455997', '530388'] },
  PE: { debit: ['455788', '510308'], credit: ['491914'] },
  VE: { credit: ['404025'] },
  MX: { debit: ['415231', '557909'], credit: ['491566', '542977'] },
  DO: { debit: ['416916'], credit: ['451226'] },
  MA: { debit: ['441267'], credit: ['520019'] },
  RO: { debit: ['402800', '535875'] },
  PL: { debit: ['425125'] },
  // Where buyers from sanctioned jurisdictions bank (sanctioned_country only).
  KZ: { debit: ['440563', '539545'] },
  AE: { debit: ['431571', '535824'], credit: ['403648'] },
  TR: { debit: ['979204', '454360'], credit: ['540061'] },
  BY: { debit: ['427740', '533819'] },
  RU: { debit: ['220220', '427684'] },
};

const brandOf = (bin: string): string =>
  bin.startsWith('4')
    ? 'visa'
    : bin.startsWith('37') || bin.startsWith('34')
      ? 'amex'
      : bin.startsWith('22')
        ? 'mir'
        : bin.startsWith('9')
          ? 'troy'
          : 'mastercard';

/** The BINs of `country` for `funding`, falling back to its debit or any list it has. */
export function binsOf(country: string, funding: Funding): readonly string[] {
  const c = BINS[country] ?? BINS.ES ?? {};
  return c[funding] ?? c.debit ?? c.credit ?? Object.values(c)[0] ?? ['454881'];
}

/** A card with a BIN of `bin` (or one from the country's list) and a fresh last four and fingerprint. */
export function newCard(rng: Rng, country: string, funding: Funding = 'debit', bin?: string): HeldCard {
  const b = bin ?? rng.pick(binsOf(country, funding));
  return {
    bin: b,
    last4: rng.digits(4),
    brand: brandOf(b),
    country,
    fingerprint: `fp_${rng.token(16)}`,
    funding,
  };
}

/** A household's everyday funding: Spain pays mostly by debit. */
export const everydayFunding = (rng: Rng, country: string): Funding =>
  rng.chance(country === 'ES' || country === 'PT' ? 0.65 : 0.45) ? 'debit' : 'credit';

/** How the card was entered: typed, saved on the account, or a wallet token. */
export type Entry = 'typed' | 'saved' | 'wallet';

/** Address verification: only British and US issuers answer it. */
export function avs(rng: Rng, card: Card, matches: boolean): CheckResult {
  if (card.country !== 'GB' && card.country !== 'US') return 'unavailable';
  if (!matches) return rng.chance(0.8) ? 'fail' : 'unavailable';
  return rng.chance(0.92) ? 'pass' : 'unavailable';
}

/** The card code: checked when typed, not asked for a saved card, not present for a wallet token. */
export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : entry === 'wallet' ? 'unavailable' : right ? 'pass' : 'fail';

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'authentication_failed'
  | 'expired_card'
  | 'stolen_card'
  | 'lost_card'
  | 'card_velocity_exceeded'
  | 'invalid_account'
  | 'restricted_card'
  | 'rejected';

/** Why an honest card is declined: limits on a big fare, a mistyped code, the bank's app not answered. */
export const honestDecline = (rng: Rng, big: boolean): Decline =>
  rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 40 : 25],
    ['authentication_failed', 30],
    ['incorrect_cvc', 15],
    ['do_not_honor', 15],
    ['expired_card', 5],
  ]);

/** Why a stolen or tested card is declined. */
export const fraudDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['do_not_honor', 30],
    ['stolen_card', 12],
    ['lost_card', 6],
    ['insufficient_funds', 14],
    ['incorrect_cvc', 14],
    ['authentication_failed', 12],
    ['invalid_account', 6],
    ['card_velocity_exceeded', 6],
  ]);
