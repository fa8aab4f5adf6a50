import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the processor reports them: BIN, last four, brand, issuing country and a fingerprint that is stable
 * per card (never a card number). BINs are this model's own lists by country, brand and funding. US, Canadian
 * and British issuers answer address verification; elsewhere AVS is `unavailable`.
 */

export type Funding = 'credit' | 'debit' | 'prepaid';
export type Brand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'store_card';

/** A card as the model keeps it: what the bodies show plus its funding. */
export interface HeldCard extends Card {
  funding: Funding;
}

/** How a card's entry reaches the processor: typed in, saved on the account, or through Apple Pay. */
export type Entry = 'typed' | 'saved' | 'wallet';

/** How the billing address typed matches what the issuer holds. */
export type Match = 'good' | 'moved' | 'zip_only' | 'wrong';

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'generic_decline'
  | 'incorrect_cvc'
  | 'incorrect_zip'
  | 'expired_card'
  | 'card_velocity_exceeded'
  | 'stolen_card'
  | 'lost_card'
  | 'fraudulent'
  | 'transaction_not_allowed'
  | 'authentication_required'
  | 'pickup_card'
  | 'try_again_later';

type BinTable = ReadonlyArray<readonly [string, Brand, Funding, number]>;

const BINS: Readonly<Record<string, BinTable>> = {
  US: [
    ['414720', 'visa', 'credit', 10],
    ['426684', 'visa', 'credit', 8],
    ['440393', 'visa', 'credit', 5],
    ['473702', 'visa', 'credit', 4],
    ['486208', 'visa', 'credit', 3],
    ['403766', 'visa', 'debit', 6],
    ['434256', 'visa', 'debit', 5],
    ['446542', 'visa', 'debit', 4],
    ['517805', 'mastercard', 'credit', 6],
    ['546616', 'mastercard', 'credit', 5],
    ['552433', 'mastercard', 'credit', 3],
    ['530133', 'mastercard', 'debit', 3],
    ['372741', 'amex', 'credit', 6],
    ['374322', 'amex', 'credit', 4],
    ['376211', 'amex', 'credit', 2],
    ['601120', 'discover', 'credit', 3],
    ['650021', 'discover', 'credit', 1],
    ['403905', 'visa', 'prepaid', 0.6],
    ['531106', 'mastercard', 'prepaid', 0.4],
  ],
  CA: [
    ['450644', 'visa', 'credit', 5],
    ['451015', 'visa', 'credit', 4],
    ['452088', 'visa', 'debit', 2],
    ['520588', 'mastercard', 'credit', 4],
    ['519123', 'mastercard', 'credit', 2],
    ['373995', 'amex', 'credit', 1],
  ],
  GB: [
    ['465942', 'visa', 'debit', 5],
    ['475117', 'visa', 'debit', 3],
    ['492181', 'visa', 'credit', 3],
    ['535522', 'mastercard', 'credit', 3],
    ['543460', 'mastercard', 'debit', 2],
    ['374288', 'amex', 'credit', 1],
  ],
  DE: [
    ['455600', 'visa', 'credit', 3],
    ['520082', 'mastercard', 'credit', 3],
    ['424631', 'visa', 'debit', 2],
  ],
  FR: [
    ['497010', 'visa', 'debit', 4],
    ['513171', 'mastercard', 'debit', 3],
  ],
  NL: [
    ['465858', 'visa', 'debit', 3],
    ['522371', 'mastercard', 'credit', 2],
  ],
  ES: [
    ['454618', 'visa', 'debit', 3],
    ['540075', 'mastercard', 'credit', 2],
  ],
  IT: [
    ['453997', 'visa', 'credit', 3],
    ['531258', 'mastercard', 'credit', 2],
  ],
  IL: [
    ['532610', 'mastercard', 'credit', 5],
    ['458003', 'visa', 'credit', 4],
    ['426398', 'visa', 'credit', 2],
  ],
  AU: [
    ['456469', 'visa', 'debit', 4],
    ['516361', 'mastercard', 'credit', 3],
    ['493770', 'visa', 'credit', 2],
  ],
  MX: [
    ['491566', 'visa', 'credit', 3],
    ['547156', 'mastercard', 'credit', 2],
  ],
  BR: [
    ['516292', 'mastercard', 'credit', 3],
    ['498406', 'visa', 'credit', 3],
    ['406669', 'visa', 'credit', 2],
  ],
  CL: [['455990', 'visa', 'credit', 1]],
  CO: [['450408', 'visa', 'credit', 1]],
  AR: [['455108', 'visa', 'credit', 1]],
  // Sanctioned jurisdictions and the transit countries next to them (sanctioned_country only).
  RU: [
    ['427600', 'visa', 'debit', 3],
    ['546938', 'mastercard', 'debit', 2],
  ],
  BY: [['424432', 'visa', 'debit', 1]],
  KZ: [['440563', 'visa', 'debit', 2]],
  AM: [['408306', 'visa', 'debit', 1]],
  KG: [['417630', 'visa', 'debit', 1]],
  AE: [
    ['428671', 'visa', 'credit', 2],
    ['464156', 'visa', 'debit', 1],
  ],
  TR: [
    ['454360', 'visa', 'credit', 2],
    ['540061', 'mastercard', 'credit', 1],
  ],
};

