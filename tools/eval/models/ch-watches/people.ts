import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { type Currency, homeIn, MARKET_COUNTRIES, MARKETS } from './places.js';

/**
 * The boutique's customers: names and mail addresses as people in each country have them, their devices, and the
 * accounts opened over the years (collectors with long histories, clients who come back for a strap or a gift).
 */

type Origin = 'fr' | 'de' | 'it' | 'en' | 'us' | 'ar' | 'zh' | 'ja' | 'es' | 'nl' | 'ru' | 'tr' | 'fa';

const FIRST: Readonly<Record<Origin, readonly string[]>> = {
  fr: [
    'Jean-Marc',
    'Sophie',
    'Olivier',
    'Isabelle',
    'Laurent',
    'Camille',
    'Nicolas',
    'Valérie',
    'Thierry',
    'Aurélie',
    'Philippe',
    'Claire',
  ],
  de: [
    'Thomas',
    'Andrea',
    'Markus',
    'Daniela',
    'Stefan',
    'Claudia',
    'Lukas',
    'Nadine',
    'Reto',
    'Barbara',
    'Matthias',
    'Corinne',
  ],
  it: ['Marco', 'Giulia', 'Alessandro', 'Francesca', 'Luca', 'Chiara', 'Paolo', 'Elena', 'Davide', 'Silvia'],
  en: [
    'James',
    'Charlotte',
    'Oliver',
    'Emily',
    'William',
    'Harriet',
    'Edward',
    'Sophie',
    'Henry',
    'Alice',
    'George',
    'Lucy',
  ],
  us: [
    'Michael',
    'Jennifer',
    'David',
    'Jessica',
    'Robert',
    'Ashley',
    'Daniel',
    'Lauren',
    'Christopher',
    'Megan',
    'Ryan',
    'Rachel',
  ],
  ar: [
    'Mohammed',
    'Fatima',
    'Khalid',
    'Noura',
    'Abdullah',
    'Mariam',
    'Faisal',
    'Aisha',
    'Omar',
    'Latifa',
    'Sultan',
    'Hessa',
  ],
  zh: [
    'Wing Kei',
    'Mei Ling',
    'Ka Ho',
    'Hoi Yan',
    'Chun Kit',
    'Wai Man',
    'Jia Hui',
    'Wei Jie',
    'Xin Yi',
    'Jun Hao',
  ],
  ja: ['Hiroshi', 'Yuki', 'Takeshi', 'Aiko', 'Kenji', 'Naomi', 'Daisuke', 'Emi'],
  es: ['Javier', 'Lucía', 'Carlos', 'Marta', 'Alejandro', 'Elena'],
  nl: ['Jeroen', 'Sanne', 'Bas', 'Femke', 'Pieter', 'Lotte'],
  ru: ['Dmitry', 'Anastasia', 'Sergey', 'Ekaterina', 'Alexey', 'Olga', 'Ivan', 'Natalia'],
  tr: ['Emre', 'Zeynep', 'Burak', 'Elif', 'Can', 'Ayşe'],
  fa: ['Reza', 'Maryam', 'Ali', 'Shirin', 'Amir', 'Leila'],
};

