import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards: issuers by country with this model's own BIN lists (no card number exists anywhere; a BIN and the last
 * four only), how AVS and CVC answer, and why honest payments are declined. Irish and continental issuers do
 * not answer AVS (`unavailable`); British, US and Canadian ones do. A saved card is charged without its code
 * (`unchecked`); a wallet sends a token, not a code (`unavailable`).
 */

export type Funding = 'debit' | 'credit' | 'prepaid';

export interface HeldCard extends Card {
  funding: Funding;
  issuer: string;
}

interface Issuer {
  name: string;
  country: string;
  brand: 'visa' | 'mastercard' | 'amex';
  funding: Funding;
  bins: readonly string[];
}

const issuer = (
  name: string,
  country: string,
  brand: Issuer['brand'],
  funding: Funding,
  bins: string[],
): Issuer => ({ name, country, brand, funding, bins });

export const ISSUERS = {
  ieDebitA: issuer('ie-bank-a', 'IE', 'visa', 'debit', ['455612', '465901', '474503']),
  ieDebitB: issuer('ie-bank-b', 'IE', 'mastercard', 'debit', ['516732', '539923']),
  ieDebitC: issuer('ie-bank-c', 'IE', 'visa', 'debit', ['431940', '486483']),
  ieCreditUnion: issuer('ie-credit-union', 'IE', 'visa', 'debit', ['433211']),
  ieCredit: issuer('ie-credit', 'IE', 'visa', 'credit', ['454742', '552219']),
  ieBusiness: issuer('ie-business', 'IE', 'mastercard', 'credit', ['556617']),
  ieAmex: issuer('ie-amex', 'IE', 'amex', 'credit', ['374288']),
  neoLt: issuer('neobank-lt', 'LT', 'mastercard', 'debit', ['537410', '459678', '489417']),
  neoLtVirtual: issuer('neobank-lt-virtual', 'LT', 'visa', 'debit', ['459679', '537411']),
  neoIe: issuer('neobank-ie', 'IE', 'visa', 'debit', ['428771']),
  niDebit: issuer('ni-bank', 'GB', 'visa', 'debit', ['476226', '492942']),
  gbDebit: issuer('gb-bank', 'GB', 'visa', 'debit', ['465858', '475127', '454313']),
  gbChallenger: issuer('gb-challenger', 'GB', 'mastercard', 'debit', ['535573', '523786']),
  gbCredit: issuer('gb-credit', 'GB', 'mastercard', 'credit', ['543460', '492181', '552089']),
  gbBusiness: issuer('gb-business', 'GB', 'visa', 'credit', ['448419']),
  deDebit: issuer('de-bank', 'DE', 'mastercard', 'debit', ['535044', '492910']),
  frDebit: issuer('fr-bank', 'FR', 'visa', 'debit', ['497010', '513180']),
  nlDebit: issuer('nl-bank', 'NL', 'mastercard', 'debit', ['524512', '404659']),
  esDebit: issuer('es-bank', 'ES', 'visa', 'debit', ['454881', '522090']),
  itDebit: issuer('it-bank', 'IT', 'mastercard', 'debit', ['531113', '479209']),
  plDebit: issuer('pl-bank', 'PL', 'visa', 'debit', ['416014', '535470']),
  beDebit: issuer('be-bank', 'BE', 'mastercard', 'debit', ['479269', '512064']),
  ptDebit: issuer('pt-bank', 'PT', 'visa', 'debit', ['437838', '526498']),
  seDebit: issuer('se-bank', 'SE', 'visa', 'debit', ['457004', '521387']),
  usCredit: issuer('us-credit', 'US', 'visa', 'credit', ['414720', '426684', '440066', '473702']),
  usCreditMc: issuer('us-credit-mc', 'US', 'mastercard', 'credit', ['517805', '546616']),
  usDebit: issuer('us-debit', 'US', 'visa', 'debit', ['400022', '485246']),
  usPrepaid: issuer('us-prepaid', 'US', 'visa', 'prepaid', ['423223', '404310']),
  caCredit: issuer('ca-credit', 'CA', 'visa', 'credit', ['450644', '451015', '520588']),
  auDebit: issuer('au-bank', 'AU', 'visa', 'debit', ['456469', '516361']),
  aeCredit: issuer('ae-bank', 'AE', 'mastercard', 'credit', ['484783', '529415']),
  trCredit: issuer('tr-bank', 'TR', 'mastercard', 'credit', ['552879', '454671']),
  brCredit: issuer('br-bank', 'BR', 'mastercard', 'credit', ['498407', '552640']),
  inDebit: issuer('in-bank', 'IN', 'visa', 'debit', ['437551', '524193']),
} as const;

