import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the payment page sees them: BIN, last four, brand, issuing country and a fingerprint, plus the
 * funding this model keeps (New Zealand's banks issue Visa Debit to most account holders, so debit dominates).
 * The BINs are this model's own lists; no card number exists anywhere. AVS is answered only by US, British and
 * Canadian issuers; New Zealand and Australian issuers do not take part, so the gateway reports it unavailable.
 */

export type Funding = 'credit' | 'debit' | 'prepaid';
export interface HeldCard extends Card {
  funding: Funding;
}

type Bin = readonly [bin: string, brand: string, funding: Funding, weight: number];

// prettier-ignore
export const BINS: Readonly<Record<string, readonly Bin[]>> = {
  NZ: [
    ['404173', 'visa', 'debit', 14], ['427722', 'visa', 'debit', 10], ['453950', 'visa', 'debit', 10],
    ['489514', 'visa', 'debit', 6], ['455701', 'visa', 'credit', 8], ['421375', 'visa', 'credit', 6],
    ['516361', 'mastercard', 'credit', 8], ['542432', 'mastercard', 'credit', 5], ['535318', 'mastercard', 'debit', 6],
    ['376052', 'amex', 'credit', 3], ['465901', 'visa', 'prepaid', 1],
  ],
  AU: [
    ['456445', 'visa', 'debit', 12], ['434936', 'visa', 'debit', 8], ['476315', 'visa', 'debit', 6],
    ['455773', 'visa', 'credit', 6], ['424614', 'visa', 'credit', 5], ['552033', 'mastercard', 'credit', 6],
    ['521729', 'mastercard', 'debit', 6], ['530786', 'mastercard', 'credit', 4], ['377798', 'amex', 'credit', 4],
    ['428439', 'visa', 'prepaid', 1],
  ],
  GB: [
    ['475129', 'visa', 'debit', 12], ['465859', 'visa', 'debit', 8], ['454313', 'visa', 'credit', 5],
    ['535522', 'mastercard', 'credit', 6], ['522371', 'mastercard', 'debit', 5], ['374288', 'amex', 'credit', 3],
  ],
  DE: [
    ['492910', 'visa', 'credit', 8], ['410039', 'visa', 'debit', 6], ['520473', 'mastercard', 'credit', 8],
    ['535110', 'mastercard', 'debit', 4],
  ],
  US: [
    ['414720', 'visa', 'credit', 10], ['426684', 'visa', 'credit', 8], ['440066', 'visa', 'debit', 6],
    ['546616', 'mastercard', 'credit', 6], ['371449', 'amex', 'credit', 5], ['379730', 'amex', 'credit', 3],
    ['601100', 'discover', 'credit', 2], ['403446', 'visa', 'prepaid', 1],
  ],
  CA: [['450644', 'visa', 'credit', 6], ['451402', 'visa', 'credit', 4], ['520082', 'mastercard', 'credit', 4]],
  CN: [
    ['622588', 'unionpay', 'debit', 8], ['625094', 'unionpay', 'credit', 6], ['438088', 'visa', 'credit', 3],
    ['524374', 'mastercard', 'credit', 3],
  ],
  HK: [['449168', 'visa', 'credit', 5], ['540034', 'mastercard', 'credit', 3]],
  IL: [['458011', 'visa', 'credit', 6], ['432117', 'visa', 'credit', 3], ['532610', 'mastercard', 'credit', 6]],
  // Only the sanctioned_country kind holds these.
  RU: [['427601', 'visa', 'debit', 5], ['220220', 'mir', 'debit', 5]],
  BY: [['424436', 'visa', 'debit', 4], ['510092', 'mastercard', 'debit', 3]],
  // Cards opened in third countries by buyers from sanctioned ones.
  KZ: [['440563', 'visa', 'debit', 3]],
  AM: [['408306', 'visa', 'debit', 2]],
  AE: [['486537', 'visa', 'credit', 3]],
  TR: [['479610', 'visa', 'credit', 2]],
  KG: [['417523', 'visa', 'debit', 2]],
};

/** A card from a BIN: its own last four and fingerprint. */
export function cardOfBin(rng: Rng, country: string, bin: Bin): HeldCard {
  return {
    bin: bin[0],
    last4: rng.digits(4),
    brand: bin[1],
    country,
    fingerprint: `cfp_${rng.token(16)}`,
    funding: bin[2],
  };
}

/** A card issued in `country`, of a given funding when asked (and the country issues it). */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const all = BINS[country] ?? BINS['NZ'] ?? [];
  const fit = funding ? all.filter((b) => b[2] === funding) : all.filter((b) => b[2] !== 'prepaid');
  const bins = fit.length > 0 ? fit : all;
  return cardOfBin(rng, country, rng.weightedPick(bins.map((b) => [b, b[3]] as const)));
}

