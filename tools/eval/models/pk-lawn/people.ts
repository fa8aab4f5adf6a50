import { type Card, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { newCard } from './cards.js';
import { ABROAD, type Home, homeAt, type Market } from './places.js';

/**
 * Who buys: Pakistani names (women mostly; husbands, sons and brothers buy for them too), the e-mail providers
 * each market uses, mobile numbers, the phones and browsers they shop on (Android and the Instagram in-app
 * browser at home, iPhones abroad) and the store's base of returning accounts.
 */

const WOMEN = [
  'Ayesha',
  'Fatima',
  'Zainab',
  'Maryam',
  'Hira',
  'Sana',
  'Amna',
  'Mahnoor',
  'Iqra',
  'Saba',
  'Rabia',
  'Nida',
  'Sadia',
  'Mehwish',
  'Aliza',
  'Areeba',
  'Anum',
  'Kinza',
  'Laiba',
  'Hafsa',
  'Noor',
  'Alina',
  'Bushra',
  'Samina',
  'Shazia',
  'Farah',
  'Rubina',
  'Nazia',
  'Tahira',
  'Uzma',
  'Sidra',
  'Javeria',
  'Maham',
  'Khadija',
  'Zoya',
  'Rida',
  'Huma',
  'Fiza',
  'Mehreen',
  'Sumaira',
  'Ambreen',
  'Naila',
  'Hina',
  'Shabana',
  'Aiman',
  'Eman',
  'Zara',
  'Minahil',
];
const MEN = [
  'Ahmed',
  'Ali',
  'Hassan',
  'Usman',
  'Bilal',
  'Hamza',
  'Omar',
  'Faisal',
  'Imran',
  'Kashif',
  'Asad',
  'Zeeshan',
  'Adnan',
  'Waqas',
  'Saad',
  'Fahad',
  'Talha',
  'Danish',
  'Shahid',
  'Tariq',
  'Junaid',
  'Naveed',
  'Salman',
  'Umer',
];
const SURNAMES = [
  'Khan',
  'Ahmed',
  'Malik',
  'Butt',
  'Chaudhry',
  'Qureshi',
  'Sheikh',
  'Raza',
  'Hussain',
  'Iqbal',
  'Siddiqui',
  'Mirza',
  'Awan',
  'Rana',
  'Javed',
  'Aslam',
  'Akhtar',
  'Shah',
  'Bukhari',
  'Abbasi',
  'Rehman',
  'Farooq',
  'Zafar',
  'Baig',
  'Gillani',
  'Niazi',
  'Khattak',
  'Memon',
  'Ansari',
  'Hashmi',
  'Cheema',
  'Warraich',
  'Bhatti',
  'Saleem',
];

export interface Person {
  first: string;
  last: string;
  name: string;
}

/** A Pakistani name; women three times in four. */
export function person(rng: Rng, woman = rng.chance(0.75)): Person {
  const first = rng.pick(woman ? WOMEN : MEN);
  const last = rng.pick(SURNAMES);
  return { first, last, name: `${first} ${last}` };
}

const DOMAINS: Readonly<Record<Market, ReadonlyArray<readonly [string, number]>>> = {
  PK: [
    ['gmail.com', 78],
    ['yahoo.com', 8],
    ['hotmail.com', 7],
    ['outlook.com', 4],
    ['icloud.com', 3],
  ],
  GB: [
    ['gmail.com', 50],
    ['hotmail.co.uk', 16],
    ['outlook.com', 10],
    ['yahoo.co.uk', 8],
    ['icloud.com', 12],
    ['btinternet.com', 4],
  ],
  US: [
    ['gmail.com', 60],
    ['yahoo.com', 14],
    ['icloud.com', 14],
    ['outlook.com', 6],
    ['hotmail.com', 6],
  ],
  AE: [
    ['gmail.com', 70],
    ['hotmail.com', 12],
    ['yahoo.com', 8],
    ['icloud.com', 10],
  ],
  SA: [
    ['gmail.com', 75],
    ['hotmail.com', 12],
    ['yahoo.com', 8],
    ['icloud.com', 5],
  ],
  CA: [
    ['gmail.com', 60],
    ['hotmail.com', 13],
    ['outlook.com', 8],
    ['icloud.com', 12],
    ['yahoo.ca', 7],
  ],
};

/** An address the way people make them: name and surname, a birth year, a few digits. */
export function emailFor(rng: Rng, p: Person, market: Market): string {
  const f = p.first.toLowerCase();
  const l = p.last.toLowerCase();
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 20],
    [`${f}${l}${rng.int(1, 99)}`, 25],
    [`${f}_${l}`, 10],
    [`${f}${l}${rng.int(1975, 2006)}`, 15],
    [`${f[0] ?? ''}${l}${rng.int(10, 999)}`, 10],
    [`${f}.${l}${rng.int(1, 9)}`, 10],
    [`${f}${rng.int(100, 9999)}`, 10],
  ]);
  return `${local}@${rng.weightedPick(DOMAINS[market])}`;
}

