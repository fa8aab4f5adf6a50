import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { homeNetwork } from './networks.js';
import { addressIn } from './places.js';

/**
 * The shop's customers: account holders (stackers, vault clients, wealth managers, expats), with their
 * address, cards, devices and home line; names and e-mail addresses by country; the browsers they use.
 */

const FIRST: Record<string, readonly string[]> = {
  GB: [
    'James',
    'Oliver',
    'David',
    'Paul',
    'Mark',
    'Andrew',
    'Richard',
    'Stephen',
    'Sarah',
    'Emma',
    'Claire',
    'Helen',
    'Rachel',
    'Gurpreet',
    'Mohammed',
    'Imran',
    'Priya',
    'Tom',
    'Daniel',
    'Graham',
    'Susan',
    'Margaret',
    'Peter',
    'Ian',
    'Kevin',
    'Aisha',
    'Wei',
    'Lucy',
    'Hannah',
    'Robert',
  ],
  IE: ['Seán', 'Ciarán', 'Niamh', 'Aoife', 'Patrick', 'Siobhán', 'Conor', 'Eoin', 'Gráinne', 'Declan'],
  DE: ['Jürgen', 'Stefan', 'Thomas', 'Sabine', 'Andreas', 'Katrin', 'Michael', 'Ute'],
  NL: ['Jan', 'Pieter', 'Sanne', 'Bas', 'Marloes', 'Joost'],
  FR: ['Pierre', 'Julien', 'Camille', 'Nicolas', 'Sophie', 'Laurent'],
  BE: ['Wouter', 'Lieve', 'Marc', 'Els'],
  ES: ['Javier', 'Carmen', 'Alejandro', 'Lucía'],
  IT: ['Marco', 'Giulia', 'Luca', 'Francesca'],
  AT: ['Florian', 'Birgit', 'Markus'],
  CH: ['Reto', 'Nadia', 'Urs'],
  US: ['Michael', 'Jennifer', 'Chris', 'Ashley', 'Brian', 'Jessica', 'Kevin', 'Amanda'],
  AE: ['Ahmed', 'Fatima', 'Khalid', 'Mariam', 'Omar', 'Rashid'],
  QA: ['Hamad', 'Noora', 'Jassim'],
  SA: ['Abdullah', 'Faisal', 'Noura', 'Saud'],
  KW: ['Yousef', 'Dana', 'Bader'],
};
const LAST: Record<string, readonly string[]> = {
  GB: [
    'Smith',
    'Jones',
    'Taylor',
    'Brown',
    'Williams',
    'Wilson',
    'Johnson',
    'Davies',
    'Patel',
    'Khan',
    'Singh',
    'Evans',
    'Thomas',
    'Roberts',
    'Walker',
    'Wright',
    'Hughes',
    'Edwards',
    'Green',
    'Hall',
    'Clarke',
    'Ahmed',
    'Begum',
    'Chen',
    'Murphy',
    'Cooper',
    'Ward',
    'Morris',
    'Bennett',
    'Shaw',
  ],
  IE: [
    'Murphy',
    'Kelly',
    "O'Sullivan",
    'Walsh',
    'Byrne',
    'Ryan',
    "O'Brien",
    'Doyle',
    'McCarthy',
    'Gallagher',
  ],
  DE: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Wagner'],
  NL: ['de Jong', 'Jansen', 'de Vries', 'Bakker', 'Visser', 'Smit'],
  FR: ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent', 'Lefebvre'],
  BE: ['Peeters', 'Janssens', 'Maes', 'Claes'],
  ES: ['García', 'Fernández', 'López', 'Martínez'],
  IT: ['Rossi', 'Russo', 'Ferrari', 'Bianchi'],
  AT: ['Gruber', 'Huber', 'Bauer'],
  CH: ['Meier', 'Keller', 'Brunner'],
  US: ['Miller', 'Davis', 'Garcia', 'Anderson', 'Thompson', 'Moore', 'Jackson', 'Martin'],
  AE: ['Al Mansoori', 'Al Hashimi', 'Al Suwaidi', 'Al Nuaimi', 'Al Falasi'],
  QA: ['Al Thani', 'Al Kuwari', 'Al Marri'],
  SA: ['Al Saud', 'Al Qahtani', 'Al Otaibi', 'Al Ghamdi'],
  KW: ['Al Sabah', 'Al Mutairi', 'Al Ajmi'],
};

const DOMAINS: Record<string, ReadonlyArray<readonly [string, number]>> = {
  GB: [
    ['gmail.com', 34],
    ['hotmail.co.uk', 14],
    ['outlook.com', 10],
    ['btinternet.com', 10],
    ['yahoo.co.uk', 8],
    ['icloud.com', 10],
    ['sky.com', 5],
    ['live.co.uk', 5],
    ['aol.com', 2],
    ['protonmail.com', 2],
  ],
  IE: [
    ['gmail.com', 50],
    ['eircom.net', 15],
    ['hotmail.com', 20],
    ['icloud.com', 15],
  ],
  DE: [
    ['gmx.de', 30],
    ['web.de', 25],
    ['t-online.de', 20],
    ['gmail.com', 25],
  ],
  NL: [
    ['gmail.com', 45],
    ['ziggo.nl', 20],
    ['kpnmail.nl', 15],
    ['hotmail.com', 20],
  ],
  FR: [
    ['gmail.com', 40],
    ['orange.fr', 30],
    ['free.fr', 15],
    ['laposte.net', 15],
  ],
  US: [
    ['gmail.com', 55],
    ['yahoo.com', 20],
    ['outlook.com', 10],
    ['icloud.com', 15],
  ],
};

