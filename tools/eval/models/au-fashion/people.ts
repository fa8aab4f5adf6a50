import { type Address, DAY, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { HOME, ipIn } from './networks.js';
import { type Market, type Place, placeInMarket, streetAddress } from './places.js';

/**
 * The people: names, e-mail addresses as each market writes them, the phones and computers they shop on, and
 * the shop's customer accounts (the Club), opened one month to nine years before the season, some of them
 * households that share an iPad, a home connection and sometimes a parent's card.
 */

const WOMEN = [
  'Olivia',
  'Charlotte',
  'Amelia',
  'Isla',
  'Mia',
  'Ava',
  'Grace',
  'Chloe',
  'Sophie',
  'Emily',
  'Jessica',
  'Sarah',
  'Emma',
  'Hannah',
  'Lucy',
  'Georgia',
  'Zoe',
  'Ella',
  'Ruby',
  'Matilda',
  'Sienna',
  'Harper',
  'Isabella',
  'Lily',
  'Madison',
  'Jasmine',
  'Rebecca',
  'Kate',
  'Michelle',
  'Nicole',
  'Lauren',
  'Megan',
  'Priya',
  'Mei',
  'Anh',
  'Eleni',
  'Giulia',
  'Aisha',
  'Tahlia',
  'Tayla',
  'Brooke',
  'Jade',
  'Rachel',
  'Amy',
  'Claire',
  'Fiona',
  'Karen',
  'Leanne',
];
const MEN = [
  'James',
  'Jack',
  'Liam',
  'Tom',
  'Ben',
  'Josh',
  'Matt',
  'Daniel',
  'Sam',
  'Ryan',
  'Luke',
  'Nathan',
  'Michael',
  'Chris',
];
const SURNAMES = [
  'Smith',
  'Jones',
  'Williams',
  'Brown',
  'Wilson',
  'Taylor',
  'Nguyen',
  'Johnson',
  'Martin',
  'White',
  'Anderson',
  'Walker',
  'Thompson',
  'Thomas',
  'Lee',
  'Ryan',
  'Kelly',
  'Harris',
  'King',
  'Chen',
  'Wang',
  'Singh',
  'Patel',
  'Murphy',
  "O'Brien",
  'Campbell',
  'Mitchell',
  'Roberts',
  'Evans',
  'Papadopoulos',
  'Russo',
  'Tran',
  'Kaur',
  'Clarke',
  'Hughes',
  'Edwards',
  'Bell',
  'Cooper',
  'Young',
  'Scott',
  'Morgan',
  'Wright',
  'Green',
  'Baker',
  'Hall',
  'Stewart',
  'Nikolaidis',
  'Rossi',
  'Kim',
  'Zhang',
  'Li',
  'Le',
  'Pham',
  'Sharma',
];
const NZ_WOMEN = [
  'Aroha',
  'Mere',
  'Ngaio',
  'Talia',
  'Olivia',
  'Isla',
  'Charlotte',
  'Amelia',
  'Hannah',
  'Sophie',
  'Georgia',
  'Ruby',
];
const NZ_SURNAMES = [
  'Ngata',
  'Tipene',
  'Fale',
  'Tupou',
  'Smith',
  'Wilson',
  'Williams',
  'Brown',
  'Taylor',
  'Anderson',
  'Walker',
  'Thompson',
];
const US_WOMEN = [
  'Ashley',
  'Brittany',
  'Madison',
  'Kayla',
  'Taylor',
  'Morgan',
  'Lauren',
  'Alexis',
  'Samantha',
  'Jennifer',
  'Olivia',
  'Emma',
];
const US_SURNAMES = [
  'Johnson',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Anderson',
  'Moore',
  'Jackson',
];
const CN_GIVEN = ['Yuxin', 'Jiayi', 'Xinyi', 'Zihan', 'Yutong', 'Siqi', 'Ruoxi', 'Mengyao'];
const CN_FAMILY = ['Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu'];

export interface Person {
  first: string;
  last: string;
  name: string;
}

const person = (first: string, last: string): Person => ({ first, last, name: `${first} ${last}` });

/** A buyer's name; mostly women, some men (gifts), by market. */
export function personIn(rng: Rng, market: Market | 'CN', man = false): Person {
  if (market === 'CN') return person(rng.pick(CN_GIVEN), rng.pick(CN_FAMILY));
  if (man) return person(rng.pick(MEN), rng.pick(market === 'US' ? US_SURNAMES : SURNAMES));
  if (market === 'NZ') return person(rng.pick(NZ_WOMEN), rng.pick(NZ_SURNAMES));
  if (market === 'US') return person(rng.pick(US_WOMEN), rng.pick(US_SURNAMES));
  return person(rng.pick(WOMEN), rng.pick(SURNAMES));
}

const PROVIDERS: Record<Market, ReadonlyArray<readonly [string, number]>> = {
  AU: [
    ['gmail.com', 48],
    ['icloud.com', 11],
    ['hotmail.com', 8],
    ['outlook.com', 7],
    ['yahoo.com.au', 5],
    ['bigpond.com', 5],
    ['hotmail.com.au', 3],
    ['live.com.au', 2],
    ['optusnet.com.au', 2],
    ['me.com', 2],
    ['iinet.net.au', 1],
    ['privaterelay.appleid.com', 3],
  ],
  NZ: [
    ['gmail.com', 48],
    ['xtra.co.nz', 12],
    ['icloud.com', 10],
    ['hotmail.com', 8],
    ['outlook.com', 8],
    ['yahoo.co.nz', 4],
    ['privaterelay.appleid.com', 2],
  ],
  US: [
    ['gmail.com', 55],
    ['icloud.com', 12],
    ['yahoo.com', 10],
    ['outlook.com', 6],
    ['hotmail.com', 4],
    ['aol.com', 3],
    ['comcast.net', 3],
    ['privaterelay.appleid.com', 3],
  ],
};

const clean = (x: string) => x.toLowerCase().replace(/[^a-z]/g, '');

/** The local part people pick for themselves. */
export function localPart(rng: Rng, p: Person): string {
  const f = clean(p.first);
  const l = clean(p.last);
  return rng.weightedPick<() => string>([
    [() => `${f}.${l}`, 30],
    [() => `${f}${l}`, 14],
    [() => `${f}${l}${rng.int(1, 99)}`, 14],
    [() => `${f}.${l}${rng.int(80, 99)}`, 8],
    [() => `${f[0] ?? 'x'}${l}`, 10],
    [() => `${f}_${l}`, 5],
    [() => `${f}${rng.int(1985, 2008)}`, 8],
    [() => `${f}.${l[0] ?? 'x'}`, 6],
    [() => `${f}${l}${rng.pick(['x', 'xo', 'aus', 'syd'])}`, 5],
  ])();
}

/** An e-mail address for `p` at a provider common in `market` (Hide My Email is random letters). */
export function emailOf(rng: Rng, p: Person, market: Market, provider?: string): string {
  const domain = provider ?? rng.weightedPick(PROVIDERS[market]);
  if (domain === 'privaterelay.appleid.com')
    return `${rng.token(10, 'abcdefghijklmnopqrstuvwxyz0123456789')}@${domain}`;
  return `${localPart(rng, p)}@${domain}`;
}

// ——— devices ———

export type DeviceKind = 'iphone' | 'android' | 'samsung' | 'mac' | 'windows' | 'ipad';
export type InApp = 'instagram' | 'tiktok' | 'facebook';

const chrome = (rng: Rng) =>
  rng.weightedPick([
    [155, 40],
    [154, 35],
    [153, 15],
    [152, 10],
  ]);
const safari = (rng: Rng) =>
  rng.weightedPick([
    ['27.1', 45],
    ['27.0', 12],
    ['26.4', 18],
    ['26.3', 8],
    ['18.6', 10],
    ['18.5', 7],
  ]);

/** A current browser's user agent on `kind`, or an app's in-app browser on a phone. */
export function userAgent(rng: Rng, kind: DeviceKind, inApp?: InApp): string {
  const iosVersion = safari(rng);
  const iosFrozen = iosVersion.startsWith('18') ? iosVersion.replace('.', '_') : '18_6';
  const iphone = `Mozilla/5.0 (iPhone; CPU iPhone OS ${iosFrozen} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)`;
  const model = rng.pick(['SM-S931B', 'SM-A566B', 'SM-S921B', 'Pixel 9', 'Pixel 8a', 'CPH2609']);
  if (kind === 'iphone' && inApp === 'instagram')
    return `${iphone} Mobile/15E148 Instagram ${rng.pick(['402.0.0.31.87', '405.1.0.28.79'])} (iPhone${rng.pick(['15,3', '16,2', '17,1', '14,7'])}; iOS ${iosVersion.replace('.', '_')}; en_AU; en; scale=3.00; 1290x2796; ${rng.digits(9)})`;
  if (kind === 'iphone' && inApp === 'tiktok')
    return `${iphone} Mobile/15E148 musical_ly_${rng.pick(['41.2.0', '41.5.0'])} JsSdk/2.0 NetType/${rng.pick(['WIFI', '5G'])} Channel/App Store ByteLocale/en Region/AU`;
  if (kind === 'iphone' && inApp === 'facebook')
    return `${iphone} Mobile/15E148 [FBAN/FBIOS;FBAV/${rng.int(480, 495)}.0.0.41.107;FBBV/${rng.digits(9)};FBDV/iPhone15,3;FBMD/iPhone;FBSN/iOS;FBSV/${iosVersion};FBSS/3;FBLC/en_AU;FBOP/5]`;
  if (kind === 'iphone') return `${iphone} Version/${iosVersion} Mobile/15E148 Safari/604.1`;
  if ((kind === 'android' || kind === 'samsung') && inApp)
    return `Mozilla/5.0 (Linux; Android 15; ${model} Build/AP3A.240905.015; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${chrome(rng)}.0.0.0 Mobile Safari/537.36 ${inApp === 'instagram' ? 'Instagram 402.0.0.31.87 Android' : inApp === 'tiktok' ? 'musical_ly_2024102030 BytedanceWebview/d8a21c6' : '[FB_IAB/FB4A;FBAV/490.0.0.59.109;]'}`;
  if (kind === 'samsung')
    return `Mozilla/5.0 (Linux; Android ${rng.pick(['15', '16'])}; SAMSUNG ${rng.pick(['SM-S931B', 'SM-A566B', 'SM-S921B'])}) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/${rng.pick(['28.0', '29.0'])} Chrome/136.0.0.0 Mobile Safari/537.36`;
  if (kind === 'android')
    return `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome(rng)}.0.0.0 Mobile Safari/537.36`;
  if (kind === 'ipad' && rng.chance(0.3))
    return `Mozilla/5.0 (iPad; CPU OS ${iosFrozen} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${iosVersion} Mobile/15E148 Safari/604.1`;
  if (kind === 'mac' || kind === 'ipad')
    return kind === 'mac' && rng.chance(0.4)
      ? `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome(rng)}.0.0.0 Safari/537.36`
      : `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${iosVersion} Safari/605.1.15`;
  const v = chrome(rng);
  return rng.weightedPick([
    [
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
      62,
    ],
    [
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36 Edg/${v}.0.0.0`,
      28,
    ],
    [
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${rng.pick([156, 157])}.0) Gecko/20100101 Firefox/${rng.pick([156, 157])}.0`,
      10,
    ],
  ]);
}

const PHONE: ReadonlyArray<readonly [DeviceKind, number]> = [
  ['iphone', 60],
  ['samsung', 18],
  ['android', 22],
];
const COMPUTER: ReadonlyArray<readonly [DeviceKind, number]> = [
  ['mac', 38],
  ['windows', 52],
  ['ipad', 10],
];

/** A browser the shop's fingerprint script mostly identifies (not under strict tracking protection). */
export function deviceOf(rng: Rng, kind: DeviceKind, inApp?: InApp, idShare = 0.88): Device {
  const ua = userAgent(rng, kind, inApp);
  return rng.chance(idShare) ? { userAgent: ua, id: `d_${rng.token(22)}` } : { userAgent: ua };
}

export const phone = (rng: Rng, inApp?: InApp): Device => deviceOf(rng, rng.weightedPick(PHONE), inApp);
export const computer = (rng: Rng): Device => deviceOf(rng, rng.weightedPick(COMPUTER));
/** Fashion is bought on phones: about seven in ten checkouts. */
export const anyDevice = (rng: Rng): Device => (rng.chance(0.7) ? phone(rng) : computer(rng));

// ——— the customer base ———

export type Tier = 'member' | 'gold' | 'black';

export interface Account {
  id: string;
  email: string;
  person: Person;
  createdAt: number;
  market: Market;
  place: Place;
  home: Address;
  cards: HeldCard[];
  phone: Device;
  computer: Device;
  /** The home connection's address (stable over a fortnight) and mobile carrier. */
  homeIp: string;
  mobile: string;
  tier: Tier;
  /** How often this account shops, relative. */
  activity: number;
  /** Household number, for accounts that share a family iPad and the home connection. */
  household?: number;
  locale: string;
}

export interface World {
  window: Window;
  customers: Account[];
  households: Account[][];
}

const LOCALE: Record<Market, string> = { AU: 'en-AU', NZ: 'en-NZ', US: 'en-US' };

/** A member's cards: a debit card, often a credit card too. */
export function cardsFor(rng: Rng, country: string): HeldCard[] {
  const first = newCard(rng, country);
  return rng.chance(0.4)
    ? [first, newCard(rng, country, first.funding === 'debit' ? 'credit' : 'debit')]
    : [first];
}

/** A home connection: a fixed network of the market, the address drawn once. */
export function homeConnection(rng: Rng, market: Market): string {
  return ipIn(rng, rng.weightedPick(HOME[market].fixed), 0.35);
}

export const mobileNetwork = (rng: Rng, market: Market): string => rng.weightedPick(HOME[market].mobile);

function account(rng: Rng, start: number, market: Market): Account {
  const place = placeInMarket(rng, market);
  const p = personIn(rng, market);
  const age = 30 * DAY + Math.min(9 * 365 * DAY, rng.exp(700 * DAY));
  const tier = rng.weightedPick<Tier>([
    ['member', 62],
    ['gold', age > 365 * DAY ? 30 : 12],
    ['black', age > 2 * 365 * DAY ? 10 : 2],
  ]);
  return {
    id: `C${rng.digits(9)}`,
    email: emailOf(rng, p, market),
    person: p,
    createdAt: Math.floor(start - age),
    market,
    place,
    home: streetAddress(rng, place),
    cards: cardsFor(rng, market),
    phone: phone(rng),
    computer: computer(rng),
    homeIp: homeConnection(rng, market),
    mobile: mobileNetwork(rng, market),
    tier,
    activity: tier === 'black' ? 4 : tier === 'gold' ? 2 : 1,
    locale: LOCALE[market],
  };
}

/**
 * One account for every three orders expected: 89 % Australian, 9 % New Zealand, 2 % American. About one
 * in nine belongs to a household of two or three (a mother and daughters, sisters) sharing an address, the
 * home connection, a family iPad and, for some, the mother's card.
 */
export function customerBase(rng: Rng, w: Window, orders: number): World {
  const customers: Account[] = [];
  const households: Account[][] = [];
  const count = Math.max(30, Math.round(orders / 3));
  while (customers.length < count) {
    const market = rng.weightedPick<Market>([
      ['AU', 89],
      ['NZ', 9],
      ['US', 2],
    ]);
    const head = account(rng, w.start, market);
    customers.push(head);
    if (market === 'US' || !rng.chance(0.055)) continue;
    const ipad = deviceOf(rng, 'ipad', undefined, 0.95);
    const family = [head];
    for (let i = rng.int(1, 2); i > 0; i--) {
      const m = account(rng, w.start, market);
      const p = personIn(rng, market);
      const member: Account = {
        ...m,
        person: { first: p.first, last: head.person.last, name: `${p.first} ${head.person.last}` },
        email: emailOf(rng, { first: p.first, last: head.person.last, name: '' }, market),
        place: head.place,
        home: head.home,
        homeIp: head.homeIp,
        cards: rng.chance(0.5) ? [...m.cards, ...head.cards.slice(0, 1)] : m.cards,
        tier: 'member',
        activity: 1,
      };
      family.push(member);
      customers.push(member);
    }
    const id = households.length;
    for (const member of family) {
      member.household = id;
      member.computer = ipad;
    }
    households.push(family);
  }
  return { window: w, customers, households };
}

/** A customer by how often they shop, from `market` when given. */
export function shopper(rng: Rng, w: World, market?: Market, filter?: (a: Account) => boolean): Account {
  const list = w.customers.filter((a) => (!market || a.market === market) && (!filter || filter(a)));
  const from = list.length > 0 ? list : w.customers;
  return rng.weightedPick(from.map((a) => [a, a.activity] as const));
}
