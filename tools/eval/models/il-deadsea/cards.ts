import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the gateway reports them: BIN (the first six digits), last four, brand, issuing country and the
 * gateway's fingerprint; never a full number. The BINs are this model's own lists. Israeli cards are
 * Isracard's own local cards (usable only in Israel), Visa and Mastercard from the three Israeli issuers, and
 * Amex and Diners issued locally; abroad, Visa, Mastercard and Amex. Israeli gateways check the holder's ID
 * number (teudat zehut) with the issuer instead of an address; AVS is answered by US, Canadian and British
 * issuers only.
 */

export type Brand = 'visa' | 'mastercard' | 'amex' | 'isracard' | 'diners' | 'mir';
export type Funding = 'credit' | 'debit' | 'prepaid';

export interface HeldCard extends Card {
  funding: Funding;
}

type Bin = readonly [bin: string, brand: Brand, funding: Funding, weight: number];

const BINS: Record<string, readonly Bin[]> = {
  IL: [
    ['100102', 'isracard', 'credit', 10],
    ['100117', 'isracard', 'credit', 7],
    ['458011', 'visa', 'credit', 9],
    ['432043', 'visa', 'credit', 8],
    ['405597', 'visa', 'debit', 4],
    ['476172', 'visa', 'credit', 5],
    ['532610', 'mastercard', 'credit', 9],
    ['540237', 'mastercard', 'credit', 8],
    ['552191', 'mastercard', 'debit', 3],
    ['222941', 'mastercard', 'credit', 3],
    ['375516', 'amex', 'credit', 3],
    ['361234', 'diners', 'credit', 1],
  ],
  US: [
    ['414720', 'visa', 'credit', 10],
    ['426684', 'visa', 'credit', 8],
    ['440393', 'visa', 'debit', 7],
    ['473702', 'visa', 'credit', 5],
    ['517805', 'mastercard', 'credit', 7],
    ['542418', 'mastercard', 'credit', 5],
    ['222300', 'mastercard', 'debit', 3],
    ['371449', 'amex', 'credit', 6],
    ['379767', 'amex', 'credit', 3],
  ],
  CA: [
    ['450644', 'visa', 'credit', 8],
    ['451015', 'visa', 'credit', 6],
    ['520082', 'mastercard', 'credit', 6],
    ['537001', 'mastercard', 'credit', 3],
    ['373953', 'amex', 'credit', 2],
  ],
  AU: [
    ['456469', 'visa', 'debit', 8],
    ['494052', 'visa', 'credit', 5],
    ['516361', 'mastercard', 'debit', 5],
    ['552033', 'mastercard', 'credit', 4],
    ['376001', 'amex', 'credit', 2],
  ],
  GB: [
    ['465858', 'visa', 'debit', 12],
    ['475129', 'visa', 'debit', 8],
    ['454313', 'visa', 'credit', 4],
    ['535522', 'mastercard', 'credit', 5],
    ['557347', 'mastercard', 'debit', 4],
    ['374288', 'amex', 'credit', 2],
  ],
  DE: [
    ['455600', 'visa', 'credit', 5],
    ['492910', 'visa', 'debit', 4],
    ['522390', 'mastercard', 'credit', 6],
    ['535110', 'mastercard', 'debit', 3],
    ['377800', 'amex', 'credit', 1],
  ],
  FR: [
    ['497010', 'visa', 'debit', 8],
    ['497671', 'visa', 'debit', 5],
    ['513100', 'mastercard', 'debit', 6],
    ['533317', 'mastercard', 'credit', 2],
    ['375987', 'amex', 'credit', 1],
  ],
  NL: [
    ['418760', 'visa', 'debit', 4],
    ['524361', 'mastercard', 'credit', 3],
  ],
  BE: [
    ['479017', 'visa', 'debit', 4],
    ['512450', 'mastercard', 'credit', 3],
  ],
  AT: [
    ['451700', 'visa', 'debit', 3],
    ['524000', 'mastercard', 'credit', 3],
  ],
  IT: [
    ['453998', 'visa', 'debit', 4],
    ['535612', 'mastercard', 'prepaid', 2],
    ['525500', 'mastercard', 'credit', 3],
  ],
  ES: [
    ['454881', 'visa', 'debit', 4],
    ['540125', 'mastercard', 'credit', 3],
  ],
  IE: [
    ['465890', 'visa', 'debit', 4],
    ['539923', 'mastercard', 'credit', 2],
  ],
  // Only the sanctioned-country kind uses these.
  RU: [
    ['220070', 'mir', 'debit', 6],
    ['220220', 'mir', 'debit', 4],
    ['427638', 'visa', 'debit', 3],
    ['548673', 'mastercard', 'debit', 2],
  ],
  BY: [
    ['425584', 'visa', 'debit', 3],
    ['531306', 'mastercard', 'debit', 2],
  ],
  // Cards Russians opened in Kazakhstan, Armenia or Kyrgyzstan to pay abroad after 2022.
  KZ: [
    ['440563', 'visa', 'debit', 3],
    ['517792', 'mastercard', 'debit', 2],
  ],
  AM: [['408306', 'visa', 'debit', 2]],
};

