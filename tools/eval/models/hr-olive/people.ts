import { type Address, type Buyer, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { homeNetworks } from './networks.js';
import { addressIn, type Market } from './places.js';

/** Names, e-mail addresses, devices and the shop's base of existing accounts. */

const NAMES: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  hr: [
    [
      'Ivan',
      'Marko',
      'Ante',
      'Josip',
      'Luka',
      'Mate',
      'Ana',
      'Ivana',
      'Marija',
      'Petra',
      'Katarina',
      'Nikolina',
    ],
    [
      'Horvat',
      'Kovačević',
      'Babić',
      'Marić',
      'Jurić',
      'Perić',
      'Bilić',
      'Šimić',
      'Grgić',
      'Tomić',
      'Vuković',
    ],
  ],
  de: [
    ['Thomas', 'Stefan', 'Michael', 'Lukas', 'Anna', 'Julia', 'Sabine', 'Laura', 'Markus', 'Katrin'],
    ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Wagner', 'Huber', 'Gruber', 'Bauer'],
  ],
  en: [
    ['James', 'Oliver', 'Emma', 'Sophie', 'Daniel', 'Sarah', 'Michael', 'Jennifer', 'Chris', 'Laura'],
    ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Miller', 'Davis', 'Johnson', 'Walker'],
  ],
  pl: [
    ['Piotr', 'Tomasz', 'Anna', 'Katarzyna', 'Michał', 'Agnieszka'],
    ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamińska'],
  ],
  cs: [
    ['Jan', 'Petr', 'Jana', 'Tereza', 'Martin', 'Lucie'],
    ['Novák', 'Svoboda', 'Dvořák', 'Černá', 'Procházka'],
  ],
  sl: [
    ['Luka', 'Matej', 'Nina', 'Maja', 'Jure', 'Tina'],
    ['Novak', 'Horvat', 'Krajnc', 'Zupančič', 'Kovač'],
  ],
  it: [
    ['Marco', 'Luca', 'Giulia', 'Chiara', 'Alessandro', 'Francesca'],
    ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi'],
  ],
  fr: [
    ['Julien', 'Nicolas', 'Camille', 'Léa', 'Thomas', 'Manon'],
    ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent'],
  ],
  nl: [
    ['Daan', 'Sem', 'Emma', 'Sanne', 'Bram', 'Lotte'],
    ['de Jong', 'Jansen', 'de Vries', 'Bakker', 'Visser'],
  ],
  sv: [
    ['Erik', 'Lars', 'Anna', 'Emma', 'Johan', 'Sara'],
    ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Larsson'],
  ],
  ru: [
    ['Aleksandr', 'Dmitry', 'Sergey', 'Elena', 'Olga', 'Natalia'],
    ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popova', 'Volkova'],
  ],
  fa: [
    ['Reza', 'Ali', 'Maryam', 'Sara'],
    ['Ahmadi', 'Hosseini', 'Karimi', 'Rezaei'],
  ],
  es: [
    ['Yusniel', 'Yanelis', 'Carlos', 'Marisol'],
    ['Pérez', 'Rodríguez', 'González', 'Hernández'],
  ],
};

const LANGUAGE: Readonly<Record<string, string>> = {
  HR: 'hr',
  DE: 'de',
  AT: 'de',
  GB: 'en',
  US: 'en',
  PL: 'pl',
  CZ: 'cs',
  SI: 'sl',
  IT: 'it',
  FR: 'fr',
  NL: 'nl',
  SE: 'sv',
  RU: 'ru',
  BY: 'ru',
  KZ: 'ru',
  IR: 'fa',
  CU: 'es',
};

/** A name from a country's (or, for the diaspora, Croatian) name lists. */
export function nameFrom(rng: Rng, country: string, croatian = false): string {
  const lists = NAMES[croatian ? 'hr' : (LANGUAGE[country] ?? 'en')] ?? NAMES.en;
  if (!lists) throw new Error('no names');
  return `${rng.pick(lists[0])} ${rng.pick(lists[1])}`;
}

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');

const PROVIDERS: Readonly<Record<string, readonly string[]>> = {
  HR: ['gmail.com', 'gmail.com', 'net.hr', 't-com.hr', 'hotmail.com'],
  DE: ['gmail.com', 'gmx.de', 'web.de', 't-online.de'],
  AT: ['gmail.com', 'gmx.at', 'aon.at'],
  GB: ['gmail.com', 'hotmail.co.uk', 'outlook.com', 'btinternet.com'],
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'],
};

