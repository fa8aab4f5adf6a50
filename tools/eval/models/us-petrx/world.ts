import geoip from 'geoip-country';
import { type Address, DAY, HOUR, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * PawPantry's calendar, places and networks: two weeks of flea and tick season (Monday 17 to Sunday 30 May
 * 2027, the Memorial Day weekend sale at the end), the states, Puerto Rico and Canada it ships to, the freight
 * forwarders stolen goods go through, and IP blocks that geoip-country places in the intended country.
 */

/** Midnight Eastern Daylight Time, Monday 17 May 2027. */
export const START = Date.UTC(2027, 4, 17, 4, 0, 0);
export const DAYS = 14;

/** A UTC day's weight: weekends a little quieter, the Memorial Day sale (Fri 28 – Sun 30 May) busier. */
function dayWeight(t: number): number {
  const d = new Date(t);
  const dow = d.getUTCDay();
  let w = dow === 6 ? 0.85 : dow === 0 ? 0.95 : 1;
  if (d.getUTCFullYear() === 2027 && d.getUTCMonth() === 4 && d.getUTCDate() >= 28) w *= 1.4;
  // Flea and tick season builds through May.
  if (d.getUTCFullYear() === 2027 && d.getUTCMonth() === 4) w *= 1 + (d.getUTCDate() - 17) * 0.015;
  return w;
}

/** Shoppers' local hours: a morning bump, lunch, and the evening peak after work. */
const HOURS = [
  0.35, 0.2, 0.1, 0.06, 0.05, 0.08, 0.25, 0.55, 0.75, 0.85, 0.9, 0.95, 1.05, 1.0, 0.9, 0.85, 0.9, 1.0, 1.15,
  1.35, 1.45, 1.35, 1.0, 0.6,
];
/** Office hours on weekdays, for clinics, shelters and breeders' admin. */
const OFFICE = [0, 0, 0, 0, 0, 0, 0.1, 0.5, 1, 1.2, 1.2, 1.1, 0.8, 1, 1.1, 1, 0.8, 0.4, 0.1, 0, 0, 0, 0, 0];
/** Card testers and bots run in the small hours. */
const NIGHT = [
  1.3, 1.4, 1.5, 1.5, 1.4, 1.2, 0.8, 0.5, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.4, 0.5,
  0.7, 0.9, 1.1,
];
export type Curve = 'shopper' | 'office' | 'night';
const CURVES: Record<Curve, number[]> = { shopper: HOURS, office: OFFICE, night: NIGHT };

