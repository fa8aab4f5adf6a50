import { hashString, type Rng } from './random.js';

/**
 * Payment cards, never a full number: BIN, last four, brand, issuing country and the processor's
 * fingerprint. Each country has a few banks with fixed BIN ranges (the same in every stream, as in life), plus
 * the neobanks whose cards are issued elsewhere: a Revolut card is Lithuanian whoever holds it, N26 German,
 * bunq Dutch, Wise Belgian. That is why so many honest cards differ from the billing country.
 */

export type Brand = 'visa' | 'mastercard' | 'amex';

export interface Card {
  bin: string;
  last4: string;
  brand: Brand;
  country: string;
  fingerprint: string;
}

const NEOBANKS: ReadonlyArray<readonly [string, Brand, number]> = [
  ['LT', 'visa', 30], // Revolut
  ['LT', 'mastercard', 20],
  ['DE', 'mastercard', 14], // N26
  ['NL', 'mastercard', 10], // bunq
  ['BE', 'visa', 12], // Wise
  ['DK', 'visa', 6], // Lunar
  ['GB', 'mastercard', 5], // Monzo, Curve
];

function digitsFrom(hash: number, count: number): string {
  let out = '';
  let value = hash;
  for (let i = 0; i < count; i++) {
    out += String(value % 10);
    value = Math.floor(value / 10) ^ hashString(`${hash}:${i}`);
    value >>>= 0;
  }
  return out;
}

/** A stable BIN for an issuer: the brand's real prefix, then digits fixed by the issuer's name. */
export function binFor(brand: Brand, issuer: string): string {
  const hash = hashString(issuer);
  if (brand === 'visa') return `4${digitsFrom(hash, 5)}`;
  if (brand === 'amex') return `3${hash % 2 === 0 ? 4 : 7}${digitsFrom(hash, 4)}`;
  return hash % 4 === 0
    ? `22${String(21 + (hash % 70)).padStart(2, '0')}${digitsFrom(hash, 2)}`
    : `5${1 + (hash % 5)}${digitsFrom(hash, 4)}`;
}

function brandFor(rng: Rng, country: string): Brand {
  const amex =
    country === 'CH' ? 0.09 : country === 'DE' || country === 'GB' || country === 'US' ? 0.05 : 0.03;
  if (rng.chance(amex)) return 'amex';
  // Nordic and Baltic debit is mostly Visa; Dutch and Polish wallets lean Mastercard.
  const visa = ['SE', 'NO', 'DK', 'FI', 'EE', 'LV', 'LT', 'US'].includes(country) ? 0.65 : 0.5;
  return rng.chance(visa) ? 'visa' : 'mastercard';
}

export interface CardOptions {
  /** Probability the card is from a neobank issued in another country. */
  neobank?: number;
  corporate?: boolean;
}

/** A card a person in `country` holds. */
export function newCard(rng: Rng, country: string, options: CardOptions = {}): Card {
  if (rng.chance(options.neobank ?? 0)) {
    const [issuerCountry, brand] = rng.weightedPick(NEOBANKS.map((entry) => [entry, entry[2]] as const));
    return cardOnBin(
      rng,
      binFor(brand, `neo:${issuerCountry}:${brand}:${rng.int(0, 2)}`),
      brand,
      issuerCountry,
    );
  }
  const brand = options.corporate && rng.chance(0.25) ? 'amex' : brandFor(rng, country);
  const bank = options.corporate ? `corp:${country}:${rng.int(0, 3)}` : `bank:${country}:${rng.int(0, 5)}`;
  return cardOnBin(rng, binFor(brand, `${bank}:${brand}:${rng.int(0, 1)}`), brand, country);
}

/** Another card from the same range: stolen cards are sold, and tested, in batches from one BIN. */
export function cardOnBin(rng: Rng, bin: string, brand: Brand, country: string): Card {
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.idToken(16)}` };
}

/** A card from one of the country's ordinary banks: what a stolen-card dump is full of. */
export function bankCard(rng: Rng, country: string, brand?: Brand): Card {
  const chosen = brand ?? brandFor(rng, country);
  return cardOnBin(
    rng,
    binFor(chosen, `bank:${country}:${rng.int(0, 5)}:${chosen}:${rng.int(0, 1)}`),
    chosen,
    country,
  );
}
