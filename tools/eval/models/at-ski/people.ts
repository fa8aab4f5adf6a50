import { type Address, type Card, DAY, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { newCard } from './cards.js';
import { type Home, homeAddress, pickMarket, RESORTS, staffAddress } from './places.js';
import { networksOf } from './networks.js';

/**
 * Bergwerk's people: names and e-mail habits by country, the browsers they use, and the shop's accounts (the
 * Bergwerk Club loyalty programme, with points, saved cards and saved addresses), the instructors' pro-deal
 * accounts and the clubs and schools that buy in bulk.
 */

const NAMES: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  AT: [
    [
      'Lukas',
      'Julia',
      'Tobias',
      'Anna',
      'Florian',
      'Katharina',
      'Stefan',
      'Lisa',
      'Matthias',
      'Sarah',
      'Andreas',
      'Magdalena',
      'Thomas',
      'Theresa',
      'Michael',
      'Hannah',
      'Markus',
      'Elena',
      'Johannes',
      'Sophie',
    ],
    [
      'Gruber',
      'Huber',
      'Wagner',
      'Pichler',
      'Moser',
      'Steiner',
      'Hofer',
      'Mayr',
      'Egger',
      'Schwarz',
      'Oberhofer',
      'Kofler',
      'Strasser',
      'Haller',
      'Auer',
      'Plattner',
      'Wallner',
      'Eder',
      'Lechner',
      'Brunner',
    ],
  ],
  DE: [
    [
      'Maximilian',
      'Laura',
      'Jonas',
      'Lea',
      'Felix',
      'Marie',
      'Sebastian',
      'Katrin',
      'Daniel',
      'Nina',
      'Christian',
      'Carina',
      'Tim',
      'Franziska',
      'Moritz',
      'Johanna',
    ],
    [
      'Müller',
      'Schmidt',
      'Schneider',
      'Fischer',
      'Weber',
      'Meyer',
      'Becker',
      'Hoffmann',
      'Schäfer',
      'Koch',
      'Bauer',
      'Richter',
      'Klein',
      'Wolf',
      'Zimmermann',
      'Huber',
    ],
  ],
  CH: [
    ['Luca', 'Noah', 'Mia', 'Lara', 'Nico', 'Jana', 'Reto', 'Andrea', 'Urs', 'Corinne', 'Simon', 'Nadine'],
    [
      'Meier',
      'Müller',
      'Keller',
      'Brunner',
      'Baumann',
      'Frei',
      'Zürcher',
      'Gerber',
      'Widmer',
      'Schmid',
      'Graf',
      'Bachmann',
    ],
  ],
  IT: [
    [
      'Matthias',
      'Hannes',
      'Lena',
      'Martina',
      'Alessandro',
      'Giulia',
      'Francesco',
      'Chiara',
      'Simon',
      'Elisa',
      'Manuel',
      'Sara',
    ],
    [
      'Pircher',
      'Gamper',
      'Mair',
      'Kofler',
      'Rossi',
      'Bianchi',
      'Ferrari',
      'Thaler',
      'Unterholzner',
      'Rinaldi',
      'Colombo',
      'Oberhofer',
    ],
  ],
  SI: [
    ['Luka', 'Nika', 'Jan', 'Eva', 'Matej', 'Maja', 'Žiga', 'Ana', 'Rok', 'Tina'],
    ['Novak', 'Horvat', 'Krajnc', 'Kovačič', 'Zupan', 'Potočnik', 'Mlakar', 'Kos', 'Vidmar', 'Golob'],
  ],
  NL: [
    ['Daan', 'Sanne', 'Bram', 'Lotte', 'Thijs', 'Fleur', 'Jeroen', 'Anouk', 'Ruben', 'Eva', 'Niels', 'Femke'],
    [
      'de Jong',
      'Jansen',
      'de Vries',
      'van den Berg',
      'Bakker',
      'Visser',
      'Smit',
      'Meijer',
      'Mulder',
      'de Boer',
      'Vos',
      'Peters',
    ],
  ],
  BE: [
    [
      'Arne',
      'Lien',
      'Wout',
      'Ellen',
      'Pieter',
      'Elise',
      'Thomas',
      'Julie',
      'Maxime',
      'Camille',
      'Jens',
      'Sofie',
    ],
    [
      'Peeters',
      'Janssens',
      'Maes',
      'Jacobs',
      'Mertens',
      'Willems',
      'Claes',
      'Goossens',
      'Wouters',
      'Dubois',
      'Lambert',
      'De Smet',
    ],
  ],
  GB: [
    ['Oliver', 'Emily', 'James', 'Sophie', 'Harry', 'Charlotte', 'George', 'Lucy'],
    ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas'],
  ],
  US: [
    ['Michael', 'Jessica', 'Ryan', 'Ashley', 'Tyler', 'Megan'],
    ['Johnson', 'Miller', 'Davis', 'Anderson', 'Carter', 'Mitchell'],
  ],
  RU: [
    ['Dmitry', 'Sergey', 'Alexey', 'Mikhail', 'Andrey', 'Pavel', 'Igor'],
    ['Kuznetsov', 'Popov', 'Sokolov', 'Volkov', 'Morozov', 'Lebedev', 'Novikov', 'Orlov'],
  ],
  BY: [
    ['Aliaksandr', 'Siarhei', 'Dzmitry', 'Uladzimir'],
    ['Kavalenka', 'Novik', 'Shevchuk', 'Karpovich'],
  ],
  IR: [
    ['Ali', 'Reza', 'Sara', 'Maryam', 'Mohammad', 'Neda', 'Amir', 'Leila'],
    ['Hosseini', 'Ahmadi', 'Mohammadi', 'Rezaei', 'Karimi', 'Moradi', 'Tehrani'],
  ],
};

