import { DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard, storeCard } from './cards.js';
import { type Network, US_HOME, US_MOBILE, US_OFFICE } from './networks.js';
import { homeIn, type Place, pickState, placeIn, RENTAL_TOWNS, stateByCode, streetLine } from './places.js';

/** The store's customers: names, e-mail habits, devices, and the accounts that come back. */

const FIRST = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'John',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'William',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Christopher',
  'Karen',
  'Daniel',
  'Lisa',
  'Matthew',
  'Nancy',
  'Anthony',
  'Ashley',
  'Mark',
  'Emily',
  'Andrew',
  'Megan',
  'Joshua',
  'Amanda',
  'Kevin',
  'Stephanie',
  'Brian',
  'Rebecca',
  'Tyler',
  'Lauren',
  'Brandon',
  'Hannah',
  'Jamal',
  'Aaliyah',
  'Luis',
  'Maria',
  'Carlos',
  'Sofia',
  'Minh',
  'Priya',
  'Raj',
  'Mei',
  'Wei',
  'Fatima',
  'Omar',
  'Grace',
  'Caleb',
  'Madison',
  'Ethan',
  'Chloe',
  'DeShawn',
  'Tamika',
  'Hunter',
  'Savannah',
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
  'Hernandez',
  'Lopez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Hill',
  'Green',
  'Adams',
  'Baker',
  'Nelson',
  'Carter',
  'Mitchell',
  'Campbell',
  'Parker',
  'Evans',
  'Edwards',
  'Collins',
  'Stewart',
  'Morris',
  'Nguyen',
  'Patel',
  'Kim',
  'Chen',
  'Shah',
  'Reyes',
  'Murphy',
  'Cook',
  'Rogers',
  'Bailey',
  'Cooper',
  'Howard',
  'Ward',
  'Brooks',
  'Pham',
  'Okafor',
  'Haddad',
];

export interface Person {
  first: string;
  last: string;
  name: string;
}

export const person = (rng: Rng, last?: string): Person => {
  const first = rng.pick(FIRST);
  const family = last ?? rng.pick(LAST);
  return { first, last: family, name: `${first} ${family}` };
};

/** Mailbox providers as this store's customers use them; the South-East still has its old ISP addresses. */
const DOMAINS: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 46],
  ['yahoo.com', 12],
  ['icloud.com', 9],
  ['outlook.com', 5],
  ['hotmail.com', 5],
  ['aol.com', 4],
  ['comcast.net', 3],
  ['att.net', 2],
  ['bellsouth.net', 2],
  ['charter.net', 1],
  ['verizon.net', 1],
  ['msn.com', 1],
  ['me.com', 1],
];

const lower = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/** An e-mail address the way people make them. */
export function emailOf(rng: Rng, p: Person, domain?: string): string {
  const f = lower(p.first);
  const l = lower(p.last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 24],
    [`${f}${l}${rng.int(1, 99)}`, 20],
    [`${f[0] ?? ''}${l}`, 14],
    [`${f}_${l}`, 6],
    [`${f}${l}${rng.int(1960, 2004)}`, 12],
    [`${l}${f[0] ?? ''}${rng.int(1, 999)}`, 8],
    [`${f}.${l}${rng.int(1, 9)}`, 8],
    [`${f}${rng.pick(['loves', 'and', 'mom', 'dad', 'home'])}${l}`, 3],
  ]);
  return `${local}@${domain ?? rng.weightedPick(DOMAINS)}`;
}

export const UA = {
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1',
  iphoneOld:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  iphoneFacebook:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/497.0.0.44.106;FBBV/689912345;FBDV/iPhone16,2;FBMD/iPhone;FBSN/iOS;FBSV/18.3;FBSS/3;FBCR/;FBID/phone;FBLC/en_US;FBOP/5]',
  iphonePinterest:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [Pinterest/iOS]',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1',
  android:
    'Mozilla/5.0 (Linux; Android 14; SM-S921U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile Safari/537.36',
  pixel:
    'Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile Safari/537.36',
  androidOld:
    'Mozilla/5.0 (Linux; Android 12; moto g stylus 5G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  windowsChrome:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36',
  windowsEdge:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 Edg/132.0.0.0',
  windowsFirefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0',
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15',
  macChrome:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36',
  linuxChrome:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  headless:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
} as const;

const HOUSEHOLD_UA: ReadonlyArray<readonly [string, number]> = [
  [UA.iphone, 24],
  [UA.iphoneOld, 6],
  [UA.iphoneFacebook, 7],
  [UA.iphonePinterest, 3],
  [UA.ipad, 6],
  [UA.android, 10],
  [UA.pixel, 4],
  [UA.androidOld, 4],
  [UA.windowsChrome, 14],
  [UA.windowsEdge, 6],
  [UA.windowsFirefox, 2],
  [UA.macSafari, 8],
  [UA.macChrome, 6],
];

const deviceId = (rng: Rng) => `dv_${rng.token(22)}`;

/** A browser: the fingerprint script runs unless an ad blocker stops it. */
export const device = (rng: Rng, ua?: string, scripted = 0.88): Device => {
  const userAgent = ua ?? rng.weightedPick(HOUSEHOLD_UA);
  return rng.chance(scripted) ? { userAgent, id: deviceId(rng) } : { userAgent };
};

