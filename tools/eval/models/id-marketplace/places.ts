import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the buyers live: Indonesian cities and towns with their postal-code prefix, UTC offset (WIB +7, WITA +8,
 * WIT +9) and share of orders; the places migrant workers send from; the minimarkets used as pickup points.
 */

export interface City {
  city: string;
  /** First two digits of the five-digit kode pos. */
  postal: string;
  tz: number;
  weight: number;
  /** A smaller town: more cash on delivery, fewer cards. */
  town?: boolean;
}

export const CITIES: readonly City[] = [
  { city: 'Jakarta Selatan', postal: '12', tz: 7, weight: 9 },
  { city: 'Jakarta Timur', postal: '13', tz: 7, weight: 8 },
  { city: 'Jakarta Barat', postal: '11', tz: 7, weight: 7 },
  { city: 'Jakarta Utara', postal: '14', tz: 7, weight: 4 },
  { city: 'Bekasi', postal: '17', tz: 7, weight: 7 },
  { city: 'Tangerang', postal: '15', tz: 7, weight: 6 },
  { city: 'Depok', postal: '16', tz: 7, weight: 4 },
  { city: 'Bogor', postal: '16', tz: 7, weight: 4 },
  { city: 'Bandung', postal: '40', tz: 7, weight: 7 },
  { city: 'Surabaya', postal: '60', tz: 7, weight: 8 },
  { city: 'Semarang', postal: '50', tz: 7, weight: 4 },
  { city: 'Yogyakarta', postal: '55', tz: 7, weight: 4 },
  { city: 'Malang', postal: '65', tz: 7, weight: 3 },
  { city: 'Medan', postal: '20', tz: 7, weight: 6 },
  { city: 'Palembang', postal: '30', tz: 7, weight: 3 },
  { city: 'Pekanbaru', postal: '28', tz: 7, weight: 2 },
  { city: 'Batam', postal: '29', tz: 7, weight: 2 },
  { city: 'Makassar', postal: '90', tz: 8, weight: 4 },
  { city: 'Denpasar', postal: '80', tz: 8, weight: 3 },
  { city: 'Balikpapan', postal: '76', tz: 8, weight: 2 },
  { city: 'Manado', postal: '95', tz: 8, weight: 1 },
  { city: 'Jayapura', postal: '99', tz: 9, weight: 1 },
  { city: 'Kediri', postal: '64', tz: 7, weight: 1.5, town: true },
  { city: 'Tasikmalaya', postal: '46', tz: 7, weight: 1.5, town: true },
  { city: 'Jember', postal: '68', tz: 7, weight: 1.5, town: true },
  { city: 'Cirebon', postal: '45', tz: 7, weight: 1.5, town: true },
  { city: 'Purwokerto', postal: '53', tz: 7, weight: 1, town: true },
  { city: 'Banyuwangi', postal: '68', tz: 7, weight: 1, town: true },
  { city: 'Ponorogo', postal: '63', tz: 7, weight: 1, town: true },
  { city: 'Indramayu', postal: '45', tz: 7, weight: 1, town: true },
  { city: 'Blitar', postal: '66', tz: 7, weight: 1, town: true },
  { city: 'Lombok Timur', postal: '83', tz: 8, weight: 1, town: true },
  { city: 'Pematangsiantar', postal: '21', tz: 7, weight: 0.8, town: true },
  { city: 'Palopo', postal: '91', tz: 8, weight: 0.6, town: true },
];

/** Where Indonesian migrant workers (PMI) and travellers buy from. */
export interface Abroad {
  country: string;
  city: string;
  tz: number;
  postal: () => string;
}

export const ABROAD: Readonly<Record<'MY' | 'SG' | 'HK' | 'TW', readonly Abroad[]>> = {
  MY: [
    { country: 'MY', city: 'Kuala Lumpur', tz: 8, postal: () => '50' },
    { country: 'MY', city: 'Johor Bahru', tz: 8, postal: () => '80' },
  ],
  SG: [{ country: 'SG', city: 'Singapore', tz: 8, postal: () => '5' }],
  HK: [{ country: 'HK', city: 'Hong Kong', tz: 8, postal: () => '' }],
  TW: [
    { country: 'TW', city: 'Taipei', tz: 8, postal: () => '10' },
    { country: 'TW', city: 'Taichung', tz: 8, postal: () => '40' },
  ],
};

