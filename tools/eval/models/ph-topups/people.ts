import { DAY, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import {
  billAccount,
  type Biller,
  contributionBiller,
  favouriteTitle,
  householdBillers,
  mobileOn,
  playerId,
  type Telco,
  telcoOf,
  type Title,
} from './catalogue.js';
import { address, network } from './networks.js';
import { ABROAD, EXPAT_HOMES, OFW_COUNTRIES, type Place, phPlace } from './places.js';

/**
 * The store's people: names, e-mail addresses, phones and devices as Filipinos, OFWs and expats have them, and
 * the accounts the store already knows when the season starts (households, players, OFWs, expats, loading
 * agents, companies, and the devices several accounts share: family phones and pisonet (coin-operated) PCs).
 */

const FIRST_F = [
  'Maria',
  'Mary Grace',
  'Kristine',
  'Jhoanna',
  'Rowena',
  'Marites',
  'Lorna',
  'Angelica',
  'Princess',
  'Kimberly',
  'Rhea',
  'Lovely',
  'Cherry',
  'Maricel',
  'Aileen',
  'Jocelyn',
  'Joy',
  'Ma. Cristina',
  'Liza',
  'Analyn',
  'Jennifer',
  'Michelle',
  'Camille',
  'Andrea',
  'Nicole',
  'Bea',
  'Trisha',
  'Shiela',
  'Rosalie',
  'Divina',
  'Mylene',
  'Irene',
];
const FIRST_M = [
  'Juan',
  'Mark Anthony',
  'John Paul',
  'Jericho',
  'Jonel',
  'Arnel',
  'Ronaldo',
  'Jomar',
  'Joshua',
  'Christian',
  'Rodel',
  'Edgardo',
  'Dennis',
  'Ramil',
  'Jayson',
  'Carlo',
  'Paolo',
  'Miguel',
  'Gabriel',
  'Rey',
  'Noel',
  'Rolando',
  'Allan',
  'Jerome',
  'Kevin',
  'Ralph',
  'Emmanuel',
  'Jose',
  'Danilo',
  'Rommel',
  'Vincent',
  'Aldrin',
];
const LAST = [
  'Dela Cruz',
  'Santos',
  'Reyes',
  'Cruz',
  'Bautista',
  'Ocampo',
  'Garcia',
  'Mendoza',
  'Torres',
  'Villanueva',
  'Aquino',
  'Ramos',
  'Castillo',
  'Navarro',
  'Gonzales',
  'Flores',
  'Soriano',
  'De Leon',
  'Manalo',
  'Pascual',
  'Mercado',
  'Salazar',
  'Dizon',
  'Lim',
  'Tan',
  'Sy',
  'Macaraeg',
  'Galang',
  'Pangilinan',
  'Tolentino',
  'Fernandez',
  'Rivera',
  'Aguilar',
  'Valdez',
  'Domingo',
  'Lopez',
  'Panganiban',
  'Magbanua',
  'Villareal',
  'Esguerra',
];

const FOREIGN: Readonly<Record<string, { first: readonly string[]; last: readonly string[] }>> = {
  KR: {
    first: ['Minjun', 'Jihoon', 'Seoyeon', 'Jiwoo', 'Hyunwoo', 'Soojin'],
    last: ['Kim', 'Lee', 'Park', 'Choi', 'Jung'],
  },
  JP: {
    first: ['Hiroshi', 'Yuki', 'Takeshi', 'Aiko', 'Kenji', 'Naoko'],
    last: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe'],
  },
  CN: { first: ['Wei', 'Na', 'Jun', 'Li', 'Hao', 'Ying'], last: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen'] },
  EN: {
    first: [
      'James',
      'Michael',
      'Robert',
      'David',
      'Jennifer',
      'Linda',
      'Sarah',
      'Thomas',
      'Daniel',
      'Karen',
      'Paul',
      'Susan',
    ],
    last: [
      'Smith',
      'Johnson',
      'Williams',
      'Brown',
      'Miller',
      'Wilson',
      'Taylor',
      'Anderson',
      'Clark',
      'Walker',
      'Hughes',
    ],
  },
  FR: { first: ['Julien', 'Camille', 'Nicolas', 'Sophie'], last: ['Martin', 'Bernard', 'Dubois', 'Moreau'] },
  DE: { first: ['Lukas', 'Anna', 'Jonas', 'Katrin'], last: ['Müller', 'Schmidt', 'Schneider', 'Fischer'] },
  RU: {
    first: ['Dmitry', 'Alexei', 'Ekaterina', 'Sergei', 'Olga', 'Ivan'],
    last: ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Sokolova'],
  },
  BY: { first: ['Aliaksandr', 'Siarhei', 'Volha'], last: ['Kavalenka', 'Novik', 'Marozava'] },
  IR: {
    first: ['Amir', 'Reza', 'Sara', 'Mohammad', 'Maryam'],
    last: ['Hosseini', 'Mohammadi', 'Rezaei', 'Ahmadi'],
  },
  SY: { first: ['Omar', 'Rami', 'Lina'], last: ['Haddad', 'Khoury', 'Nasser'] },
  CU: { first: ['Yoandry', 'Yanelis', 'Osmany'], last: ['Rodríguez', 'Pérez', 'Hernández'] },
};

/** The name-set of a country (the English one for the English-speaking countries). */
const namesOf = (country: string) => FOREIGN[country] ?? FOREIGN['EN'] ?? { first: ['Alex'], last: ['Lee'] };

export interface Named {
  first: string;
  last: string;
  name: string;
}

/** A Filipino name. */
export function filipino(rng: Rng): Named {
  const first = rng.chance(0.52) ? rng.pick(FIRST_F) : rng.pick(FIRST_M);
  const last = rng.pick(LAST);
  return { first, last, name: `${first} ${last}` };
}

/** A name from the country (Filipino for the Philippines). */
export function nameFrom(rng: Rng, country: string): Named {
  if (country === 'PH') return filipino(rng);
  const set = namesOf(country);
  const first = rng.pick(set.first);
  const last = rng.pick(set.last);
  return { first, last, name: `${first} ${last}` };
}

const squash = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ma\. /g, 'ma')
    .replace(/[^a-z]/g, '');

/** Where Filipinos keep their e-mail (older buyers on Yahoo, iPhone users on iCloud, teachers on DepEd). */
const PH_PROVIDERS: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 74],
  ['yahoo.com', 9],
  ['yahoo.com.ph', 3],
  ['hotmail.com', 4],
  ['outlook.com', 3],
  ['icloud.com', 4],
  ['ymail.com', 1],
  ['deped.gov.ph', 1],
];

