import { type Card, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type NetworkName, US_HOME } from './networks.js';
import { homeIn, pickState, type Place, type State } from './places.js';

/** The people who buy: names, e-mail addresses, cards, devices, and the store's loyalty accounts. */

const FIRST = [
  'Jennifer',
  'Michael',
  'Jessica',
  'Christopher',
  'Ashley',
  'Matthew',
  'Amanda',
  'Joshua',
  'Sarah',
  'David',
  'Emily',
  'Daniel',
  'Megan',
  'James',
  'Lauren',
  'Robert',
  'Rachel',
  'John',
  'Nicole',
  'Brian',
  'Stephanie',
  'Kevin',
  'Maria',
  'Jose',
  'Brittany',
  'Tyler',
  'Samantha',
  'Andrew',
  'Heather',
  'Justin',
  'Elizabeth',
  'Ryan',
  'Danielle',
  'Brandon',
  'Latoya',
  'DeShawn',
  'Priya',
  'Wei',
  'Nguyen',
  'Fatima',
  'Carlos',
  'Guadalupe',
  'Aaliyah',
  'Hannah',
  'Kayla',
  'Marcus',
  'Tiffany',
  'Luis',
  'Ana',
  'Omar',
];
const OLDER_FIRST = [
  'Linda',
  'Barbara',
  'Patricia',
  'Carol',
  'Susan',
  'Nancy',
  'Donna',
  'Sharon',
  'Gary',
  'Richard',
  'Ronald',
  'Larry',
  'Dennis',
  'Kenneth',
  'Judith',
  'Deborah',
  'Frank',
  'Gloria',
  'Raymond',
  'Shirley',
];
const LAST = [
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
  'Patel',
  'Kim',
  'Chen',
  'Washington',
  'Okafor',
  'Kowalski',
];

export interface Person {
  first: string;
  last: string;
  name: string;
}

export function person(rng: Rng, older = false): Person {
  const first = older ? rng.pick(OLDER_FIRST) : rng.pick(FIRST);
  const last = rng.pick(LAST);
  return { first, last, name: `${first} ${last}` };
}

const MAIL: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 52],
  ['yahoo.com', 12],
  ['icloud.com', 10],
  ['outlook.com', 7],
  ['hotmail.com', 7],
  ['aol.com', 3],
  ['comcast.net', 2],
  ['att.net', 2],
  ['proton.me', 1],
];
const OLDER_MAIL: ReadonlyArray<readonly [string, number]> = [
  ['aol.com', 20],
  ['yahoo.com', 22],
  ['comcast.net', 12],
  ['att.net', 10],
  ['gmail.com', 26],
  ['hotmail.com', 6],
  ['sbcglobal.net', 4],
];

/** An e-mail address as people make them: name-based, with a number, a year or initials. */
export function emailOf(rng: Rng, who: Person, older = false): string {
  const f = who.first.toLowerCase().replace(/[^a-z]/g, '');
  const l = who.last.toLowerCase().replace(/[^a-z]/g, '');
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 4],
    [`${f}${l}${rng.int(1, 99)}`, 3],
    [`${f.charAt(0)}${l}${rng.int(60, 99)}`, older ? 4 : 1],
    [`${f}_${l}${rng.int(1970, 2005)}`, 2],
    [`${l}family${rng.int(1, 9)}`, 1],
    [`${f}${rng.int(100, 9999)}`, 1],
  ]);
  return `${local}@${rng.weightedPick(older ? OLDER_MAIL : MAIL)}`;
}

/** A card the way a model keeps it: what the body shows, and its funding. */
export type Funding = 'credit' | 'debit' | 'prepaid';
export interface HeldCard extends Card {
  funding: Funding;
}

type Bin = readonly [string, string, Funding, number];
/** BINs as this model invents them: US issuers' credit, debit and prepaid ranges, Canadian and foreign ones. */
const US_BINS: readonly Bin[] = [
  ['414720', 'visa', 'credit', 12],
  ['426684', 'visa', 'credit', 9],
  ['440066', 'visa', 'credit', 6],
  ['473702', 'visa', 'credit', 5],
  ['403784', 'visa', 'debit', 10],
  ['431196', 'visa', 'debit', 8],
  ['486208', 'visa', 'debit', 6],
  ['517805', 'mastercard', 'credit', 8],
  ['546616', 'mastercard', 'credit', 6],
  ['552433', 'mastercard', 'credit', 4],
  ['515676', 'mastercard', 'debit', 6],
  ['533248', 'mastercard', 'debit', 4],
  ['371758', 'amex', 'credit', 6],
  ['379741', 'amex', 'credit', 3],
  ['601100', 'discover', 'credit', 4],
  ['644500', 'discover', 'credit', 2],
  ['404038', 'visa', 'prepaid', 1],
  ['530133', 'mastercard', 'prepaid', 0.5],
];
/** Virtual and prepaid card programs resellers and bot operators load per checkout. */
export const VIRTUAL_BINS: readonly Bin[] = [
  ['485246', 'visa', 'prepaid', 3],
  ['559666', 'mastercard', 'debit', 3],
  ['428837', 'visa', 'debit', 2],
];
const CA_BINS: readonly Bin[] = [
  ['450060', 'visa', 'credit', 5],
  ['451014', 'visa', 'credit', 4],
  ['520473', 'mastercard', 'credit', 3],
  ['453978', 'visa', 'debit', 2],
];
const ABROAD_BINS: Readonly<Record<string, readonly Bin[]>> = {
  GB: [
    ['465858', 'visa', 'debit', 1],
    ['535522', 'mastercard', 'credit', 1],
  ],
  DE: [['492910', 'visa', 'credit', 1]],
  AE: [
    ['428671', 'visa', 'credit', 1],
    ['542418', 'mastercard', 'credit', 1],
  ],
  TR: [['454360', 'visa', 'credit', 1]],
  KZ: [['440563', 'visa', 'debit', 1]],
};
/** The store's own private-label credit card. */
const STORE_BIN: Bin = ['603571', 'private_label', 'credit', 1];

