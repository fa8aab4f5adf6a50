import { type CheckResult } from '@vigil/contracts';
import { type Address, type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { AVS_COUNTRIES } from './people.js';

/**
 * Cards by issuing country: a handful of BIN prefixes per country and brand (Visa 4…, Mastercard 51–55,
 * Amex 37, Discover 6011, Elo and Hipercard in Brazil, RuPay in India, Troy in Turkey, Verve in Nigeria),
 * with the funding type. The store's acquirer is in Europe, so for most shoppers a purchase is cross-border:
 * Nigerian naira cards carry low foreign-spend caps and are often refused (hence the US-issued virtual dollar
 * cards many Nigerian gamers pay with), Indian and European issuers ask for 3-D Secure.
 */

export type Funding = 'credit' | 'debit' | 'prepaid';

interface Bin {
  brand: string;
  bin: string;
  funding: Funding;
}

const FUNDING: Readonly<Record<string, Funding>> = { c: 'credit', d: 'debit', p: 'prepaid' };

const ISSUED: Readonly<Record<string, string>> = {
  US: 'visa 414720 c, visa 426684 c, visa 440066 c, visa 400022 d, visa 476173 d, mastercard 517805 c, mastercard 542418 c, mastercard 532164 d, amex 379724 c, amex 371732 c, discover 601120 c, visa 485246 p, mastercard 533248 p',
  CA: 'visa 450644 c, visa 451015 c, visa 453826 c, mastercard 520588 c, mastercard 554865 c, visa 450003 d, amex 373970 c',
  AU: 'visa 456469 d, visa 431940 c, mastercard 552033 c, mastercard 516361 d, amex 376038 c',
  GB: 'visa 465858 d, visa 475129 d, visa 454313 d, visa 492181 d, mastercard 535522 d, mastercard 537410 d, mastercard 552213 c, amex 374288 c',
  DE: 'visa 416598 d, visa 492942 c, mastercard 535541 d, mastercard 522493 c, mastercard 516775 p',
  FR: 'visa 497010 d, visa 497300 d, mastercard 513691 d, mastercard 535623 d, visa 453912 c',
  PL: 'visa 404159 d, visa 437546 d, mastercard 520063 d, mastercard 533969 d, visa 426393 c',
  TR: 'troy 979200 d, troy 979204 d, visa 454360 c, mastercard 540667 c, mastercard 552096 c',
  IN: 'rupay 652150 d, rupay 608001 d, visa 416021 c, visa 421337 d, mastercard 524193 c, mastercard 512967 d',
  ID: 'visa 461699 d, visa 436502 c, mastercard 524325 c, mastercard 541322 d',
  PH: 'visa 423806 d, visa 455633 c, mastercard 518770 c, mastercard 557714 p',
  MX: 'visa 415231 d, visa 491566 c, mastercard 557910 c, mastercard 547400 d, visa 481284 p',
  BR: 'elo 636368 d, elo 650485 c, mastercard 516292 c, mastercard 523421 d, visa 498408 c, visa 422061 d, hipercard 606282 c',
  NG: 'verve 506099 d, verve 650002 d, mastercard 539983 d, mastercard 519911 d, visa 418745 d',
  SA: 'visa 446404 d, visa 440647 d, visa 457865 c, mastercard 543357 c, mastercard 529415 d',
  ES: 'visa 454618 d, mastercard 540080 c',
  IT: 'visa 453997 d, mastercard 532512 d',
  NL: 'visa 462294 d, mastercard 518673 d',
  AE: 'visa 428671 c, mastercard 549184 d',
  LT: 'mastercard 539123 p, visa 459614 d',
};

const parsed = new Map<string, Bin[]>(
  Object.entries(ISSUED).map(([country, text]) => [
    country,
    text.split(', ').map((entry) => {
      const [brand = '', bin = '', f = 'd'] = entry.split(' ');
      return { brand, bin, funding: FUNDING[f] ?? 'debit' };
    }),
  ]),
);

/** US-issued virtual dollar cards (fintech apps): what many Nigerian gamers pay foreign stores with. */
const VIRTUAL_USD: readonly Bin[] = [
  { brand: 'visa', bin: '459234', funding: 'prepaid' },
  { brand: 'mastercard', bin: '522981', funding: 'prepaid' },
];

export interface IssuedCard extends Card {
  funding: Funding;
}

function make(rng: Rng, b: Bin, country: string): IssuedCard {
  return {
    bin: b.bin,
    last4: rng.digits(4),
    brand: b.brand,
    country,
    fingerprint: rng.token(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
    funding: b.funding,
  };
}

/** A card issued in `country` (prepaid cards only when asked for). */
export function cardFrom(rng: Rng, country: string, funding?: Funding): IssuedCard {
  const bins = parsed.get(country) ?? parsed.get('US') ?? [];
  const fit = bins.filter((b) => (funding ? b.funding === funding : b.funding !== 'prepaid'));
  return make(rng, rng.pick(fit.length > 0 ? fit : bins), parsed.has(country) ? country : 'US');
}

export const virtualDollarCard = (rng: Rng): IssuedCard => make(rng, rng.pick(VIRTUAL_USD), 'US');

/** Several cards from one BIN: a virtual-card app's numbers, or a batch from one breached issuer. */
export function sameBin(rng: Rng, card: IssuedCard, count: number): IssuedCard[] {
  return Array.from({ length: count }, () => ({
    ...card,
    last4: rng.digits(4),
    fingerprint: rng.token(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
  }));
}

export const strip = ({ bin, last4, brand, country, fingerprint }: IssuedCard): Card => ({
  bin,
  last4,
  brand,
  country,
  fingerprint,
});

/** Issuers that want 3-D Secure on an online purchase (EEA and UK under PSD2, India under RBI rules). */
export const SCA: ReadonlySet<string> = new Set(['DE', 'FR', 'PL', 'GB', 'IN', 'ES', 'IT', 'NL', 'LT']);

/** How often an honest cardholder's first try is refused on this cross-border store, by issuing country. */
const REFUSED: Readonly<Record<string, number>> = {
  NG: 0.24,
  IN: 0.1,
  TR: 0.08,
  BR: 0.07,
  ID: 0.07,
  PH: 0.06,
  MX: 0.06,
  SA: 0.04,
};
export const refusalRate = (card: Card): number => REFUSED[card.country] ?? 0.03;

/** What an issuer answers an honest cardholder's refused try. */
export function honestDecline(rng: Rng, card: Card): string {
  if (SCA.has(card.country) && rng.chance(0.45)) return 'authentication_required';
  if (card.country === 'NG' && rng.chance(0.6)) return 'transaction_not_allowed';
  return rng.weighted({
    insufficient_funds: 40,
    do_not_honor: 22,
    incorrect_cvc: 12,
    expired_card: 8,
    card_velocity_exceeded: 6,
    transaction_not_allowed: 8,
    processing_error: 4,
  });
}

/**
 * The address check: only US, Canadian and British issuers answer it, and only when a postal code was asked.
 * `match`: the address given is the one the issuer holds, only its postal code is, or neither.
 */
export function avs(card: Card, billing: Address, match: 'yes' | 'street' | 'no'): CheckResult {
  if (!AVS_COUNTRIES.has(card.country)) return 'unavailable';
  if (!billing.postalCode) return 'unchecked';
  if (match === 'no') return 'fail';
  return match === 'street' && billing.line1 ? 'partial' : 'pass';
}