const US_AREAS = [
  '713',
  '281',
  '832',
  '312',
  '773',
  '718',
  '347',
  '201',
  '732',
  '972',
  '469',
  '703',
  '571',
  '510',
  '949',
  '678',
  '734',
];
const CA_AREAS = ['416', '647', '905', '289', '437', '403', '587', '780', '604', '514'];

/** A mobile number: Jazz, Zong, Ufone or Telenor in Pakistan (03xx), the local mobile ranges abroad. */
export function phoneFor(rng: Rng, market: Market): string {
  switch (market) {
    case 'PK':
      return `+92 3${rng.int(0, 4)}${rng.int(0, 9)} ${rng.digits(7)}`;
    case 'GB':
      return `+44 7${rng.int(4, 9)}${rng.digits(8)}`;
    case 'US':
      return `+1 ${rng.pick(US_AREAS)} ${rng.digits(7)}`;
    case 'AE':
      return `+971 5${rng.pick(['0', '2', '5', '6', '8'])} ${rng.digits(7)}`;
    case 'SA':
      return `+966 5${rng.int(0, 9)} ${rng.digits(7)}`;
    case 'CA':
      return `+1 ${rng.pick(CA_AREAS)} ${rng.digits(7)}`;
  }
}

export type Channel = 'web' | 'app' | 'instagram' | 'facebook';

/** A device with the channel it came through (the in-app browsers of Instagram and Facebook ads). */
export interface Used {
  device: Device;
  channel: Channel;
}

const ANDROIDS = [
  ['samsung', 'SM-A155F', '14'],
  ['samsung', 'SM-A057F', '14'],
  ['samsung', 'SM-A556E', '15'],
  ['samsung', 'SM-S928B', '15'],
  ['Infinix', 'Infinix X6833B', '13'],
  ['Infinix', 'Infinix X6871', '14'],
  ['TECNO', 'TECNO KJ7', '14'],
  ['Xiaomi', '23129RAA4G', '14'],
  ['vivo', 'V2310', '14'],
  ['OPPO', 'CPH2565', '14'],
  ['realme', 'RMX3710', '14'],
] as const;

const CHROME = () => 'Chrome/158.0.0.0';
const IOS_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.2 Mobile/15E148 Safari/604.1';

export type DeviceKind = 'android' | 'iphone' | 'desktop' | 'app';

