import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, issuerOf, newCard } from './cards.js';
import { type Market, homeIn } from './places.js';
import { homeNetwork } from './networks.js';

/**
 * The store's customers: loyalty-card members and other accounts opened over the years, each with a home,
 * one or two cards, a phone and often a computer; and the names, e-mail addresses and devices that new
 * buyers arrive with.
 */

const FIRST = [
  'Camille',
  'Léa',
  'Manon',
  'Chloé',
  'Emma',
  'Inès',
  'Sarah',
  'Julie',
  'Laura',
  'Marie',
  'Nathalie',
  'Sophie',
  'Isabelle',
  'Céline',
  'Aurélie',
  'Amandine',
  'Lucie',
  'Anaïs',
  'Clara',
  'Zoé',
  'Fatima',
  'Yasmine',
  'Nadia',
  'Thomas',
  'Lucas',
  'Hugo',
  'Nicolas',
  'Julien',
  'Maxime',
  'Alexandre',
  'Antoine',
  'Kevin',
  'Romain',
  'Sébastien',
  'Pierre',
  'Philippe',
  'Olivier',
  'Christophe',
  'Mehdi',
  'Karim',
  'Yanis',
  'Théo',
  'Louis',
  'Mathieu',
  'Guillaume',
  'Jérôme',
  'Didier',
  'Mamadou',
  'Jean-Marc',
  'Loïc',
];
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'Andre',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Martinez',
  'Legrand',
  'Garnier',
  'Faure',
  'Rousseau',
  'Blanc',
  'Guerin',
  'Muller',
  'Henry',
  'Roussel',
  'Nicolas',
  'Perrin',
  'Morin',
  'Benali',
  'Haddad',
  'Nguyen',
  'Diallo',
  'Payet',
  'Hoarau',
  'Grondin',
  'Jacquet',
  'Peeters',
  'Janssens',
];

const PROVIDERS: Readonly<Record<Market, ReadonlyArray<readonly [string, number]>>> = {
  FR: [
    ['gmail.com', 40],
    ['orange.fr', 12],
    ['hotmail.fr', 10],
    ['free.fr', 6],
    ['yahoo.fr', 6],
    ['outlook.fr', 6],
    ['laposte.net', 4],
    ['sfr.fr', 4],
    ['wanadoo.fr', 3],
    ['icloud.com', 6],
    ['protonmail.com', 1],
  ],
  BE: [
    ['gmail.com', 5],
    ['skynet.be', 2],
    ['hotmail.be', 2],
    ['telenet.be', 1],
  ],
  LU: [
    ['gmail.com', 3],
    ['pt.lu', 1],
  ],
  CH: [
    ['gmail.com', 4],
    ['bluewin.ch', 3],
    ['hispeed.ch', 1],
  ],
  RE: [
    ['gmail.com', 4],
    ['orange.fr', 1],
    ['hotmail.fr', 1],
  ],
  GP: [
    ['gmail.com', 4],
    ['orange.fr', 1],
    ['wanadoo.fr', 1],
  ],
};

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

export interface Person {
  first: string;
  last: string;
  name: string;
}

export function person(rng: Rng, market: Market = 'FR'): Person {
  const first = rng.pick(FIRST);
  const last =
    market === 'BE' && rng.chance(0.3) ? rng.pick(['Peeters', 'Janssens', 'Maes', 'Claes']) : rng.pick(LAST);
  return { first, last, name: `${first} ${last}` };
}

/** An e-mail address as people make them: first.last, initials and birth years. */
export function emailOf(rng: Rng, who: Person, market: Market, provider?: string): string {
  const f = plain(who.first);
  const l = plain(who.last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 5],
    [`${f}${l}`, 2],
    [`${f.charAt(0)}${l}`, 2],
    [`${f}.${l}${rng.int(60, 99)}`, 2],
    [`${f}_${l}${rng.int(1, 99)}`, 1],
    [`${l}.${f}`, 1],
  ]);
  return `${local}@${provider ?? rng.weightedPick(PROVIDERS[market])}`;
}

