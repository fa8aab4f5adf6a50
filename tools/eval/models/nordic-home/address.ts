import { type Rng } from './random.js';

/**
 * Where the store's customers live and where parcels go. Postal codes are templates (`#` a digit, `L` a
 * letter) anchored on each city's real prefix, so a Stockholm order has a 11x xx code and an Amsterdam one
 * 10xx AB. Street names are the common ones of each country; the address line follows local convention.
 */

export interface Address {
  country: string;
  postalCode: string;
  city: string;
  line1: string;
}

export interface Place {
  city: string;
  postal: string;
  weight: number;
}

export interface Country {
  code: string;
  /** Standard-time offset from UTC in hours (CET 1, EET 2); daylight saving adds one. */
  utcOffset: number;
  places: Place[];
  streets: string[];
  /** Street line in the local order: `Storgatan 12`, `12 Baker Street`, `ul. Długa 5/3`. */
  line: (street: string, number: number, rng: Rng) => string;
}

export const place = (city: string, postal: string, weight = 1): Place => ({ city, postal, weight });
export const streetFirst = (street: string, n: number) => `${street} ${n}`;
export const numberFirst = (street: string, n: number) => `${n} ${street}`;
