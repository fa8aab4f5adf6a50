import { type Address } from '../kit/purchase.js';
import { type Rng } from './random.js';

/**
 * Where Maison Nord's customers live and shop from: US and Canadian metros with their postal codes and time
 * zones, the two boutiques and parcel forwarders (the networks they shop from are in networks.ts).
 */

export type Home = 'US' | 'CA';

export interface City {
  city: string;
  country: Home;
  /** UTC offset in hours in December. */
  tz: number;
  /** US ZIP codes, or Canadian forward sortation areas completed with a local delivery unit. */
  postal: readonly string[];
  weight: number;
}

export const CITIES: readonly City[] = [
  {
    city: 'New York, NY',
    country: 'US',
    tz: -5,
    postal: ['10021', '10065', '10011', '10013', '10024'],
    weight: 14,
  },
  { city: 'Brooklyn, NY', country: 'US', tz: -5, postal: ['11201', '11215', '11211'], weight: 4 },
  { city: 'Greenwich, CT', country: 'US', tz: -5, postal: ['06830', '06831'], weight: 2 },
  { city: 'Short Hills, NJ', country: 'US', tz: -5, postal: ['07078'], weight: 1.5 },
  { city: 'Boston, MA', country: 'US', tz: -5, postal: ['02116', '02108', '02210'], weight: 3 },
  { city: 'Washington, DC', country: 'US', tz: -5, postal: ['20007', '20016', '20001'], weight: 3 },
  { city: 'Miami, FL', country: 'US', tz: -5, postal: ['33131', '33139', '33156'], weight: 5 },
  { city: 'Atlanta, GA', country: 'US', tz: -5, postal: ['30305', '30327'], weight: 2.5 },
  { city: 'Chicago, IL', country: 'US', tz: -6, postal: ['60611', '60614', '60657'], weight: 5 },
  { city: 'Dallas, TX', country: 'US', tz: -6, postal: ['75205', '75225', '75201'], weight: 3.5 },
  { city: 'Houston, TX', country: 'US', tz: -6, postal: ['77024', '77019', '77005'], weight: 3 },
  { city: 'Scottsdale, AZ', country: 'US', tz: -7, postal: ['85251', '85255'], weight: 1.5 },
  { city: 'Denver, CO', country: 'US', tz: -7, postal: ['80206', '80202'], weight: 1.5 },
  { city: 'Las Vegas, NV', country: 'US', tz: -8, postal: ['89109', '89135'], weight: 1.5 },
  { city: 'Los Angeles, CA', country: 'US', tz: -8, postal: ['90210', '90049', '90069', '90036'], weight: 9 },
  { city: 'San Francisco, CA', country: 'US', tz: -8, postal: ['94115', '94123', '94105'], weight: 4 },
  { city: 'Seattle, WA', country: 'US', tz: -8, postal: ['98109', '98004', '98112'], weight: 2.5 },
  { city: 'Toronto, ON', country: 'CA', tz: -5, postal: ['M5R', 'M4W', 'M5V', 'M4V', 'M2N'], weight: 9 },
  { city: 'Oakville, ON', country: 'CA', tz: -5, postal: ['L6J', 'L6H'], weight: 1.5 },
  { city: 'Ottawa, ON', country: 'CA', tz: -5, postal: ['K1N', 'K1S'], weight: 1.5 },
  { city: 'Montréal, QC', country: 'CA', tz: -5, postal: ['H3G', 'H2V', 'H3Y'], weight: 4 },
  { city: 'Calgary, AB', country: 'CA', tz: -7, postal: ['T2S', 'T3H'], weight: 2 },
  { city: 'Vancouver, BC', country: 'CA', tz: -8, postal: ['V6E', 'V6C', 'V6J', 'V6B'], weight: 4.5 },
];

const STREETS: Record<Home, readonly string[]> = {
  US: [
    'Park Ave',
    'Main St',
    'Oak St',
    'Maple Ave',
    'Lexington Ave',
    'Elm St',
    'Sunset Blvd',
    'Lake Shore Dr',
    'Washington St',
    'Highland Ave',
    'Cedar Ln',
    'Madison Ave',
    'Ocean Dr',
    'Pine St',
    'Willow Rd',
    'Broadway',
  ],
  CA: [
    'Yonge St',
    'Bloor St W',
    'Avenue Rd',
    'Rue Sherbrooke O',
    'Robson St',
    'Queen St W',
    'Rue Saint-Denis',
    'Spadina Ave',
    'Granville St',
    'Elgin St',
    '17 Ave SW',
    'Lakeshore Rd E',
    'Bay St',
    'Davenport Rd',
  ],
};