/** A throwaway address: random letters and digits at a free provider or a disposable domain. */
export function throwawayEmail(rng: Rng, disposable = false): string {
  const domain = disposable
    ? rng.pick(['yopmail.com', 'yopmail.fr', 'jetable.org', 'mailinator.com', 'tempmail.dev'])
    : rng.pick(['gmail.com', 'outlook.com', 'hotmail.com', 'proton.me']);
  return `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 4))}@${domain}`;
}

const IPHONE = (v: string) =>
  `Mozilla/5.0 (iPhone; CPU iPhone OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v.split('_')[0]}.0 Mobile/15E148 Safari/604.1`;
const ANDROID = (model: string, chrome: number) =>
  `Mozilla/5.0 (Linux; Android 14; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome}.0.0.0 Mobile Safari/537.36`;
const WINDOWS = (chrome: number) =>
  `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome}.0.0.0 Safari/537.36`;
const MAC = `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15`;
const FIREFOX = (v: number) =>
  `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`;
/** The store's own app. */
const APP = (os: string) => `OhmSillon/7.${Math.abs(os.length % 5)}.2 (${os})`;

export type DeviceKind = 'phone' | 'computer' | 'app';

export function newDevice(rng: Rng, kind: DeviceKind, fingerprinted = 0.85): Device {
  const userAgent =
    kind === 'app'
      ? APP(rng.pick(['iOS 18.2', 'Android 14', 'iOS 17.6', 'Android 15']))
      : kind === 'phone'
        ? rng.chance(0.5)
          ? IPHONE(rng.pick(['18_2', '18_1', '17_6', '18_3']))
          : ANDROID(rng.pick(['SM-S921B', 'SM-A556B', 'Pixel 8', '23129RAA4G', 'CPH2581']), rng.int(128, 132))
        : rng.weightedPick<string>([
            [WINDOWS(rng.int(128, 132)), 6],
            [MAC, 3],
            [FIREFOX(rng.int(131, 134)), 1],
          ]);
  // The app always sends its install id; the web fingerprint script runs for most visitors.
  return kind === 'app' || rng.chance(fingerprinted)
    ? { id: `dev_${rng.token(20)}`, userAgent }
    : { userAgent };
}

export interface Account {
  id: string;
  email: string;
  name: string;
  person: Person;
  createdAt: number;
  market: Market;
  home: Address;
  homeNet: string;
  cards: HeldCard[];
  devices: Device[];
  loyalty: boolean;
  /** Loyalty points and gift-card balance held on the account, euro cents. */
  balance: number;
}

export function newAccount(rng: Rng, market: Market, createdAt: number): Account {
  const who = person(rng, market);
  const issuer = issuerOf(market);
  const cards = [newCard(rng, issuer)];
  if (rng.chance(0.3)) cards.push(newCard(rng, issuer));
  const devices = [newDevice(rng, rng.chance(0.35) ? 'app' : 'phone')];
  if (rng.chance(0.6)) devices.push(newDevice(rng, 'computer'));
  return {
    id: `cli_${rng.digits(8)}`,
    email: emailOf(rng, who, market),
    name: who.name,
    person: who,
    createdAt,
    market,
    home: homeIn(rng, market),
    homeNet: homeNetwork(rng, market),
    cards,
    devices,
    loyalty: rng.chance(0.7),
    balance: rng.chance(0.25) ? rng.int(5, 80) * 100 : 0,
  };
}

/** Where customers live, by share of orders. */
export const MARKET_SHARES: ReadonlyArray<readonly [Market, number]> = [
  ['FR', 83],
  ['BE', 6],
  ['LU', 1.5],
  ['CH', 4],
  ['RE', 3.5],
  ['GP', 2],
];

/**
 * The customer base: one account for about every two and a half orders expected, opened two months to twelve
 * years before the sales.
 */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const count = Math.max(60, Math.round(orders / 2.5));
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`a${i}`);
    const market = r.weightedPick(MARKET_SHARES);
    const opened = start - Math.floor(r.float(60, 12 * 365) * DAY);
    return newAccount(r, market, opened);
  });
}
