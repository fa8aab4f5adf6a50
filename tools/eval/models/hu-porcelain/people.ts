import { type Address, DAY, type Device, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, fundingFor, newCard } from './cards.js';
import { crowdOf, newDevice } from './devices.js';
import { type Network, networksOf } from './networks.js';
import { country, type Currency, homeIn, plain } from './places.js';

/** Buyers: names, e-mail addresses and the shop's accounts, opened over the dozen years it has sold online. */

type Origin = 'hu' | 'en' | 'de' | 'fr' | 'it' | 'nl' | 'sv' | 'ja' | 'zh' | 'ko' | 'ar' | 'ru' | 'fa';

const NAMES: Record<Origin, { given: readonly string[]; family: readonly string[] }> = {
  hu: {
    given: [
      'Katalin',
      'Erzsébet',
      'Ilona',
      'Éva',
      'Anna',
      'Zsuzsanna',
      'Mária',
      'Judit',
      'Ágnes',
      'Andrea',
      'Krisztina',
      'Eszter',
      'Réka',
      'Dóra',
      'Zsófia',
      'Orsolya',
      'Nóra',
      'Viktória',
      'Boglárka',
      'Klára',
      'László',
      'István',
      'József',
      'Zoltán',
      'Gábor',
      'Péter',
      'Attila',
      'Tamás',
      'Ferenc',
      'András',
      'Balázs',
      'Dávid',
      'Ádám',
      'Bence',
      'Márton',
      'Gergely',
      'Csaba',
      'Levente',
      'Miklós',
      'Zsolt',
    ],
    family: [
      'Nagy',
      'Kovács',
      'Tóth',
      'Szabó',
      'Horváth',
      'Varga',
      'Kiss',
      'Molnár',
      'Németh',
      'Farkas',
      'Balogh',
      'Papp',
      'Takács',
      'Juhász',
      'Lakatos',
      'Mészáros',
      'Oláh',
      'Simon',
      'Rácz',
      'Fekete',
      'Szilágyi',
      'Török',
      'Fehér',
      'Balázs',
      'Gál',
      'Szűcs',
      'Kocsis',
      'Pintér',
      'Fodor',
      'Szalai',
      'Sipos',
      'Magyar',
      'Lukács',
      'Gulyás',
      'Biró',
      'Király',
      'Katona',
      'Jakab',
      'Sándor',
      'Boros',
      'Fazekas',
      'Kelemen',
      'Antal',
      'Somogyi',
      'Vincze',
      'Hegedűs',
      'Deák',
      'Bálint',
      'Illés',
      'Vass',
      'Szőke',
      'Fülöp',
      'Veres',
      'Erdős',
      'Vörös',
      'Hajdu',
    ],
  },
  en: {
    given: [
      'James',
      'Oliver',
      'William',
      'Thomas',
      'Charlotte',
      'Emily',
      'Sarah',
      'Elizabeth',
      'Margaret',
      'Catherine',
      'Robert',
      'Michael',
      'David',
      'Susan',
      'Jennifer',
      'Patricia',
      'Richard',
      'Helen',
      'Anne',
      'Edward',
      'Victoria',
      'Alice',
      'George',
      'Henry',
      'Laura',
      'Daniel',
    ],
    family: [
      'Smith',
      'Johnson',
      'Williams',
      'Brown',
      'Taylor',
      'Wilson',
      'Davies',
      'Evans',
      'Thompson',
      'Walker',
      'White',
      'Harris',
      'Martin',
      'Clarke',
      'Wright',
      'Hughes',
      'Edwards',
      'Green',
      'Hall',
      'Wood',
      'Miller',
      'Anderson',
      'Moore',
      'Jackson',
      'Cooper',
      'Bennett',
      'Mitchell',
      'Parker',
      'Collins',
      'Stewart',
      'Murphy',
    ],
  },
  de: {
    given: [
      'Andreas',
      'Thomas',
      'Michael',
      'Stefan',
      'Christian',
      'Wolfgang',
      'Klaus',
      'Sabine',
      'Ursula',
      'Monika',
      'Petra',
      'Claudia',
      'Birgit',
      'Katharina',
      'Julia',
      'Elisabeth',
      'Johanna',
      'Maximilian',
      'Lukas',
      'Felix',
    ],
    family: [
      'Müller',
      'Schmidt',
      'Schneider',
      'Fischer',
      'Weber',
      'Meyer',
      'Wagner',
      'Becker',
      'Schulz',
      'Hoffmann',
      'Huber',
      'Gruber',
      'Bauer',
      'Wimmer',
      'Steiner',
      'Moser',
      'Berger',
      'Hofer',
      'Leitner',
      'Pichler',
    ],
  },
  fr: {
    given: [
      'Marie',
      'Nathalie',
      'Isabelle',
      'Philippe',
      'Jean',
      'Pierre',
      'Sophie',
      'Claire',
      'Louis',
      'Camille',
    ],
    family: [
      'Martin',
      'Bernard',
      'Dubois',
      'Laurent',
      'Lefebvre',
      'Moreau',
      'Girard',
      'Fontaine',
      'Rousseau',
    ],
  },
  it: {
    given: ['Giulia', 'Francesca', 'Chiara', 'Marco', 'Luca', 'Alessandro', 'Giovanni', 'Paola', 'Roberta'],
    family: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino'],
  },
  nl: {
    given: ['Anouk', 'Sanne', 'Eva', 'Daan', 'Jeroen', 'Pieter', 'Maarten', 'Ingrid', 'Willem'],
    family: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Mulder'],
  },
  sv: {
    given: ['Anna', 'Eva', 'Karin', 'Lars', 'Anders', 'Johan', 'Erik', 'Ingrid', 'Maria'],
    family: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Lindqvist', 'Berg'],
  },
  ja: {
    given: [
      'Yuko',
      'Keiko',
      'Naoko',
      'Haruka',
      'Akiko',
      'Tomoko',
      'Hiroshi',
      'Takashi',
      'Kenji',
      'Satoshi',
      'Yoshiko',
      'Mariko',
      'Kazuo',
      'Masako',
    ],
    family: [
      'Sato',
      'Suzuki',
      'Takahashi',
      'Tanaka',
      'Watanabe',
      'Ito',
      'Yamamoto',
      'Nakamura',
      'Kobayashi',
      'Kato',
      'Yoshida',
      'Yamada',
      'Sasaki',
      'Matsumoto',
      'Inoue',
    ],
  },
  zh: {
    given: [
      'Wei',
      'Mei-Ling',
      'Hui-Chen',
      'Chia-Hao',
      'Shu-Fen',
      'Ka Yan',
      'Wing Sze',
      'Chi Keung',
      'Xiaoling',
      'Jing',
      'Li Na',
      'Jun',
      'Kai Wen',
      'Yi-Ting',
    ],
    family: [
      'Chen',
      'Lin',
      'Huang',
      'Chang',
      'Lee',
      'Wang',
      'Wu',
      'Liu',
      'Tsai',
      'Yang',
      'Chan',
      'Wong',
      'Leung',
      'Cheung',
      'Lau',
      'Tan',
      'Lim',
      'Ng',
      'Zhang',
      'Li',
    ],
  },
  ko: {
    given: [
      'Ji-woo',
      'Seo-yeon',
      'Min-jun',
      'Hye-jin',
      'Eun-ji',
      'Soo-ah',
      'Jae-won',
      'Young-hee',
      'Sung-min',
    ],
    family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim'],
  },
  ar: {
    given: [
      'Mohammed',
      'Ahmed',
      'Abdullah',
      'Khalid',
      'Sultan',
      'Fahad',
      'Saeed',
      'Fatima',
      'Mariam',
      'Noura',
      'Aisha',
      'Hessa',
      'Latifa',
      'Sara',
      'Reem',
    ],
    family: [
      'Al Mansouri',
      'Al Hashimi',
      'Al Qahtani',
      'Al Otaibi',
      'Al Dosari',
      'Al Kuwari',
      'Al Marri',
      'Al Shamsi',
      'Al Mutairi',
      'Al Harbi',
      'Al Ghamdi',
      'Al Zahrani',
      'Al Suwaidi',
      'Al Kaabi',
    ],
  },
  ru: {
    given: [
      'Elena',
      'Olga',
      'Natalia',
      'Tatiana',
      'Irina',
      'Svetlana',
      'Anna',
      'Ekaterina',
      'Dmitry',
      'Sergey',
      'Alexander',
      'Andrey',
      'Alexey',
      'Vladimir',
      'Igor',
      'Maxim',
    ],
    family: [
      'Ivanov',
      'Smirnov',
      'Kuznetsov',
      'Popov',
      'Sokolov',
      'Lebedev',
      'Kozlov',
      'Novikov',
      'Morozov',
      'Volkov',
    ],
  },
  fa: {
    given: [
      'Reza',
      'Ali',
      'Mohammad',
      'Hossein',
      'Mehdi',
      'Maryam',
      'Zahra',
      'Fatemeh',
      'Narges',
      'Leila',
      'Shirin',
    ],
    family: ['Hosseini', 'Ahmadi', 'Mohammadi', 'Rezaei', 'Moradi', 'Karimi', 'Jafari', 'Rahimi', 'Hashemi'],
  },
};

