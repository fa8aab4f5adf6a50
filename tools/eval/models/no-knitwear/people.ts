import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { homeNetwork, type Network } from './networks.js';
import { addressIn, type City, cityIn, type Country } from './places.js';

/** Names, e-mail addresses, phones and devices by country, and the shop's accounts. */

const NAMES: Readonly<Record<string, readonly [string, string]>> = {
  NO: [
    'Ola Kari Ingrid Nora Emma Sofie Lars Jon Per Bjørn Knut Sigrid Astrid Marit Solveig Hanne Anne Tone Eirik Håkon Magnus Sindre Torbjørn Gunnar Liv Silje Ida Thea Mari Kristin Trond Geir Ragnhild Aud Turid Vegard Øystein Synnøve Camilla Åse',
    'Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Dahl Halvorsen Lund Strand Solberg Moen Bakken Kvamme Brekke Vik Tveit Myklebust Mjelde Tertnes Hordvik Haukeland Sandvik Fosse Bjørke Aarskog Nygård',
  ],
  SE: [
    'Anna Eva Maria Karin Sara Lena Kerstin Elsa Maja Astrid Erik Lars Karl Anders Johan Per Mikael Oskar',
    'Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Lindberg Lindqvist Berg',
  ],
  DK: [
    'Mette Hanne Lone Susanne Camilla Ida Freja Karen Søren Jens Mads Rasmus Henrik Anders Niels',
    'Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Madsen Kristensen',
  ],
  FI: [
    'Aino Helmi Sanna Laura Johanna Kaisa Mikko Juha Timo Jari Antti Ville',
    'Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen',
  ],
  DE: [
    'Sabine Petra Claudia Anna Lena Julia Katrin Ursula Thomas Michael Andreas Stefan Jörg Klaus Jan Lukas Felix',
    'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Neumann',
  ],
  NL: [
    'Anne Sanne Lisa Femke Marieke Ingrid Daan Jeroen Bas Pieter Sander Ruud Henk',
    'de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Bos',
  ],
  GB: [
    'Sarah Emma Claire Helen Fiona Catherine Margaret Lucy James David Andrew Robert Iain Callum Stuart Peter',
    'Smith Jones Taylor Brown Wilson Campbell Stewart Robertson Thomson Hughes Clarke Walker Wright Mackenzie Sinclair',
  ],
  US: [
    'Linda Karen Susan Nancy Carol Jennifer Kristin Ingrid Heather Amy Robert John David Mark Steven Erik Brian Gary Dale Jessica Ashley Tyler',
    'Olson Johnson Anderson Nelson Larson Peterson Hanson Halvorson Swenson Thompson Miller Smith Williams Brown Davis Martin Lee Garcia Nguyen',
  ],
  ES: ['Carmen Lucía Javier Antonio', 'García Fernández López Martínez'],
  RU: [
    'Ivan Dmitry Sergey Alexei Andrei Mikhail Olga Elena Natalia Anna Tatiana Maria',
    'Ivanov Smirnov Kuznetsov Popov Sokolov Volkov Morozov Lebedev Kozlov Novikov',
  ],
  BY: ['Aliaksandr Siarhei Dzmitry Volha Hanna Iryna', 'Kavalenka Novik Karpovich Melnik Shautsou Kazlou'],
  IR: ['Ali Reza Mohammad Sara Maryam Zahra Amir', 'Ahmadi Hosseini Rezaei Mohammadi Karimi Moradi'],
};

const split = (s: string) => (s.includes('|') ? s.split('|') : s.split(' '));

export interface Person {
  first: string;
  last: string;
  name: string;
}

export function personIn(rng: Rng, country: string): Person {
  const [firsts, lasts] = NAMES[country] ?? NAMES.US ?? ['Alex', 'Smith'];
  const first = rng.pick(split(firsts));
  let last = rng.pick(split(lasts));
  // Russian and Belarusian surnames agree with a woman's name.
  if ((country === 'RU' || country === 'BY') && /[ae]$/.test(first) && /(ov|ev|in|ou)$/.test(last))
    last = last.endsWith('ou') ? `${last.slice(0, -2)}ava` : `${last}a`;
  return { first, last, name: `${first} ${last}` };
}

