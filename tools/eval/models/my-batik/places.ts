import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the store's buyers live and where parcels go: Malaysian towns by state (Peninsular or East Malaysia,
 * Klang Valley for same-day rides), Singapore estates, Brunei districts, Indonesian cities with Malay ties, the
 * diaspora's cities, and the places that only the sanctioned-country kind touches. Postal codes are drawn
 * within each town's real range.
 */

export type Currency = 'MYR' | 'SGD' | 'USD';

export interface Town {
  city: string;
  state?: string;
  /** Numeric postal codes drawn in [lo, hi], or a pattern's prefixes for the UK, Brunei and the like. */
  codes: readonly [number, number] | readonly string[];
  weight: number;
  /** Peninsular Malaysia only: a same-day ride from the boutique. */
  klangValley?: boolean;
  east?: boolean;
}

export interface Market {
  country: string;
  currency: Currency;
  /** UTC offset in February–March 2026. */
  tz: number;
  towns: readonly Town[];
  street: (rng: Rng, town: Town) => string;
  digits?: number;
}

const JALAN = [
  'Mawar',
  'Melati',
  'Kenanga',
  'Cempaka',
  'Seroja',
  'Dahlia',
  'Setia',
  'Harmoni',
  'Bunga Raya',
  'Kesidang',
  'Delima',
  'Nuri',
  'Merbah',
  'Teratai',
  'Cendana',
  'Meranti',
  'Damai',
  'Bakawali',
  'Anggerik',
  'Tanjung',
] as const;
const TAMAN = [
  'Sri Muda',
  'Desa Aman',
  'Melawati',
  'Bukit Indah',
  'Seri Gombak',
  'Permata',
  'Cahaya',
  'Sri Andalas',
  'Bangi Perdana',
  'Puncak Jalil',
  'Saujana',
  'Bukit Rahman Putra',
  'Seri Kembangan',
  'Desa Pandan',
  'Mutiara',
] as const;
const KAMPUNG = [
  'Padang',
  'Baru',
  'Sungai Pinang',
  'Bukit Besar',
  'Pasir Panjang',
  'Tanjung',
  'Pengkalan',
  'Seri Aman',
  'Permatang',
  'Banggol',
  'Alor Lintah',
  'Parit Baru',
  'Bukit Tinggi',
  'Sungai Dua',
  'Batu Rakit',
] as const;
const RESIDENSI = [
  'Residensi Harmoni',
  'Pangsapuri Seri Baiduri',
  'Residensi Aman',
  'Vista Damai',
  'Sri Ara',
];

function malaysianStreet(rng: Rng, town: Town): string {
  const r = rng.next() * (town.klangValley ? 0.8 : 1);
  if (r < 0.55)
    return `No. ${rng.int(1, 88)}, Jalan ${rng.pick(JALAN)} ${rng.int(1, 12)}/${rng.int(1, 9)}, Taman ${rng.pick(TAMAN)}`;
  if (r < 0.8)
    return `${rng.pick(['A', 'B', 'C'])}-${rng.int(1, 28)}-${rng.int(1, 12)}, ${rng.pick(RESIDENSI)}, Jalan ${rng.pick(JALAN)}`;
  return `Lot ${rng.int(100, 4999)}, Kampung ${rng.pick(KAMPUNG)}`;
}