const ORIGIN: Readonly<Record<string, Origin>> = {
  HU: 'hu',
  SK: 'hu',
  RO: 'hu',
  GB: 'en',
  US: 'en',
  CA: 'en',
  AU: 'en',
  DE: 'de',
  AT: 'de',
  CH: 'de',
  FR: 'fr',
  IT: 'it',
  NL: 'nl',
  SE: 'sv',
  JP: 'ja',
  TW: 'zh',
  HK: 'zh',
  CN: 'zh',
  SG: 'zh',
  KR: 'ko',
  AE: 'ar',
  SA: 'ar',
  QA: 'ar',
  KW: 'ar',
  RU: 'ru',
  BY: 'ru',
  IR: 'fa',
};

const RU_FEMALE = new Set(['Elena', 'Olga', 'Natalia', 'Tatiana', 'Irina', 'Svetlana', 'Anna', 'Ekaterina']);

export interface Person {
  given: string;
  family: string;
  /** As typed at checkout: Hungarians at home write the family name first. */
  name: string;
}

/** A person named as people from `origin` (a country code) are; `hungarian` for the diaspora abroad. */
export function personFrom(rng: Rng, countryCode: string, hungarian = false): Person {
  const origin: Origin = hungarian ? 'hu' : (ORIGIN[countryCode] ?? 'en');
  const pool = NAMES[origin];
  const given = rng.pick(pool.given);
  let family = rng.pick(pool.family);
  if (origin === 'ru' && RU_FEMALE.has(given)) family = `${family}a`;
  const familyFirst = origin === 'hu' && countryCode === 'HU' && rng.chance(0.85);
  return { given, family, name: familyFirst ? `${family} ${given}` : `${given} ${family}` };
}

