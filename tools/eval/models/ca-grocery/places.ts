import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the store delivers: metro areas in Ontario, Quebec, British Columbia and Alberta, with their postal
 * districts (FSAs), time zone, sales tax on taxable goods and whether the store may deliver alcohol there.
 */

export type Province = 'ON' | 'QC' | 'BC' | 'AB';

export interface ProvinceInfo {
  code: Province;
  /** UTC offset in December. */
  tz: number;
  /** Sales tax on taxable goods (HST, GST + QST, GST + PST, GST). */
  tax: number;
  /** Alcohol delivery permitted for this store (grocery beer and wine). */
  alcohol: boolean;
  /** Share of French-speaking customers. */
  french: number;
}

export const PROVINCES: Readonly<Record<Province, ProvinceInfo>> = {
  ON: { code: 'ON', tz: -5, tax: 0.13, alcohol: true, french: 0.04 },
  QC: { code: 'QC', tz: -5, tax: 0.14975, alcohol: true, french: 0.8 },
  BC: { code: 'BC', tz: -8, tax: 0.12, alcohol: false, french: 0.01 },
  AB: { code: 'AB', tz: -7, tax: 0.05, alcohol: true, french: 0.02 },
};

export interface City {
  name: string;
  province: Province;
  /** Forward sortation areas (first three characters of a postal code) in the delivery zone. */
  fsas: readonly string[];
  /** Relative order volume. */
  weight: number;
  /** Has a university campus with residences. */
  campus?: boolean;
}

export const CITIES: readonly City[] = [
  {
    name: 'Toronto',
    province: 'ON',
    fsas: ['M4C', 'M5V', 'M6H', 'M2N', 'M1B', 'M4Y', 'M6P'],
    weight: 26,
    campus: true,
  },
  { name: 'Mississauga', province: 'ON', fsas: ['L5B', 'L5M', 'L4Z', 'L5N'], weight: 7 },
  { name: 'Ottawa', province: 'ON', fsas: ['K1S', 'K2P', 'K1Y', 'K2G'], weight: 7 },
  { name: 'Hamilton', province: 'ON', fsas: ['L8P', 'L9A', 'L8S'], weight: 4 },
  { name: 'Waterloo', province: 'ON', fsas: ['N2L', 'N2J', 'N2T'], weight: 3, campus: true },
  { name: 'London', province: 'ON', fsas: ['N6A', 'N6G', 'N5Y'], weight: 3 },
  {
    name: 'Montréal',
    province: 'QC',
    fsas: ['H2T', 'H2J', 'H3H', 'H4A', 'H1V', 'H3S'],
    weight: 17,
    campus: true,
  },
  { name: 'Laval', province: 'QC', fsas: ['H7N', 'H7T', 'H7W'], weight: 4 },
  { name: 'Québec', province: 'QC', fsas: ['G1R', 'G1V', 'G1S'], weight: 5 },
  { name: 'Gatineau', province: 'QC', fsas: ['J8Y', 'J9H', 'J8T'], weight: 2 },
  { name: 'Sherbrooke', province: 'QC', fsas: ['J1H', 'J1K'], weight: 1 },
  { name: 'Vancouver', province: 'BC', fsas: ['V5L', 'V6K', 'V5T', 'V6B', 'V6T'], weight: 10, campus: true },
  { name: 'Burnaby', province: 'BC', fsas: ['V5H', 'V5G', 'V5A'], weight: 3 },
  { name: 'Surrey', province: 'BC', fsas: ['V3S', 'V3W', 'V4N'], weight: 3 },
  { name: 'Victoria', province: 'BC', fsas: ['V8V', 'V8R', 'V9A'], weight: 2 },
  { name: 'Calgary', province: 'AB', fsas: ['T2S', 'T3A', 'T2N', 'T2Z', 'T3H'], weight: 8 },
  { name: 'Edmonton', province: 'AB', fsas: ['T6E', 'T5K', 'T6G', 'T5T'], weight: 6, campus: true },
];

const EN_STREETS = [
  'Queen St E',
  'Danforth Ave',
  'Bathurst St',
  'Elm Dr',
  'Maple Ave',
  'King St W',
  'Main St',
  'Oak Cres',
  'Birch Ave',
  'Lakeshore Blvd',
  'Cedar Rd',
  'Broadway',
  'Fraser St',
  'Kingsway',
  '17 Ave SW',
  'Whyte Ave',
  'Jasper Ave',
  'Bank St',
  'Elgin St',
  'Dundas St',
  'Wellington St',
  'Highland Rd',
  'Victoria Ave',
];
const FR_STREETS = [
  'rue Saint-Denis',
  'avenue du Mont-Royal',
  'rue Beaubien E',
  'boulevard Saint-Laurent',
  'rue Sherbrooke O',
  'avenue Cartier',
  'rue Saint-Jean',
  'chemin Sainte-Foy',
  'rue Fleury O',
  'boulevard des Laurentides',
  'rue Principale',
  'rue de Bleury',
  'avenue Papineau',
  'rue Ontario E',
  'boulevard René-Lévesque',
];

const LETTERS = 'ABCEGHJKLMNPRSTVWXYZ';

export function postalCode(rng: Rng, city: City): string {
  return `${rng.pick(city.fsas)} ${rng.int(0, 9)}${rng.token(1, LETTERS)}${rng.int(0, 9)}`;
}

export function pickCity(rng: Rng, province?: Province): City {
  const list = province ? CITIES.filter((c) => c.province === province) : CITIES;
  return rng.weightedPick(list.map((c) => [c, c.weight] as const));
}

/** A street address in the city; `unit` adds an apartment or suite number. */
export function addressIn(rng: Rng, city: City, unit = rng.chance(0.38)): Address {
  const french = city.province === 'QC';
  const street = french ? rng.pick(FR_STREETS) : rng.pick(EN_STREETS);
  const number = rng.int(2, 3999);
  const apt = unit ? rng.int(101, 2810) : 0;
  const line1 = french
    ? `${number}, ${street}${apt ? `, app. ${apt}` : ''}`
    : `${apt ? `${apt}-` : ''}${number} ${street}`;
  return { country: 'CA', postalCode: postalCode(rng, city), city: city.name, line1 };
}

export const cityNamed = (name: string): City => {
  const found = CITIES.find((c) => c.name === name);
  if (!found) throw new Error(`no city ${name}`);
  return found;
};
