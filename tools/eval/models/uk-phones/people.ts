import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { homeNetwork, mobileNetwork, type Network } from './networks.js';
import { homeAddress, type Market } from './places.js';

/** The people who shop here: names, e-mail addresses, phones and laptops, and the shop's account base. */

const GB_FIRST = [
  'Oliver',
  'Amelia',
  'Jack',
  'Olivia',
  'Harry',
  'Isla',
  'Mohammed',
  'Ava',
  'Noah',
  'Emily',
  'George',
  'Sophie',
  'Leo',
  'Grace',
  'Charlie',
  'Freya',
  'Oscar',
  'Lily',
  'Jacob',
  'Ella',
  'Aisha',
  'Priya',
  'Arjun',
  'Chloe',
  'Ryan',
  'Megan',
  'Liam',
  'Hannah',
  'Daniel',
  'Jessica',
  'James',
  'Sarah',
  'David',
  'Laura',
  'Michael',
  'Rebecca',
  'Callum',
  'Rhys',
  'Ffion',
  'Eilidh',
  'Fraser',
  'Kwame',
  'Zainab',
  'Tomasz',
  'Agnieszka',
  'Fatima',
  'Yusuf',
  'Bethany',
  'Kieran',
  'Jade',
  'Nathan',
  'Amir',
  'Sana',
  'Tyler',
];
const GB_LAST = [
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Williams',
  'Wilson',
  'Johnson',
  'Davies',
  'Patel',
  'Robinson',
  'Wright',
  'Thompson',
  'Evans',
  'Walker',
  'White',
  'Roberts',
  'Green',
  'Hall',
  'Wood',
  'Jackson',
  'Clarke',
  'Khan',
  'Ali',
  'Hussain',
  'Begum',
  'Murphy',
  'Kelly',
  'Kowalski',
  'Nowak',
  'Okafor',
  'Mensah',
  'Campbell',
  'Stewart',
  'MacDonald',
  'Singh',
  'Kaur',
  'Ahmed',
  'Hughes',
  'Edwards',
  'Lewis',
  'Morris',
  'Ward',
  'Cooper',
  'Mitchell',
  'Shah',
  'Iqbal',
  'Bennett',
  'Price',
  'Turner',
  'Fletcher',
];
const IE_FIRST = [
  'Aoife',
  'Niamh',
  'Ciara',
  'Saoirse',
  'Sean',
  'Conor',
  'Cian',
  'Oisin',
  'Darragh',
  'Sinead',
  'Eoin',
  'Roisin',
  'Emma',
  'Jack',
  'Sarah',
  'Patrick',
  'Grainne',
  'Fionn',
  'Orla',
  'Tadhg',
];
const IE_LAST = [
  'Murphy',
  'Kelly',
  "O'Sullivan",
  'Walsh',
  'Byrne',
  'Ryan',
  "O'Connor",
  "O'Brien",
  'McCarthy',
  'Doyle',
  'Gallagher',
  'Kennedy',
  'Lynch',
  'Quinn',
  'Brennan',
  'Fitzgerald',
  'Nolan',
  'Dunne',
];

export interface Name {
  first: string;
  last: string;
}

export const fullName = (n: Name): string => `${n.first} ${n.last}`;

export function personName(rng: Rng, market: Market): Name {
  return market === 'IE'
    ? { first: rng.pick(IE_FIRST), last: rng.pick(IE_LAST) }
    : { first: rng.pick(GB_FIRST), last: rng.pick(GB_LAST) };
}

const GB_MAIL: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 38],
  ['hotmail.co.uk', 13],
  ['icloud.com', 12],
  ['outlook.com', 9],
  ['yahoo.co.uk', 7],
  ['btinternet.com', 5],
  ['live.co.uk', 4],
  ['hotmail.com', 4],
  ['sky.com', 2],
  ['googlemail.com', 2],
  ['me.com', 1],
  ['aol.com', 1],
  ['proton.me', 1],
];
const IE_MAIL: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 45],
  ['icloud.com', 12],
  ['hotmail.com', 12],
  ['outlook.com', 10],
  ['eircom.net', 5],
  ['yahoo.ie', 4],
  ['live.ie', 3],
];

const slug = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/** How people spell their own address: first.last, initials, nicknames with a birth year or a football number. */
export function personalEmail(rng: Rng, n: Name, market: Market, domain?: string): string {
  const first = slug(n.first);
  const last = slug(n.last);
  const local = rng.weightedPick<string>([
    [`${first}.${last}`, 30],
    [`${first}${last}`, 15],
    [`${first}.${last}${rng.int(1, 99)}`, 14],
    [`${first.charAt(0)}${last}`, 12],
    [`${first}${last}${rng.int(1965, 2008)}`, 12],
    [`${first}_${last.charAt(0)}${rng.int(1, 999)}`, 8],
    [`${last}${first.charAt(0)}${rng.int(1, 9)}`, 5],
    [`${first}x${last}`, 4],
  ]);
  return `${local}@${domain ?? rng.weightedPick(market === 'IE' ? IE_MAIL : GB_MAIL)}`;
}

/** Throw-away inboxes the sloppy fraudsters use. */
export const DISPOSABLE = [
  'guerrillamail.com',
  'sharklasers.com',
  'yopmail.com',
  'mailinator.com',
  'dropmail.me',
  'tempmail.dev',
];

export function throwawayEmail(rng: Rng): string {
  return `${rng.token(rng.int(7, 11), 'abcdefghijklmnopqrstuvwxyz0123456789')}@${rng.pick(DISPOSABLE)}`;
}