const LAST: Readonly<Record<Origin, readonly string[]>> = {
  fr: [
    'Dubois',
    'Favre',
    'Rochat',
    'Lambert',
    'Girard',
    'Morel',
    'Perret',
    'Bonvin',
    'Mercier',
    'Chevalier',
    'Rey',
    'Fournier',
  ],
  de: [
    'Müller',
    'Meier',
    'Keller',
    'Brunner',
    'Schmid',
    'Huber',
    'Weber',
    'Gerber',
    'Baumann',
    'Fischer',
    'Steiner',
    'Zimmermann',
  ],
  it: [
    'Rossi',
    'Bernasconi',
    'Ferrari',
    'Colombo',
    'Bianchi',
    'Romano',
    'Galli',
    'Fontana',
    'Moretti',
    'Conti',
  ],
  en: [
    'Smith',
    'Taylor',
    'Davies',
    'Wright',
    'Hughes',
    'Clarke',
    'Fitzgerald',
    'Ashworth',
    'Pemberton',
    'Hamilton',
  ],
  us: [
    'Johnson',
    'Miller',
    'Davis',
    'Goldberg',
    'Anderson',
    'Martinez',
    'Thompson',
    'Cohen',
    'Nguyen',
    'Patel',
    'Brooks',
    'Sullivan',
  ],
  ar: [
    'Al Maktoum',
    'Al Nahyan',
    'Al Thani',
    'Al Saud',
    'Al Mansouri',
    'Al Hashimi',
    'Al Falasi',
    'Al Suwaidi',
    'Al Qasimi',
    'Al Otaibi',
  ],
  zh: ['Chan', 'Wong', 'Leung', 'Lau', 'Cheung', 'Tan', 'Lim', 'Ng', 'Lee', 'Ho'],
  ja: ['Tanaka', 'Suzuki', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi'],
  es: ['García', 'Fernández', 'López', 'Martín', 'Sánchez', 'Romero'],
  nl: ['de Vries', 'van Dijk', 'Bakker', 'Visser', 'Jansen', 'van den Berg'],
  ru: ['Ivanov', 'Smirnova', 'Kuznetsov', 'Popova', 'Sokolov', 'Morozova', 'Volkov', 'Lebedeva'],
  tr: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk'],
  fa: ['Hosseini', 'Ahmadi', 'Mohammadi', 'Karimi', 'Rahimi', 'Moradi'],
};

/** Who lives in each country, by the names they carry (Switzerland and the Gulf are mixed). */
const ORIGINS: Readonly<Record<string, ReadonlyArray<readonly [Origin, number]>>> = {
  CH: [
    ['fr', 35],
    ['de', 35],
    ['it', 8],
    ['en', 8],
    ['us', 4],
    ['ar', 3],
    ['es', 3],
    ['nl', 2],
    ['zh', 2],
  ],
  FR: [
    ['fr', 90],
    ['ar', 5],
    ['en', 5],
  ],
  DE: [
    ['de', 92],
    ['tr', 5],
    ['en', 3],
  ],
  IT: [
    ['it', 95],
    ['en', 5],
  ],
  AT: [['de', 100]],
  NL: [
    ['nl', 90],
    ['en', 10],
  ],
  ES: [
    ['es', 90],
    ['en', 10],
  ],
  MC: [
    ['fr', 40],
    ['it', 25],
    ['en', 25],
    ['de', 10],
  ],
  GB: [
    ['en', 80],
    ['ar', 6],
    ['zh', 6],
    ['us', 8],
  ],
  US: [
    ['us', 90],
    ['zh', 5],
    ['es', 5],
  ],
  AE: [
    ['ar', 60],
    ['en', 20],
    ['fr', 5],
    ['zh', 5],
    ['us', 10],
  ],
  SA: [['ar', 100]],
  QA: [
    ['ar', 90],
    ['en', 10],
  ],
  HK: [
    ['zh', 85],
    ['en', 15],
  ],
  SG: [
    ['zh', 75],
    ['en', 25],
  ],
  JP: [['ja', 100]],
  RU: [['ru', 100]],
  BY: [['ru', 100]],
  IR: [['fa', 100]],
  TR: [['tr', 100]],
  AM: [['ru', 100]],
  KZ: [['ru', 100]],
  CN: [['zh', 100]],
  RO: [['en', 100]],
  NG: [['en', 100]],
};

const MAIL: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  CH: [
    ['bluewin.ch', 25],
    ['gmail.com', 30],
    ['gmx.ch', 10],
    ['hotmail.com', 6],
    ['icloud.com', 10],
    ['proton.me', 8],
    ['sunrise.ch', 5],
    ['outlook.com', 6],
  ],
  FR: [
    ['orange.fr', 20],
    ['gmail.com', 40],
    ['free.fr', 12],
    ['hotmail.fr', 12],
    ['wanadoo.fr', 6],
    ['icloud.com', 10],
  ],
  DE: [
    ['gmx.de', 22],
    ['web.de', 22],
    ['t-online.de', 15],
    ['gmail.com', 31],
    ['icloud.com', 10],
  ],
  IT: [
    ['libero.it', 22],
    ['gmail.com', 50],
    ['virgilio.it', 10],
    ['hotmail.it', 10],
    ['icloud.com', 8],
  ],
  GB: [
    ['gmail.com', 40],
    ['btinternet.com', 15],
    ['hotmail.co.uk', 15],
    ['outlook.com', 10],
    ['icloud.com', 15],
    ['yahoo.co.uk', 5],
  ],
  US: [
    ['gmail.com', 45],
    ['yahoo.com', 12],
    ['icloud.com', 16],
    ['outlook.com', 8],
    ['comcast.net', 6],
    ['aol.com', 4],
    ['me.com', 9],
  ],
  AE: [
    ['gmail.com', 45],
    ['hotmail.com', 20],
    ['icloud.com', 25],
    ['eim.ae', 10],
  ],
  HK: [
    ['gmail.com', 50],
    ['yahoo.com.hk', 20],
    ['netvigator.com', 15],
    ['icloud.com', 15],
  ],
  SG: [
    ['gmail.com', 55],
    ['singnet.com.sg', 15],
    ['icloud.com', 20],
    ['hotmail.com', 10],
  ],
  JP: [
    ['gmail.com', 40],
    ['yahoo.co.jp', 35],
    ['icloud.com', 25],
  ],
  RU: [
    ['mail.ru', 40],
    ['yandex.ru', 35],
    ['gmail.com', 25],
  ],
};
const DEFAULT_MAIL: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 60],
  ['hotmail.com', 20],
  ['icloud.com', 20],
];

