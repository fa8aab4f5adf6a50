import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type NetworkName } from './networks.js';

/**
 * Where Lacefront's customers live and what it ships to: US states with their cities, ZIP codes, October UTC
 * offsets and the sales tax the store collects on footwear and apparel; Canadian provinces; the countries it
 * ships to abroad; its two stores; the package forwarders and reshipping addresses of Delaware, Oregon and
 * New Jersey (no sales tax in the first two, which is why both honest forwarders and reshippers sit there).
 */

export interface City {
  city: string;
  state: string;
  zip: string;
  tz: number;
  /** Sales tax collected on shoes and clothes shipped there (New Jersey and Pennsylvania exempt clothing). */
  tax: number;
}

export const US_CITIES: readonly (readonly [City, number])[] = [
  [{ city: 'Los Angeles', state: 'CA', zip: '90012', tz: -7, tax: 0.095 }, 12],
  [{ city: 'Long Beach', state: 'CA', zip: '90802', tz: -7, tax: 0.1025 }, 3],
  [{ city: 'San Francisco', state: 'CA', zip: '94103', tz: -7, tax: 0.08625 }, 4],
  [{ city: 'San Diego', state: 'CA', zip: '92101', tz: -7, tax: 0.0775 }, 3],
  [{ city: 'New York', state: 'NY', zip: '10001', tz: -4, tax: 0.08875 }, 9],
  [{ city: 'Brooklyn', state: 'NY', zip: '11211', tz: -4, tax: 0.08875 }, 7],
  [{ city: 'Bronx', state: 'NY', zip: '10451', tz: -4, tax: 0.08875 }, 3],
  [{ city: 'Jersey City', state: 'NJ', zip: '07302', tz: -4, tax: 0 }, 3],
  [{ city: 'Philadelphia', state: 'PA', zip: '19103', tz: -4, tax: 0 }, 3],
  [{ city: 'Boston', state: 'MA', zip: '02116', tz: -4, tax: 0.0625 }, 2],
  [{ city: 'Chicago', state: 'IL', zip: '60614', tz: -5, tax: 0.1025 }, 5],
  [{ city: 'Houston', state: 'TX', zip: '77002', tz: -5, tax: 0.0825 }, 4],
  [{ city: 'Dallas', state: 'TX', zip: '75201', tz: -5, tax: 0.0825 }, 3],
  [{ city: 'Atlanta', state: 'GA', zip: '30303', tz: -4, tax: 0.089 }, 4],
  [{ city: 'Miami', state: 'FL', zip: '33130', tz: -4, tax: 0.07 }, 3],
  [{ city: 'Charlotte', state: 'NC', zip: '28202', tz: -4, tax: 0.0725 }, 2],
  [{ city: 'Detroit', state: 'MI', zip: '48226', tz: -4, tax: 0.06 }, 2],
  [{ city: 'Columbus', state: 'OH', zip: '43215', tz: -4, tax: 0.075 }, 2],
  [{ city: 'Phoenix', state: 'AZ', zip: '85004', tz: -7, tax: 0.086 }, 2],
  [{ city: 'Denver', state: 'CO', zip: '80202', tz: -6, tax: 0.0881 }, 2],
  [{ city: 'Seattle', state: 'WA', zip: '98101', tz: -7, tax: 0.1035 }, 3],
  [{ city: 'Portland', state: 'OR', zip: '97205', tz: -7, tax: 0 }, 2],
  [{ city: 'Las Vegas', state: 'NV', zip: '89101', tz: -7, tax: 0.08375 }, 2],
  [{ city: 'Minneapolis', state: 'MN', zip: '55401', tz: -5, tax: 0.08025 }, 1],
  [{ city: 'Baltimore', state: 'MD', zip: '21201', tz: -4, tax: 0.06 }, 2],
  [{ city: 'Washington', state: 'DC', zip: '20001', tz: -4, tax: 0.06 }, 2],
  [{ city: 'Honolulu', state: 'HI', zip: '96813', tz: -10, tax: 0.045 }, 1],
];