export const MALAYSIA: Market = {
  country: 'MY',
  currency: 'MYR',
  tz: 8,
  digits: 5,
  street: malaysianStreet,
  towns: [
    {
      city: 'Kuala Lumpur',
      state: 'W.P. Kuala Lumpur',
      codes: [50000, 60000],
      weight: 13,
      klangValley: true,
    },
    { city: 'Shah Alam', state: 'Selangor', codes: [40000, 40470], weight: 7, klangValley: true },
    { city: 'Petaling Jaya', state: 'Selangor', codes: [46000, 47820], weight: 6, klangValley: true },
    { city: 'Subang Jaya', state: 'Selangor', codes: [47500, 47650], weight: 3, klangValley: true },
    { city: 'Puchong', state: 'Selangor', codes: [47100, 47190], weight: 3, klangValley: true },
    { city: 'Kajang', state: 'Selangor', codes: [43000, 43009], weight: 3, klangValley: true },
    { city: 'Bandar Baru Bangi', state: 'Selangor', codes: [43650, 43659], weight: 3, klangValley: true },
    { city: 'Klang', state: 'Selangor', codes: [41000, 42200], weight: 4, klangValley: true },
    { city: 'Rawang', state: 'Selangor', codes: [48000, 48010], weight: 2, klangValley: true },
    { city: 'Ampang', state: 'Selangor', codes: [68000, 68000], weight: 2, klangValley: true },
    { city: 'Putrajaya', state: 'W.P. Putrajaya', codes: [62000, 62988], weight: 2, klangValley: true },
    { city: 'Seremban', state: 'Negeri Sembilan', codes: [70000, 71950], weight: 3 },
    { city: 'Melaka', state: 'Melaka', codes: [75000, 78309], weight: 3 },
    { city: 'Johor Bahru', state: 'Johor', codes: [80000, 81300], weight: 6 },
    { city: 'Batu Pahat', state: 'Johor', codes: [83000, 83700], weight: 2 },
    { city: 'Muar', state: 'Johor', codes: [84000, 84990], weight: 1 },
    { city: 'Kota Bharu', state: 'Kelantan', codes: [15000, 16010], weight: 4 },
    { city: 'Pasir Mas', state: 'Kelantan', codes: [17000, 17070], weight: 1 },
    { city: 'Kuala Terengganu', state: 'Terengganu', codes: [20000, 21300], weight: 3 },
    { city: 'Kemaman', state: 'Terengganu', codes: [24000, 24300], weight: 1 },
    { city: 'Kuantan', state: 'Pahang', codes: [25000, 26100], weight: 3 },
    { city: 'Temerloh', state: 'Pahang', codes: [28000, 28050], weight: 1 },
    { city: 'Alor Setar', state: 'Kedah', codes: [5000, 6250], weight: 3 },
    { city: 'Sungai Petani', state: 'Kedah', codes: [8000, 8100], weight: 2 },
    { city: 'Kangar', state: 'Perlis', codes: [1000, 2600], weight: 1 },
    { city: 'George Town', state: 'Pulau Pinang', codes: [10000, 11960], weight: 2 },
    { city: 'Bukit Mertajam', state: 'Pulau Pinang', codes: [14000, 14400], weight: 1 },
    { city: 'Ipoh', state: 'Perak', codes: [30000, 31650], weight: 3 },
    { city: 'Taiping', state: 'Perak', codes: [34000, 34600], weight: 1 },
    { city: 'Kota Kinabalu', state: 'Sabah', codes: [88000, 88999], weight: 4, east: true },
    { city: 'Sandakan', state: 'Sabah', codes: [90000, 90999], weight: 1, east: true },
    { city: 'Tawau', state: 'Sabah', codes: [91000, 91999], weight: 1, east: true },
    { city: 'Kuching', state: 'Sarawak', codes: [93000, 94300], weight: 4, east: true },
    { city: 'Miri', state: 'Sarawak', codes: [98000, 98859], weight: 2, east: true },
    { city: 'Bintulu', state: 'Sarawak', codes: [97000, 97200], weight: 1, east: true },
    { city: 'Labuan', state: 'W.P. Labuan', codes: [87000, 87033], weight: 1, east: true },
  ],
};

export const SINGAPORE: Market = {
  country: 'SG',
  currency: 'SGD',
  tz: 8,
  digits: 6,
  street: (rng) =>
    `Blk ${rng.int(100, 899)} ${rng.pick(['Tampines Street', 'Woodlands Drive', 'Jurong West Street', 'Bedok North Avenue', 'Pasir Ris Drive', 'Yishun Ring Road', 'Sengkang East Way', 'Eunos Crescent'])} ${rng.int(1, 92)} #${String(rng.int(2, 16)).padStart(2, '0')}-${rng.int(10, 480)}`,
  towns: [
    { city: 'Singapore', codes: [510000, 529999], weight: 4 },
    { city: 'Singapore', codes: [730000, 739999], weight: 3 },
    { city: 'Singapore', codes: [640000, 649999], weight: 3 },
    { city: 'Singapore', codes: [460000, 469999], weight: 3 },
    { city: 'Singapore', codes: [400000, 419999], weight: 2 },
    { city: 'Singapore', codes: [760000, 769999], weight: 2 },
    { city: 'Singapore', codes: [540000, 549999], weight: 2 },
  ],
};

