import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { homeNetwork, type Network } from './networks.js';
import {
  abroadHome,
  type AbroadCountry,
  type City,
  MARKETS,
  NASHVILLE,
  US_CITIES,
  usAddress,
} from './places.js';

/** The store's buyers: names, e-mail addresses, devices, and the accounts of its regulars. */

const FIRST: Record<string, readonly string[]> = {
  US: [
    'James',
    'Michael',
    'David',
    'Chris',
    'Matt',
    'Josh',
    'Ryan',
    'Tyler',
    'Brandon',
    'Kevin',
    'Marcus',
    'Andre',
    'Carlos',
    'Luis',
    'Wyatt',
    'Caleb',
    'Ethan',
    'Noah',
    'Sarah',
    'Emily',
    'Jessica',
    'Ashley',
    'Megan',
    'Hannah',
    'Lauren',
    'Rachel',
    'Kayla',
    'Brittany',
    'Olivia',
    'Maya',
    'Jasmine',
    'Aaliyah',
    'Sofia',
    'Grace',
    'Linda',
    'Karen',
    'Susan',
    'Debbie',
    'Greg',
    'Doug',
    'Tom',
    'Mark',
    'Wei',
    'Priya',
    'Minh',
    'Daniel',
    'Jordan',
    'Taylor',
  ],
  CA: [
    'Liam',
    'Émile',
    'Olivia',
    'Chloé',
    'Nathan',
    'Ava',
    'Jacob',
    'Félix',
    'Emma',
    'Owen',
    'Harpreet',
    'Mei',
  ],
  GB: [
    'Oliver',
    'Harry',
    'George',
    'Jack',
    'Amelia',
    'Isla',
    'Poppy',
    'Callum',
    'Rhys',
    'Siobhan',
    'Priya',
    'Tom',
  ],
  IE: ['Seán', 'Ciarán', 'Aoife', 'Niamh', 'Conor', 'Róisín'],
  DE: ['Lukas', 'Jonas', 'Felix', 'Lena', 'Anna', 'Katrin', 'Tobias', 'Stefan', 'Julia', 'Max'],
  FR: ['Julien', 'Thomas', 'Camille', 'Léa', 'Nicolas', 'Manon', 'Antoine', 'Chloé'],
  NL: ['Daan', 'Sem', 'Lotte', 'Sanne', 'Bram', 'Fleur', 'Joris', 'Eva'],
  SE: ['Erik', 'Johan', 'Linnea', 'Elin', 'Oskar', 'Maja', 'Anders', 'Sofia'],
  IT: ['Luca', 'Marco', 'Giulia', 'Chiara', 'Matteo', 'Francesca', 'Davide'],
  ES: ['Javier', 'Pablo', 'Lucía', 'Marta', 'Álvaro', 'Carmen', 'Sergio'],
  JP: ['Haruto', 'Yuki', 'Takumi', 'Sota', 'Aoi', 'Yui', 'Kenji', 'Hiroshi', 'Naoko', 'Daisuke'],
  AU: ['Jack', 'Lachlan', 'Charlotte', 'Mia', 'Cooper', 'Ruby', 'Hamish', 'Zoe', 'Liam', 'Matilda'],
};

const LAST: Record<string, readonly string[]> = {
  US: [
    'Smith',
    'Johnson',
    'Williams',
    'Brown',
    'Jones',
    'Miller',
    'Davis',
    'Garcia',
    'Rodriguez',
    'Wilson',
    'Martinez',
    'Anderson',
    'Taylor',
    'Thomas',
    'Moore',
    'Jackson',
    'White',
    'Harris',
    'Clark',
    'Lewis',
    'Robinson',
    'Walker',
    'Young',
    'Allen',
    'King',
    'Wright',
    'Scott',
    'Hill',
    'Green',
    'Adams',
    'Baker',
    'Nelson',
    'Carter',
    'Mitchell',
    'Campbell',
    'Parker',
    'Evans',
    'Turner',
    'Collins',
    'Stewart',
    'Morris',
    'Nguyen',
    'Patel',
    'Chen',
    'Kim',
    'Reyes',
    'Cruz',
    'Hughes',
    'Brooks',
    'Hayes',
    'McCoy',
    'Dalton',
    'Crockett',
    'Pickett',
    'Rutledge',
    'Haynes',
  ],
  CA: ['Tremblay', 'Gagnon', 'Roy', 'MacDonald', 'Campbell', 'Wong', 'Singh', 'Lee', 'Martin', 'Bouchard'],
  GB: ['Smith', 'Jones', 'Taylor', 'Evans', 'Davies', 'Patel', 'Walsh', 'Hughes', 'Murphy', 'Clarke', 'Khan'],
  IE: ['Murphy', 'Kelly', "O'Sullivan", 'Walsh', 'Byrne', 'Ryan'],
  DE: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Wagner'],
  FR: ['Martin', 'Bernard', 'Dubois', 'Durand', 'Lefebvre', 'Moreau', 'Girard'],
  NL: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser'],
  SE: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Lindqvist'],
  IT: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano'],
  ES: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Romero'],
  JP: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi'],
  AU: ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Nguyen', 'Kelly', 'Ryan'],
};

