import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The store's markets (who orders, from where, on which clock) and the addresses orders ship to: Korean road
 * addresses with five-digit postcodes, overseas cities with their own postcode shapes, Korean forwarding
 * warehouses and US reshippers, and drop flats. All street numbers and people are invented.
 */

export interface Market {
  country: string;
  /** UTC offset, hours (standard time in November). */
  tz: number;
  /** Share among overseas buyers. */
  weight: number;
  /** The networks its people are on (home first). */
  networks: readonly string[];
  cities: ReadonlyArray<readonly [string, () => string]>;
  /** A street line in the local shape. */
  street: (rng: Rng) => string;
  locale: string;
}

const num = (rng: Rng, digits: number) => rng.digits(digits);
const upper = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** Seoul and the metropolitan area dominate; the rest of the country follows. */
export const KR_CITIES: ReadonlyArray<readonly [string, string, number]> = [
  ['Seoul', '0', 44],
  ['Seongnam', '13', 5],
  ['Suwon', '16', 6],
  ['Goyang', '10', 5],
  ['Yongin', '17', 5],
  ['Incheon', '2', 9],
  ['Busan', '4', 9],
  ['Daegu', '4', 5],
  ['Daejeon', '3', 4],
  ['Gwangju', '6', 4],
  ['Ulsan', '44', 2],
  ['Jeju', '63', 2],
];

const KR_ROADS = [
  '테헤란로',
  '월드컵북로',
  '올림픽로',
  '반포대로',
  '양화로',
  '해운대로',
  '중앙대로',
  '동대구로',
  '둔산로',
  '광교로',
];

export function krAddress(rng: Rng): Address {
  const [city, prefix] = rng.weightedPick(KR_CITIES.map((c) => [c, c[2]] as const));
  const postalCode = (prefix + num(rng, 5)).slice(0, 5);
  const flat = rng.chance(0.7) ? `, ${rng.int(1, 120)}동 ${rng.int(101, 2304)}호` : '';
  return { country: 'KR', city, postalCode, line1: `${rng.pick(KR_ROADS)} ${rng.int(1, 480)}${flat}` };
}

const enStreet = (names: readonly string[], kinds: readonly string[]) => (rng: Rng) =>
  `${rng.int(1, 2999)} ${rng.pick(names)} ${rng.pick(kinds)}`;

