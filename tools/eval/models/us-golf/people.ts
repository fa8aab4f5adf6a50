import { DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { type Network, pickNetwork } from './networks.js';
import { type Country, homeIn, pickRegion, type Region, type Where } from './places.js';

/**
 * The store's customers: names, e-mail addresses as people in each country have them, the devices and browsers
 * they shop on, and the accounts that existed before the season (a third of an account per order expected),
 * opened from three weeks to nine years earlier, each with a home, one to three cards, a phone and often a
 * computer. One account in seven belongs to a household that already has one: same home and surname, the family
 * iPad or desktop, the parent's card on the child's account.
 */

const FIRST_MALE: Readonly<Record<Country, readonly string[]>> = {
  US: [
    'James',
    'Michael',
    'Robert',
    'John',
    'David',
    'William',
    'Richard',
    'Joseph',
    'Thomas',
    'Christopher',
    'Daniel',
    'Matthew',
    'Mark',
    'Steven',
    'Andrew',
    'Kevin',
    'Brian',
    'Ryan',
    'Jason',
    'Justin',
    'Brandon',
    'Tyler',
    'Carlos',
    'Jose',
    'Luis',
    'Miguel',
    'Diego',
    'Wei',
    'Raj',
    'Sanjay',
    'Minh',
    'DeShawn',
    'Marcus',
    'Trey',
    'Cody',
    'Colton',
    'Garrett',
    'Wyatt',
    'Hunter',
    'Bryce',
    'Blake',
    'Chase',
    'Tanner',
    'Brett',
    'Clay',
    'Grant',
    'Reid',
  ],
  CA: [
    'Liam',
    'Noah',
    'Ethan',
    'Connor',
    'Étienne',
    'Mathieu',
    'Jean-François',
    'Ryan',
    'Graham',
    'Harpreet',
  ],
  MX: [
    'José',
    'Juan Carlos',
    'Alejandro',
    'Fernando',
    'Ricardo',
    'Eduardo',
    'Rodrigo',
    'Mauricio',
    'Santiago',
  ],
  GB: [
    'Oliver',
    'George',
    'Harry',
    'Jack',
    'Charlie',
    'Thomas',
    'William',
    'James',
    'Alistair',
    'Hamish',
    'Callum',
  ],
};
const FIRST_FEMALE: Readonly<Record<Country, readonly string[]>> = {
  US: [
    'Mary',
    'Jennifer',
    'Linda',
    'Patricia',
    'Elizabeth',
    'Sarah',
    'Jessica',
    'Ashley',
    'Emily',
    'Lauren',
    'Megan',
    'Rachel',
    'Amanda',
    'Stephanie',
    'Nicole',
    'Katherine',
    'Maria',
    'Sofia',
    'Ana',
    'Priya',
    'Mei',
    'Keisha',
    'Hannah',
    'Madison',
    'Kaitlyn',
    'Brooke',
    'Caroline',
    'Allison',
  ],
  CA: ['Olivia', 'Chloé', 'Emma', 'Charlotte', 'Gabrielle', 'Simran'],
  MX: ['Sofía', 'Valeria', 'Mariana', 'Daniela', 'Ximena', 'Regina'],
  GB: ['Amelia', 'Olivia', 'Isla', 'Emily', 'Sophie', 'Charlotte', 'Poppy'],
};
const LAST: Readonly<Record<Country, readonly string[]>> = {
  US: [
    'Smith',
    'Johnson',
    'Williams',
    'Brown',
    'Jones',
    'Garcia',
    'Miller',
    'Davis',
    'Rodriguez',
    'Martinez',
    'Hernandez',
    'Lopez',
    'Gonzalez',
    'Wilson',
    'Anderson',
    'Thomas',
    'Taylor',
    'Moore',
    'Jackson',
    'Martin',
    'Lee',
    'Perez',
    'Thompson',
    'White',
    'Harris',
    'Sanchez',
    'Clark',
    'Ramirez',
    'Lewis',
    'Robinson',
    'Walker',
    'Young',
    'Allen',
    'King',
    'Wright',
    'Scott',
    'Torres',
    'Nguyen',
    'Hill',
    'Flores',
    'Green',
    'Adams',
    'Nelson',
    'Baker',
    'Hall',
    'Rivera',
    'Campbell',
    'Mitchell',
    'Carter',
    'Roberts',
    'Patel',
    'Kim',
    'Chen',
    'Shah',
    'Reyes',
    'Cruz',
    'Whitaker',
    'Holloway',
    'McAllister',
    "O'Brien",
    'Sullivan',
    'Fitzgerald',
    'Brennan',
    'Dawson',
    'Coleman',
    'Pruitt',
    'Tate',
    'Villarreal',
    'Guerra',
    'Cantu',
  ],
  CA: [
    'Tremblay',
    'Gagnon',
    'Roy',
    'Côté',
    'Bouchard',
    'MacDonald',
    'Campbell',
    'Wong',
    'Singh',
    'Chan',
    'Smith',
  ],
  MX: [
    'Garza',
    'Treviño',
    'González',
    'Hernández',
    'Rodríguez',
    'Martínez',
    'Villarreal',
    'Cantú',
    'Sada',
    'Zambrano',
    'Elizondo',
    'Salinas',
  ],
  GB: [
    'Smith',
    'Jones',
    'Taylor',
    'Brown',
    'Williams',
    'Wilson',
    'Davies',
    'Robinson',
    'Wright',
    'Evans',
    'Walker',
    'Clarke',
    'MacLeod',
    'Campbell',
    'Stewart',
    'Fraser',
  ],
};

export interface Person {
  first: string;
  last: string;
  name: string;
}

/** A person from `country`: golf buyers for themselves are mostly men (`male` share). */
export function personFrom(rng: Rng, country: Country, male = 0.85, last?: string): Person {
  const first = rng.pick(rng.chance(male) ? FIRST_MALE[country] : FIRST_FEMALE[country]);
  const surname = last ?? rng.pick(LAST[country]);
  return { first, last: surname, name: `${first} ${surname}` };
}

const PROVIDERS: Readonly<Record<Country, ReadonlyArray<readonly [string, number]>>> = {
  US: [
    ['gmail.com', 46],
    ['yahoo.com', 12],
    ['icloud.com', 10],
    ['outlook.com', 6],
    ['hotmail.com', 5],
    ['aol.com', 4],
    ['att.net', 3],
    ['comcast.net', 3],
    ['sbcglobal.net', 2],
    ['me.com', 2],
    ['swbell.net', 1],
    ['verizon.net', 1],
    ['msn.com', 1],
    ['live.com', 1],
    ['charter.net', 1],
  ],
  CA: [
    ['gmail.com', 45],
    ['hotmail.com', 12],
    ['outlook.com', 8],
    ['yahoo.ca', 8],
    ['icloud.com', 8],
    ['shaw.ca', 5],
    ['rogers.com', 5],
    ['bell.net', 4],
    ['telus.net', 3],
  ],
  MX: [
    ['gmail.com', 50],
    ['hotmail.com', 25],
    ['outlook.com', 10],
    ['yahoo.com.mx', 8],
    ['prodigy.net.mx', 4],
    ['icloud.com', 3],
  ],
  GB: [
    ['gmail.com', 35],
    ['hotmail.co.uk', 12],
    ['btinternet.com', 10],
    ['outlook.com', 8],
    ['icloud.com', 8],
    ['yahoo.co.uk', 8],
    ['sky.com', 6],
    ['live.co.uk', 4],
    ['virginmedia.com', 3],
  ],
};

/** A name as an e-mail local part: no accents, apostrophes, spaces or hyphens. */
export const plain = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** How people write their own address: first.last, initials, a birth year, a golf nickname. */
export function localPart(rng: Rng, p: Person): string {
  const f = plain(p.first);
  const l = plain(p.last);
  return rng.weightedPick<() => string>([
    [() => `${f}.${l}`, 22],
    [() => `${f}${l}`, 14],
    [() => `${f}.${l}${rng.int(1, 99)}`, 10],
    [() => `${f.charAt(0)}${l}`, 12],
    [() => `${f.charAt(0)}${l}${rng.int(10, 99)}`, 8],
    [() => `${f}_${l}`, 5],
    [() => `${f}${rng.int(1955, 2006)}`, 8],
    [() => `${f}${l.charAt(0)}${rng.int(1, 999)}`, 6],
    [
      () => `${rng.pick(['birdie', 'eagle', 'scratch', 'bogey', 'fairway', 'golfer'])}${l}${rng.int(1, 99)}`,
      4,
    ],
    [() => `${l}.${f}`, 4],
  ])();
}

/** A person's own e-mail with a provider of their country. */
export function emailOf(rng: Rng, p: Person, country: Country): string {
  return `${localPart(rng, p)}@${rng.weightedPick(PROVIDERS[country])}`;
}

export type DeviceKind = 'iphone' | 'android' | 'windows' | 'mac' | 'ipad' | 'app';

const UA: Readonly<Record<DeviceKind, readonly string[]>> = {
  iphone: [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.4 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/148.0.7778.73 Mobile/15E148 Safari/604.1',
  ],
  android: [
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/149.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/148.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 16; SM-S938U) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/29.0 Chrome/142.0.0.0 Mobile Safari/537.36',
  ],
  windows: [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/149.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/148.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/149.0.0.0 Safari/537.36 Edg/149.0.0.0',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:152.0) Gecko/20100101 Firefox/152.0',
  ],
  mac: [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.5 Safari/605.1.15',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/149.0.0.0 Safari/537.36',
  ],
  ipad: [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.4 Safari/605.1.15',
  ],
  app: ['LoneStarLinks/5.8.1 (iPhone; iOS 26.5; Scale/3.00)', 'LoneStarLinks/5.8.0 (Android 16; Pixel 9)'],
};

