import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the shop's payment provider shows them: BIN, last four, brand, issuing country and a fingerprint.
 * The BINs are this model's own lists, by issuing country and funding; no card number exists anywhere. Danish
 * debit cards are mostly Visa/Dankort (co-branded); fintech debit cards are issued by the hundred on a few BINs.
 */

export type Funding = 'debit' | 'credit' | 'prepaid';
export interface HeldCard extends Card {
  funding: Funding;
}

export type Bin = readonly [bin: string, brand: string, funding: Funding];

const BINS: Readonly<Record<string, readonly Bin[]>> = {
  DK: [
    ['457162', 'visa_dankort', 'debit'],
    ['457171', 'visa_dankort', 'debit'],
    ['457188', 'visa_dankort', 'debit'],
    ['457193', 'visa_dankort', 'debit'],
    ['522843', 'mastercard', 'credit'],
    ['547631', 'mastercard', 'debit'],
    ['492946', 'visa', 'credit'],
    ['374288', 'amex', 'credit'],
  ],
  SE: [
    ['455951', 'visa', 'debit'],
    ['540912', 'mastercard', 'debit'],
    ['489318', 'visa', 'credit'],
  ],
  NO: [
    ['459240', 'visa', 'debit'],
    ['552214', 'mastercard', 'credit'],
  ],
  FI: [
    ['462262', 'visa', 'debit'],
    ['516103', 'mastercard', 'debit'],
  ],
  DE: [
    ['410039', 'visa', 'credit'],
    ['535522', 'mastercard', 'credit'],
    ['467963', 'visa', 'debit'],
  ],
  NL: [
    ['467921', 'visa', 'debit'],
    ['537561', 'mastercard', 'credit'],
  ],
  BE: [['479008', 'visa', 'debit']],
  FR: [
    ['497010', 'visa', 'debit'],
    ['513171', 'mastercard', 'credit'],
  ],
  AT: [['455636', 'visa', 'debit']],
  IE: [['476271', 'visa', 'debit']],
  PL: [['416092', 'visa', 'debit']],
  ES: [['454742', 'visa', 'debit']],
  IT: [['453997', 'visa', 'credit']],
  CH: [['404159', 'visa', 'credit']],
  GB: [
    ['454313', 'visa', 'debit'],
    ['465901', 'visa', 'debit'],
    ['535587', 'mastercard', 'credit'],
    ['492181', 'visa', 'credit'],
    ['374611', 'amex', 'credit'],
  ],
  US: [
    ['414720', 'visa', 'credit'],
    ['426684', 'visa', 'credit'],
    ['440066', 'visa', 'debit'],
    ['517805', 'mastercard', 'credit'],
    ['546616', 'mastercard', 'credit'],
    ['371449', 'amex', 'credit'],
  ],
  CA: [
    ['450644', 'visa', 'credit'],
    ['520082', 'mastercard', 'credit'],
  ],
  SG: [['456734', 'visa', 'credit']],
  HK: [['455701', 'visa', 'credit']],
  JP: [
    ['356610', 'jcb', 'credit'],
    ['490222', 'visa', 'credit'],
  ],
  KR: [['465887', 'visa', 'credit']],
  AU: [['456472', 'visa', 'credit']],
  TH: [['421686', 'visa', 'credit']],
  KZ: [['440563', 'visa', 'debit']],
  AM: [['408306', 'visa', 'debit']],
  AE: [['428671', 'visa', 'credit']],
  TR: [['540667', 'mastercard', 'credit']],
  RU: [
    ['427601', 'visa', 'debit'],
    ['220220', 'mir', 'debit'],
  ],
  BY: [['424616', 'visa', 'debit']],
  IR: [['603799', 'shetab', 'debit']],
};

/** Danish fintech debit cards (one app issues many virtual cards on the same BIN). */
export const FINTECH_DK: Bin = ['535564', 'mastercard', 'debit'];
/** US prepaid gift-card BINs, the kind card testers and resellers of stolen data buy in bulk. */
export const PREPAID_US: readonly Bin[] = [
  ['435880', 'visa', 'prepaid'],
  ['403446', 'visa', 'prepaid'],
  ['511563', 'mastercard', 'prepaid'],
];