export const CA_CITIES: readonly (readonly [City, number])[] = [
  [{ city: 'Toronto', state: 'ON', zip: 'M5V 2T6', tz: -4, tax: 0 }, 5],
  [{ city: 'Mississauga', state: 'ON', zip: 'L5B 3C2', tz: -4, tax: 0 }, 1],
  [{ city: 'Vancouver', state: 'BC', zip: 'V6B 1A1', tz: -7, tax: 0 }, 3],
  [{ city: 'Montreal', state: 'QC', zip: 'H2X 1Y4', tz: -4, tax: 0 }, 2],
  [{ city: 'Calgary', state: 'AB', zip: 'T2P 1J9', tz: -6, tax: 0 }, 1],
];

/** Countries Lacefront ships to abroad (besides Canada): UTC offset in October, a city and its postcode, networks. */
export interface Abroad {
  country: string;
  tz: number;
  cities: readonly (readonly [string, string])[];
  networks: readonly NetworkName[];
  /** A European card, so 3-D Secure runs. */
  sca: boolean;
  weight: number;
}

export const ABROAD: readonly Abroad[] = [
  {
    country: 'GB',
    tz: 1,
    cities: [
      ['London', 'E1 6AN'],
      ['Manchester', 'M1 1AD'],
      ['Birmingham', 'B1 1BB'],
    ],
    networks: ['gb_broadband', 'gb_cable'],
    sca: true,
    weight: 18,
  },
  {
    country: 'DE',
    tz: 2,
    cities: [
      ['Berlin', '10115'],
      ['Hamburg', '20095'],
      ['München', '80331'],
    ],
    networks: ['de_broadband'],
    sca: true,
    weight: 9,
  },
  {
    country: 'FR',
    tz: 2,
    cities: [
      ['Paris', '75003'],
      ['Lyon', '69002'],
    ],
    networks: ['fr_broadband'],
    sca: true,
    weight: 7,
  },
  {
    country: 'NL',
    tz: 2,
    cities: [
      ['Amsterdam', '1012 AB'],
      ['Rotterdam', '3011 AD'],
    ],
    networks: ['nl_broadband'],
    sca: true,
    weight: 5,
  },
  {
    country: 'JP',
    tz: 9,
    cities: [
      ['Tokyo', '150-0001'],
      ['Osaka', '542-0086'],
    ],
    networks: ['jp_broadband', 'jp_mobile'],
    sca: false,
    weight: 14,
  },
  {
    country: 'AU',
    tz: 11,
    cities: [
      ['Sydney', '2000'],
      ['Melbourne', '3000'],
    ],
    networks: ['au_broadband', 'au_mobile'],
    sca: false,
    weight: 12,
  },
  {
    country: 'AE',
    tz: 4,
    cities: [
      ['Dubai', '00000'],
      ['Abu Dhabi', '00000'],
    ],
    networks: ['ae_broadband'],
    sca: false,
    weight: 8,
  },
  {
    country: 'SG',
    tz: 8,
    cities: [
      ['Singapore', '238859'],
      ['Singapore', '018956'],
    ],
    networks: ['sg_broadband'],
    sca: false,
    weight: 8,
  },
  {
    country: 'MY',
    tz: 8,
    cities: [
      ['Kuala Lumpur', '50450'],
      ['Petaling Jaya', '46050'],
    ],
    networks: ['my_broadband'],
    sca: false,
    weight: 5,
  },
  {
    country: 'PH',
    tz: 8,
    cities: [
      ['Manila', '1000'],
      ['Makati', '1226'],
    ],
    networks: ['ph_broadband'],
    sca: false,
    weight: 5,
  },
  {
    country: 'HK',
    tz: 8,
    cities: [
      ['Hong Kong', '999077'],
      ['Kowloon', '999077'],
    ],
    networks: ['hk_broadband'],
    sca: false,
    weight: 5,
  },
];

