import { type Address, type Buyer, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { addressIn, MARKET_LIST, MARKETS, type Market } from './places.js';

/** Names, e-mail addresses, devices and the merchant's existing customer accounts. */

const FIRST: Readonly<Record<string, readonly string[]>> = {
  fr: [
    'Jean',
    'Marie',
    'Pierre',
    'Claire',
    'Philippe',
    'Isabelle',
    'Antoine',
    'Camille',
    'Hélène',
    'Louis',
    'Sophie',
    'Bertrand',
    'Agnès',
    'Thomas',
    'Élodie',
  ],
  de: ['Thomas', 'Katrin', 'Matthias', 'Julia', 'Stefan', 'Anja'],
  nl: ['Jeroen', 'Sanne', 'Pieter', 'Femke', 'Joost'],
  en: ['James', 'Charlotte', 'Oliver', 'Emily', 'William', 'Sarah', 'Michael', 'Jennifer', 'David'],
  zh: ['Wei', 'Mei Ling', 'Jun', 'Xiaoming', 'Ka Yan', 'Wing Chi', 'Kelvin', 'Priscilla'],
  ja: ['Hiroshi', 'Yuki', 'Takeshi', 'Aiko', 'Kenji'],
};
const LAST: Readonly<Record<string, readonly string[]>> = {
  fr: [
    'Martin',
    'Bernard',
    'Dubois',
    'Laurent',
    'Lefèvre',
    'Moreau',
    'Garnier',
    'de Larrieu',
    'Fontaine',
    'Chevalier',
    'Lambert',
    'Rousseau',
    'Peeters',
    'Janssens',
  ],
  de: ['Müller', 'Schmidt', 'Weber', 'Hoffmann', 'Becker'],
  nl: ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser'],
  en: ['Smith', 'Taylor', 'Brown', 'Wilson', 'Johnson', 'Miller', 'Davies', 'Clarke'],
  zh: ['Chan', 'Wong', 'Li', 'Zhang', 'Lau', 'Tan', 'Lim', 'Chen'],
  ja: ['Tanaka', 'Suzuki', 'Sato', 'Watanabe', 'Ito'],
};
const LANG: Readonly<Record<string, string>> = {
  FR: 'fr',
  BE: 'fr',
  LU: 'fr',
  CH: 'fr',
  DE: 'de',
  NL: 'nl',
  GB: 'en',
  US: 'en',
  HK: 'zh',
  SG: 'zh',
  CN: 'zh',
  JP: 'ja',
};

export const nameIn = (rng: Rng, country: string): string => {
  const l = LANG[country] ?? 'en';
  return `${rng.pick(FIRST[l] ?? [])} ${rng.pick(LAST[l] ?? [])}`;
};

const MAIL: Readonly<Record<string, readonly string[]>> = {
  FR: [
    'gmail.com',
    'orange.fr',
    'free.fr',
    'laposte.net',
    'sfr.fr',
    'wanadoo.fr',
    'hotmail.fr',
    'icloud.com',
    'yahoo.fr',
  ],
  BE: ['gmail.com', 'skynet.be', 'telenet.be', 'hotmail.com'],
  LU: ['pt.lu', 'gmail.com', 'internet.lu'],
  DE: ['gmx.de', 'web.de', 't-online.de', 'gmail.com'],
  NL: ['ziggo.nl', 'gmail.com', 'kpnmail.nl', 'outlook.com'],
  CH: ['bluewin.ch', 'gmail.com', 'sunrise.ch'],
  GB: ['gmail.com', 'btinternet.com', 'outlook.com', 'icloud.com'],
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'],
  HK: ['gmail.com', 'netvigator.com', 'yahoo.com.hk'],
  SG: ['gmail.com', 'singnet.com.sg', 'yahoo.com.sg'],
  CN: ['qq.com', '163.com', 'gmail.com'],
  JP: ['yahoo.co.jp', 'gmail.com', 'docomo.ne.jp'],
};
/** Apple's and DuckDuckGo's relays: honest privacy-minded people use them too. */
export const RELAYS = ['privaterelay.appleid.com', 'duck.com'];
/** Throw-away inboxes (yopmail is the French favourite). */
export const THROWAWAY = [
  'yopmail.com',
  'yopmail.fr',
  'guerrillamail.com',
  'tempmail.dev',
  'mailinator.com',
  'sharklasers.com',
];

const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/ +/g, '.');

export function emailFor(rng: Rng, name: string, country: string): string {
  const [first = 'x', ...rest] = slug(name).split('.');
  const last = rest.join('');
  const local = rng.pick([
    `${first}.${last}`,
    `${first[0]}${last}`,
    `${first}${last}${rng.int(1, 99)}`,
    `${last}.${first}`,
  ]);
  return `${local}@${rng.pick(MAIL[country] ?? MAIL.FR ?? [])}`;
}

export const relayEmail = (rng: Rng): string => {
  const domain = rng.pick(RELAYS);
  return domain === 'duck.com' ? `${rng.token(4)}-${rng.token(5)}@duck.com` : `${rng.token(10)}@${domain}`;
};

export const throwawayEmail = (rng: Rng): string => `${rng.token(rng.int(7, 12))}@${rng.pick(THROWAWAY)}`;

const UA = {
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  android:
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  windows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  wechat:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50',
  headless:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
};
export type UaKind = keyof typeof UA;

/** A device: the site's fingerprint script sets an id ~90 % of the time (blockers stop the rest). */
export function device(rng: Rng, kind?: UaKind): Device {
  const k =
    kind ??
    rng.weighted<UaKind>({ iphone: 34, android: 22, mac: 20, windows: 18, ipad: 6, wechat: 0, headless: 0 });
  return { userAgent: UA[k], ...(rng.chance(0.9) ? { id: `dv_${rng.token(18)}` } : {}) };
}

/** An existing account of the merchant: opened months or years ago, cards and devices on file. */
export interface Customer extends Buyer {
  id: string;
  createdAt: number;
  market: Market;
  home: Address;
  cards: HeldCard[];
  devices: Device[];
}

export function customer(rng: Rng, market: Market, now: number, maxAgeDays = 9 * 365): Customer {
  const name = nameIn(rng, market);
  const cards = [newCard(rng, market)];
  if (rng.chance(0.35)) cards.push(newCard(rng, market));
  const devices = [device(rng)];
  if (rng.chance(0.6)) devices.push(device(rng));
  return {
    id: `cus_${rng.token(12)}`,
    email: emailFor(rng, name, market),
    name,
    createdAt: now - Math.floor(rng.float(30, maxAgeDays) * DAY),
    market,
    home: addressIn(rng, market),
    cards,
    devices,
  };
}

/** The merchant's customer base for this window: one account for every three orders expected. */
export function customerBase(rng: Rng, now: number, orders: number): Customer[] {
  const weights = MARKET_LIST.map((m) => [m, MARKETS[m].weight] as const);
  return Array.from({ length: Math.max(20, Math.ceil(orders / 3)) }, (_, i) =>
    customer(rng.fork(`c${i}`), rng.weightedPick(weights), now),
  );
}
