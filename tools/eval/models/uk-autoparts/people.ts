import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { HOME, type NetworkName } from './networks.js';
import { EU_TOWNS, GB_TOWNS, homeIn, IE_TOWNS, NI_TOWNS, type Town, workshopIn } from './places.js';

/**
 * The store's people: consumer accounts (drivers with a car or two on the account), trade accounts
 * (independent garages, mobile mechanics) and the devices they shop from. Names are British and Irish.
 */

const FIRST = [
  'James',
  'Oliver',
  'Harry',
  'Jack',
  'George',
  'Noah',
  'Charlie',
  'Thomas',
  'Daniel',
  'Liam',
  'Callum',
  'Ryan',
  'Sean',
  'Conor',
  'Aoife',
  'Emma',
  'Sophie',
  'Olivia',
  'Amelia',
  'Chloe',
  'Grace',
  'Megan',
  'Niamh',
  'Priya',
  'Mohammed',
  'Aisha',
  'Tomasz',
  'Kasia',
  'Gareth',
  'Rhys',
  'Fiona',
  'Ewan',
  'Declan',
  'Siobhan',
];
const LAST = [
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Williams',
  'Wilson',
  'Johnson',
  'Davies',
  'Evans',
  'Thomas',
  'Roberts',
  'Walker',
  'Wright',
  'Murphy',
  "O'Brien",
  'Kelly',
  'Byrne',
  'Ryan',
  'Campbell',
  'Stewart',
  'MacDonald',
  'Patel',
  'Khan',
  'Ahmed',
  'Nowak',
  'Hughes',
  'Price',
  'Morgan',
  'Doherty',
  'McLaughlin',
  'Quinn',
  'Hall',
];
const MAIL = [
  'gmail.com',
  'hotmail.co.uk',
  'outlook.com',
  'yahoo.co.uk',
  'icloud.com',
  'btinternet.com',
  'sky.com',
];
const IE_MAIL = ['gmail.com', 'eircom.net', 'hotmail.com', 'outlook.ie', 'icloud.com'];

export const fullName = (rng: Rng): string => `${rng.pick(FIRST)} ${rng.pick(LAST)}`;

export function emailFor(rng: Rng, name: string, country = 'GB'): string {
  const [first = 'a', last = 'b'] = name.toLowerCase().replace(/'/g, '').split(' ');
  const style = rng.int(0, 3);
  const local =
    style === 0
      ? `${first}.${last}`
      : style === 1
        ? `${first}${last}${rng.int(1, 99)}`
        : style === 2
          ? `${first[0]}${last}`
          : `${first}_${last}${rng.int(60, 99)}`;
  return `${local}@${rng.pick(country === 'IE' ? IE_MAIL : MAIL)}`;
}

const UA = {
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  android:
    'Mozilla/5.0 (Linux; Android 15; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  windows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  app: 'AutoPartsApp/5.12.0 (iOS 18.1; iPhone15,3)',
  appAndroid: 'AutoPartsApp/5.12.0 (Android 15; Pixel 8)',
  headless:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
} as const;

export type Platform = keyof typeof UA;

/** A device: the app always sends its id, the website's fingerprint script most of the time. */
export function newDevice(rng: Rng, platform?: Platform): Device {
  const p =
    platform ??
    rng.weightedPick<Platform>([
      ['iphone', 28],
      ['android', 24],
      ['windows', 22],
      ['edge', 6],
      ['mac', 8],
      ['app', 7],
      ['appAndroid', 5],
    ]);
  const app = p === 'app' || p === 'appAndroid';
  return { userAgent: UA[p], ...(app || rng.chance(0.85) ? { id: `dev_${rng.token(20)}` } : {}) };
}

export function townFor(rng: Rng, country: string): Town {
  if (country === 'IE') return rng.pick(IE_TOWNS);
  if (country === 'NI') return rng.pick(NI_TOWNS);
  if (country === 'EU') return rng.pick(EU_TOWNS);
  return rng.pick(GB_TOWNS);
}

/** A vehicle from the registration lookup. */
export interface Vehicle {
  registration: string;
  make: string;
  model: string;
  year: number;
}

const CARS: ReadonlyArray<readonly [string, string]> = [
  ['Ford', 'Fiesta'],
  ['Ford', 'Focus'],
  ['Vauxhall', 'Corsa'],
  ['Vauxhall', 'Astra'],
  ['Volkswagen', 'Golf'],
  ['Volkswagen', 'Polo'],
  ['Nissan', 'Qashqai'],
  ['BMW', '3 Series'],
  ['Audi', 'A3'],
  ['Toyota', 'Yaris'],
  ['Kia', 'Sportage'],
  ['Mercedes-Benz', 'A-Class'],
  ['Skoda', 'Octavia'],
  ['Peugeot', '208'],
  ['Land Rover', 'Discovery Sport'],
  ['Ford', 'Transit Custom'],
  ['Volkswagen', 'Transporter'],
];
const PROJECT_CARS: ReadonlyArray<readonly [string, string]> = [
  ['Subaru', 'Impreza WRX STI'],
  ['Mitsubishi', 'Lancer Evolution'],
  ['Ford', 'Focus RS'],
  ['Honda', 'Civic Type R'],
  ['Volkswagen', 'Golf R'],
  ['BMW', 'M3'],
  ['Nissan', '350Z'],
  ['Mazda', 'MX-5'],
];
const LETTERS = 'ABCDEFGHJKLMNOPRSTUVWXY';

export function vehicleFor(rng: Rng, country: string, project = false): Vehicle {
  const [make, model] = rng.pick(project ? PROJECT_CARS : CARS);
  const year = project ? rng.int(1998, 2016) : rng.int(2008, 2024);
  let registration: string;
  if (country === 'IE') {
    const yy = String(year % 100).padStart(2, '0');
    registration = `${yy}${year >= 2013 ? rng.pick(['1', '2']) : ''}-${rng.pick(['D', 'C', 'G', 'L', 'WD', 'LK', 'LH'])}-${rng.int(1, 99999)}`;
  } else if (country === 'NI') {
    registration = `${rng.token(2, LETTERS)}Z ${rng.int(1000, 9999)}`;
  } else {
    const age = year >= 2001 ? String((year % 100) + (rng.chance(0.5) ? 50 : 0)).padStart(2, '0') : 'X';
    registration = `${rng.token(2, LETTERS)}${age} ${rng.token(3, LETTERS)}`;
  }
  return { registration, make, model, year };
}

/** A driver with an account. */
export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  /** GB, NI (GB with BT postcodes), IE or EU (a British driver living on the continent). */
  region: 'GB' | 'NI' | 'IE' | 'EU';
  home: Address;
  homeNet: NetworkName;
  cards: HeldCard[];
  devices: Device[];
  vehicles: Vehicle[];
}

