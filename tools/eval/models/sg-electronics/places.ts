import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the store sells and delivers: Singapore above all, Malaysia (in Singapore dollars), and the Philippines,
 * Indonesia, Thailand, Vietnam and Australia in their own currencies. Towns carry their postal-code patterns.
 */

export type Market = 'SG' | 'MY' | 'PH' | 'ID' | 'TH' | 'VN' | 'AU';

export interface MarketInfo {
  currency: string;
  /** Share of the store's customers. */
  share: number;
  /** Local major units for one Singapore dollar, the minor-unit factor and the step (minor units) prices round to. */
  rate: number;
  minor: number;
  step: number;
  /** How a rounded price ends (a ninety-nine ending in local major units), in minor units. */
  ending: number;
  /** Delivery fee in Singapore cents and the basket (Singapore cents) from which it is free. */
  fee: number;
  freeFrom: number;
}

export const MARKETS: Readonly<Record<Market, MarketInfo>> = {
  SG: { currency: 'SGD', share: 70, rate: 1, minor: 100, step: 1, ending: 0, fee: 499, freeFrom: 4_900 },
  MY: { currency: 'SGD', share: 10, rate: 1, minor: 100, step: 1, ending: 0, fee: 1_500, freeFrom: 30_000 },
  PH: {
    currency: 'PHP',
    share: 6,
    rate: 43,
    minor: 100,
    step: 1_000,
    ending: 100,
    fee: 2_500,
    freeFrom: 40_000,
  },
  ID: {
    currency: 'IDR',
    share: 4,
    rate: 12_200,
    minor: 100,
    step: 100_000,
    ending: 0,
    fee: 2_500,
    freeFrom: 40_000,
  },
  TH: {
    currency: 'THB',
    share: 3,
    rate: 25.5,
    minor: 100,
    step: 1_000,
    ending: 100,
    fee: 2_500,
    freeFrom: 40_000,
  },
  VN: {
    currency: 'VND',
    share: 2,
    rate: 19_500,
    minor: 1,
    step: 1_000,
    ending: 0,
    fee: 2_500,
    freeFrom: 40_000,
  },
  AU: {
    currency: 'AUD',
    share: 5,
    rate: 1.17,
    minor: 100,
    step: 100,
    ending: 5,
    fee: 2_900,
    freeFrom: 35_000,
  },
};

/** A Singapore-cent amount in the market's minor units, rounded to how prices there look. */
export function localPrice(sgCents: number, m: Market): number {
  const i = MARKETS[m];
  const exact = (sgCents / 100) * i.rate * i.minor;
  return Math.max(1, Math.max(i.step, Math.round(exact / i.step) * i.step) - i.ending);
}

interface Town {
  city: string;
  /** The postal code's fixed prefix and how many digits follow. */
  prefix: string;
  rest: number;
  /** UTC offset in November and December. */
  tz: number;
  streets: readonly string[];
}