/** The store's app always sends its install id; the web fingerprint script runs on most browsers. */
export function deviceOf(rng: Rng, kind: DeviceKind): Device {
  const userAgent = rng.pick(UA[kind]);
  return kind === 'app' || rng.chance(0.9) ? { id: `dv_${rng.token(20)}`, userAgent } : { userAgent };
}

/** A phone, by the country's mix of iPhone, Android and the app. */
export const phoneOf = (rng: Rng, country: string): Device =>
  deviceOf(
    rng,
    rng.weightedPick<DeviceKind>([
      ['iphone', country === 'MX' ? 35 : 58],
      ['android', country === 'MX' ? 60 : 30],
      ['app', 12],
    ]),
  );

/** A computer: Windows, a Mac or the family iPad. */
export const computerOf = (rng: Rng): Device =>
  deviceOf(
    rng,
    rng.weightedPick<DeviceKind>([
      ['windows', 50],
      ['mac', 30],
      ['ipad', 20],
    ]),
  );

export interface Account extends Person {
  id: string;
  email: string;
  createdAt: number;
  country: Country;
  home: Where;
  tz: number;
  cards: HeldCard[];
  phone: Device;
  computer?: Device;
  /** Home broadband and mobile carrier. */
  broadband: Network;
  carrier: Network;
  household: number;
}