const ASCII: Readonly<Record<string, string>> = {
  ø: 'o',
  å: 'a',
  æ: 'ae',
  ö: 'o',
  ä: 'a',
  ü: 'u',
  ß: 'ss',
  é: 'e',
};
export const plain = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[øåæöäüßé]/g, (ch) => ASCII[ch] ?? ch)
    .replace(/[^a-z0-9]/g, '');

const DOMAINS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  NO: [
    ['gmail.com', 40],
    ['hotmail.com', 16],
    ['online.no', 10],
    ['outlook.com', 8],
    ['icloud.com', 9],
    ['live.no', 5],
    ['yahoo.no', 3],
    ['broadpark.no', 1],
    ['uib.no', 1],
  ],
  SE: [
    ['gmail.com', 40],
    ['hotmail.se', 20],
    ['telia.com', 10],
    ['outlook.com', 10],
    ['icloud.com', 8],
  ],
  DK: [
    ['gmail.com', 40],
    ['hotmail.dk', 20],
    ['mail.dk', 10],
    ['outlook.dk', 8],
    ['icloud.com', 8],
  ],
  FI: [
    ['gmail.com', 45],
    ['hotmail.fi', 15],
    ['outlook.com', 10],
    ['kolumbus.fi', 3],
  ],
  DE: [
    ['gmx.de', 25],
    ['web.de', 25],
    ['t-online.de', 15],
    ['gmail.com', 25],
    ['posteo.de', 3],
  ],
  NL: [
    ['gmail.com', 35],
    ['ziggo.nl', 15],
    ['kpnmail.nl', 10],
    ['hotmail.nl', 15],
    ['outlook.com', 10],
  ],
  GB: [
    ['gmail.com', 35],
    ['btinternet.com', 15],
    ['hotmail.co.uk', 15],
    ['outlook.com', 10],
    ['sky.com', 6],
    ['icloud.com', 8],
  ],
  US: [
    ['gmail.com', 40],
    ['yahoo.com', 15],
    ['aol.com', 6],
    ['comcast.net', 8],
    ['outlook.com', 8],
    ['icloud.com', 10],
    ['msn.com', 3],
  ],
};

/** How people write their own address: first.last, initials, a birth year or a house number. */
export function emailOf(rng: Rng, p: Person, country: string): string {
  const f = plain(p.first);
  const l = plain(p.last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 30],
    [`${f}${l}`, 12],
    [`${f}.${l}${rng.int(40, 99)}`, 15],
    [`${f[0] ?? 'x'}${l}`, 12],
    [`${f}${rng.int(1950, 2005)}`, 10],
    [`${l}.${f}`, 6],
    [`${f}_${l}${rng.int(1, 9)}`, 5],
  ]);
  return `${local}@${rng.weightedPick(DOMAINS[country] ?? DOMAINS.US ?? [['gmail.com', 1]])}`;
}

const PHONE: Readonly<Record<string, (rng: Rng) => string>> = {
  NO: (r) => `+47${r.pick(['4', '9'])}${r.digits(7)}`,
  SE: (r) => `+467${r.pick(['0', '2', '3', '6'])}${r.digits(7)}`,
  DK: (r) => `+45${r.pick(['2', '3', '4', '5', '6'])}${r.digits(7)}`,
  FI: (r) => `+358${r.pick(['40', '44', '50'])}${r.digits(7)}`,
  DE: (r) => `+49${r.pick(['151', '160', '170', '176'])}${r.digits(8)}`,
  NL: (r) => `+316${r.digits(8)}`,
  GB: (r) => `+447${r.digits(9)}`,
  US: (r) => `+1${r.pick(['612', '651', '206', '312', '718', '503', '701', '563'])}${r.digits(7)}`,
  RU: (r) => `+79${r.digits(9)}`,
  BY: (r) => `+37529${r.digits(7)}`,
  IR: (r) => `+989${r.digits(9)}`,
};

export const phoneIn = (rng: Rng, country: string): string =>
  (PHONE[country] ?? ((r: Rng) => `+${r.int(7, 998)}${r.digits(9)}`))(rng);

