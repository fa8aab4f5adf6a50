import { type Address, DAY, HOUR, localHour } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the store's buyers are: Australian cities by state (UTC offsets in summer: Queensland keeps +10, the
 * south-east is on daylight time at +11, Adelaide +10.5, Darwin +9.5, Perth +8), New Zealand (+13), Singapore
 * (+8) and a few US cities; the Pilbara and Bowen Basin mining towns; Australia Post parcel lockers and PO boxes;
 * partner gyms that stock the brand (click and collect); freight forwarders.
 */

export const START = Date.UTC(2026, 11, 26, 14); // Sunday 27 December 2026, 00:00 in Brisbane
export const DAYS = 21;

export interface City {
  country: string;
  state: string;
  city: string;
  postcodes: readonly string[];
  tz: number;
  weight: number;
}

const au = (state: string, city: string, postcodes: string[], tz: number, weight: number): City => ({
  country: 'AU',
  state,
  city,
  postcodes,
  tz,
  weight,
});

export const AU_CITIES: readonly City[] = [
  au('QLD', 'Brisbane', ['4000', '4006', '4051', '4064', '4101', '4120', '4152', '4169', '4500'], 10, 16),
  au('QLD', 'Gold Coast', ['4217', '4218', '4220', '4211'], 10, 6),
  au('QLD', 'Sunshine Coast', ['4558', '4557', '4551'], 10, 3),
  au('QLD', 'Townsville', ['4810', '4812', '4814'], 10, 1.5),
  au('QLD', 'Cairns', ['4870', '4868'], 10, 1),
  au('QLD', 'Toowoomba', ['4350'], 10, 1),
  au(
    'NSW',
    'Sydney',
    ['2000', '2010', '2031', '2060', '2112', '2150', '2170', '2200', '2216', '2760'],
    11,
    20,
  ),
  au('NSW', 'Newcastle', ['2300', '2289', '2290'], 11, 2.5),
  au('NSW', 'Wollongong', ['2500', '2526'], 11, 1.5),
  au('ACT', 'Canberra', ['2600', '2602', '2615', '2905'], 11, 2),
  au('VIC', 'Melbourne', ['3000', '3011', '3052', '3121', '3141', '3175', '3199', '3805', '3029'], 11, 17),
  au('VIC', 'Geelong', ['3220', '3216'], 11, 1.5),
  au('TAS', 'Hobart', ['7000', '7018'], 11, 1),
  au('SA', 'Adelaide', ['5000', '5034', '5067', '5108', '5162'], 10.5, 5),
  au('WA', 'Perth', ['6000', '6018', '6050', '6107', '6155', '6164', '6027'], 8, 8),
  au('NT', 'Darwin', ['0800', '0810', '0830'], 9.5, 0.8),
];

/** Mining towns: FIFO and DIDO workers have parcels sent to a locker in town or to the site's post office box. */
export const MINING_TOWNS: readonly City[] = [
  au('WA', 'Karratha', ['6714'], 8, 3),
  au('WA', 'Port Hedland', ['6721'], 8, 2),
  au('WA', 'Newman', ['6753'], 8, 1),
  au('WA', 'Kalgoorlie', ['6430'], 8, 2),
  au('QLD', 'Moranbah', ['4744'], 10, 2),
  au('QLD', 'Emerald', ['4720'], 10, 1),
  au('QLD', 'Mount Isa', ['4825'], 10, 1),
];

export const NZ_CITIES: readonly City[] = [
  {
    country: 'NZ',
    state: 'AUK',
    city: 'Auckland',
    postcodes: ['1010', '1021', '0620', '2010'],
    tz: 13,
    weight: 5,
  },
  { country: 'NZ', state: 'WGN', city: 'Wellington', postcodes: ['6011', '6021', '5010'], tz: 13, weight: 2 },
  {
    country: 'NZ',
    state: 'CAN',
    city: 'Christchurch',
    postcodes: ['8011', '8041', '8053'],
    tz: 13,
    weight: 2,
  },
  { country: 'NZ', state: 'WKO', city: 'Hamilton', postcodes: ['3204', '3210'], tz: 13, weight: 1 },
  { country: 'NZ', state: 'BOP', city: 'Tauranga', postcodes: ['3110', '3112'], tz: 13, weight: 1 },
];

