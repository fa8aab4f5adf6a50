import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { homeIp } from './networks.js';
import { addressIn, type Country, drawMarket, type Market } from './places.js';

/** The shop's customers: names, e-mails, devices, and the accounts that repeat customers sign in to. */

const FIRST: Readonly<Record<Country, readonly string[]>> = {
  BE: [
    'Lien',
    'Pieter',
    'Sophie',
    'Thomas',
    'Elise',
    'Maxime',
    'Wout',
    'Camille',
    'An',
    'Joris',
    'Nathalie',
    'Hélène',
    'Koen',
    'Amélie',
    'Youssef',
    'Inès',
  ],
  NL: ['Sanne', 'Daan', 'Lotte', 'Bram', 'Femke', 'Jeroen', 'Anouk', 'Ruben', 'Marieke', 'Joost'],
  FR: ['Claire', 'Julien', 'Manon', 'Nicolas', 'Céline', 'Antoine', 'Léa', 'Mathieu', 'Chloé', 'Karim'],
  DE: ['Anna', 'Lukas', 'Julia', 'Jonas', 'Katrin', 'Stefan', 'Lena', 'Felix', 'Sabine', 'Tobias'],
  LU: ['Laura', 'Marc', 'Sarah', 'Ben', 'Claudine', 'Tom', 'Carole', 'Luc'],
  GB: ['Emma', 'James', 'Olivia', 'Oliver', 'Charlotte', 'Harry', 'Sophie', 'George', 'Priya', 'Tom'],
  US: ['Emily', 'Michael', 'Sarah', 'David', 'Jessica', 'Chris', 'Ashley', 'Ryan'],
  ES: ['Lucía', 'Javier'],
  IT: ['Giulia', 'Marco'],
  CH: ['Nadia', 'Reto'],
};

const LAST: Readonly<Record<Country, readonly string[]>> = {
  BE: [
    'Peeters',
    'Janssens',
    'Maes',
    'Dubois',
    'Lambert',
    'Claes',
    'Goossens',
    'Dupont',
    'Wouters',
    'Lejeune',
    'Mertens',
    'El Amrani',
    'Vandenberghe',
    'Renard',
  ],
  NL: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer'],
  FR: ['Martin', 'Bernard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Fournier', 'Girard'],
  DE: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Wagner'],
  LU: ['Schmit', 'Muller', 'Weber', 'Hoffmann', 'Wagner', 'Kieffer'],
  GB: ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Patel', 'Walker'],
  US: ['Johnson', 'Miller', 'Davis', 'Garcia', 'Anderson', 'Thompson'],
  ES: ['García', 'Fernández'],
  IT: ['Rossi', 'Bianchi'],
  CH: ['Meier', 'Favre'],
};

const MAIL: Readonly<Record<Country, readonly string[]>> = {
  BE: ['gmail.com', 'telenet.be', 'skynet.be', 'hotmail.com', 'outlook.be', 'proximus.be', 'icloud.com'],
  NL: ['gmail.com', 'ziggo.nl', 'kpnmail.nl', 'hotmail.nl', 'outlook.com', 'icloud.com'],
  FR: ['gmail.com', 'orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'hotmail.fr'],
  DE: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'outlook.de'],
  LU: ['pt.lu', 'gmail.com', 'hotmail.com', 'internet.lu'],
  GB: ['gmail.com', 'btinternet.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com'],
  US: ['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com'],
  ES: ['gmail.com'],
  IT: ['gmail.com', 'libero.it'],
  CH: ['bluewin.ch', 'gmail.com'],
};

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

export interface Person {
  name: string;
  email: string;
  country: Country;
}

/** Someone from a country, with an e-mail in one of the usual shapes. */
export function person(rng: Rng, country: Country): Person {
  const first = rng.pick(FIRST[country]);
  const last = rng.pick(LAST[country]);
  const [f, l] = [plain(first), plain(last)];
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 45],
    [`${f}${l}`, 15],
    [`${f[0] ?? 'x'}${l}`, 15],
    [`${f}.${l}${rng.int(1, 99)}`, 15],
    [`${f}${rng.int(1960, 2004)}`, 10],
  ]);
  return { name: `${first} ${last}`, email: `${local}@${rng.pick(MAIL[country])}`, country };
}

const UA = {
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
  android:
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15',
  windows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0',
  firefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
} as const;

export const USER_AGENTS = UA;

/** A buyer's device: a fingerprint id most of the time (the script is blocked now and then). */
export function device(rng: Rng, office = false): Device {
  const userAgent = office
    ? rng.pick([UA.windows, UA.edge, UA.windows, UA.mac])
    : rng.weightedPick<string>([
        [UA.iphone, 34],
        [UA.android, 22],
        [UA.windows, 16],
        [UA.mac, 14],
        [UA.ipad, 6],
        [UA.firefox, 4],
        [UA.edge, 4],
      ]);
  return { userAgent, ...(rng.chance(0.92) ? { id: `dev_${rng.token(20)}` } : {}) };
}

export interface Account extends Person {
  id: string;
  createdAt: number;
  home: Address;
  cards: HeldCard[];
  device: Device;
  /** The household's connection: the same address for a while. */
  ip: string;
  /** Loyalty points (100 points = €1). */
  points: number;
  subscriber: boolean;
}

/** An account opened at `createdAt` by someone living in `country`. */
export function newAccount(rng: Rng, country: Market, createdAt: number): Account {
  const p = person(rng, country);
  const cards = [newCard(rng, country)];
  if (rng.chance(0.35)) cards.push(newCard(rng, country, 'credit'));
  return {
    ...p,
    id: `cus_${rng.token(14)}`,
    createdAt,
    home: addressIn(rng, country),
    cards,
    device: device(rng),
    ip: homeIp(rng, country, 0.2),
    points: rng.int(0, 40) * 100,
    subscriber: rng.chance(0.12),
  };
}

/**
 * One account for every three orders expected, opened two weeks to nine years before the season (most in the
 * last three years), in the markets' shares.
 */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  return Array.from({ length: Math.max(30, Math.ceil(orders / 3)) }, (_, i) => {
    const r = rng.fork(`a${i}`);
    const age = Math.min(9 * 365, 14 + Math.floor(r.exp(700))) * DAY;
    return newAccount(r, drawMarket(r), start - age - r.int(0, DAY - 1));
  });
}

/** The store's world for one stream: the window, its accounts, and who among them subscribes. */
export interface World {
  window: { start: number; end: number };
  customers: Account[];
  byCountry: ReadonlyMap<string, Account[]>;
  subscribers: Account[];
}

export function world(rng: Rng, window: { start: number; end: number }, orders: number): World {
  const customers = customerBase(rng.fork('customers'), window.start, orders);
  const byCountry = new Map<string, Account[]>();
  for (const a of customers) byCountry.set(a.country, [...(byCountry.get(a.country) ?? []), a]);
  return { window, customers, byCountry, subscribers: customers.filter((a) => a.subscriber) };
}