export const BRUNEI: Market = {
  country: 'BN',
  currency: 'SGD',
  tz: 8,
  street: (rng) =>
    `No. ${rng.int(1, 60)}, Simpang ${rng.int(10, 320)}, Kampong ${rng.pick(['Kiarong', 'Rimba', 'Beribi', 'Lambak Kanan', 'Mentiri', 'Sengkurong', 'Kuala Lurah'])}`,
  towns: [
    {
      city: 'Bandar Seri Begawan',
      codes: ['BE1118', 'BE1318', 'BE3519', 'BS8711', 'BF1320', 'BC4115'],
      weight: 7,
    },
    { city: 'Kuala Belait', codes: ['KA1131', 'KA1331'], weight: 2 },
    { city: 'Tutong', codes: ['TA1141', 'TB1741'], weight: 1 },
  ],
};

export const INDONESIA: Market = {
  country: 'ID',
  currency: 'USD',
  tz: 7,
  digits: 5,
  street: (rng) =>
    `Jl. ${rng.pick(['Sudirman', 'Gatot Subroto', 'Diponegoro', 'Sisingamangaraja', 'Teuku Umar', 'Ahmad Yani', 'Imam Bonjol'])} No. ${rng.int(1, 240)}`,
  towns: [
    { city: 'Medan', codes: [20111, 20371], weight: 3 },
    { city: 'Pekanbaru', codes: [28111, 28299], weight: 3 },
    { city: 'Batam', codes: [29411, 29469], weight: 2 },
    { city: 'Jakarta', codes: [10110, 14470], weight: 3 },
    { city: 'Banda Aceh', codes: [23111, 23248], weight: 1 },
    { city: 'Pontianak', codes: [78111, 78244], weight: 1 },
    { city: 'Tanjung Pinang', codes: [29111, 29125], weight: 1 },
  ],
};