/** US prepaid and debit ranges card testers buy lists on. */
export const TESTING_BINS: readonly Bin[] = [
  ['435880', 'visa', 'prepaid', 4],
  ['440066', 'visa', 'prepaid', 3],
  ['511563', 'mastercard', 'prepaid', 3],
  ['486208', 'visa', 'debit', 2],
  ['531993', 'mastercard', 'debit', 2],
];

function cardFrom(rng: Rng, b: Bin, country: string): HeldCard {
  return {
    bin: b[0],
    last4: rng.digits(4),
    brand: b[1],
    country,
    fingerprint: `fp_${rng.token(16)}`,
    funding: b[2],
  };
}

/** A new card from `country`'s issuers (of a brand, or not a local Isracard, when asked). */
export function newCard(
  rng: Rng,
  country: string,
  opts: { brand?: Brand; international?: boolean; funding?: Funding } = {},
): HeldCard {
  const all = BINS[country] ?? BINS['US'] ?? [];
  const fit = all.filter(
    (b) =>
      (!opts.brand || b[1] === opts.brand) &&
      (!opts.international || (b[1] !== 'isracard' && b[1] !== 'mir')) &&
      (!opts.funding || b[2] === opts.funding),
  );
  const from = fit.length > 0 ? fit : all;
  return cardFrom(rng, rng.weightedPick(from.map((b) => [b, b[3]] as const)), country);
}

/** Another card on one of the same BINs (card testers' lists run on a few ranges). */
export function testingCard(rng: Rng, bins: readonly Bin[]): HeldCard {
  return cardFrom(rng, rng.weightedPick(bins.map((b) => [b, b[3]] as const)), 'US');
}

/** The few BINs one testing run works through. */
export const testingBins = (rng: Rng): Bin[] => rng.shuffle(TESTING_BINS).slice(0, rng.int(1, 2));

/**
 * Whose address the checkout gives: the cardholder's, someone else's (stolen details without it), or a typo.
 */
export type Match = 'good' | 'bad' | 'typo';

const AVS_COUNTRIES = new Set(['US', 'CA', 'GB']);

export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (!AVS_COUNTRIES.has(card.country)) return 'unavailable';
  if (match === 'bad') return rng.chance(0.85) ? 'fail' : 'pass';
  if (match === 'typo') return 'fail';
  return rng.chance(0.97) ? 'pass' : rng.chance(0.5) ? 'fail' : 'unavailable';
}

/**
 * How the card was entered: typed, saved on the account, a wallet token, or charged by the store off-session.
 */
export type Entry = 'typed' | 'saved' | 'wallet' | 'off_session';

export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'saved' || entry === 'off_session') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}

/**
 * The holder's ID number, as the Israeli issuer compares it (Israeli cards typed on the Hebrew site only).
 */
export type IdCheck = 'match' | 'mismatch' | 'not_sent';

export type Decline =
  | 'do_not_honor'
  | 'insufficient_funds'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'stolen_card'
  | 'lost_card'
  | 'authentication_failed'
  | 'call_issuer'
  | 'id_mismatch'
  | 'card_not_supported'
  | 'limit_exceeded'
  | 'restricted_card'
  | 'payment_timeout'
  | 'payer_action_required';

/** Why an honest customer's card is declined. */
export function honestDecline(rng: Rng, card: HeldCard, big: boolean): Decline {
  if (card.country === 'IL')
    return rng.weightedPick<Decline>([
      ['call_issuer', 4],
      ['limit_exceeded', big ? 5 : 2],
      ['id_mismatch', 3],
      ['incorrect_cvc', 2],
      ['expired_card', 2],
      ['do_not_honor', 2],
    ]);
  return rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 5 : 3],
    ['do_not_honor', 4],
    ['authentication_failed', 3],
    ['incorrect_cvc', 2],
    ['expired_card', 1],
  ]);
}
