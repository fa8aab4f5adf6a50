import { DAY, type Address, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, localCard } from './cards.js';
import { BD_BROADBAND, BD_MOBILE, type Network } from './networks.js';
import { addressIn, homePlace, type Place } from './places.js';

/** Bangladeshi names, e-mail as people here use it (mostly Gmail), devices, and the shop's accounts. */

const MALE = [
  'Tanvir',
  'Fahim',
  'Arif',
  'Sabbir',
  'Mehedi',
  'Rakib',
  'Imran',
  'Nayeem',
  'Shuvo',
  'Sajid',
  'Mahmud',
  'Tahsin',
  'Zubair',
  'Anik',
  'Hasan',
  'Riyad',
  'Ashraful',
  'Mizanur',
  'Jahid',
  'Sohel',
  'Mamun',
  'Rashed',
  'Shakil',
  'Towhid',
  'Nafis',
  'Ridwan',
  'Sourav',
  'Pritom',
  'Dipto',
  'Arnab',
  'Shafiqul',
  'Kamrul',
];
const FEMALE = [
  'Nusrat',
  'Farzana',
  'Sadia',
  'Tasnim',
  'Sumaiya',
  'Jannatul',
  'Mim',
  'Lamia',
  'Ayesha',
  'Fatema',
  'Sharmin',
  'Tania',
  'Nabila',
  'Rumana',
  'Anika',
  'Sanjida',
  'Israt',
  'Maliha',
  'Priyanka',
  'Moumita',
];
const SURNAMES = [
  'Hossain',
  'Rahman',
  'Islam',
  'Ahmed',
  'Chowdhury',
  'Khan',
  'Uddin',
  'Alam',
  'Sarker',
  'Talukder',
  'Haque',
  'Siddique',
  'Bhuiyan',
  'Molla',
  'Sheikh',
  'Karim',
  'Mia',
  'Miah',
  'Kabir',
  'Hasan',
  'Das',
  'Saha',
  'Roy',
  'Paul',
  'Barua',
  'Majumder',
  'Mahmud',
  'Sultana',
];
const HINDU = new Set(['Sourav', 'Pritom', 'Dipto', 'Arnab', 'Priyanka', 'Moumita']);

export function personName(rng: Rng): string {
  const female = rng.chance(0.42);
  const first = rng.pick(female ? FEMALE : MALE);
  const last = HINDU.has(first)
    ? rng.pick(['Das', 'Saha', 'Roy', 'Paul', 'Majumder', 'Barua'])
    : female && rng.chance(0.4)
      ? rng.pick(['Akter', 'Begum', 'Khatun', 'Sultana'])
      : rng.pick(SURNAMES.filter((s) => !['Das', 'Saha', 'Roy', 'Paul', 'Barua'].includes(s)));
  return `${first} ${last}`;
}

/** Gmail above all; Yahoo for older buyers; Outlook/Hotmail; iCloud and national webmail abroad. */
export function emailOf(rng: Rng, name: string, abroad?: string): string {
  const [first = 'user', last = 'bd'] = name.toLowerCase().split(' ');
  const year = rng.int(1978, 2007);
  const local = rng.weightedPick<string>([
    [`${first}.${last}`, 3],
    [`${first}${last}${rng.int(1, 99)}`, 3],
    [`${first}.${last}${String(year).slice(2)}`, 3],
    [`${first}_${last}${year}`, 2],
    [`${first}${rng.int(100, 9999)}`, 2],
    [`${last}.${first}`, 1],
  ]);
  const domain =
    abroad === 'GB'
      ? rng.weightedPick<string>([
          ['gmail.com', 6],
          ['hotmail.co.uk', 2],
          ['yahoo.co.uk', 1],
          ['icloud.com', 1],
        ])
      : abroad === 'US'
        ? rng.weightedPick<string>([
            ['gmail.com', 6],
            ['yahoo.com', 2],
            ['icloud.com', 1],
            ['outlook.com', 1],
          ])
        : rng.weightedPick<string>([
            ['gmail.com', 85],
            ['yahoo.com', 7],
            ['outlook.com', 4],
            ['hotmail.com', 4],
          ]);
  return `${local}@${domain}`;
}