/** A garage or mobile mechanic buying on a trade account. */
export interface TradeAccount extends Account {
  company: string;
  vatId: string;
  workshop: Address;
  /** 30-day terms; without them the company card. */
  terms: boolean;
  creditLimit: number;
  mobile: boolean;
}

const cardCountry = (region: Account['region']): string =>
  region === 'NI' ? 'GB' : region === 'EU' ? 'GB' : region;

function account(rng: Rng, start: number, i: number, region: Account['region']): Account {
  const t = townFor(rng, region);
  const name = fullName(rng);
  const country = t.country;
  const homeNet = rng.pick(HOME[country] ?? HOME.GB ?? []);
  return {
    id: `cus_${rng.token(10)}${i}`,
    email: emailFor(rng, name, country),
    name,
    createdAt: start - Math.floor(rng.float(20, 9 * 365) * DAY),
    region,
    home: homeIn(rng, t),
    homeNet,
    cards: Array.from({ length: rng.chance(0.4) ? 2 : 1 }, () => newCard(rng, cardCountry(region))),
    devices: Array.from({ length: rng.chance(0.35) ? 2 : 1 }, () => newDevice(rng)),
    vehicles: Array.from({ length: rng.chance(0.3) ? 2 : 1 }, () => vehicleFor(rng, region)),
  };
}

const GARAGE_WORDS = [
  'Motors',
  'Auto Repairs',
  'Garage Services',
  'Autocare',
  'Vehicle Services',
  'Mobile Mechanics',
];

function tradeAccount(rng: Rng, start: number, i: number): TradeAccount {
  const region = rng.weightedPick<Account['region']>([
    ['GB', 84],
    ['NI', 6],
    ['IE', 10],
  ]);
  const base = account(rng, start, i, region);
  const mobile = rng.chance(0.3);
  const t = townFor(rng, region);
  const surname = base.name.split(' ')[1] ?? 'Auto';
  const company = `${surname.replace(/'/g, '')} ${mobile ? 'Mobile Mechanics' : rng.pick(GARAGE_WORDS)} Ltd`;
  const domain = `${company
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .slice(0, 18)}.co.${region === 'IE' ? 'ie' : 'uk'}`;
  const workshop = mobile ? base.home : workshopIn(rng, t);
  const terms = !mobile && rng.chance(0.7);
  return {
    ...base,
    id: `trd_${rng.token(8)}${i}`,
    email: `${rng.pick(['parts', 'accounts', 'workshop', base.name.split(' ')[0]?.toLowerCase() ?? 'info'])}@${domain}`,
    createdAt: start - Math.floor(rng.float(60, 10 * 365) * DAY),
    home: workshop,
    company,
    vatId: region === 'IE' ? `IE${rng.digits(7)}${rng.token(1, 'ABCDEFGHW')}` : `GB${rng.digits(9)}`,
    workshop,
    terms,
    creditLimit: rng.pick([200_000, 500_000, 1_000_000, 2_500_000]),
    mobile,
    cards: [newCard(rng, region === 'IE' ? 'IE' : 'GB_COMMERCIAL')],
    devices: [newDevice(rng, rng.pick(['windows', 'edge', 'windows', 'android']))],
  };
}

export interface People {
  accounts: Account[];
  trade: TradeAccount[];
}

/** One consumer account for every four orders expected, and one trade account for every forty. */
export function customerBase(rng: Rng, start: number, orders: number): People {
  const n = Math.max(20, Math.ceil(orders / 4));
  const accounts = Array.from({ length: n }, (_, i) =>
    account(
      rng,
      start,
      i,
      rng.weightedPick<Account['region']>([
        ['GB', 82],
        ['NI', 5],
        ['IE', 11],
        ['EU', 2],
      ]),
    ),
  );
  const trade = Array.from({ length: Math.max(8, Math.ceil(orders / 40)) }, (_, i) =>
    tradeAccount(rng, start, i),
  );
  return { accounts, trade };
}