const ABROAD_PROVIDERS: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 66],
  ['yahoo.com', 10],
  ['hotmail.com', 8],
  ['outlook.com', 6],
  ['icloud.com', 10],
];

/** An e-mail address as a person makes one for themselves. */
export function emailOf(rng: Rng, n: Named, domain?: string): string {
  const f = squash(n.first);
  const l = squash(n.last);
  const year = rng.int(1968, 2009);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 18],
    [`${f}${l}${rng.int(1, 99)}`, 22],
    [`${f}_${l}`, 8],
    [`${f.charAt(0)}${l}${year % 100}`, 12],
    [`${f}${year}`, 10],
    [`${l}.${f}${rng.int(1, 9)}`, 6],
    [`its${f}${rng.int(10, 999)}`, 5],
    [`${f}${l}`, 10],
    [`${f.slice(0, 4)}${l.slice(0, 3)}${rng.digits(3)}`, 9],
  ]);
  return `${local}@${domain ?? rng.weightedPick(PH_PROVIDERS)}`;
}

/** An e-mail address for someone living abroad. */
export const emailAbroad = (rng: Rng, n: Named): string =>
  emailOf(rng, n, rng.weightedPick(ABROAD_PROVIDERS));

/** Throwaway inboxes and random addresses, as careless fraudsters use. */
export function throwawayEmail(rng: Rng): string {
  const domain = rng.weightedPick<string>([
    ['yopmail.com', 18],
    ['guerrillamail.com', 12],
    ['sharklasers.com', 8],
    ['mailinator.com', 8],
    ['tempmail.dev', 8],
    ['gmail.com', 30],
    ['outlook.com', 10],
    ['proton.me', 6],
  ]);
  return `${rng.token(rng.int(7, 12))}@${domain}`;
}

