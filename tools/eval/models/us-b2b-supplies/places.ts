import { type Rng } from '../kit/random.js';
import { type Zone } from './calendar.js';

/**
 * Cities the store ships to, with their postal prefixes, time zones and the sales tax the store collects there
 * (state plus typical local rate; GST/HST/PST in Canada). Street addresses are drawn per kind of site.
 */

export type Market = 'US' | 'CA';

export interface Address {
  country: string;
  postalCode?: string;
  city?: string;
  line1?: string;
}

export interface City {
  city: string;
  region: string;
  country: Market;
  /** ZIP3 prefixes (US) or forward sortation areas (Canada). */
  prefixes: readonly string[];
  zone: Zone;
  /** Sales tax in percent. */
  tax: number;
  /** Relative size of its business market. */
  weight: number;
}

const us = (
  city: string,
  region: string,
  prefixes: string,
  zone: Zone,
  tax: number,
  weight: number,
): City => ({
  city,
  region,
  country: 'US',
  prefixes: prefixes.split(' '),
  zone,
  tax,
  weight,
});
const ca = (
  city: string,
  region: string,
  prefixes: string,
  zone: Zone,
  tax: number,
  weight: number,
): City => ({
  ...us(city, region, prefixes, zone, tax, weight),
  country: 'CA',
});

export const CITIES: readonly City[] = [
  us('New York', 'NY', '100 101 102', 'ET', 8.875, 9),
  us('Brooklyn', 'NY', '112', 'ET', 8.875, 4),
  us('Newark', 'NJ', '071', 'ET', 6.625, 3),
  us('Philadelphia', 'PA', '191', 'ET', 8, 4),
  us('Pittsburgh', 'PA', '152', 'ET', 7, 2),
  us('Boston', 'MA', '021 022', 'ET', 6.25, 4),
  us('Hartford', 'CT', '061', 'ET', 6.35, 1),
  us('Manchester', 'NH', '031', 'ET', 0, 1),
  us('Baltimore', 'MD', '212', 'ET', 6, 2),
  us('Washington', 'DC', '200', 'ET', 6, 3),
  us('Richmond', 'VA', '232', 'ET', 6, 2),
  us('Charlotte', 'NC', '282', 'ET', 7.25, 3),
  us('Raleigh', 'NC', '276', 'ET', 7.25, 2),
  us('Atlanta', 'GA', '303', 'ET', 8.9, 5),
  us('Jacksonville', 'FL', '322', 'ET', 7.5, 2),
  us('Tampa', 'FL', '336', 'ET', 7.5, 3),
  us('Orlando', 'FL', '328', 'ET', 6.5, 3),
  us('Miami', 'FL', '331', 'ET', 7, 4),
  us('Columbus', 'OH', '432', 'ET', 7.5, 3),
  us('Cleveland', 'OH', '441', 'ET', 8, 2),
  us('Detroit', 'MI', '482', 'ET', 6, 3),
  us('Indianapolis', 'IN', '462', 'ET', 7, 2),
  us('Louisville', 'KY', '402', 'ET', 6, 1),
  us('Wilmington', 'DE', '198', 'ET', 0, 1),
  us('Nashville', 'TN', '372', 'CT', 9.25, 3),
  us('Chicago', 'IL', '606 607 608', 'CT', 10.25, 8),
  us('Milwaukee', 'WI', '532', 'CT', 7.9, 2),
  us('Minneapolis', 'MN', '554', 'CT', 8.03, 3),
  us('St. Louis', 'MO', '631', 'CT', 9.68, 2),
  us('Kansas City', 'MO', '641', 'CT', 8.85, 2),
  us('Dallas', 'TX', '752', 'CT', 8.25, 6),
  us('Houston', 'TX', '770', 'CT', 8.25, 6),
  us('San Antonio', 'TX', '782', 'CT', 8.25, 3),
  us('Austin', 'TX', '787', 'CT', 8.25, 3),
  us('Oklahoma City', 'OK', '731', 'CT', 8.63, 1),
  us('New Orleans', 'LA', '701', 'CT', 9.45, 1),
  us('Omaha', 'NE', '681', 'CT', 7, 1),
  us('Denver', 'CO', '802', 'MT', 8.81, 4),
  us('Salt Lake City', 'UT', '841', 'MT', 7.75, 2),
  us('Boise', 'ID', '837', 'MT', 6, 1),
  us('Billings', 'MT', '591', 'MT', 0, 1),
  us('Albuquerque', 'NM', '871', 'MT', 7.63, 1),
  us('Phoenix', 'AZ', '850', 'AZ', 8.6, 5),
  us('Tucson', 'AZ', '857', 'AZ', 8.7, 1),
  us('Las Vegas', 'NV', '891', 'PT', 8.38, 2),
  us('Los Angeles', 'CA', '900 913 917', 'PT', 9.5, 9),
  us('San Diego', 'CA', '921', 'PT', 7.75, 3),
  us('San Jose', 'CA', '951', 'PT', 9.38, 3),
  us('Oakland', 'CA', '946', 'PT', 10.25, 2),
  us('Sacramento', 'CA', '958', 'PT', 8.75, 2),
  us('Portland', 'OR', '972', 'PT', 0, 3),
  us('Seattle', 'WA', '981', 'PT', 10.35, 4),
  us('Spokane', 'WA', '992', 'PT', 9, 1),
  ca('Toronto', 'ON', 'M5V M4W M6K M3C', 'ET', 13, 8),
  ca('Mississauga', 'ON', 'L5B L4W L5N', 'ET', 13, 4),
  ca('Ottawa', 'ON', 'K1P K2P K2E', 'ET', 13, 3),
  ca('Hamilton', 'ON', 'L8P L8E', 'ET', 13, 2),
  ca('Montréal', 'QC', 'H2X H3B H4T', 'ET', 14.975, 5),
  ca('Québec', 'QC', 'G1R G1K', 'ET', 14.975, 2),
  ca('Halifax', 'NS', 'B3H B3K', 'AT', 14, 1),
  ca('Winnipeg', 'MB', 'R3C R2X', 'CT', 12, 2),
  ca('Regina', 'SK', 'S4P', 'SK', 11, 1),
  ca('Calgary', 'AB', 'T2P T2E T2H', 'MT', 5, 4),
  ca('Edmonton', 'AB', 'T5J T6E', 'MT', 5, 3),
  ca('Vancouver', 'BC', 'V6B V5K V6A', 'PT', 12, 5),
  ca('Surrey', 'BC', 'V3S V4N', 'PT', 12, 2),
];

