import { DAY, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import {
  ABROAD,
  DIASPORA,
  type Home,
  homeIn,
  market,
  type Market,
  type NameSet,
  officeIn,
  PERU,
  shopIn,
} from './places.js';
import { type Network, networkOf } from './networks.js';

/**
 * The shop's people: names and e-mail addresses as each country writes them, the browsers and phones they
 * shop on, and the customer base: accounts opened since the shop went online in 2017, each with a home, one or
 * two cards, one to three devices, a home network and a mobile carrier.
 */

const FIRST: Readonly<Record<NameSet, readonly string[]>> = {
  pe: [
    'María',
    'José',
    'Luis',
    'Carmen',
    'Rosa',
    'Jorge',
    'Ana',
    'Carlos',
    'Lucía',
    'Diego',
    'Valeria',
    'Juan',
    'Milagros',
    'Fiorella',
    'Renzo',
    'Giancarlo',
    'Katherine',
    'Jhon',
    'Ximena',
    'Sebastián',
    'Camila',
    'Alonso',
    'Claudia',
    'Miguel',
    'Patricia',
    'Gabriela',
    'Franco',
    'Andrea',
    'Mariela',
    'César',
  ],
  en: [
    'Emily',
    'Sarah',
    'Jessica',
    'Laura',
    'Megan',
    'Rachel',
    'Hannah',
    'Olivia',
    'Kate',
    'Anna',
    'Michael',
    'David',
    'James',
    'Robert',
    'Daniel',
    'Matthew',
    'Andrew',
    'Chris',
    'Tom',
    'Ben',
    'Susan',
    'Karen',
    'Linda',
    'Margaret',
    'Helen',
    'Claire',
    'Sophie',
    'Ryan',
    'Nathan',
    'Grace',
  ],
  de: [
    'Anna',
    'Julia',
    'Katharina',
    'Lena',
    'Sabine',
    'Claudia',
    'Petra',
    'Monika',
    'Laura',
    'Sophie',
    'Thomas',
    'Michael',
    'Stefan',
    'Andreas',
    'Markus',
    'Jan',
    'Felix',
    'Lukas',
    'Tobias',
    'Christian',
  ],
  ja: [
    'Yuki',
    'Haruka',
    'Aoi',
    'Sakura',
    'Yui',
    'Misaki',
    'Emi',
    'Naoko',
    'Keiko',
    'Akiko',
    'Takashi',
    'Hiroshi',
    'Kenji',
    'Daisuke',
    'Shota',
    'Yuto',
    'Ryo',
    'Kazuki',
  ],
  fr: ['Camille', 'Manon', 'Chloé', 'Julie', 'Claire', 'Nicolas', 'Julien', 'Antoine', 'Thomas', 'Pierre'],
  nl: ['Sanne', 'Lotte', 'Fleur', 'Anouk', 'Daan', 'Bram', 'Jeroen', 'Thijs'],
  es: ['Lucía', 'Marta', 'Elena', 'Paula', 'Sergio', 'Javier', 'Pablo', 'Álvaro'],
  it: ['Giulia', 'Chiara', 'Francesca', 'Sara', 'Marco', 'Luca', 'Alessandro', 'Matteo'],
};

const LAST: Readonly<Record<NameSet, readonly string[]>> = {
  pe: [
    'Quispe',
    'Flores',
    'Rodríguez',
    'García',
    'Huamán',
    'Mamani',
    'Vargas',
    'Torres',
    'Chávez',
    'Ramírez',
    'Rojas',
    'Mendoza',
    'Castillo',
    'Gutiérrez',
    'Paredes',
    'Salazar',
    'Cárdenas',
    'Valdivia',
    'Zegarra',
    'Benavides',
    'Delgado',
    'Sánchez',
    'Espinoza',
    'Condori',
    'Ríos',
    'Cáceres',
    'Aguilar',
    'Herrera',
  ],
  en: [
    'Smith',
    'Johnson',
    'Williams',
    'Brown',
    'Miller',
    'Davis',
    'Wilson',
    'Anderson',
    'Taylor',
    'Thomas',
    'Moore',
    'Martin',
    'Clark',
    'Lewis',
    'Walker',
    'Hall',
    'Young',
    'King',
    'Wright',
    'Scott',
    'Green',
    'Baker',
    'Adams',
    'Nelson',
    'Campbell',
    'Mitchell',
    'Roberts',
    'Evans',
    'Turner',
    'Collins',
    'Murphy',
    "O'Brien",
    'Kelly',
    'Cooper',
    'Bennett',
    'Hughes',
    'Foster',
    'Price',
    'Sullivan',
    'Russell',
  ],
  de: [
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
    'Koch',
    'Richter',
    'Klein',
    'Wolf',
    'Schröder',
    'Neumann',
    'Braun',
    'Zimmermann',
    'Hartmann',
    'Krüger',
  ],
  ja: [
    'Tanaka',
    'Suzuki',
    'Takahashi',
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
    'Kimura',
    'Hayashi',
  ],
  fr: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau'],
  nl: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer'],
  es: ['García', 'Fernández', 'González', 'Martínez', 'López', 'Sánchez', 'Pérez', 'Gómez'],
  it: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci'],
};

export interface Person {
  first: string;
  last: string;
  name: string;
}

/** A name; Peruvians carry both surnames. */
export function personOf(rng: Rng, set: NameSet): Person {
  const first = rng.pick(FIRST[set]);
  const last = rng.pick(LAST[set]);
  const name = set === 'pe' ? `${first} ${last} ${rng.pick(LAST.pe)}` : `${first} ${last}`;
  return { first, last, name };
}

const plain = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** An e-mail address people pick for themselves at one of their country's providers. */
export function emailOf(rng: Rng, p: Person, mail: readonly string[]): string {
  const f = plain(p.first);
  const l = plain(p.last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 30],
    [`${f}${l}${rng.int(1, 99)}`, 22],
    [`${f.charAt(0)}${l}`, 18],
    [`${f}_${l}${rng.int(60, 99)}`, 8],
    [`${l}.${f}`, 8],
    [`${f}${rng.int(1975, 2004)}`, 14],
  ]);
  const domain = rng.weightedPick(mail.map((d, i) => [d, Math.max(1, 12 - 3 * i)] as const));
  return `${local}@${domain}`;
}