/** A foreign mobile number in E.164, as OFWs and expats register with. */
export function foreignMobile(rng: Rng, country: string): string {
  switch (country) {
    case 'AE':
      return `+9715${rng.pick(['0', '2', '5', '6', '8'])}${rng.digits(7)}`;
    case 'SA':
      return `+9665${rng.pick(['0', '3', '4', '5', '6', '9'])}${rng.digits(7)}`;
    case 'QA':
      return `+974${rng.pick(['3', '5', '6', '7'])}${rng.digits(7)}`;
    case 'KW':
      return `+965${rng.pick(['5', '6', '9'])}${rng.digits(7)}`;
    case 'HK':
      return `+852${rng.pick(['5', '6', '9'])}${rng.digits(7)}`;
    case 'SG':
      return `+65${rng.pick(['8', '9'])}${rng.digits(7)}`;
    case 'IT':
      return `+393${rng.digits(9)}`;
    case 'US':
    case 'CA':
      return `+1${rng.int(201, 989)}${rng.int(200, 999)}${rng.digits(4)}`;
    case 'KR':
      return `+8210${rng.digits(8)}`;
    case 'JP':
      return `+81${rng.pick(['70', '80', '90'])}${rng.digits(8)}`;
    case 'AU':
      return `+614${rng.digits(8)}`;
    case 'GB':
      return `+447${rng.digits(9)}`;
    case 'CN':
      return `+861${rng.pick(['3', '5', '8'])}${rng.digits(9)}`;
    case 'RU':
      return `+79${rng.digits(9)}`;
    case 'BY':
      return `+37529${rng.digits(7)}`;
    case 'IR':
      return `+989${rng.digits(9)}`;
    case 'SY':
      return `+9639${rng.digits(8)}`;
    case 'CU':
      return `+535${rng.digits(7)}`;
    default:
      return `+${rng.int(30, 99)}${rng.digits(9)}`;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Devices and user agents.

const ANDROID: ReadonlyArray<readonly [string, string, string, number]> = [
  // model code, marketing name, Android version, share among Filipino buyers
  ['SM-A155F', 'Galaxy A15', '14', 12],
  ['SM-A055F', 'Galaxy A05', '14', 8],
  ['SM-A256E', 'Galaxy A25 5G', '14', 5],
  ['SM-S921B', 'Galaxy S24', '14', 2],
  ['23129RAA4G', 'Redmi Note 13', '13', 9],
  ['23108RN04Y', 'Redmi 13C', '13', 8],
  ['RMX3710', 'realme C55', '13', 7],
  ['CPH2591', 'OPPO A18', '13', 8],
  ['CPH2599', 'OPPO Reno11 5G', '14', 3],
  ['V2310', 'vivo Y17s', '13', 7],
  ['V2250', 'vivo V29', '13', 3],
  ['Infinix X6528B', 'Infinix HOT 40i', '13', 7],
  ['TECNO KJ5', 'TECNO SPARK 20', '13', 6],
];

const IPHONES: ReadonlyArray<readonly [string, string]> = [
  ['iPhone12,1', '17_6_1'],
  ['iPhone13,2', '18_1_1'],
  ['iPhone14,5', '18_1_1'],
  ['iPhone14,7', '18_2'],
  ['iPhone15,3', '18_2'],
  ['iPhone16,1', '18_2'],
  ['iPhone16,2', '18_1_1'],
];

const APP_VERSION = ['5.7.4', '5.8.0', '5.8.2'];
const CHROME = ['130.0.6723.107', '131.0.6778.81', '131.0.6778.135', '131.0.6778.200'];

const hexToken = (rng: Rng, n: number): string => rng.token(n, '0123456789abcdef');
const uuid = (rng: Rng): string =>
  `${hexToken(rng, 8)}-${hexToken(rng, 4)}-4${hexToken(rng, 3)}-${rng.pick(['8', '9', 'a', 'b'])}${hexToken(rng, 3)}-${hexToken(rng, 12)}`;

/** A web fingerprint id, when the script ran (most of the time). */
const webId = (rng: Rng, share = 0.82): { id?: string } =>
  rng.chance(share) ? { id: `fp_${rng.token(22)}` } : {};

export type Surface = 'app' | 'web';

/** A device and how it reaches the store. */
export interface Handset extends Device {
  surface: Surface;
}

/** An Android phone: the store's app, Chrome (reduced user agent), Samsung Internet, or Facebook's in-app browser. */
export function androidPhone(rng: Rng, appShare = 0.45): Handset {
  const [model, , version] = rng.weightedPick(ANDROID.map((a) => [a, a[3]] as const));
  const chrome = rng.pick(CHROME);
  if (rng.chance(appShare))
    return {
      surface: 'app',
      id: uuid(rng),
      userAgent: `LoadBayan/${rng.pick(APP_VERSION)} (Android ${version}; ${model}) okhttp/4.12.0`,
    };
  const ua = rng.weightedPick<string>([
    [
      `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome.split('.')[0]}.0.0.0 Mobile Safari/537.36`,
      52,
    ],
    [
      `Mozilla/5.0 (Linux; Android ${version}; SAMSUNG ${model}) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36`,
      model.startsWith('SM-') ? 18 : 0,
    ],
    [
      `Mozilla/5.0 (Linux; Android ${version}; ${model} Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${chrome} Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/489.0.0.45.62;]`,
      30,
    ],
  ]);
  return { surface: 'web', ...webId(rng), userAgent: ua };
}

/** An iPhone: the app, Safari, or Facebook's in-app browser. */
export function iPhone(rng: Rng, appShare = 0.45): Handset {
  const [model, ios] = rng.pick(IPHONES);
  const dotted = ios.replace(/_/g, '.');
  if (rng.chance(appShare))
    return {
      surface: 'app',
      id: uuid(rng).toUpperCase(),
      userAgent: `LoadBayan/${rng.pick(APP_VERSION)} (${model}; iOS ${dotted}) CFNetwork/1568.200.51 Darwin/24.1.0`,
    };
  const ua = rng.chance(0.7)
    ? `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${dotted.split('.').slice(0, 2).join('.')} Mobile/15E148 Safari/604.1`
    : `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/22B91 [FBAN/FBIOS;FBAV/489.0.0.38.107;FBDV/${model};FBMD/iPhone;FBSN/iOS;FBSV/${dotted};FBSS/3;FBLC/en_US;FBOP/5]`;
  return { surface: 'web', ...webId(rng), userAgent: ua };
}

/** A Windows PC in Chrome or Edge (offices, pisonet shops, a laptop at home). */
export function windowsPc(rng: Rng): Handset {
  const major = rng.pick(CHROME).split('.')[0] ?? '131';
  const edge = rng.chance(0.25);
  return {
    surface: 'web',
    ...webId(rng, 0.9),
    userAgent: `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36${edge ? ` Edg/${major}.0.0.0` : ''}`,
  };
}

/** A Mac in Safari or Chrome. */
export function mac(rng: Rng): Handset {
  const major = rng.pick(CHROME).split('.')[0] ?? '131';
  return {
    surface: 'web',
    ...webId(rng, 0.9),
    userAgent: rng.chance(0.6)
      ? 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15'
      : `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36`,
  };
}

/** A buyer's phone, iPhones being `iphone` of them. */
export const phone = (rng: Rng, iphone: number, appShare = 0.45): Handset =>
  rng.chance(iphone) ? iPhone(rng, appShare) : androidPhone(rng, appShare);

// ---------------------------------------------------------------------------------------------------------------
// Accounts.

export type Wallet = 'gcash' | 'maya' | 'grabpay';

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  /** The mobile number on the account. */
  phone: string;
  telco: Telco;
  home: Place;
  /** Broadband at home (else mobile data only). */
  broadband: boolean;
  devices: Handset[];
  cards: HeldCard[];
  wallets: Wallet[];
  /** Numbers the buyer loads besides their own: family, a partner, the kids. */
  family: string[];
  /** The game the buyer tops up, and their player id in it. */
  player?: { title: Title; id: string };
  /** The bills the buyer pays: their household's, or (for an OFW) the family's back home. */
  bills: Array<{ biller: Biller; account: string }>;
  /** How often the buyer orders, relative to others in the pool. */
  weight: number;
}

/** Accounts with their cumulative weights, for weighted picks. */
export interface Pool {
  items: Account[];
  cum: number[];
}

export function poolOf(items: Account[]): Pool {
  let sum = 0;
  return { items, cum: items.map((a) => (sum += a.weight)) };
}

/** An account of the pool, the more active more often. */
export function pickFrom(rng: Rng, pool: Pool): Account {
  const total = pool.cum[pool.cum.length - 1] ?? 0;
  const x = rng.next() * total;
  let lo = 0;
  let hi = pool.cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((pool.cum[mid] ?? 0) > x) hi = mid;
    else lo = mid + 1;
  }
  const found = pool.items[lo];
  if (!found) throw new Error('pick from an empty pool');
  return found;
}

