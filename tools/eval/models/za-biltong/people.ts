import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { type Network, networksOf } from './networks.js';
import { type City, DIASPORA, homeIn } from './places.js';

/**
 * The shop's people: South Africans of every community (Afrikaans, English, Zulu, Xhosa, Sotho, Tswana,
 * Indian and Cape Malay names), their e-mail providers (Gmail and Outlook, the old local ISPs' mailboxes,
 * work addresses), the phones and browsers they use (Android most, iPhones, in-app browsers from Black Friday
 * ads), and the account pool: accounts opened months or years ago, at home or abroad, with one or two cards,
 * a device, a home network and a phone network.
 */

const FIRST = {
  af: [
    'Johan',
    'Pieter',
    'Hendrik',
    'Riaan',
    'Werner',
    'Annelie',
    'Marietjie',
    'Elmarie',
    'Liezl',
    'Carike',
    'Jaco',
    'Ruan',
    'Anika',
    'Chantelle',
    'Francois',
    'Wilna',
  ],
  en: [
    'Kevin',
    'Bradley',
    'Nicole',
    'Megan',
    'Craig',
    'Gareth',
    'Lauren',
    'Tracey',
    'Sean',
    'Warren',
    'Kirsty',
    'Jenna',
    'Grant',
    'Dylan',
  ],
  ng: [
    'Thabo',
    'Sipho',
    'Lerato',
    'Nomvula',
    'Thandiwe',
    'Bongani',
    'Zanele',
    'Kagiso',
    'Palesa',
    'Mpho',
    'Sibusiso',
    'Ayanda',
    'Lwazi',
    'Nandi',
    'Tshepo',
    'Busisiwe',
  ],
  in: ['Prashen', 'Kavitha', 'Thirushen', 'Nikita', 'Ravi', 'Shanice', 'Kreshen', 'Priya'],
  cm: ['Fatima', 'Yusuf', 'Ridwaan', 'Shireen', 'Zaid', 'Nazeema', 'Tashreeq', 'Faeeza'],
};
const LAST = {
  af: [
    'van der Merwe',
    'Botha',
    'Pretorius',
    'du Plessis',
    'Steyn',
    'Venter',
    'Nel',
    'Joubert',
    'Coetzee',
    'Fourie',
    'Kruger',
    'van Wyk',
    'Swanepoel',
    'Jacobs',
  ],
  en: [
    'Smith',
    'Williams',
    'Naudé',
    'Taylor',
    'Brown',
    'Walker',
    'Adams',
    'Murray',
    'Cohen',
    'Ferreira',
    'da Silva',
    'Levin',
  ],
  ng: [
    'Nkosi',
    'Dlamini',
    'Ndlovu',
    'Mokoena',
    'Khumalo',
    'Mahlangu',
    'Mthembu',
    'Sithole',
    'Molefe',
    'Ngcobo',
    'Mbatha',
    'Zulu',
    'Mabaso',
    'Radebe',
    'Tshabalala',
  ],
  in: ['Naidoo', 'Pillay', 'Govender', 'Moodley', 'Reddy', 'Chetty', 'Singh'],
  cm: ['Abrahams', 'Isaacs', 'Hendricks', 'Petersen', 'Daniels', 'Solomons', 'Davids', 'Salie'],
};
type Community = keyof typeof FIRST;
const COMMUNITIES: ReadonlyArray<readonly [Community, number]> = [
  ['af', 30],
  ['en', 24],
  ['ng', 30],
  ['in', 8],
  ['cm', 8],
];
/** The diaspora is mostly Afrikaans- and English-speaking. */
const ABROAD: ReadonlyArray<readonly [Community, number]> = [
  ['af', 42],
  ['en', 38],
  ['ng', 9],
  ['in', 7],
  ['cm', 4],
];

export interface Person {
  first: string;
  last: string;
  name: string;
}

export function person(rng: Rng, abroad = false): Person {
  const c = rng.weightedPick(abroad ? ABROAD : COMMUNITIES);
  const first = rng.pick(FIRST[c]);
  const last = rng.pick(LAST[c]);
  return { first, last, name: `${first} ${last}` };
}

