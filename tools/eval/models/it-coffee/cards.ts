import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the payment provider shows them (BIN, last four, brand, issuing country, fingerprint; never a card
 * number), the issuers' answers (AVS only from British and US issuers, CVC when typed), 3-D Secure under PSD2,
 * and decline codes. The BINs are this model's own lists.
 */

export type Funding = 'credit' | 'debit' | 'prepaid';

export interface HeldCard extends Card {
  funding: Funding;
}

type Issuer = readonly [bin: string, brand: string, funding: Funding, weight: number];

/** Issuers by country. Italy: many debit and prepaid cards (the post-office prepaid card is everywhere). */
const ISSUERS: Readonly<Record<string, readonly Issuer[]>> = {
  IT: [
    ['479267', 'visa', 'debit', 14],
    ['535130', 'mastercard', 'debit', 10],
    ['402367', 'visa', 'prepaid', 10],
    ['533312', 'mastercard', 'prepaid', 6],
    ['453998', 'visa', 'credit', 10],
    ['549162', 'mastercard', 'credit', 9],
    ['416598', 'visa', 'debit', 8],
    ['376636', 'amex', 'credit', 4],
    ['557892', 'mastercard', 'credit', 5],
    ['489351', 'visa', 'credit', 5],
    ['516889', 'mastercard', 'prepaid', 3],
  ],
  DE: [
    ['492942', 'visa', 'debit', 12],
    ['520416', 'mastercard', 'credit', 10],
    ['455620', 'visa', 'credit', 8],
    ['535522', 'mastercard', 'debit', 6],
    ['374289', 'amex', 'credit', 3],
    ['404137', 'visa', 'prepaid', 2],
  ],
  AT: [
    ['410162', 'visa', 'debit', 8],
    ['522371', 'mastercard', 'credit', 8],
    ['476173', 'visa', 'credit', 4],
  ],
  FR: [
    ['497010', 'visa', 'debit', 14],
    ['513183', 'mastercard', 'debit', 10],
    ['497671', 'visa', 'credit', 5],
    ['533844', 'mastercard', 'credit', 4],
    ['535613', 'mastercard', 'prepaid', 2],
  ],
  ES: [
    ['454881', 'visa', 'debit', 10],
    ['540035', 'mastercard', 'credit', 6],
    ['491625', 'visa', 'credit', 5],
    ['516532', 'mastercard', 'debit', 5],
  ],
  BE: [
    ['479656', 'visa', 'debit', 6],
    ['521826', 'mastercard', 'credit', 6],
    ['453915', 'visa', 'credit', 3],
  ],
  NL: [
    ['465859', 'visa', 'debit', 8],
    ['535110', 'mastercard', 'credit', 6],
    ['428434', 'visa', 'credit', 3],
  ],
  LU: [
    ['463375', 'visa', 'debit', 4],
    ['544518', 'mastercard', 'credit', 4],
  ],
  CH: [
    ['404159', 'visa', 'debit', 8],
    ['546471', 'mastercard', 'credit', 8],
    ['426381', 'visa', 'credit', 5],
    ['375124', 'amex', 'credit', 2],
    ['510029', 'mastercard', 'prepaid', 1],
  ],
  GB: [
    ['465943', 'visa', 'debit', 10],
    ['552213', 'mastercard', 'credit', 6],
    ['475129', 'visa', 'credit', 4],
    ['554374', 'mastercard', 'debit', 4],
  ],
  US: [
    ['414720', 'visa', 'credit', 10],
    ['546616', 'mastercard', 'credit', 7],
    ['426684', 'visa', 'debit', 6],
    ['371566', 'amex', 'credit', 4],
    ['440393', 'visa', 'prepaid', 1],
  ],
  // Cards Russian and Belarusian buyers obtain through intermediaries abroad.
  KZ: [
    ['440563', 'visa', 'debit', 4],
    ['539545', 'mastercard', 'debit', 3],
  ],
  AM: [['408306', 'visa', 'debit', 3]],
  AE: [
    ['428671', 'visa', 'credit', 3],
    ['531095', 'mastercard', 'debit', 2],
  ],
  // Sanctioned jurisdictions' own cards: only the sanctioned_country kind holds them.
  RU: [
    ['220220', 'mir', 'debit', 6],
    ['427638', 'visa', 'debit', 4],
    ['546901', 'mastercard', 'credit', 3],
  ],
  BY: [
    ['437776', 'visa', 'debit', 3],
    ['528249', 'mastercard', 'debit', 2],
  ],
};

/** A new card issued in `country` (of a funding type, if asked). */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const all = ISSUERS[country] ?? ISSUERS.IT ?? [];
  const fits = funding ? all.filter((i) => i[2] === funding) : all;
  const pool = fits.length > 0 ? fits : all;
  const [bin, brand, f] = rng.weightedPick(pool.map((i) => [i, i[3]] as const));
  return { bin, last4: rng.digits(4), brand, country, fingerprint: rng.token(16), funding: f };
}

/** Another card from the same issuer's range: the next number of a stolen batch. */
export const sameBin = (rng: Rng, c: HeldCard): HeldCard => ({
  ...c,
  last4: rng.digits(4),
  fingerprint: rng.token(16),
});

/** How a card was entered: typed at checkout, saved on the account, in a phone wallet, charged by the shop. */
export type Entry = 'typed' | 'saved' | 'wallet' | 'merchant';

/** How the billing address relates to the card's: the holder's own, a near miss, someone else's. */
export type Match = 'good' | 'partial' | 'wrong';

const AVS_ISSUERS = new Set(['GB', 'US']);

/** AVS: only British and US issuers answer; everyone else's is `unavailable`. */
export function avs(rng: Rng, card: Card, match: Match): CheckResult {
  if (!AVS_ISSUERS.has(card.country)) return 'unavailable';
  if (match === 'good')
    return rng.weightedPick<CheckResult>([
      ['pass', 92],
      ['partial', 6],
      ['unavailable', 2],
    ]);
  if (match === 'partial')
    return rng.weightedPick<CheckResult>([
      ['partial', 70],
      ['fail', 20],
      ['pass', 10],
    ]);
  return rng.weightedPick<CheckResult>([
    ['fail', 70],
    ['partial', 22],
    ['unavailable', 8],
  ]);
}

/** CVC: checked when typed, not sent with a saved card or a merchant charge, not in a wallet token. */
export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'saved' || entry === 'merchant') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'expired_card'
  | 'incorrect_cvc'
  | 'authentication_failed'
  | 'stolen_card'
  | 'lost_card'
  | 'card_velocity_exceeded'
  | 'generic_decline'
  | 'transaction_not_allowed'
  | 'restricted_card'
  | 'bnpl_declined'
  | 'payment_cancelled';

/** Why an honest customer's card is declined: limits on big orders, prepaid balances, typos, 3-D Secure. */
export function honestDecline(rng: Rng, card: HeldCard, amount: number): Decline {
  if (card.funding === 'prepaid' && rng.chance(0.6)) return 'insufficient_funds';
  return rng.weightedPick<Decline>([
    ['insufficient_funds', amount > 50_000 ? 22 : 14],
    ['authentication_failed', 26],
    ['do_not_honor', amount > 100_000 ? 18 : 8],
    ['incorrect_cvc', 12],
    ['expired_card', 8],
    ['generic_decline', 6],
  ]);
}

/** Where PSD2's strong customer authentication applies (the EEA) and where it is expected anyway. */
const EEA = new Set(['IT', 'DE', 'AT', 'FR', 'ES', 'BE', 'NL', 'LU']);

export const isEea = (country: string): boolean => EEA.has(country);
