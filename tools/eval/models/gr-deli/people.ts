import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { type Network, pickNetwork, ipOf } from './networks.js';
import { addressIn, DIASPORA, GR_HOMETOWNS, market, TOURISTS } from './places.js';

/**
 * Who shops at the deli: Greek households, Cypriots, the diaspora (Germany, Australia, the US, Britain,
 * Belgium, Sweden), last summer's tourists, and the companies and restaurants that buy in bulk. Accounts are
 * opened from days to nine years before the window; tourists' mostly last summer. Each has a home address,
 * one or two cards, one or two devices and a home line; the phone moves between networks.
 */

const GR_MEN = [
  'Giorgos',
  'Dimitris',
  'Konstantinos',
  'Nikos',
  'Giannis',
  'Vasilis',
  'Christos',
  'Panagiotis',
];
const GR_MEN_MORE = ['Thanasis', 'Manolis', 'Stavros', 'Kostas', 'Michalis', 'Spyros', 'Andreas', 'Petros'];
const GR_WOMEN = ['Maria', 'Eleni', 'Katerina', 'Ioanna', 'Sofia', 'Georgia', 'Vasiliki', 'Despina'];
const GR_WOMEN_MORE = ['Anna', 'Fotini', 'Dimitra', 'Chrysa', 'Angeliki', 'Evangelia', 'Konstantina', 'Niki'];
/** Surnames in the men's form; women's forms are derived. */
const GR_SURNAMES = [
  'Papadopoulos',
  'Georgiou',
  'Nikolaidis',
  'Vlachos',
  'Oikonomou',
  'Karagiannis',
  'Pappas',
  'Konstantinidis',
  'Dimitriou',
  'Athanasiou',
  'Makris',
  'Alexiou',
  'Kyriakou',
  'Antoniou',
  'Stavrou',
  'Zafeiriou',
  'Papanikolaou',
  'Christodoulou',
  'Lamprou',
  'Tsakiris',
  'Kostopoulos',
  'Mavridis',
  'Sarantis',
  'Kouris',
];
/** Diaspora first names as they are used abroad. */
const DIASPORA_FIRST = [
  'Nick',
  'Peter',
  'George',
  'John',
  'Helen',
  'Maria',
  'Kathy',
  'Steve',
  'Chris',
  'Angela',
];

const FOREIGN: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  DE: [
    ['Thomas', 'Julia', 'Stefan', 'Sabine', 'Lukas', 'Anna', 'Michael', 'Katrin'],
    ['Müller', 'Schneider', 'Weber', 'Fischer', 'Becker', 'Wagner', 'Hoffmann'],
  ],
  AT: [
    ['Florian', 'Lena', 'Markus', 'Elisabeth'],
    ['Gruber', 'Huber', 'Bauer', 'Pichler'],
  ],
  GB: [
    ['James', 'Emma', 'Oliver', 'Sophie', 'David', 'Claire', 'Tom'],
    ['Smith', 'Taylor', 'Evans', 'Brown', 'Wilson', 'Hughes'],
  ],
  IE: [
    ['Ciarán', 'Aoife', 'Sean', 'Niamh'],
    ['Murphy', 'Kelly', "O'Brien", 'Byrne'],
  ],
  NL: [
    ['Daan', 'Sanne', 'Jeroen', 'Lotte'],
    ['de Vries', 'Jansen', 'Bakker', 'Visser', 'van Dijk'],
  ],
  BE: [
    ['Pieter', 'Marie', 'Thomas', 'Elise'],
    ['Peeters', 'Janssens', 'Dubois', 'Lambert'],
  ],
  FR: [
    ['Julien', 'Camille', 'Nicolas', 'Claire', 'Antoine'],
    ['Martin', 'Bernard', 'Dubois', 'Lefebvre', 'Moreau'],
  ],
  IT: [
    ['Luca', 'Giulia', 'Marco', 'Francesca'],
    ['Rossi', 'Bianchi', 'Romano', 'Colombo', 'Ricci'],
  ],
  ES: [
    ['Javier', 'Lucía', 'Pablo', 'Marta'],
    ['García', 'Fernández', 'López', 'Martínez'],
  ],
  SE: [
    ['Erik', 'Anna', 'Johan', 'Karin', 'Lars'],
    ['Andersson', 'Johansson', 'Lindqvist', 'Nilsson'],
  ],
  US: [
    ['Michael', 'Jennifer', 'Robert', 'Emily', 'Brian', 'Sarah'],
    ['Johnson', 'Miller', 'Davis', 'Anderson', 'Clark'],
  ],
  AU: [
    ['Jack', 'Chloe', 'Liam', 'Olivia', 'Matt'],
    ['Williams', 'Jones', 'Walker', 'Thompson', 'Ryan'],
  ],
  CY: [
    ['Andreas', 'Christina', 'Marios', 'Elena', 'Charalambos'],
    ['Christodoulou', 'Georgiou', 'Charalambous', 'Ioannou', 'Neofytou'],
  ],
};

