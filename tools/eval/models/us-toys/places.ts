import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/** Where the store's buyers live and ship to: the 50 states and DC, Canada, APO/FPO, and a few places it must not. */

/** An address with its state or province, as the shop sends it. */
export type Place = Address & { region?: string };

export interface State {
  code: string;
  /** UTC offset in December. */
  tz: number;
  /** Share of orders. */
  weight: number;
  /** Combined state and local sales tax on toys. */
  tax: number;
  cities: ReadonlyArray<readonly [string, string]>;
}

const s = (
  code: string,
  tz: number,
  weight: number,
  tax: number,
  ...cities: Array<[string, string]>
): State => ({
  code,
  tz,
  weight,
  tax,
  cities,
});

export const STATES: readonly State[] = [
  s(
    'CA',
    -8,
    12,
    0.0825,
    ['Los Angeles', '90026'],
    ['San Diego', '92117'],
    ['San Jose', '95123'],
    ['Fresno', '93722'],
    ['Sacramento', '95822'],
  ),
  s(
    'TX',
    -6,
    9,
    0.0825,
    ['Houston', '77084'],
    ['Dallas', '75228'],
    ['San Antonio', '78249'],
    ['Austin', '78745'],
    ['Fort Worth', '76133'],
  ),
  s(
    'FL',
    -5,
    7,
    0.07,
    ['Jacksonville', '32210'],
    ['Miami', '33186'],
    ['Tampa', '33647'],
    ['Orlando', '32828'],
  ),
  s(
    'NY',
    -5,
    6,
    0.08875,
    ['Brooklyn', '11236'],
    ['Buffalo', '14215'],
    ['Rochester', '14609'],
    ['Yonkers', '10701'],
  ),
  s('PA', -5, 4, 0.06, ['Philadelphia', '19111'], ['Pittsburgh', '15212'], ['Allentown', '18103']),
  s('IL', -6, 4, 0.0925, ['Chicago', '60629'], ['Naperville', '60565'], ['Aurora', '60506']),
  s('OH', -5, 3.5, 0.0725, ['Columbus', '43229'], ['Cleveland', '44111'], ['Cincinnati', '45238']),
  s('GA', -5, 3.3, 0.08, ['Atlanta', '30318'], ['Marietta', '30060'], ['Savannah', '31405']),
  s('NC', -5, 3.2, 0.0725, ['Charlotte', '28269'], ['Raleigh', '27610'], ['Greensboro', '27405']),
  s('MI', -5, 3, 0.06, ['Detroit', '48228'], ['Grand Rapids', '49504'], ['Warren', '48091']),
  s('NJ', -5, 2.8, 0.06625, ['Newark', '07105'], ['Jersey City', '07305'], ['Edison', '08817']),
  s('VA', -5, 2.6, 0.06, ['Virginia Beach', '23464'], ['Chesapeake', '23320'], ['Arlington', '22204']),
  s('WA', -8, 2.4, 0.101, ['Seattle', '98103'], ['Spokane', '99208'], ['Tacoma', '98444']),
  s('AZ', -7, 2.3, 0.086, ['Phoenix', '85032'], ['Tucson', '85710'], ['Mesa', '85204']),
  s('MA', -5, 2.1, 0.0625, ['Boston', '02124'], ['Worcester', '01604'], ['Springfield', '01109']),
  s('TN', -6, 2.1, 0.0955, ['Nashville', '37013'], ['Memphis', '38118'], ['Knoxville', '37918']),
  s('IN', -5, 2, 0.07, ['Indianapolis', '46227'], ['Fort Wayne', '46835']),
  s('MO', -6, 1.9, 0.084, ['Kansas City', '64118'], ['St. Louis', '63116']),
  s('MD', -5, 1.9, 0.06, ['Baltimore', '21215'], ['Silver Spring', '20906']),
  s('CO', -7, 1.8, 0.083, ['Denver', '80219'], ['Colorado Springs', '80918']),
  s('MN', -6, 1.7, 0.0788, ['Minneapolis', '55407'], ['St. Paul', '55106']),
  s('WI', -6, 1.7, 0.055, ['Milwaukee', '53215'], ['Madison', '53711']),
  s('SC', -5, 1.5, 0.075, ['Columbia', '29223'], ['Charleston', '29407']),
  s('AL', -6, 1.5, 0.09, ['Birmingham', '35211'], ['Huntsville', '35810']),
  s('LA', -6, 1.4, 0.0955, ['New Orleans', '70119'], ['Baton Rouge', '70810']),
  s('KY', -5, 1.3, 0.06, ['Louisville', '40299'], ['Lexington', '40517']),
  s('OR', -8, 1.2, 0, ['Portland', '97229'], ['Salem', '97301'], ['Eugene', '97402']),
  s('OK', -6, 1.2, 0.0895, ['Oklahoma City', '73120'], ['Tulsa', '74133']),
  s('CT', -5, 1.1, 0.0635, ['Bridgeport', '06606'], ['Hartford', '06106']),
  s('UT', -7, 1, 0.0719, ['Salt Lake City', '84118'], ['Provo', '84604']),
  s('NV', -8, 0.9, 0.0838, ['Las Vegas', '89123'], ['Henderson', '89052'], ['Reno', '89502']),
  s('IA', -6, 0.9, 0.069, ['Des Moines', '50310'], ['Cedar Rapids', '52402']),
  s('KS', -6, 0.9, 0.087, ['Wichita', '67212'], ['Overland Park', '66213']),
  s('AR', -6, 0.9, 0.0945, ['Little Rock', '72205'], ['Fayetteville', '72703']),
  s('MS', -6, 0.9, 0.07, ['Jackson', '39211'], ['Gulfport', '39503']),
  s('NM', -7, 0.6, 0.0762, ['Albuquerque', '87111'], ['Las Cruces', '88001']),
  s('NE', -6, 0.6, 0.0695, ['Omaha', '68104'], ['Lincoln', '68506']),
  s('ID', -7, 0.6, 0.06, ['Boise', '83709'], ['Meridian', '83642']),
  s('WV', -5, 0.5, 0.065, ['Charleston', '25302'], ['Morgantown', '26505']),
  s('HI', -10, 0.4, 0.045, ['Honolulu', '96817'], ['Hilo', '96720']),
  s('ME', -5, 0.4, 0.055, ['Portland', '04103'], ['Bangor', '04401']),
  s('NH', -5, 0.4, 0, ['Manchester', '03103'], ['Nashua', '03062']),
  s('RI', -5, 0.3, 0.07, ['Providence', '02908'], ['Warwick', '02886']),
  s('DE', -5, 0.3, 0, ['Wilmington', '19805'], ['Dover', '19901']),
  s('MT', -7, 0.3, 0, ['Billings', '59102'], ['Missoula', '59801']),
  s('SD', -6, 0.3, 0.064, ['Sioux Falls', '57106'], ['Rapid City', '57701']),
  s('AK', -9, 0.2, 0, ['Anchorage', '99504'], ['Fairbanks', '99709']),
  s('ND', -6, 0.2, 0.07, ['Fargo', '58103'], ['Bismarck', '58501']),
  s('VT', -5, 0.2, 0.06, ['Burlington', '05401'], ['Rutland', '05701']),
  s('WY', -7, 0.2, 0.054, ['Cheyenne', '82001'], ['Casper', '82601']),
  s('DC', -5, 0.2, 0.06, ['Washington', '20011'], ['Washington', '20002']),
];

