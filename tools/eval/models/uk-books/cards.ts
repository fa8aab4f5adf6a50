import { type CheckResult } from '@vigil/contracts';
import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Cards as the shop's processor reports them: the issuing country's own BINs (made up, with the brand's
 * first digits: Visa 4, Mastercard 51–55 and 2221–2720, Amex 34/37, Discover 6011, UnionPay 62, Mir 220x),
 * debit-heavy at home as British cards are; AVS answered only by British and US issuers; CVC typed,
 * saved or absent in a wallet; 3-D Secure under the UK and EU strong-authentication rules. Only the BIN and
 * last four exist; no card number anywhere.
 */

export type Funding = 'debit' | 'credit' | 'prepaid' | 'commercial';
export type HeldCard = Card & { funding: Funding };

type Bin = readonly [bin: string, brand: string, funding: Funding, weight: number];

const BINS: Readonly<Record<string, readonly Bin[]>> = {
  GB: [
    ['465942', 'visa', 'debit', 14],
    ['475129', 'visa', 'debit', 10],
    ['446272', 'visa', 'debit', 10],
    ['492913', 'visa', 'debit', 6],
    ['535532', 'mastercard', 'debit', 8],
    ['523911', 'mastercard', 'debit', 5],
    ['557056', 'mastercard', 'debit', 4],
    ['454638', 'visa', 'credit', 6],
    ['426525', 'visa', 'credit', 4],
    ['552188', 'mastercard', 'credit', 6],
    ['540034', 'mastercard', 'credit', 4],
    ['222951', 'mastercard', 'credit', 2],
    ['374589', 'amex', 'credit', 4],
    ['377156', 'amex', 'credit', 2],
    ['459647', 'visa', 'prepaid', 1],
  ],
  IE: [
    ['474503', 'visa', 'debit', 10],
    ['489310', 'visa', 'debit', 6],
    ['539977', 'mastercard', 'debit', 5],
    ['518127', 'mastercard', 'credit', 3],
    ['450884', 'visa', 'credit', 3],
  ],
  DE: [
    ['455673', 'visa', 'credit', 6],
    ['520434', 'mastercard', 'debit', 5],
    ['548919', 'mastercard', 'credit', 5],
    ['419631', 'visa', 'debit', 4],
  ],
  FR: [
    ['497401', 'visa', 'debit', 10],
    ['513167', 'mastercard', 'debit', 5],
    ['497821', 'visa', 'credit', 3],
  ],
  NL: [
    ['520372', 'mastercard', 'debit', 5],
    ['474157', 'visa', 'debit', 5],
    ['546478', 'mastercard', 'credit', 3],
  ],
  BE: [
    ['479206', 'visa', 'debit', 5],
    ['530115', 'mastercard', 'debit', 4],
  ],
  ES: [
    ['454881', 'visa', 'debit', 6],
    ['540763', 'mastercard', 'credit', 4],
  ],
  IT: [
    ['479260', 'visa', 'prepaid', 3],
    ['532592', 'mastercard', 'debit', 4],
    ['455715', 'visa', 'credit', 3],
  ],
  SE: [
    ['457141', 'visa', 'debit', 6],
    ['526431', 'mastercard', 'debit', 4],
  ],
  US: [
    ['414740', 'visa', 'credit', 10],
    ['426429', 'visa', 'credit', 7],
    ['440393', 'visa', 'debit', 6],
    ['483316', 'visa', 'debit', 3],
    ['546604', 'mastercard', 'credit', 7],
    ['517148', 'mastercard', 'debit', 3],
    ['372888', 'amex', 'credit', 6],
    ['601143', 'discover', 'credit', 3],
    ['403446', 'visa', 'prepaid', 1],
  ],
  AU: [
    ['456472', 'visa', 'debit', 8],
    ['494052', 'visa', 'credit', 4],
    ['516310', 'mastercard', 'debit', 5],
    ['552038', 'mastercard', 'credit', 3],
    ['376011', 'amex', 'credit', 2],
  ],
  CN: [
    ['622848', 'unionpay', 'debit', 8],
    ['621700', 'unionpay', 'debit', 6],
    ['625907', 'unionpay', 'credit', 3],
    ['438088', 'visa', 'credit', 2],
  ],
  IN: [
    ['421334', 'visa', 'debit', 5],
    ['524210', 'mastercard', 'credit', 3],
  ],
  NG: [
    ['539923', 'mastercard', 'debit', 6],
    ['418745', 'visa', 'debit', 4],
  ],
  MY: [
    ['428464', 'visa', 'debit', 5],
    ['552169', 'mastercard', 'credit', 3],
  ],
  GR: [['476347', 'visa', 'debit', 4]],
  KZ: [
    ['440564', 'visa', 'debit', 5],
    ['548601', 'mastercard', 'debit', 3],
  ],
  AE: [
    ['457785', 'visa', 'credit', 5],
    ['529415', 'mastercard', 'credit', 3],
  ],
  TR: [
    ['454360', 'visa', 'credit', 5],
    ['540667', 'mastercard', 'credit', 3],
  ],
  RU: [
    ['220220', 'mir', 'debit', 5],
    ['624301', 'unionpay', 'debit', 3],
  ],
  BY: [['411773', 'visa', 'debit', 3]],
};