const accountId = (rng: Rng): string => `u${rng.digits(9)}`;

/** When an account was opened: a few weeks to eight years before the season. */
const openedBefore = (rng: Rng, start: number, meanDays: number): number =>
  start - Math.floor((14 + Math.min(2900, rng.exp(meanDays))) * DAY) - rng.int(0, DAY / MINUTE) * MINUTE;

function familyNumbers(rng: Rng, count: number): string[] {
  return Array.from({ length: count }, () => mobileOn(rng, telcoOf(rng)));
}

const billsOf = (rng: Rng, city: string) =>
  householdBillers(rng, city).map((biller) => ({ biller, account: billAccount(rng, biller) }));

/** A household's account in the Philippines. */
export function localAccount(rng: Rng, start: number): Account {
  const n = filipino(rng);
  const telco = telcoOf(rng);
  const cards: HeldCard[] = [];
  if (rng.chance(0.42)) cards.push(newCard(rng, 'PH', rng.chance(0.55) ? 'credit' : 'debit'));
  if (cards.length > 0 && rng.chance(0.15)) cards.push(newCard(rng, 'PH'));
  const wallets: Wallet[] = [];
  if (rng.chance(0.86)) wallets.push('gcash');
  if (rng.chance(0.38)) wallets.push('maya');
  if (rng.chance(0.1)) wallets.push('grabpay');
  const devices = [phone(rng, 0.2)];
  if (rng.chance(0.2)) devices.push(rng.chance(0.7) ? windowsPc(rng) : mac(rng));
  const home = phPlace(rng);
  return {
    id: accountId(rng),
    email: emailOf(rng, n),
    name: n.name,
    createdAt: openedBefore(rng, start, 700),
    phone: mobileOn(rng, telco),
    telco,
    home,
    broadband: rng.chance(0.55),
    devices,
    cards,
    wallets,
    family: familyNumbers(rng, rng.int(0, 4)),
    bills: billsOf(rng, home.city),
    weight: rng.logNormal(1, 0.9),
  };
}