export const accountId = (rng: Rng): string => `cus_${rng.digits(9)}`;

function newAccount(rng: Rng, start: number, household: number, country: Country, region: Region): Account {
  const person = personFrom(rng, country, 0.82);
  const cards = [newCard(rng, country)];
  if (rng.chance(0.45)) cards.push(newCard(rng, country));
  if (rng.chance(0.1)) cards.push(newCard(rng, country, 'debit'));
  return {
    ...person,
    id: accountId(rng),
    email: emailOf(rng, person, country),
    createdAt: start - Math.floor(Math.min(9 * 365, 21 + rng.exp(700)) * DAY) - rng.int(0, DAY),
    country,
    home: homeIn(rng, region),
    tz: region.tz,
    cards,
    phone: phoneOf(rng, country),
    ...(rng.chance(0.65) ? { computer: computerOf(rng) } : {}),
    broadband: pickNetwork(rng, country, 'residential'),
    carrier: pickNetwork(rng, country, 'mobile'),
    household,
  };
}

/** A second account in a household: same home, surname, broadband and family computer; often the parent's card. */
function relative(rng: Rng, start: number, of: Account): Account {
  const person = personFrom(rng, of.country, 0.6, of.last);
  const cards = rng.chance(0.6) && of.cards[0] ? [of.cards[0]] : [newCard(rng, of.country, 'debit')];
  return {
    ...person,
    id: accountId(rng),
    email: emailOf(rng, person, of.country),
    createdAt: start - Math.floor(Math.min(6 * 365, 21 + rng.exp(400)) * DAY) - rng.int(0, DAY),
    country: of.country,
    home: of.home,
    tz: of.tz,
    cards,
    phone: phoneOf(rng, of.country),
    ...(of.computer ? { computer: of.computer } : {}),
    broadband: of.broadband,
    carrier: pickNetwork(rng, of.country, 'mobile'),
    household: of.household,
  };
}

/** The accounts opened before the season: one per three orders expected, mostly in the US and Texas. */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const out: Account[] = [];
  const count = Math.max(40, Math.round(orders / 3));
  let household = 0;
  for (let i = 0; i < count; i++) {
    const last = out[out.length - 1];
    if (last && rng.chance(0.14)) {
      out.push(relative(rng, start, last));
      continue;
    }
    const country = rng.weightedPick<Country>([
      ['US', 94],
      ['CA', 2.5],
      ['MX', 2],
      ['GB', 1.5],
    ]);
    household += 1;
    out.push(newAccount(rng, start, household, country, pickRegion(rng, country)));
  }
  return out;
}

/** A US account holder, for the kinds that only take those. */
export const usAccounts = (base: readonly Account[]): Account[] => base.filter((a) => a.country === 'US');
