import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the store sees them: BIN and last four only (no card number exists anywhere in this model), brand,
 * issuing country, funding, and the processor's fingerprint. The BIN lists are this model's own.
 */

export type Funding = 'credit' | 'debit' | 'prepaid' | 'commercial';
export interface HeldCard extends Card {
  funding: Funding;
}

type Bin = readonly [bin: string, brand: string, funding: Funding, weight: number];

const BINS: Record<string, readonly Bin[]> = {
  US: [
    ['414720', 'visa', 'credit', 9],
    ['426684', 'visa', 'credit', 7],
    ['440066', 'visa', 'credit', 5],
    ['473702', 'visa', 'debit', 8],
    ['476173', 'visa', 'debit', 7],
    ['483312', 'visa', 'debit', 4],
    ['400022', 'visa', 'debit', 5],
    ['517805', 'mastercard', 'credit', 6],
    ['524366', 'mastercard', 'credit', 4],
    ['542418', 'mastercard', 'credit', 4],
    ['546616', 'mastercard', 'credit', 3],
    ['222300', 'mastercard', 'debit', 3],
    ['537410', 'mastercard', 'debit', 3],
    ['371549', 'amex', 'credit', 5],
    ['379764', 'amex', 'credit', 3],
    ['601100', 'discover', 'credit', 3],
    ['650021', 'discover', 'credit', 1],
    ['435880', 'visa', 'prepaid', 1],
    ['533248', 'mastercard', 'prepaid', 1],
  ],
  CA: [
    ['450060', 'visa', 'credit', 5],
    ['451401', 'visa', 'credit', 4],
    ['452088', 'visa', 'debit', 3],
    ['520588', 'mastercard', 'credit', 4],
    ['554769', 'mastercard', 'credit', 2],
    ['373953', 'amex', 'credit', 1],
  ],
  GB: [
    ['465858', 'visa', 'debit', 6],
    ['454313', 'visa', 'debit', 4],
    ['475129', 'visa', 'credit', 2],
    ['535522', 'mastercard', 'debit', 3],
    ['552213', 'mastercard', 'credit', 2],
    ['374288', 'amex', 'credit', 1],
  ],
  IE: [
    ['483585', 'visa', 'debit', 3],
    ['539923', 'mastercard', 'debit', 1],
  ],
  DE: [
    ['492942', 'visa', 'debit', 3],
    ['455600', 'visa', 'credit', 2],
    ['529930', 'mastercard', 'credit', 3],
    ['516862', 'mastercard', 'debit', 2],
  ],
  FR: [
    ['497010', 'visa', 'debit', 4],
    ['513283', 'mastercard', 'debit', 2],
  ],
  NL: [
    ['462294', 'visa', 'debit', 2],
    ['541338', 'mastercard', 'credit', 2],
  ],
  SE: [
    ['457125', 'visa', 'debit', 3],
    ['549456', 'mastercard', 'debit', 1],
  ],
  IT: [
    ['402360', 'visa', 'prepaid', 2],
    ['532508', 'mastercard', 'debit', 2],
    ['453997', 'visa', 'credit', 1],
  ],
  ES: [
    ['454881', 'visa', 'debit', 2],
    ['540120', 'mastercard', 'debit', 1],
  ],
  JP: [
    ['353010', 'jcb', 'credit', 5],
    ['356600', 'jcb', 'credit', 3],
    ['498754', 'visa', 'credit', 3],
    ['526437', 'mastercard', 'credit', 2],
  ],
  AU: [
    ['456445', 'visa', 'debit', 4],
    ['494052', 'visa', 'credit', 2],
    ['517649', 'mastercard', 'debit', 2],
    ['376011', 'amex', 'credit', 1],
  ],
  // Cards held by the sanctioned-country kind alone: Russian and Belarusian cards (refused abroad since 2022)
  // and the Kazakh, Armenian, Georgian, Turkish and Emirati cards people there open to pay abroad.
  RU: [
    ['220220', 'mir', 'debit', 3],
    ['427638', 'visa', 'debit', 2],
    ['546938', 'mastercard', 'credit', 1],
  ],
  BY: [['416779', 'visa', 'debit', 1]],
  KZ: [
    ['440043', 'visa', 'debit', 3],
    ['539545', 'mastercard', 'debit', 2],
  ],
  AM: [['408306', 'visa', 'debit', 1]],
  GE: [['426357', 'visa', 'debit', 1]],
  TR: [['540061', 'mastercard', 'credit', 1]],
  AE: [['428671', 'visa', 'credit', 1]],
};

