import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The 48 contiguous states: a metro or two per state, its ZIP prefixes, time zone (standard time in the stream's
 * weeks), combined state and local sales tax, how many shoppers it brings, which region's ISPs serve it, and the
 * stores there that hand out pickup orders.
 */

export type { Address };
export type Region = 'northeast' | 'southeast' | 'midwest' | 'south' | 'mountain' | 'west';

export interface Metro {
  city: string;
  state: string;
  tz: number;
  zips: readonly string[];
  /** Sales tax, percent. */
  tax: number;
  weight: number;
  region: Region;
}

type Row = [string, string, number, string, number, number, Region];

// city, state, UTC offset, ZIP prefixes, tax %, weight, region
const ROWS: Row[] = [
  ['New York', 'NY', -5, '100 104 112 113', 8.875, 8, 'northeast'],
  ['Newark', 'NJ', -5, '070 071 077', 6.625, 3, 'northeast'],
  ['Philadelphia', 'PA', -5, '190 191', 8.0, 3, 'northeast'],
  ['Pittsburgh', 'PA', -5, '150 152', 7.0, 1.5, 'northeast'],
  ['Boston', 'MA', -5, '021 024 018', 6.25, 3, 'northeast'],
  ['Providence', 'RI', -5, '028 029', 7.0, 1, 'northeast'],
  ['Hartford', 'CT', -5, '060 061', 6.35, 1, 'northeast'],
  ['Portland', 'ME', -5, '040 041', 5.5, 0.5, 'northeast'],
  ['Manchester', 'NH', -5, '030 031', 0, 0.7, 'northeast'],
  ['Burlington', 'VT', -5, '054', 7.0, 0.3, 'northeast'],
  ['Baltimore', 'MD', -5, '210 212', 6.0, 2, 'northeast'],
  ['Wilmington', 'DE', -5, '197 198', 0, 0.5, 'northeast'],
  ['Arlington', 'VA', -5, '220 222', 6.0, 2.5, 'southeast'],
  ['Richmond', 'VA', -5, '231 232', 6.0, 1, 'southeast'],
  ['Charleston', 'WV', -5, '250 253', 6.5, 0.4, 'southeast'],
  ['Charlotte', 'NC', -5, '280 282', 7.25, 2, 'southeast'],
  ['Raleigh', 'NC', -5, '275 276', 7.25, 1.5, 'southeast'],
  ['Charleston', 'SC', -5, '294', 9.0, 0.8, 'southeast'],
  ['Atlanta', 'GA', -5, '300 303', 8.9, 4, 'southeast'],
  ['Miami', 'FL', -5, '330 331', 7.0, 4, 'southeast'],
  ['Orlando', 'FL', -5, '327 328', 6.5, 2.5, 'southeast'],
  ['Tampa', 'FL', -5, '335 336', 7.5, 2.5, 'southeast'],
  ['Jacksonville', 'FL', -5, '322', 7.5, 1.2, 'southeast'],
  ['Detroit', 'MI', -5, '481 482', 6.0, 3, 'midwest'],
  ['Grand Rapids', 'MI', -5, '493 495', 6.0, 1, 'midwest'],
  ['Columbus', 'OH', -5, '430 432', 7.5, 1.8, 'midwest'],
  ['Cleveland', 'OH', -5, '440 441', 8.0, 1.6, 'midwest'],
  ['Cincinnati', 'OH', -5, '450 452', 7.8, 1.2, 'midwest'],
  ['Indianapolis', 'IN', -5, '460 462', 7.0, 1.8, 'midwest'],
  ['Louisville', 'KY', -5, '400 402', 6.0, 1, 'south'],
  ['Chicago', 'IL', -6, '600 606 604', 10.25, 6, 'midwest'],
  ['Milwaukee', 'WI', -6, '531 532', 5.9, 1.3, 'midwest'],
  ['Minneapolis', 'MN', -6, '553 554', 8.0, 2.5, 'midwest'],
  ['Des Moines', 'IA', -6, '500 503', 7.0, 0.8, 'midwest'],
  ['St. Louis', 'MO', -6, '630 631', 9.2, 2, 'midwest'],
  ['Kansas City', 'MO', -6, '640 641', 8.9, 1.6, 'midwest'],
  ['Wichita', 'KS', -6, '672', 7.5, 0.6, 'midwest'],
  ['Omaha', 'NE', -6, '680 681', 7.0, 0.8, 'midwest'],
  ['Fargo', 'ND', -6, '580 581', 7.5, 0.3, 'midwest'],
  ['Sioux Falls', 'SD', -6, '571', 6.2, 0.3, 'midwest'],
  ['Nashville', 'TN', -6, '370 372', 9.25, 2, 'south'],
  ['Memphis', 'TN', -6, '380 381', 9.75, 1, 'south'],
  ['Birmingham', 'AL', -6, '350 352', 10.0, 1, 'south'],
  ['Jackson', 'MS', -6, '390 392', 7.0, 0.5, 'south'],
  ['New Orleans', 'LA', -6, '700 701', 9.45, 1, 'south'],
  ['Little Rock', 'AR', -6, '720 722', 8.6, 0.6, 'south'],
  ['Oklahoma City', 'OK', -6, '730 731', 8.6, 1.2, 'south'],
  ['Dallas', 'TX', -6, '750 752 760', 8.25, 6, 'south'],
  ['Houston', 'TX', -6, '770 773 774', 8.25, 6, 'south'],
  ['San Antonio', 'TX', -6, '780 782', 8.25, 2.2, 'south'],
  ['Austin', 'TX', -6, '786 787', 8.25, 2, 'south'],
  ['Denver', 'CO', -7, '800 801 802', 8.8, 3, 'mountain'],
  ['Albuquerque', 'NM', -7, '870 871', 7.6, 0.8, 'mountain'],
  ['Salt Lake City', 'UT', -7, '840 841', 7.7, 1.2, 'mountain'],
  ['Boise', 'ID', -7, '836 837', 6.0, 0.7, 'mountain'],
  ['Billings', 'MT', -7, '591', 0, 0.3, 'mountain'],
  ['Cheyenne', 'WY', -7, '820', 6.0, 0.2, 'mountain'],
  ['Phoenix', 'AZ', -7, '850 852 853', 8.6, 4, 'mountain'],
  ['Las Vegas', 'NV', -8, '889 891', 8.375, 2, 'west'],
  ['Los Angeles', 'CA', -8, '900 913 917 926', 9.5, 9, 'west'],
  ['San Diego', 'CA', -8, '919 920 921', 7.75, 3, 'west'],
  ['San Jose', 'CA', -8, '950 951', 9.375, 2.5, 'west'],
  ['Sacramento', 'CA', -8, '956 958', 8.75, 2, 'west'],
  ['Seattle', 'WA', -8, '980 981', 10.35, 3.5, 'west'],
  ['Portland', 'OR', -8, '970 972', 0, 2, 'west'],
];