export type IssuerKey = keyof typeof ISSUERS;

/** A new card of an issuer (one of its BINs, a last four, a fingerprint of its own). */
export function newCard(rng: Rng, key: IssuerKey, bin?: string): HeldCard {
  const i = ISSUERS[key];
  return {
    bin: bin ?? rng.pick(i.bins),
    last4: rng.digits(4),
    brand: i.brand,
    country: i.country,
    fingerprint: `cfp_${rng.token(16)}`,
    funding: i.funding,
    issuer: i.name,
  };
}

const EU_HOME: Readonly<Record<string, IssuerKey>> = {
  DE: 'deDebit',
  FR: 'frDebit',
  NL: 'nlDebit',
  ES: 'esDebit',
  IT: 'itDebit',
  PL: 'plDebit',
  BE: 'beDebit',
  PT: 'ptDebit',
  SE: 'seDebit',
};

/** A household's everyday card where it lives (`ni` for a Northern Irish address). */
export function homeCardKey(rng: Rng, country: string, ni = false): IssuerKey {
  if (country === 'IE')
    return rng.weightedPick<IssuerKey>([
      ['ieDebitA', 34],
      ['ieDebitB', 26],
      ['ieDebitC', 12],
      ['ieCreditUnion', 6],
      ['ieCredit', 12],
      ['neoLt', 7],
      ['ieAmex', 1],
      ['neoIe', 2],
    ]);
  if (country === 'GB')
    return rng.weightedPick<IssuerKey>([
      ['niDebit', ni ? 45 : 2],
      ['gbDebit', ni ? 15 : 42],
      ['gbChallenger', 18],
      ['gbCredit', 22],
      ['ieDebitA', ni ? 6 : 0],
    ]);
  if (country === 'US') return rng.pick<IssuerKey>(['usCredit', 'usCreditMc', 'usDebit']);
  if (country === 'CA') return 'caCredit';
  if (country === 'AU') return 'auDebit';
  if (country === 'AE') return 'aeCredit';
  return rng.chance(0.15) ? 'neoLt' : (EU_HOME[country] ?? 'deDebit');
}

/** Issuers that answer AVS. */
const AVS_COUNTRIES = new Set(['GB', 'US', 'CA']);

/** How the billing address the buyer typed compares with the one the issuer holds. */
export type Match = 'good' | 'partial' | 'wrong';

export function avs(card: Card, match: Match): CheckResult {
  if (!AVS_COUNTRIES.has(card.country)) return 'unavailable';
  return match === 'good' ? 'pass' : match === 'partial' ? 'partial' : 'fail';
}

/** How a card was entered: typed, saved on the account, or in a phone wallet. */
export type Entry = 'typed' | 'saved' | 'wallet';

export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'saved') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'authentication_failed'
  | 'expired_card'
  | 'card_velocity_exceeded'
  | 'stolen_card'
  | 'lost_card'
  | 'invalid_number'
  | 'generic_decline'
  | 'risk_declined';

/** Why an honest payment fails: a debit card's daily limit on a console, a mistyped code, a missed bank prompt. */
export function honestDecline(rng: Rng, amount: number, card?: HeldCard): Decline {
  const big = amount > 35_000;
  return rng.weightedPick<Decline>([
    ['insufficient_funds', card?.funding === 'debit' ? 22 : 10],
    ['card_velocity_exceeded', big && card?.funding === 'debit' ? 18 : 2],
    ['incorrect_cvc', 16],
    ['authentication_failed', 22],
    ['do_not_honor', 12],
    ['expired_card', 6],
  ]);
}