/** The store's own private-label credit card (US only; financing at checkout). */
const STORE_CARD_BIN = '604419';

/** A new card from `country`, of the funding asked for when that country has one. */
export function newCard(rng: Rng, country: string, funding?: Funding, brand?: Brand): HeldCard {
  const all = BINS[country] ?? BINS['US'] ?? [];
  const fit = all.filter(([, b, f]) => (!funding || f === funding) && (!brand || b === brand));
  const [bin, b, f] = rng.weightedPick((fit.length > 0 ? fit : all).map((row) => [row, row[3]] as const));
  return { bin, last4: rng.digits(4), brand: b, country, fingerprint: rng.token(16), funding: f };
}

/** The store's own card, for a US customer who applied for it. */
export const storeCard = (rng: Rng): HeldCard => ({
  bin: STORE_CARD_BIN,
  last4: rng.digits(4),
  brand: 'store_card',
  country: 'US',
  fingerprint: rng.token(16),
  funding: 'credit',
});

/** A US card for a person's wallet: mostly credit, some debit, rarely prepaid. */
export const usCard = (rng: Rng): HeldCard =>
  newCard(
    rng,
    'US',
    rng.weightedPick<Funding>([
      ['credit', 74],
      ['debit', 25],
      ['prepaid', 1],
    ]),
  );

/** A few cards of one BIN, as a testing script walks through a leaked batch. */
export function batch(
  rng: Rng,
  bin: readonly [string, Brand, string],
  size: number,
  funding: Funding,
): HeldCard[] {
  const [b, brand, country] = bin;
  return Array.from({ length: size }, () => ({
    bin: b,
    last4: rng.digits(4),
    brand,
    country,
    fingerprint: rng.token(16),
    funding,
  }));
}

const AVS_ISSUERS = new Set(['US', 'CA', 'GB']);

/** What the issuer says of the billing address. */
export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (card.brand === 'store_card') return 'pass';
  if (!AVS_ISSUERS.has(card.country)) return 'unavailable';
  if (rng.chance(0.015)) return 'unavailable';
  switch (match) {
    case 'good':
      return rng.chance(0.97) ? 'pass' : 'partial';
    case 'moved':
      return rng.weightedPick<CheckResult>([
        ['partial', 55],
        ['fail', 35],
        ['pass', 10],
      ]);
    case 'zip_only':
      return 'partial';
    case 'wrong':
      return rng.chance(0.85) ? 'fail' : 'partial';
  }
}

/** The card code: checked when typed, not asked for a saved card, not sent through the wallet. */
export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : entry === 'wallet' ? 'unavailable' : right ? 'pass' : 'fail';

/** Why an honest card is declined: big holiday purchases trip limits and issuers' fraud holds. */
export function honestDecline(rng: Rng, big: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 30 : 22],
    ['card_velocity_exceeded', big ? 22 : 8],
    ['do_not_honor', 20],
    ['incorrect_cvc', 12],
    ['incorrect_zip', 8],
    ['expired_card', 6],
    ['try_again_later', 3],
  ]);
}

/** Why a stolen or tested card is declined. */
export function stolenDecline(rng: Rng): Decline {
  return rng.weightedPick<Decline>([
    ['generic_decline', 22],
    ['do_not_honor', 18],
    ['stolen_card', 10],
    ['lost_card', 6],
    ['fraudulent', 10],
    ['incorrect_cvc', 12],
    ['insufficient_funds', 10],
    ['expired_card', 6],
    ['pickup_card', 3],
    ['card_velocity_exceeded', 3],
  ]);
}