const SG_TOWNS: readonly Town[] = [
  { city: 'Ang Mo Kio', prefix: '56', rest: 4, tz: 8, streets: ['Ang Mo Kio Ave 3', 'Ang Mo Kio Ave 10'] },
  { city: 'Tampines', prefix: '52', rest: 4, tz: 8, streets: ['Tampines St 81', 'Tampines Ave 4'] },
  { city: 'Jurong West', prefix: '64', rest: 4, tz: 8, streets: ['Jurong West St 91', 'Jurong West Ave 1'] },
  { city: 'Woodlands', prefix: '73', rest: 4, tz: 8, streets: ['Woodlands Dr 14', 'Woodlands Ring Rd'] },
  { city: 'Bedok', prefix: '46', rest: 4, tz: 8, streets: ['Bedok North Ave 1', 'Bedok Reservoir Rd'] },
  { city: 'Punggol', prefix: '82', rest: 4, tz: 8, streets: ['Punggol Field', 'Edgefield Plains'] },
  { city: 'Sengkang', prefix: '54', rest: 4, tz: 8, streets: ['Compassvale Rd', 'Rivervale Dr'] },
  { city: 'Toa Payoh', prefix: '31', rest: 4, tz: 8, streets: ['Lor 1 Toa Payoh', 'Toa Payoh Central'] },
  { city: 'Clementi', prefix: '12', rest: 4, tz: 8, streets: ['Clementi Ave 2', 'West Coast Rd'] },
  { city: 'Yishun', prefix: '76', rest: 4, tz: 8, streets: ['Yishun Ring Rd', 'Yishun Ave 11'] },
  { city: 'Hougang', prefix: '53', rest: 4, tz: 8, streets: ['Hougang Ave 8', 'Upper Serangoon Rd'] },
  {
    city: 'Bukit Batok',
    prefix: '65',
    rest: 4,
    tz: 8,
    streets: ['Bukit Batok West Ave 6', 'Bukit Batok St 21'],
  },
  { city: 'Bukit Timah', prefix: '26', rest: 4, tz: 8, streets: ['Dunearn Rd', 'Jalan Jurong Kechil'] },
  { city: 'Novena', prefix: '30', rest: 4, tz: 8, streets: ['Thomson Rd', 'Moulmein Rd'] },
  { city: 'Marine Parade', prefix: '44', rest: 4, tz: 8, streets: ['Marine Parade Rd', 'East Coast Rd'] },
  { city: 'Queenstown', prefix: '14', rest: 4, tz: 8, streets: ['Commonwealth Dr', 'Dawson Rd'] },
];

const TOWNS: Readonly<Record<Exclude<Market, 'SG'>, readonly Town[]>> = {
  MY: [
    { city: 'Kuala Lumpur', prefix: '5', rest: 4, tz: 8, streets: ['Jalan Ampang', 'Jalan Tun Razak'] },
    { city: 'Petaling Jaya', prefix: '46', rest: 3, tz: 8, streets: ['Jalan SS 2/24', 'Jalan 17/1'] },
    {
      city: 'Johor Bahru',
      prefix: '81',
      rest: 3,
      tz: 8,
      streets: ['Jalan Austin Heights', 'Jalan Molek 2/4'],
    },
    { city: 'George Town', prefix: '10', rest: 3, tz: 8, streets: ['Lebuh Chulia', 'Jalan Burma'] },
    { city: 'Shah Alam', prefix: '40', rest: 3, tz: 8, streets: ['Persiaran Kayangan', 'Jalan Plumbum'] },
    { city: 'Kota Kinabalu', prefix: '88', rest: 3, tz: 8, streets: ['Jalan Lintas', 'Jalan Gaya'] },
  ],
  PH: [
    { city: 'Quezon City', prefix: '11', rest: 2, tz: 8, streets: ['Katipunan Ave', 'Tomas Morato Ave'] },
    { city: 'Makati', prefix: '12', rest: 2, tz: 8, streets: ['Ayala Ave', 'Jupiter St'] },
    { city: 'Taguig', prefix: '163', rest: 1, tz: 8, streets: ['5th Ave, BGC', 'C5 Rd'] },
    { city: 'Cebu City', prefix: '600', rest: 1, tz: 8, streets: ['Osmeña Blvd', 'Gorordo Ave'] },
    { city: 'Davao City', prefix: '800', rest: 1, tz: 8, streets: ['J.P. Laurel Ave', 'Roxas Ave'] },
  ],
  ID: [
    { city: 'Jakarta Selatan', prefix: '12', rest: 3, tz: 7, streets: ['Jl. Kemang Raya', 'Jl. Fatmawati'] },
    { city: 'Tangerang', prefix: '15', rest: 3, tz: 7, streets: ['Jl. Boulevard Gading Serpong'] },
    { city: 'Surabaya', prefix: '60', rest: 3, tz: 7, streets: ['Jl. Raya Darmo', 'Jl. Manyar Kertoarjo'] },
    { city: 'Bandung', prefix: '40', rest: 3, tz: 7, streets: ['Jl. Dago', 'Jl. Riau'] },
    { city: 'Medan', prefix: '20', rest: 3, tz: 7, streets: ['Jl. Gatot Subroto'] },
  ],
  TH: [
    {
      city: 'Bangkok',
      prefix: '10',
      rest: 3,
      tz: 7,
      streets: ['Sukhumvit Rd', 'Ratchadaphisek Rd', 'Phahonyothin Rd'],
    },
    { city: 'Nonthaburi', prefix: '110', rest: 2, tz: 7, streets: ['Ngamwongwan Rd'] },
    { city: 'Chiang Mai', prefix: '50', rest: 3, tz: 7, streets: ['Nimmanhaemin Rd', 'Huay Kaew Rd'] },
    { city: 'Phuket', prefix: '83', rest: 3, tz: 7, streets: ['Chao Fa West Rd'] },
  ],
  VN: [
    {
      city: 'Ho Chi Minh City',
      prefix: '70',
      rest: 4,
      tz: 7,
      streets: ['Nguyen Hue', 'Dien Bien Phu', 'Vo Van Tan'],
    },
    { city: 'Hanoi', prefix: '10', rest: 4, tz: 7, streets: ['Kim Ma', 'Xuan Thuy', 'Tran Duy Hung'] },
    { city: 'Da Nang', prefix: '55', rest: 4, tz: 7, streets: ['Nguyen Van Linh', 'Bach Dang'] },
  ],
  AU: [
    { city: 'Sydney', prefix: '20', rest: 2, tz: 11, streets: ['George St', 'Parramatta Rd', 'Pacific Hwy'] },
    { city: 'Melbourne', prefix: '30', rest: 2, tz: 11, streets: ['Swanston St', 'Chapel St'] },
    { city: 'Brisbane', prefix: '40', rest: 2, tz: 10, streets: ['Logan Rd', 'Gympie Rd'] },
    { city: 'Perth', prefix: '60', rest: 2, tz: 8, streets: ['Albany Hwy', 'Stirling Hwy'] },
  ],
};