/** Disposable inboxes a sloppy fraudster signs up with. */
export const THROWAWAY = [
  'yopmail.com',
  'guerrillamail.com',
  'sharklasers.com',
  'mailinator.com',
  'tempmail.plus',
  '10minutemail.net',
];

/** Firms a buyer may order from at work (this model's own names). */
export const FIRMS: ReadonlyArray<readonly [string, string]> = [
  ['Banque Lacroix & Cie SA', 'banque-lacroix.ch'],
  ['Rhône Commodities SA', 'rhone-commodities.com'],
  ['Merlin Family Office Sàrl', 'merlin-fo.ch'],
  ['Helvetica Trading AG', 'helvetica-trading.ch'],
  ['Corraterie Asset Management SA', 'corraterie-am.ch'],
  ['Alpenblick Privatbank AG', 'alpenblick-bank.ch'],
  ['Nexa Pharma International SA', 'nexapharma.com'],
];

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/[^A-Za-z]+/g, '')
    .toLowerCase();

export function nameIn(rng: Rng, country: string): string {
  const origin = rng.weightedPick(ORIGINS[country] ?? [['en', 1] as const]);
  return `${rng.pick(FIRST[origin])} ${rng.pick(LAST[origin])}`;
}

/** A mail address people really make from their name: first.last, initials, a year or a number. */
export function emailFor(rng: Rng, name: string, country: string, domain?: string): string {
  const [first = 'x', ...rest] = name.split(' ');
  const f = plain(first);
  const l = plain(rest.join('')) || 'x';
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 40],
    [`${f.charAt(0)}${l}`, 15],
    [`${f}${l}${rng.int(60, 99)}`, 12],
    [`${f}.${l}${rng.int(1, 99)}`, 12],
    [`${l}.${f}`, 8],
    [`${f}_${l}`, 5],
    [`${f}${rng.int(100, 9999)}`, 8],
  ]);
  return `${local}@${domain ?? rng.weightedPick(MAIL[country] ?? DEFAULT_MAIL)}`;
}

const UA = {
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  macChrome:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  win: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  winEdge:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  android:
    'Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  headless:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/130.0.0.0 Safari/537.36',
  linux: 'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0',
} as const;
export type UaKind = keyof typeof UA;

/** A browser or phone; the page's fingerprint script gives most a device id. */
export function deviceOf(rng: Rng, kind?: UaKind, idShare = 0.9): Device {
  const k =
    kind ??
    rng.weightedPick<UaKind>([
      ['iphone', 34],
      ['mac', 18],
      ['macChrome', 8],
      ['win', 16],
      ['winEdge', 5],
      ['android', 12],
      ['ipad', 7],
    ]);
  return { userAgent: UA[k], ...(rng.chance(idShare) ? { id: `dev_${rng.token(20)}` } : {}) };
}

/** Someone with a home: name, mail, address, UTC offset, the site's language and currency. */
export interface Person {
  name: string;
  email: string;
  country: string;
  home: Address;
  tz: number;
  locale: string;
  currency: Currency;
}

export function personIn(rng: Rng, country: string, email?: string): Person {
  const name = nameIn(rng, country);
  const { address, tz } = homeIn(rng, country);
  const m = MARKETS[country];
  return {
    name,
    email: email ?? emailFor(rng, name, country),
    country,
    home: address,
    tz,
    locale: `${rng.pick(m?.languages ?? ['en'])}-${country}`,
    currency: m?.currency ?? 'USD',
  };
}

export type Tier = 'collector' | 'client';

export interface Account extends Person {
  id: string;
  createdAt: number;
  tier: Tier;
  cards: HeldCard[];
  devices: Device[];
  /** Pays in francs though living abroad (a collector with a Swiss account). */
  paysChf: boolean;
}

/**
 * One account for every three orders expected; a tenth are collectors (accounts two to twelve years old, two or
 * three cards and devices), the rest clients opened a month to eight years ago.
 */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const size = Math.max(30, Math.round(orders / 3));
  return Array.from({ length: size }, (_, i) => {
    const r = rng.fork(`a${i}`);
    const country = r.weightedPick(MARKET_COUNTRIES);
    const collector = r.chance(0.1);
    const person = personIn(r, country);
    const cards = [newCard(r, country)];
    if (r.chance(collector ? 0.7 : 0.25)) cards.push(newCard(r, r.chance(0.2) ? 'CH' : country, 'credit'));
    const devices = [deviceOf(r, undefined, 0.95)];
    if (r.chance(collector ? 0.7 : 0.35)) devices.push(deviceOf(r, undefined, 0.95));
    return {
      ...person,
      id: `cus_${r.token(14)}`,
      createdAt:
        start - Math.floor(collector ? r.float(2 * 365, 12 * 365) * DAY : r.float(30, 8 * 365) * DAY),
      tier: collector ? 'collector' : 'client',
      cards,
      devices,
      paysChf: country !== 'CH' && collector && r.chance(0.35),
    };
  });
}