export interface Person {
  first: string;
  last: string;
  name: string;
}

export function personOf(rng: Rng, country: string): Person {
  const [firsts, lasts] = NAMES[country] ?? NAMES.DE ?? [[], []];
  const first = rng.pick(firsts);
  const last = rng.pick(lasts);
  return { first, last, name: `${first} ${last}` };
}

const PROVIDERS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  AT: [
    ['gmx.at', 20],
    ['gmail.com', 30],
    ['a1.net', 8],
    ['aon.at', 6],
    ['chello.at', 4],
    ['outlook.com', 10],
    ['icloud.com', 10],
    ['hotmail.com', 6],
  ],
  DE: [
    ['gmx.de', 22],
    ['web.de', 20],
    ['t-online.de', 10],
    ['gmail.com', 28],
    ['outlook.de', 6],
    ['icloud.com', 8],
    ['posteo.de', 3],
    ['freenet.de', 3],
  ],
  CH: [
    ['bluewin.ch', 25],
    ['gmx.ch', 10],
    ['gmail.com', 35],
    ['hispeed.ch', 6],
    ['outlook.com', 10],
    ['icloud.com', 10],
    ['protonmail.ch', 4],
  ],
  IT: [
    ['libero.it', 15],
    ['gmail.com', 40],
    ['rolmail.net', 10],
    ['virgilio.it', 8],
    ['hotmail.it', 10],
    ['yahoo.it', 7],
    ['brennercom.net', 4],
  ],
  SI: [
    ['siol.net', 25],
    ['gmail.com', 50],
    ['t-2.net', 10],
    ['amis.net', 5],
    ['yahoo.com', 10],
  ],
  NL: [
    ['ziggo.nl', 12],
    ['kpnmail.nl', 10],
    ['gmail.com', 40],
    ['hotmail.com', 15],
    ['outlook.com', 12],
    ['xs4all.nl', 4],
    ['home.nl', 4],
  ],
  BE: [
    ['telenet.be', 22],
    ['skynet.be', 8],
    ['gmail.com', 40],
    ['hotmail.com', 15],
    ['outlook.be', 10],
    ['proximus.be', 5],
  ],
  GB: [
    ['btinternet.com', 15],
    ['gmail.com', 45],
    ['hotmail.co.uk', 15],
    ['yahoo.co.uk', 10],
    ['outlook.com', 15],
  ],
  US: [
    ['gmail.com', 60],
    ['yahoo.com', 15],
    ['outlook.com', 15],
    ['icloud.com', 10],
  ],
  RU: [
    ['mail.ru', 35],
    ['yandex.ru', 35],
    ['gmail.com', 30],
  ],
  BY: [
    ['tut.by', 30],
    ['mail.ru', 30],
    ['gmail.com', 40],
  ],
  IR: [
    ['gmail.com', 70],
    ['yahoo.com', 30],
  ],
};