const EMAIL_DOMAINS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  HU: [
    ['gmail.com', 45],
    ['freemail.hu', 20],
    ['citromail.hu', 6],
    ['t-online.hu', 5],
    ['hotmail.com', 6],
    ['outlook.hu', 3],
    ['icloud.com', 6],
    ['yahoo.com', 3],
    ['vipmail.hu', 2],
    ['chello.hu', 2],
  ],
  SK: [
    ['gmail.com', 60],
    ['azet.sk', 20],
    ['centrum.sk', 10],
    ['freemail.hu', 10],
  ],
  RO: [
    ['gmail.com', 65],
    ['yahoo.com', 25],
    ['freemail.hu', 10],
  ],
  GB: [
    ['gmail.com', 40],
    ['hotmail.co.uk', 15],
    ['btinternet.com', 12],
    ['outlook.com', 10],
    ['icloud.com', 12],
    ['yahoo.co.uk', 6],
    ['sky.com', 5],
  ],
  US: [
    ['gmail.com', 45],
    ['yahoo.com', 15],
    ['aol.com', 6],
    ['outlook.com', 8],
    ['icloud.com', 15],
    ['comcast.net', 6],
    ['hotmail.com', 5],
  ],
  CA: [
    ['gmail.com', 50],
    ['hotmail.com', 15],
    ['rogers.com', 10],
    ['icloud.com', 15],
    ['yahoo.ca', 10],
  ],
  AU: [
    ['gmail.com', 45],
    ['bigpond.com', 20],
    ['outlook.com', 15],
    ['icloud.com', 20],
  ],
  DE: [
    ['gmx.de', 25],
    ['web.de', 22],
    ['t-online.de', 15],
    ['gmail.com', 30],
    ['icloud.com', 8],
  ],
  AT: [
    ['gmx.at', 25],
    ['aon.at', 15],
    ['gmail.com', 40],
    ['icloud.com', 10],
    ['chello.at', 10],
  ],
  CH: [
    ['bluewin.ch', 35],
    ['gmail.com', 40],
    ['gmx.ch', 15],
    ['icloud.com', 10],
  ],
  FR: [
    ['orange.fr', 25],
    ['free.fr', 15],
    ['gmail.com', 45],
    ['laposte.net', 15],
  ],
  IT: [
    ['libero.it', 30],
    ['gmail.com', 50],
    ['alice.it', 20],
  ],
  NL: [
    ['gmail.com', 45],
    ['ziggo.nl', 20],
    ['kpnmail.nl', 15],
    ['hotmail.nl', 20],
  ],
  SE: [
    ['gmail.com', 55],
    ['telia.com', 20],
    ['hotmail.se', 25],
  ],
  JP: [
    ['gmail.com', 35],
    ['yahoo.co.jp', 30],
    ['docomo.ne.jp', 10],
    ['icloud.com', 15],
    ['nifty.com', 10],
  ],
  TW: [
    ['gmail.com', 55],
    ['yahoo.com.tw', 35],
    ['hotmail.com', 10],
  ],
  HK: [
    ['gmail.com', 50],
    ['yahoo.com.hk', 25],
    ['netvigator.com', 25],
  ],
  SG: [
    ['gmail.com', 60],
    ['singnet.com.sg', 20],
    ['hotmail.com', 20],
  ],
  KR: [
    ['naver.com', 55],
    ['gmail.com', 30],
    ['daum.net', 15],
  ],
  CN: [
    ['qq.com', 45],
    ['163.com', 25],
    ['gmail.com', 15],
    ['126.com', 15],
  ],
  AE: [
    ['gmail.com', 45],
    ['hotmail.com', 25],
    ['outlook.com', 10],
    ['icloud.com', 20],
  ],
  SA: [
    ['gmail.com', 50],
    ['hotmail.com', 30],
    ['icloud.com', 20],
  ],
  QA: [
    ['gmail.com', 50],
    ['hotmail.com', 30],
    ['icloud.com', 20],
  ],
  KW: [
    ['gmail.com', 50],
    ['hotmail.com', 30],
    ['icloud.com', 20],
  ],
  RU: [
    ['mail.ru', 35],
    ['yandex.ru', 30],
    ['gmail.com', 25],
    ['bk.ru', 10],
  ],
  BY: [
    ['mail.ru', 35],
    ['yandex.by', 25],
    ['gmail.com', 40],
  ],
  IR: [
    ['gmail.com', 70],
    ['yahoo.com', 30],
  ],
};