const CHROME = 152;

/** The browsers and phones of late 2026 (Chrome 152–154, Safari 26, Firefox 156). */
export const USER_AGENTS = {
  iphone: (v: number) =>
    `Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.${v % 3} Mobile/15E148 Safari/604.1`,
  ipad: (v: number) =>
    `Mozilla/5.0 (iPad; CPU OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.${v % 3} Mobile/15E148 Safari/604.1`,
  android: (v: number) =>
    `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${CHROME + (v % 3)}.0.0.0 Mobile Safari/537.36`,
  samsung: (v: number) =>
    `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/30.${v % 2} Chrome/148.0.0.0 Mobile Safari/537.36`,
  instagram: (v: number) =>
    `Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 4${20 + (v % 6)}.0.0.21.104 (iPhone15,2; iOS 18_6; es_PE; es; scale=3.00; 1179x2556)`,
  windows: (v: number) =>
    `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${CHROME + (v % 3)}.0.0.0 Safari/537.36`,
  edge: (v: number) =>
    `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${CHROME + (v % 3)}.0.0.0 Safari/537.36 Edg/${CHROME + (v % 3)}.0.0.0`,
  mac: (v: number) =>
    `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.${v % 3} Safari/605.1.15`,
  macChrome: (v: number) =>
    `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${CHROME + (v % 3)}.0.0.0 Safari/537.36`,
  firefox: (v: number) =>
    `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${155 + (v % 2)}.0) Gecko/20100101 Firefox/${155 + (v % 2)}.0`,
} as const;

export type Platform = keyof typeof USER_AGENTS;

/** Which devices people shop on, by country: Android and Instagram's browser in Peru, iPhones in Japan. */
const PLATFORMS: Readonly<Record<'pe' | 'jp' | 'other', ReadonlyArray<readonly [Platform, number]>>> = {
  pe: [
    ['android', 34],
    ['samsung', 10],
    ['instagram', 10],
    ['iphone', 18],
    ['windows', 18],
    ['mac', 4],
    ['edge', 3],
    ['macChrome', 3],
  ],
  jp: [
    ['iphone', 46],
    ['android', 12],
    ['mac', 12],
    ['windows', 18],
    ['ipad', 6],
    ['macChrome', 6],
  ],
  other: [
    ['iphone', 30],
    ['android', 14],
    ['mac', 14],
    ['windows', 20],
    ['macChrome', 8],
    ['ipad', 5],
    ['edge', 5],
    ['firefox', 4],
  ],
};