const STREETS = [
  'Jl. Merdeka',
  'Jl. Sudirman',
  'Jl. Diponegoro',
  'Jl. Ahmad Yani',
  'Jl. Gatot Subroto',
  'Jl. Kartini',
  'Jl. Pemuda',
  'Jl. Raya Bogor',
  'Jl. Veteran',
  'Jl. Hasanuddin',
  'Jl. Imam Bonjol',
  'Jl. Pahlawan',
];
const GANG = ['Gg. Mawar', 'Gg. Melati', 'Gg. Kenanga', 'Gg. Masjid', 'Gg. Damai', 'Gg. Haji Sanusi'];
const PERUM = [
  'Perum Griya Asri',
  'Perum Bumi Indah',
  'Perumnas Klender',
  'Perum Taman Sari',
  'Cluster Alamanda',
];

/** A street line as Indonesians write it: a jalan and number, a gang, a housing-estate block, RT/RW. */
export function streetLine(rng: Rng): string {
  const rt = `RT ${rng.int(1, 12).toString().padStart(2, '0')}/RW ${rng.int(1, 9).toString().padStart(2, '0')}`;
  return rng.weightedPick<() => string>([
    [() => `${rng.pick(STREETS)} No. ${rng.int(1, 250)}, ${rt}`, 4],
    [() => `${rng.pick(GANG)} ${rng.pick(['I', 'II', 'III', 'IV'])} No. ${rng.int(1, 60)}, ${rt}`, 3],
    [
      () =>
        `${rng.pick(PERUM)} Blok ${rng.pick(['A', 'B', 'C', 'D', 'F'])}${rng.int(1, 12)}/${rng.int(1, 40)}`,
      2,
    ],
    [() => `Dusun ${rng.pick(['Krajan', 'Sumberejo', 'Karanganyar', 'Sidomulyo'])} ${rt}`, 1],
  ])();
}

export const addressIn = (rng: Rng, c: City): Address => ({
  country: 'ID',
  postalCode: `${c.postal}${rng.digits(3)}`,
  city: c.city,
  line1: streetLine(rng),
});

export function addressAbroad(rng: Rng, a: Abroad): Address {
  const postal = a.postal();
  const line1 =
    a.country === 'HK'
      ? `Flat ${rng.int(1, 30)}${rng.pick(['A', 'B', 'C', 'D'])}, ${rng.pick(['Mei Foo Sun Chuen', 'Tai Koo Shing', 'Sha Tin Plaza', 'Causeway Bay'])}`
      : `${rng.int(1, 300)} ${rng.pick(['Jalan Ampang', 'Jalan Tun Razak', 'Tampines Ave 5', 'Zhongshan Rd', 'Minsheng Rd'])}`;
  return {
    country: a.country,
    ...(postal ? { postalCode: `${postal}${rng.digits(postal.length === 1 ? 5 : 3)}` } : {}),
    city: a.city,
    line1,
  };
}

export const pickCity = (rng: Rng, towns?: boolean): City =>
  rng.weightedPick(
    CITIES.map((c) => [c, towns === undefined ? c.weight : c.town === towns ? c.weight : 0] as const),
  );

/** A minimarket pickup point in the buyer's city. */
export const minimarket = (rng: Rng, c: City): Address => ({
  country: 'ID',
  postalCode: `${c.postal}${rng.digits(3)}`,
  city: c.city,
  line1: `${rng.pick(['Indomaret', 'Alfamart'])} ${rng.pick(STREETS).replace('Jl. ', '')} ${rng.int(1, 9)}`,
});

const BY_NAME = new Map(CITIES.map((c) => [c.city, c]));

export const pickCityNamed = (name: string): City => {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no city ${name}`);
  return found;
};