/** A player's account: younger, cash and e-wallets, sometimes a parent's card saved on it. */
export function playerAccount(rng: Rng, start: number): Account {
  const a = localAccount(rng, start);
  const title = favouriteTitle(rng);
  const n = filipino(rng);
  return {
    ...a,
    name: n.name,
    email: emailOf(rng, n, rng.chance(0.9) ? 'gmail.com' : 'yahoo.com'),
    createdAt: openedBefore(rng, start, 400),
    cards: rng.chance(0.16) ? [newCard(rng, 'PH', rng.chance(0.6) ? 'credit' : 'debit')] : [],
    wallets: rng.chance(0.75) ? ['gcash'] : rng.chance(0.5) ? ['maya'] : [],
    devices: [rng.chance(0.12) ? iPhone(rng, 0.3) : androidPhone(rng, 0.3)],
    family: [],
    player: { title, id: playerId(rng, title) },
    weight: rng.logNormal(1, 1),
  };
}

/** An OFW's account: a host-country phone and cards, the family's numbers and bills back home. */
export function ofwAccount(rng: Rng, start: number): Account {
  const country = rng.weightedPick(OFW_COUNTRIES);
  const home = rng.pick(ABROAD[country] ?? []);
  const n = filipino(rng);
  const cards = [newCard(rng, country)];
  if (rng.chance(0.3)) cards.push(rng.chance(0.5) ? newCard(rng, 'PH') : newCard(rng, country));
  return {
    id: accountId(rng),
    email: emailAbroad(rng, n),
    name: n.name,
    createdAt: openedBefore(rng, start, 900),
    phone: foreignMobile(rng, country),
    telco: telcoOf(rng),
    home,
    broadband: rng.chance(country === 'SA' || country === 'KW' || country === 'QA' ? 0.45 : 0.65),
    devices: [phone(rng, country === 'US' || country === 'HK' || country === 'SG' ? 0.45 : 0.3, 0.4)],
    cards,
    wallets: rng.chance(0.4) ? ['gcash'] : [],
    family: familyNumbers(rng, rng.int(1, 5)),
    bills: [
      ...(rng.chance(0.7) ? billsOf(rng, phPlace(rng).city) : []),
      ...(rng.chance(0.5)
        ? [contributionBiller(rng)].map((biller) => ({ biller, account: billAccount(rng, biller) }))
        : []),
    ],
    weight: rng.logNormal(1, 0.8),
  };
}