export const MOBILE: ReadonlySet<Platform> = new Set(['iphone', 'android', 'samsung', 'instagram']);

export interface OwnDevice extends Device {
  platform: Platform;
}

/** A device: the shop's fingerprint script gives it an id unless a blocker stops the script (one in ten). */
export function deviceOf(rng: Rng, platform: Platform): OwnDevice {
  const userAgent = USER_AGENTS[platform](rng.int(0, 5));
  return rng.chance(0.9) ? { id: `dv_${rng.token(20)}`, userAgent, platform } : { userAgent, platform };
}

export function platformFor(rng: Rng, country: string, mobileOnly = false): Platform {
  const table = PLATFORMS[country === 'PE' ? 'pe' : country === 'JP' ? 'jp' : 'other'];
  const rows = mobileOnly ? table.filter(([p]) => MOBILE.has(p)) : table;
  return rng.weightedPick(rows);
}

export type Segment = 'domestic' | 'abroad' | 'diaspora' | 'knitter' | 'luxury' | 'boutique' | 'corporate';

export interface Customer {
  id: string;
  email: string;
  name: string;
  person: Person;
  createdAt: number;
  segment: Segment;
  market: Market;
  home: Home;
  cards: HeldCard[];
  devices: OwnDevice[];
  homeNet: Network;
  mobileNet: Network;
  /** A company's name and tax id, for boutiques and corporate buyers. */
  company?: { name: string; taxId?: string };
  /** Orders before the window. */
  pastOrders: number;
}

const SEGMENTS: ReadonlyArray<readonly [Segment, number]> = [
  ['domestic', 34],
  ['abroad', 40],
  ['diaspora', 5],
  ['knitter', 9],
  ['luxury', 5],
  ['boutique', 4],
  ['corporate', 3],
];

const BOUTIQUE_MARKETS: ReadonlyArray<readonly [string, number]> = [
  ['US', 40],
  ['DE', 15],
  ['JP', 15],
  ['CA', 10],
  ['GB', 10],
  ['AU', 5],
  ['NL', 3],
  ['CH', 2],
];

const SHOP_WORDS = [
  'Andes',
  'Llama',
  'Fibre',
  'Woolen',
  'Alpaca',
  'Highland',
  'Nordic',
  'Cozy',
  'Loom',
  'Thread',
];
const SHOP_KINDS = ['Boutique', 'Trading Co.', 'Goods', 'Studio', 'Collective', 'Home', 'Knits'];
const CORP_WORDS = [
  'Inversiones',
  'Constructora',
  'Consultores',
  'Minera',
  'Agroindustrial',
  'Servicios Financieros',
  'Inmobiliaria',
  'Estudio',
  'Laboratorios',
  'Corporación',
];
const CORP_NAMES = [
  'Pacífico',
  'Los Andes',
  'del Sur',
  'Miraflores',
  'Inca',
  'Rímac',
  'Costa Verde',
  'Norte',
];

/** A foreign boutique's name and, where its country prints one on an order, a tax number. */
export function boutiqueOf(rng: Rng, country: string): { name: string; taxId?: string } {
  const name = `${rng.pick(SHOP_WORDS)} ${rng.pick(SHOP_KINDS)}`;
  const taxId: Readonly<Record<string, () => string>> = {
    US: () => `${rng.digits(2)}-${rng.digits(7)}`,
    DE: () => `DE${rng.digits(9)}`,
    GB: () => `GB${rng.digits(9)}`,
    CA: () => `${rng.digits(9)} RT0001`,
    AU: () => `${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`,
    NL: () => `NL${rng.digits(9)}B01`,
    CH: () => `CHE-${rng.digits(3)}.${rng.digits(3)}.${rng.digits(3)} MWST`,
  };
  const make = taxId[country];
  return make ? { name, taxId: make() } : { name };
}

/** A Peruvian company: a trade name and its RUC (20 and nine digits). */
export const companyOf = (rng: Rng): { name: string; taxId: string } => ({
  name: `${rng.pick(CORP_WORDS)} ${rng.pick(CORP_NAMES)} S.A.C.`,
  taxId: `20${rng.digits(9)}`,
});