const UA = {
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1',
  iphoneOld:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 Mobile/15E148 Safari/604.1',
  android:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/152.0.0.0 Mobile Safari/537.36',
  samsung:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/29.0 Chrome/148.0.0.0 Mobile Safari/537.36',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
  macChrome:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/153.0.0.0 Safari/537.36',
  windows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/153.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/153.0.0.0 Safari/537.36 Edg/153.0.0.0',
  firefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:151.0) Gecko/20100101 Firefox/151.0',
  headless:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/150.0.0.0 Safari/537.36',
} as const;

export type UaKind = keyof typeof UA;
export const userAgent = (k: UaKind): string => UA[k];

/** A device id from the shop's fingerprint script, unless a blocker stops it (one in seven). */
export const deviceId = (rng: Rng): string | undefined =>
  rng.chance(0.86) ? `fp_${rng.token(20)}` : undefined;

export function deviceOf(rng: Rng, kind: UaKind): Device {
  const id = deviceId(rng);
  return { userAgent: UA[kind], ...(id ? { id } : {}) };
}

/** What a shopper of an age and country browses on. */
export function consumerDevice(rng: Rng, older: boolean): Device {
  const kind = rng.weightedPick<UaKind>(
    older
      ? [
          ['ipad', 22],
          ['iphone', 18],
          ['iphoneOld', 8],
          ['windows', 16],
          ['edge', 10],
          ['mac', 12],
          ['samsung', 6],
          ['android', 8],
        ]
      : [
          ['iphone', 42],
          ['android', 16],
          ['samsung', 6],
          ['mac', 10],
          ['macChrome', 6],
          ['windows', 12],
          ['firefox', 3],
          ['ipad', 5],
        ],
  );
  return deviceOf(rng, kind);
}

/** A customer account, opened months or years before the season (or at the Bryggen till last summer). */
export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  country: Country;
  city: City;
  home: Address;
  phone: string;
  cards: HeldCard[];
  device: Device;
  network: Network;
  older: boolean;
  /** Signed up in the Bryggen shop during a cruise or Hurtigruten stop. */
  visitor: boolean;
}

const ACCOUNT_COUNTRIES: ReadonlyArray<readonly [Country, number]> = [
  ['NO', 52],
  ['SE', 6],
  ['DK', 4],
  ['FI', 2.5],
  ['DE', 8],
  ['NL', 4],
  ['GB', 7],
  ['US', 16.5],
];

/** One account for every three orders expected. */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const count = Math.max(60, Math.round(orders / 3));
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`a${i}`);
    const country = r.weightedPick(ACCOUNT_COUNTRIES);
    const person = personIn(r, country);
    const city = cityIn(r, country);
    const visitor = country !== 'NO' && r.chance(0.4);
    const older = r.chance(country === 'US' || visitor ? 0.6 : 0.35);
    // Visitors signed up between June and September; the rest one month to nine years ago.
    const age = visitor ? r.float(25, 135) * DAY : Math.min(9 * 365, 30 + r.exp(700)) * DAY;
    const cards = [newCard(r, country)];
    if (r.chance(0.3))
      cards.push(country === 'NO' && r.chance(0.35) ? newCard(r, 'LT') : newCard(r, country));
    return {
      id: `7${r.digits(12)}`,
      email: emailOf(r, person, country),
      name: person.name,
      createdAt: Math.floor(start - age),
      country,
      city,
      home: addressIn(r, country, city),
      phone: phoneIn(r, country),
      cards,
      device: consumerDevice(r, older),
      network: homeNetwork(r, country),
      older,
      visitor,
    };
  });
}

/** An account of one of `countries` that passes `ok`, or any account of them, or any at all. */
export function pickAccount(
  rng: Rng,
  accounts: readonly Account[],
  countries?: readonly Country[],
  ok: (a: Account) => boolean = () => true,
): Account {
  const inCountry = countries ? accounts.filter((a) => countries.includes(a.country)) : accounts;
  const fit = inCountry.filter(ok);
  return rng.pick(fit.length > 0 ? fit : inCountry.length > 0 ? inCountry : accounts);
}