/** A home in a market: the address and the household's UTC offset. */
export interface Home {
  address: Address;
  tz: number;
}

function sgHome(rng: Rng): Address {
  const t = rng.pick(SG_TOWNS);
  const hdb = rng.chance(0.78);
  const unit = `#${String(rng.int(2, hdb ? 16 : 30)).padStart(2, '0')}-${rng.int(10, 460)}`;
  return {
    country: 'SG',
    postalCode: `${t.prefix}${rng.digits(t.rest)}`,
    city: 'Singapore',
    line1: hdb
      ? `Blk ${rng.int(100, 699)}${rng.chance(0.2) ? rng.pick(['A', 'B', 'C']) : ''} ${rng.pick(t.streets)} ${unit}`
      : `${rng.int(1, 200)} ${rng.pick(t.streets)} ${unit}`,
  };
}

export function homeIn(rng: Rng, m: Market): Home {
  if (m === 'SG') return { address: sgHome(rng), tz: 8 };
  const t = rng.pick(TOWNS[m]);
  return {
    address: {
      country: m,
      postalCode: `${t.prefix}${rng.digits(t.rest)}`,
      city: t.city,
      line1: `${rng.int(1, 480)} ${rng.pick(t.streets)}`,
    },
    tz: t.tz,
  };
}

/** Offices in the CBD and the business parks, for corporate buyers and office deliveries. */
const OFFICES: ReadonlyArray<readonly [string, string]> = [
  ['1 Raffles Place', '048616'],
  ['8 Marina View', '018960'],
  ['10 Collyer Quay', '049315'],
  ['1 Fusionopolis Way', '138632'],
  ['2 Changi Business Park Ave 1', '486015'],
  ['20 Ayer Rajah Crescent', '139964'],
  ['3 Ubi Ave 3', '408857'],
  ['71 Robinson Rd', '068895'],
];

export function officeIn(rng: Rng): Address {
  const [line, postalCode] = rng.pick(OFFICES);
  return {
    country: 'SG',
    postalCode,
    city: 'Singapore',
    line1: `${line} #${rng.int(2, 40)}-${rng.int(1, 12)}`,
  };
}

