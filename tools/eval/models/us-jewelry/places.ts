import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the store's customers live and where its parcels go: US states (UTC offset in February, share of orders,
 * sales tax the store collects, cities with ZIP prefixes), Canadian provinces and British cities, the showroom on
 * West 47th Street, FedEx hold locations, offices, and the reshipping warehouses stolen goods are sent to.
 */

export type Country = 'US' | 'CA' | 'GB';

export interface Region {
  code: string;
  country: Country;
  /** UTC offset in February (standard time). */
  tz: number;
  weight: number;
  /** Sales tax the store collects on goods shipped there (0 outside the US and in states without one). */
  tax: number;
  cities: ReadonlyArray<readonly [string, string]>;
}

const us = (code: string, tz: number, weight: number, tax: number, cities: Region['cities']): Region => ({
  code,
  country: 'US',
  tz,
  weight,
  tax,
  cities,
});

export const US_STATES: readonly Region[] = [
  us('NY', -5, 13, 0.08875, [
    ['New York', '100'],
    ['Brooklyn', '112'],
    ['Yonkers', '107'],
    ['Great Neck', '110'],
    ['Scarsdale', '105'],
    ['Rochester', '146'],
  ]),
  us('NJ', -5, 6, 0.06625, [
    ['Hoboken', '070'],
    ['Montclair', '070'],
    ['Princeton', '085'],
    ['Jersey City', '073'],
    ['Cherry Hill', '080'],
  ]),
  us('CT', -5, 2, 0.0635, [
    ['Greenwich', '068'],
    ['Stamford', '069'],
    ['New Haven', '065'],
  ]),
  us('MA', -5, 3.5, 0.0625, [
    ['Boston', '021'],
    ['Cambridge', '021'],
    ['Newton', '024'],
    ['Worcester', '016'],
  ]),
  us('PA', -5, 4, 0.06, [
    ['Philadelphia', '191'],
    ['Pittsburgh', '152'],
    ['Bryn Mawr', '190'],
  ]),
  us('MD', -5, 2, 0.06, [
    ['Bethesda', '208'],
    ['Baltimore', '212'],
    ['Rockville', '208'],
  ]),
  us('VA', -5, 2.5, 0.053, [
    ['Arlington', '222'],
    ['Alexandria', '223'],
    ['Richmond', '232'],
  ]),
  us('NC', -5, 2.5, 0.0475, [
    ['Charlotte', '282'],
    ['Raleigh', '276'],
    ['Durham', '277'],
  ]),
  us('GA', -5, 3, 0.04, [
    ['Atlanta', '303'],
    ['Alpharetta', '300'],
    ['Savannah', '314'],
  ]),
  us('FL', -5, 7, 0.06, [
    ['Miami', '331'],
    ['Boca Raton', '334'],
    ['Orlando', '328'],
    ['Tampa', '336'],
    ['Naples', '341'],
  ]),
  us('OH', -5, 2.5, 0.0575, [
    ['Columbus', '432'],
    ['Cleveland', '441'],
    ['Cincinnati', '452'],
  ]),
  us('MI', -5, 2.5, 0.06, [
    ['Detroit', '482'],
    ['Ann Arbor', '481'],
    ['Grand Rapids', '495'],
  ]),
  us('IL', -6, 5, 0.0625, [
    ['Chicago', '606'],
    ['Evanston', '602'],
    ['Naperville', '605'],
  ]),
  us('TX', -6, 9, 0.0625, [
    ['Houston', '770'],
    ['Dallas', '752'],
    ['Austin', '787'],
    ['San Antonio', '782'],
    ['Plano', '750'],
  ]),
  us('MN', -6, 1.5, 0.06875, [
    ['Minneapolis', '554'],
    ['St Paul', '551'],
  ]),
  us('TN', -6, 1.5, 0.07, [
    ['Nashville', '372'],
    ['Memphis', '381'],
  ]),
  us('CO', -7, 2, 0.029, [
    ['Denver', '802'],
    ['Boulder', '803'],
  ]),
  us('AZ', -7, 2, 0.056, [
    ['Phoenix', '850'],
    ['Scottsdale', '852'],
    ['Tucson', '857'],
  ]),
  us('UT', -7, 1, 0.061, [['Salt Lake City', '841']]),
  us('NV', -8, 1.2, 0.0685, [
    ['Las Vegas', '891'],
    ['Henderson', '890'],
  ]),
  us('CA', -8, 12, 0.0725, [
    ['Los Angeles', '900'],
    ['San Francisco', '941'],
    ['San Diego', '921'],
    ['Irvine', '926'],
    ['San Jose', '951'],
    ['Beverly Hills', '902'],
  ]),
  us('WA', -8, 2.5, 0.065, [
    ['Seattle', '981'],
    ['Bellevue', '980'],
  ]),
  us('OR', -8, 1, 0, [
    ['Portland', '972'],
    ['Bend', '977'],
  ]),
  us('DE', -5, 0.4, 0, [
    ['Wilmington', '198'],
    ['Newark', '197'],
  ]),
  us('HI', -10, 0.4, 0.04, [['Honolulu', '968']]),
];