export const METROS: readonly Metro[] = ROWS.map(([city, state, tz, zips, tax, weight, region]) => ({
  city,
  state,
  tz,
  zips: zips.split(' '),
  tax,
  weight,
  region,
}));

const METRO_WEIGHTS = METROS.map((m) => [m, m.weight] as const);

/** A metro, weighted by how many shoppers it brings. */
export const anyMetro = (rng: Rng): Metro => rng.weightedPick(METRO_WEIGHTS);

/** Another metro than `m` (a relative, a mule, a victim elsewhere). */
export function otherMetro(rng: Rng, m: Metro): Metro {
  for (let i = 0; i < 20; i++) {
    const o = anyMetro(rng);
    if (o !== m) return o;
  }
  return METROS[(METROS.indexOf(m) + 7) % METROS.length] ?? m;
}

const STREETS = [
  'Maple Ave',
  'Oak St',
  'Elm St',
  'Cedar Ln',
  'Pine St',
  'Washington St',
  'Lincoln Ave',
  'Park Ave',
  'Main St',
  'Highland Dr',
  'Lakeview Dr',
  'Sunset Blvd',
  'Church St',
  'Ridge Rd',
  'Meadow Ln',
  'Willow Way',
  'Hillcrest Dr',
  'Jefferson Ave',
  'Franklin St',
  'Chestnut St',
  'Walnut St',
  'Spring St',
  'Mill Rd',
  'River Rd',
  'Cherry Ln',
  'Birch Ct',
  'Magnolia Dr',
  'Dogwood Ln',
  'Sycamore St',
  'Madison Ave',
  'Forest Dr',
  'Valley View Rd',
];
const UNITS = ['Apt', 'Unit', '#', 'Apt'];

/** A ZIP code in the metro. */
export const zipIn = (rng: Rng, m: Metro): string => `${rng.pick(m.zips)}${rng.digits(2)}`;

/** A home address in the metro; a third are apartments. */
export function homeAddress(rng: Rng, m: Metro): Address {
  const unit = rng.chance(0.33)
    ? ` ${rng.pick(UNITS)} ${rng.int(1, 30)}${rng.pick(['', 'A', 'B', 'C'])}`
    : '';
  return {
    country: 'US',
    postalCode: zipIn(rng, m),
    city: m.city,
    line1: `${rng.int(12, 9899)} ${rng.pick(STREETS)}${unit}`,
  };
}

/** A business address (a pro's office or yard, an employer). */
export function businessAddress(rng: Rng, m: Metro): Address {
  const road = rng.pick([
    'Commerce Pkwy',
    'Industrial Blvd',
    'Enterprise Dr',
    'Corporate Ctr Dr',
    'Airport Rd',
  ]);
  return {
    country: 'US',
    postalCode: zipIn(rng, m),
    city: m.city,
    line1: `${rng.int(100, 12999)} ${road}${rng.chance(0.5) ? ` Ste ${rng.int(100, 450)}` : ''}`,
  };
}

/** A store that hands out pickup orders and runs same-day delivery. */
export interface Store {
  id: string;
  metro: Metro;
  address: Address;
}

const STORE_ROADS = [
  'Route 1',
  'W Broad St',
  'Market Pl',
  'Crossroads Blvd',
  'Town Center Dr',
  'Hwy 6',
  'Plaza Dr',
];

/** One to four stores per metro, by size, with stable numbers for the stream. */
export function buildStores(rng: Rng): Map<Metro, Store[]> {
  const out = new Map<Metro, Store[]>();
  let number = 100 + rng.int(0, 40);
  for (const m of METROS) {
    const count = Math.max(1, Math.min(4, Math.round(m.weight / 2)));
    const stores: Store[] = [];
    for (let i = 0; i < count; i++) {
      number += rng.int(3, 29);
      stores.push({
        id: `S${String(number).padStart(4, '0')}`,
        metro: m,
        address: {
          country: 'US',
          postalCode: zipIn(rng, m),
          city: m.city,
          line1: `${rng.int(100, 8999)} ${rng.pick(STORE_ROADS)}`,
        },
      });
    }
    out.set(m, stores);
  }
  return out;
}