/** The women's form of a Greek surname: -os → -ou, -is → -i, -as → -a; -ou stays. */
export function feminine(surname: string): string {
  if (surname.endsWith('os')) return `${surname.slice(0, -2)}ou`;
  if (surname.endsWith('is') || surname.endsWith('as')) return surname.slice(0, -1);
  return surname;
}

export interface Person {
  first: string;
  last: string;
  name: string;
}

/** A Greek name, in the right form for a woman. */
export function greekName(rng: Rng): Person {
  const woman = rng.chance(0.55);
  const first = rng.pick(woman ? [...GR_WOMEN, ...GR_WOMEN_MORE] : [...GR_MEN, ...GR_MEN_MORE]);
  const base = rng.pick(GR_SURNAMES);
  const last = woman ? feminine(base) : base;
  return { first, last, name: `${first} ${last}` };
}

/** A diaspora name: Greek, often anglicised, the surname kept in the men's form abroad. */
export function diasporaName(rng: Rng): Person {
  if (rng.chance(0.45)) {
    const first = rng.pick(DIASPORA_FIRST);
    const last = rng.pick(GR_SURNAMES);
    return { first, last, name: `${first} ${last}` };
  }
  return greekName(rng);
}

/** A name from `country` (Greek for Greece). */
export function nameFrom(rng: Rng, country: string): Person {
  const pair = FOREIGN[country];
  if (!pair || country === 'GR') return greekName(rng);
  const first = rng.pick(pair[0]);
  const last = rng.pick(pair[1]);
  return { first, last, name: `${first} ${last}` };
}

const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

const MAILBOXES: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  GR: [
    ['gmail.com', 60],
    ['yahoo.gr', 12],
    ['hotmail.com', 10],
    ['otenet.gr', 5],
    ['outlook.com', 6],
    ['icloud.com', 4],
    ['windowslive.com', 3],
  ],
  CY: [
    ['gmail.com', 60],
    ['cytanet.com.cy', 15],
    ['hotmail.com', 15],
    ['outlook.com', 10],
  ],
  DE: [
    ['gmail.com', 35],
    ['gmx.de', 22],
    ['web.de', 22],
    ['t-online.de', 12],
    ['outlook.de', 9],
  ],
  GB: [
    ['gmail.com', 45],
    ['hotmail.co.uk', 20],
    ['btinternet.com', 12],
    ['outlook.com', 13],
    ['icloud.com', 10],
  ],
  US: [
    ['gmail.com', 55],
    ['yahoo.com', 16],
    ['aol.com', 6],
    ['comcast.net', 8],
    ['icloud.com', 10],
    ['outlook.com', 5],
  ],
  AU: [
    ['gmail.com', 50],
    ['bigpond.com', 18],
    ['hotmail.com', 14],
    ['optusnet.com.au', 8],
    ['icloud.com', 10],
  ],
  RU: [
    ['mail.ru', 35],
    ['yandex.ru', 35],
    ['gmail.com', 30],
  ],
};

/** An e-mail as a person makes one: their name with dots, initials, a birth year or a number. */
export function emailOf(rng: Rng, p: Person, country: string): string {
  const box = rng.weightedPick(
    MAILBOXES[country] ?? [
      ['gmail.com', 55],
      ['outlook.com', 20],
      ['hotmail.com', 15],
      ['icloud.com', 10],
    ],
  );
  const f = ascii(p.first);
  const l = ascii(p.last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 30],
    [`${f}${l}`, 14],
    [`${f.charAt(0)}${l}`, 14],
    [`${f}.${l}${rng.int(60, 99)}`, 14],
    [`${f}_${l}${rng.int(1, 99)}`, 8],
    [`${l}.${f}`, 8],
    [`${f}${rng.int(1965, 2004)}`, 12],
  ]);
  return `${local}@${box}`;
}

const UAS: ReadonlyArray<readonly [string, number]> = [
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1',
    26,
  ],
  [
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Mobile Safari/537.36',
    28,
  ],
  [
    'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-A556B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/28.0 Chrome/130.0.0.0 Mobile Safari/537.36',
    8,
  ],
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36',
    18,
  ],
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36 Edg/143.0.0.0',
    5,
  ],
  [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
    8,
  ],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:146.0) Gecko/20100101 Firefox/146.0', 3],
  [
    'Mozilla/5.0 (iPad; CPU OS 16_7_12 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
    4,
  ],
];