const LOCAL_MAIL: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 55],
  ['outlook.com', 10],
  ['icloud.com', 8],
  ['yahoo.com', 5],
  ['webmail.co.za', 5],
  ['mweb.co.za', 4],
  ['telkomsa.net', 3],
  ['vodamail.co.za', 3],
  ['iafrica.com', 2],
  ['hotmail.com', 5],
];
const MAIL_ABROAD: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  GB: [
    ['gmail.com', 50],
    ['hotmail.co.uk', 15],
    ['outlook.com', 15],
    ['icloud.com', 12],
    ['btinternet.com', 8],
  ],
  IE: [
    ['gmail.com', 60],
    ['outlook.com', 20],
    ['icloud.com', 12],
    ['eircom.net', 8],
  ],
  NL: [
    ['gmail.com', 55],
    ['outlook.com', 15],
    ['ziggo.nl', 10],
    ['icloud.com', 12],
    ['kpnmail.nl', 8],
  ],
  AU: [
    ['gmail.com', 55],
    ['bigpond.com', 12],
    ['outlook.com', 13],
    ['icloud.com', 15],
    ['optusnet.com.au', 5],
  ],
  NZ: [
    ['gmail.com', 55],
    ['xtra.co.nz', 15],
    ['outlook.com', 12],
    ['icloud.com', 13],
    ['hotmail.com', 5],
  ],
  US: [
    ['gmail.com', 60],
    ['yahoo.com', 10],
    ['outlook.com', 12],
    ['icloud.com', 15],
    ['comcast.net', 3],
  ],
  CA: [
    ['gmail.com', 60],
    ['hotmail.com', 10],
    ['outlook.com', 10],
    ['icloud.com', 12],
    ['shaw.ca', 8],
  ],
};

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');

/** An address as people make them: first.last, firstlast with digits, initial and surname. */
export function emailOf(rng: Rng, p: Person, country = 'ZA', domain?: string): string {
  const f = slug(p.first);
  const l = slug(p.last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 35],
    [`${f}${l}${rng.int(1, 99)}`, 20],
    [`${f.charAt(0)}${l}`, 20],
    [`${f}${rng.int(1970, 2006)}`, 15],
    [`${l}.${f}`, 10],
  ]);
  const mail = domain ?? rng.weightedPick(MAIL_ABROAD[country] ?? LOCAL_MAIL);
  return `${local}@${mail}`;
}

/** A fresh throwaway address: random letters and digits at a free provider. */
export const throwaway = (rng: Rng): string =>
  `${rng.token(rng.int(5, 9), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 4))}@${rng.weightedPick<string>(
    [
      ['gmail.com', 70],
      ['outlook.com', 15],
      ['yahoo.com', 10],
      ['proton.me', 5],
    ],
  )}`;

const ANDROID = [
  'SM-A546B',
  'SM-A155F',
  'SM-A256E',
  'SM-S921B',
  'SM-A057F',
  'Redmi Note 13',
  'HUAWEI P30 lite',
  'CPH2579',
  'V2250',
  'Pixel 8',
];
const CHROME = ['129.0.6668.100', '130.0.6723.107', '131.0.6778.81', '131.0.6778.104'];
const IOS = ['17_6_1', '18_0_1', '18_1', '18_1_1'];

export type Platform = 'android' | 'iphone' | 'windows' | 'mac' | 'in_app';