export const MARKETS: readonly Market[] = [
  {
    country: 'US',
    tz: -6,
    weight: 26,
    networks: ['comcast', 'att', 'verizon', 'tmobile-us'],
    locale: 'en-US',
    cities: [
      ['Los Angeles', () => '900'],
      ['New York', () => '100'],
      ['Houston', () => '770'],
      ['Seattle', () => '981'],
      ['Atlanta', () => '303'],
      ['Chicago', () => '606'],
    ],
    street: enStreet(
      ['Oak', 'Maple', 'Cedar', 'Park', 'Lake', 'Sunset', 'Hill'],
      ['St', 'Ave', 'Dr', 'Blvd'],
    ),
  },
  {
    country: 'CA',
    tz: -5,
    weight: 7,
    networks: ['rogers', 'bell'],
    locale: 'en-CA',
    cities: [
      ['Toronto', () => 'M5V'],
      ['Vancouver', () => 'V6B'],
      ['Calgary', () => 'T2P'],
      ['Montreal', () => 'H3B'],
    ],
    street: enStreet(['King', 'Queen', 'Robson', 'Bloor', 'Yonge'], ['St', 'Ave']),
  },
  {
    country: 'AU',
    tz: 11,
    weight: 8,
    networks: ['telstra', 'optus'],
    locale: 'en-AU',
    cities: [
      ['Sydney', () => '2000'],
      ['Melbourne', () => '3000'],
      ['Brisbane', () => '4000'],
      ['Perth', () => '6000'],
    ],
    street: enStreet(['George', 'Collins', 'Queen', 'Hay', 'Pitt'], ['St', 'Rd']),
  },
  {
    country: 'GB',
    tz: 0,
    weight: 7,
    networks: ['bt', 'sky', 'ee'],
    locale: 'en-GB',
    cities: [
      ['London', () => 'SE1'],
      ['Manchester', () => 'M1'],
      ['Leeds', () => 'LS1'],
      ['Glasgow', () => 'G2'],
    ],
    street: enStreet(['High', 'Station', 'Church', 'Victoria'], ['Street', 'Road']),
  },
  {
    country: 'DE',
    tz: 1,
    weight: 4,
    networks: ['telekom'],
    locale: 'de-DE',
    cities: [
      ['Berlin', () => '10'],
      ['München', () => '80'],
      ['Hamburg', () => '20'],
    ],
    street: (rng) => `${rng.pick(['Hauptstraße', 'Schillerstraße', 'Bergstraße'])} ${rng.int(1, 140)}`,
  },
  {
    country: 'FR',
    tz: 1,
    weight: 4,
    networks: ['orange-fr', 'free-fr'],
    locale: 'fr-FR',
    cities: [
      ['Paris', () => '750'],
      ['Lyon', () => '6900'],
      ['Marseille', () => '130'],
    ],
    street: (rng) => `${rng.int(1, 140)} rue ${rng.pick(['de la Paix', 'Victor Hugo', 'des Lilas'])}`,
  },
  {
    country: 'NL',
    tz: 1,
    weight: 2,
    networks: ['kpn'],
    locale: 'nl-NL',
    cities: [
      ['Amsterdam', () => '10'],
      ['Rotterdam', () => '30'],
    ],
    street: (rng) => `${rng.pick(['Kerkstraat', 'Dorpsstraat'])} ${rng.int(1, 200)}`,
  },
  {
    country: 'ES',
    tz: 1,
    weight: 2,
    networks: ['movistar'],
    locale: 'es-ES',
    cities: [
      ['Madrid', () => '280'],
      ['Barcelona', () => '080'],
    ],
    street: (rng) => `Calle ${rng.pick(['Mayor', 'Real', 'Sol'])} ${rng.int(1, 90)}`,
  },
  {
    country: 'IT',
    tz: 1,
    weight: 2,
    networks: ['tim'],
    locale: 'it-IT',
    cities: [
      ['Milano', () => '201'],
      ['Roma', () => '001'],
    ],
    street: (rng) => `Via ${rng.pick(['Roma', 'Garibaldi', 'Dante'])} ${rng.int(1, 90)}`,
  },
  {
    country: 'PL',
    tz: 1,
    weight: 2,
    networks: ['orange-pl'],
    locale: 'pl-PL',
    cities: [
      ['Warszawa', () => '00-'],
      ['Kraków', () => '30-'],
    ],
    street: (rng) => `ul. ${rng.pick(['Polna', 'Leśna', 'Słoneczna'])} ${rng.int(1, 90)}`,
  },
  {
    country: 'SG',
    tz: 8,
    weight: 6,
    networks: ['singtel', 'starhub'],
    locale: 'en-SG',
    cities: [['Singapore', () => '']],
    street: (rng) =>
      `Blk ${rng.int(1, 999)} ${rng.pick(['Tampines', 'Jurong West', 'Bedok North'])} St ${rng.int(1, 90)}`,
  },
  {
    country: 'MY',
    tz: 8,
    weight: 6,
    networks: ['tm', 'celcom'],
    locale: 'ms-MY',
    cities: [
      ['Kuala Lumpur', () => '50'],
      ['Petaling Jaya', () => '46'],
      ['Johor Bahru', () => '80'],
    ],
    street: (rng) => `${rng.int(1, 90)}, Jalan ${rng.pick(['SS2', 'Ampang', 'Bukit Bintang'])}`,
  },
  {
    country: 'ID',
    tz: 7,
    weight: 5,
    networks: ['telkom', 'telkomsel'],
    locale: 'id-ID',
    cities: [
      ['Jakarta', () => '1'],
      ['Surabaya', () => '60'],
      ['Bandung', () => '40'],
    ],
    street: (rng) => `Jl. ${rng.pick(['Sudirman', 'Thamrin', 'Diponegoro'])} No. ${rng.int(1, 200)}`,
  },
  {
    country: 'PH',
    tz: 8,
    weight: 5,
    networks: ['pldt', 'globe'],
    locale: 'en-PH',
    cities: [
      ['Quezon City', () => '11'],
      ['Makati', () => '12'],
      ['Cebu City', () => '60'],
    ],
    street: (rng) => `${rng.int(1, 300)} ${rng.pick(['Rizal', 'Mabini', 'Bonifacio'])} St`,
  },
  {
    country: 'VN',
    tz: 7,
    weight: 4,
    networks: ['vnpt', 'viettel', 'fpt'],
    locale: 'vi-VN',
    cities: [
      ['Ho Chi Minh City', () => '70'],
      ['Hanoi', () => '10'],
    ],
    street: (rng) => `${rng.int(1, 300)} ${rng.pick(['Nguyễn Huệ', 'Lê Lợi', 'Trần Hưng Đạo'])}`,
  },
  {
    country: 'HK',
    tz: 8,
    weight: 4,
    networks: ['netvigator', 'csl'],
    locale: 'zh-HK',
    cities: [['Hong Kong', () => '']],
    street: (rng) => `Flat ${rng.pick(['A', 'B', 'C'])}, ${rng.int(2, 40)}/F, ${rng.int(1, 300)} Nathan Road`,
  },
  {
    country: 'TW',
    tz: 8,
    weight: 4,
    networks: ['hinet'],
    locale: 'zh-TW',
    cities: [
      ['Taipei', () => '10'],
      ['Taichung', () => '40'],
      ['Kaohsiung', () => '80'],
    ],
    street: (rng) => `${rng.pick(['中山路', '民生路', '忠孝東路'])} ${rng.int(1, 300)}號`,
  },
  {
    country: 'JP',
    tz: 9,
    weight: 4,
    networks: ['ntt', 'softbank'],
    locale: 'ja-JP',
    cities: [
      ['Tokyo', () => '1'],
      ['Osaka', () => '5'],
    ],
    street: (rng) =>
      `${rng.int(1, 9)}-${rng.int(1, 30)}-${rng.int(1, 20)} ${rng.pick(['Shinjuku', 'Umeda', 'Ikebukuro'])}`,
  },
  {
    country: 'AE',
    tz: 4,
    weight: 3,
    networks: ['etisalat', 'du'],
    locale: 'en-AE',
    cities: [
      ['Dubai', () => ''],
      ['Abu Dhabi', () => ''],
    ],
    street: (rng) =>
      `Villa ${rng.int(1, 90)}, Street ${rng.int(1, 40)}, ${rng.pick(['Al Barsha', 'JLT', 'Khalifa City'])}`,
  },
  {
    country: 'SA',
    tz: 3,
    weight: 2,
    networks: ['stc'],
    locale: 'ar-SA',
    cities: [
      ['Riyadh', () => '1'],
      ['Jeddah', () => '2'],
    ],
    street: (rng) => `${rng.int(1000, 9999)} ${rng.pick(['King Fahd Rd', 'Tahlia St'])}`,
  },
  {
    country: 'QA',
    tz: 3,
    weight: 1,
    networks: ['ooredoo'],
    locale: 'en-QA',
    cities: [['Doha', () => '']],
    street: (rng) => `Zone ${rng.int(10, 70)}, Street ${rng.int(100, 999)}`,
  },
  {
    country: 'KW',
    tz: 3,
    weight: 1,
    networks: ['zain'],
    locale: 'en-KW',
    cities: [['Kuwait City', () => '']],
    street: (rng) => `Block ${rng.int(1, 12)}, Street ${rng.int(1, 120)}`,
  },
];

