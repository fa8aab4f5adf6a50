import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { homeNetwork, type Network } from './networks.js';
import { cityAddress, PROVINCE_CODES, PROVINCES, type Prov, ruralAddress } from './places.js';

/**
 * The store's people: names as Canada has them (English, French, South Asian, Chinese, Filipino, Arabic,
 * Italian, Ukrainian, Indigenous family names…), e-mail addresses at the providers Canadians use, devices, and
 * the accounts the store already has, each with a home, one to three cards and one or two devices.
 */

const FIRST_EN = [
  'Emma',
  'Liam',
  'Olivia',
  'Noah',
  'Ava',
  'Ethan',
  'Chloe',
  'Lucas',
  'Sophie',
  'Owen',
  'Hannah',
  'Jack',
  'Megan',
  'Ryan',
  'Jessica',
  'Tyler',
  'Kayla',
  'Connor',
  'Brooke',
  'Logan',
  'Susan',
  'Michael',
  'Karen',
  'David',
  'Linda',
  'Brian',
  'Heather',
  'Kevin',
  'Shannon',
  'Darren',
  'Wendy',
  'Gord',
  'Doug',
  'Barb',
  'Colleen',
  'Trevor',
];
const FIRST_FR = [
  'Mathieu',
  'Gabriel',
  'Léa',
  'Camille',
  'Jérémie',
  'Émilie',
  'Olivier',
  'Marie-Ève',
  'Félix',
  'Justine',
  'Étienne',
  'Catherine',
  'Maxime',
  'Geneviève',
  'Alexandre',
  'Isabelle',
  'Sébastien',
  'Mélanie',
  'Simon',
  'Annie',
  'Francis',
  'Nathalie',
  'Jean-François',
  'Josée',
];
const FIRST_OTHER = [
  'Priya',
  'Arjun',
  'Harpreet',
  'Gurpreet',
  'Rohan',
  'Aisha',
  'Omar',
  'Fatima',
  'Mohammed',
  'Wei',
  'Jia',
  'Kevin',
  'Mei',
  'Jun',
  'Hao',
  'Angelica',
  'Mark Anthony',
  'Maricel',
  'Jericho',
  'Giulia',
  'Marco',
  'Oksana',
  'Taras',
  'Yusuf',
  'Nadia',
  'Kwame',
  'Adaeze',
  'Chinedu',
  'Min-jun',
  'Seo-yeon',
  'Sanjay',
  'Navdeep',
  'Tenzin',
  'Ali',
];
const LAST_EN = [
  'Smith',
  'Brown',
  'Wilson',
  'MacDonald',
  'Campbell',
  'Taylor',
  'Anderson',
  'Thompson',
  'Martin',
  'Stewart',
  'Young',
  'Clarke',
  'Fraser',
  'Robertson',
  'Murphy',
  'Walsh',
  'Kelly',
  'Reid',
  'Morrison',
  'Hughes',
  'Bennett',
  'Doucette',
  'Sinclair',
  'Cardinal',
  'Bear',
  'Sutherland',
];
const LAST_FR = [
  'Tremblay',
  'Gagnon',
  'Roy',
  'Côté',
  'Bouchard',
  'Gauthier',
  'Morin',
  'Lavoie',
  'Fortin',
  'Gagné',
  'Ouellet',
  'Pelletier',
  'Bélanger',
  'Lévesque',
  'Bergeron',
  'Leblanc',
  'Paquette',
  'Girard',
  'Simard',
  'Boucher',
  'Cormier',
];
const LAST_OTHER = [
  'Singh',
  'Patel',
  'Sharma',
  'Gill',
  'Sandhu',
  'Dhillon',
  'Khan',
  'Ahmed',
  'Hussain',
  'Wang',
  'Li',
  'Chen',
  'Zhang',
  'Liu',
  'Wong',
  'Chan',
  'Nguyen',
  'Tran',
  'Santos',
  'Reyes',
  'Dela Cruz',
  'Garcia',
  'Rossi',
  'Romano',
  'Kovalenko',
  'Shevchenko',
  'Mensah',
  'Okafor',
  'Kim',
  'Park',
  'Haddad',
  'Abdi',
];

export interface Person {
  first: string;
  last: string;
}