export const abroad = (country: string): Abroad =>
  ABROAD.find((a) => a.country === country) ?? (ABROAD[0] as Abroad);

export const STORES = {
  pickup_la: { country: 'US', city: 'Los Angeles', postalCode: '90036', line1: '7421 Melrose Ave', tz: -7 },
  pickup_ny: { country: 'US', city: 'New York', postalCode: '10012', line1: '138 Lafayette St', tz: -4 },
} as const;

/** Package forwarders: honest buyers abroad get a suite number; so do reshipping fraudsters. */
export const FORWARDERS: readonly (Address & { state: string })[] = [
  { country: 'US', state: 'DE', city: 'New Castle', postalCode: '19720', line1: '200 Lukens Dr' },
  { country: 'US', state: 'DE', city: 'Wilmington', postalCode: '19801', line1: '1201 N Orange St' },
  { country: 'US', state: 'DE', city: 'Newark', postalCode: '19702', line1: '110 Pencader Dr' },
  { country: 'US', state: 'OR', city: 'Portland', postalCode: '97230', line1: '4940 NE 122nd Ave' },
  { country: 'US', state: 'OR', city: 'Tualatin', postalCode: '97062', line1: '18970 SW Teton Ave' },
  { country: 'US', state: 'OR', city: 'Beaverton', postalCode: '97005', line1: '4500 SW Watson Ave' },
  { country: 'US', state: 'NJ', city: 'Kearny', postalCode: '07032', line1: '1000 Harrison Ave' },
  { country: 'US', state: 'NJ', city: 'Secaucus', postalCode: '07094', line1: '700 Plaza Dr' },
  { country: 'US', state: 'NJ', city: 'Carteret', postalCode: '07008', line1: '60 Port Ave' },
];

/** Houses and flats where reshipping mules take parcels in, in the same three states. */
export const MULE_CITIES: readonly (readonly [string, string, string])[] = [
  ['DE', 'Dover', '19901'],
  ['DE', 'Bear', '19701'],
  ['OR', 'Gresham', '97030'],
  ['OR', 'Salem', '97301'],
  ['NJ', 'Elizabeth', '07201'],
  ['NJ', 'Linden', '07036'],
  ['NJ', 'Paterson', '07501'],
];

const STREETS = [
  'Maple Ave',
  'Oak St',
  'Washington St',
  'Park Ave',
  'Sunset Blvd',
  'Lincoln Ave',
  'Elm St',
  'Cedar Ln',
  'Franklin St',
  'Grand Ave',
  'Highland Ave',
  'Jefferson St',
  'Bedford Ave',
  'Wilshire Blvd',
  'Fulton St',
  'Lake St',
  'Pine St',
  'Main St',
  'Church St',
  'River Rd',
];

export const street = (rng: Rng): string =>
  `${rng.int(10, 9899)} ${rng.pick(STREETS)}${rng.chance(0.3) ? ` Apt ${rng.int(1, 24)}${rng.pick(['', 'A', 'B', 'C'])}` : ''}`;

export function cityAddress(rng: Rng, c: City, country: 'US' | 'CA'): Address & { state: string } {
  return { country, state: c.state, city: c.city, postalCode: c.zip, line1: street(rng) };
}

export function abroadAddress(rng: Rng, a: Abroad): Address {
  const [city, postalCode] = rng.pick(a.cities);
  return {
    country: a.country,
    city,
    postalCode,
    line1: `${rng.int(1, 220)} ${rng.pick(['High St', 'Station Rd', 'Hauptstraße', 'Rue de la Paix', 'Chome 2-3', 'Orchard Rd', 'Jalan Ampang', 'Ayala Ave', 'Sheikh Zayed Rd', 'George St'])}`,
  };
}

/** Comprehensively sanctioned jurisdictions (IP, billing, shipping or card); kept to the sanctioned kind. */
export const SANCTIONED: ReadonlySet<string> = new Set(['CU', 'IR', 'KP', 'SY']);
