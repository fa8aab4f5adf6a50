import { type Address, type Card, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { homeNetworks, type Network } from './networks.js';
import { homeAddress, type Market, MARKET_CODES, MARKETS } from './places.js';

/** Names, e-mail providers, cards, devices and the shop's account base. */

const FIRST: Readonly<Record<Market, readonly string[]>> = {
  DE: [
    'Lukas',
    'Anna',
    'Jonas',
    'Lea',
    'Felix',
    'Marie',
    'Maximilian',
    'Sophie',
    'Paul',
    'Laura',
    'Tobias',
    'Katrin',
    'Stefan',
    'Sabine',
    'Jürgen',
    'Ursula',
    'Mehmet',
    'Ayşe',
    'Piotr',
    'Hannah',
  ],
  AT: ['Florian', 'Magdalena', 'Lorenz', 'Theresa', 'Johann', 'Katharina', 'Matthias', 'Elisabeth'],
  CH: ['Luca', 'Noah', 'Mia', 'Lena', 'Reto', 'Corinne', 'Urs', 'Beatrice', 'Nicolas', 'Chiara'],
  NL: ['Daan', 'Sanne', 'Bram', 'Lotte', 'Thijs', 'Femke', 'Jeroen', 'Anouk'],
  BE: ['Wout', 'Elke', 'Pieter', 'Julie', 'Arnaud', 'Lien'],
  DK: ['Mads', 'Freja', 'Rasmus', 'Ida', 'Søren', 'Mette'],
  SE: ['Erik', 'Elsa', 'Oskar', 'Maja', 'Johan', 'Linnea'],
  FR: ['Julien', 'Camille', 'Antoine', 'Claire', 'Mathieu', 'Élodie'],
  IT: ['Marco', 'Giulia', 'Matteo', 'Francesca', 'Andrea', 'Chiara'],
};

const LAST: Readonly<Record<Market, readonly string[]>> = {
  DE: [
    'Müller',
    'Schmidt',
    'Schneider',
    'Fischer',
    'Weber',
    'Meyer',
    'Wagner',
    'Becker',
    'Hoffmann',
    'Schulz',
    'Koch',
    'Richter',
    'Klein',
    'Wolf',
    'Yılmaz',
    'Kowalski',
    'Neumann',
    'Braun',
    'Zimmermann',
    'Krüger',
  ],
  AT: ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler', 'Steiner', 'Moser', 'Hofer'],
  CH: ['Meier', 'Keller', 'Brunner', 'Baumann', 'Frei', 'Gerber', 'Widmer', 'Müller', 'Rossi', 'Favre'],
  NL: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Mulder'],
  BE: ['Peeters', 'Janssens', 'Maes', 'Dubois', 'Claes', 'Willems'],
  DK: ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Larsen'],
  SE: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson'],
  FR: ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent', 'Muller'],
  IT: ['Rossi', 'Russo', 'Ferrari', 'Bianchi', 'Romano', 'Gruber'],
};

const MAIL: Readonly<Record<Market, ReadonlyArray<readonly [string, number]>>> = {
  DE: [
    ['gmx.de', 25],
    ['web.de', 25],
    ['t-online.de', 12],
    ['gmail.com', 22],
    ['outlook.de', 6],
    ['posteo.de', 4],
    ['icloud.com', 6],
  ],
  AT: [
    ['gmx.at', 30],
    ['gmail.com', 35],
    ['aon.at', 12],
    ['chello.at', 8],
    ['icloud.com', 15],
  ],
  CH: [
    ['bluewin.ch', 35],
    ['gmail.com', 30],
    ['gmx.ch', 15],
    ['icloud.com', 12],
    ['hispeed.ch', 8],
  ],
  NL: [
    ['gmail.com', 45],
    ['hotmail.com', 20],
    ['ziggo.nl', 15],
    ['kpnmail.nl', 10],
    ['outlook.com', 10],
  ],
  BE: [
    ['gmail.com', 45],
    ['telenet.be', 30],
    ['skynet.be', 10],
    ['hotmail.com', 15],
  ],
  DK: [
    ['gmail.com', 50],
    ['hotmail.com', 20],
    ['live.dk', 15],
    ['mail.dk', 15],
  ],
  SE: [
    ['gmail.com', 50],
    ['hotmail.com', 20],
    ['telia.com', 15],
    ['live.se', 15],
  ],
  FR: [
    ['gmail.com', 45],
    ['orange.fr', 20],
    ['free.fr', 15],
    ['laposte.net', 10],
    ['hotmail.fr', 10],
  ],
  IT: [
    ['gmail.com', 45],
    ['libero.it', 25],
    ['virgilio.it', 10],
    ['hotmail.it', 10],
    ['alice.it', 10],
  ],
};

const ASCII: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  é: 'e',
  è: 'e',
  ø: 'o',
  å: 'a',
  ı: 'i',
  ş: 's',
  É: 'e',
};
export const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[äöüßéèøåışÉ]/g, (c) => ASCII[c] ?? c)
    .replace(/[^a-z0-9]+/g, '');

export interface Person {
  first: string;
  last: string;
  name: string;
}

export function person(rng: Rng, market: Market): Person {
  const first = rng.pick(FIRST[market]);
  const last = rng.pick(LAST[market]);
  return { first, last, name: `${first} ${last}` };
}

