import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards by issuing country: BIN, brand and weight (this model's own lists; BIN and last four only, never a
 * card number). Egyptian banks issue Visa, Mastercard and Meeza (the domestic scheme, debit, which works only
 * in Egypt); every Egyptian online payment asks for an OTP (3-D Secure challenge). Gulf issuers challenge
 * most payments, European ones under PSD2 challenge or pass them frictionless, US and Canadian ones mostly
 * pass them frictionless. AVS is answered only by US, Canadian and British issuers.
 */

export type Brand = 'visa' | 'mastercard' | 'meeza' | 'amex' | 'mir';
export type ThreeDS = 'challenge_passed' | 'challenge_failed' | 'frictionless' | 'exempt' | 'not_enrolled';
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'authentication_failed'
  | 'transaction_not_allowed'
  | 'limit_exceeded'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'stolen_card'
  | 'lost_card'
  | 'card_not_supported'
  | 'invalid_account'
  | 'wallet_pin_failed';
export type Entry = 'typed' | 'saved' | 'wallet';

const BINS: Readonly<Record<string, ReadonlyArray<readonly [string, Brand, number]>>> = {
  EG: [
    ['422271', 'visa', 8],
    ['434581', 'visa', 6],
    ['455712', 'visa', 5],
    ['462845', 'visa', 4],
    ['478765', 'visa', 3],
    ['512478', 'mastercard', 6],
    ['523672', 'mastercard', 5],
    ['529581', 'mastercard', 3],
    ['541288', 'mastercard', 2],
    ['507803', 'meeza', 5],
    ['507808', 'meeza', 3],
    ['507810', 'meeza', 2],
  ],
  SA: [
    ['410685', 'visa', 5],
    ['446404', 'visa', 4],
    ['457865', 'visa', 3],
    ['535825', 'mastercard', 4],
    ['543357', 'mastercard', 3],
    ['376681', 'amex', 1],
  ],
  AE: [
    ['403584', 'visa', 5],
    ['428671', 'visa', 4],
    ['453576', 'visa', 3],
    ['516734', 'mastercard', 4],
    ['526475', 'mastercard', 3],
    ['374960', 'amex', 1],
  ],
  KW: [
    ['404126', 'visa', 4],
    ['455036', 'visa', 3],
    ['512626', 'mastercard', 3],
  ],
  QA: [
    ['406136', 'visa', 4],
    ['464460', 'visa', 2],
    ['520359', 'mastercard', 3],
  ],
  GB: [
    ['475129', 'visa', 5],
    ['465859', 'visa', 4],
    ['454313', 'visa', 4],
    ['535522', 'mastercard', 4],
    ['522301', 'mastercard', 2],
    ['374245', 'amex', 1],
  ],
  DE: [
    ['450875', 'visa', 4],
    ['404137', 'visa', 3],
    ['520424', 'mastercard', 4],
    ['532611', 'mastercard', 3],
  ],
  FR: [
    ['497010', 'visa', 5],
    ['497401', 'visa', 4],
    ['513691', 'mastercard', 3],
    ['534574', 'mastercard', 2],
  ],
  IT: [
    ['453997', 'visa', 4],
    ['402360', 'visa', 3],
    ['531108', 'mastercard', 3],
  ],
  NL: [
    ['465942', 'visa', 4],
    ['417511', 'visa', 2],
    ['542606', 'mastercard', 3],
  ],
  US: [
    ['414720', 'visa', 5],
    ['426684', 'visa', 4],
    ['440393', 'visa', 3],
    ['486236', 'visa', 2],
    ['517805', 'mastercard', 4],
    ['546616', 'mastercard', 3],
    ['372888', 'amex', 2],
  ],
  CA: [
    ['450003', 'visa', 4],
    ['451015', 'visa', 3],
    ['520588', 'mastercard', 3],
  ],
  KZ: [
    ['440563', 'visa', 3],
    ['539545', 'mastercard', 2],
  ],
  RU: [
    ['220220', 'mir', 5],
    ['220070', 'mir', 3],
    ['427638', 'visa', 2],
  ],
  BY: [
    ['425545', 'visa', 3],
    ['539869', 'mastercard', 2],
  ],
  ES: [['454742', 'visa', 3]],
};