export function cityIn(rng: Rng, country?: Home): City {
  const list = CITIES.filter((c) => !country || c.country === country);
  const weights = Object.fromEntries(list.map((c, i) => [String(i), c.weight]));
  return list[Number(rng.weighted(weights))] as City;
}

function postalCode(rng: Rng, c: City): string {
  const p = rng.pick(c.postal);
  if (c.country === 'US') return p;
  const letter = () => rng.chars(1, 'ABCEGHJKLMNPRSTVWXYZ');
  return `${p} ${rng.int(0, 9)}${letter()}${rng.int(0, 9)}`;
}

export function addressIn(rng: Rng, c: City, unit = rng.yes(0.45)): Address {
  const line1 = `${rng.int(1, 2400)} ${rng.pick(STREETS[c.country])}${unit ? `, Apt ${rng.int(1, 40)}${rng.chars(1, 'ABCDEFGH')}` : ''}`;
  return { country: c.country, postalCode: postalCode(rng, c), city: c.city, line1 };
}

/** The two boutiques that hand over buy-online-pick-up-in-store orders. */
export const BOUTIQUES: Record<Home, Address> = {
  US: {
    country: 'US',
    postalCode: '10065',
    city: 'New York, NY',
    line1: 'Maison Nord Madison, 722 Madison Ave',
  },
  CA: {
    country: 'CA',
    postalCode: 'M5R 1B6',
    city: 'Toronto, ON',
    line1: 'Maison Nord Yorkville, 118 Yorkville Ave',
  },
};

/** Parcel forwarders' warehouses: export forwarders (Doral, Elizabeth, JFK, Delaware, Portland) and Blaine WA. */
export const FORWARDERS = {
  export: [
    { country: 'US', postalCode: '33172', city: 'Doral, FL', line1: '8200 NW 41st St, Ste 200' },
    { country: 'US', postalCode: '33166', city: 'Miami, FL', line1: '2020 NW 79th Ave' },
    { country: 'US', postalCode: '07201', city: 'Elizabeth, NJ', line1: '1100 Spring St, Bldg 3' },
    { country: 'US', postalCode: '11434', city: 'Jamaica, NY', line1: '147-40 182nd St' },
    { country: 'US', postalCode: '19720', city: 'New Castle, DE', line1: '30 Blue Hen Dr' },
    { country: 'US', postalCode: '97230', city: 'Portland, OR', line1: '15050 NE Sandy Blvd' },
  ],
  border: [
    { country: 'US', postalCode: '98230', city: 'Blaine, WA', line1: '1733 H St' },
    { country: 'US', postalCode: '98230', city: 'Blaine, WA', line1: '2355 Peace Portal Dr' },
    { country: 'US', postalCode: '14304', city: 'Niagara Falls, NY', line1: '2000 Military Rd' },
  ],
} as const satisfies Record<string, readonly Address[]>;

/** A forwarder address with the customer's suite number, as forwarders ask it to be written. */
export function forwarderSuite(rng: Rng, list: readonly Address[], suite?: string): Address {
  const a = rng.pick(list);
  return {
    ...a,
    line1: `${a.line1 ?? ''} #${suite ?? `${rng.chars(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${rng.digits(5)}`}`,
  };
}

const ABROAD_CITIES: Record<string, string> = {
  AE: 'Dubai',
  HK: 'Hong Kong',
  SG: 'Singapore',
  JP: 'Tokyo',
  KR: 'Seoul',
  CN: 'Shanghai',
  GB: 'London',
  AU: 'Sydney',
  MX: 'Ciudad de México',
  BR: 'São Paulo',
  CH: 'Zürich',
  FR: 'Paris',
  IT: 'Milano',
};

/** A home address abroad (expats and international clients). */
export function foreignAddress(rng: Rng, country: string): Address {
  const line1 = `${rng.int(1, 300)} ${rng.pick(['Tower Rd', 'Harbour Rd', 'Park Lane', 'Residences', 'High St'])}, Unit ${rng.int(1, 60)}`;
  return { country, postalCode: rng.digits(5), city: ABROAD_CITIES[country] ?? 'abroad', line1 };
}