/** Company purchasing cards: universities and firms buying gifts pay with these. */
const COMMERCIAL: readonly Bin[] = [
  ['475641', 'visa', 'commercial', 3],
  ['552324', 'mastercard', 'commercial', 2],
];

const binsOf = (country: string) => BINS[country] ?? BINS.US ?? [];

function cardFrom(rng: Rng, country: string, [bin, brand, funding]: Bin): HeldCard {
  return { bin, last4: rng.digits(4), brand, country, fingerprint: rng.token(16), funding };
}

/** A card issued in `country`, optionally of one funding type. */
export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const all = binsOf(country);
  const fitting = funding ? all.filter((b) => b[2] === funding) : all;
  const pool = fitting.length > 0 ? fitting : all;
  return cardFrom(rng, country, rng.weightedPick(pool.map((b) => [b, b[3]] as const)));
}

export const commercialCard = (rng: Rng): HeldCard =>
  cardFrom(rng, 'GB', rng.weightedPick(COMMERCIAL.map((b) => [b, b[3]] as const)));

/** `count` cards sharing one BIN, as card testers work through a purchased list. */
export function cardsOnBin(rng: Rng, country: string, count: number, bin?: Bin): HeldCard[] {
  const chosen = bin ?? rng.pick(binsOf(country).filter((b) => b[2] !== 'commercial'));
  return Array.from({ length: count }, () => cardFrom(rng, country, chosen));
}

export const binOf = (rng: Rng, country: string): Bin => rng.pick(binsOf(country));

/** Whether the billing address typed matches the issuer's: the owner's, close, another's, or none. */
export type Match = 'good' | 'close' | 'wrong';

/** AVS as British and US issuers answer it (postcode and house number); others never do. */
export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (card.country !== 'GB' && card.country !== 'US') return 'unavailable';
  if (match === 'good')
    return rng.weightedPick<CheckResult>([
      ['pass', 88],
      ['partial', 9],
      ['unavailable', 3],
    ]);
  if (match === 'close') return rng.chance(0.7) ? 'partial' : 'pass';
  return rng.chance(0.8) ? 'fail' : 'partial';
}

/** How the card reached the checkout: typed, a saved card, a wallet, or a charge the shop made itself. */
export type Entry = 'typed' | 'saved' | 'wallet' | 'off_session';

export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'saved' || entry === 'off_session') return 'unchecked';
  if (entry === 'wallet') return 'unavailable';
  return right ? 'pass' : 'fail';
}

export type ThreeDS =
  'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled' | 'attempted';

const SCA = new Set(['GB', 'IE', 'DE', 'FR', 'NL', 'BE', 'ES', 'IT', 'SE', 'GR']);

/**
 * 3-D Secure as it goes at a UK acquirer: British and European cards under strong authentication
 * (low-value exemptions, challenges more likely the bigger the basket); American and Australian issuers
 * mostly frictionless or merely attempted; UnionPay asks for its own code.
 */
export function secure(rng: Rng, card: HeldCard, passed: boolean, amount: number): ThreeDS {
  if (!passed) return 'challenge_failed';
  if (SCA.has(card.country)) {
    if (amount < 2_500 && rng.chance(0.45)) return 'exempt';
    return rng.chance(amount > 25_000 ? 0.6 : amount > 8_000 ? 0.35 : 0.22)
      ? 'challenge_passed'
      : 'frictionless';
  }
  if (card.brand === 'unionpay') return 'challenge_passed';
  return rng.weightedPick<ThreeDS>([
    ['frictionless', 55],
    ['attempted', 18],
    ['not_enrolled', 15],
    ['challenge_passed', 12],
  ]);
}

export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'authentication_failed'
  | 'generic_decline'
  | 'card_velocity_exceeded'
  | 'stolen_card'
  | 'lost_card'
  | 'invalid_account'
  | 'transaction_not_allowed'
  | 'fraudulent'
  | 'payment_declined';

/** Why an honest buyer's card is declined: a debit card short before payday, a missed 3-D Secure prompt… */
export function honestDecline(rng: Rng, student = false): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_funds', student ? 50 : 28],
    ['authentication_failed', 25],
    ['incorrect_cvc', 15],
    ['do_not_honor', 14],
    ['expired_card', 8],
    ['generic_decline', 6],
  ]);
}

/** Why a card from a bought list is declined. */
export function listDecline(rng: Rng): Decline {
  return rng.weightedPick<Decline>([
    ['do_not_honor', 28],
    ['insufficient_funds', 15],
    ['incorrect_cvc', 14],
    ['expired_card', 10],
    ['stolen_card', 8],
    ['lost_card', 6],
    ['invalid_account', 6],
    ['authentication_failed', 8],
    ['fraudulent', 5],
  ]);
}