/** Purpose-built dormitories where foreign workers live and take deliveries at the guard house. */
const DORMITORIES: ReadonlyArray<readonly [string, string]> = [
  ['Tuas South Ave 1, Dormitory Blk', '637'],
  ['Kranji Way, Dormitory Blk', '739'],
  ['Sungei Tengah Rd, Dormitory Blk', '699'],
  ['Jalan Papan, Dormitory Blk', '619'],
  ['Mandai Estate, Dormitory Blk', '729'],
  ['Toh Guan Rd East, Dormitory Blk', '608'],
];

export function dormitory(rng: Rng): Address {
  const [line, prefix] = rng.pick(DORMITORIES);
  return {
    country: 'SG',
    postalCode: `${prefix}${rng.digits(3)}`,
    city: 'Singapore',
    line1: `${line} ${rng.int(1, 12)} Rm ${rng.int(1, 9)}-${rng.int(1, 40)}`,
  };
}

/** Parcel lockers across the island: collected with a PIN, by whoever has it. */
export const LOCKERS: ReadonlyArray<readonly [string, string]> = [
  ['Parcel Locker @ Tampines MRT', '529536'],
  ['Parcel Locker @ Jurong East MRT', '609690'],
  ['Parcel Locker @ Toa Payoh Hub', '310490'],
  ['Parcel Locker @ Woodlands Civic Centre', '738619'],
  ['Parcel Locker @ Punggol Waterway Point', '828761'],
  ['Parcel Locker @ Ang Mo Kio Hub', '569933'],
  ['Parcel Locker @ Bedok Mall', '467360'],
  ['Parcel Locker @ Clementi Mall', '129588'],
  ['Parcel Locker @ Yishun Northpoint', '768019'],
  ['Parcel Locker @ Hougang 1', '538766'],
  ['Parcel Locker @ Boon Lay Shopping Centre', '640221'],
  ['Parcel Locker @ Sengkang Compass One', '545078'],
];

export function locker(rng: Rng, from = LOCKERS): Address {
  const [line1, postalCode] = rng.pick(from);
  return { country: 'SG', postalCode, city: 'Singapore', line1 };
}

/** Parcel forwarders' warehouses: Singapore suites and Johor Bahru reshippers that send goods on elsewhere. */
const FORWARDERS: ReadonlyArray<Address> = [
  { country: 'SG', postalCode: '486025', city: 'Singapore', line1: '5 Changi South Lane #04-01' },
  { country: 'SG', postalCode: '498795', city: 'Singapore', line1: '21 Loyang Lane #02-10' },
  { country: 'SG', postalCode: '819663', city: 'Singapore', line1: '9 Airline Rd, Cargo Agents Bldg E' },
  {
    country: 'MY',
    postalCode: '81200',
    city: 'Johor Bahru',
    line1: 'No. 12 Jalan Persiaran Tanjung, Taman Perindustrian',
  },
  { country: 'MY', postalCode: '81750', city: 'Masai', line1: 'Lot 55 Jalan Pasir Gudang' },
];

export function forwarder(rng: Rng, country?: 'SG' | 'MY'): Address {
  const from = country ? FORWARDERS.filter((f) => f.country === country) : FORWARDERS;
  const f = rng.pick(from);
  return { ...f, line1: `${f.line1} (Suite ${rng.pick(['SX', 'FW', 'MB', 'Q'])}${rng.digits(5)})` };
}

/** Comprehensively sanctioned places, and Russia and Belarus, to which Singapore bars electronics exports. */
export const SANCTIONED = ['IR', 'RU', 'BY', 'SY', 'CU', 'KP'] as const;
export type Sanctioned = (typeof SANCTIONED)[number];