const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** An address the person would choose: name-based, now and then with a birth year or a nickname's digits. */
export function emailOf(rng: Rng, p: Person, countryCode: string, domain?: string): string {
  const g = ascii(p.given);
  const f = ascii(p.family);
  const local = rng.weightedPick<string>([
    [`${g}.${f}`, 30],
    [`${f}.${g}`, 14],
    [`${g}${f}`, 12],
    [`${g.charAt(0)}${f}`, 10],
    [`${g}.${f}${rng.int(50, 99)}`, 14],
    [`${f}${g.slice(0, 4)}${rng.int(1, 99)}`, 10],
    [`${g}${rng.int(1955, 2004)}`, 10],
  ]);
  const d = domain ?? rng.weightedPick(EMAIL_DOMAINS[countryCode] ?? EMAIL_DOMAINS.US ?? [['gmail.com', 1]]);
  return `${local}@${d}`;
}

export type Group = 'domestic' | 'borderland' | 'diaspora' | 'foreign';

export interface Account {
  id: string;
  email: string;
  name: string;
  person: Person;
  createdAt: number;
  country: string;
  home: Address;
  tz: number;
  currency: Currency;
  locale: string;
  group: Group;
  /** Has bought for a cabinet before: bigger pieces, saved cards. */
  collector: boolean;
  cards: HeldCard[];
  devices: Device[];
  home_net: Network;
  mobile: Network;
}

