import { type Address, DAY, type Device, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { emailOf, fullName, type Origin } from './names.js';
import { ipOn, type Network, networksOf } from './networks.js';
import { homeAbroad, homeIn, type Market, METRO } from './places.js';

/**
 * Essência's people: devices and their browsers, the loyalty club's accounts (opened a month to nine years ago,
 * with their cards, phones and points), and guests made up on the spot.
 */

/** A phone, tablet or computer: the app always sends its id, the web fingerprint script most of the time. */
export interface Gadget extends Device {
  id: string;
  app: boolean;
}

const IPHONE = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.3 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/147.0.7727.47 Mobile/15E148 Safari/604.1',
];
const ANDROID = [
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/147.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/146.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 15; SAMSUNG SM-A556B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/29.0 Chrome/136.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-A135F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36',
];
const DESKTOP = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/147.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/147.0.0.0 Safari/537.36 Edg/147.0.0.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:149.0) Gecko/20100101 Firefox/149.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.4 Safari/605.1.15',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/147.0.0.0 Safari/537.36',
];
const IPAD =
  'Mozilla/5.0 (iPad; CPU OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.4 Mobile/15E148 Safari/604.1';
const APP_IOS = 'Essencia/7.4.0 (iPhone; iOS 26.4; Scale/3.00)';
const APP_ANDROID = [
  'Essencia/7.4.0 (Android 15; SM-S931B)',
  'Essencia/7.3.2 (Android 14; SM-A546B)',
  'Essencia/7.4.0 (Android 15; Pixel 8a)',
];

export type GadgetKind = 'iphone' | 'android' | 'desktop' | 'ipad' | 'app';

/** A device of a kind, with its stable id. */
export function gadget(rng: Rng, kind?: GadgetKind): Gadget {
  const k =
    kind ??
    rng.weightedPick<GadgetKind>([
      ['iphone', 34],
      ['android', 30],
      ['desktop', 24],
      ['ipad', 4],
      ['app', 8],
    ]);
  if (k === 'app') {
    const ios = rng.chance(0.55);
    return {
      id: `app-${rng.token(8, '0123456789abcdef')}-${rng.token(12, '0123456789abcdef')}`,
      app: true,
      userAgent: ios ? APP_IOS : rng.pick(APP_ANDROID),
    };
  }
  const userAgent =
    k === 'iphone'
      ? rng.pick(IPHONE)
      : k === 'android'
        ? rng.pick(ANDROID)
        : k === 'ipad'
          ? IPAD
          : rng.pick(DESKTOP);
  return { id: `fp_${rng.token(20)}`, app: false, userAgent };
}

/** The device as a checkout shows it: the web fingerprint is missing now and then (blockers, private mode). */
export const shownDevice = (rng: Rng, g: Gadget): Device =>
  g.app || rng.chance(0.88) ? { id: g.id, userAgent: g.userAgent } : { userAgent: g.userAgent };

export type Segment = 'local' | 'market' | 'diaspora' | 'expat' | 'luxury' | 'pro';

/** A loyalty-club account. */
export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  origin: Origin;
  /** Where the account holder lives. */
  residence: string;
  home: Address;
  /** Country of the bank behind MB Way and Multibanco; emigrants often keep a Portuguese account. */
  bank: string;
  cards: HeldCard[];
  /** A Portuguese phone and bank: MB Way works. */
  mbway: boolean;
  devices: Gadget[];
  homeNet: Network;
  homeIp: string;
  mobileNet: Network;
  points: number;
  segment: Segment;
}

const ORIGIN_OF: Readonly<Record<string, Origin>> = {
  PT: 'pt',
  ES: 'es',
  FR: 'fr',
  LU: 'lu',
  BE: 'be',
  CH: 'ch',
  BR: 'br',
  GB: 'gb',
  US: 'us',
  DE: 'de',
  AO: 'ao',
};

export const originOf = (country: string): Origin => ORIGIN_OF[country] ?? 'pt';

/** A fixed and a mobile network in `country` (fixed only where no mobile is listed). */
export function netsIn(rng: Rng, country: string): { fixed: Network; mobile: Network } {
  const fixedList = networksOf(country, 'fixed');
  const mobileList = networksOf(country, 'mobile');
  const fixed = rng.pick(fixedList.length ? fixedList : mobileList);
  return { fixed, mobile: mobileList.length ? rng.pick(mobileList) : fixed };
}

/** A card for someone banking in `country`: neobank cards (Lithuanian, German) for a share of younger buyers. */
export function cardFor(rng: Rng, bank: string): HeldCard {
  const inEurope = ['PT', 'ES', 'FR', 'LU', 'BE'].includes(bank);
  if (inEurope && rng.chance(0.14)) return newCard(rng, rng.chance(0.8) ? 'LT' : 'DE', 'debit');
  return newCard(rng, bank);
}

export interface PersonSpec {
  origin: Origin;
  residence: string;
  /** Cities to live in (markets only). */
  cities?: readonly string[];
  bank?: string;
  segment: Segment;
  women?: number;
}

