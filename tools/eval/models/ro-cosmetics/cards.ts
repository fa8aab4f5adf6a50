import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the shop sees them: BIN, last four, brand, issuing country and the processor's fingerprint; never a
 * card number. The BINs are this model's own lists, chosen from general knowledge of each country's issuers
 * (not checked against a BIN table). `rate` marks the credit cards of the banks the shop's instalment plans
 * run with (a Romanian card-instalment programme).
 */

export type Funding = 'debit' | 'credit' | 'prepaid';

export interface HeldCard extends Card {
  funding: Funding;
  issuer: string;
  rate?: boolean;
}

interface Range {
  issuer: string;
  brand: 'visa' | 'mastercard' | 'mir';
  funding: Funding;
  bins: readonly string[];
  weight: number;
  rate?: boolean;
}

const r = (
  issuer: string,
  brand: Range['brand'],
  funding: Funding,
  bins: string[],
  weight: number,
  rate = false,
): Range => ({ issuer, brand, funding, bins, weight, ...(rate ? { rate } : {}) });

export const ISSUERS: Readonly<Record<string, readonly Range[]>> = {
  RO: [
    r('Banca Transilvania', 'visa', 'debit', ['403566', '479276'], 24),
    r('Banca Transilvania STAR', 'mastercard', 'credit', ['552006'], 6, true),
    r('BCR', 'mastercard', 'debit', ['516932'], 12),
    r('BCR', 'visa', 'credit', ['427251'], 3, true),
    r('ING Bank România', 'visa', 'debit', ['476254'], 12),
    r('BRD', 'visa', 'debit', ['419344'], 9),
    r('BRD', 'mastercard', 'credit', ['520643'], 2, true),
    r('Raiffeisen Bank România', 'visa', 'debit', ['438932'], 8),
    r('Raiffeisen Bank România', 'mastercard', 'credit', ['545921'], 3, true),
    r('CEC Bank', 'mastercard', 'debit', ['535467'], 5),
    r('UniCredit Bank România', 'visa', 'credit', ['485060'], 2, true),
  ],
  MD: [
    r('maib', 'visa', 'debit', ['404565'], 5),
    r('maib', 'mastercard', 'debit', ['527503'], 3),
    r('Moldindconbank', 'visa', 'debit', ['426305'], 2),
    r('Victoriabank', 'mastercard', 'debit', ['539934'], 2),
  ],
  HU: [r('OTP Bank', 'visa', 'debit', ['414541'], 4), r('K&H Bank', 'mastercard', 'debit', ['534845'], 2)],
  BG: [
    r('DSK Bank', 'visa', 'debit', ['422061'], 3),
    r('UniCredit Bulbank', 'mastercard', 'debit', ['516845'], 2),
  ],
  IT: [
    r('Poste Italiane (PostePay Evolution)', 'visa', 'prepaid', ['402360'], 5),
    r('Poste Italiane (PostePay Evolution)', 'mastercard', 'prepaid', ['533317'], 2),
    r('Intesa Sanpaolo', 'visa', 'debit', ['453213'], 2),
  ],
  ES: [
    r('CaixaBank', 'visa', 'debit', ['454881'], 3),
    r('BBVA', 'visa', 'debit', ['494012'], 2),
    r('Santander', 'mastercard', 'debit', ['540282'], 2),
  ],
  DE: [
    r('Sparkasse', 'mastercard', 'debit', ['522164'], 3),
    r('N26', 'mastercard', 'debit', ['535522'], 2),
    r('DKB', 'visa', 'debit', ['493008'], 2),
  ],
  FR: [r('BNP Paribas', 'visa', 'debit', ['497401'], 2)],
  GB: [r('Barclays', 'visa', 'debit', ['465943'], 2), r('Monzo', 'mastercard', 'debit', ['535587'], 1)],
  US: [
    r('Chase', 'visa', 'credit', ['414720'], 3),
    r('Capital One', 'mastercard', 'credit', ['517805'], 2),
    r('Green Dot', 'visa', 'prepaid', ['440393'], 1),
  ],
  RU: [r('Sberbank', 'visa', 'debit', ['427601'], 2), r('Sberbank', 'mir', 'debit', ['220220'], 3)],
  BY: [r('Belarusbank', 'mir', 'debit', ['220256'], 1)],
};

function fromRange(rng: Rng, country: string, range: Range): HeldCard {
  return {
    bin: rng.pick(range.bins),
    last4: rng.digits(4),
    brand: range.brand,
    country,
    fingerprint: `fp_${rng.token(16)}`,
    funding: range.funding,
    issuer: range.issuer,
    ...(range.rate ? { rate: true } : {}),
  };
}

/** A new card from one of the country's issuers (`funding` when given and the country has one). */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const all = ISSUERS[country] ?? ISSUERS.RO ?? [];
  const fit = funding ? all.filter((x) => x.funding === funding) : all;
  const list = fit.length > 0 ? fit : all;
  return fromRange(rng, country, rng.weightedPick(list.map((x) => [x, x.weight])));
}

/** A Romanian credit card of an instalment-partner bank. */
export function rateCard(rng: Rng): HeldCard {
  const list = (ISSUERS.RO ?? []).filter((x) => x.rate);
  return fromRange(rng, 'RO', rng.weightedPick(list.map((x) => [x, x.weight])));
}

/** A card from one BIN of a country (card testers run one BIN's numbers). */
export function cardOfBin(rng: Rng, country: string, bin: string): HeldCard {
  const range = (ISSUERS[country] ?? []).find((x) => x.bins.includes(bin));
  if (!range) throw new Error(`no BIN ${bin} in ${country}`);
  return { ...fromRange(rng, country, range), bin };
}

export type Entry = 'typed' | 'saved';

/** AVS: only British and American issuers answer it; European processors report it unavailable. */
export function avsOf(rng: Rng, card: Card, holderAddress: boolean): CheckResult {
  if (card.country !== 'US' && card.country !== 'GB') return 'unavailable';
  if (holderAddress) return rng.chance(0.92) ? 'pass' : 'partial';
  return rng.chance(0.75) ? 'fail' : 'partial';
}

/** CVC: checked when typed, not for a one-click saved card. */
export const cvcOf = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : right ? 'pass' : 'fail';

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'authentication_failed'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'card_not_supported'
  | 'stolen_card'
  | 'lost_card'
  | 'invalid_number'
  | 'limit_exceeded';

/** Why an honest Romanian card fails: mostly an empty debit account before payday or a missed 3-D Secure SMS. */
export const honestDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['insufficient_funds', 40],
    ['authentication_failed', 25],
    ['do_not_honor', 12],
    ['incorrect_cvc', 10],
    ['expired_card', 8],
    ['limit_exceeded', 5],
  ]);