export const DIASPORA: Readonly<Record<string, Market>> = {
  GB: {
    country: 'GB',
    currency: 'USD',
    tz: 0,
    street: (rng) =>
      `${rng.int(1, 140)} ${rng.pick(['Derby Road', 'Lenton Boulevard', 'Oxford Road', 'Mile End Road', 'Hyde Park Road', 'Cathays Terrace', 'Great Western Road'])}`,
    towns: [
      { city: 'London', codes: ['E1', 'E14', 'SE1', 'W2', 'N7'], weight: 4 },
      { city: 'Nottingham', codes: ['NG7', 'NG9'], weight: 2 },
      { city: 'Manchester', codes: ['M13', 'M14', 'M1'], weight: 2 },
      { city: 'Leeds', codes: ['LS2', 'LS6'], weight: 1 },
      { city: 'Cardiff', codes: ['CF24', 'CF10'], weight: 1 },
      { city: 'Glasgow', codes: ['G12', 'G3'], weight: 1 },
    ],
  },
  AU: {
    country: 'AU',
    currency: 'USD',
    tz: 11,
    digits: 4,
    street: (rng) =>
      `${rng.int(1, 220)} ${rng.pick(['Swanston Street', 'Lygon Street', 'Parramatta Road', 'Anzac Parade', 'Blackburn Road', 'Canterbury Road'])}`,
    towns: [
      { city: 'Melbourne', codes: [3000, 3207], weight: 4 },
      { city: 'Sydney', codes: [2000, 2234], weight: 3 },
      { city: 'Brisbane', codes: [4000, 4179], weight: 1 },
      { city: 'Adelaide', codes: [5000, 5118], weight: 1 },
    ],
  },
  US: {
    country: 'US',
    currency: 'USD',
    tz: -5,
    digits: 5,
    street: (rng) =>
      `${rng.int(100, 9800)} ${rng.pick(['Westheimer Rd', 'Main St', 'Lake Shore Dr', 'El Camino Real', 'Broadway', 'Maple Ave'])}`,
    towns: [
      { city: 'Houston', codes: [77002, 77099], weight: 2 },
      { city: 'New York', codes: [10001, 10282], weight: 2 },
      { city: 'San Jose', codes: [95110, 95139], weight: 1 },
      { city: 'Chicago', codes: [60601, 60661], weight: 1 },
    ],
  },
  QA: {
    country: 'QA',
    currency: 'USD',
    tz: 3,
    street: (rng) => `Building ${rng.int(1, 90)}, Street ${rng.int(800, 990)}, Zone ${rng.int(30, 70)}`,
    towns: [{ city: 'Doha', codes: ['00000'], weight: 1 }],
  },
  AE: {
    country: 'AE',
    currency: 'USD',
    tz: 4,
    street: (rng) =>
      `Apt ${rng.int(101, 2404)}, ${rng.pick(['Marina Heights', 'Al Nahda Tower', 'Khalidiya Residence'])}`,
    towns: [
      { city: 'Dubai', codes: ['00000'], weight: 2 },
      { city: 'Abu Dhabi', codes: ['00000'], weight: 1 },
    ],
  },
  SA: {
    country: 'SA',
    currency: 'USD',
    tz: 3,
    digits: 5,
    street: (rng) =>
      `${rng.int(1000, 9999)} ${rng.pick(['King Fahd Road', 'Prince Sultan Street', 'Al Olaya Street'])}`,
    towns: [
      { city: 'Riyadh', codes: [11411, 13329], weight: 2 },
      { city: 'Dhahran', codes: [31311, 34471], weight: 1 },
    ],
  },
  JP: {
    country: 'JP',
    currency: 'USD',
    tz: 9,
    street: (rng) =>
      `${rng.int(1, 5)}-${rng.int(1, 30)}-${rng.int(1, 20)} ${rng.pick(['Shinjuku', 'Meguro', 'Bunkyo', 'Setagaya'])}`,
    towns: [{ city: 'Tokyo', codes: ['160-0023', '153-0063', '113-0033', '154-0004'], weight: 1 }],
  },
};

/** Where the diaspora lives, by share of those orders. */
export const DIASPORA_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['GB', 30],
  ['AU', 25],
  ['US', 12],
  ['QA', 9],
  ['AE', 9],
  ['SA', 8],
  ['JP', 7],
];

/** Forwarders and addresses only the sanctioned-country kind uses, and the countries it comes from. */
export const SANCTIONED: Readonly<Record<string, Market>> = {
  RU: {
    country: 'RU',
    currency: 'USD',
    tz: 3,
    digits: 6,
    street: (rng) =>
      `ul. ${rng.pick(['Baumana', 'Pushkina', 'Gabdully Tukaya', 'Lenina'])}, d. ${rng.int(1, 90)}, kv. ${rng.int(1, 200)}`,
    towns: [
      { city: 'Kazan', codes: [420000, 420140], weight: 3 },
      { city: 'Moscow', codes: [101000, 129350], weight: 3 },
      { city: 'Ufa', codes: [450000, 450112], weight: 1 },
      { city: 'Makhachkala', codes: [367000, 367032], weight: 1 },
    ],
  },
  BY: {
    country: 'BY',
    currency: 'USD',
    tz: 3,
    digits: 6,
    street: (rng) =>
      `vul. ${rng.pick(['Niezalieznasci', 'Surhanava', 'Kalvaryjskaja'])} ${rng.int(1, 120)}-${rng.int(1, 90)}`,
    towns: [{ city: 'Minsk', codes: [220000, 220141], weight: 1 }],
  },
  IR: {
    country: 'IR',
    currency: 'USD',
    tz: 3.5,
    street: (rng) => `No. ${rng.int(1, 80)}, ${rng.pick(['Valiasr St', 'Enghelab St', 'Shariati St'])}`,
    towns: [
      { city: 'Tehran', codes: ['1415863411', '1966743511', '1516745811'], weight: 3 },
      { city: 'Mashhad', codes: ['9177948974'], weight: 1 },
    ],
  },
  SY: {
    country: 'SY',
    currency: 'USD',
    tz: 3,
    street: (rng) => `${rng.pick(['Baghdad St', 'Al-Mezzeh', 'Abu Rummaneh'])} ${rng.int(1, 60)}`,
    towns: [
      { city: 'Damascus', codes: ['0000'], weight: 2 },
      { city: 'Aleppo', codes: ['0000'], weight: 1 },
    ],
  },
  CU: {
    country: 'CU',
    currency: 'USD',
    tz: -5,
    digits: 5,
    street: (rng) => `Calle ${rng.int(1, 30)} No. ${rng.int(100, 900)}, Vedado`,
    towns: [{ city: 'La Habana', codes: [10400, 10400], weight: 1 }],
  },
};