/** An expat living in the Philippines: a local SIM, home-country cards, a condo's bills. */
export function expatAccount(rng: Rng, start: number): Account {
  const origin = rng.weightedPick(EXPAT_HOMES);
  const n = nameFrom(rng, origin);
  const telco = rng.chance(0.6) ? 'globe' : 'smart';
  const condo = rng.chance(0.7) ? [{ biller: 'meralco' as const, account: billAccount(rng, 'meralco') }] : [];
  return {
    id: accountId(rng),
    email: emailAbroad(rng, n),
    name: n.name,
    createdAt: openedBefore(rng, start, 500),
    phone: mobileOn(rng, telco),
    telco,
    home: rng.weightedPick([
      [{ country: 'PH', city: 'Makati', postalCode: '1226', tz: 8 }, 30],
      [{ country: 'PH', city: 'Taguig', postalCode: '1634', tz: 8 }, 30],
      [{ country: 'PH', city: 'Angeles', postalCode: '2009', tz: 8 }, 15],
      [{ country: 'PH', city: 'Cebu City', postalCode: '6000', tz: 8 }, 15],
      [{ country: 'PH', city: 'Lapu-Lapu', postalCode: '6015', tz: 8 }, 10],
    ]),
    broadband: true,
    devices: [rng.chance(0.55) ? iPhone(rng, 0.35) : androidPhone(rng, 0.35)],
    cards: [newCard(rng, origin, 'credit'), ...(rng.chance(0.3) ? [newCard(rng, 'PH')] : [])],
    wallets: rng.chance(0.35) ? ['gcash'] : rng.chance(0.3) ? ['grabpay'] : [],
    family: [],
    bills: condo,
    weight: rng.logNormal(1, 0.7),
  };
}

/** A loading agent: a sari-sari store's owner who resells load and diamonds to the neighbourhood. */
export interface Reseller {
  account: Account;
  store: string;
  /** How many ₱1,000 wallet blocks they usually buy. */
  blocks: number;
}

const STORE_NAMES = [
  'Aling Nena',
  'Mang Tomas',
  'JM',
  'Kuya Boy',
  'Ate Joy',
  'RJ',
  'Lucky',
  "Jessa's",
  '3J',
  'Tindahan ni Lola',
];

export function resellerOf(rng: Rng, start: number): Reseller {
  const a = localAccount(rng, start);
  return {
    account: {
      ...a,
      createdAt: openedBefore(rng, start, 900),
      wallets: ['gcash', ...(rng.chance(0.5) ? (['maya'] as const) : [])],
      devices: [androidPhone(rng, 0.85)],
      weight: rng.logNormal(1, 0.5),
    },
    store: `${rng.pick(STORE_NAMES)} ${rng.pick(['Sari-Sari Store', 'Store', 'eLoading Station', 'Mini Mart'])}`,
    blocks: rng.int(2, 12),
  };
}

/** A company buying e-gift cards and load for its staff: its contact's account and its tax number. */
export interface Company {
  name: string;
  tin: string;
  contact: Account;
}

const COMPANY_NAMES = [
  'Bayanihan Logistics Inc.',
  'Pacific Harbor BPO Services Corp.',
  'Mabuhay Foods Corporation',
  'Northpoint Realty Development Inc.',
  'Luzon Agri Ventures Corp.',
  'Sampaguita Dental Clinics Inc.',
  'Kalye Coffee Co. Inc.',
  'Tala Software Solutions Inc.',
  'Visayas Hardware Supply Corp.',
  'Prime Lending Corp.',
  'Silangan Medical Center Inc.',
  'Malaya Security Agency Inc.',
];

