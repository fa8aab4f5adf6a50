import { type Address, type Country } from './address.js';
import { ABROAD } from './abroad.js';
import { COUNTRIES } from './markets.js';
import { type Rng } from './random.js';

export type { Address, Country } from './address.js';

const BY_CODE = new Map([...COUNTRIES, ...ABROAD].map((country) => [country.code, country]));

export const MARKET_CODES: readonly string[] = COUNTRIES.map((country) => country.code);

export function country(code: string): Country {
  const found = BY_CODE.get(code);
  if (!found) throw new Error(`unknown country ${code}`);
  return found;
}

export function hasAddresses(code: string): boolean {
  return BY_CODE.has(code);
}

export function fillTemplate(template: string, rng: Rng): string {
  return template.replace(/[#L]/g, (slot) =>
    slot === '#' ? String(rng.int(0, 9)) : String.fromCharCode(65 + rng.int(0, 25)),
  );
}

/** A plausible street address somewhere in the country, big cities more often. */
export function randomAddress(code: string, rng: Rng, city?: string): Address {
  const where = country(code);
  const spot =
    where.places.find((candidate) => candidate.city === city) ??
    rng.weightedPick(where.places.map((candidate) => [candidate, candidate.weight] as const));
  const number = Math.max(1, Math.round(rng.logNormal(14, 0.9)));
  return {
    country: code,
    postalCode: fillTemplate(spot.postal, rng),
    city: spot.city,
    line1: where.line(rng.pick(where.streets), number, rng),
  };
}

/** Another address in the same city: a move across town, a neighbour, a client's office. */
export function nearbyAddress(home: Address, rng: Rng): Address {
  return randomAddress(home.country, rng, home.city);
}