/** Where a sanctioned-country buyer really is, by share of those orders. */
export const SANCTIONED_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['RU', 45],
  ['IR', 25],
  ['BY', 12],
  ['SY', 13],
  ['CU', 5],
];

/** Freight forwarders in Dubai, Istanbul and Almaty that ship on to where couriers no longer go. */
export const FORWARDERS: readonly Address[] = [
  { country: 'AE', city: 'Dubai', line1: 'Warehouse 14, Al Qusais Industrial Area 2' },
  { country: 'TR', city: 'Istanbul', postalCode: '34524', line1: 'Beylikdüzü OSB, Depo 7' },
  { country: 'KZ', city: 'Almaty', postalCode: '050060', line1: 'ul. Rozybakieva 247, sklad 3' },
];

/** The boutique, where pickups are collected. */
export const BOUTIQUE: Address = {
  country: 'MY',
  city: 'Kuala Lumpur',
  postalCode: '50100',
  line1: 'Jalan Tuanku Abdul Rahman',
};

function postalCode(rng: Rng, m: Market, town: Town): string | undefined {
  const codes = town.codes;
  if (typeof codes[0] === 'string') {
    const prefix = rng.pick(codes as readonly string[]);
    if (prefix === '00000' || prefix === '0000') return undefined;
    if (m.country === 'GB')
      return `${prefix} ${rng.int(1, 9)}${rng.pick(['AB', 'DE', 'HJ', 'NP', 'RT', 'UX'])}`;
    return prefix;
  }
  const [lo, hi] = codes as readonly [number, number];
  return String(rng.int(lo, hi)).padStart(m.digits ?? 5, '0');
}

export function townIn(rng: Rng, m: Market, filter?: (t: Town) => boolean): Town {
  const towns = filter ? m.towns.filter(filter) : m.towns;
  return rng.weightedPick(towns.map((t) => [t, t.weight] as const));
}

export function addressIn(rng: Rng, m: Market, town = townIn(rng, m)): Address {
  const code = postalCode(rng, m, town);
  return {
    country: m.country,
    ...(code ? { postalCode: code } : {}),
    city: town.city,
    line1: m.street(rng, town),
  };
}

/** A Malaysian town, Peninsular or East, Klang Valley or not. */
export const malaysianTown = (rng: Rng, where: 'peninsular' | 'east' | 'klang_valley' | 'outside_kv') =>
  townIn(rng, MALAYSIA, (t) =>
    where === 'east'
      ? t.east === true
      : where === 'klang_valley'
        ? t.klangValley === true
        : where === 'outside_kv'
          ? !t.east && !t.klangValley
          : !t.east,
  );

export const isEast = (a: { country?: string; city?: string } | undefined): boolean =>
  a?.country === 'MY' && MALAYSIA.towns.some((t) => t.east && t.city === a.city);

export const isKlangValley = (a: Address | undefined): boolean =>
  a?.country === 'MY' && MALAYSIA.towns.some((t) => t.klangValley && t.city === a.city);