/** A fresh webmail address that looks like a person's, made for one order. */
export function freshEmail(rng: Rng, n: Name): string {
  const first = slug(n.first);
  const last = slug(n.last);
  const local = rng.weightedPick<string>([
    [`${first}.${last}${rng.int(10, 99)}`, 4],
    [`${first}${last}${rng.digits(3)}`, 3],
    [`${last}.${first}${rng.int(1, 9)}`, 2],
    [`${first.charAt(0)}.${last}${rng.int(80, 99)}`, 2],
  ]);
  return `${local}@${rng.weightedPick<string>([
    ['gmail.com', 6],
    ['outlook.com', 3],
    ['hotmail.com', 2],
    ['proton.me', 1],
    ['yahoo.com', 1],
  ])}`;
}

const UA = {
  iphone: (v: string) =>
    `Mozilla/5.0 (iPhone; CPU iPhone OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v.replace('_', '.')} Mobile/15E148 Safari/604.1`,
  android: (model: string) =>
    `Mozilla/5.0 (Linux; Android 15; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Mobile Safari/537.36`,
  windows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36 Edg/139.0.0.0',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Safari/605.1.15',
  firefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:142.0) Gecko/20100101 Firefox/142.0',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1',
  headless:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/139.0.0.0 Safari/537.36',
  linux:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36',
};

export type Channel = 'web' | 'app';

/** A phone, tablet or computer: the shop's app always sends a device id, the web script most of the time. */
export interface Gadget extends Device {
  channel: Channel;
}

export function gadget(rng: Rng, app = rng.chance(0.18)): Gadget {
  const kind = rng.weightedPick<string>([
    ['iphone', 42],
    ['android', 24],
    ['windows', 14],
    ['mac', 10],
    ['ipad', 4],
    ['edge', 3],
    ['firefox', 3],
  ]);
  if (app)
    return {
      channel: 'app',
      id: `app_${rng.token(22)}`,
      userAgent:
        kind === 'android'
          ? `DeansgateMobile/7.3.${rng.int(0, 4)} (Android 15; ${rng.pick(['SM-S931B', 'Pixel 9', 'SM-A556B'])})`
          : `DeansgateMobile/7.3.${rng.int(0, 4)} (iPhone; iOS ${rng.pick(['18.6', '18.5', '26.0'])})`,
    };
  const userAgent =
    kind === 'iphone'
      ? UA.iphone(rng.pick(['18_6', '18_5', '18_3', '17_6']))
      : kind === 'android'
        ? UA.android(rng.pick(['SM-S931B', 'SM-A556B', 'Pixel 8', 'Pixel 9', 'moto g85 5G', 'CPH2581']))
        : (UA[kind as keyof typeof UA] as string);
  return { channel: 'web', userAgent, ...(rng.chance(0.88) ? { id: `fp_${rng.token(20)}` } : {}) };
}

/** A fraudster's browser: an ordinary one or, for the sloppy, a headless or Linux one; often no fingerprint. */
export function fraudGadget(rng: Rng, sloppy: boolean): Gadget {
  if (sloppy && rng.chance(0.35))
    return {
      channel: 'web',
      userAgent: rng.chance(0.5) ? UA.headless : UA.linux,
      ...(rng.chance(0.5) ? { id: `fp_${rng.token(20)}` } : {}),
    };
  const g = gadget(rng, false);
  return rng.chance(0.15) ? { channel: 'web', userAgent: g.userAgent } : g;
}

/** An account on the shop, as the world holds it. */
export interface Account {
  id: string;
  email: string;
  name: string;
  person: Name;
  createdAt: number;
  market: Market;
  home: Address;
  broadband: Network;
  mobile: Network;
  gadgets: Gadget[];
  cards: HeldCard[];
  /** A household member with an account of their own: same address, a shared laptop, often a shared card. */
  household?: string;
}

const accountId = (rng: Rng) => `C${rng.int(10_000_000, 99_999_999)}`;

export function newAccount(rng: Rng, market: Market, createdAt: number): Account {
  const person = personName(rng, market);
  return {
    id: accountId(rng),
    email: personalEmail(rng, person, market),
    name: fullName(person),
    person,
    createdAt,
    market,
    home: homeAddress(rng, market),
    broadband: homeNetwork(rng, market),
    mobile: mobileNetwork(rng, market),
    gadgets: Array.from({ length: rng.int(1, 3) }, () => gadget(rng)),
    cards: Array.from({ length: rng.chance(0.35) ? 2 : 1 }, () => newCard(rng, market)),
  };
}

/**
 * The account base: one account for every three orders expected, opened six weeks to eleven years before the
 * window (the shop's old accounts, the last launch's wave), 11 % Irish, with households sharing a laptop
 * and a card.
 */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const out: Account[] = [];
  const count = Math.max(40, Math.round(orders / 3));
  for (let i = 0; i < count; i++) {
    const age = rng.chance(0.2) ? rng.int(42, 370) * DAY : rng.int(370, 4000) * DAY;
    const a = newAccount(rng, rng.chance(0.11) ? 'IE' : 'GB', start - age);
    const partner = out.length > 0 && rng.chance(0.14) ? rng.pick(out) : undefined;
    if (partner && partner.market === a.market && partner.household === undefined) {
      const person = { first: personName(rng, a.market).first, last: partner.person.last };
      a.person = person;
      a.name = fullName(person);
      a.email = personalEmail(rng, person, a.market);
      a.home = partner.home;
      a.broadband = partner.broadband;
      const laptop = partner.gadgets[0];
      if (laptop) a.gadgets = [laptop, ...a.gadgets.slice(1)];
      if (rng.chance(0.5)) a.cards = [...a.cards, ...partner.cards.slice(0, 1)];
      a.household = partner.id;
      partner.household = a.id;
    }
    out.push(a);
  }
  return out;
}
