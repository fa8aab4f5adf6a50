import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { type Network, homeNetwork, mobileNetwork } from './networks.js';
import { type Abroad, abroadAddress, abroadWeights, arAddress, arCity, type City } from './places.js';

/** The store's customers: names, e-mail habits, phones and browsers, and the accounts they opened over the years. */

const FIRST = [
  'Martín',
  'Sofía',
  'Lucas',
  'Valentina',
  'Juan Pablo',
  'María José',
  'Facundo',
  'Agustina',
  'Nicolás',
  'Camila',
  'Federico',
  'Florencia',
  'Santiago',
  'Lucía',
  'Matías',
  'Julieta',
  'Gonzalo',
  'Micaela',
  'Diego',
  'Romina',
  'Ezequiel',
  'Carolina',
  'Leandro',
  'Natalia',
  'Hernán',
  'Paula',
  'Sebastián',
  'Milagros',
  'Germán',
  'Belén',
  'Pablo',
  'Victoria',
  'Alejandro',
  'Daniela',
  'Marcelo',
  'Silvina',
  'Ignacio',
  'Rocío',
  'Tomás',
  'Gabriela',
] as const;
const LAST = [
  'González',
  'Rodríguez',
  'Fernández',
  'López',
  'Martínez',
  'García',
  'Pérez',
  'Romero',
  'Sánchez',
  'Gómez',
  'Díaz',
  'Álvarez',
  'Benítez',
  'Acosta',
  'Medina',
  'Herrera',
  'Sosa',
  'Ruiz',
  'Torres',
  'Rossi',
  'Ferrari',
  'Bianchi',
  'Russo',
  'Gallo',
  'Costa',
  'Fontana',
  'Colombo',
  'Moretti',
  'Giménez',
  'Quiroga',
  'Castro',
  'Ledesma',
  'Vázquez',
  'Ojeda',
  'Aguirre',
  'Peralta',
  'Navarro',
  'Cabrera',
  'Molina',
  'Ríos',
] as const;
/** People abroad who are not Argentine: Uruguayans, Chileans, Brazilians, Spaniards, Americans, Germans. */
const FOREIGN: Readonly<Record<Abroad, readonly [readonly string[], readonly string[]]>> = {
  ES: [
    ['Javier', 'Lucía', 'Carlos', 'Marta', 'Álvaro', 'Elena'],
    ['García', 'Martín', 'Ruiz', 'Serrano', 'Ortega', 'Vidal'],
  ],
  US: [
    ['Michael', 'Emily', 'Daniel', 'Sarah', 'Kevin', 'Jessica'],
    ['Smith', 'Johnson', 'Miller', 'Brown', 'Davis', 'Wilson'],
  ],
  DE: [
    ['Lukas', 'Anna', 'Jonas', 'Lena', 'Felix', 'Laura'],
    ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Wagner'],
  ],
  UY: [
    ['Diego', 'Florencia', 'Joaquín', 'Valeria', 'Rodrigo', 'Lorena'],
    ['Silva', 'Pereira', 'Suárez', 'Techera', 'Olivera', 'Cardozo'],
  ],
  CL: [
    ['Felipe', 'Constanza', 'Cristóbal', 'Javiera', 'Matías', 'Francisca'],
    ['Muñoz', 'Rojas', 'Soto', 'Contreras', 'Silva', 'Araya'],
  ],
  BR: [
    ['João', 'Ana', 'Gabriel', 'Beatriz', 'Rafael', 'Mariana'],
    ['Silva', 'Santos', 'Oliveira', 'Souza', 'Lima', 'Pereira'],
  ],
};

export interface Person {
  first: string;
  last: string;
  name: string;
}

export const argentine = (rng: Rng): Person => {
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  return { first, last, name: `${first} ${last}` };
};

/** An Argentine abroad (most of the diaspora) or a local of `country`. */
export const personIn = (rng: Rng, country: Abroad, local: number): Person => {
  if (!rng.chance(local)) return argentine(rng);
  const [firsts, lasts] = FOREIGN[country];
  const first = rng.pick(firsts);
  const last = rng.pick(lasts);
  return { first, last, name: `${first} ${last}` };
};

