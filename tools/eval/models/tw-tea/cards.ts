import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the shop's two gateways see them: BIN and last four only (never a card number), the brand its first
 * digits say, the issuing country, and a fingerprint. Taiwanese wallets are full of JCB beside Visa and
 * Mastercard; Japanese ones more so. The BIN lists are this model's own.
 */

export type Brand = 'visa' | 'mastercard' | 'jcb' | 'amex' | 'unionpay';
export type Funding = 'credit' | 'debit' | 'prepaid';

export interface HeldCard extends Card {
  funding: Funding;
}

type Bin = readonly [bin: string, brand: Brand, funding: Funding, weight: number];

const BINS: Readonly<Record<string, readonly Bin[]>> = {
  TW: [
    ['400361', 'visa', 'credit', 8],
    ['415469', 'visa', 'credit', 7],
    ['438195', 'visa', 'credit', 6],
    ['462387', 'visa', 'credit', 7],
    ['489914', 'visa', 'credit', 5],
    ['423844', 'visa', 'debit', 6],
    ['510048', 'mastercard', 'credit', 6],
    ['524339', 'mastercard', 'credit', 6],
    ['540520', 'mastercard', 'credit', 5],
    ['552168', 'mastercard', 'credit', 5],
    ['356825', 'jcb', 'credit', 8],
    ['357768', 'jcb', 'credit', 7],
    ['358312', 'jcb', 'credit', 6],
    ['377911', 'amex', 'credit', 2],
    ['622806', 'unionpay', 'debit', 1],
  ],
  HK: [
    ['406246', 'visa', 'credit', 5],
    ['425859', 'visa', 'credit', 4],
    ['455611', 'visa', 'debit', 2],
    ['512315', 'mastercard', 'credit', 4],
    ['545212', 'mastercard', 'credit', 3],
    ['376632', 'amex', 'credit', 1],
    ['625019', 'unionpay', 'credit', 1],
  ],
  JP: [
    ['353598', 'jcb', 'credit', 6],
    ['354902', 'jcb', 'credit', 5],
    ['358010', 'jcb', 'credit', 4],
    ['420797', 'visa', 'credit', 5],
    ['490216', 'visa', 'credit', 4],
    ['524078', 'mastercard', 'credit', 4],
  ],
  US: [
    ['414720', 'visa', 'credit', 5],
    ['426684', 'visa', 'credit', 4],
    ['440066', 'visa', 'debit', 3],
    ['473702', 'visa', 'credit', 3],
    ['517805', 'mastercard', 'credit', 3],
    ['542418', 'mastercard', 'credit', 3],
    ['222300', 'mastercard', 'debit', 1],
    ['371241', 'amex', 'credit', 2],
  ],
  CA: [
    ['450003', 'visa', 'credit', 4],
    ['451015', 'visa', 'credit', 3],
    ['453801', 'visa', 'credit', 2],
    ['520588', 'mastercard', 'credit', 3],
    ['542541', 'mastercard', 'credit', 2],
  ],
  DE: [
    ['417631', 'visa', 'credit', 3],
    ['453211', 'visa', 'debit', 3],
    ['521390', 'mastercard', 'credit', 3],
    ['516849', 'mastercard', 'debit', 2],
  ],
  FR: [
    ['497010', 'visa', 'debit', 4],
    ['497401', 'visa', 'debit', 3],
    ['513100', 'mastercard', 'debit', 2],
  ],
  NL: [
    ['465858', 'visa', 'debit', 3],
    ['522092', 'mastercard', 'credit', 2],
  ],
  GB: [
    ['465901', 'visa', 'debit', 4],
    ['475129', 'visa', 'debit', 3],
    ['492181', 'visa', 'debit', 2],
    ['535522', 'mastercard', 'credit', 3],
  ],
  // Cards Russian, Belarusian and Iranian buyers abroad carry: issued in Kazakhstan, Armenia, Türkiye, the UAE.
  KZ: [
    ['440563', 'visa', 'debit', 3],
    ['539545', 'mastercard', 'debit', 2],
  ],
  AM: [['408306', 'visa', 'debit', 1]],
  TR: [['454360', 'visa', 'credit', 1]],
  AE: [['428671', 'visa', 'credit', 1]],
};