/** The line a buyer uses at home, and on their phone. */
export function homeNetworks(rng: Rng, countryCode: string): { home_net: Network; mobile: Network } {
  const fixed = networksOf(countryCode, 'fixed', 'cable');
  const mobile = networksOf(countryCode, 'mobile');
  const home = rng.pick(fixed.length > 0 ? fixed : networksOf(countryCode));
  return { home_net: home, mobile: mobile.length > 0 ? rng.pick(mobile) : home };
}

/** Where each group lives, by weight. */
const DIASPORA: ReadonlyArray<readonly [string, number]> = [
  ['GB', 26],
  ['DE', 24],
  ['AT', 16],
  ['NL', 7],
  ['SE', 5],
  ['CH', 7],
  ['US', 9],
  ['CA', 4],
  ['AU', 2],
];
export const FOREIGN: ReadonlyArray<readonly [string, number]> = [
  ['US', 20],
  ['GB', 10],
  ['DE', 9],
  ['AT', 6],
  ['FR', 4],
  ['IT', 4],
  ['NL', 2],
  ['CH', 4],
  ['JP', 11],
  ['TW', 5],
  ['HK', 4],
  ['SG', 3],
  ['KR', 3],
  ['CN', 3],
  ['AE', 5],
  ['SA', 3],
  ['QA', 2],
  ['KW', 1],
  ['CA', 1],
  ['AU', 1],
];

/** A buyer of `group` from `countryCode`: their name, e-mail, home, cards, devices and lines. */
export function newBuyer(rng: Rng, group: Group, countryCode: string) {
  const person = personFrom(rng, countryCode, group === 'diaspora');
  const home = homeIn(rng, countryCode);
  const c = country(countryCode);
  const cardCount = rng.chance(0.3) ? 2 : 1;
  const cards = Array.from({ length: cardCount }, () =>
    newCard(rng, countryCode, fundingFor(rng, countryCode)),
  );
  const crowd = crowdOf(countryCode);
  const devices = [newDevice(rng, crowd), ...(rng.chance(0.45) ? [newDevice(rng, crowd)] : [])];
  return {
    person,
    name: person.name,
    email: emailOf(rng, person, countryCode),
    home: plain(home),
    tz: home.tz,
    country: countryCode,
    currency: c.currency,
    locale: group === 'diaspora' || group === 'borderland' ? 'hu-HU' : c.locale,
    group,
    cards,
    devices,
    ...homeNetworks(rng, countryCode),
  };
}

/** When an account was opened: one month to twelve years before the season, in the buyer's waking hours. */
function openedAt(rng: Rng, start: number, tz: number): number {
  const days = Math.min(4300, Math.floor(rng.exp(900)) + 30);
  const day = start - days * DAY;
  const midnight = day - ((((day + tz * HOUR) % DAY) + DAY) % DAY);
  return midnight + rng.int(8 * 60, 23 * 60) * 60_000 + rng.int(0, 59_999);
}