export const cardFrom = (rng: Rng, [bin, brand, funding]: Bin, country: string): HeldCard => ({
  bin,
  last4: rng.digits(4),
  brand,
  country,
  fingerprint: `fp_${rng.token(16)}`,
  funding,
});

/** A card issued in `country`, of a funding kind when asked and there is one. */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const list = BINS[country] ?? BINS.DK ?? [];
  const fitting = funding ? list.filter((b) => b[2] === funding) : list;
  return cardFrom(rng, rng.pick(fitting.length > 0 ? fitting : list), country);
}

/** A card on a given BIN (a batch of stolen or virtual cards). */
export const cardOnBin = (rng: Rng, bin: Bin, country: string): HeldCard => cardFrom(rng, bin, country);

/** A BIN of `country` (for batches). */
export const binOf = (rng: Rng, country: string): Bin => rng.pick(BINS[country] ?? []);

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'incorrect_number'
  | 'authentication_failed'
  | 'card_not_supported'
  | 'stolen_card'
  | 'lost_card'
  | 'fraudulent'
  | 'card_velocity_exceeded'
  | 'restricted_card'
  | 'wallet_declined'
  | 'credit_check_failed'
  | 'session_expired';

/** Why an honest card is declined: short of money near month-end, a mistyped code, the app prompt left. */
export function honestDecline(rng: Rng, big: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 30 : 22],
    ['authentication_failed', 28],
    ['incorrect_cvc', 14],
    ['do_not_honor', 12],
    ['expired_card', 8],
    ['card_velocity_exceeded', big ? 8 : 2],
  ]);
}

/** How the card was given: typed in, saved on the account, or from a phone wallet. */
export type Entry = 'typed' | 'saved' | 'wallet';
/** How the billing address matches what the issuer holds. */
export type Match = 'good' | 'partial' | 'wrong';

/** Only British, US and Canadian issuers answer address checks. */
export const AVS_ISSUERS = new Set(['GB', 'US', 'CA']);

export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (!AVS_ISSUERS.has(card.country)) return 'unavailable';
  if (match === 'good') return rng.chance(0.95) ? 'pass' : 'partial';
  if (match === 'partial') return rng.chance(0.7) ? 'partial' : 'fail';
  return rng.chance(0.8) ? 'fail' : 'partial';
}

export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : entry === 'wallet' ? 'unavailable' : right ? 'pass' : 'fail';

/** Cards under PSD2 strong authentication: issued in the EEA or the UK (Switzerland's issuers take part too). */
const SCA = new Set([
  'DK',
  'SE',
  'NO',
  'FI',
  'DE',
  'NL',
  'BE',
  'FR',
  'AT',
  'IE',
  'PL',
  'ES',
  'IT',
  'CH',
  'GB',
]);
export const underSca = (card: HeldCard): boolean => SCA.has(card.country);

export type ThreeDS =
  | 'frictionless'
  | 'challenge_passed'
  | 'challenge_failed'
  | 'exempt_low_value'
  | 'not_enrolled'
  | 'attempted';

/**
 * The 3-D Secure outcome of an authorisation. European cards are challenged (MitID, BankID, the bank's app)
 * unless the issuer lets a known customer through or the shop asks for a low-value exemption; elsewhere the
 * issuer often does not take part.
 */
export function secure(rng: Rng, card: HeldCard, ok: boolean, dkk: number, known = false): ThreeDS {
  if (!underSca(card)) {
    if (!ok) return rng.chance(0.2) ? 'challenge_failed' : 'attempted';
    return rng.weightedPick<ThreeDS>([
      ['not_enrolled', 35],
      ['attempted', 20],
      ['frictionless', 40],
      ['challenge_passed', 5],
    ]);
  }
  if (!ok) return 'challenge_failed';
  if (dkk < 22_500 && rng.chance(0.6)) return 'exempt_low_value';
  return rng.chance(known ? 0.55 : 0.25) ? 'frictionless' : 'challenge_passed';
}
