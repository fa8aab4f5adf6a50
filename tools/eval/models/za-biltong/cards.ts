import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards by issuing country: South Africa's big banks and digital banks (debit cards most, cheques and credit
 * cards, business cards), Namibia and Botswana, and the diaspora's banks (UK high-street and app banks,
 * Irish and Dutch banks and EEA app-bank cards issued in Lithuania, Australian, New Zealand, US and Canadian
 * banks). BINs are this model's own lists (the first six digits only; no card number exists anywhere). AVS
 * is answered only by British, US and Canadian issuers; CVC is unchecked for a saved card and unavailable for
 * a wallet. Every South African online card payment goes through 3-D Secure (an SMS OTP or an approval in the
 * bank's app), and so do most British and European ones; elsewhere it is mostly frictionless or absent.
 */

export type Brand = 'visa' | 'mastercard' | 'amex';
export type Funding = 'debit' | 'credit' | 'business' | 'prepaid';

export interface HeldCard extends Card {
  funding: Funding;
  issuer: string;
}

interface Issuer {
  issuer: string;
  country: string;
  brand: Brand;
  funding: Funding;
  bins: readonly string[];
  weight: number;
}

const i = (
  issuer: string,
  country: string,
  brand: Brand,
  funding: Funding,
  bins: string[],
  weight: number,
): Issuer => ({ issuer, country, brand, funding, bins, weight });

export const ISSUERS: readonly Issuer[] = [
  i('Capitec', 'ZA', 'visa', 'debit', ['404586', '479020', '416907'], 24),
  i('FNB', 'ZA', 'visa', 'debit', ['419570', '472830', '489314'], 16),
  i('FNB', 'ZA', 'visa', 'credit', ['451450', '483993'], 6),
  i('Standard Bank', 'ZA', 'mastercard', 'debit', ['535463', '520467'], 12),
  i('Standard Bank', 'ZA', 'visa', 'credit', ['410373', '402167'], 5),
  i('Absa', 'ZA', 'visa', 'debit', ['409092', '456416'], 11),
  i('Absa', 'ZA', 'visa', 'credit', ['492030'], 4),
  i('Nedbank', 'ZA', 'mastercard', 'debit', ['524466', '535540'], 8),
  i('Nedbank', 'ZA', 'mastercard', 'credit', ['544187'], 3),
  i('Discovery Bank', 'ZA', 'visa', 'credit', ['490018', '490019'], 5),
  i('TymeBank', 'ZA', 'mastercard', 'debit', ['519685'], 4),
  i('Investec', 'ZA', 'visa', 'credit', ['492916'], 2),
  i('African Bank', 'ZA', 'visa', 'debit', ['431292'], 2),
  i('FNB Business', 'ZA', 'visa', 'business', ['455750', '455751'], 0),
  i('Standard Bank Corporate', 'ZA', 'mastercard', 'business', ['556659'], 0),
  i('Absa Business', 'ZA', 'visa', 'business', ['448290'], 0),
  i('FNB Namibia', 'NA', 'visa', 'debit', ['434507'], 5),
  i('Bank Windhoek', 'NA', 'mastercard', 'debit', ['528232'], 3),
  i('FNB Botswana', 'BW', 'visa', 'debit', ['426572'], 4),
  i('Stanbic Botswana', 'BW', 'visa', 'debit', ['455676'], 2),
  i('Barclays', 'GB', 'visa', 'debit', ['465859', '475130'], 6),
  i('Lloyds', 'GB', 'visa', 'debit', ['475117', '492181'], 5),
  i('HSBC UK', 'GB', 'visa', 'debit', ['454638'], 4),
  i('Nationwide', 'GB', 'visa', 'debit', ['484416'], 3),
  i('Monzo', 'GB', 'mastercard', 'debit', ['535522'], 4),
  i('Starling', 'GB', 'mastercard', 'debit', ['537410'], 2),
  i('Amex UK', 'GB', 'amex', 'credit', ['374691'], 1),
  i('AIB', 'IE', 'visa', 'debit', ['483551'], 4),
  i('Bank of Ireland', 'IE', 'visa', 'debit', ['474528'], 4),
  i('EEA app bank', 'LT', 'mastercard', 'debit', ['537100', '516760'], 3),
  i('ING', 'NL', 'mastercard', 'debit', ['536149'], 4),
  i('Rabobank', 'NL', 'visa', 'debit', ['453998'], 3),
  i('ABN AMRO', 'NL', 'mastercard', 'debit', ['554730'], 2),
  i('CommBank', 'AU', 'mastercard', 'debit', ['516361', '521729'], 5),
  i('Westpac', 'AU', 'visa', 'debit', ['456468'], 4),
  i('ANZ', 'AU', 'visa', 'debit', ['456469'], 3),
  i('NAB', 'AU', 'visa', 'debit', ['456444'], 3),
  i('ASB', 'NZ', 'visa', 'debit', ['498040'], 4),
  i('ANZ NZ', 'NZ', 'visa', 'debit', ['450943'], 3),
  i('Kiwibank', 'NZ', 'visa', 'debit', ['417918'], 2),
  i('BNZ', 'NZ', 'mastercard', 'credit', ['552188'], 2),
  i('Chase', 'US', 'visa', 'credit', ['414720', '426684'], 5),
  i('Bank of America', 'US', 'visa', 'debit', ['480213', '440066'], 4),
  i('Capital One', 'US', 'mastercard', 'credit', ['517805'], 3),
  i('Citi', 'US', 'mastercard', 'credit', ['542418'], 2),
  i('Amex', 'US', 'amex', 'credit', ['371449', '379763'], 2),
  i('US prepaid', 'US', 'visa', 'prepaid', ['403163', '435880'], 0),
  i('RBC', 'CA', 'visa', 'credit', ['451015'], 4),
  i('TD', 'CA', 'visa', 'debit', ['452088'], 4),
  i('Scotiabank', 'CA', 'visa', 'credit', ['453826'], 2),
  i('BMO', 'CA', 'mastercard', 'credit', ['500766'], 2),
  i('Emirates NBD', 'AE', 'visa', 'credit', ['498824'], 1),
  i('MCB', 'MU', 'visa', 'debit', ['472409'], 1),
  i('Millennium bcp', 'PT', 'visa', 'debit', ['474116'], 1),
  i('Halyk', 'KZ', 'visa', 'debit', ['440563'], 1),
  i('Ameriabank', 'AM', 'visa', 'debit', ['408306'], 1),
  i('Sberbank', 'RU', 'visa', 'debit', ['427601', '427638'], 3),
  i('T-Bank', 'RU', 'mastercard', 'credit', ['521324'], 2),
  i('Belarusbank', 'BY', 'visa', 'debit', ['424014'], 1),
];

/** A new card from an issuer of `country` (of a funding type, when given). */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const pool = ISSUERS.filter((x) => x.country === country && (!funding || x.funding === funding));
  const weighted = pool.some((x) => x.weight > 0);
  const issuer = weighted ? rng.weightedPick(pool.map((x) => [x, x.weight] as const)) : rng.pick(pool);
  return {
    bin: rng.pick(issuer.bins),
    last4: rng.digits(4),
    brand: issuer.brand,
    country: issuer.country,
    fingerprint: `cf_${rng.token(16)}`,
    funding: issuer.funding,
    issuer: issuer.issuer,
  };
}