const lastFour = (rng: Rng) => rng.digits(4);

export function cardFrom(rng: Rng, bin: Bin, country: string): HeldCard {
  return {
    bin: bin[0],
    last4: lastFour(rng),
    brand: bin[1],
    country,
    fingerprint: `fp_${rng.token(16)}`,
    funding: bin[2],
  };
}

export function newCard(rng: Rng, country = 'US', funding?: Funding): HeldCard {
  const bins = country === 'US' ? US_BINS : country === 'CA' ? CA_BINS : (ABROAD_BINS[country] ?? US_BINS);
  const pool = funding ? bins.filter((b) => b[2] === funding) : bins;
  const bin = rng.weightedPick((pool.length > 0 ? pool : bins).map((b) => [b, b[3]] as const));
  return cardFrom(rng, bin, bins === US_BINS ? 'US' : country);
}

export const storeCard = (rng: Rng): HeldCard => cardFrom(rng, STORE_BIN, 'US');

/** A BIN from the US lists, for fraudsters who buy cards by the BIN. */
export const usBin = (rng: Rng, funding?: Funding): Bin => {
  const pool = funding ? US_BINS.filter((b) => b[2] === funding) : US_BINS;
  return rng.weightedPick(pool.map((b) => [b, b[3]] as const));
};

const PHONES = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 14; SM-S921U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
];
const DESKTOPS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
];
const TABLETS = [
  'Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
];
const APP = [
  'Playhaven/7.4.1 (iPhone; iOS 18.1)',
  'Playhaven/7.4.0 (Android 14; Pixel 7)',
  'Playhaven/7.3.2 (iPad; iOS 17.6)',
];
/** Headless and automation browsers, as bots and testers send them (or a plain library's). */
export const BOT_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  'python-requests/2.32.3',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36',
];

export type Form = 'phone' | 'desktop' | 'tablet' | 'app';

/** A device: the app always sends its id, the web fingerprint script most of the time. */
export function deviceOf(rng: Rng, form?: Form): Device {
  const f =
    form ??
    rng.weightedPick<Form>([
      ['phone', 42],
      ['desktop', 30],
      ['tablet', 8],
      ['app', 20],
    ]);
  const ua =
    f === 'phone'
      ? rng.pick(PHONES)
      : f === 'desktop'
        ? rng.pick(DESKTOPS)
        : f === 'tablet'
          ? rng.pick(TABLETS)
          : rng.pick(APP);
  return f === 'app' || rng.chance(0.9) ? { id: `dv_${rng.token(20)}`, userAgent: ua } : { userAgent: ua };
}

/** A loyalty ("Playhaven Rewards") account. */
export interface Account {
  id: string;
  email: string;
  name: string;
  who: Person;
  createdAt: number;
  state: State;
  home: Place;
  cards: HeldCard[];
  devices: Device[];
  network: NetworkName;
  rewards: string;
  older: boolean;
}

/**
 * One account for every three orders expected (at least 60), opened two weeks to twelve years before the window;
 * one household in seven shares a tablet or laptop between two accounts (a parent and a grandparent, two parents).
 */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const count = Math.max(60, Math.round(orders / 3));
  const accounts: Account[] = [];
  for (let i = 0; i < count; i++) {
    const older = rng.chance(0.2);
    const who = person(rng, older);
    const prev = accounts[accounts.length - 1];
    const household = prev !== undefined && rng.chance(0.14) ? prev : undefined;
    const state = household?.state ?? pickState(rng);
    const home = household ? { ...household.home } : homeIn(rng, state);
    const cards = [newCard(rng)];
    if (rng.chance(0.35)) cards.push(newCard(rng));
    if (rng.chance(0.18)) cards.push(storeCard(rng));
    const devices = [deviceOf(rng, older ? rng.pick<Form>(['desktop', 'tablet']) : undefined)];
    if (rng.chance(0.5)) devices.push(deviceOf(rng));
    const shared = household?.devices[0];
    if (shared?.id) devices.push(shared);
    accounts.push({
      id: `cus_${rng.token(14)}`,
      email: emailOf(rng, who, older),
      name: who.name,
      who,
      createdAt: Math.floor(start - rng.float(14, 12 * 365) * DAY),
      state,
      home,
      cards,
      devices,
      network: household?.network ?? rng.weightedPick(US_HOME),
      rewards: `PR${rng.digits(10)}`,
      older,
    });
  }
  return accounts;
}
