import { type Card, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { consumerNetwork, type NetworkName } from './networks.js';
import { homePlace, type Place } from './places.js';

/**
 * The people behind the orders: names, e-mail addresses, the cards in their wallets (BIN and last four only),
 * their phones and laptops, and the store's accounts (the "Facet Circle" loyalty programme).
 */

const FIRST = [
  'James',
  'Michael',
  'David',
  'Daniel',
  'Matthew',
  'Chris',
  'Ryan',
  'Kevin',
  'Brian',
  'Jason',
  'Anthony',
  'Jose',
  'Marcus',
  'Andrew',
  'Tyler',
  'Brandon',
  'Eric',
  'Raj',
  'Wei',
  'Omar',
  'Sarah',
  'Jessica',
  'Ashley',
  'Emily',
  'Jennifer',
  'Maria',
  'Nicole',
  'Rachel',
  'Lauren',
  'Priya',
  'Aaliyah',
  'Megan',
  'Olivia',
  'Sophia',
  'Grace',
];
const LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Lee',
  'Cohen',
  'Goldberg',
  'Patel',
  'Nguyen',
  'Kim',
  'Chen',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Walker',
  'Rosen',
  'Shapiro',
  'O’Brien',
  'Murphy',
  'Rivera',
  'Jackson',
  'Wright',
  'Scott',
  'Hughes',
  'Kaplan',
  'Singh',
];

export interface Person {
  first: string;
  last: string;
  name: string;
}

export function person(rng: Rng): Person {
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  return { first, last, name: `${first} ${last}` };
}

const CONSUMER_MAIL: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 46],
  ['yahoo.com', 11],
  ['icloud.com', 13],
  ['outlook.com', 6],
  ['hotmail.com', 5],
  ['aol.com', 4],
  ['me.com', 2],
  ['comcast.net', 2],
  ['verizon.net', 1],
];
const CA_MAIL: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 50],
  ['hotmail.ca', 15],
  ['rogers.com', 10],
  ['icloud.com', 15],
  ['yahoo.ca', 10],
];
const GB_MAIL: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 45],
  ['hotmail.co.uk', 15],
  ['btinternet.com', 10],
  ['icloud.com', 15],
  ['yahoo.co.uk', 10],
  ['outlook.com', 5],
];

const plain = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/** A real person's address: their name in one of the usual shapes, at a common provider (or at work). */
export function emailOf(rng: Rng, p: Person, country = 'US', work?: string): string {
  const f = plain(p.first);
  const l = plain(p.last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 30],
    [`${f}${l}`, 15],
    [`${f.charAt(0)}${l}`, 15],
    [`${f}.${l}${rng.int(1, 99)}`, 15],
    [`${f}${l}${rng.int(1960, 2004)}`, 10],
    [`${l}.${f}`, 5],
    [`${f}_${l}${rng.digits(2)}`, 10],
  ]);
  if (work) return `${f}.${l}@${work}`;
  const domains = country === 'CA' ? CA_MAIL : country === 'GB' ? GB_MAIL : CONSUMER_MAIL;
  return `${local}@${rng.weightedPick(domains)}`;
}

export const COMPANIES: ReadonlyArray<readonly [string, string]> = [
  ['Hartwell Capital Partners', 'hartwellcap.com'],
  ['Meridian Health Systems', 'meridianhealth.org'],
  ['Brightline Logistics', 'brightlinelogistics.com'],
  ['Kessler & Young LLP', 'kesslerandyoung.com'],
  ['Northgate Software', 'northgatesoftware.io'],
  ['Sato Engineering Group', 'satoengineering.com'],
  ['Atlas Media', 'atlasmedia.co'],
  ['Greenfield Realty', 'greenfieldrealty.com'],
];

export type Funding = 'credit' | 'debit' | 'prepaid';

/** A card in someone's wallet; the store only ever sees the BIN, last four, brand, country and a fingerprint. */
export interface HeldCard extends Card {
  funding: Funding;
}

type Bins = ReadonlyArray<readonly [string, string, Funding, number]>;

/** BINs by issuing country: [bin, brand, funding, weight]. */
const BINS: Record<string, Bins> = {
  US: [
    ['414720', 'visa', 'credit', 9],
    ['426684', 'visa', 'credit', 7],
    ['440393', 'visa', 'credit', 4],
    ['473702', 'visa', 'credit', 4],
    ['486796', 'visa', 'credit', 3],
    ['400022', 'visa', 'debit', 5],
    ['414709', 'visa', 'debit', 4],
    ['446542', 'visa', 'debit', 3],
    ['517805', 'mastercard', 'credit', 5],
    ['524038', 'mastercard', 'credit', 3],
    ['546616', 'mastercard', 'credit', 4],
    ['552433', 'mastercard', 'credit', 2],
    ['516361', 'mastercard', 'debit', 3],
    ['371385', 'amex', 'credit', 5],
    ['374355', 'amex', 'credit', 4],
    ['377481', 'amex', 'credit', 3],
    ['601120', 'discover', 'credit', 2],
    ['650036', 'discover', 'credit', 1],
  ],
  CA: [
    ['450060', 'visa', 'credit', 5],
    ['451015', 'visa', 'credit', 4],
    ['520350', 'mastercard', 'credit', 3],
    ['540141', 'mastercard', 'credit', 2],
    ['373910', 'amex', 'credit', 1],
  ],
  GB: [
    ['465858', 'visa', 'debit', 5],
    ['475129', 'visa', 'debit', 3],
    ['492181', 'visa', 'credit', 3],
    ['535522', 'mastercard', 'credit', 2],
    ['374288', 'amex', 'credit', 1],
  ],
  // Cards abroad: Kazakh, Armenian and Emirati issuers Russian buyers use since their own cards stopped working abroad.
  KZ: [['440563', 'visa', 'debit', 1]],
  AM: [['408306', 'visa', 'debit', 1]],
  AE: [['486567', 'visa', 'credit', 1]],
  RU: [
    ['427638', 'visa', 'debit', 1],
    ['220220', 'mir', 'debit', 1],
  ],
  IR: [['603799', 'shetab', 'debit', 1]],
};

