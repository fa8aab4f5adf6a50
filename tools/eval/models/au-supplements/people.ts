import { type Card, DAY, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { ipOn, type Network, network } from './networks.js';
import { AU_CITIES, type City, NZ_CITIES, pickCity, SG_CITIES, streetAddress, US_CITIES } from './places.js';
import { type Address } from '../kit/purchase.js';

/** People, their cards, devices and e-mail addresses, and the store's accounts. */

export type Funding = 'credit' | 'debit' | 'prepaid';
export interface HeldCard extends Card {
  funding: Funding;
}

/** The model's own BIN lists by issuing country and funding. */
const BINS: Record<string, Record<Funding, ReadonlyArray<readonly [string, string]>>> = {
  AU: {
    debit: [
      ['456471', 'visa'],
      ['462263', 'visa'],
      ['494053', 'visa'],
      ['437860', 'visa'],
      ['516361', 'mastercard'],
      ['535318', 'mastercard'],
    ],
    credit: [
      ['453226', 'visa'],
      ['476149', 'visa'],
      ['521729', 'mastercard'],
      ['557547', 'mastercard'],
      ['376011', 'amex'],
      ['377064', 'amex'],
    ],
    prepaid: [
      ['533812', 'mastercard'],
      ['405671', 'visa'],
    ],
  },
  NZ: {
    debit: [
      ['450644', 'visa'],
      ['478815', 'visa'],
      ['518808', 'mastercard'],
    ],
    credit: [
      ['455702', 'visa'],
      ['552033', 'mastercard'],
    ],
    prepaid: [['421394', 'visa']],
  },
  SG: {
    debit: [
      ['414709', 'visa'],
      ['540080', 'mastercard'],
    ],
    credit: [
      ['456287', 'visa'],
      ['524172', 'mastercard'],
      ['379186', 'amex'],
    ],
    prepaid: [['404160', 'visa']],
  },
  US: {
    debit: [
      ['414720', 'visa'],
      ['440393', 'visa'],
      ['542418', 'mastercard'],
    ],
    credit: [
      ['426684', 'visa'],
      ['517805', 'mastercard'],
      ['371449', 'amex'],
    ],
    prepaid: [['487917', 'visa']],
  },
  RU: {
    debit: [
      ['427601', 'visa'],
      ['546938', 'mastercard'],
    ],
    credit: [['427901', 'visa']],
    prepaid: [['220220', 'mir']],
  },
  IR: { debit: [['603799', 'shetab']], credit: [['603799', 'shetab']], prepaid: [['603799', 'shetab']] },
};

export function newCard(
  rng: Rng,
  country: string,
  funding: Funding = rng.chance(0.6) ? 'debit' : 'credit',
): HeldCard {
  const [bin, brand] = rng.pick((BINS[country] ?? BINS.AU)?.[funding] ?? [['456471', 'visa']]) as readonly [
    string,
    string,
  ];
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}`, funding };
}

/** A card on a given BIN (card testers and stolen batches run through a handful of BINs). */
export const cardOnBin = (
  rng: Rng,
  bin: readonly [string, string],
  country: string,
  funding: Funding,
): HeldCard => ({
  bin: bin[0],
  last4: rng.digits(4),
  brand: bin[1],
  country,
  fingerprint: `fp_${rng.token(16)}`,
  funding,
});

export const binsOf = (country: string, funding: Funding) => (BINS[country] ?? BINS.AU)?.[funding] ?? [];

const IOS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 26_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/142.0.7444.77 Mobile/15E148 Safari/604.1',
];
const ANDROID = [
  'Mozilla/5.0 (Linux; Android 15; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 16; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 14; SM-A556E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Mobile Safari/537.36',
];
const DESKTOP = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0',
];
const APP = ['PeakFuel/6.4.1 (iPhone; iOS 18.6; Scale/3.00)', 'PeakFuel/6.4.0 (Android 15; SM-S921B)'];

/** A device: the store's app always sends an id, the web checkout's fingerprint script most of the time. */
export function newDevice(
  rng: Rng,
  kind = rng.weighted({ ios: 38, android: 24, desktop: 26, app: 12 }),
): Device {
  if (kind === 'app') return { userAgent: rng.pick(APP), id: `dev_${rng.token(20)}` };
  const userAgent = rng.pick(kind === 'ios' ? IOS : kind === 'android' ? ANDROID : DESKTOP);
  return rng.chance(0.88) ? { userAgent, id: `dev_${rng.token(20)}` } : { userAgent };
}

/** A headless or scripted browser as card testers and bots run them. */
export const scriptedDevice = (rng: Rng): Device => ({
  userAgent: rng.pick([
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/139.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  ]),
  ...(rng.chance(0.5) ? { id: `dev_${rng.token(20)}` } : {}),
});

const FIRST = [
  'Jack',
  'Olivia',
  'Liam',
  'Charlotte',
  'Noah',
  'Mia',
  'Ethan',
  'Chloe',
  'Lachlan',
  'Isla',
  'Cooper',
  'Zoe',
  'Hamish',
  'Priya',
  'Arjun',
  'Wei',
  'Minh',
  'Ngoc',
  'Aroha',
  'Tane',
  'Mohammed',
  'Fatima',
  'Sione',
  'Grace',
  'Ryan',
  'Jessica',
  'Brodie',
  'Tayla',
  'Josh',
  'Emily',
  'Daniel',
  'Sarah',
  'Kai',
  'Ava',
  'Harrison',
  'Mei',
];
const LAST = [
  'Smith',
  'Jones',
  'Williams',
  'Brown',
  'Wilson',
  'Taylor',
  'Nguyen',
  'Singh',
  'Chen',
  'Patel',
  'Kelly',
  'Ryan',
  'Walker',
  'Harris',
  'Tran',
  'Murphy',
  "O'Brien",
  'Campbell',
  'Anderson',
  'Thompson',
  'Lee',
  'Martin',
  'White',
  'Te Awa',
  'Fifita',
  'Kaur',
  'Wang',
  'Rossi',
  'Papadopoulos',
  'Hughes',
  'Stewart',
  'Mitchell',
  'Young',
  'King',
];

export const personName = (rng: Rng): string => `${rng.pick(FIRST)} ${rng.pick(LAST)}`;

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .replace(' ', '.')
    .replace(/ /g, '');

const PROVIDERS: Record<string, ReadonlyArray<readonly [string, number]>> = {
  AU: [
    ['gmail.com', 40],
    ['outlook.com', 12],
    ['hotmail.com', 10],
    ['icloud.com', 14],
    ['bigpond.com', 6],
    ['yahoo.com.au', 5],
    ['optusnet.com.au', 3],
  ],
  NZ: [
    ['gmail.com', 45],
    ['xtra.co.nz', 15],
    ['outlook.com', 12],
    ['icloud.com', 12],
  ],
  SG: [
    ['gmail.com', 50],
    ['hotmail.com', 15],
    ['yahoo.com.sg', 10],
  ],
  US: [
    ['gmail.com', 50],
    ['yahoo.com', 15],
    ['icloud.com', 15],
    ['outlook.com', 10],
  ],
};

/** A person's everyday address: name-based, with a year or a number now and then. */
export function emailOf(rng: Rng, name: string, country: string): string {
  const local = rng.weightedPick([
    [slug(name), 4],
    [`${slug(name)}${rng.int(1, 99)}`, 3],
    [`${slug(name).replace('.', '')}${rng.int(1975, 2007)}`, 2],
    [`${slug(name).charAt(0)}${slug(name).split('.')[1] ?? 'x'}`, 1],
  ] as const);
  return `${local}@${rng.weightedPick(PROVIDERS[country] ?? PROVIDERS.AU ?? [])}`;
}

/** Throw-away inboxes (promo farms, card testers). */
export const DISPOSABLE = [
  'mailinator.com',
  'guerrillamail.com',
  'sharklasers.com',
  'yopmail.com',
  'tempmail.dev',
  'mail.tm',
  'dropmail.me',
];

export interface Home {
  city: City;
  address: Address;
}

export function homeIn(rng: Rng, cities: readonly City[]): Home {
  const city = pickCity(rng, cities);
  return { city, address: streetAddress(rng, city) };
}

/** A store account: most buyers over three years of trading have one. */
export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  home: Home;
  cards: HeldCard[];
  devices: Device[];
  /** The fixed line at home: one address for weeks. */
  homeIp: string;
  homeNet: Network;
  mobileNet: Network;
  /** A monthly subscription (protein, creatine, vitamins) renewed on the stored card. */
  subscriber: boolean;
  /** The MyPost number for parcel lockers, when they use them. */
  myPost?: string;
}

const HOME_NETS: Record<string, ReadonlyArray<readonly [string, number]>> = {
  AU: [
    ['au-nbn-1', 5],
    ['au-nbn-2', 4],
  ],
  NZ: [['nz-fibre', 1]],
  SG: [['sg-fibre', 1]],
  US: [['us-cable', 1]],
};
const MOBILE_NETS: Record<string, ReadonlyArray<readonly [string, number]>> = {
  AU: [
    ['au-mobile-1', 3],
    ['au-mobile-2', 2],
  ],
  NZ: [['nz-mobile', 1]],
  SG: [['sg-mobile', 1]],
  US: [['us-mobile', 1]],
};

export const homeNetOf = (rng: Rng, home: Home): Network =>
  home.city.state === 'WA' && home.city.country === 'AU' && rng.chance(0.5)
    ? network('au-nbn-wa')
    : network(rng.weightedPick(HOME_NETS[home.city.country] ?? HOME_NETS.AU ?? []));
export const mobileNetOf = (rng: Rng, country: string): Network =>
  network(rng.weightedPick(MOBILE_NETS[country] ?? MOBILE_NETS.AU ?? []));

export function newAccount(rng: Rng, country: string, createdAt: number, cities?: readonly City[]): Account {
  const pool =
    cities ??
    (country === 'NZ' ? NZ_CITIES : country === 'SG' ? SG_CITIES : country === 'US' ? US_CITIES : AU_CITIES);
  const home = homeIn(rng, pool);
  const name = personName(rng);
  const homeNet = homeNetOf(rng, home);
  return {
    id: `cus_${rng.token(14)}`,
    email: emailOf(rng, name, country),
    name,
    createdAt,
    home,
    cards: Array.from({ length: rng.chance(0.3) ? 2 : 1 }, () => newCard(rng, country)),
    devices: Array.from({ length: rng.chance(0.45) ? 2 : 1 }, () => newDevice(rng)),
    homeIp: ipOn(rng, homeNet),
    homeNet,
    mobileNet: mobileNetOf(rng, country),
    subscriber: false,
    ...(rng.chance(0.3) ? { myPost: rng.digits(10) } : {}),
  };
}

export interface Customers {
  au: Account[];
  nz: Account[];
  subscribers: Account[];
  fifo: Account[];
}

/**
 * The store's existing accounts, opened up to six years before the window: one for every four orders expected,
 * a quarter of the Australian ones subscribed; FIFO workers keep a home in Perth, Brisbane or a regional city.
 */
export function customerBase(rng: Rng, w: Window, orders: number): Customers {
  const opened = () => w.start - Math.floor(rng.float(30, 6 * 365) * DAY);
  const count = Math.max(20, Math.round(orders / 4));
  const au = Array.from({ length: count }, () => newAccount(rng, 'AU', opened()));
  for (const a of au) a.subscriber = rng.chance(0.25);
  const nz = Array.from({ length: Math.max(5, Math.round(count / 12)) }, () =>
    newAccount(rng, 'NZ', opened()),
  );
  const homes = AU_CITIES.filter((c) =>
    ['Perth', 'Brisbane', 'Townsville', 'Mackay', 'Gold Coast', 'Cairns'].includes(c.city),
  );
  const fifo = Array.from({ length: Math.max(5, Math.round(count / 15)) }, () =>
    newAccount(rng, 'AU', opened(), homes),
  );
  return { au, nz, subscribers: au.filter((a) => a.subscriber), fifo };
}

/** The store's world for a window: its accounts and the few NAT addresses each campus shows to the internet. */
export interface World {
  window: Window;
  customers: Customers;
  campusNat: string[];
}