export const SG_CITIES: readonly City[] = [
  {
    country: 'SG',
    state: 'SG',
    city: 'Singapore',
    postcodes: ['018956', '238859', '460123', '560321', '648886'],
    tz: 8,
    weight: 1,
  },
];

export const US_CITIES: readonly City[] = [
  {
    country: 'US',
    state: 'CA',
    city: 'Los Angeles',
    postcodes: ['90017', '90291', '90046'],
    tz: -8,
    weight: 2,
  },
  { country: 'US', state: 'NY', city: 'New York', postcodes: ['10001', '10011', '11211'], tz: -5, weight: 2 },
  { country: 'US', state: 'TX', city: 'Austin', postcodes: ['78701', '78704'], tz: -6, weight: 1 },
  { country: 'US', state: 'HI', city: 'Honolulu', postcodes: ['96815', '96814'], tz: -10, weight: 1 },
];

/** The countries the store ships to. */
export const MARKETS: ReadonlySet<string> = new Set(['AU', 'NZ', 'SG', 'US']);

const STREETS = [
  'Smith St',
  'Queen St',
  'George St',
  'Station Rd',
  'Beach Rd',
  'Park Ave',
  'Victoria St',
  'Church St',
  'Oxford St',
  'High St',
  'Main Rd',
  'Hill St',
  'Ocean Pde',
  'Wattle Ave',
  'Banksia Cres',
  'Gympie Rd',
  'Logan Rd',
  'Sydney Rd',
  'Stirling Hwy',
  'Albany Hwy',
  'Kingsford Smith Dr',
  'Boundary St',
  'Edward St',
  'Bridge Rd',
  'Marine Pde',
  'Kauri St',
  'Ponsonby Rd',
  'Orchard Rd',
  'Tampines Ave',
  'Sunset Blvd',
];

export const pickCity = (rng: Rng, cities: readonly City[]): City =>
  rng.weightedPick(cities.map((c) => [c, c.weight] as const));

const streetNumber = (rng: Rng) =>
  rng.chance(0.25) ? `${rng.int(1, 40)}/${rng.int(1, 220)}` : `${rng.int(1, 320)}`;

/** A street address in the city: a house, or a unit (`12/48 Queen St`). */
export function streetAddress(rng: Rng, c: City): Address {
  const line1 =
    c.country === 'SG'
      ? `Blk ${rng.int(100, 899)} ${rng.pick(['Tampines Ave', 'Orchard Rd', 'Jurong West St', 'Ang Mo Kio Ave'])} #${rng.int(2, 20)}-${rng.int(10, 400)}`
      : `${streetNumber(rng)} ${rng.pick(STREETS)}`;
  return { country: c.country, postalCode: rng.pick(c.postcodes), city: c.city, line1 };
}

/** An Australia Post parcel locker in the city, addressed with the customer's MyPost number. */
export function parcelLocker(rng: Rng, c: City, myPost = rng.digits(10)): Address {
  return {
    country: 'AU',
    postalCode: rng.pick(c.postcodes),
    city: c.city,
    line1: `Parcel Locker ${myPost} ${rng.pick(['Woolworths', 'Post Office', 'Shopping Centre', 'Train Station', 'BP'])}`,
  };
}

export const poBox = (rng: Rng, c: City): Address => ({
  country: c.country,
  postalCode: rng.pick(c.postcodes),
  city: c.city,
  line1: `PO Box ${rng.int(10, 9999)}`,
});

/** Partner gyms that stock the brand: click and collect from the front desk. */
export interface Gym {
  code: string;
  name: string;
  city: City;
}

export const GYMS: readonly Gym[] = [
  ['BNE-014', 'Iron Republic Fortitude Valley', 'Brisbane'],
  ['BNE-022', 'Southside Strength Co. Woolloongabba', 'Brisbane'],
  ['BNE-031', 'Northgate Barbell Club', 'Brisbane'],
  ['GC-004', 'Burleigh Performance Gym', 'Gold Coast'],
  ['SC-002', 'Maroochy CrossFit', 'Sunshine Coast'],
  ['SYD-008', 'Alexandria Lifting Lab', 'Sydney'],
  ['SYD-017', 'Parramatta PowerHouse', 'Sydney'],
  ['MEL-011', 'Collingwood Strength Society', 'Melbourne'],
  ['MEL-019', 'Moorabbin Muscle Works', 'Melbourne'],
  ['PER-005', 'Osborne Park Athletics', 'Perth'],
  ['ADL-003', 'Thebarton Iron Club', 'Adelaide'],
].map(([code, name, city]) => ({
  code: code ?? '',
  name: name ?? '',
  city: AU_CITIES.find((c) => c.city === city) ?? (AU_CITIES[0] as City),
}));