/** A moment in the window, in the buyer's local hours (UTC offset `tz`) by the curve, weighted by day. */
export function when(rng: Rng, w: Window, tz: number, curve: Curve = 'shopper'): number {
  const hours = CURVES[curve];
  const max = Math.max(...hours) * 1.6;
  for (let i = 0; i < 600; i++) {
    const t = rng.float(w.start, w.end);
    const local = t + tz * HOUR;
    const h = new Date(local).getUTCHours();
    const weekend = [0, 6].includes(new Date(local).getUTCDay());
    const office = curve === 'office' && weekend ? 0.1 : 1;
    if (rng.next() * max < (hours[h] ?? 0) * dayWeight(local) * office) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** The autoship batch runs every morning at 06:00–07:30 Eastern; the moment of one renewal in that run. */
export function autoshipRun(rng: Rng, w: Window): number {
  const days = Math.max(1, Math.floor((w.end - w.start) / DAY));
  for (let i = 0; i < 50; i++) {
    const day = w.start - ((w.start - 4 * HOUR) % DAY) + rng.int(0, days) * DAY;
    const t = day + 6 * HOUR + rng.int(0, 90 * 60_000);
    if (t >= w.start && t < w.end) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}

// --- places ----------------------------------------------------------------------------------------------

export interface State {
  code: string;
  weight: number;
  /** UTC offset in May. */
  tz: number;
  /** Sales tax the store collects (a simplified statewide rate). */
  tax: number;
  cities: ReadonlyArray<readonly [string, string]>;
}

/** The states most orders come from, with cities and ZIP codes (weights roughly by population). */
export const STATES: readonly State[] = [
  {
    code: 'CA',
    weight: 11,
    tz: -7,
    tax: 0.0825,
    cities: [
      ['Los Angeles', '90034'],
      ['San Diego', '92104'],
      ['Sacramento', '95819'],
      ['San Jose', '95125'],
      ['Fresno', '93710'],
    ],
  },
  {
    code: 'TX',
    weight: 9,
    tz: -5,
    tax: 0.0625,
    cities: [
      ['Houston', '77008'],
      ['Dallas', '75214'],
      ['Austin', '78704'],
      ['San Antonio', '78209'],
      ['Plano', '75093'],
    ],
  },
  {
    code: 'FL',
    weight: 7.5,
    tz: -4,
    tax: 0.06,
    cities: [
      ['Tampa', '33611'],
      ['Orlando', '32803'],
      ['Jacksonville', '32205'],
      ['Fort Myers', '33907'],
      ['Miami', '33155'],
    ],
  },
  {
    code: 'NY',
    weight: 5.5,
    tz: -4,
    tax: 0.08,
    cities: [
      ['Brooklyn', '11215'],
      ['Buffalo', '14216'],
      ['Rochester', '14618'],
      ['Albany', '12203'],
    ],
  },
  {
    code: 'PA',
    weight: 4,
    tz: -4,
    tax: 0.06,
    cities: [
      ['Philadelphia', '19147'],
      ['Pittsburgh', '15217'],
      ['Allentown', '18104'],
    ],
  },
  {
    code: 'IL',
    weight: 3.8,
    tz: -5,
    tax: 0.0625,
    cities: [
      ['Chicago', '60614'],
      ['Naperville', '60540'],
      ['Peoria', '61614'],
    ],
  },
  {
    code: 'OH',
    weight: 3.6,
    tz: -4,
    tax: 0.0575,
    cities: [
      ['Columbus', '43214'],
      ['Cleveland', '44107'],
      ['Cincinnati', '45208'],
    ],
  },
  {
    code: 'GA',
    weight: 3.3,
    tz: -4,
    tax: 0.04,
    cities: [
      ['Atlanta', '30306'],
      ['Savannah', '31405'],
      ['Marietta', '30062'],
    ],
  },
  {
    code: 'NC',
    weight: 3.2,
    tz: -4,
    tax: 0.0475,
    cities: [
      ['Charlotte', '28205'],
      ['Raleigh', '27607'],
      ['Asheville', '28803'],
    ],
  },
  {
    code: 'MI',
    weight: 3,
    tz: -4,
    tax: 0.06,
    cities: [
      ['Detroit', '48207'],
      ['Grand Rapids', '49503'],
      ['Ann Arbor', '48104'],
    ],
  },
  {
    code: 'NJ',
    weight: 2.8,
    tz: -4,
    tax: 0.06625,
    cities: [
      ['Newark', '07104'],
      ['Jersey City', '07302'],
      ['Cherry Hill', '08002'],
    ],
  },
  {
    code: 'VA',
    weight: 2.6,
    tz: -4,
    tax: 0.053,
    cities: [
      ['Richmond', '23220'],
      ['Virginia Beach', '23451'],
      ['Arlington', '22201'],
    ],
  },
  {
    code: 'WA',
    weight: 2.4,
    tz: -7,
    tax: 0.065,
    cities: [
      ['Seattle', '98115'],
      ['Spokane', '99203'],
      ['Tacoma', '98406'],
    ],
  },
  {
    code: 'AZ',
    weight: 2.3,
    tz: -7,
    tax: 0.056,
    cities: [
      ['Phoenix', '85018'],
      ['Tucson', '85716'],
      ['Mesa', '85204'],
    ],
  },
  {
    code: 'MA',
    weight: 2.1,
    tz: -4,
    tax: 0.0625,
    cities: [
      ['Boston', '02130'],
      ['Worcester', '01602'],
      ['Springfield', '01108'],
    ],
  },
  {
    code: 'TN',
    weight: 2.1,
    tz: -5,
    tax: 0.07,
    cities: [
      ['Nashville', '37206'],
      ['Memphis', '38104'],
      ['Knoxville', '37919'],
    ],
  },
  {
    code: 'CO',
    weight: 1.9,
    tz: -6,
    tax: 0.029,
    cities: [
      ['Denver', '80210'],
      ['Colorado Springs', '80907'],
      ['Fort Collins', '80521'],
    ],
  },
  {
    code: 'MN',
    weight: 1.7,
    tz: -5,
    tax: 0.06875,
    cities: [
      ['Minneapolis', '55408'],
      ['Saint Paul', '55105'],
      ['Duluth', '55803'],
    ],
  },
  {
    code: 'OR',
    weight: 1.3,
    tz: -7,
    tax: 0,
    cities: [
      ['Portland', '97212'],
      ['Eugene', '97405'],
      ['Bend', '97701'],
    ],
  },
  {
    code: 'MO',
    weight: 1.8,
    tz: -5,
    tax: 0.04225,
    cities: [
      ['Kansas City', '64111'],
      ['St. Louis', '63109'],
      ['Springfield', '65804'],
    ],
  },
  {
    code: 'WI',
    weight: 1.7,
    tz: -5,
    tax: 0.05,
    cities: [
      ['Milwaukee', '53211'],
      ['Madison', '53705'],
      ['Green Bay', '54301'],
    ],
  },
  {
    code: 'SC',
    weight: 1.6,
    tz: -4,
    tax: 0.06,
    cities: [
      ['Charleston', '29407'],
      ['Columbia', '29205'],
      ['Greenville', '29601'],
    ],
  },
  {
    code: 'AL',
    weight: 1.4,
    tz: -5,
    tax: 0.04,
    cities: [
      ['Birmingham', '35209'],
      ['Huntsville', '35801'],
    ],
  },
  {
    code: 'LA',
    weight: 1.3,
    tz: -5,
    tax: 0.0445,
    cities: [
      ['New Orleans', '70115'],
      ['Baton Rouge', '70808'],
    ],
  },
  {
    code: 'KY',
    weight: 1.3,
    tz: -4,
    tax: 0.06,
    cities: [
      ['Louisville', '40205'],
      ['Lexington', '40502'],
    ],
  },
  {
    code: 'OK',
    weight: 1.2,
    tz: -5,
    tax: 0.045,
    cities: [
      ['Oklahoma City', '73118'],
      ['Tulsa', '74105'],
    ],
  },
  {
    code: 'UT',
    weight: 1.1,
    tz: -6,
    tax: 0.061,
    cities: [
      ['Salt Lake City', '84105'],
      ['Provo', '84604'],
    ],
  },
  {
    code: 'NV',
    weight: 1,
    tz: -7,
    tax: 0.0685,
    cities: [
      ['Las Vegas', '89123'],
      ['Reno', '89509'],
    ],
  },
  {
    code: 'IA',
    weight: 0.9,
    tz: -5,
    tax: 0.06,
    cities: [
      ['Des Moines', '50312'],
      ['Cedar Rapids', '52403'],
    ],
  },
  {
    code: 'KS',
    weight: 0.9,
    tz: -5,
    tax: 0.065,
    cities: [
      ['Wichita', '67208'],
      ['Overland Park', '66212'],
    ],
  },
  {
    code: 'NM',
    weight: 0.6,
    tz: -6,
    tax: 0.05,
    cities: [
      ['Albuquerque', '87106'],
      ['Santa Fe', '87505'],
    ],
  },
  {
    code: 'ME',
    weight: 0.4,
    tz: -4,
    tax: 0.055,
    cities: [
      ['Portland', '04103'],
      ['Bangor', '04401'],
    ],
  },
  {
    code: 'MT',
    weight: 0.35,
    tz: -6,
    tax: 0,
    cities: [
      ['Billings', '59102'],
      ['Missoula', '59801'],
    ],
  },
  {
    code: 'DE',
    weight: 0.3,
    tz: -4,
    tax: 0,
    cities: [
      ['Wilmington', '19806'],
      ['Dover', '19901'],
    ],
  },
  {
    code: 'AK',
    weight: 0.2,
    tz: -8,
    tax: 0,
    cities: [
      ['Anchorage', '99508'],
      ['Fairbanks', '99709'],
    ],
  },
  {
    code: 'HI',
    weight: 0.4,
    tz: -10,
    tax: 0.04,
    cities: [
      ['Honolulu', '96816'],
      ['Hilo', '96720'],
    ],
  },
  {
    code: 'NH',
    weight: 0.4,
    tz: -4,
    tax: 0,
    cities: [
      ['Manchester', '03104'],
      ['Nashua', '03060'],
    ],
  },
];

export const PUERTO_RICO: State = {
  code: 'PR',
  weight: 0,
  tz: -4,
  tax: 0.115,
  cities: [
    ['San Juan', '00907'],
    ['Bayamón', '00961'],
    ['Carolina', '00983'],
    ['Ponce', '00716'],
    ['Caguas', '00725'],
  ],
};

export const CANADA: State = {
  code: 'CA-ON',
  weight: 0,
  tz: -4,
  tax: 0,
  cities: [
    ['Toronto', 'M4C 1B5'],
    ['Ottawa', 'K1S 3W7'],
    ['Windsor', 'N9A 5K6'],
    ['Vancouver', 'V5L 2G4'],
    ['Calgary', 'T2T 0A8'],
  ],
};

const STREETS = [
  'Maple',
  'Oak',
  'Cedar',
  'Elm',
  'Pine',
  'Washington',
  'Lake',
  'Hill',
  'Park',
  'Sunset',
  'Lincoln',
  'Highland',
  'Willow',
  'Meadow',
  'River',
  'Church',
  'Ridge',
  'Walnut',
  'Jefferson',
  'Chestnut',
];
const SUFFIX = ['St', 'Ave', 'Dr', 'Ln', 'Rd', 'Ct', 'Blvd', 'Way', 'Pl'];

export const street = (rng: Rng): string =>
  `${rng.int(2, 9899)} ${rng.pick(STREETS)} ${rng.pick(SUFFIX)}${rng.chance(0.22) ? ` Apt ${rng.int(1, 40)}${rng.pick(['', 'A', 'B'])}` : ''}`;

/** A home address in a state (US and Puerto Rico carry the state in `region`, ignored by Vigil). */
export type Place = Address & { region?: string };

export function homeIn(rng: Rng, s: State): Place {
  const [city, zip] = rng.pick(s.cities);
  if (s === CANADA)
    return {
      country: 'CA',
      postalCode: zip,
      city,
      line1: street(rng),
      region: zip.startsWith('V') ? 'BC' : zip.startsWith('T') ? 'AB' : 'ON',
    };
  const country = s.code === 'PR' ? 'PR' : 'US';
  const plus = rng.chance(0.5) ? zip : `${zip.slice(0, 3)}${String(rng.int(0, 99)).padStart(2, '0')}`;
  return { country, postalCode: plus, city, line1: street(rng), region: s.code };
}

export const pickState = (rng: Rng): State => rng.weightedPick(STATES.map((s) => [s, s.weight] as const));

/** Military post offices: APO/FPO with the AE (Europe), AP (Pacific) state codes; the buyer is overseas. */
export const MILITARY: ReadonlyArray<{ city: string; region: string; zip: string; base: string }> = [
  { city: 'APO', region: 'AE', zip: '09096', base: 'DE' },
  { city: 'APO', region: 'AE', zip: '09180', base: 'DE' },
  { city: 'APO', region: 'AP', zip: '96338', base: 'JP' },
  { city: 'FPO', region: 'AP', zip: '96349', base: 'JP' },
  { city: 'APO', region: 'AP', zip: '96271', base: 'KR' },
];

/** Freight forwarders and reshipping warehouses (sales-tax-free states and Miami's export zone). */
export const FORWARDERS: readonly Place[] = [
  { country: 'US', postalCode: '19720', city: 'New Castle', line1: '58 Parkway Cir Ste 3', region: 'DE' },
  { country: 'US', postalCode: '19713', city: 'Newark', line1: '220 Executive Dr Ste 104', region: 'DE' },
  { country: 'US', postalCode: '97230', city: 'Portland', line1: '18225 NE Riverside Pkwy', region: 'OR' },
  { country: 'US', postalCode: '97062', city: 'Tualatin', line1: '11500 SW Herman Rd Ste B', region: 'OR' },
  { country: 'US', postalCode: '33166', city: 'Doral', line1: '8200 NW 33rd St Ste 200', region: 'FL' },
  { country: 'US', postalCode: '33172', city: 'Miami', line1: '10450 NW 29th Ter', region: 'FL' },
];

/** Partner pet stores where orders can be picked up (the order carries the store, not a delivery address). */
export const PARTNER_STORES = [
  'PP-Partner Austin #114',
  'PP-Partner Tampa #208',
  'PP-Partner Columbus #331',
  'PP-Partner Denver #402',
  'PP-Partner Charlotte #517',
  'PP-Partner Phoenix #620',
];

/** Metros with same-day delivery. */
export const SAME_DAY = new Set([
  'Brooklyn',
  'Chicago',
  'Los Angeles',
  'Dallas',
  'Atlanta',
  'Houston',
  'Seattle',
]);

// --- networks --------------------------------------------------------------------------------------------

export interface Network {
  name: string;
  country: string;
  /** IPv4 /16 prefixes, `a.b`. */
  v4: readonly string[];
  /** IPv6 /32 prefixes, `xxxx:xxxx`. */
  v6: readonly string[];
}

const range = (a: number, from: number, to: number, skip: number[] = []) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)
    .filter((b) => !skip.includes(b))
    .map((b) => `${a}.${b}`);

/**
 * Network kinds (the names say what a block stands for, not who holds it); each block was checked in a scratch
 * script to locate entirely in its country with geoip-country.
 */
export const NETWORKS = [
  {
    name: 'us_cable_a',
    country: 'US',
    v4: [...range(73, 0, 31), ...range(98, 32, 63), ...range(24, 0, 15)],
    v6: ['2601:0', '2601:14', '2601:1c0', '2601:280', '2601:646', '2601:8c'],
  },
  {
    name: 'us_cable_b',
    country: 'US',
    v4: [...range(76, 32, 63), ...range(68, 0, 15, [13])],
    v6: ['2603:6000', '2603:7000', '2603:8000'],
  },
  {
    name: 'us_fiber',
    country: 'US',
    v4: [...range(99, 0, 15, [10]), ...range(107, 64, 79), ...range(108, 0, 15)],
    v6: ['2600:1700', '2600:1702'],
  },
  { name: 'us_mobile_a', country: 'US', v4: range(172, 56, 63, [59]), v6: ['2607:fb91'] },
  { name: 'us_mobile_b', country: 'US', v4: range(174, 192, 223), v6: ['2600:1010', '2600:1012'] },
  {
    name: 'us_rural',
    country: 'US',
    v4: range(71, 128, 143, [131, 132, 136, 137]),
    v6: ['2600:387', '2605:a601'],
  },
  { name: 'us_campus', country: 'US', v4: [...range(128, 2, 15, [7, 14]), ...range(137, 84, 91)], v6: [] },
  {
    name: 'us_hosting',
    country: 'US',
    v4: [
      ...range(3, 12, 23),
      ...range(54, 0, 14),
      '104.196',
      '104.197',
      '104.201',
      '104.202',
      '159.1',
      '159.3',
      '159.4',
      '45.16',
      '45.17',
      '45.18',
    ],
    v6: ['2600:1f18', '2604:a880'],
  },
  { name: 'pr_isp', country: 'PR', v4: ['66.50', '70.45', '136.145', '164.42'], v6: [] },
  {
    name: 'ca_cable',
    country: 'CA',
    v4: [...range(99, 224, 255), ...range(174, 88, 95)],
    v6: ['2607:fea8', '2607:f2c0'],
  },
  {
    name: 'ca_telco',
    country: 'CA',
    v4: [...range(70, 24, 31), ...range(70, 48, 55), ...range(24, 64, 71)],
    v6: ['2001:56a', '2604:3d08'],
  },
  {
    name: 'de_isp',
    country: 'DE',
    v4: [...range(84, 128, 140), ...range(2, 200, 215)],
    v6: ['2003:e8', '2003:c0'],
  },
  { name: 'jp_isp', country: 'JP', v4: range(126, 0, 20), v6: ['240b:10', '2400:4050'] },
  { name: 'kr_isp', country: 'KR', v4: range(1, 224, 243), v6: [] },
  { name: 'ng_mobile', country: 'NG', v4: range(105, 112, 127), v6: [] },
  { name: 'vn_isp', country: 'VN', v4: range(14, 160, 191), v6: [] },
  { name: 'ir_isp', country: 'IR', v4: [...range(2, 176, 191), ...range(5, 112, 127)], v6: ['2a01:5ec0'] },
  { name: 'cu_isp', country: 'CU', v4: ['152.206', '152.207'], v6: [] },
  { name: 'sy_isp', country: 'SY', v4: ['31.9', '5.0', '178.52', '5.155'], v6: [] },
] as const satisfies readonly Network[];

export type NetworkName = (typeof NETWORKS)[number]['name'];
const BY_NAME = new Map<string, Network>(NETWORKS.map((n) => [n.name, n]));
export const network = (name: NetworkName): Network => BY_NAME.get(name) as Network;

export const US_HOME: readonly NetworkName[] = ['us_cable_a', 'us_cable_b', 'us_fiber', 'us_rural'];
export const US_MOBILE: readonly NetworkName[] = ['us_mobile_a', 'us_mobile_b'];

const hex = (rng: Rng) => rng.int(0, 0xffff).toString(16);

/** An address in a network: IPv6 when asked and the network has any. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0)
    return `${rng.pick(n.v6)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}`;
  return `${rng.pick(n.v4)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

/** An IP from a named network: IPv6 about 40 % of the time where the network has it (US ISPs do). */
export const ipFrom = (rng: Rng, name: NetworkName): string => address(rng, network(name), rng.chance(0.4));

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
