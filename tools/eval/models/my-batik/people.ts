import { type Address, DAY, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { accountOpened } from './calendar.js';
import { FPX_BANKS, type HeldCard, newCard } from './cards.js';
import { type HeldDevice, newDevice } from './devices.js';
import { homeNetwork, type Network } from './networks.js';
import {
  addressIn,
  BRUNEI,
  DIASPORA,
  DIASPORA_WEIGHTS,
  INDONESIA,
  malaysianTown,
  MALAYSIA,
  type Market,
  SINGAPORE,
} from './places.js';

/**
 * The house's customers: mostly Malay families in Peninsular Malaysia, then Sabah and Sarawak, Singaporean and
 * Bruneian Malays, Indonesians from Sumatra and the Riau islands, Malaysians working or studying abroad, and
 * Chinese and Indian Malaysians buying batik and Raya gifts for colleagues. Accounts were mostly opened in past
 * Raya seasons; each has a phone, one or two devices, a home and a mobile network, the cards and the FPX bank it
 * pays with and, for some, Raya points from last year.
 */

export type Segment = 'peninsular' | 'east' | 'sg' | 'bn' | 'id' | 'diaspora';

export interface Customer {
  id: string;
  email: string;
  name: string;
  phone: string;
  female: boolean;
  segment: Segment;
  home: Address;
  tz: number;
  market: Market;
  /** Fasts in Ramadan (the shop's hours follow terawih and sahur). */
  fasting: boolean;
  createdAt: number;
  fibre: Network;
  mobile: Network;
  devices: HeldDevice[];
  cards: HeldCard[];
  fpxBank: string;
  wallet?: 'tng_ewallet' | 'grabpay';
  /** Points from past orders, worth this many sen at checkout. */
  points: number;
}

const MALAY_WOMEN = [
  'Nurul Aisyah',
  'Siti Aminah',
  'Nur Izzati',
  'Farah Nadia',
  'Aina Sofea',
  'Nurul Huda',
  'Syafiqah',
  'Atiqah',
  'Nur Hidayah',
  'Noraini',
  'Rohani',
  'Zainab',
  'Faridah',
  'Aisyah Humaira',
  'Nadia',
  'Amira',
  'Nur Syuhada',
  'Wan Nurul Ain',
  'Nik Nur Fatihah',
  'Puteri Balqis',
  'Hanis',
  'Fatin Nabilah',
  'Rosmah',
  'Salmiah',
  'Norlia',
] as const;
const MALAY_MEN = [
  'Muhammad Hafiz',
  'Ahmad Faizal',
  'Mohd Azlan',
  'Muhammad Amirul',
  'Khairul Anuar',
  'Mohd Rizal',
  'Ahmad Syahmi',
  'Zulkifli',
  'Muhammad Hakim',
  'Irfan',
  'Syazwan',
  'Firdaus',
  'Muhammad Aiman',
  'Haziq',
  'Abdul Razak',
  'Nik Faris',
  'Wan Ahmad Zaki',
  'Mohd Shahrul',
  'Hairul Nizam',
  'Azman',
  'Kamarul Ariffin',
  'Mohd Nazri',
] as const;
const FATHERS = [
  'Ahmad',
  'Ismail',
  'Abdullah',
  'Osman',
  'Hassan',
  'Yusof',
  'Ibrahim',
  'Kamarudin',
  'Abdul Rahman',
  'Salleh',
  'Mohamad',
  'Zakaria',
  'Jaafar',
  'Hamid',
  'Ali',
  'Mahmud',
  'Sulaiman',
  'Rashid',
  'Mat Noor',
  'Daud',
] as const;
const CHINESE = [
  'Tan Mei Ling',
  'Lim Wei Jie',
  'Wong Kar Mun',
  'Lee Siew Ling',
  'Ng Chee Keong',
  'Chong Li Ying',
  'Ooi Bee Leng',
  'Teh Kok Wai',
] as const;
const INDIAN = [
  'Priya Subramaniam',
  'Kavitha Rajendran',
  'Rajesh Muniandy',
  'Devi Krishnan',
  'Suresh Nair',
] as const;
const EAST = [
  'Dayang Nurfaizah',
  'Awang Hairul',
  'Abang Shafiee',
  'Dayang Salmah',
  'Mohd Fadzli',
  'Nurul Syazana',
  'Hajah Mariam',
  'Jainab Tuah',
  'Rosnah Ambok',
] as const;
const BRUNEIAN = [
  'Dayangku Nurul',
  'Awangku Hafiz',
  'Pengiran Norhayati',
  'Hajah Siti Rahmah',
  'Nurul Amal',
  'Mohd Amirul Haziq',
  'Dk Nur Aqilah',
  'Ak Muhammad Syafiq',
] as const;
const INDONESIAN = [
  'Putri Rahmawati',
  'Siti Rahayu',
  'Rizky Pratama',
  'Andi Saputra',
  'Fitri Handayani',
  'Nur Aini Lubis',
  'Teuku Rizal',
  'Dewi Anggraini',
  'Muhammad Ilham Nasution',
  'Cut Rahmi',
] as const;

/** A Malay name as people give it at checkout: with bin or binti (binte in Singapore), or the given name alone. */
export function malayName(rng: Rng, female: boolean, sg = false): string {
  const given = rng.pick(female ? MALAY_WOMEN : MALAY_MEN);
  if (rng.chance(0.35)) return given;
  return `${given} ${female ? (sg ? 'binte' : 'binti') : 'bin'} ${rng.pick(FATHERS)}`;
}

function nameFor(rng: Rng, segment: Segment, female: boolean): string {
  switch (segment) {
    case 'east':
      return rng.chance(0.5) ? rng.pick(EAST) : malayName(rng, female);
    case 'sg':
      return malayName(rng, female, true);
    case 'bn':
      return rng.pick(BRUNEIAN);
    case 'id':
      return rng.pick(INDONESIAN);
    default:
      return rng.chance(0.08) ? rng.pick(rng.chance(0.6) ? CHINESE : INDIAN) : malayName(rng, female);
  }
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/\b(bin|binti|binte|hajah|dk|ak)\b/g, '')
    .replace(/[^a-z ]/g, '')
    .trim()
    .split(/\s+/);

/** An e-mail as people make them: mostly Gmail, then Yahoo, Hotmail or Outlook, iCloud. */
export function emailFor(rng: Rng, name: string): string {
  const parts = slug(name);
  const first = parts[0] ?? 'user';
  const last = parts[parts.length - 1] ?? '';
  const local = rng.weightedPick<string>([
    [`${first}${last}${rng.int(80, 99)}`, 3],
    [`${first}.${last}`, 2],
    [`${first}_${rng.digits(3)}`, 2],
    [`${parts.join('')}`, 1],
    [`${first}${rng.int(1, 31)}${rng.int(1, 12)}`, 1],
  ]);
  const domain = rng.weightedPick<string>([
    ['gmail.com', 70],
    ['yahoo.com', 9],
    ['hotmail.com', 6],
    ['outlook.com', 4],
    ['icloud.com', 8],
    ['yahoo.com.my', 3],
  ]);
  return `${local}@${domain}`;
}

export function phoneFor(rng: Rng, country: string): string {
  switch (country) {
    case 'MY': {
      const prefix = rng.pick(['12', '13', '14', '16', '17', '18', '19', '11']);
      return `+60${prefix}${rng.digits(prefix === '11' ? 8 : 7)}`;
    }
    case 'SG':
      return `+65${rng.pick(['8', '9'])}${rng.digits(7)}`;
    case 'BN':
      return `+673${rng.pick(['7', '8'])}${rng.digits(6)}`;
    case 'ID':
      return `+628${rng.pick(['11', '12', '13', '52', '56', '77'])}${rng.digits(8)}`;
    default:
      return `+60${rng.pick(['12', '13', '17', '19'])}${rng.digits(7)}`;
  }
}

export const customerId = (rng: Rng): string => `c_${rng.digits(7)}`;

function marketOf(rng: Rng, segment: Segment): Market {
  switch (segment) {
    case 'sg':
      return SINGAPORE;
    case 'bn':
      return BRUNEI;
    case 'id':
      return INDONESIA;
    case 'diaspora':
      return DIASPORA[rng.weightedPick(DIASPORA_WEIGHTS)] ?? SINGAPORE;
    default:
      return MALAYSIA;
  }
}

const cardCountry = (segment: Segment, market: Market, rng: Rng): string =>
  segment === 'peninsular' || segment === 'east'
    ? 'MY'
    : segment === 'diaspora'
      ? rng.chance(0.5)
        ? 'MY'
        : market.country
      : market.country;

/**
 * A customer of a segment, whose account (when `createdAt` is given, a new one) was opened then; otherwise in a
 * past Raya season or any time since 2020.
 */
export function newCustomer(rng: Rng, segment: Segment, before: number, createdAt?: number): Customer {
  const market = marketOf(rng, segment);
  const female = rng.chance(0.64);
  const name = nameFor(rng, segment, female);
  const town =
    segment === 'peninsular'
      ? malaysianTown(rng, 'peninsular')
      : segment === 'east'
        ? malaysianTown(rng, 'east')
        : undefined;
  const home = town ? addressIn(rng, market, town) : addressIn(rng, market);
  const country = market.country;
  const mobile = homeNetwork(rng, country, 'mobile');
  const cards = Array.from({ length: rng.chance(0.3) ? 2 : rng.chance(0.75) ? 1 : 0 }, () =>
    newCard(rng, cardCountry(segment, market, rng)),
  );
  const devices = [newDevice(rng, { desktop: 0.12 })];
  if (rng.chance(0.25)) devices.push(newDevice(rng, { desktop: 0.5 }));
  const fasting = !/^(Tan|Lim|Wong|Lee|Ng|Chong|Ooi|Teh|Priya|Kavitha|Rajesh|Devi|Suresh)\b/.test(name);
  return {
    id: customerId(rng),
    email: emailFor(rng, name),
    name,
    phone: phoneFor(rng, segment === 'diaspora' ? 'MY' : country),
    female,
    segment,
    home,
    tz: market.tz,
    market,
    fasting,
    createdAt: createdAt ?? accountOpened(rng, before, market.tz),
    fibre: homeNetwork(rng, country, 'fibre'),
    mobile,
    devices,
    cards,
    fpxBank: rng.weightedPick(FPX_BANKS),
    ...(segment === 'peninsular' || segment === 'east'
      ? rng.chance(0.55)
        ? { wallet: rng.chance(0.8) ? ('tng_ewallet' as const) : ('grabpay' as const) }
        : {}
      : {}),
    points: createdAt === undefined && rng.chance(0.4) ? rng.int(5, 60) * 100 : 0,
  };
}

export const SEGMENT_SHARES: Readonly<Record<Segment, number>> = {
  peninsular: 72,
  east: 9,
  sg: 9,
  bn: 3,
  id: 2,
  diaspora: 5,
};

export interface CustomerBase {
  all: Customer[];
  of: (segment: Segment) => Customer[];
}

/** Accounts with a history: about one for every two and a half orders expected. */
export function customerBase(rng: Rng, start: number, orders: number): CustomerBase {
  const count = Math.max(40, Math.round(orders / 2.5));
  const all = Array.from({ length: count }, (_, i) =>
    newCustomer(rng.fork(`c${i}`), rng.weighted(SEGMENT_SHARES), start),
  );
  const bySegment = new Map<Segment, Customer[]>();
  for (const c of all) bySegment.set(c.segment, [...(bySegment.get(c.segment) ?? []), c]);
  return { all, of: (s) => bySegment.get(s) ?? [] };
}

/** An account opened just now, minutes before its first order. */
export const freshAccount = (rng: Rng, segment: Segment, at: number): Customer =>
  newCustomer(rng, segment, at, at - rng.int(2, 25) * MINUTE);

/** Accounts older than a month. */
export const aged = (c: Customer, at: number): boolean => at - c.createdAt > 30 * DAY;