/** Lower case, no accents, no spaces. */
export const plain = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const AR_MAIL: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 60],
  ['hotmail.com', 14],
  ['hotmail.com.ar', 4],
  ['yahoo.com.ar', 5],
  ['outlook.com', 5],
  ['live.com.ar', 2],
  ['icloud.com', 5],
  ['fibertel.com.ar', 2.5],
  ['arnet.com.ar', 1.5],
  ['speedy.com.ar', 1],
];
const ABROAD_MAIL: Readonly<Record<Abroad, ReadonlyArray<readonly [string, number]>>> = {
  ES: [
    ['gmail.com', 55],
    ['hotmail.es', 15],
    ['yahoo.es', 5],
    ['outlook.es', 10],
    ['icloud.com', 10],
    ['telefonica.net', 5],
  ],
  US: [
    ['gmail.com', 55],
    ['yahoo.com', 12],
    ['outlook.com', 10],
    ['icloud.com', 18],
    ['aol.com', 5],
  ],
  DE: [
    ['gmail.com', 35],
    ['web.de', 25],
    ['gmx.de', 25],
    ['t-online.de', 8],
    ['icloud.com', 7],
  ],
  UY: [
    ['gmail.com', 65],
    ['hotmail.com', 25],
    ['adinet.com.uy', 10],
  ],
  CL: [
    ['gmail.com', 70],
    ['hotmail.com', 20],
    ['outlook.cl', 10],
  ],
  BR: [
    ['gmail.com', 60],
    ['hotmail.com', 15],
    ['uol.com.br', 10],
    ['bol.com.br', 5],
    ['outlook.com', 10],
  ],
};

/** How people write their address: name.surname, initial and surname, with a birth year or a number. */
export function emailOf(rng: Rng, p: Person, domain: string): string {
  const f = plain(p.first);
  const l = plain(p.last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 30],
    [`${f}${l}`, 15],
    [`${f.charAt(0)}${l}`, 15],
    [`${f}.${l}${rng.int(60, 99)}`, 12],
    [`${f}${l}${rng.int(1, 999)}`, 10],
    [`${l}.${f}`, 8],
    [`${f}_${l}${rng.int(80, 99)}`, 10],
  ]);
  return `${local}@${domain}`;
}

export const arEmail = (rng: Rng, p: Person): string => emailOf(rng, p, rng.weightedPick(AR_MAIL));
export const abroadEmail = (rng: Rng, p: Person, country: Abroad): string =>
  emailOf(rng, p, rng.weightedPick(ABROAD_MAIL[country]));

/** A DNI: older people have lower numbers (about 20 million for those born in the late 1960s, 45 million now). */
export const dni = (rng: Rng): string => String(rng.int(14_000_000, 46_000_000));

/**
 * Phones and browsers. Android dominates in Argentina (Samsung's A series and Motorola), iPhones are the
 * better-off third; Chrome on Android sends the reduced `Android 10; K` string, Samsung Internet and the
 * Instagram in-app browser still name the model. Many orders start from the store's Instagram.
 */
const UA = {
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Mobile Safari/537.36',
  samsung:
    'Mozilla/5.0 (Linux; Android 14; SM-A356E) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36',
  instagramMoto:
    'Mozilla/5.0 (Linux; Android 14; moto g54 5G Build/U1TDS34.94-12-7; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/137.0.7151.89 Mobile Safari/537.36 Instagram 383.0.0.47.91 Android (34/14; 400dpi; 1080x2400; motorola; moto g54 5G; cancunf; mt6855; es_AR; 745381502)',
  instagramSamsung:
    'Mozilla/5.0 (Linux; Android 14; SM-A155M Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/137.0.7151.89 Mobile Safari/537.36 Instagram 383.0.0.47.91 Android (34/14; 450dpi; 1080x2340; samsung; SM-A155M; a15; mt6789; es_US; 745381502)',
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1',
  instagramIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 383.0.0.27.87 (iPhone15,3; iOS 26_1; es_AR; es; scale=3.00; 1290x2796; 745120383)',
  windows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36 Edg/137.0.0.0',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1',
  firefoxLinux: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:139.0) Gecko/20100101 Firefox/139.0',
  headless:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/136.0.0.0 Safari/537.36',
  oldAndroid:
    'Mozilla/5.0 (Linux; Android 9; SM-J730G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.0.0 Mobile Safari/537.36',
} as const;
export type Agent = keyof typeof UA;