export const cardCountries = Object.keys(BINS);

/** A card issued in `country` (of the given funding when its BINs have it); a fresh fingerprint. */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const all = BINS[country];
  if (!all) throw new Error(`no BINs for ${country}`);
  const some = funding ? all.filter((b) => b[2] === funding) : all;
  const [bin, brand, f] = rng.weightedPick((some.length > 0 ? some : all).map((b) => [b, b[3]] as const));
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}`, funding: f };
}

/** A card from a few BINs a card-testing run works through. */
export function cardOnBin(rng: Rng, country: string, bin: string): HeldCard {
  const b = BINS[country]?.find((x) => x[0] === bin);
  if (!b) throw new Error(`no BIN ${bin} in ${country}`);
  return {
    bin,
    last4: rng.digits(4),
    brand: b[1],
    country,
    fingerprint: `fp_${rng.token(16)}`,
    funding: b[2],
  };
}

export function binsOf(country: string): string[] {
  return (BINS[country] ?? []).map((b) => b[0]);
}

export type ThreeDS = 'challenge_passed' | 'frictionless' | 'challenge_failed' | 'attempted';

/**
 * 3-D Secure as issuers answer it. Taiwanese issuers send an SMS one-time password on nearly every online
 * payment; Hong Kong's do too; Japan's moved to EMV 3-DS for all online payments; European issuers challenge
 * under PSD2 when they cannot rely on risk analysis; North American issuers mostly approve silently.
 */
export function secure(rng: Rng, card: HeldCard, ok: boolean): ThreeDS {
  if (!ok) return 'challenge_failed';
  const challenged: Record<string, number> = {
    TW: 0.8,
    HK: 0.7,
    JP: 0.45,
    DE: 0.5,
    FR: 0.55,
    NL: 0.45,
    GB: 0.4,
  };
  const p = challenged[card.country];
  if (p !== undefined) return rng.chance(p) ? 'challenge_passed' : 'frictionless';
  if (rng.chance(0.2)) return 'attempted';
  return rng.chance(0.1) ? 'challenge_passed' : 'frictionless';
}

/** How the billing address a buyer typed compares with the one the issuer holds. */
export type Match = 'good' | 'postcode_only' | 'wrong';

/**
 * Address verification: the Taiwanese gateway behind the New Taiwan dollar checkout has none; the international
 * one asks, and only American, Canadian and British issuers answer.
 */
export function avs(rng: Rng, card: HeldCard, match: Match, domestic: boolean): CheckResult {
  if (domestic || !['US', 'CA', 'GB'].includes(card.country)) return 'unavailable';
  if (rng.chance(0.03)) return 'unavailable';
  if (match === 'good') return rng.chance(0.92) ? 'pass' : 'partial';
  if (match === 'postcode_only') return 'partial';
  return 'fail';
}

/** Typed cards have their code checked; a saved card is charged on its token without one. */
export type Entry = 'typed' | 'saved';

export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : right ? 'pass' : 'fail';

export type Decline =
  | 'authentication_failed'
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'transaction_not_allowed'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'card_velocity_exceeded'
  | 'stolen_card'
  | 'lost_card'
  | 'pickup_card'
  | 'wallet_declined'
  | 'payment_expired';

/**
 * Why an honest card fails: the SMS code not typed in time above all, then the limit, a debit card not enabled
 * for online or foreign payments, a mistyped code, an expired card.
 */
export function honestDecline(rng: Rng, big: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['authentication_failed', 34],
    ['insufficient_funds', big ? 24 : 14],
    ['do_not_honor', 14],
    ['transaction_not_allowed', 10],
    ['incorrect_cvc', 10],
    ['expired_card', 5],
    ['card_velocity_exceeded', big ? 10 : 3],
  ]);
}