export function emailOf(rng: Rng, name: string, country: string): string {
  const host = rng.pick(PROVIDERS[country] ?? ['gmail.com', 'outlook.com', 'icloud.com']);
  return `${fold(name)}${rng.chance(0.4) ? rng.int(1, 99) : ''}@${host}`;
}

const AGENTS: readonly string[] = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 19_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 16; SM-S931B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.5 Safari/605.1.15',
  'Mozilla/5.0 (iPad; CPU OS 19_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.5 Mobile/15E148 Safari/604.1',
];

/** The shop's fingerprint script answers most of the time; a few browsers block it. */
export function newDevice(rng: Rng, mobile = 0.7): Device {
  const ua = rng.chance(mobile) ? rng.pick([AGENTS[0], AGENTS[1], AGENTS[2], AGENTS[5]]) : rng.pick(AGENTS);
  return { userAgent: ua ?? '', ...(rng.chance(0.9) ? { id: `dev_${rng.token(20)}` } : {}) };
}

export type Segment = 'local' | 'diaspora' | 'past_tourist' | 'horeca';

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  segment: Segment;
  country: Market;
  home: Address;
  cards: HeldCard[];
  devices: Device[];
  network: string;
  company?: { name: string; oib: string };
}

export const buyerOf = (a: Account): Buyer => ({
  id: a.id,
  email: a.email,
  name: a.name,
  createdAt: a.createdAt,
});

const TOURIST_HOMES: ReadonlyArray<readonly [Market, number]> = [
  ['DE', 22],
  ['AT', 10],
  ['GB', 14],
  ['US', 9],
  ['PL', 9],
  ['CZ', 8],
  ['SI', 6],
  ['IT', 6],
  ['FR', 6],
  ['NL', 5],
  ['SE', 5],
];

export const touristHome = (rng: Rng): Market => rng.weightedPick(TOURIST_HOMES);

const KONOBE: readonly string[] = [
  'Konoba Kala',
  'Bistro Lučica',
  'Konoba Stari mlin',
  'Restoran Bura',
  'Hotel Vila Mare',
];

function account(rng: Rng, start: number, segment: Segment): Account {
  const country: Market =
    segment === 'local' || segment === 'horeca'
      ? 'HR'
      : segment === 'diaspora'
        ? rng.weightedPick<Market>([
            ['DE', 55],
            ['AT', 30],
            ['US', 10],
            ['SE', 5],
          ])
        : touristHome(rng);
  const name = nameFrom(rng, country, segment === 'diaspora');
  const createdAt = start - Math.floor(rng.float(20, 8 * 365) * DAY);
  const nets = homeNetworks(country);
  const cardCountry = country;
  const cards = [newCard(rng, cardCountry, rng.chance(0.5) ? 'credit' : 'debit')];
  if (rng.chance(0.3)) cards.push(newCard(rng, cardCountry, 'credit'));
  const devices = [newDevice(rng)];
  if (rng.chance(0.4)) devices.push(newDevice(rng, 0.2));
  return {
    id: `kup_${rng.token(12)}`,
    email:
      segment === 'horeca'
        ? `nabava.${rng.token(5)}@${rng.pick(['gmail.com', 'net.hr'])}`
        : emailOf(rng, name, country),
    name,
    createdAt,
    segment,
    country,
    home: addressIn(rng, country),
    cards,
    devices,
    network: rng.pick(nets).name,
    ...(segment === 'horeca'
      ? {
          company: {
            name: `${rng.pick(KONOBE)} ${rng.token(3).toUpperCase()} j.d.o.o.`,
            oib: rng.digits(11),
          },
        }
      : {}),
  };
}

export interface Customers {
  all: Account[];
  of: (segment: Segment) => Account[];
}

/** One account for every three orders expected: locals, the diaspora, past tourists and restaurants. */
export function customerBase(rng: Rng, start: number, orders: number): Customers {
  const n = Math.max(40, Math.round(orders / 3));
  const all = Array.from({ length: n }, (_, i) =>
    account(
      rng.fork(`a${i}`),
      start,
      rng.weightedPick<Segment>([
        ['local', 38],
        ['diaspora', 22],
        ['past_tourist', 34],
        ['horeca', 6],
      ]),
    ),
  );
  const by = new Map<Segment, Account[]>();
  for (const a of all) by.set(a.segment, [...(by.get(a.segment) ?? []), a]);
  return { all, of: (s) => by.get(s) ?? all };
}