export function person(rng: Rng, prov: Prov): Person {
  const fr = prov === 'QC' ? 0.7 : prov === 'NB' ? 0.3 : 0.04;
  const other = ['ON', 'BC', 'AB'].includes(prov) ? 0.38 : 0.16;
  const roll = rng.next();
  const first =
    roll < fr ? rng.pick(FIRST_FR) : roll < fr + other ? rng.pick(FIRST_OTHER) : rng.pick(FIRST_EN);
  const lastRoll = rng.next();
  const last =
    lastRoll < fr ? rng.pick(LAST_FR) : lastRoll < fr + other ? rng.pick(LAST_OTHER) : rng.pick(LAST_EN);
  return { first, last };
}

export const fullName = (p: Person): string => `${p.first} ${p.last}`;

const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** Where Canadians keep their mail, by province (Québec loves Hotmail; the West its cable company's). */
function domain(rng: Rng, prov: Prov): string {
  return rng.weightedPick<string>([
    ['gmail.com', 40],
    ['hotmail.com', prov === 'QC' ? 24 : 11],
    ['outlook.com', 7],
    ['hotmail.ca', prov === 'QC' ? 6 : 2],
    ['live.ca', 2],
    ['yahoo.ca', 4],
    ['yahoo.com', 2],
    ['icloud.com', 8],
    ['me.com', 1],
    ['rogers.com', prov === 'ON' || prov === 'NB' || prov === 'NL' ? 4 : 0],
    ['sympatico.ca', prov === 'ON' || prov === 'QC' ? 2 : 0],
    ['bell.net', prov === 'ON' ? 2 : 0],
    ['videotron.ca', prov === 'QC' ? 5 : 0],
    ['shaw.ca', ['BC', 'AB', 'SK', 'MB'].includes(prov) ? 4 : 0],
    ['telus.net', ['BC', 'AB'].includes(prov) ? 3 : 0],
    ['eastlink.ca', ['NS', 'PE', 'NB'].includes(prov) ? 3 : 0],
    ['sasktel.net', prov === 'SK' ? 4 : 0],
    ['proton.me', 1],
    ['privaterelay.appleid.com', 2],
  ]);
}

export function emailOf(rng: Rng, p: Person, prov: Prov, at?: string): string {
  const f = ascii(p.first);
  const l = ascii(p.last);
  const d = at ?? domain(rng, prov);
  if (d === 'privaterelay.appleid.com') return `${rng.token(10)}@${d}`;
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 30],
    [`${f}${l}`, 15],
    [`${f}.${l}${rng.int(1, 99)}`, 15],
    [`${f.charAt(0)}${l}`, 12],
    [`${f}_${l}${rng.int(70, 2008)}`, 8],
    [`${l}.${f}`, 6],
    [`${f}${rng.int(1, 9999)}`, 8],
    [`${f}.${l.charAt(0)}`, 6],
  ]);
  return `${local}@${d}`;
}

/** Throw-away mail as fraud uses it, from the disposable services (French ones too). */
export const THROWAWAY = [
  'mailinator.com',
  'yopmail.com',
  'guerrillamail.com',
  'sharklasers.com',
  '10minutemail.com',
  'trashmail.com',
  'dispostable.com',
  'tempmail.dev',
  'maildrop.cc',
];

/** A disposable address: random letters, or a name with digits. */
export function throwawayEmail(rng: Rng, p: Person): string {
  const local = rng.chance(0.5) ? rng.token(rng.int(7, 12)) : `${ascii(p.first)}${rng.digits(4)}`;
  return `${local}@${rng.pick(THROWAWAY)}`;
}

/** A real-looking address a careful fraudster opens for each run (a name that is not the cardholder's). */
export function freshLookingEmail(rng: Rng): string {
  const f = ascii(rng.pick([...FIRST_EN, ...FIRST_OTHER]));
  const l = ascii(rng.pick([...LAST_EN, ...LAST_OTHER]));
  const local = rng.pick([
    `${f}.${l}${rng.int(1, 99)}`,
    `${f}${l}${rng.int(80, 2004)}`,
    `${f}${rng.digits(3)}`,
  ]);
  return `${local}@${rng.pick(['gmail.com', 'gmail.com', 'outlook.com', 'hotmail.com', 'proton.me', 'yahoo.com'])}`;
}