/** A card of a given BIN's issuer (card testers and BIN runs work through one range). */
export function cardOfBin(rng: Rng, bin: string): HeldCard {
  const issuer = ISSUERS.find((x) => x.bins.includes(bin));
  if (!issuer) throw new Error(`unknown BIN ${bin}`);
  return {
    bin,
    last4: rng.digits(4),
    brand: issuer.brand,
    country: issuer.country,
    fingerprint: `cf_${rng.token(16)}`,
    funding: issuer.funding,
    issuer: issuer.issuer,
  };
}

/** How the card was entered: typed in, saved on the account, or in a phone wallet. */
export type Entry = 'typed' | 'saved' | 'wallet';

/** How well the billing address given matches the issuer's record. */
export type Match = 'good' | 'partial' | 'wrong';

const AVS_COUNTRIES = new Set(['GB', 'US', 'CA']);

export function avs(rng: Rng, card: Card, match: Match): CheckResult {
  if (!AVS_COUNTRIES.has(card.country)) return 'unavailable';
  if (match === 'good') return rng.chance(0.93) ? 'pass' : 'unavailable';
  if (match === 'partial')
    return rng.weightedPick<CheckResult>([
      ['pass', 3],
      ['fail', 5],
      ['unavailable', 2],
    ]);
  return rng.chance(0.85) ? 'fail' : 'unavailable';
}

export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : entry === 'wallet' ? 'unavailable' : right ? 'pass' : 'fail';

export type ThreeDS =
  'challenge_passed' | 'challenge_failed' | 'frictionless' | 'attempted' | 'not_enrolled' | 'exempt';

const SCA = new Set(['ZA', 'NA', 'BW', 'GB', 'IE', 'NL', 'LT', 'PT']);

/** 3-D Secure as an honest cardholder goes through it: South African and European issuers challenge. */
export function threeDS(rng: Rng, card: Card, ok: boolean, entry: Entry): ThreeDS {
  if (!ok) return 'challenge_failed';
  if (entry === 'wallet') return 'frictionless';
  if (['ZA', 'NA', 'BW'].includes(card.country)) return rng.chance(0.8) ? 'challenge_passed' : 'frictionless';
  if (SCA.has(card.country))
    return rng.weightedPick<ThreeDS>([
      ['challenge_passed', 55],
      ['frictionless', 40],
      ['exempt', 5],
    ]);
  return rng.weightedPick<ThreeDS>([
    ['frictionless', 60],
    ['challenge_passed', 15],
    ['not_enrolled', 20],
    ['attempted', 5],
  ]);
}

/** Whether the issuer forces a challenge (a fraudster without the OTP fails it). */
export const challenges = (card: Card): boolean => SCA.has(card.country);

export type Decline =
  | 'authentication_failed'
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'limit_exceeded'
  | 'transaction_not_allowed'
  | 'stolen_card'
  | 'lost_card'
  | 'suspected_fraud'
  | 'invalid_account'
  | 'bank_session_timeout'
  | 'payflex_declined';

/**
 * Why an honest card fails: at home the OTP that never came or timed out, no money before payday, the online
 * or daily limit, a card not enabled for online use; abroad the issuer blocking a South African merchant.
 */
export function honestDecline(rng: Rng, card: Card, amount: number): Decline {
  if (['ZA', 'NA', 'BW'].includes(card.country))
    return rng.weightedPick<Decline>([
      ['authentication_failed', 38],
      ['insufficient_funds', 25],
      ['do_not_honor', 10],
      ['limit_exceeded', amount > 300_000 ? 25 : 5],
      ['incorrect_cvc', 6],
      ['expired_card', 5],
      ['transaction_not_allowed', 5],
    ]);
  return rng.weightedPick<Decline>([
    ['do_not_honor', 30],
    ['authentication_failed', 25],
    ['insufficient_funds', 12],
    ['incorrect_cvc', 12],
    ['expired_card', 8],
    ['transaction_not_allowed', 10],
  ]);
}