function userAgent(rng: Rng, platform: Platform): string {
  const chrome = rng.pick(CHROME);
  switch (platform) {
    case 'android':
      return rng.chance(0.25)
        ? `Mozilla/5.0 (Linux; Android 14; ${rng.pick(ANDROID)}) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36`
        : `Mozilla/5.0 (Linux; Android ${rng.pick(['12', '13', '14'])}; ${rng.pick(ANDROID)}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Mobile Safari/537.36`;
    case 'iphone': {
      const v = rng.pick(IOS);
      return `Mozilla/5.0 (iPhone; CPU iPhone OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v.split('_').slice(0, 2).join('.')} Mobile/15E148 Safari/604.1`;
    }
    case 'windows':
      return rng.chance(0.3)
        ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36 Edg/131.0.2903.70`
        : `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`;
    case 'mac':
      return 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
    default:
      return `Mozilla/5.0 (Linux; Android 14; ${rng.pick(ANDROID)}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${chrome} Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/489.0.0.55.75;]`;
  }
}

/** A device: the storefront's fingerprint script runs on most (`idShare`); South Africa shops on Android most. */
export function deviceOf(rng: Rng, platform?: Platform, idShare = 0.88): Device {
  const p =
    platform ??
    rng.weightedPick<Platform>([
      ['android', 46],
      ['iphone', 24],
      ['windows', 18],
      ['mac', 6],
      ['in_app', 6],
    ]);
  const id = rng.chance(idShare) ? `dv_${rng.token(20)}` : undefined;
  return { userAgent: userAgent(rng, p), ...(id ? { id } : {}) };
}

/** The phone networks and the home networks of a country. */
export const mobileOf = (rng: Rng, country: string): Network =>
  rng.pick(networksOf(country, 'mobile').length > 0 ? networksOf(country, 'mobile') : networksOf(country));
export const homeNetOf = (rng: Rng, country: string): Network =>
  rng.pick(networksOf(country, 'fixed').length > 0 ? networksOf(country, 'fixed') : networksOf(country));

export interface Account {
  id: string;
  email: string;
  name: string;
  person: Person;
  createdAt: number;
  country: string;
  home: Address;
  city: City;
  cards: HeldCard[];
  device: Device;
  /** A second device (a laptop at home, a tablet) for some. */
  laptop?: Device;
  homeNet: Network;
  mobile: Network;
}

/** Expats bank locally but many keep a South African card; Irish and Dutch app-bank cards are Lithuanian. */
function cardsFor(rng: Rng, country: string): HeldCard[] {
  if (['ZA', 'NA', 'BW'].includes(country))
    return rng.chance(0.3) ? [newCard(rng, country), newCard(rng, country)] : [newCard(rng, country)];
  const local = newCard(rng, ['IE', 'NL'].includes(country) && rng.chance(0.25) ? 'LT' : country);
  return rng.chance(0.4) ? [local, newCard(rng, 'ZA')] : [local];
}

export function accountIn(rng: Rng, country: string, start: number, opened?: number): Account {
  const abroad = country !== 'ZA';
  const p = person(rng, abroad && !['NA', 'BW'].includes(country));
  const { address, city } = homeIn(rng, country);
  const laptop = rng.chance(0.35) ? deviceOf(rng, rng.chance(0.7) ? 'windows' : 'mac') : undefined;
  return {
    id: `cus_${rng.token(14)}`,
    email: emailOf(rng, p, country),
    name: p.name,
    person: p,
    createdAt: opened ?? Math.floor(start - rng.float(20, 9 * 365) * DAY * (rng.chance(0.5) ? 0.35 : 1)),
    country,
    home: address,
    city,
    cards: cardsFor(rng, country),
    device: deviceOf(
      rng,
      rng.weightedPick<Platform>([
        ['android', 50],
        ['iphone', 32],
        ['windows', 12],
        ['mac', 6],
      ]),
    ),
    ...(laptop ? { laptop } : {}),
    homeNet: homeNetOf(rng, country),
    mobile: mobileOf(rng, country),
  };
}

export interface Customers {
  local: Account[];
  abroad: Account[];
  neighbours: Account[];
}

/** One account for every three orders expected: most at home, a fifth abroad, a few in Namibia and Botswana. */
export function customerBase(rng: Rng, start: number, orders: number): Customers {
  const count = Math.max(60, Math.round(orders / 3));
  const local: Account[] = [];
  const abroad: Account[] = [];
  const neighbours: Account[] = [];
  for (let k = 0; k < count; k++) {
    const r = rng.fork(`a${k}`);
    const x = r.next();
    if (x < 0.74) local.push(accountIn(r, 'ZA', start));
    else if (x < 0.95) abroad.push(accountIn(r, r.weightedPick(DIASPORA), start));
    else neighbours.push(accountIn(r, r.chance(0.6) ? 'NA' : 'BW', start));
  }
  return { local, abroad, neighbours };
}