export const CA_PROVINCES: readonly Region[] = [
  {
    code: 'ON',
    country: 'CA',
    tz: -5,
    weight: 5,
    tax: 0,
    cities: [
      ['Toronto', 'M5V'],
      ['Ottawa', 'K1P'],
      ['Mississauga', 'L5B'],
    ],
  },
  { code: 'BC', country: 'CA', tz: -8, weight: 2, tax: 0, cities: [['Vancouver', 'V6B']] },
  { code: 'QC', country: 'CA', tz: -5, weight: 2, tax: 0, cities: [['Montreal', 'H3B']] },
  {
    code: 'AB',
    country: 'CA',
    tz: -7,
    weight: 1.5,
    tax: 0,
    cities: [
      ['Calgary', 'T2P'],
      ['Edmonton', 'T5J'],
    ],
  },
];

export const GB_REGIONS: readonly Region[] = [
  {
    code: 'LDN',
    country: 'GB',
    tz: 0,
    weight: 5,
    tax: 0,
    cities: [
      ['London', 'SW1A'],
      ['London', 'EC1A'],
      ['London', 'W8'],
    ],
  },
  { code: 'NW', country: 'GB', tz: 0, weight: 1.5, tax: 0, cities: [['Manchester', 'M1']] },
  { code: 'SCT', country: 'GB', tz: 0, weight: 1, tax: 0, cities: [['Edinburgh', 'EH1']] },
];

/** A place someone lives or works: the region (for tax and time zone) and the address as the store records it. */
export interface Place {
  region: Region;
  address: Address;
}

const STREETS = [
  'Maple Ave',
  'Oak St',
  'Park Ave',
  'Washington St',
  'Elm St',
  'Lake Shore Dr',
  'Main St',
  'Cedar Ln',
  'Highland Ave',
  'Riverside Dr',
  'Sunset Blvd',
  'Madison Ave',
  'Pine St',
  'Chestnut St',
  'Broadway',
  'Willow Rd',
  'Spring St',
  'Franklin Ave',
  'Hillcrest Rd',
  'Jefferson St',
];
const UK_STREETS = ['Kensington High St', 'Marylebone Ln', 'Deansgate', 'George St', 'Upper St', 'King’s Rd'];