export function companyOf(rng: Rng, start: number): Company {
  const name = rng.pick(COMPANY_NAMES);
  const contact = localAccount(rng, start);
  const domain = `${squash(name.split(' ')[0] ?? 'corp')}.com.ph`;
  const n = filipino(rng);
  return {
    name,
    tin: `${rng.digits(3)}-${rng.digits(3)}-${rng.digits(3)}-000`,
    contact: {
      ...contact,
      name: n.name,
      email: `${squash(n.first).slice(0, 8)}.${squash(n.last)}@${domain}`,
      devices: [windowsPc(rng)],
      cards: [newCard(rng, 'PH', 'credit')],
      broadband: true,
      home: rng.pick([
        { country: 'PH', city: 'Makati', postalCode: '1226', tz: 8 },
        { country: 'PH', city: 'Pasig', postalCode: '1605', tz: 8 },
        { country: 'PH', city: 'Taguig', postalCode: '1634', tz: 8 },
        { country: 'PH', city: 'Quezon City', postalCode: '1105', tz: 8 },
        { country: 'PH', city: 'Cebu City', postalCode: '6000', tz: 8 },
      ]),
    },
  };
}

/** A device several accounts use: a family's one phone, or a PC in a pisonet shop. */
export interface SharedDevice {
  kind: 'family_phone' | 'pisonet';
  device: Handset;
  accounts: Account[];
  /** The shop's or the household's broadband address (dynamic, but it seldom changes). */
  ip: string;
}

function sharedDevice(rng: Rng, start: number, kind: SharedDevice['kind']): SharedDevice {
  const home = phPlace(rng);
  const device = kind === 'pisonet' ? windowsPc(rng) : androidPhone(rng, 0.5);
  const count = kind === 'pisonet' ? rng.int(5, 12) : rng.int(2, 4);
  const last = filipino(rng).last;
  const accounts = Array.from({ length: count }, () => {
    const a = kind === 'pisonet' ? playerAccount(rng, start) : localAccount(rng, start);
    const n = { ...filipino(rng), last };
    return kind === 'pisonet'
      ? { ...a, home, devices: [device] }
      : {
          ...a,
          home,
          name: `${n.first} ${last}`,
          email: emailOf(rng, { ...n, name: `${n.first} ${last}` }),
          devices: [device],
        };
  });
  const ip = address(rng, network(rng.pick(['ph-fibre-a', 'ph-fibre-b'])), false);
  return { kind, device, accounts, ip };
}

/** Everything the store knows when the season starts. */
export interface Customers {
  locals: Pool;
  players: Pool;
  ofws: Pool;
  expats: Pool;
  resellers: Reseller[];
  companies: Company[];
  shared: SharedDevice[];
  /** Aged accounts a takeover crew can reach (households, players, OFWs), with their weights. */
  takeable: Pool;
}

export function customerBase(rng: Rng, start: number, orders: number): Customers {
  const many = (share: number, least: number) => Math.max(least, Math.round(orders * share));
  const locals = Array.from({ length: many(0.3, 8) }, () => localAccount(rng, start));
  const players = Array.from({ length: many(0.1, 4) }, () => playerAccount(rng, start));
  const ofws = Array.from({ length: many(0.09, 4) }, () => ofwAccount(rng, start));
  const expats = Array.from({ length: many(0.02, 3) }, () => expatAccount(rng, start));
  const resellers = Array.from({ length: many(0.006, 3) }, () => resellerOf(rng, start));
  const companies = Array.from({ length: many(0.004, 2) }, () => companyOf(rng, start));
  const shared = [
    ...Array.from({ length: many(0.0025, 2) }, () => sharedDevice(rng, start, 'pisonet')),
    ...Array.from({ length: many(0.008, 3) }, () => sharedDevice(rng, start, 'family_phone')),
  ];
  const aged = [...locals, ...players, ...ofws].filter((a) => a.createdAt < start - 60 * DAY);
  return {
    locals: poolOf(locals),
    players: poolOf(players),
    ofws: poolOf(ofws),
    expats: poolOf(expats),
    resellers,
    companies,
    shared,
    takeable: poolOf(aged),
  };
}