const DOMAINS: Record<string, ReadonlyArray<readonly [string, number]>> = {
  US: [
    ['gmail.com', 46],
    ['yahoo.com', 11],
    ['icloud.com', 12],
    ['outlook.com', 5],
    ['hotmail.com', 5],
    ['aol.com', 4],
    ['comcast.net', 3],
    ['att.net', 2],
    ['bellsouth.net', 2],
    ['me.com', 2],
    ['proton.me', 2],
    ['vanderbilt.edu', 1],
  ],
  CA: [
    ['gmail.com', 50],
    ['hotmail.com', 15],
    ['outlook.com', 8],
    ['shaw.ca', 6],
    ['videotron.ca', 5],
    ['icloud.com', 10],
    ['rogers.com', 6],
  ],
  GB: [
    ['gmail.com', 45],
    ['hotmail.co.uk', 15],
    ['outlook.com', 10],
    ['btinternet.com', 10],
    ['icloud.com', 12],
    ['yahoo.co.uk', 8],
  ],
  IE: [
    ['gmail.com', 60],
    ['hotmail.com', 20],
    ['eircom.net', 10],
    ['icloud.com', 10],
  ],
  DE: [
    ['gmail.com', 30],
    ['gmx.de', 25],
    ['web.de', 22],
    ['t-online.de', 10],
    ['posteo.de', 5],
    ['icloud.com', 8],
  ],
  FR: [
    ['gmail.com', 45],
    ['orange.fr', 15],
    ['free.fr', 15],
    ['hotmail.fr', 15],
    ['laposte.net', 10],
  ],
  NL: [
    ['gmail.com', 50],
    ['hotmail.com', 20],
    ['ziggo.nl', 10],
    ['kpnmail.nl', 10],
    ['icloud.com', 10],
  ],
  SE: [
    ['gmail.com', 55],
    ['hotmail.com', 20],
    ['telia.com', 10],
    ['icloud.com', 15],
  ],
  IT: [
    ['gmail.com', 50],
    ['libero.it', 20],
    ['hotmail.it', 15],
    ['virgilio.it', 15],
  ],
  ES: [
    ['gmail.com', 60],
    ['hotmail.es', 25],
    ['yahoo.es', 15],
  ],
  JP: [
    ['gmail.com', 40],
    ['yahoo.co.jp', 30],
    ['docomo.ne.jp', 10],
    ['icloud.com', 15],
    ['ezweb.ne.jp', 5],
  ],
  AU: [
    ['gmail.com', 50],
    ['bigpond.com', 15],
    ['outlook.com', 10],
    ['icloud.com', 15],
    ['optusnet.com.au', 10],
  ],
};

const HANDLES = [
  'vinyl',
  'wax',
  'crates',
  'groove',
  'needledrop',
  'deepcuts',
  'bside',
  'spins',
  'records',
  'hifi',
];

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

export interface Person {
  name: string;
  email: string;
  country: string;
  home: Address;
  tz: number;
}

/** An e-mail address as people make them: their name, a number, now and then a collector's handle. */
export function emailFor(rng: Rng, first: string, last: string, country: string): string {
  const f = ascii(first);
  const l = ascii(last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 30],
    [`${f}${l}${rng.int(1, 99)}`, 20],
    [`${f[0] ?? 'x'}${l}`, 15],
    [`${f}_${l}`, 6],
    [`${f}${rng.int(1960, 2007)}`, 10],
    [`${f}.${rng.pick(HANDLES)}${rng.int(1, 999)}`, 8],
    [`${rng.pick(HANDLES)}${rng.pick(['junkie', 'head', 'digger', 'hound', 'nerd'])}${rng.int(1, 99)}`, 6],
  ]);
  return `${local}@${rng.weightedPick(DOMAINS[country] ?? DOMAINS.US ?? [])}`;
}

export function nameIn(rng: Rng, country: string): { first: string; last: string } {
  return {
    first: rng.pick(FIRST[country] ?? FIRST.US ?? []),
    last: rng.pick(LAST[country] ?? LAST.US ?? []),
  };
}

/** A US city: Middle Tennessee for `local` buyers, the whole country otherwise (Middle Tennessee included). */
export const usCity = (rng: Rng, local = false): City =>
  local || rng.chance(0.12) ? rng.weightedPick(NASHVILLE) : rng.weightedPick(US_CITIES);

export function usPerson(rng: Rng, local = false): Person {
  const { first, last } = nameIn(rng, 'US');
  const city = usCity(rng, local);
  return {
    name: `${first} ${last}`,
    email: emailFor(rng, first, last, 'US'),
    country: 'US',
    home: usAddress(rng, city),
    tz: city.tz,
  };
}

export function abroadPerson(rng: Rng, country: AbroadCountry): Person {
  const { first, last } = nameIn(rng, country);
  const { address, tz } = abroadHome(rng, country);
  const name = country === 'JP' ? `${last} ${first}` : `${first} ${last}`;
  return { name, email: emailFor(rng, first, last, country), country, home: address, tz };
}