/** Reloadable and gift prepaid cards sold in US drugstores. */
export const PREPAID_BINS: Bins = [
  ['403446', 'visa', 'prepaid', 3],
  ['411238', 'visa', 'prepaid', 2],
  ['435237', 'visa', 'prepaid', 2],
  ['516648', 'mastercard', 'prepaid', 2],
];

/** Corporate cards companies hand their office managers. */
export const CORPORATE_BINS: Bins = [
  ['379723', 'amex', 'credit', 4],
  ['556150', 'mastercard', 'credit', 2],
  ['485932', 'visa', 'credit', 2],
];

export function cardFrom(rng: Rng, bins: Bins, country: string): HeldCard {
  const [bin, brand, funding] = rng.weightedPick(bins.map((b) => [b, b[3]] as const));
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}`, funding };
}

/** A card issued in `country`. */
export const newCard = (rng: Rng, country: string): HeldCard =>
  cardFrom(rng, BINS[country] ?? BINS.US ?? [], country);

/** One of the BINs issued in `country`, for card testers working a range. */
export const binOf = (rng: Rng, country: string): readonly [string, string] => {
  const [bin, brand] = rng.pick(BINS[country] ?? []);
  return [bin, brand];
};

const UA = {
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1',
  iphoneOld:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  android:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile Safari/537.36',
  samsung:
    'Mozilla/5.0 (Linux; Android 14; SM-S921U) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15',
  macChrome:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36',
  windows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 Edg/132.0.0.0',
  app: 'FacetJewelers/4.12.1 (iPhone; iOS 18.2; Scale/3.00)',
};

export const USER_AGENTS = UA;

/** A shopper's phone or computer; the site's fingerprint script gives most a device id. */
export function deviceOf(rng: Rng, mobile?: boolean): Device {
  const phone = mobile ?? rng.chance(0.62);
  const userAgent = phone
    ? rng.weightedPick<string>([
        [UA.iphone, 48],
        [UA.iphoneOld, 14],
        [UA.app, 10],
        [UA.android, 16],
        [UA.samsung, 12],
      ])
    : rng.weightedPick<string>([
        [UA.mac, 30],
        [UA.macChrome, 25],
        [UA.windows, 30],
        [UA.edge, 15],
      ]);
  const id = userAgent === UA.app || rng.chance(0.9) ? `dv_${rng.token(20)}` : undefined;
  return { userAgent, ...(id ? { id } : {}) };
}

export type Tier = 'member' | 'gold' | 'diamond';

/** A store account: a loyalty member with a home, a card or two, a phone and a laptop, a home connection. */
export interface Account {
  id: string;
  email: string;
  name: string;
  person: Person;
  createdAt: number;
  home: Place;
  cards: HeldCard[];
  devices: Device[];
  network: NetworkName;
  tier: Tier;
}

/** An account for `p` at `home`, opened at `createdAt`. */
export function openAccount(rng: Rng, p: Person, home: Place, createdAt: number, email?: string): Account {
  const country = home.region.country;
  const cards = [newCard(rng, country)];
  if (rng.chance(0.35)) cards.push(newCard(rng, country));
  const devices = [deviceOf(rng, true)];
  if (rng.chance(0.55)) devices.push(deviceOf(rng, false));
  return {
    id: `cus_${rng.token(14)}`,
    email: email ?? emailOf(rng, p, country),
    name: p.name,
    person: p,
    createdAt,
    home,
    cards,
    devices,
    network: consumerNetwork(rng, country),
    tier: rng.weightedPick<Tier>([
      ['member', 70],
      ['gold', 22],
      ['diamond', 8],
    ]),
  };
}

/**
 * The store's accounts at the start of the window: one for every three orders expected, opened one month to eleven
 * years before; a few households share a laptop between two accounts.
 */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const count = Math.max(20, Math.round(orders / 3));
  const out: Account[] = [];
  for (let i = 0; i < count; i++) {
    const r = rng.fork(`a${i}`);
    const age = Math.min(11 * 365, 30 + r.exp(2.5 * 365)) * DAY;
    const account = openAccount(r, person(r), homePlace(r), Math.floor(start - age));
    const partner = out.length > 0 && r.chance(0.06) ? r.pick(out) : undefined;
    if (partner?.devices[1]) account.devices.push(partner.devices[1]);
    out.push(account);
  }
  return out;
}