export const stateOf = (code: string): State => STATES.find((x) => x.code === code) ?? (STATES[0] as State);

export const pickState = (rng: Rng): State => rng.weightedPick(STATES.map((x) => [x, x.weight] as const));

const STREETS = [
  'Maple',
  'Oak',
  'Cedar',
  'Elm',
  'Pine',
  'Walnut',
  'Willow',
  'Main',
  'Park',
  'Lake',
  'Hillcrest',
  'Sunset',
  'Highland',
  'Ridge',
  'Meadow',
  'Forest',
  'Washington',
  'Lincoln',
  'Jefferson',
  'Madison',
  'Franklin',
  'Church',
  'Spring',
  'Magnolia',
  'Dogwood',
  'Chestnut',
  'Sycamore',
  'Birch',
  'River',
  'Valley',
];
const SUFFIXES = ['St', 'Ave', 'Dr', 'Ln', 'Ct', 'Rd', 'Blvd', 'Way', 'Pl', 'Cir'];

export const streetLine = (rng: Rng): string =>
  `${rng.int(10, 9899)} ${rng.pick(STREETS)} ${rng.pick(SUFFIXES)}${rng.chance(0.18) ? ` Apt ${rng.int(1, 40)}${rng.pick(['', 'A', 'B'])}` : ''}`;

/** A home in a state: a street address in one of its cities. */
export function homeIn(rng: Rng, st: State): Place {
  const [city, zip] = rng.pick(st.cities);
  return { country: 'US', region: st.code, city, postalCode: zip, line1: streetLine(rng) };
}

export interface Province {
  code: string;
  tz: number;
  weight: number;
  cities: ReadonlyArray<readonly [string, string]>;
}