const AR_AGENTS: ReadonlyArray<readonly [Agent, number]> = [
  ['chromeAndroid', 30],
  ['samsung', 8],
  ['instagramMoto', 7],
  ['instagramSamsung', 7],
  ['iphone', 18],
  ['instagramIphone', 6],
  ['windows', 14],
  ['edge', 3],
  ['mac', 5],
  ['ipad', 2],
];
const ABROAD_AGENTS: ReadonlyArray<readonly [Agent, number]> = [
  ['iphone', 34],
  ['chromeAndroid', 22],
  ['windows', 18],
  ['mac', 16],
  ['instagramIphone', 6],
  ['ipad', 4],
];

/** A browser with the store's fingerprint script id (blocked by some browsers and extensions). */
export const deviceOf = (rng: Rng, agent: Agent, fingerprinted = 0.88): Device => ({
  userAgent: UA[agent],
  ...(rng.chance(fingerprinted) ? { id: `dv_${rng.token(16)}` } : {}),
});

export const arDevice = (rng: Rng): Device => deviceOf(rng, rng.weightedPick(AR_AGENTS));
export const abroadDevice = (rng: Rng): Device => deviceOf(rng, rng.weightedPick(ABROAD_AGENTS));
export const isPhone = (d: Device): boolean => /Mobile|Android|iPhone/.test(d.userAgent);

/** A signed-up customer. */
export interface Account {
  id: string;
  email: string;
  name: string;
  person: Person;
  createdAt: number;
  country: 'AR' | Abroad;
  home: Address;
  /** The home city (Argentine accounts). */
  city?: City;
  dni?: string;
  cards: HeldCard[];
  devices: Device[];
  homeNet: Network;
}

export interface CustomerBase {
  /** Accounts in Argentina. */
  domestic: Account[];
  /** Accounts of Argentines and mate drinkers abroad. */
  abroad: Account[];
}

/**
 * The accounts opened before the window: one Argentine account for every three orders expected (most opened
 * in the last four years, a few since 2017), one account abroad for every twenty.
 */
export function customerBase(rng: Rng, start: number, orders: number): CustomerBase {
  const opened = (r: Rng) =>
    start -
    Math.floor(r.chance(0.8) ? r.float(30, 4 * 365) : r.float(4 * 365, 9 * 365)) * DAY -
    r.int(0, DAY - 1);
  const domestic = Array.from({ length: Math.max(40, Math.round(orders / 3)) }, (_, i) => {
    const r = rng.fork(`ar${i}`);
    const person = argentine(r);
    const city = arCity(r, 0.6);
    const cards = [newCard(r, 'AR')];
    if (r.chance(0.45)) cards.push(newCard(r, 'AR', cards[0]?.funding === 'credit' ? 'debit' : 'credit'));
    const devices = [arDevice(r)];
    if (r.chance(0.5)) devices.push(arDevice(r));
    return {
      id: `C${r.digits(7)}`,
      email: arEmail(r, person),
      name: person.name,
      person,
      createdAt: opened(r),
      country: 'AR' as const,
      home: arAddress(r, city),
      city,
      dni: dni(r),
      cards,
      devices,
      homeNet: homeNetwork(r, 'AR', city.province !== 'CABA' && !/^B1/.test(city.postal)),
    };
  });
  const abroad = Array.from({ length: Math.max(12, Math.round(orders / 20)) }, (_, i) => {
    const r = rng.fork(`ab${i}`);
    const country = r.weightedPick(abroadWeights());
    const person = personIn(r, country, 0.3);
    return {
      id: `C${r.digits(7)}`,
      email: abroadEmail(r, person, country),
      name: person.name,
      person,
      createdAt: opened(r),
      country,
      home: abroadAddress(r, country),
      cards: [newCard(r, country)],
      devices: [abroadDevice(r)],
      homeNet: homeNetwork(r, country),
    };
  });
  return { domestic, abroad };
}

/** Where an account's holder is checking out from: home, or the phone's data (more often in Argentina). */
export const checkoutNetwork = (rng: Rng, a: Account, mobile: number): Network =>
  rng.chance(mobile) ? mobileNetwork(rng, a.country) : a.homeNet;
