import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as an Indian payment gateway sees them. Domestic cards (RuPay, Visa, Mastercard) always go through
 * the issuer's OTP (3-D Secure), carry no AVS result (Indian issuers do not check addresses) and a CVV result
 * except for tokenised saved cards paid CVV-less. Foreign cards (NRIs' and stolen ones) carry AVS only from
 * US, UK and Canadian issuers; many foreign issuers authenticate without a challenge.
 */

export type { Card };
export type Brand = 'rupay' | 'visa' | 'mastercard' | 'amex';

/** Issuer BIN ranges by card country: [bin, brand, weight]. */
const BINS: Readonly<Record<string, ReadonlyArray<readonly [string, Brand, number]>>> = {
  IN: [
    ['607153', 'rupay', 6],
    ['607389', 'rupay', 5],
    ['608001', 'rupay', 4],
    ['652150', 'rupay', 6],
    ['652850', 'rupay', 4],
    ['508227', 'rupay', 3],
    ['416021', 'visa', 8],
    ['421323', 'visa', 7],
    ['437748', 'visa', 6],
    ['461786', 'visa', 8],
    ['489377', 'visa', 6],
    ['512622', 'mastercard', 7],
    ['524193', 'mastercard', 6],
    ['536301', 'mastercard', 6],
    ['552260', 'mastercard', 5],
  ],
  AE: [
    ['428671', 'visa', 5],
    ['457896', 'visa', 4],
    ['529967', 'mastercard', 4],
    ['543556', 'mastercard', 3],
  ],
  US: [
    ['414720', 'visa', 6],
    ['426684', 'visa', 5],
    ['440066', 'visa', 4],
    ['473702', 'visa', 4],
    ['517805', 'mastercard', 4],
    ['542418', 'mastercard', 3],
    ['546616', 'mastercard', 3],
    ['379763', 'amex', 2],
    ['376211', 'amex', 2],
  ],
  GB: [
    ['454313', 'visa', 5],
    ['475129', 'visa', 4],
    ['492181', 'visa', 4],
    ['535522', 'mastercard', 3],
    ['552089', 'mastercard', 3],
  ],
  SG: [
    ['455620', 'visa', 4],
    ['414366', 'visa', 3],
    ['540012', 'mastercard', 3],
  ],
  CA: [
    ['450003', 'visa', 4],
    ['451015', 'visa', 3],
    ['520082', 'mastercard', 3],
  ],
  AU: [
    ['456403', 'visa', 4],
    ['494052', 'visa', 3],
    ['516361', 'mastercard', 3],
  ],
  DE: [
    ['492942', 'visa', 3],
    ['522093', 'mastercard', 3],
  ],
  FR: [
    ['497010', 'visa', 3],
    ['513100', 'mastercard', 2],
  ],
};

export const CARD_COUNTRIES = Object.keys(BINS);

const fingerprint = (rng: Rng) => `fp_${rng.token(18)}`;

/** A card issued in `country` (optionally one brand only). */
export function cardFrom(rng: Rng, country: string, brands?: readonly Brand[]): Card {
  const all = BINS[country] ?? BINS.US ?? [];
  const ranges = brands ? all.filter(([, b]) => brands.includes(b)) : all;
  const [bin, brand] = rng.weightedPick((ranges.length > 0 ? ranges : all).map((r) => [r, r[2]] as const));
  return { bin, last4: rng.digits(4), brand, country, fingerprint: fingerprint(rng) };
}

/** Another card from the same BIN (a tester's sequential numbers, a fraudster's batch). */
export const sibling = (rng: Rng, card: Card): Card => ({
  ...card,
  last4: rng.digits(4),
  fingerprint: fingerprint(rng),
});

/** Issuers whose country runs address verification. */
export const AVS_COUNTRIES: ReadonlySet<string> = new Set(['US', 'GB', 'CA']);

export type Decline =
  | 'authentication_failed'
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'transaction_not_permitted'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'issuer_unavailable'
  | 'stolen_card'
  | 'lost_card'
  | 'pickup_card'
  | 'incorrect_number'
  | 'card_velocity_exceeded';

/** Why an honest domestic card attempt fails: the OTP most of all (not received, typed wrong, timed out). */
export const DOMESTIC_DECLINES: ReadonlyArray<readonly [Decline, number]> = [
  ['authentication_failed', 52],
  ['insufficient_funds', 14],
  ['do_not_honor', 9],
  ['transaction_not_permitted', 9],
  ['incorrect_cvc', 7],
  ['expired_card', 4],
  ['issuer_unavailable', 5],
];

/** Why an honest foreign card fails at an Indian merchant: cross-border blocks and the issuer's suspicion. */
export const FOREIGN_DECLINES: ReadonlyArray<readonly [Decline, number]> = [
  ['do_not_honor', 40],
  ['transaction_not_permitted', 20],
  ['authentication_failed', 25],
  ['insufficient_funds', 10],
  ['incorrect_cvc', 5],
];

/** Why a stolen card fails: cancelled, flagged, challenged, out of money. */
export const STOLEN_DECLINES: ReadonlyArray<readonly [Decline, number]> = [
  ['do_not_honor', 30],
  ['authentication_failed', 22],
  ['stolen_card', 12],
  ['lost_card', 6],
  ['pickup_card', 4],
  ['insufficient_funds', 14],
  ['incorrect_cvc', 8],
  ['card_velocity_exceeded', 4],
];

/** What a card tester sees: numbers that do not exist, wrong CVVs, expired cards, blocks. */
export const TESTING_DECLINES: ReadonlyArray<readonly [Decline, number]> = [
  ['incorrect_number', 22],
  ['incorrect_cvc', 24],
  ['expired_card', 14],
  ['do_not_honor', 20],
  ['authentication_failed', 12],
  ['card_velocity_exceeded', 8],
];

/** Checks as the issuer answers them: AVS only where the issuer runs it; CVV unless paid CVV-less. */
export function checks(
  card: Card,
  decline: Decline | undefined,
  { avsMatch = true, cvvLess = false }: { avsMatch?: boolean; cvvLess?: boolean } = {},
): { avs: CheckResult; cvc: CheckResult } {
  const avs: CheckResult = AVS_COUNTRIES.has(card.country) ? (avsMatch ? 'pass' : 'fail') : 'unavailable';
  if (decline === 'incorrect_cvc') return { avs, cvc: 'fail' };
  if (cvvLess || decline === 'incorrect_number' || decline === 'expired_card')
    return { avs, cvc: 'unavailable' };
  return { avs, cvc: 'pass' };
}
