import { type Address, type Card, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { addressIn, type City, pickCity } from './places.js';
import { homeNetwork, type NetName } from './networks.js';

/** Names, e-mail addresses, phones and cards, and the store's accounts. */

const FIRST = [
  'Siti',
  'Dewi',
  'Rina',
  'Nur',
  'Ayu',
  'Putri',
  'Fitri',
  'Wulan',
  'Indah',
  'Lestari',
  'Sri',
  'Yuni',
  'Ratna',
  'Budi',
  'Agus',
  'Andi',
  'Dedi',
  'Eko',
  'Hendra',
  'Rizky',
  'Fajar',
  'Dimas',
  'Bayu',
  'Yusuf',
  'Arif',
  'Joko',
  'Ahmad',
  'Muhammad',
  'Teguh',
  'Wahyu',
  'Intan',
  'Nabila',
  'Aulia',
  'Kevin',
  'Yohanes',
  'Maria',
  'Ketut',
  'Made',
];
const LAST = [
  'Rahmawati',
  'Setiawan',
  'Hidayat',
  'Saputra',
  'Kurniawan',
  'Wijaya',
  'Susanti',
  'Pratama',
  'Nugroho',
  'Santoso',
  'Lubis',
  'Siregar',
  'Nasution',
  'Simanjuntak',
  'Hasibuan',
  'Pangaribuan',
  'Sitompul',
  'Tanjung',
  'Wibowo',
  'Permana',
  'Gunawan',
  'Halim',
  'Tan',
  'Purnomo',
  'Sulistyo',
  'Rangkuti',
  'Manurung',
  'Daeng',
  'Mahendra',
];
const DOMAINS: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 80],
  ['yahoo.co.id', 7],
  ['yahoo.com', 5],
  ['ymail.com', 2],
  ['outlook.com', 3],
  ['icloud.com', 3],
];

/** Many Javanese have one name only. */
export const personName = (rng: Rng): string =>
  rng.chance(0.18) ? rng.pick(FIRST) : `${rng.pick(FIRST)} ${rng.pick(LAST)}`;

export function emailFor(rng: Rng, name: string, domain?: string): string {
  const parts = name.toLowerCase().split(' ');
  const base = rng.pick([parts.join('.'), parts.join(''), `${parts[0]}${rng.int(1, 99)}`, parts.join('_')]);
  const tail = rng.chance(0.6)
    ? String(rng.pick([rng.int(80, 99), rng.int(2000, 2008), rng.int(1, 999)]))
    : '';
  return `${base}${tail}@${domain ?? rng.weightedPick(DOMAINS)}`;
}

const ANDROID = [
  'SM-A145F',
  'SM-A235F',
  'SM-A546E',
  'Redmi Note 12',
  '23053RN02A',
  'CPH2591',
  'CPH2565',
  'Infinix X6831',
  'vivo 1906',
  'V2207',
  'RMX3710',
  'SM-S928B',
];

/** The app (always a device id), the mobile web (mostly one), or a desktop browser. */
export function deviceFor(rng: Rng, kind?: 'app' | 'mweb' | 'desktop' | 'iphone'): Device {
  const k =
    kind ??
    rng.weightedPick<'app' | 'mweb' | 'desktop' | 'iphone'>([
      ['app', 62],
      ['mweb', 18],
      ['iphone', 12],
      ['desktop', 8],
    ]);
  const v = `5.${rng.int(10, 14)}.${rng.int(0, 9)}`;
  if (k === 'app')
    return {
      id: `and-${rng.token(16)}`,
      userAgent: `SerbaNusa/${v} (Android ${rng.int(10, 14)}; ${rng.pick(ANDROID)}) okhttp/4.12.0`,
    };
  if (k === 'iphone')
    return {
      id: `ios-${rng.token(16)}`,
      userAgent: `SerbaNusa/${v} (iPhone; iOS ${rng.int(16, 18)}.${rng.int(0, 6)}) CFNetwork/1498`,
    };
  const web = rng.chance(0.8) ? { id: `web-${rng.token(20)}` } : {};
  if (k === 'mweb')
    return {
      ...web,
      userAgent: `Mozilla/5.0 (Linux; Android ${rng.int(10, 14)}; ${rng.pick(ANDROID)}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.int(118, 131)}.0.0.0 Mobile Safari/537.36`,
    };
  return {
    ...web,
    userAgent: `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.int(118, 131)}.0.0.0 Safari/537.36`,
  };
}

/** BINs by issuing country: this model's own lists. Indonesian cards go through 3-D Secure with an SMS OTP. */
export const BINS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  ID: [
    ['454633', 'visa'],
    ['421570', 'visa'],
    ['524325', 'mastercard'],
    ['437527', 'visa'],
    ['536000', 'mastercard'],
    ['356600', 'jcb'],
  ],
  MY: [
    ['403866', 'visa'],
    ['552160', 'mastercard'],
  ],
  SG: [
    ['455701', 'visa'],
    ['540012', 'mastercard'],
  ],
  HK: [
    ['456351', 'visa'],
    ['552038', 'mastercard'],
  ],
  TW: [
    ['404159', 'visa'],
    ['356812', 'jcb'],
  ],
  JP: [
    ['356750', 'jcb'],
    ['498765', 'visa'],
  ],
  US: [
    ['414720', 'visa'],
    ['440066', 'visa'],
    ['546616', 'mastercard'],
    ['379414', 'amex'],
  ],
  GB: [
    ['475129', 'visa'],
    ['535522', 'mastercard'],
  ],
  AU: [
    ['456462', 'visa'],
    ['516361', 'mastercard'],
  ],
  RU: [
    ['220070', 'mir'],
    ['220220', 'mir'],
  ],
};

export function cardFrom(rng: Rng, country: string, bin?: readonly [string, string]): Card {
  const [b, brand] = bin ?? rng.pick(BINS[country] ?? BINS.ID ?? []);
  return { bin: b, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}` };
}

/** A masked Indonesian mobile number (the top-up target or the courier's contact). */
export const phone = (rng: Rng): string =>
  `+62 8${rng.pick(['11', '12', '13', '21', '22', '52', '53', '55', '56', '57', '77', '78', '81', '96'])}-****-${rng.digits(4)}`;

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  city: City;
  home: Address;
  net: NetName;
  device: Device;
  /** A saved Indonesian debit/credit card for some. */
  card?: Card;
  wallet: 'gopay' | 'ovo' | 'dana' | 'shopeepay';
}

export function newAccount(rng: Rng, createdAt: number, city?: City): Account {
  const c = city ?? pickCity(rng);
  const name = personName(rng);
  return {
    id: `u${rng.digits(9)}`,
    email: emailFor(rng, name),
    name,
    createdAt,
    city: c,
    home: addressIn(rng, c),
    net: homeNetwork(rng),
    device: deviceFor(rng, rng.chance(0.82) ? (rng.chance(0.85) ? 'app' : 'iphone') : undefined),
    ...(rng.chance(c.town ? 0.08 : 0.22) ? { card: cardFrom(rng, 'ID') } : {}),
    wallet: rng.weightedPick<Account['wallet']>([
      ['shopeepay', 30],
      ['gopay', 30],
      ['dana', 25],
      ['ovo', 15],
    ]),
  };
}

/** The store's accounts: one for every two orders expected, opened a month to seven years before the window. */
export const customerBase = (rng: Rng, start: number, orders: number): Account[] =>
  Array.from({ length: Math.max(20, Math.ceil(orders / 2)) }, (_, i) =>
    newAccount(rng.fork(`a${i}`), start - Math.floor(rng.float(30, 7 * 365) * DAY)),
  );