/**
 * The shop's accounts: about one for every two and a half orders expected, most Hungarian, some Hungarians
 * across the borders and abroad, and collectors around the world.
 */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const count = Math.max(40, Math.round(orders / 2.5));
  return Array.from({ length: count }, (_, i) => {
    const group = rng.weightedPick<Group>([
      ['domestic', 70],
      ['borderland', 4],
      ['diaspora', 10],
      ['foreign', 16],
    ]);
    const code =
      group === 'domestic'
        ? 'HU'
        : group === 'borderland'
          ? rng.pick(['SK', 'RO'])
          : rng.weightedPick(group === 'diaspora' ? DIASPORA : FOREIGN);
    const b = newBuyer(rng, group, code);
    return {
      ...b,
      id: `cus_${String(20_417 + i * 7 + rng.int(0, 6))}`,
      createdAt: openedAt(rng, start, b.tz),
      collector: rng.chance(group === 'foreign' ? 0.5 : 0.22),
    };
  });
}

/**
 * An account opened at checkout, a few minutes before the order. The shop numbers accounts in sequence, so a new
 * one's number follows the minute it was opened.
 */
export function freshAccount(rng: Rng, buyer: ReturnType<typeof newBuyer>, orderAt: number): Account {
  const createdAt = orderAt - rng.int(2 * 60_000, 25 * 60_000);
  return {
    ...buyer,
    id: `cus_${String(Math.floor((createdAt - Date.UTC(2020, 0, 1)) / 60_000))}${rng.int(0, 9)}`,
    createdAt,
    collector: false,
  };
}

const COMPANY_WORDS = {
  first: [
    'Duna',
    'Pannon',
    'Hungária',
    'Buda',
    'Tisza',
    'Alföld',
    'Mátra',
    'Balaton',
    'Lánchíd',
    'Gellért',
    'Corvin',
  ],
  second: [
    'Invest',
    'Consulting',
    'Logisztika',
    'Építő',
    'Pharma',
    'Energia',
    'Holding',
    'Partners',
    'Informatika',
  ],
  form: ['Kft.', 'Kft.', 'Kft.', 'Zrt.', 'Nyrt.', 'Bt.'],
};
const OFFICES = [
  ['1051', 'Nádor utca'],
  ['1054', 'Szabadság tér'],
  ['1062', 'Andrássy út'],
  ['1095', 'Soroksári út'],
  ['1117', 'Budafoki út'],
  ['1134', 'Váci út'],
  ['1138', 'Népfürdő utca'],
] as const;

/** A Hungarian company buying gifts: its account, the office manager who orders, its tax number and card. */
export interface Company {
  id: string;
  name: string;
  /** Hungarian tax number: eight digits, VAT code, county code. */
  taxId: string;
  office: Address;
  contact: string;
  email: string;
  createdAt: number;
  card: HeldCard;
  device: Device;
}

export function newCompany(rng: Rng, createdAt: number, id?: string): Company {
  const name = `${rng.pick(COMPANY_WORDS.first)} ${rng.pick(COMPANY_WORDS.second)} ${rng.pick(COMPANY_WORDS.form)}`;
  const slug = ascii(name.split(' ').slice(0, 2).join(''));
  const [postalCode, street] = rng.pick(OFFICES);
  const person = personFrom(rng, 'HU');
  return {
    id: id ?? `cus_${String(Math.floor((createdAt - Date.UTC(2020, 0, 1)) / 60_000))}${rng.int(0, 9)}`,
    name,
    taxId: `${rng.digits(8)}-${rng.int(1, 5)}-${String(rng.int(2, 44)).padStart(2, '0')}`,
    office: { country: 'HU', postalCode, city: 'Budapest', line1: `${street} ${rng.int(1, 120)}.` },
    contact: person.name,
    email: emailOf(rng, person, 'HU', `${slug}.hu`),
    createdAt,
    card: newCard(rng, 'HU', 'credit'),
    device: newDevice(rng, 'office', 0.95),
  };
}

/** The companies that have bought protocol gifts before, with accounts opened over the years. */
export function companyBase(rng: Rng, start: number): Company[] {
  return Array.from({ length: 30 }, (_, i) =>
    newCompany(
      rng,
      start - rng.int(200, 2400) * DAY - rng.int(0, 600) * 60_000,
      `cus_${String(12_003 + i * 211)}`,
    ),
  );
}