const strip = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** A person's name in a country. */
export function nameIn(rng: Rng, country: string): string {
  return `${rng.pick(FIRST[country] ?? FIRST.GB ?? [])} ${rng.pick(LAST[country] ?? LAST.GB ?? [])}`;
}

/** An ordinary e-mail address for a name: first.last, initials, a year or a number now and then. */
export function emailFor(rng: Rng, name: string, country: string): string {
  const [first = 'x', ...rest] = name.split(' ');
  const f = strip(first);
  const l = strip(rest.join(''));
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 40],
    [`${f}${l}`, 15],
    [`${f.charAt(0)}${l}`, 15],
    [`${f}.${l}${rng.int(1, 99)}`, 15],
    [`${f}${l}${rng.int(1955, 2001)}`, 15],
  ]);
  const domains = DOMAINS[country] ?? [
    ['gmail.com', 60],
    ['hotmail.com', 25],
    ['outlook.com', 15],
  ];
  return `${local}@${rng.weightedPick(domains)}`;
}

const DESKTOP = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36 Edg/133.0.0.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:135.0) Gecko/20100101 Firefox/135.0',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36',
];
const PHONE = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (iPad; CPU OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1',
];

/** A browser: a phone or a computer; the site's fingerprint script gives an id unless blocked (`blocked` share). */
export function newDevice(rng: Rng, phone: boolean, blocked = 0.06): Device {
  const userAgent = rng.pick(phone ? PHONE : DESKTOP);
  return rng.chance(blocked) ? { userAgent } : { id: `dev_${rng.token(20)}`, userAgent };
}

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  country: string;
  address: Address;
  cards: HeldCard[];
  devices: Device[];
  home: string;
  /** Holds metal in the vault. */
  vault: boolean;
  /** Orders usually above the card cap, by transfer. */
  big: boolean;
  /** A partner's account on the same devices and line (shared household). */
  partner?: number;
}

/** Account holders by home: mostly Britain, some Ireland and the continent, a few in the US and the Gulf. */
const HOMES: ReadonlyArray<readonly [string, number]> = [
  ['GB', 78],
  ['IE', 7],
  ['DE', 3],
  ['NL', 2],
  ['FR', 2],
  ['BE', 1],
  ['ES', 1],
  ['AT', 1],
  ['US', 2],
  ['AE', 2],
  ['QA', 0.5],
  ['KW', 0.5],
];

export function newAccount(rng: Rng, country: string, createdAt: number): Account {
  const name = nameIn(rng, country);
  const cards = [newCard(rng, country, rng.chance(0.75) ? 'debit' : 'credit')];
  if (rng.chance(0.3)) cards.push(newCard(rng, country));
  const devices = [newDevice(rng, rng.chance(0.45))];
  if (rng.chance(0.4)) devices.push(newDevice(rng, !devices[0]?.userAgent.includes('Mobile')));
  return {
    id: `cus_${rng.token(14)}`,
    email: emailFor(rng, name, country),
    name,
    createdAt,
    country,
    address: addressIn(rng, country),
    cards,
    devices,
    home: homeNetwork(rng, country),
    vault: rng.chance(0.22),
    big: rng.chance(0.12),
  };
}

/**
 * One account per three orders expected, opened a month to nine years before the window (more of them since
 * the 2020 rush); some pairs of accounts share a household's devices and line.
 */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const n = Math.max(30, Math.ceil(orders / 3));
  const out: Account[] = [];
  for (let i = 0; i < n; i++) {
    const country = rng.weightedPick(HOMES);
    const age = Math.round(30 * DAY + rng.next() ** 1.6 * 9 * 365 * DAY);
    const a = newAccount(rng, country, start - age);
    const prev = out[out.length - 1];
    if (prev && prev.partner === undefined && prev.country === country && rng.chance(0.16)) {
      const [last = ''] = prev.name.split(' ').slice(-1);
      a.name = `${a.name.split(' ')[0] ?? ''} ${last}`;
      a.email = emailFor(rng, a.name, country);
      a.address = { ...prev.address };
      a.devices = [...prev.devices];
      a.home = prev.home;
      a.partner = out.length - 1;
      prev.partner = out.length;
    }
    out.push(a);
  }
  return out;
}

export interface Firm {
  id: string;
  name: string;
  companyNumber: string;
  email: string;
  contact: string;
  address: Address;
  createdAt: number;
  devices: ReturnType<typeof newDevice>[];
  home: string;
}

const FIRMS = [
  'Ashcombe Private Wealth',
  'Harcourt & Lyle Family Office',
  'Severn Valley Wealth Partners',
  'Marlowe Capital Stewardship',
  'Kingsbridge Asset Planning',
  'Calder Rowe Wealth',
  'Northgate Fiduciary Services',
  'Beaumont Hale Investment Management',
];

/** The wealth managers and family offices with corporate accounts. */
export function firms(rng: Rng, start: number): Firm[] {
  return FIRMS.map((name) => {
    const contact = nameIn(rng, 'GB');
    const domain = `${strip(name.split(' ')[0] ?? 'firm')}${rng.pick(['wealth', 'partners', 'fo', 'pw'])}.co.uk`;
    const [first = 'ops'] = contact.split(' ');
    return {
      id: `cus_${rng.token(14)}`,
      name,
      companyNumber: `${rng.pick(['0', '1', 'SC'])}${rng.digits(6)}`.slice(0, 8).padStart(8, '0'),
      email: `${strip(first)}@${domain}`,
      contact,
      address: addressIn(rng, 'GB'),
      createdAt: start - rng.int(200, 2500) * DAY,
      devices: [newDevice(rng, false, 0.02), newDevice(rng, false, 0.02)],
      home: rng.pick(['gb-fibre-a', 'gb-fibre-b', 'gb-cable']),
    };
  });
}