/**
 * Freight forwarders and reshippers: a unit in a warehouse estate with the member's suite number in line 1.
 * Australian ones send on to Asia, the Gulf and Europe; the US ones are the usual Oregon and Delaware addresses.
 */
export function forwarder(rng: Rng, where: 'AU' | 'US'): Address {
  if (where === 'AU')
    return rng.pick([
      {
        country: 'AU',
        postalCode: '3012',
        city: 'Melbourne',
        line1: `Unit 4/21 Export Dr Suite ${rng.digits(5)}`,
      },
      {
        country: 'AU',
        postalCode: '2170',
        city: 'Sydney',
        line1: `Unit 9/14 Cowpasture Rd Ref ${rng.digits(6)}`,
      },
      {
        country: 'AU',
        postalCode: '4110',
        city: 'Brisbane',
        line1: `3/55 Freight St Acct PF${rng.digits(5)}`,
      },
    ]);
  return rng.pick([
    {
      country: 'US',
      postalCode: '97230',
      city: 'Portland',
      line1: `7850 NE Airport Way Ste ${rng.digits(5)}`,
    },
    {
      country: 'US',
      postalCode: '19720',
      city: 'New Castle',
      line1: `410 Churchmans Rd Unit ${rng.digits(5)}`,
    },
  ]);
}

/** Relative weights of the window's days: quiet after Christmas, the New Year spike, the first working weeks. */
const DAY_WEIGHTS = [
  0.75, 0.8, 0.85, 0.9, 0.8, 1.55, 1.6, 1.45, 1.35, 1.45, 1.35, 1.3, 1.2, 1.15, 1.1, 1.15, 1.1, 1.05, 1.0,
  0.95, 0.95,
];

/** Local-hour curves (weights per hour 0–23). */
export const CURVES = {
  // Early gym-goers, lunch, and the evening on the couch.
  consumer: [1, 0.5, 0.3, 0.2, 0.3, 1, 2.5, 3, 2.5, 2.5, 3, 3.5, 4, 3.5, 3, 3, 3, 3.5, 4.5, 6, 6.5, 6, 4, 2],
  office: [0, 0, 0, 0, 0, 0, 0.3, 1.5, 4, 5, 5, 5, 4, 5, 5, 4.5, 3.5, 1.5, 0.5, 0.3, 0.2, 0, 0, 0],
  // Twelve-hour shifts: before and after the shift, and in the crib room on nights.
  shift: [2, 2, 1.5, 1, 2, 4, 3, 1, 1, 1, 1, 2, 2, 1, 1, 1, 2, 3, 5, 6, 6, 5, 4, 3],
  student: [3, 2, 1, 0.5, 0.2, 0.2, 0.5, 1, 2, 3, 3.5, 3.5, 4, 4, 3.5, 3, 3, 3, 3.5, 4.5, 5, 5.5, 5, 4],
  // The store's own billing run for subscription renewals, in the small hours in Brisbane.
  batch: [0, 0, 6, 10, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  night: [5, 5, 5, 4, 3, 2, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 1, 1.5, 2, 3, 4, 5, 5],
} as const;

export type Curve = keyof typeof CURVES;

/** A moment in the window, by the day weights and the local-hour curve in time zone `tz`. */
export function moment(rng: Rng, w: { start: number; end: number }, tz: number, curve: Curve): number {
  const hours = CURVES[curve];
  for (let i = 0; i < 500; i++) {
    const t = rng.float(w.start, w.end);
    const day = DAY_WEIGHTS[Math.floor((t - w.start) / DAY) % DAY_WEIGHTS.length] ?? 1;
    const hour = hours[Math.floor(localHour(t, tz))] ?? 0;
    if (rng.next() * 1.6 * 10 < day * hour) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** Whether `t` falls on a weekday in time zone `tz`. */
export const weekday = (t: number, tz: number): boolean => {
  const d = new Date(t + tz * HOUR).getUTCDay();
  return d !== 0 && d !== 6;
};