const SANCTIONED_HOMES: Readonly<Record<Sanctioned, readonly Address[]>> = {
  IR: [
    { country: 'IR', postalCode: '1968913', city: 'Tehran', line1: 'Vali Asr St, No. 2214' },
    { country: 'IR', postalCode: '8174673', city: 'Isfahan', line1: 'Chahar Bagh Abbasi St' },
  ],
  RU: [
    { country: 'RU', postalCode: '125009', city: 'Moscow', line1: 'ul. Tverskaya 12, kv. 48' },
    { country: 'RU', postalCode: '191025', city: 'Saint Petersburg', line1: 'Nevsky pr. 90, kv. 7' },
    { country: 'RU', postalCode: '690091', city: 'Vladivostok', line1: 'ul. Svetlanskaya 31' },
  ],
  BY: [{ country: 'BY', postalCode: '220030', city: 'Minsk', line1: 'pr. Nezavisimosti 18, kv. 5' }],
  SY: [{ country: 'SY', postalCode: '0100', city: 'Damascus', line1: 'Abu Rummaneh, Al Jalaa St' }],
  CU: [{ country: 'CU', postalCode: '10400', city: 'La Habana', line1: 'Calle 23 No. 156, Vedado' }],
  KP: [{ country: 'KP', city: 'Pyongyang', line1: 'Sungri St, Central District' }],
};

export function sanctionedHome(rng: Rng, c: Sanctioned): Address {
  return { ...rng.pick(SANCTIONED_HOMES[c]) };
}

/** A cardholder's home abroad (a stolen card's billing address): the card's country with a plausible town. */
const ABROAD: Readonly<Record<string, readonly Address[]>> = {
  US: [
    { country: 'US', postalCode: '10025', city: 'New York', line1: 'W 104th St' },
    { country: 'US', postalCode: '77005', city: 'Houston', line1: 'University Blvd' },
    { country: 'US', postalCode: '94110', city: 'San Francisco', line1: 'Valencia St' },
    { country: 'US', postalCode: '33139', city: 'Miami Beach', line1: 'Collins Ave' },
    { country: 'US', postalCode: '60614', city: 'Chicago', line1: 'N Clark St' },
  ],
  GB: [
    { country: 'GB', postalCode: 'SW11 1AA', city: 'London', line1: 'Lavender Hill' },
    { country: 'GB', postalCode: 'M14 5RT', city: 'Manchester', line1: 'Wilmslow Rd' },
  ],
  AU: [
    { country: 'AU', postalCode: '2010', city: 'Surry Hills', line1: 'Crown St' },
    { country: 'AU', postalCode: '3182', city: 'St Kilda', line1: 'Fitzroy St' },
  ],
  CA: [{ country: 'CA', postalCode: 'M5V 2T6', city: 'Toronto', line1: 'King St W' }],
  DE: [{ country: 'DE', postalCode: '10115', city: 'Berlin', line1: 'Invalidenstraße' }],
  FR: [{ country: 'FR', postalCode: '75011', city: 'Paris', line1: 'Rue Oberkampf' }],
  JP: [{ country: 'JP', postalCode: '150-0001', city: 'Tokyo', line1: 'Jingumae' }],
  HK: [{ country: 'HK', city: 'Hong Kong', line1: 'Nathan Rd, Mong Kok' }],
  IN: [{ country: 'IN', postalCode: '560034', city: 'Bengaluru', line1: 'Koramangala 5th Block' }],
  CN: [{ country: 'CN', postalCode: '518000', city: 'Shenzhen', line1: 'Shennan Ave' }],
  AE: [{ country: 'AE', city: 'Dubai', line1: 'Al Barsha 1' }],
  TR: [{ country: 'TR', postalCode: '34365', city: 'Istanbul', line1: 'Halaskargazi Cd.' }],
  KZ: [{ country: 'KZ', postalCode: '050000', city: 'Almaty', line1: 'Abay Ave' }],
};

export function homeAbroad(rng: Rng, country: string): Address {
  const list = ABROAD[country] ?? ABROAD.US ?? [];
  const a = rng.pick(list);
  return { ...a, line1: `${rng.int(2, 2400)} ${a.line1 ?? ''}`.trim() };
}

/** Countries a stolen foreign card commonly comes from, with weights (for the store's card-not-present fraud). */
export const STOLEN_CARD_COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['US', 40],
  ['GB', 12],
  ['AU', 12],
  ['CA', 6],
  ['DE', 5],
  ['FR', 5],
  ['JP', 6],
  ['HK', 6],
  ['MY', 8],
];