/** An e-mail the way people make them: first.last, initial and last, a birth year or a nickname. */
export function emailOf(rng: Rng, p: Person, market: Market): string {
  const domain = rng.weightedPick(MAIL[market]);
  const f = slug(p.first);
  const l = slug(p.last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 40],
    [`${f.charAt(0)}${l}`, 15],
    [`${f}${l}${rng.int(60, 99)}`, 15],
    [`${f}.${l}${rng.int(1, 9)}`, 10],
    [`${l}.${f}`, 8],
    [`${f}_${rng.token(4)}`, 12],
  ]);
  return `${local}@${domain}`;
}

/** A phone number in the market's format. */
export function phoneOf(rng: Rng, market: Market): string {
  const prefix: Record<Market, string> = {
    DE: `+49 1${rng.pick(['51', '52', '60', '70', '76', '57'])}`,
    AT: '+43 664',
    CH: `+41 7${rng.pick(['6', '8', '9'])}`,
    NL: '+31 6',
    BE: '+32 47',
    DK: '+45 2',
    SE: '+46 70',
    FR: '+33 6',
    IT: '+39 3',
  };
  return `${prefix[market]} ${rng.digits(7)}`;
}

/** Issuer ranges (BIN and brand) by card country; this model's own lists. */
export const BINS: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  DE: [
    ['454617', 'visa'],
    ['492910', 'visa'],
    ['535110', 'mastercard'],
    ['520473', 'mastercard'],
    ['476173', 'visa'],
    ['552020', 'mastercard'],
    ['375001', 'amex'],
  ],
  AT: [
    ['410162', 'visa'],
    ['534602', 'mastercard'],
    ['490762', 'visa'],
  ],
  CH: [
    ['404171', 'visa'],
    ['546321', 'mastercard'],
    ['426510', 'visa'],
  ],
  NL: [
    ['455600', 'visa'],
    ['535521', 'mastercard'],
    ['417631', 'visa'],
  ],
  BE: [
    ['471542', 'visa'],
    ['518750', 'mastercard'],
  ],
  DK: [
    ['457103', 'visa'],
    ['521899', 'mastercard'],
  ],
  SE: [
    ['459856', 'visa'],
    ['537012', 'mastercard'],
  ],
  FR: [
    ['497010', 'visa'],
    ['513283', 'mastercard'],
    ['497401', 'visa'],
  ],
  IT: [
    ['402360', 'visa'],
    ['532514', 'mastercard'],
  ],
  GB: [
    ['465901', 'visa'],
    ['522183', 'mastercard'],
  ],
  US: [
    ['414720', 'visa'],
    ['440066', 'visa'],
    ['542418', 'mastercard'],
    ['379710', 'amex'],
  ],
  PL: [
    ['455011', 'visa'],
    ['516360', 'mastercard'],
  ],
  IR: [['603799', 'shetab']],
  CU: [['920191', 'local']],
};

export function cardFrom(rng: Rng, country: string, bin?: readonly [string, string]): Card {
  const [b, brand] = bin ?? rng.pick(BINS[country] ?? BINS.DE!);
  return { bin: b, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}` };
}

const UA = {
  winChrome:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Safari/537.36',
  winFirefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:136.0) Gecko/20100101 Firefox/136.0',
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15',
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 Mobile/15E148 Safari/604.1',
  android:
    'Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Mobile Safari/537.36',
  androidOld:
    'Mozilla/5.0 (Linux; Android 11; M2007J20CG) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
  linuxFirefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:136.0) Gecko/20100101 Firefox/136.0',
  headless:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/133.0.0.0 Safari/537.36',
} as const;
export { UA as USER_AGENTS };

/** A browser a shopper uses; the shop's fingerprint script sends a device id most of the time. */
export function deviceOf(rng: Rng, agents?: readonly string[]): Device {
  const userAgent = agents
    ? rng.pick(agents)
    : rng.weightedPick<string>([
        [UA.iphone, 30],
        [UA.android, 22],
        [UA.winChrome, 18],
        [UA.macSafari, 12],
        [UA.winFirefox, 6],
        [UA.ipad, 6],
        [UA.androidOld, 4],
        [UA.linuxFirefox, 2],
      ]);
  return { userAgent, ...(rng.chance(0.92) ? { id: `dev_${rng.token(20)}` } : {}) };
}

export interface Account {
  id: string;
  person: Person;
  email: string;
  createdAt: number;
  market: Market;
  home: Address;
  phone: string;
  cards: Card[];
  devices: Device[];
  network: Network;
}

/** One account per three orders expected, opened two weeks to nine years before the stream. */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const count = Math.max(30, Math.round(orders / 3));
  const weights = MARKET_CODES.map((m) => [m, MARKETS[m].share] as const);
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`a${i}`);
    const market = r.weightedPick(weights);
    const who = person(r, market);
    const cards = [cardFrom(r, market)];
    if (r.chance(0.3)) cards.push(cardFrom(r, market));
    const devices = [deviceOf(r)];
    if (r.chance(0.4)) devices.push(deviceOf(r));
    return {
      id: `RW-${1_040_211 + i * 13 + r.int(0, 12)}`,
      person: who,
      email: emailOf(r, who, market),
      createdAt: start - Math.floor(r.float(14, 9 * 365) * DAY),
      market,
      home: homeAddress(r, market),
      phone: phoneOf(r, market),
      cards,
      devices,
      network: r.pick(homeNetworks(market)),
    };
  });
}

/** An account drawn with a lean towards the first ones (the shop's loyal core). */
export const loyal = (rng: Rng, base: readonly Account[]): Account =>
  base[Math.floor(base.length * rng.next() ** 1.8)] ?? base[0]!;