export const isPhone = (d: Device): boolean => /iPhone|Android/.test(d.userAgent);

/** A browser on a device; the shop's fingerprint script gets an id most of the time (not under strict blockers). */
export function newDevice(rng: Rng, ua?: string): Device {
  const userAgent = ua ?? rng.weightedPick(UAS);
  return rng.chance(0.88) ? { userAgent, id: `dv_${rng.token(20)}` } : { userAgent };
}

export type Segment = 'local' | 'cypriot' | 'diaspora' | 'tourist';

export interface Account {
  id: string;
  email: string;
  name: string;
  person: Person;
  createdAt: number;
  segment: Segment;
  home: Address & { tz: number };
  cards: HeldCard[];
  devices: Device[];
  homeNet: Network;
  /** The household's line keeps its address for weeks. */
  homeIp: string;
  mobileNet: Network;
  locale: string;
  /** How often this customer orders, relative to others. */
  activity: number;
  /** A family address in Greece (the diaspora's parents, an Athenian's village). */
  family?: Address & { tz: number };
}

const SEGMENTS: ReadonlyArray<readonly [Segment, number]> = [
  ['local', 62],
  ['cypriot', 5],
  ['diaspora', 20],
  ['tourist', 13],
];

function accountAge(rng: Rng, segment: Segment, start: number): number {
  if (segment === 'tourist' && rng.chance(0.75)) {
    // Opened while on holiday last summer (mid-May to early October).
    return start - Date.UTC(2026, 4, 15) - rng.int(0, 140) * DAY + rng.int(0, DAY);
  }
  // Log-uniform between three weeks and nine years.
  return Math.exp(rng.float(Math.log(21 * DAY), Math.log(9 * 365 * DAY)));
}

function homeCountry(rng: Rng, s: Segment): string {
  if (s === 'local') return 'GR';
  if (s === 'cypriot') return 'CY';
  return rng.weightedPick(s === 'diaspora' ? DIASPORA : TOURISTS);
}

function personFor(rng: Rng, s: Segment, country: string): Person {
  if (s === 'local') return greekName(rng);
  if (s === 'cypriot') return rng.chance(0.7) ? nameFrom(rng, 'CY') : greekName(rng);
  if (s === 'diaspora') return diasporaName(rng);
  return nameFrom(rng, country);
}

export function newAccount(rng: Rng, id: string, s: Segment, start: number): Account {
  const country = homeCountry(rng, s);
  const person = personFor(rng, s, country);
  const home = addressIn(rng, country);
  const m = market(country);
  const card = newCard(rng, country, rng.chance(country === 'GR' ? 0.6 : 0.45) ? 'debit' : 'credit');
  const cards = rng.chance(0.3) ? [card, newCard(rng, country)] : [card];
  const phone = newDevice(rng);
  const devices = rng.chance(0.45) ? [phone, newDevice(rng)] : [phone];
  const homeNet = pickNetwork(rng, country, 'fixed');
  const family =
    s === 'diaspora' || (s === 'local' && rng.chance(0.45)) ? addressIn(rng, 'GR', GR_HOMETOWNS) : undefined;
  const locale =
    s === 'diaspora' ? (rng.chance(0.5) ? 'el-GR' : m.locale) : s === 'tourist' ? m.locale : 'el-GR';
  return {
    id,
    email: emailOf(rng, person, country),
    name: person.name,
    person,
    createdAt: Math.floor(start - accountAge(rng, s, start)),
    segment: s,
    home,
    cards,
    devices,
    homeNet,
    homeIp: ipOf(rng, homeNet, 0.3),
    mobileNet: pickNetwork(rng, country, 'mobile'),
    locale: s === 'cypriot' ? 'el-CY' : locale,
    activity: rng.logNormal(1, 0.8),
    ...(family ? { family } : {}),
  };
}

/** The shop's registered customers: one account for every two and a half orders expected. */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const n = Math.max(40, Math.round(orders / 2.5));
  const accounts = Array.from({ length: n }, (_, i) =>
    newAccount(rng.fork(`a${i}`), '', rng.weightedPick(SEGMENTS), start),
  ).sort((a, b) => a.createdAt - b.createdAt);
  // The shop numbers customers as they sign up: older accounts have lower ids.
  let id = 2_000 + rng.int(0, 300);
  for (const a of accounts) a.id = String((id += rng.int(3, 40)));
  return accounts;
}