function postal(rng: Rng, region: Region, prefix: string): string {
  if (region.country === 'US') return `${prefix}${rng.digits(2)}`;
  if (region.country === 'CA')
    return `${prefix} ${rng.int(1, 9)}${rng.token(1, 'ABCEGHJKLMNPRSTVXY')}${rng.int(1, 9)}`;
  return `${prefix} ${rng.int(1, 9)}${rng.token(2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
}

/** A street address in `region`, an apartment now and then. */
export function addressIn(rng: Rng, region: Region): Address {
  const [city, prefix] = rng.pick(region.cities);
  const street = region.country === 'GB' ? rng.pick(UK_STREETS) : rng.pick(STREETS);
  const unit = rng.chance(0.35)
    ? region.country === 'GB'
      ? `Flat ${rng.int(1, 40)}, `
      : `, Apt ${rng.int(1, 30)}${rng.pick(['A', 'B', 'C', 'D', 'F', 'R'])}`
    : '';
  const number = rng.int(3, 4800);
  const line1 = region.country === 'GB' ? `${unit}${number % 300} ${street}` : `${number} ${street}${unit}`;
  return { country: region.country, postalCode: postal(rng, region, prefix), city, line1 };
}

export const regionsOf = (country: Country): readonly Region[] =>
  country === 'US' ? US_STATES : country === 'CA' ? CA_PROVINCES : GB_REGIONS;

/** A region of `country`, by its share of orders. */
export const pickRegion = (rng: Rng, country: Country): Region =>
  rng.weightedPick(regionsOf(country).map((r) => [r, r.weight] as const));

/** Where a customer lives: the US, now and then Canada or the UK. */
export function homePlace(rng: Rng, abroad = 0.035): Place {
  const country: Country = rng.chance(abroad) ? (rng.chance(0.65) ? 'CA' : 'GB') : 'US';
  const region = pickRegion(rng, country);
  return { region, address: addressIn(rng, region) };
}

/** Another address in the same region (a partner across town, a parent's house). */
export function nearby(rng: Rng, region: Region): Place {
  return { region, address: addressIn(rng, region) };
}

const OFFICE_BUILDINGS = [
  'One Liberty Plaza',
  '200 Park Ave',
  '1 World Trade Center',
  '350 N Orleans St',
  '101 California St',
  '500 Boylston St',
  '1000 Main St',
  '2001 Ross Ave',
  '1 Alliance Center',
  '3 Bryant Park',
];

/** An office in `region` (a floor of a tower, a suite), with the company's mail room. */
export function officeIn(rng: Rng, region: Region): Place {
  const [city, prefix] = rng.pick(region.cities);
  return {
    region,
    address: {
      country: region.country,
      postalCode: postal(rng, region, prefix),
      city,
      line1: `${rng.pick(OFFICE_BUILDINGS)}, ${rng.chance(0.5) ? 'Floor' : 'Suite'} ${rng.int(2, 60)}`,
    },
  };
}

/** A FedEx hold location (an Office store or a Walgreens counter) in the same city as `near`. */
export function holdLocation(rng: Rng, near: Place): Place {
  const city = near.address.city ?? near.region.cities[0]?.[0] ?? 'New York';
  const prefix = (near.address.postalCode ?? '10001').slice(0, 3);
  return {
    region: near.region,
    address: {
      country: near.region.country,
      postalCode: `${prefix}${rng.digits(2)}`,
      city,
      line1: `${rng.chance(0.7) ? 'FedEx Office Print & Ship Center' : 'Walgreens (FedEx OnSite)'} #${rng.int(1000, 6999)}, HOLD AT LOCATION`,
    },
  };
}

/** The showroom: pickups by appointment, ID and card shown. */
export const SHOWROOM: Address = {
  country: 'US',
  postalCode: '10036',
  city: 'New York',
  line1: '20 W 47th St, Suite 1201',
};

/**
 * Reshipping and freight-forwarding warehouses: sales-tax-free Delaware and Oregon, New Jersey near the port,
 * Miami's forwarders to Latin America. Mules and "package forwarding jobs" sit behind the same doors.
 */
const RESHIP: ReadonlyArray<readonly [string, string, string, string]> = [
  ['DE', 'New Castle', '19720', '501 Churchmans Rd'],
  ['DE', 'Wilmington', '19801', '1201 N Orange St'],
  ['DE', 'Newark', '19702', '200 Continental Dr'],
  ['OR', 'Portland', '97218', '7600 NE Airport Way'],
  ['OR', 'Tigard', '97223', '11825 SW Greenburg Rd'],
  ['NJ', 'Elizabeth', '07201', '1000 Dowd Ave'],
  ['NJ', 'Linden', '07036', '1600 Lower Rd'],
  ['FL', 'Doral', '33166', '8256 NW 30th Ter'],
  ['FL', 'Miami', '33172', '10405 NW 37th Ter'],
];

export function reshipAddress(rng: Rng): Place {
  const [code, city, zip, street] = rng.pick(RESHIP);
  const region = US_STATES.find((r) => r.code === code) ?? (US_STATES[0] as Region);
  return {
    region,
    address: {
      country: 'US',
      postalCode: zip,
      city,
      line1: `${street}, Ste ${rng.int(100, 999)}-${rng.digits(5)}`,
    },
  };
}