export const cityIn = (rng: Rng, market: Market): City =>
  rng.weightedPick(CITIES.filter((c) => c.country === market).map((c) => [c, c.weight] as const));

const LETTERS = 'ABCEGHJKLMNPRSTVWXYZ';
const words = (list: string): readonly string[] => list.split('|');

export function postalCode(rng: Rng, c: City): string {
  const prefix = rng.pick(c.prefixes);
  if (c.country === 'US') return `${prefix}${rng.digits(2)}`;
  return `${prefix} ${rng.int(0, 9)}${rng.pick([...LETTERS])}${rng.int(0, 9)}`;
}

const STREETS = [
  ...words('Main St|Commerce Dr|Industrial Pkwy|Park Ave|Oak St|Maple Ave|Washington Blvd|Lincoln Ave'),
  ...words('Market St|Enterprise Way|Corporate Blvd|Technology Dr|Airport Rd|River Rd|Lake St|2nd St'),
  ...words('5th Ave|Elm St|Cedar Ln|Hillcrest Dr|Center St|Church St|Pine St|Franklin Ave'),
  ...words('Jefferson St|Madison Ave|Highland Ave|Ridge Rd|Mill St|Harbor Blvd'),
];
const QUEBEC_STREETS = words('rue Sainte-Catherine|boul. Saint-Laurent|rue Saint-Denis|ch. de la Côte');
const RESIDENTIAL = words('Willow Ct|Birch Ln|Meadow Dr|Sunset Ave|Brookside Dr|Aspen Way|Forest Rd');

export type Site = 'office' | 'industrial' | 'home' | 'jobsite' | 'campus' | 'clinic';

function street(rng: Rng, c: City, site: Site): string {
  if (c.region === 'QC') return `${rng.int(100, 9999)} ${rng.pick(QUEBEC_STREETS)}`;
  const names = site === 'home' ? [...STREETS.slice(4), ...RESIDENTIAL] : STREETS;
  const number = site === 'home' ? rng.int(10, 9899) : rng.int(100, 19_999);
  return `${number} ${rng.pick(names)}`;
}

/** A street address of a kind of site in city `c`. */
export function siteAddress(rng: Rng, c: City, site: Site): Address {
  const base = street(rng, c, site);
  const line1 =
    site === 'office'
      ? rng.chance(0.7)
        ? `${base}, Suite ${rng.int(1, 18)}${rng.pick(['00', '10', '20', '50'])}`
        : base
      : site === 'industrial'
        ? `${base}, Unit ${rng.pick(['A', 'B', 'C', 'D', '4', '7', '12'])}`
        : site === 'jobsite'
          ? `${base} (job site, ${rng.pick(['Lot', 'Bldg', 'Phase'])} ${rng.int(1, 40)})`
          : site === 'campus'
            ? `${base}, ${rng.pick(['Receiving', 'Facilities', 'Central Stores', 'Bldg C'])}`
            : site === 'clinic'
              ? `${base}, ${rng.pick(['Suite', 'Floor'])} ${rng.int(1, 4)}`
              : rng.chance(0.3)
                ? `${base}, Apt ${rng.int(1, 40)}${rng.pick(['', 'A', 'B'])}`
                : base;
  return { country: c.country, postalCode: postalCode(rng, c), city: c.city, line1 };
}

/** The tax rate (percent) at an address in one of the cities, or zero. */
export function taxAt(a: Address): number {
  return CITIES.find((c) => c.city === a.city && c.country === a.country)?.tax ?? 0;
}

export function cityOf(a: Address): City | undefined {
  return CITIES.find((c) => c.city === a.city && c.country === a.country);
}