export const PROVINCES: readonly Province[] = [
  {
    code: 'ON',
    tz: -5,
    weight: 40,
    cities: [
      ['Toronto', 'M4C 1B5'],
      ['Ottawa', 'K2P 0A4'],
      ['Mississauga', 'L5B 3C2'],
    ],
  },
  {
    code: 'QC',
    tz: -5,
    weight: 18,
    cities: [
      ['Montréal', 'H2X 1Y4'],
      ['Laval', 'H7N 5H9'],
    ],
  },
  {
    code: 'BC',
    tz: -8,
    weight: 16,
    cities: [
      ['Vancouver', 'V5K 0A1'],
      ['Surrey', 'V3T 4H8'],
    ],
  },
  {
    code: 'AB',
    tz: -7,
    weight: 14,
    cities: [
      ['Calgary', 'T2E 7L9'],
      ['Edmonton', 'T6E 5A1'],
    ],
  },
  { code: 'MB', tz: -6, weight: 5, cities: [['Winnipeg', 'R3T 2N2']] },
  { code: 'NS', tz: -4, weight: 4, cities: [['Halifax', 'B3H 4R2']] },
];

export function canadianHome(rng: Rng): { place: Place; tz: number } {
  const p = rng.weightedPick(PROVINCES.map((x) => [x, x.weight] as const));
  const [city, postalCode] = rng.pick(p.cities);
  return { place: { country: 'CA', region: p.code, city, postalCode, line1: streetLine(rng) }, tz: p.tz };
}

/** Military mail: a unit box routed through APO/FPO, and the country the family is stationed in. */
export interface Posting {
  place: Place;
  host: 'DE' | 'IT' | 'JP' | 'KR' | 'US';
  tz: number;
}

const POSTINGS: ReadonlyArray<readonly [string, string, string, Posting['host'], number]> = [
  ['APO', 'AE', '09094', 'DE', 1],
  ['APO', 'AE', '09112', 'DE', 1],
  ['APO', 'AE', '09630', 'IT', 1],
  ['FPO', 'AP', '96349', 'JP', 9],
  ['APO', 'AP', '96368', 'JP', 9],
  ['APO', 'AP', '96271', 'KR', 9],
  ['FPO', 'AE', '09501', 'US', -5],
];

export function militaryPosting(rng: Rng): Posting {
  const [city, region, zip, host, tz] = rng.pick(POSTINGS);
  return {
    place: {
      country: 'US',
      region,
      city,
      postalCode: zip,
      line1: `Unit ${rng.int(2000, 9999)} Box ${rng.int(1, 999)}`,
    },
    host,
    tz,
  };
}

/** The store's own shops, for pickup: one or two in each state's first cities. */
export function storeIn(rng: Rng, st: State): string {
  return `PH-${st.code}-${String(rng.int(1, 3) * 100 + (st.cities.length % 7)).padStart(4, '0')}`;
}

/** Freight forwarders and reshipping warehouses: tax-free or port states, a suite for each "customer". */
const RESHIPPERS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['DE', 'New Castle', '19720', '12 Bellecor Dr'],
  ['DE', 'Wilmington', '19801', '501 Silverside Rd'],
  ['OR', 'Portland', '97230', '4380 NE 122nd Ave'],
  ['OR', 'Portland', '97218', '8800 NE Alderwood Rd'],
  ['NJ', 'Kearny', '07032', '1100 Harrison Ave'],
  ['FL', 'Doral', '33172', '8400 NW 25th St'],
  ['FL', 'Miami', '33166', '2020 NW 84th Ave'],
];

export function reshipper(rng: Rng, index?: number): Place {
  const [region, city, postalCode, street] =
    index === undefined
      ? rng.pick(RESHIPPERS)
      : (RESHIPPERS[index % RESHIPPERS.length] ?? rng.pick(RESHIPPERS));
  return {
    country: 'US',
    region,
    city,
    postalCode,
    line1: `${street} Ste ${rng.pick(['', 'A', 'B'])}${rng.int(100, 9999)}`,
  };
}

/** Places under comprehensive sanctions the store must not sell to. */
export const SANCTIONED_PLACES: readonly Place[] = [
  { country: 'CU', region: 'La Habana', city: 'La Habana', postalCode: '10400' },
  { country: 'CU', region: 'Santiago de Cuba', city: 'Santiago de Cuba', postalCode: '90100' },
  { country: 'CU', region: 'Holguín', city: 'Holguín', postalCode: '80100' },
  { country: 'IR', region: 'Tehran', city: 'Tehran', postalCode: '1599813511' },
  { country: 'IR', region: 'Isfahan', city: 'Isfahan', postalCode: '8174673441' },
  { country: 'SY', region: 'Damascus', city: 'Damascus' },
  { country: 'SY', region: 'Aleppo', city: 'Aleppo' },
  { country: 'UA', region: 'Crimea', city: 'Simferopol', postalCode: '95000' },
  { country: 'UA', region: 'Sevastopol', city: 'Sevastopol', postalCode: '99000' },
  { country: 'UA', region: 'Donetsk', city: 'Donetsk', postalCode: '83000' },
  { country: 'UA', region: 'Luhansk', city: 'Luhansk', postalCode: '91000' },
];

export const SANCTIONED = new Set(['CU', 'IR', 'KP', 'SY', 'UA']);