/** A person's identity, home, bank, cards and devices; `createdAt` is the caller's. */
export function person(rng: Rng, spec: PersonSpec, createdAt: number): Account {
  const name = fullName(rng, spec.origin, spec.women);
  const market = ['PT', 'ES', 'FR', 'LU', 'BE', 'CH'].includes(spec.residence);
  const home = market ? homeIn(rng, spec.residence as Market, spec.cities) : homeAbroad(rng, spec.residence);
  const bank = spec.bank ?? spec.residence;
  const cards = [cardFor(rng, bank)];
  if (rng.chance(0.3)) cards.push(cardFor(rng, bank));
  const devices = [gadget(rng)];
  if (rng.chance(0.45)) devices.push(gadget(rng));
  const { fixed, mobile } = netsIn(rng, spec.residence);
  const years = (Date.UTC(2027, 3, 19) - createdAt) / (365 * DAY);
  return {
    id: `c_${rng.digits(9)}`,
    email: emailOf(rng, name, spec.residence),
    name,
    createdAt,
    origin: spec.origin,
    residence: spec.residence,
    home,
    bank,
    cards,
    mbway: bank === 'PT' && rng.chance(spec.residence === 'PT' ? 0.78 : 0.5),
    devices,
    homeNet: fixed,
    homeIp: ipOn(rng, fixed),
    mobileNet: mobile,
    points: Math.round(Math.min(20_000, rng.logNormal(600, 0.9) * Math.max(0.2, Math.min(years, 4)))),
    segment: spec.segment,
  };
}

/** The account base's mix: who has an account, where they live. */
function specFor(rng: Rng): PersonSpec {
  const segment = rng.weightedPick<Segment>([
    ['local', 58],
    ['market', 17],
    ['diaspora', 13],
    ['expat', 5],
    ['luxury', 4.5],
    ['pro', 2.5],
  ]);
  if (segment === 'local') return { origin: 'pt', residence: 'PT', segment };
  if (segment === 'market') {
    const residence = rng.weightedPick<string>([
      ['ES', 55],
      ['CH', 15],
      ['BE', 12],
      ['LU', 8],
      ['FR', 10],
    ]);
    return { origin: originOf(residence), residence, segment };
  }
  if (segment === 'diaspora') {
    const residence = rng.weightedPick<string>([
      ['FR', 55],
      ['CH', 25],
      ['LU', 15],
      ['BE', 5],
    ]);
    return { origin: 'pt', residence, bank: rng.chance(0.3) ? 'PT' : residence, segment };
  }
  if (segment === 'expat') {
    const origin = rng.weightedPick<Origin>([
      ['br', 50],
      ['gb', 20],
      ['us', 10],
      ['de', 10],
      ['ao', 10],
    ]);
    // Brazilians and Angolans bank here once settled; British, Americans and Germans keep home cards longer.
    const local = origin === 'br' || origin === 'ao' ? 0.7 : 0.35;
    return { origin, residence: 'PT', bank: rng.chance(local) ? 'PT' : origin.toUpperCase(), segment };
  }
  if (segment === 'luxury') {
    const residence = rng.weightedPick<string>([
      ['PT', 60],
      ['CH', 20],
      ['LU', 10],
      ['ES', 10],
    ]);
    const cities = residence === 'PT' ? ['Lisboa', 'Cascais', 'Porto', 'Oeiras'] : undefined;
    return { origin: originOf(residence), residence, ...(cities ? { cities } : {}), segment };
  }
  return { origin: 'pt', residence: 'PT', cities: METRO, segment, women: 0.85 };
}

export interface People {
  accounts: Account[];
  bySegment: Readonly<Record<Segment, Account[]>>;
}

/**
 * The club: two accounts for every order expected (most members do not order in a given three weeks), opened a month to nine years before the window (a few
 * this month); about one local account in twelve shares a tablet and the home connection with another (mother
 * and daughter, a couple).
 */
export function customerBase(rng: Rng, w: Window, orders: number): People {
  const count = Math.max(80, Math.round(orders * 2));
  const accounts: Account[] = [];
  for (let i = 0; i < count; i++) {
    const r = rng.fork(`a${i}`);
    const spec = specFor(r);
    const age = r.chance(0.05)
      ? r.float(2, 30) * DAY
      : Math.min(3300, 30 + r.exp(spec.segment === 'luxury' ? 1300 : 800)) * DAY;
    const a = person(r, spec, Math.floor(w.start - age - r.int(0, 24 * 60) * MINUTE));
    const partner = accounts[accounts.length - 1];
    if (spec.segment === 'local' && partner?.segment === 'local' && r.chance(0.16)) {
      const shared = partner.devices[0];
      if (shared) a.devices = [shared, ...a.devices.slice(1)];
      a.home = { ...partner.home };
      a.homeNet = partner.homeNet;
      a.homeIp = partner.homeIp;
    }
    accounts.push(a);
  }
  const bySegment: Record<Segment, Account[]> = {
    local: [],
    market: [],
    diaspora: [],
    expat: [],
    luxury: [],
    pro: [],
  };
  for (const a of accounts) bySegment[a.segment].push(a);
  return { accounts, bySegment };
}