export const isMobileUa = (ua: string): boolean => /iPhone|Android|iPad/.test(ua);

/** A signed-in customer of the store. */
export interface Account {
  id: string;
  email: string;
  name: string;
  person: Person;
  createdAt: number;
  home: Place;
  cards: HeldCard[];
  /** The store's credit card, when they have one. */
  storeCard?: HeldCard;
  devices: Device[];
  network: Network;
  mobile: Network;
}

export interface TradeAccount extends Account {
  company: string;
  tradeId: string;
  /** Resale certificate on file: their purchases for clients are exempt from sales tax. */
  resale?: string;
  office: Network;
}

export interface HostAccount extends Account {
  rentals: Place[];
}

const accountId = (rng: Rng) => `C${rng.int(1_000_000, 9_899_999)}`;

/** How long ago an account was opened: a month to nine years, more of them recent. */
const age = (rng: Rng) => Math.floor(DAY * (30 + 3255 * rng.next() ** 1.6));

export function newAccount(rng: Rng, createdAt: number, home?: Place, who?: Person): Account {
  const p = who ?? person(rng);
  const cards = [newCard(rng)];
  if (rng.chance(0.35)) cards.push(newCard(rng));
  const devices = [device(rng)];
  if (rng.chance(0.45)) devices.push(device(rng));
  return {
    id: accountId(rng),
    email: emailOf(rng, p),
    name: p.name,
    person: p,
    createdAt,
    home: home ?? homeIn(rng),
    cards,
    ...(rng.chance(0.12) ? { storeCard: storeCard(rng) } : {}),
    devices,
    network: rng.weightedPick(US_HOME.map((n, i) => [n, [30, 26, 16, 16, 12][i] ?? 10] as const)),
    mobile: rng.pick(US_MOBILE),
  };
}

/**
 * The accounts that exist before the sale: one for every three orders expected. About one in nine is a
 * partner's account in the same home, sharing its laptop, its Wi-Fi and one of its cards.
 */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const out: Account[] = [];
  const count = Math.max(40, Math.round(orders / 3));
  for (let i = 0; i < count; i++) {
    const r = rng.fork(`a${i}`);
    const prev = out[out.length - 1];
    if (prev && r.chance(0.11)) {
      const p = person(r, r.chance(0.8) ? prev.person.last : undefined);
      const shared = prev.cards[0] as HeldCard;
      out.push({
        ...newAccount(r, start - age(r), prev.home, p),
        cards: r.chance(0.5) ? [shared] : [shared, newCard(r)],
        devices: [prev.devices[0] as Device, device(r)],
        network: prev.network,
      });
    } else out.push(newAccount(r, start - age(r)));
  }
  return out;
}

const STUDIO = ['Interiors', 'Design Studio', 'Design Co.', 'Home', 'Design Group', 'Interior Design'];
const TRADE_STATES = ['NC', 'NC', 'SC', 'GA', 'FL', 'FL', 'TX', 'VA', 'TN', 'NY', 'CA'];

/** Interior designers and stagers with trade accounts (a resale certificate on file for most). */
export function tradeBase(rng: Rng, start: number, orders: number): TradeAccount[] {
  return Array.from({ length: Math.max(8, Math.round(orders / 90)) }, (_, i) => {
    const r = rng.fork(`t${i}`);
    const who = person(r);
    const company = r.chance(0.5) ? `${who.last} ${r.pick(STUDIO)}` : `Studio ${who.first} ${who.last}`;
    const domain = `${lower(company).slice(0, 18)}.com`;
    const home = placeIn(r, stateByCode(r.pick(TRADE_STATES)));
    const base = newAccount(r, start - Math.floor(DAY * r.int(120, 2900)), home, who);
    const email = r.chance(0.75) ? `${lower(who.first)}@${domain}` : emailOf(r, who);
    return {
      ...base,
      email,
      cards: [newCard(r, 'commercial'), ...base.cards.slice(0, 1)],
      company,
      tradeId: `TR-${r.digits(5)}`,
      ...(r.chance(0.8) ? { resale: `${home.region}-${r.digits(9)}` } : {}),
      office: r.chance(0.6) ? US_OFFICE : base.network,
    };
  });
}

/** Landlords and short-term-rental hosts, each with one to three properties in holiday towns. */
export function hostBase(rng: Rng, start: number, orders: number): HostAccount[] {
  return Array.from({ length: Math.max(8, Math.round(orders / 70)) }, (_, i) => {
    const r = rng.fork(`h${i}`);
    const base = newAccount(r, start - Math.floor(DAY * r.int(60, 2500)), homeIn(r, pickState(r)));
    const rentals = Array.from({ length: r.int(1, 3) }, () => {
      const [region, city, postalCode] = r.pick(RENTAL_TOWNS);
      return { country: 'US', region, city, postalCode, line1: streetLine(r, 0.3).replace('Apt', 'Unit') };
    });
    return {
      ...base,
      cards: r.chance(0.55) ? [newCard(r, 'commercial'), ...base.cards] : base.cards,
      rentals,
    };
  });
}