/** US business cards, for bars, cafés and shops. */
const COMMERCIAL: readonly Bin[] = [
  ['556766', 'mastercard', 'commercial', 2],
  ['485932', 'visa', 'commercial', 2],
  ['379721', 'amex', 'commercial', 3],
];

const fingerprint = (rng: Rng) =>
  rng.token(16, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');

function fromBin(rng: Rng, [bin, brand, funding]: Bin, country: string): HeldCard {
  return { bin, last4: rng.digits(4), brand, country, fingerprint: fingerprint(rng), funding };
}

/** A new card from `country`'s issuers; `funding` narrows the BINs when it can. */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const all = BINS[country];
  if (!all) throw new Error(`no BINs for ${country}`);
  const some = funding ? all.filter((b) => b[2] === funding) : all;
  const pool = some.length > 0 ? some : all;
  return fromBin(rng, rng.weightedPick(pool.map((b) => [b, b[3]] as const)), country);
}

export const commercialCard = (rng: Rng): HeldCard =>
  fromBin(rng, rng.weightedPick(COMMERCIAL.map((b) => [b, b[3]] as const)), 'US');

/** Another card on the same BIN: how a card tester walks a range, or a stolen batch from one issuer. */
export const sameBin = (rng: Rng, card: HeldCard): HeldCard => ({
  ...card,
  last4: rng.digits(4),
  fingerprint: fingerprint(rng),
});

/** US BINs only, for stolen batches and card testing. */
export const usBin = (rng: Rng, funding?: Funding): HeldCard => newCard(rng, 'US', funding);

/** Issuers that answer AVS: the US, Canada and the UK. */
const AVS_COUNTRIES = new Set(['US', 'CA', 'GB']);

/** How the billing address compares with the issuer's record. */
export type Match = 'good' | 'zip_only' | 'bad';

export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (!AVS_COUNTRIES.has(card.country)) return 'unavailable';
  if (match === 'good') return rng.chance(0.96) ? 'pass' : 'unavailable';
  if (match === 'zip_only') return rng.chance(0.5) ? 'fail' : 'pass';
  return rng.chance(0.93) ? 'fail' : 'unavailable';
}

/** How the card was entered: typed, saved on the account (or in Shop Pay), or a wallet token. */
export type Entry = 'typed' | 'saved' | 'wallet';

export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : entry === 'wallet' ? 'unavailable' : right ? 'pass' : 'fail';

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'incorrect_zip'
  | 'expired_card'
  | 'authentication_failed'
  | 'card_velocity_exceeded'
  | 'generic_decline'
  | 'stolen_card'
  | 'lost_card'
  | 'fraudulent'
  | 'incorrect_number'
  | 'card_not_supported'
  | 'invalid_gift_card'
  | 'gift_card_balance_insufficient'
  | 'paypal_declined';

/** Why an honest card is declined; 3-D Secure failures only where the issuer challenges. */
export function honestDecline(rng: Rng, card: HeldCard, rush: boolean): Decline {
  const secure = !['US', 'CA', 'AU'].includes(card.country);
  return rng.weightedPick<Decline>([
    ['insufficient_funds', card.funding === 'debit' ? 30 : 18],
    ['do_not_honor', secure ? 14 : 22],
    ['incorrect_cvc', 14],
    ['incorrect_zip', AVS_COUNTRIES.has(card.country) ? 10 : 0],
    ['expired_card', 8],
    ['authentication_failed', secure ? 20 : 0],
    ['card_velocity_exceeded', rush ? 10 : 2],
    ['generic_decline', 6],
  ]);
}