/** Prepaid and virtual BINs that card testers run through. */
export const TESTER_BINS: ReadonlyArray<readonly [string, Brand, string]> = [
  ['435880', 'visa', 'US'],
  ['403446', 'visa', 'US'],
  ['485246', 'visa', 'US'],
  ['531993', 'mastercard', 'US'],
  ['465901', 'visa', 'GB'],
];

/** A fresh card issued in `country` (optionally of one brand, or never Meeza). */
export function newCard(rng: Rng, country: string, opts: { brand?: Brand; noMeeza?: boolean } = {}): Card {
  const all = BINS[country] ?? BINS.US ?? [];
  const list = all.filter(([, b]) => (opts.brand ? b === opts.brand : !(opts.noMeeza && b === 'meeza')));
  const [bin, brand] = rng.weightedPick(
    (list.length > 0 ? list : all).map((e) => [[e[0], e[1]], e[2]] as const),
  );
  return cardOf(rng, bin, brand, country);
}

/** A card on a given BIN. */
export const cardOf = (rng: Rng, bin: string, brand: string, country: string): Card => ({
  bin,
  last4: rng.digits(4),
  brand,
  country,
  fingerprint: `fp_${rng.token(16)}`,
});

const AVS_ISSUERS = new Set(['US', 'CA', 'GB']);

/** The AVS result: only US, Canadian and British issuers answer; a wrong billing address fails. */
export function avs(rng: Rng, card: Card, entry: Entry, match: 'good' | 'bad'): CheckResult {
  if (entry === 'wallet' || !AVS_ISSUERS.has(card.country)) return 'unavailable';
  if (match === 'good') return rng.chance(0.96) ? 'pass' : 'fail';
  return rng.chance(0.75) ? 'fail' : 'unavailable';
}

/** The CVC result: checked when typed, not asked for a saved card, not applicable to Apple Pay. */
export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : entry === 'wallet' ? 'unavailable' : right ? 'pass' : 'fail';

const GULF = new Set(['SA', 'AE', 'KW', 'QA']);
const EEA_UK = new Set(['GB', 'DE', 'FR', 'IT', 'NL', 'ES']);

/**
 * The 3-D Secure outcome of an honest cardholder's payment: Egyptian cards always by OTP, Gulf cards mostly,
 * European ones by SCA (small amounts exempt), North American ones mostly frictionless.
 */
export function secure(rng: Rng, card: Card, ok: boolean, usd: number): ThreeDS {
  if (card.country === 'EG') return ok ? 'challenge_passed' : 'challenge_failed';
  if (GULF.has(card.country))
    return ok ? (rng.chance(0.85) ? 'challenge_passed' : 'frictionless') : 'challenge_failed';
  if (EEA_UK.has(card.country)) {
    if (!ok) return 'challenge_failed';
    if (usd < 35 && rng.chance(0.5)) return 'exempt';
    return rng.chance(usd > 300 ? 0.7 : 0.4) ? 'challenge_passed' : 'frictionless';
  }
  if (!ok) return 'challenge_failed';
  return rng.chance(0.08) ? 'not_enrolled' : rng.chance(0.85) ? 'frictionless' : 'challenge_passed';
}

/** Why an honest card payment is declined: in Egypt mostly the OTP, online use not enabled, or funds. */
export function honestDecline(rng: Rng, country: string, big: boolean): Decline {
  if (country === 'EG')
    return rng.weightedPick<Decline>([
      ['authentication_failed', 38],
      ['transaction_not_allowed', 18],
      ['insufficient_funds', 22],
      ['limit_exceeded', big ? 25 : 4],
      ['do_not_honor', 12],
      ['incorrect_cvc', 6],
    ]);
  return rng.weightedPick<Decline>([
    ['do_not_honor', 30],
    ['authentication_failed', 22],
    ['insufficient_funds', 18],
    ['incorrect_cvc', 14],
    ['expired_card', 6],
    ['limit_exceeded', big ? 20 : 4],
  ]);
}