function userAgent(rng: Rng, kind: DeviceKind, channel: Channel): string {
  const [maker, model, os] = rng.pick(ANDROIDS);
  if (kind === 'app')
    return rng.chance(0.7)
      ? `ZarbaftApp/5.3.${rng.int(0, 4)} (Android ${os}; ${model})`
      : `ZarbaftApp/5.3.${rng.int(0, 4)} (iPhone; iOS 26.${rng.int(1, 3)})`;
  if (kind === 'desktop')
    return rng.chance(0.8)
      ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) ${CHROME()} Safari/537.36`
      : 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.2 Safari/605.1.15';
  const inApp =
    channel === 'instagram' ? 'Instagram 395.0.0.41.98' : channel === 'facebook' ? 'FBAV/512.0.0.52.109' : '';
  if (kind === 'iphone')
    return inApp
      ? `Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 ${inApp}`
      : IOS_SAFARI;
  if (inApp)
    return `Mozilla/5.0 (Linux; Android ${os}; ${model} Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/158.0.7390.54 Mobile Safari/537.36 ${inApp} Android (34/${os}; 420dpi; 1080x2400; ${maker}; ${model})`;
  return `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) ${CHROME()} Mobile Safari/537.36`;
}

/** A device of the given kind; the app always sends its id, the web fingerprint script most of the time. */
export function deviceOf(rng: Rng, kind: DeviceKind, channel?: Channel): Used {
  const ch: Channel =
    channel ??
    (kind === 'app'
      ? 'app'
      : kind === 'desktop'
        ? 'web'
        : rng.weightedPick<Channel>([
            ['web', 60],
            ['instagram', 30],
            ['facebook', 10],
          ]));
  const ua = userAgent(rng, kind, ch);
  const id = kind === 'app' || rng.chance(0.85) ? `dev_${rng.token(20)}` : undefined;
  return { device: { userAgent: ua, ...(id ? { id } : {}) }, channel: ch };
}

/** The phone a buyer in the market most likely has: Android in Pakistan, iPhones much more abroad. */
export function deviceFor(rng: Rng, market: Market, affluent = false): Used {
  const kind = rng.weightedPick<DeviceKind>(
    market === 'PK'
      ? [
          ['android', affluent ? 45 : 72],
          ['iphone', affluent ? 35 : 12],
          ['desktop', 7],
          ['app', affluent ? 13 : 9],
        ]
      : [
          ['iphone', 50],
          ['android', 28],
          ['desktop', 17],
          ['app', 5],
        ],
  );
  return deviceOf(rng, kind);
}

/** A returning account: its owner, home, cards and devices, how it usually pays, a relative back home. */
export interface Account {
  id: string;
  email: string;
  name: string;
  person: Person;
  createdAt: number;
  market: Market;
  home: Home;
  phone: string;
  cards: Card[];
  devices: Used[];
  /** What a Pakistani account usually pays with. */
  prefers: 'cod' | 'jazzcash' | 'easypaisa' | 'card' | 'bank_transfer';
  /** Diaspora accounts: the mother or sister in Pakistan they send outfits to. */
  family?: { person: Person; home: Home; phone: string };
  pastOrders: number;
}

export interface Customers {
  all: Account[];
  byMarket: Readonly<Record<Market, Account[]>>;
}

const ACCOUNT_MARKETS: ReadonlyArray<readonly [Market, number]> = [
  ['PK', 76],
  ['GB', 9],
  ['US', 6],
  ['AE', 4],
  ['SA', 2],
  ['CA', 3],
];

/** One account for every three orders expected, opened from two months to nine years before the season. */
export function customerBase(rng: Rng, start: number, orders: number): Customers {
  const all: Account[] = [];
  for (let i = 0; i < Math.max(40, Math.ceil(orders / 3)); i++) {
    const market = rng.weightedPick(ACCOUNT_MARKETS);
    const p = person(rng, rng.chance(0.85));
    const home = homeAt(rng, market);
    const age = Math.min(9 * 365, 60 + rng.exp(700)) * DAY;
    const cards = Array.from({ length: rng.chance(0.3) ? 2 : 1 }, () => newCard(rng, market));
    all.push({
      id: `cus_${rng.token(14)}`,
      email: emailFor(rng, p, market),
      name: p.name,
      person: p,
      createdAt: Math.floor(start - age),
      market,
      home,
      phone: phoneFor(rng, market),
      cards,
      devices: Array.from({ length: rng.chance(0.35) ? 2 : 1 }, () => deviceFor(rng, market)),
      prefers: rng.weightedPick<Account['prefers']>([
        ['cod', 45],
        ['jazzcash', 14],
        ['easypaisa', 11],
        ['card', 22],
        ['bank_transfer', 8],
      ]),
      ...(market !== 'PK'
        ? { family: { person: person(rng, true), home: homeAt(rng, 'PK'), phone: phoneFor(rng, 'PK') } }
        : {}),
      pastOrders: 1 + Math.floor(rng.exp(4)),
    });
  }
  const byMarket = Object.fromEntries(
    (['PK', ...ABROAD] as Market[]).map((m) => [m, all.filter((a) => a.market === m)]),
  ) as Record<Market, Account[]>;
  return { all, byMarket };
}

/** A returning account of the market (any account if the market has none in a small stream). */
export const accountIn = (rng: Rng, c: Customers, market: Market): Account =>
  rng.pick(c.byMarket[market].length > 0 ? c.byMarket[market] : c.all);

/** A returning diaspora account. */
export const diasporaAccount = (rng: Rng, c: Customers): Account =>
  accountIn(rng, c, rng.weightedPick(ABROAD.map((m) => [m, c.byMarket[m].length + 0.01] as const)));

/** A throwaway address: a name with digits at Gmail, a random string at Outlook, or a privacy provider. */
export function burnerEmail(rng: Rng, p: Person): string {
  return rng.weightedPick<string>([
    [`${p.first.toLowerCase()}${p.last.toLowerCase()}${rng.digits(4)}@gmail.com`, 50],
    [`${rng.token(9)}@outlook.com`, 15],
    [`${p.first.toLowerCase()}.${rng.token(5)}@proton.me`, 10],
    [`${rng.token(7)}${rng.digits(2)}@gmail.com`, 25],
  ]);
}
