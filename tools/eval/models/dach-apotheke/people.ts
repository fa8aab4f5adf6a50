import { type Address, type Card, type Device } from '../kit/purchase.js';
import { market, type MarketCode } from './geo.js';
import { type Rng } from '../kit/random.js';

/** Names, e-mails, addresses, cards and devices of the shop's customers (and of those posing as them). */

const FIRST: Record<MarketCode, readonly string[]> = {
  DE: [
    'Ursula',
    'Monika',
    'Petra',
    'Sabine',
    'Anna',
    'Lena',
    'Klaus',
    'Jürgen',
    'Thomas',
    'Lukas',
    'Jonas',
    'Heike',
  ],
  AT: ['Maria', 'Elisabeth', 'Johanna', 'Franz', 'Josef', 'Stefan', 'Katharina', 'Florian'],
  CH: ['Ruth', 'Verena', 'Beat', 'Urs', 'Reto', 'Nina', 'Laura', 'Marco'],
  PL: ['Agnieszka', 'Katarzyna', 'Małgorzata', 'Piotr', 'Tomasz', 'Krzysztof', 'Zofia', 'Kacper'],
  CZ: ['Jana', 'Eva', 'Hana', 'Petr', 'Jiří', 'Tomáš', 'Tereza', 'Lucie'],
};
const LAST: Record<MarketCode, readonly string[]> = {
  DE: [
    'Müller',
    'Schmidt',
    'Schneider',
    'Fischer',
    'Weber',
    'Becker',
    'Hoffmann',
    'Schäfer',
    'Koch',
    'Richter',
  ],
  AT: ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler', 'Steiner', 'Moser'],
  CH: ['Meier', 'Keller', 'Brunner', 'Baumann', 'Frei', 'Zimmermann'],
  PL: ['Nowak', 'Kowalska', 'Wiśniewski', 'Wójcik', 'Kamińska', 'Lewandowski'],
  CZ: ['Novák', 'Svobodová', 'Dvořák', 'Černá', 'Procházka', 'Kučerová'],
};
const MAIL: Record<MarketCode, readonly string[]> = {
  DE: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'outlook.de', 'posteo.de'],
  AT: ['gmx.at', 'aon.at', 'gmail.com', 'chello.at'],
  CH: ['bluewin.ch', 'gmx.ch', 'gmail.com', 'hispeed.ch'],
  PL: ['wp.pl', 'onet.pl', 'o2.pl', 'gmail.com', 'interia.pl'],
  CZ: ['seznam.cz', 'email.cz', 'centrum.cz', 'gmail.com'],
};
export const RELAY = ['privaterelay.appleid.com', 'duck.com', 'mailbox.org', 'proton.me', 'simplelogin.com'];
export const JUNK = [
  'mailinator.com',
  'guerrillamail.com',
  'temp-mail.org',
  'yopmail.com',
  'sharklasers.com',
];

export interface Person {
  home: MarketCode;
  first: string;
  last: string;
  name: string;
  email: string;
  address: Address;
}

const ascii = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/[^a-z]/g, '');

export function addressIn(rng: Rng, c: MarketCode, city?: readonly [string, string]): Address {
  const m = market(c);
  const [name, prefix] = city ?? rng.pick(m.cities);
  const len = c === 'DE' || c === 'PL' || c === 'CZ' ? 5 : 4;
  const postalCode = (prefix + rng.digits(len)).slice(0, len);
  const street = rng.pick(m.streets);
  const line1 = c === 'PL' ? `${street} ${rng.int(1, 90)}/${rng.int(1, 40)}` : `${street} ${rng.int(1, 120)}`;
  return {
    country: c,
    postalCode: c === 'PL' ? `${postalCode.slice(0, 2)}-${postalCode.slice(2)}` : postalCode,
    city: name,
    line1,
  };
}

export function emailFor(rng: Rng, first: string, last: string, home: MarketCode): string {
  const f = ascii(first);
  const l = ascii(last);
  const local = rng.pick([
    `${f}.${l}`,
    `${f}${l}${rng.int(1940, 2004)}`,
    `${f[0] ?? 'x'}.${l}`,
    `${l}.${f}${rng.int(1, 99)}`,
  ]);
  return `${local}@${rng.pick(MAIL[home])}`;
}

export function personIn(rng: Rng, home: MarketCode): Person {
  const first = rng.pick(FIRST[home]);
  const last = rng.pick(LAST[home]);
  return {
    home,
    first,
    last,
    name: `${first} ${last}`,
    email: emailFor(rng, first, last, home),
    address: addressIn(rng, home),
  };
}

const ISSUERS: Record<string, ReadonlyArray<readonly [bin: string, brand: string]>> = {
  DE: [
    ['455600', 'visa'],
    ['522122', 'mastercard'],
    ['492910', 'visa'],
    ['535310', 'mastercard'],
  ],
  AT: [
    ['450875', 'visa'],
    ['540024', 'mastercard'],
  ],
  CH: [
    ['404159', 'visa'],
    ['520988', 'mastercard'],
  ],
  PL: [
    ['427358', 'visa'],
    ['516932', 'mastercard'],
  ],
  CZ: [
    ['417932', 'visa'],
    ['539140', 'mastercard'],
  ],
  US: [
    ['414720', 'visa'],
    ['542418', 'mastercard'],
    ['440066', 'visa'],
  ],
  GB: [
    ['475129', 'visa'],
    ['535522', 'mastercard'],
  ],
  FR: [
    ['497010', 'visa'],
    ['513691', 'mastercard'],
  ],
  LT: [['533110', 'mastercard']],
};

export function cardFrom(rng: Rng, country: string, bin?: string): Card {
  const [b, brand] = rng.pick(ISSUERS[country] ?? ISSUERS.DE ?? []);
  return { bin: bin ?? b, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}` };
}

const UA = {
  winChrome:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  winFirefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  android:
    'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  app: 'ApothekeApp/5.12.0 (Android 13; Pixel 6a)',
  appIos: 'ApothekeApp/5.12.0 (iOS 18.1; iPhone14,5)',
  headless:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36',
  script: 'python-requests/2.31.0',
  torBrowser: 'Mozilla/5.0 (Windows NT 10.0; rv:128.0) Gecko/20100101 Firefox/128.0',
};

/** Older customers sit at the desktop; younger ones use the phone or the app (which always sends a device id). */
export function deviceFor(rng: Rng, older: boolean): Device {
  const kind = older
    ? rng.weighted({ winChrome: 5, winFirefox: 2, macSafari: 1.5, iphone: 1, android: 1.5 })
    : rng.weighted({ iphone: 4, android: 3, app: 1.5, appIos: 1.5, macSafari: 1, winChrome: 1 });
  const app = kind === 'app' || kind === 'appIos';
  return { userAgent: UA[kind], ...(app || rng.chance(0.8) ? { id: `dev_${rng.token(20)}` } : {}) };
}

export function crookDevice(rng: Rng, style: 'script' | 'browser' | 'phone'): Device {
  if (style === 'script') return { userAgent: rng.chance(0.5) ? UA.script : UA.headless };
  if (style === 'phone') return { userAgent: rng.pick([UA.iphone, UA.android]), id: `dev_${rng.token(20)}` };
  return {
    userAgent: rng.pick([UA.winChrome, UA.torBrowser, UA.macSafari]),
    ...(rng.chance(0.6) ? { id: `dev_${rng.token(20)}` } : {}),
  };
}
