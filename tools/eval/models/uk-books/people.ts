import { DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { NAMES, type Origin, PROVIDERS } from './names.js';

/**
 * Buyers: people with names of their origin (names.ts) and their e-mail addresses, and the browsers
 * and phones of autumn 2026 (Chrome and Firefox move a version every four weeks; iOS 26 Safari freezes the
 * OS version in its user agent; iPads ask for the desktop site).
 */

export type { Origin } from './names.js';

export interface Person {
  first: string;
  last: string;
  origin: Origin;
}

export const fullName = (p: Person): string => `${p.first} ${p.last}`;

/** Polish and Russian surnames take the feminine form for women (listed first among the first names). */
function feminine(origin: Origin, last: string): string {
  if (origin === 'polish') return last.replace(/ski$/, 'ska').replace(/cki$/, 'cka');
  if (origin === 'russian') return last.replace(/(ov|ev|in)$/, '$1a');
  return last;
}

export function personOf(rng: Rng, origin: Origin, last?: string): Person {
  const [firsts, lasts] = NAMES[origin];
  const i = rng.int(0, firsts.length - 1);
  const surname = last ?? rng.pick(lasts);
  const gendered = origin === 'polish' || origin === 'russian';
  const female = gendered && i < firsts.length / 2 + (origin === 'polish' ? 1 : 0);
  return {
    first: firsts[i] ?? firsts[0] ?? '',
    last: female && !last ? feminine(origin, surname) : surname,
    origin,
  };
}

/** Who lives in a country, as the shop's buyers there are. */
export function originIn(rng: Rng, country: string): Origin {
  switch (country) {
    case 'GB':
      return rng.weightedPick<Origin>([
        ['scottish', 52],
        ['english', 31],
        ['irish', 4],
        ['south_asian_british', 7],
        ['polish', 3],
        ['chinese', 3],
      ]);
    case 'IE':
      return 'irish';
    case 'DE':
      return 'german';
    case 'FR':
      return 'french';
    case 'NL':
    case 'BE':
      return 'dutch';
    case 'ES':
      return 'spanish';
    case 'IT':
      return 'italian';
    case 'SE':
      return 'swedish';
    case 'AU':
      return 'australian';
    default:
      return 'american';
  }
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** A work address: first.last at the employer's domain. */
export const workEmail = (p: Person, domain: string): string =>
  `${ascii(p.first)}.${ascii(p.last)}@${domain}`;

/** The local part people choose: first.last, firstlast, an initial, a birth year or a couple of digits. */
export function localPart(rng: Rng, p: Person): string {
  const [f, l] = [ascii(p.first), ascii(p.last)];
  return rng.weightedPick<string>([
    [`${f}.${l}`, 30],
    [`${f}${l}`, 16],
    [`${f.charAt(0)}${l}`, 12],
    [`${f}.${l}${rng.int(1, 99)}`, 14],
    [`${f}${l}${rng.int(1958, 2007)}`, 12],
    [`${l}.${f}`, 6],
    [`${f}_${l}${rng.int(1, 9)}`, 5],
    [`${f}${rng.int(100, 999)}`, 5],
  ]);
}

/** An address with the providers of the buyer's country. */
export function emailOf(rng: Rng, p: Person, country: string): string {
  const table = PROVIDERS[p.origin === 'chinese' ? 'CN' : country] ?? PROVIDERS.US ?? [];
  return `${localPart(rng, p)}@${rng.weightedPick(table)}`;
}

/** Browsers as the shop's analytics sees them. */
export type Profile =
  | 'iphone'
  | 'android'
  | 'samsung'
  | 'ipad'
  | 'mac_safari'
  | 'mac_chrome'
  | 'windows_chrome'
  | 'windows_edge'
  | 'windows_firefox'
  | 'chromebook';

const MOBILE: ReadonlyArray<readonly [Profile, number]> = [
  ['iphone', 52],
  ['android', 30],
  ['samsung', 14],
  ['ipad', 4],
];
const DESKTOP: ReadonlyArray<readonly [Profile, number]> = [
  ['windows_chrome', 34],
  ['mac_safari', 22],
  ['mac_chrome', 16],
  ['windows_edge', 14],
  ['windows_firefox', 8],
  ['ipad', 6],
];

export const profileOf = (rng: Rng, mobile: boolean): Profile => rng.weightedPick(mobile ? MOBILE : DESKTOP);
export const isMobile = (p: Profile) => p === 'iphone' || p === 'android' || p === 'samsung';

/** A device kept across visits: its browser, a fingerprint id (blocked now and then) and how far behind it updates. */
export interface SavedDevice {
  profile: Profile;
  id?: string;
  lag: number;
}

export function newDevice(rng: Rng, profile: Profile, blocked = 0.1): SavedDevice {
  return {
    profile,
    ...(rng.chance(blocked) ? {} : { id: `dfp_${rng.token(22)}` }),
    lag: rng.weightedPick([
      [0, 55],
      [1, 30],
      [2, 10],
      [4, 5],
    ]),
  };
}

const CHROME_140 = Date.UTC(2025, 8, 2);
const chromeAt = (t: number) => 140 + Math.max(0, Math.floor((t - CHROME_140) / (28 * DAY)));
const FIREFOX_143 = Date.UTC(2025, 8, 16);
const firefoxAt = (t: number) => 143 + Math.max(0, Math.floor((t - FIREFOX_143) / (28 * DAY)));
/** Safari 27 ships in mid-September; 26.6 lingers. */
const safariAt = (t: number, lag: number) => {
  const d = new Date(t);
  const after = d.getUTCMonth() > 8 || (d.getUTCMonth() === 8 && d.getUTCDate() >= 16);
  return !after || lag >= 2 ? '26.6' : lag === 1 ? '27.0' : d.getUTCMonth() >= 10 ? '27.1' : '27.0';
};

const MAC = 'Macintosh; Intel Mac OS X 10_15_7';
const WEBKIT = 'AppleWebKit/537.36 (KHTML, like Gecko)';

/** The user agent a device sends at time `t`. */
export function userAgentOf(d: SavedDevice, t: number): string {
  const c = chromeAt(t) - d.lag;
  const safari = safariAt(t, d.lag);
  switch (d.profile) {
    case 'iphone':
      return `Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${safari} Mobile/15E148 Safari/604.1`;
    case 'android':
      return `Mozilla/5.0 (Linux; Android 10; K) ${WEBKIT} Chrome/${c}.0.0.0 Mobile Safari/537.36`;
    case 'samsung':
      return `Mozilla/5.0 (Linux; Android 10; K) ${WEBKIT} SamsungBrowser/29.0 Chrome/${c - 6}.0.0.0 Mobile Safari/537.36`;
    case 'ipad':
    case 'mac_safari':
      return `Mozilla/5.0 (${MAC}) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${safari} Safari/605.1.15`;
    case 'mac_chrome':
      return `Mozilla/5.0 (${MAC}) ${WEBKIT} Chrome/${c}.0.0.0 Safari/537.36`;
    case 'windows_chrome':
      return `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${WEBKIT} Chrome/${c}.0.0.0 Safari/537.36`;
    case 'windows_edge':
      return `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${WEBKIT} Chrome/${c}.0.0.0 Safari/537.36 Edg/${c}.0.0.0`;
    case 'windows_firefox': {
      const f = firefoxAt(t) - d.lag;
      return `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${f}.0) Gecko/20100101 Firefox/${f}.0`;
    }
    case 'chromebook':
      return `Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) ${WEBKIT} Chrome/${c}.0.0.0 Safari/537.36`;
  }
}

export const deviceAt = (d: SavedDevice, t: number): Device => ({
  userAgent: userAgentOf(d, t),
  ...(d.id ? { id: d.id } : {}),
});

/** Automation: headless Chrome or a stale Linux build, the way checkout scripts show themselves. */
export function scriptedDevice(rng: Rng, t: number): Device {
  const c = chromeAt(t) - rng.int(0, 30);
  const ua = rng.chance(0.5)
    ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${WEBKIT} HeadlessChrome/${c}.0.0.0 Safari/537.36`
    : `Mozilla/5.0 (X11; Linux x86_64) ${WEBKIT} Chrome/${c}.0.0.0 Safari/537.36`;
  return { userAgent: ua, ...(rng.chance(0.3) ? { id: `dfp_${rng.token(22)}` } : {}) };
}

/** Two digits or a word and digits: the throwaway e-mails of fraud. */
export function throwawayEmail(rng: Rng, p?: Person): string {
  const domain = rng.weightedPick([
    ['gmail.com', 50],
    ['outlook.com', 20],
    ['proton.me', 12],
    ['yahoo.com', 10],
    ['hotmail.com', 8],
  ] as const);
  const local = p
    ? `${ascii(p.first)}${ascii(p.last)}${rng.int(10, 9999)}`
    : `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 4))}`;
  return `${local}@${domain}`;
}