const TLD: Readonly<Record<string, string>> = {
  PE: 'com.pe',
  DE: 'de',
  GB: 'co.uk',
  JP: 'co.jp',
  CA: 'ca',
  AU: 'com.au',
  NL: 'nl',
  CH: 'ch',
};

/** A company address: the buyer's own, or a shared box at a shop abroad. */
export function businessEmail(rng: Rng, p: Person, company: string, country: string): string {
  const local =
    country !== 'PE' && rng.chance(0.4)
      ? rng.pick(['orders', 'info', 'buying'])
      : `${plain(p.first)}.${plain(p.last)}`;
  return `${local}@${plain(company.replace(' S.A.C.', ''))}.${TLD[country] ?? 'com'}`;
}

const DIASPORA_MAIL = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com'];

/** Where an account's holder lives, by segment. */
function marketOf(rng: Rng, segment: Segment): Market {
  if (segment === 'domestic' || segment === 'corporate') return PERU;
  if (segment === 'diaspora') return market(rng.weightedPick(DIASPORA));
  if (segment === 'boutique') return market(rng.weightedPick(BOUTIQUE_MARKETS));
  if (segment === 'luxury')
    return market(
      rng.weightedPick<string>([
        ['US', 38],
        ['JP', 18],
        ['DE', 10],
        ['GB', 12],
        ['CH', 8],
        ['FR', 5],
        ['AU', 4],
        ['CA', 5],
      ]),
    );
  return rng.weightedPick(ABROAD);
}

/** An account opened between a fortnight and nine years before `start`, most within the last three years. */
function openedBefore(rng: Rng, start: number, segment: Segment): number {
  const ageDays = Math.min(9 * 365, 14 + rng.exp(segment === 'domestic' ? 420 : 640));
  return Math.floor(start - ageDays * DAY - rng.int(0, 1439) * MINUTE);
}

/** One account holder of `segment`. */
export function customerOf(rng: Rng, start: number, segment: Segment): Customer {
  const m = marketOf(rng, segment);
  const set: NameSet = segment === 'diaspora' ? 'pe' : m.names;
  const person = personOf(rng, set);
  const home =
    segment === 'corporate' ? officeIn(rng) : segment === 'boutique' ? shopIn(rng, m) : homeIn(rng, m);
  const business = segment === 'corporate' || segment === 'boutique';
  const cardCountry = m.country;
  const cards = [newCard(rng, cardCountry)];
  if (rng.chance(segment === 'luxury' || segment === 'boutique' ? 0.5 : 0.25))
    cards.push(newCard(rng, cardCountry));
  const devices: OwnDevice[] = [
    deviceOf(
      rng,
      business
        ? rng.pick<Platform>(['windows', 'mac', 'macChrome', 'edge'])
        : platformFor(rng, m.country, true),
    ),
  ];
  if (rng.chance(0.55)) devices.push(deviceOf(rng, platformFor(rng, m.country)));
  if (rng.chance(0.15)) devices.push(deviceOf(rng, platformFor(rng, m.country)));
  const company =
    segment === 'boutique'
      ? boutiqueOf(rng, m.country)
      : segment === 'corporate'
        ? companyOf(rng)
        : undefined;
  const email = company
    ? businessEmail(rng, person, company.name, m.country)
    : emailOf(rng, person, segment === 'diaspora' ? DIASPORA_MAIL : m.mail);
  return {
    id: `cus_${rng.token(14)}`,
    email,
    name: person.name,
    person,
    createdAt: openedBefore(rng, start, segment),
    segment,
    market: m,
    home,
    cards,
    devices,
    homeNet: networkOf(
      rng,
      m.country,
      segment === 'corporate' || segment === 'boutique' ? 'office' : 'fixed',
    ),
    mobileNet: networkOf(rng, m.country, 'mobile'),
    ...(company ? { company } : {}),
    pastOrders: Math.max(1, Math.round(rng.exp(segment === 'boutique' ? 5 : 2.5))),
  };
}

/** The customer base: one account for every two and a half orders expected, by segment. */
export function customerBase(rng: Rng, start: number, orders: number): Customer[] {
  const count = Math.max(40, Math.round(orders / 2.5));
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`c${i}`);
    return customerOf(r, start, r.weightedPick(SEGMENTS));
  });
}

/** The base's accounts of some segments. */
export const ofSegment = (base: readonly Customer[], ...segments: Segment[]): Customer[] =>
  base.filter((c) => segments.includes(c.segment));