const BY_COUNTRY = new Map(MARKETS.map((m) => [m.country, m]));
export const market = (country: string): Market => {
  const m = BY_COUNTRY.get(country);
  if (!m) throw new Error(`no market ${country}`);
  return m;
};

/** An address in an overseas market, postcode padded to the country's shape. */
export function abroad(rng: Rng, m: Market): Address {
  const [city, prefix] = rng.pick(m.cities);
  const head = prefix();
  const pad: Record<string, () => string> = {
    US: () => head + num(rng, 2),
    CA: () => `${head} ${rng.int(1, 9)}${rng.pick([...upper])}${rng.int(1, 9)}`,
    GB: () => `${head} ${rng.int(1, 9)}${rng.pick([...upper])}${rng.pick([...upper])}`,
    SG: () => num(rng, 6),
    PL: () => head + num(rng, 3),
  };
  const postalCode = pad[m.country]?.() ?? (head === '' ? '' : (head + num(rng, 6)).slice(0, 5));
  return { country: m.country, city, ...(postalCode ? { postalCode } : {}), line1: m.street(rng) };
}

/** A Korean forwarding warehouse: buyers from countries the store does not ship to get a locker code. */
export const KR_FORWARDERS: readonly Address[] = [
  { country: 'KR', city: 'Incheon', postalCode: '22382', line1: '인천 중구 공항동로 296, KFWD Center' },
  { country: 'KR', city: 'Gimpo', postalCode: '10048', line1: '김포시 고촌읍 아라육로 11, SeoulShip B2' },
];

/** US package reshippers in sales-tax-free states, where stolen cards' parcels are sent on. */
export const US_RESHIPPERS: readonly Address[] = [
  { country: 'US', city: 'Portland', postalCode: '97220', line1: '7440 NE Airport Way' },
  { country: 'US', city: 'New Castle', postalCode: '19720', line1: '600 Ships Landing Way' },
  { country: 'US', city: 'Wilmington', postalCode: '19801', line1: '1201 N Orange St' },
];

/** A forwarder address with the buyer's locker code on the first line. */
export const lockered = (rng: Rng, a: Address): Address => ({
  ...a,
  line1: `${a.line1 ?? ''} #${rng.pick([...upper])}${num(rng, 5)}`,
});

/** Homes in countries the shop does not ship to, whose buyers use a Korean forwarder. */
const FAR: Record<string, readonly [string, string, string]> = {
  BR: ['São Paulo', '01310-', 'Av. Paulista'],
  MX: ['Ciudad de México', '067', 'Av. Insurgentes Sur'],
  TR: ['İstanbul', '344', 'Bağdat Caddesi'],
};
export const FAR_COUNTRIES = Object.keys(FAR);

export function farAddress(rng: Rng, country: string): Address {
  const [city, postal, street] = FAR[country] ?? ['São Paulo', '01310-', 'Av. Paulista'];
  const postalCode = postal.endsWith('-') ? postal + num(rng, 3) : postal + num(rng, 2);
  return { country, city, postalCode, line1: `${street} ${rng.int(10, 2900)}` };
}