export const abroadCountry = (rng: Rng): AbroadCountry =>
  rng.weightedPick(Object.entries(MARKETS).map(([k, m]) => [k as AbroadCountry, m.weight] as const));

/* Devices. Version numbers are those current in late 2026. */

export type Platform = 'iphone' | 'android' | 'mac' | 'windows' | 'ipad' | 'linux';

const UA: Record<Platform, readonly string[]> = {
  iphone: [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/155.0.7412.60 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 410.0.0.28.85',
  ],
  android: [
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/155.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/154.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/29.0 Chrome/150.0.0.0 Mobile Safari/537.36',
  ],
  mac: [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/155.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:147.0) Gecko/20100101 Firefox/147.0',
  ],
  windows: [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/155.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/155.0.0.0 Safari/537.36 Edg/155.0.0.0',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:147.0) Gecko/20100101 Firefox/147.0',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/148.0.0.0 Safari/537.36',
  ],
  ipad: [
    'Mozilla/5.0 (iPad; CPU OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
  ],
  linux: [
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/155.0.0.0 Safari/537.36',
  ],
};

export const deviceId = (rng: Rng): string => `fp_${rng.token(22)}`;

/** A device on `platform`; the storefront's fingerprint script runs on most (blocked by some privacy settings). */
export function newDevice(rng: Rng, platform: Platform, idShare = 0.88): Device {
  return { userAgent: rng.pick(UA[platform]), ...(rng.chance(idShare) ? { id: deviceId(rng) } : {}) };
}

/** The platforms people shop on: phones first, laptops for the big or careful orders. */
export function platformFor(rng: Rng, age: 'young' | 'middle' | 'older'): Platform {
  return rng.weightedPick<Platform>(
    age === 'young'
      ? [
          ['iphone', 50],
          ['android', 25],
          ['mac', 15],
          ['windows', 8],
          ['linux', 2],
        ]
      : age === 'middle'
        ? [
            ['iphone', 38],
            ['android', 18],
            ['mac', 20],
            ['windows', 18],
            ['ipad', 4],
            ['linux', 2],
          ]
        : [
            ['iphone', 25],
            ['android', 12],
            ['mac', 15],
            ['windows', 33],
            ['ipad', 15],
          ],
  );
}

export const headlessAgent = (rng: Rng): string =>
  rng.pick([
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/155.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/155.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/149.0.0.0 Safari/537.36',
  ]);

/* Accounts. */

export interface Account extends Person {
  id: string;
  createdAt: number;
  cards: HeldCard[];
  devices: Device[];
  network: Network;
  /** How often they buy, relative to other accounts: regulars far more than the rest. */
  activity: number;
  local: boolean;
  age: 'young' | 'middle' | 'older';
  /** Member of the store's record club (10 % off everyday titles). */
  club: boolean;
}

const ageOf = (rng: Rng): Account['age'] =>
  rng.weightedPick([
    ['young', 35],
    ['middle', 45],
    ['older', 20],
  ] as const);

function account(rng: Rng, person: Person, start: number, local: boolean): Account {
  const age = ageOf(rng);
  const platform = platformFor(rng, age);
  const devices = [newDevice(rng, platform)];
  if (rng.chance(0.45)) devices.push(newDevice(rng, platformFor(rng, age)));
  const cards = [newCard(rng, person.country)];
  if (rng.chance(0.35)) cards.push(newCard(rng, person.country));
  // Opened from a few weeks to twelve years ago; regulars (the long tail of collectors) skew old.
  const years = rng.chance(0.7) ? rng.float(0.08, 12) : rng.float(0.05, 2);
  const regular = rng.chance(0.25);
  return {
    ...person,
    id: `cus_${rng.token(14)}`,
    createdAt: Math.floor(start - years * 365 * DAY - rng.int(0, DAY)),
    cards,
    devices,
    network: homeNetwork(
      rng,
      person.country,
      platform === 'iphone' || platform === 'android' ? rng.chance(0.4) : false,
    ),
    activity: regular ? rng.float(4, 10) : rng.float(0.5, 2),
    local,
    age,
    club: rng.chance(regular ? 0.35 : 0.1),
  };
}

export interface CustomerBase {
  /** US accounts, Middle Tennessee included. */
  us: Account[];
  /** Accounts living in Middle Tennessee. */
  local: Account[];
  abroad: Account[];
}

/** One account for every three orders expected: most in the US, a ninth abroad. */
export function customerBase(rng: Rng, start: number, orders: number): CustomerBase {
  const size = Math.max(30, Math.round(orders / 3));
  const us: Account[] = [];
  const abroad: Account[] = [];
  for (let i = 0; i < size; i++) {
    const r = rng.fork(`a${i}`);
    if (r.chance(0.11)) abroad.push(account(r, abroadPerson(r, abroadCountry(r)), start, false));
    else {
      const local = r.chance(0.22);
      us.push(account(r, usPerson(r, local), start, local));
    }
  }
  return { us, local: us.filter((a) => a.local), abroad };
}

/** An account, the regulars more likely. */
export const pickAccount = (rng: Rng, pool: readonly Account[]): Account =>
  rng.weightedPick(pool.map((a) => [a, a.activity] as const));