const ANDROID = [
  ['Android 14', 'SM-A155F'],
  ['Android 14', '23129RAA4G'],
  ['Android 13', 'RMX3630'],
  ['Android 14', 'Infinix X6837'],
  ['Android 13', 'TECNO KI7'],
  ['Android 14', 'V2333'],
  ['Android 14', 'CPH2579'],
  ['Android 13', 'SM-A245F'],
  ['Android 12', 'Redmi Note 11'],
] as const;
const CHROME = ['122.0.6261.119', '123.0.6312.99', '124.0.6367.82', '125.0.6422.53'];

export const APP_VERSION = '4.2.1';

/** A phone or computer as the shop sees it: Android first, the app, Facebook's in-app browser, desktops. */
export function deviceOf(rng: Rng, opts: { abroad?: string } = {}): Device {
  const [os, model] = rng.pick(ANDROID);
  const chrome = rng.pick(CHROME);
  const ua = rng.weightedPick<string>([
    [
      `Mozilla/5.0 (Linux; ${os}; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Mobile Safari/537.36`,
      opts.abroad ? 35 : 45,
    ],
    [`GadgetGhor/${APP_VERSION} (Android; ${os}; ${model})`, 16],
    [
      `Mozilla/5.0 (Linux; ${os}; ${model}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${chrome} Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/462.0.0.41.99;]`,
      12,
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
      opts.abroad ? 20 : 8,
    ],
    [`GadgetGhor/${APP_VERSION} (iPhone; iOS 17.5)`, 3],
    [
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`,
      12,
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
      opts.abroad ? 8 : 3,
    ],
  ]);
  const app = ua.startsWith('GadgetGhor/');
  return { userAgent: ua, ...(app || rng.chance(0.8) ? { id: `dv_${rng.token(18)}` } : {}) };
}

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  place: Place;
  home: Address;
  devices: Device[];
  cards: HeldCard[];
  wallet: 'bkash' | 'nagad' | 'rocket';
  broadband: Network;
  mobile: Network;
  /** Students in a hall or mess share a phone or laptop with roommates. */
  student: boolean;
}

/** One account for every three orders expected, opened from 2019 (the shop's first year) to last week. */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const count = Math.max(40, Math.round(orders / 3));
  const accounts: Account[] = [];
  let shared: Device | undefined;
  for (let i = 0; i < count; i++) {
    const r = rng.fork(`a${i}`);
    const name = personName(r);
    const place = homePlace(r, 0.55);
    const student = r.chance(0.12);
    if (!shared || (student && r.chance(0.35))) shared = deviceOf(r);
    const devices = student && r.chance(0.7) ? [shared] : [deviceOf(r)];
    if (r.chance(0.3)) devices.push(deviceOf(r));
    const cards = Array.from(
      {
        length: r.weightedPick([
          [0, 45],
          [1, 40],
          [2, 15],
        ] as const),
      },
      () => localCard(r),
    );
    accounts.push({
      id: `cus_${r.token(12)}`,
      email: emailOf(r, name),
      name,
      createdAt: start - Math.floor(r.float(7, 7 * 365) * DAY),
      place,
      home: addressIn(r, place),
      devices,
      cards,
      wallet: r.weightedPick([
        ['bkash', 70],
        ['nagad', 22],
        ['rocket', 8],
      ] as const),
      broadband: r.pick(BD_BROADBAND),
      mobile: r.pick(BD_MOBILE),
      student,
    });
  }
  return accounts;
}

/** The store's world for a stream: its window and its accounts. */
export interface World {
  window: { start: number; end: number };
  customers: Account[];
}

/** An account, optionally one of those matching `fit` (any account when none does). */
export function anAccount(rng: Rng, w: World, fit?: (a: Account) => boolean): Account {
  const pool = fit ? w.customers.filter(fit) : w.customers;
  return rng.pick(pool.length > 0 ? pool : w.customers);
}