const ascii = (s: string): string =>
  s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');

/** How people of a country spell their own address: name-based, sometimes with a birth year or initials. */
export function emailOf(rng: Rng, person: Person, country: string): string {
  const domain = rng.weightedPick(PROVIDERS[country] ?? PROVIDERS.DE ?? [['gmail.com', 1]]);
  const f = ascii(person.first);
  const l = ascii(person.last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 40],
    [`${f}${l}`, 12],
    [`${f.charAt(0)}.${l}`, 12],
    [`${f}.${l}${rng.int(60, 99)}`, 14],
    [`${f}_${l}`, 6],
    [`${l}.${f}`, 6],
    [`${f}${rng.int(1, 999)}`, 10],
  ]);
  return `${local}@${domain}`;
}

const AGENTS = {
  windows: [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  ],
  mac: [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  ],
  iphone: [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  ],
  ipad: [
    'Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  ],
  android: [
    'Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
  ],
} as const;

export type Platform = keyof typeof AGENTS;

/** A browser as the shop's fingerprint script sees it: most sessions get a device id, some block the script. */
export function deviceOf(rng: Rng, platform?: Platform): Device {
  const kind =
    platform ??
    rng.weightedPick<Platform>([
      ['iphone', 30],
      ['android', 24],
      ['windows', 26],
      ['mac', 14],
      ['ipad', 6],
    ]);
  const userAgent = rng.pick(AGENTS[kind]);
  return rng.chance(0.88) ? { id: `dv_${rng.token(24)}`, userAgent } : { userAgent };
}

/** The same browser with its device id (a new session on a known device keeps it). */
export const isMobile = (d: Device): boolean => /iPhone|Android|iPad/.test(d.userAgent);

export interface Account {
  id: string;
  email: string;
  name: string;
  person: Person;
  country: Home;
  address: Address;
  createdAt: number;
  cards: Card[];
  devices: Device[];
  /** The household's broadband. */
  net: string;
  /** Bergwerk Club points (1 point per euro; 100 points = €5). */
  points: number;
}

export interface Club {
  name: string;
  country: 'AT' | 'DE' | 'IT' | 'CH' | 'NL' | 'BE';
  vatId: string;
  /** The treasurer or coach who orders. */
  contact: Account;
}

export interface World {
  window: Window;
  accounts: Account[];
  /** Ski instructors' pro-deal accounts: seasonal staff living in the resorts. */
  pros: Account[];
  clubs: Club[];
}

const YEAR = 365 * DAY;

function newAccount(rng: Rng, country: Home, start: number, oldest: number, newest: number): Account {
  const person = personOf(rng, country);
  const address = homeAddress(rng, country);
  const homes = networksOf(country, 'home');
  const cards = [newCard(rng, country)];
  if (rng.chance(0.3)) cards.push(newCard(rng, country));
  const devices = [deviceOf(rng)];
  if (rng.chance(0.45)) devices.push(deviceOf(rng));
  // Opened after older accounts thin out: many joined in recent seasons.
  const age = newest + (oldest - newest) * rng.next() ** 1.7;
  return {
    id: `cus_${rng.token(14)}`,
    email: emailOf(rng, person, country),
    name: person.name,
    person,
    country,
    address,
    createdAt: Math.floor(start - age),
    cards,
    devices,
    net: rng.pick(homes).name,
    points: rng.int(0, 2400),
  };
}

/** A second account in the same household: the same address, broadband and family tablet, another card. */
function householdMember(rng: Rng, of: Account, start: number): Account {
  const other = newAccount(rng, of.country, start, 6 * YEAR, 20 * DAY);
  const person = { ...other.person, last: of.person.last, name: `${other.person.first} ${of.person.last}` };
  const shared = of.devices.find((d) => d.id !== undefined && /iPad|Windows|Macintosh/.test(d.userAgent));
  return {
    ...other,
    person,
    name: person.name,
    email: emailOf(rng, person, of.country),
    address: { ...of.address },
    net: of.net,
    devices: shared ? [shared, ...other.devices.slice(0, 1)] : other.devices,
  };
}

const CLUBS: ReadonlyArray<readonly [string, Club['country'], string]> = [
  ['Skiclub Innsbruck', 'AT', 'ATU'],
  ['WSV Axams', 'AT', 'ATU'],
  ['SC Kitzbühel Nachwuchs', 'AT', 'ATU'],
  ['Skischule Stubai Gletscher', 'AT', 'ATU'],
  ['Ski-Club Partenkirchen', 'DE', 'DE'],
  ['Skiabteilung TSV Rosenheim', 'DE', 'DE'],
  ['DAV Sektion München Jugend', 'DE', 'DE'],
  ['Skiclub Gröden', 'IT', 'IT'],
  ['ASV Ratschings Ski', 'IT', 'IT'],
  ['Skiclub Davos', 'CH', 'CHE'],
  ['Skiclub Telfs', 'AT', 'ATU'],
  ['SV Achenkirch Ski Nordisch', 'AT', 'ATU'],
  ['Skischule Kühtai', 'AT', 'ATU'],
  ['Bergrettung Ortsstelle Neustift', 'AT', 'ATU'],
  ['Skiclub Oberstdorf Jugend', 'DE', 'DE'],
  ['SC Lenggries', 'DE', 'DE'],
  ['Skischule Meran 2000', 'IT', 'IT'],
  ['Skiclub Engelberg', 'CH', 'CHE'],
  ['Wintersportvereniging Utrecht', 'NL', 'NL'],
  ['Skiclub Leuven', 'BE', 'BE'],
];

function vatId(rng: Rng, prefix: string): string {
  if (prefix === 'ATU') return `ATU${rng.digits(8)}`;
  if (prefix === 'DE') return `DE${rng.digits(9)}`;
  if (prefix === 'IT') return `IT${rng.digits(11)}`;
  if (prefix === 'CHE') return `CHE-${rng.digits(3)}.${rng.digits(3)}.${rng.digits(3)}`;
  if (prefix === 'NL') return `NL${rng.digits(9)}B01`;
  return `BE0${rng.digits(9)}`;
}

/**
 * The shop's accounts for the window: one for every three orders expected, opened one month to nine years
 * earlier; about one in twelve shares a household (address, broadband, a family tablet) with another. Plus
 * the instructors' pro accounts and the clubs.
 */
export function worldOf(rng: Rng, window: Window, orders: number): World {
  const accounts: Account[] = [];
  const count = Math.max(40, Math.round(orders / 3));
  for (let i = 0; i < count; i++) {
    const last = accounts[accounts.length - 1];
    if (last && rng.chance(0.08)) accounts.push(householdMember(rng, last, window.start));
    else accounts.push(newAccount(rng, pickMarket(rng), window.start, 9 * YEAR, 30 * DAY));
  }
  const pros = Array.from({ length: Math.max(8, Math.round(orders / 90)) }, () => {
    const country = rng.weightedPick<Home>([
      ['AT', 30],
      ['NL', 20],
      ['BE', 12],
      ['GB', 18],
      ['DE', 20],
    ]);
    const pro = newAccount(rng, country, window.start, 6 * YEAR, 60 * DAY);
    const resort = rng.pick(RESORTS);
    return {
      ...pro,
      address: staffAddress(rng, resort),
      devices: [deviceOf(rng, rng.chance(0.6) ? 'iphone' : 'android')],
    };
  });
  const clubs = CLUBS.map(([name, country, prefix]) => ({
    name,
    country,
    vatId: vatId(rng, prefix),
    contact: newAccount(rng, country, window.start, 8 * YEAR, 90 * DAY),
  }));
  return { window, accounts, pros, clubs };
}

/** An account old enough to have a history, from the given countries (any, if none match). */
export function pickAccount(rng: Rng, w: World, minAge = 0, countries?: readonly string[]): Account {
  for (let i = 0; i < 60; i++) {
    const a = rng.pick(w.accounts);
    if (w.window.start - a.createdAt >= minAge && (!countries || countries.includes(a.country))) return a;
  }
  return rng.pick(w.accounts);
}