const UA = {
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1',
  iphoneOld:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
  android:
    'Mozilla/5.0 (Linux; Android 15; SM-S921W) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  pixel:
    'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  windows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  firefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1',
  chromebook:
    'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  appIos: 'LakeshoreApp/7.4.1 (iOS 18.2; iPhone16,1)',
  appAndroid: 'LakeshoreApp/7.4.0 (Android 15; SM-S926W)',
} as const;

/** Headless and automation user agents, as sloppy bots leave them. */
export const BOT_UA = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36',
  'python-requests/2.32.3',
] as const;

export const deviceId = (rng: Rng): string => `d_${rng.token(20)}`;

/** A device as the checkout sees it: the app always sends its id; the web fingerprint script most of the time. */
export function newDevice(rng: Rng): Device {
  const ua = rng.weightedPick<string>([
    [UA.iphone, 26],
    [UA.iphoneOld, 4],
    [UA.android, 12],
    [UA.pixel, 4],
    [UA.windows, 20],
    [UA.edge, 6],
    [UA.firefox, 3],
    [UA.mac, 11],
    [UA.ipad, 4],
    [UA.chromebook, 2],
    [UA.appIos, 6],
    [UA.appAndroid, 2],
  ]);
  const app = ua.startsWith('LakeshoreApp');
  return { userAgent: ua, ...(app || rng.chance(0.88) ? { id: deviceId(rng) } : {}) };
}

/** The same kind of device with a new id: what an emulator farm or anti-detect browser shows. */
export const spoofedDevice = (rng: Rng): Device => ({
  userAgent: rng.pick([UA.iphone, UA.windows, UA.mac, UA.android]),
  id: deviceId(rng),
});

export type Locale = 'en-CA' | 'fr-CA';

export interface Account {
  id: string;
  email: string;
  name: string;
  person: Person;
  createdAt: number;
  prov: Prov;
  home: Address;
  rural: boolean;
  cards: HeldCard[];
  devices: Device[];
  network: Network;
  locale: Locale;
  /** Students on a campus network. */
  student: boolean;
}

export function provinceOf(rng: Rng): Prov {
  return rng.weightedPick(PROVINCE_CODES.map((c) => [c, PROVINCES[c].share] as const));
}

export function localeOf(rng: Rng, prov: Prov): Locale {
  return rng.chance(PROVINCES[prov].french) ? 'fr-CA' : 'en-CA';
}

/** A household's cards: mostly Canadian credit cards, now and then a Visa or Mastercard debit. */
export function homeCards(rng: Rng, n: number): HeldCard[] {
  return Array.from({ length: n }, () => newCard(rng, 'CA', rng.chance(0.14) ? 'debit' : 'credit'));
}

/** Someone who lives in Canada, with a home, cards, devices and the household's network. */
export function resident(rng: Rng, prov?: Prov) {
  const pr = prov ?? provinceOf(rng);
  const who = person(rng, pr);
  const rural = rng.chance(pr === 'NU' || pr === 'NT' || pr === 'YT' ? 0.45 : 0.09);
  const home = rural ? ruralAddress(rng, pr) : cityAddress(rng, pr);
  const network = rural && rng.chance(0.6) ? homeNetwork(rng, 'NU') : homeNetwork(rng, pr);
  return {
    person: who,
    prov: pr,
    home,
    rural,
    network,
    locale: localeOf(rng, pr),
    cards: homeCards(
      rng,
      rng.weightedPick([
        [1, 55],
        [2, 35],
        [3, 10],
      ] as const),
    ),
    devices: Array.from({ length: rng.chance(0.45) ? 2 : 1 }, () => newDevice(rng)),
  };
}

/**
 * The accounts the store has: one per three orders expected, opened from a month to twelve years before the
 * window (most in the last four), a tenth of them students.
 */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const n = Math.max(30, Math.round(orders / 3));
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`a${i}`);
    const res = resident(r);
    const ageDays = r.chance(0.7) ? r.int(30, 4 * 365) : r.int(4 * 365, 12 * 365);
    return {
      id: `C${(1_400_000 + i * 7 + r.int(0, 6)).toString()}`,
      email: emailOf(r, res.person, res.prov),
      name: fullName(res.person),
      person: res.person,
      createdAt: start - ageDays * DAY - r.int(0, DAY),
      prov: res.prov,
      home: res.home,
      rural: res.rural,
      cards: res.cards,
      devices: res.devices,
      network: res.network,
      locale: res.locale,
      student: r.chance(0.1),
    };
  });
}