/** How the card reached the gateway: typed in, saved on the account, or a phone wallet. */
export type Entry = 'typed' | 'saved' | 'wallet';
/** How the billing address typed matches the issuer's record: the holder's own, a near miss, someone else's. */
export type Match = 'good' | 'partial' | 'wrong';

export const AVS_COUNTRIES: ReadonlySet<string> = new Set(['US', 'GB', 'CA']);

export function avs(rng: Rng, card: Card, match: Match): CheckResult {
  if (!AVS_COUNTRIES.has(card.country)) return 'unavailable';
  if (match === 'wrong') return rng.chance(0.85) ? 'fail' : 'partial';
  if (match === 'partial') return rng.chance(0.7) ? 'partial' : 'pass';
  return rng.chance(0.96) ? 'pass' : 'partial';
}

/** A saved card is charged without its code; a wallet sends a cryptogram instead. */
export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'saved') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'authentication_failed'
  | 'stolen_card'
  | 'lost_card'
  | 'invalid_number'
  | 'card_velocity_exceeded'
  | 'restricted_card'
  | 'pickup_card'
  | 'bnpl_declined'
  | 'bank_cancelled'
  | 'transfer_not_received';

/** Why an honest customer's card fails: an empty debit account before Christmas most of all. */
export function honestDecline(rng: Rng, big: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_funds', 35],
    ['incorrect_cvc', 14],
    ['authentication_failed', 14],
    ['expired_card', 10],
    ['do_not_honor', 15],
    ['card_velocity_exceeded', big ? 18 : 2],
  ]);
}

/** Why a stolen card fails: reported, blocked, wrong code, or the holder's one-time code not intercepted. */
export function stolenDecline(rng: Rng): Decline {
  return rng.weightedPick<Decline>([
    ['stolen_card', 18],
    ['lost_card', 6],
    ['do_not_honor', 24],
    ['incorrect_cvc', 12],
    ['authentication_failed', 18],
    ['insufficient_funds', 10],
    ['pickup_card', 4],
    ['expired_card', 8],
  ]);
}

/** Why a tested card fails: mostly invalid or closed numbers. */
export function testDecline(rng: Rng): Decline {
  return rng.weightedPick<Decline>([
    ['invalid_number', 20],
    ['do_not_honor', 26],
    ['incorrect_cvc', 16],
    ['expired_card', 14],
    ['insufficient_funds', 12],
    ['stolen_card', 6],
    ['card_velocity_exceeded', 6],
  ]);
}

export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'attempted' | 'not_enrolled';

const STRONG = new Set(['GB', 'DE', 'IL']);

/**
 * 3-D Secure as the gateway reports it: New Zealand and Australian issuers mostly frictionless, challenging
 * larger amounts; European and British issuers challenge; US issuers often only attempt; UnionPay sends a code.
 */
export function secure(rng: Rng, card: Card, ok: boolean, amount: number): ThreeDS {
  if (!ok) return 'challenge_failed';
  if (card.brand === 'unionpay') return 'challenge_passed';
  if (STRONG.has(card.country)) return rng.chance(0.65) ? 'challenge_passed' : 'frictionless';
  if (card.country === 'US' || card.country === 'CA')
    return rng.weightedPick<ThreeDS>([
      ['attempted', 35],
      ['frictionless', 45],
      ['challenge_passed', 10],
      ['not_enrolled', 10],
    ]);
  return rng.chance(amount > 100_000 ? 0.45 : 0.12) ? 'challenge_passed' : 'frictionless';
}
