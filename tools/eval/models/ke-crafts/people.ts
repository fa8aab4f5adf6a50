import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { device, type Profile } from './devices.js';
import {
  ABROAD,
  type Currency,
  type Home,
  homeAbroad,
  kenyanHome,
  type Market,
  MARKETS,
  nairobiHome,
} from './places.js';

/**
 * The shop's customers: who they are, where they live, what they pay with and from which networks and
 * devices. The account base is drawn once per stream; repeat buyers, account takeovers and friendly fraud all
 * come from it. Guests and new accounts are drawn at checkout.
 */

const KE_FIRST = [
  'Faith',
  'Mercy',
  'Grace',
  'Joy',
  'Sharon',
  'Esther',
  'Caroline',
  'Purity',
  'Ann',
  'Cynthia',
  'Diana',
  'Beatrice',
  'Lucy',
  'Winnie',
  'Stacy',
  'Ivy',
  'Abigail',
  'Naomi',
  'Wanjiku',
  'Njeri',
  'Achieng',
  'Akinyi',
  'Chebet',
  'Mwende',
  'Moraa',
  'Kendi',
  'Fatuma',
  'Amina',
  'Zainab',
  'Brian',
  'Kevin',
  'Dennis',
  'Collins',
  'Joseph',
  'Peter',
  'John',
  'David',
  'Daniel',
  'Moses',
  'Victor',
  'Emmanuel',
  'Samuel',
  'Ian',
  'Felix',
  'Edwin',
  'Kamau',
  'Otieno',
  'Kiprop',
  'Mutua',
  'Hassan',
  'Salim',
  'Eric',
  'George',
  'Mark',
];

const KE_LAST = [
  'Wanjiru',
  'Njoroge',
  'Kamau',
  'Mwangi',
  'Kariuki',
  'Wambui',
  'Muthoni',
  'Nyambura',
  'Waweru',
  'Gitau',
  'Otieno',
  'Odhiambo',
  'Ochieng',
  'Onyango',
  'Omondi',
  'Atieno',
  'Adhiambo',
  'Owino',
  'Kiprop',
  'Kipchumba',
  'Chebet',
  'Jepkosgei',
  'Cherono',
  'Kibet',
  'Rotich',
  'Koech',
  'Langat',
  'Wafula',
  'Barasa',
  'Wekesa',
  'Naliaka',
  'Simiyu',
  'Wanyama',
  'Mutua',
  'Musyoka',
  'Mwende',
  'Kioko',
  'Wambua',
  'Ndunge',
  'Moraa',
  'Kerubo',
  'Nyaboke',
  'Ombati',
  'Mohamed',
  'Hassan',
  'Bakari',
  'Rashid',
  'Kinoti',
  'Mugambi',
  'Gatwiri',
  'Karimi',
  'Murithi',
  'Sankale',
  'Lemayian',
];

const WEST: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  US: [
    [
      'Emily',
      'Jessica',
      'Ashley',
      'Sarah',
      'Megan',
      'Lauren',
      'Rachel',
      'Michael',
      'Christopher',
      'Matthew',
      'Ryan',
      'Andrew',
      'Tyler',
      'Jennifer',
      'Karen',
      'Robert',
    ],
    [
      'Smith',
      'Johnson',
      'Williams',
      'Brown',
      'Miller',
      'Davis',
      'Anderson',
      'Thompson',
      'Martinez',
      'Garcia',
      'Wilson',
      'Moore',
      'Clark',
      'Walker',
      'Nelson',
      'Hughes',
    ],
  ],
  GB: [
    [
      'Oliver',
      'Harry',
      'Jack',
      'George',
      'Charlie',
      'James',
      'Thomas',
      'Sophie',
      'Emily',
      'Olivia',
      'Amelia',
      'Charlotte',
      'Lucy',
      'Hannah',
      'Chloe',
      'Fiona',
    ],
    [
      'Smith',
      'Jones',
      'Taylor',
      'Brown',
      'Williams',
      'Wilson',
      'Davies',
      'Robinson',
      'Wright',
      'Evans',
      'Walker',
      'White',
      'Roberts',
      'Green',
      'Hughes',
      'Campbell',
    ],
  ],
  DE: [
    [
      'Lukas',
      'Jonas',
      'Felix',
      'Maximilian',
      'Tobias',
      'Julia',
      'Anna',
      'Laura',
      'Lena',
      'Katharina',
      'Sarah',
      'Hannah',
      'Stefan',
      'Sabine',
    ],
    [
      'Müller',
      'Schmidt',
      'Schneider',
      'Fischer',
      'Weber',
      'Meyer',
      'Wagner',
      'Becker',
      'Schulz',
      'Hoffmann',
      'Koch',
      'Richter',
      'Klein',
      'Wolf',
    ],
  ],
  NL: [
    [
      'Daan',
      'Sem',
      'Lucas',
      'Bram',
      'Thijs',
      'Sanne',
      'Lotte',
      'Femke',
      'Eva',
      'Anouk',
      'Iris',
      'Maarten',
      'Ingrid',
    ],
    [
      'de Jong',
      'Jansen',
      'de Vries',
      'van den Berg',
      'van Dijk',
      'Bakker',
      'Visser',
      'Smit',
      'Meijer',
      'de Boer',
      'Mulder',
      'Bos',
      'Vos',
    ],
  ],
  FR: [
    ['Camille', 'Julien', 'Claire', 'Nicolas', 'Élodie', 'Thomas'],
    ['Martin', 'Bernard', 'Dubois', 'Durand', 'Lefèvre', 'Moreau'],
  ],
  SE: [
    ['Erik', 'Anna', 'Lars', 'Karin'],
    ['Andersson', 'Johansson', 'Karlsson', 'Nilsson'],
  ],
  CH: [
    ['Reto', 'Sandra', 'Beat', 'Nicole'],
    ['Meier', 'Keller', 'Huber', 'Brunner'],
  ],
  CA: [
    ['Liam', 'Emma', 'Noah', 'Chloé'],
    ['Tremblay', 'Roy', 'MacDonald', 'Campbell'],
  ],
};

export const kenyanName = (rng: Rng): string => `${rng.pick(KE_FIRST)} ${rng.pick(KE_LAST)}`;

export function westernName(rng: Rng, country: string): string {
  const [first, last] = WEST[country] ?? WEST.US ?? [['Sam'], ['Lee']];
  return `${rng.pick(first)} ${rng.pick(last)}`;
}

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z ]/g, '');

const FREE_MAIL: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  KE: [
    ['gmail.com', 82],
    ['yahoo.com', 9],
    ['outlook.com', 5],
    ['icloud.com', 4],
  ],
  US: [
    ['gmail.com', 55],
    ['yahoo.com', 14],
    ['outlook.com', 10],
    ['icloud.com', 14],
    ['hotmail.com', 7],
  ],
  GB: [
    ['gmail.com', 45],
    ['hotmail.co.uk', 16],
    ['outlook.com', 12],
    ['icloud.com', 12],
    ['btinternet.com', 6],
    ['yahoo.co.uk', 9],
  ],
  DE: [
    ['gmail.com', 32],
    ['web.de', 22],
    ['gmx.de', 22],
    ['t-online.de', 10],
    ['outlook.de', 8],
    ['icloud.com', 6],
  ],
  NL: [
    ['gmail.com', 48],
    ['hotmail.com', 18],
    ['outlook.com', 12],
    ['ziggo.nl', 8],
    ['kpnmail.nl', 6],
    ['icloud.com', 8],
  ],
};

/** An e-mail address for a name: first.last, an initial and the surname, or with a number, on a free provider. */
export function emailFor(rng: Rng, name: string, country: string, domain?: string): string {
  const parts = plain(name).split(' ').filter(Boolean);
  const first = parts[0] ?? 'mteja';
  const last = parts.slice(1).join('') || 'duka';
  const local = rng.weightedPick<string>([
    [`${first}.${last}`, 4],
    [`${first}${last}${rng.int(1, 99)}`, 3],
    [`${first[0]}${last}`, 2],
    [`${first}${rng.int(70, 2006)}`, 2],
    [`${last}.${first}`, 1],
  ]);
  return `${local}@${domain ?? rng.weightedPick(FREE_MAIL[country] ?? FREE_MAIL.US ?? [['gmail.com', 1]])}`;
}

export type Segment = 'kenyan' | 'expat' | 'diaspora' | 'tourist' | 'reseller' | 'corporate';

export interface Company {
  name: string;
  /** KRA PIN, VAT number or EIN. */
  taxId: string;
}

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  segment: Segment;
  home: Home;
  currency: Currency;
  locale: string;
  cards: HeldCard[];
  /** The address their cards are billed to, when not the delivery home (expats' banks at home). */
  billing: Address;
  device: Device;
  /** Home or office network, and the phone's carrier. */
  network: string;
  mobile: string;
  /** A VPN some expats keep on. */
  vpn?: string;
  company?: Company;
  /** The diaspora's relatives in Kenya, who receive their gifts. */
  family?: { name: string; home: Home };
  /** Where an expat is from. */
  origin?: string;
}

const accountId = (rng: Rng) => `cus_${rng.token(14)}`;

/** When an account was opened: days to years before the window, more of them recent. */
const openedBefore = (rng: Rng, start: number, minDays: number, maxDays: number) =>
  Math.floor(start - (minDays + (maxDays - minDays) * rng.next() ** 1.6) * DAY - rng.int(0, 86_399) * 1000);

const BROADBAND: Readonly<Record<Market, string>> = {
  KE: 'ke-fibre',
  US: 'us-cable',
  GB: 'gb-broadband',
  DE: 'de-broadband',
  NL: 'nl-broadband',
};

const MOBILE: Readonly<Record<Market, string>> = {
  KE: 'ke-mobile-1',
  US: 'us-mobile',
  GB: 'gb-mobile',
  DE: 'de-broadband',
  NL: 'nl-broadband',
};

export const kenyanMobile = (rng: Rng): string => (rng.chance(0.78) ? 'ke-mobile-1' : 'ke-mobile-2');

/** A home network abroad: cable or fibre in the US, the main broadband elsewhere. */
export const homeNetwork = (rng: Rng, m: Market): string =>
  m === 'KE'
    ? rng.weightedPick([
        ['ke-fibre', 5],
        ['ke-cable', 3],
      ])
    : m === 'US' && rng.chance(0.35)
      ? 'us-fibre'
      : BROADBAND[m];

export const mobileNetwork = (rng: Rng, m: Market): string => (m === 'KE' ? kenyanMobile(rng) : MOBILE[m]);

export function kenyan(rng: Rng, start: number, where?: (r: Rng) => Home): Account {
  const name = kenyanName(rng);
  const home = (where ?? kenyanHome)(rng);
  const cards = Array.from(
    {
      length: rng.weightedPick([
        [0, 55],
        [1, 35],
        [2, 10],
      ] as const),
    },
    () => newCard(rng, 'KE'),
  );
  const wired = rng.chance(home.area ? 0.45 : 0.25);
  return {
    id: accountId(rng),
    email: emailFor(rng, name, 'KE'),
    name,
    createdAt: openedBefore(rng, start, 20, 6 * 365),
    segment: 'kenyan',
    home,
    currency: 'KES',
    locale: 'en-KE',
    cards,
    billing: home.address,
    device: device(rng, 'kenyan'),
    network: rng.chance(0.04) ? 'ke-university' : wired ? homeNetwork(rng, 'KE') : kenyanMobile(rng),
    mobile: kenyanMobile(rng),
  };
}

const EXPAT_ORIGINS: ReadonlyArray<readonly [string, number]> = [
  ['US', 25],
  ['GB', 22],
  ['DE', 12],
  ['NL', 10],
  ['FR', 10],
  ['SE', 6],
  ['CH', 5],
  ['CA', 10],
];

export function expat(rng: Rng, start: number): Account {
  const origin = rng.weightedPick(EXPAT_ORIGINS);
  const name = westernName(rng, origin);
  const home = nairobiHome(rng, ['upmarket']);
  const cards = [newCard(rng, origin), ...(rng.chance(0.3) ? [newCard(rng, origin)] : [])];
  if (rng.chance(0.25)) cards.push(newCard(rng, 'KE'));
  const market = (ABROAD as readonly string[]).includes(origin) ? (origin as Market) : 'US';
  // Most keep their bank's statement address at home; some type their Nairobi address instead.
  const billing = rng.chance(0.6) ? homeAbroad(rng, market as Exclude<Market, 'KE'>).address : home.address;
  return {
    id: accountId(rng),
    email: emailFor(
      rng,
      name,
      market,
      rng.chance(0.25) ? rng.pick(['ngo-mail.org', 'devpartners.org', 'mission.net']) : undefined,
    ),
    name,
    createdAt: openedBefore(rng, start, 30, 4 * 365),
    segment: 'expat',
    home,
    currency: rng.chance(0.7) ? 'KES' : 'USD',
    locale: rng.chance(0.8) ? 'en-KE' : MARKETS[market].locale,
    cards,
    billing,
    device: device(rng, 'western'),
    network: 'ke-fibre',
    mobile: kenyanMobile(rng),
    ...(rng.chance(0.35) ? { vpn: rng.pick(['vpn-nl', 'vpn-de', 'vpn-us', 'vpn-gb']) } : {}),
    origin,
  };
}

const DIASPORA_WHERE: ReadonlyArray<readonly [Exclude<Market, 'KE'>, number]> = [
  ['US', 44],
  ['GB', 32],
  ['DE', 12],
  ['NL', 12],
];

export function diaspora(rng: Rng, start: number): Account {
  const market = rng.weightedPick(DIASPORA_WHERE);
  const name = kenyanName(rng);
  const home = homeAbroad(rng, market);
  const surname = name.split(' ').slice(1).join(' ');
  const relative = rng.chance(0.6) ? `${rng.pick(KE_FIRST)} ${surname}` : kenyanName(rng);
  const cards = [newCard(rng, market), ...(rng.chance(0.3) ? [newCard(rng, market)] : [])];
  if (rng.chance(0.15)) cards.push(newCard(rng, 'KE'));
  return {
    id: accountId(rng),
    email: emailFor(rng, name, rng.chance(0.7) ? 'KE' : market),
    name,
    createdAt: openedBefore(rng, start, 25, 5 * 365),
    segment: 'diaspora',
    home,
    currency: MARKETS[market].currency,
    locale: MARKETS[market].locale,
    cards,
    billing: home.address,
    device: device(rng, rng.chance(0.6) ? 'western' : 'kenyan'),
    network: homeNetwork(rng, market),
    mobile: mobileNetwork(rng, market),
    family: { name: relative, home: kenyanHome(rng) },
  };
}

const TOURIST_WHERE: ReadonlyArray<readonly [Exclude<Market, 'KE'>, number]> = [
  ['US', 36],
  ['GB', 30],
  ['DE', 19],
  ['NL', 15],
];

/** A tourist account, opened on the trip (weeks to a year ago) or at the first order (`openedAt`). */
export function tourist(rng: Rng, start: number, openedAt?: number): Account {
  const market = rng.weightedPick(TOURIST_WHERE);
  const name = westernName(rng, market);
  const home = homeAbroad(rng, market);
  return {
    id: accountId(rng),
    email: emailFor(rng, name, market),
    name,
    createdAt: openedAt ?? openedBefore(rng, start, 6, 330),
    segment: 'tourist',
    home,
    currency: MARKETS[market].currency,
    locale: MARKETS[market].locale,
    cards: [newCard(rng, market), ...(rng.chance(0.25) ? [newCard(rng, market)] : [])],
    billing: home.address,
    device: device(rng, 'western'),
    network: homeNetwork(rng, market),
    mobile: mobileNetwork(rng, market),
  };
}

const SHOPS: Readonly<Record<Exclude<Market, 'KE'>, readonly string[]>> = {
  US: [
    'Baobab & Co',
    'Fair Trade Corner',
    'Marigold Home Goods',
    'Global Threads Market',
    'Sisal & Sage',
    'Harvest Moon Gifts',
  ],
  GB: [
    'Brixton Basket Co',
    'Fairworld Gifts Ltd',
    'Hackney Home & Craft',
    'The Kikoy Company',
    'Meadow Lane Interiors',
  ],
  DE: ['Weltladen Südstadt', 'Handwerk & Welt GmbH', 'Korbwerk Berlin', 'Savanne Wohnen'],
  NL: ['Wereldwinkel Oost', 'Mooi Gemaakt B.V.', 'Mand & Meer', 'Atelier Zuid'],
};

const taxId = (rng: Rng, m: Market): string =>
  m === 'KE'
    ? `P05${rng.digits(7)}${rng.token(1, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}`
    : m === 'US'
      ? `${rng.digits(2)}-${rng.digits(7)}`
      : m === 'NL'
        ? `NL${rng.digits(9)}B01`
        : `${m}${rng.digits(9)}`;

const domainOf = (company: string, tld: string) =>
  `${plain(company)
    .replace(/\b(ltd|gmbh|bv|co|llp|and)\b/g, '')
    .replace(/ /g, '')}.${tld}`;

const TLD: Readonly<Record<Exclude<Market, 'KE'>, string>> = { US: 'com', GB: 'co.uk', DE: 'de', NL: 'nl' };

export function reseller(rng: Rng, start: number): Account {
  const market = rng.weightedPick<Exclude<Market, 'KE'>>([
    ['US', 35],
    ['GB', 30],
    ['DE', 18],
    ['NL', 17],
  ]);
  const shop = rng.pick(SHOPS[market]);
  const name = westernName(rng, market);
  const home = homeAbroad(rng, market);
  return {
    id: accountId(rng),
    email: emailFor(rng, name, market, rng.chance(0.75) ? domainOf(shop, TLD[market]) : undefined),
    name,
    createdAt: openedBefore(rng, start, 90, 6 * 365),
    segment: 'reseller',
    home,
    currency: MARKETS[market].currency,
    locale: MARKETS[market].locale,
    cards: [newCard(rng, market, 'credit')],
    billing: home.address,
    device: device(rng, 'office'),
    network: rng.chance(0.2) && market === 'NL' ? 'nl-office' : homeNetwork(rng, market),
    mobile: mobileNetwork(rng, market),
    company: { name: shop, taxId: taxId(rng, market) },
  };
}

const KE_COMPANIES = [
  'Twiga Freight Ltd',
  'Kilele Advisory LLP',
  'Bahari Insurance Brokers Ltd',
  'Nyota Health Foundation',
  'Mazingira Trust',
  'Pwani Agro Ltd',
  'Sokoni Digital Ltd',
  'Amani Development Partners',
  'Ngao Security Services Ltd',
  'Jabali Engineering Ltd',
  'Mvua Capital Ltd',
  'Safari Line Tours Ltd',
];

export function corporate(rng: Rng, start: number): Account {
  const company = rng.pick(KE_COMPANIES);
  const name = kenyanName(rng);
  const home = nairobiHome(rng, ['office', 'upmarket']);
  const tld =
    company.includes('Foundation') || company.includes('Trust') || company.includes('Partners')
      ? 'org'
      : 'co.ke';
  return {
    id: accountId(rng),
    email: emailFor(rng, name, 'KE', domainOf(company, tld)),
    name,
    createdAt: openedBefore(rng, start, 60, 4 * 365),
    segment: 'corporate',
    home,
    currency: 'KES',
    locale: 'en-KE',
    cards: rng.chance(0.6) ? [newCard(rng, 'KE', 'credit')] : [],
    billing: home.address,
    device: device(rng, 'office'),
    network: 'ke-business',
    mobile: kenyanMobile(rng),
    company: { name: company, taxId: taxId(rng, 'KE') },
  };
}

export interface People {
  kenyans: Account[];
  expats: Account[];
  diaspora: Account[];
  tourists: Account[];
  resellers: Account[];
  corporates: Account[];
}

/** The account base for a stream of `orders`: about one account for every two orders. */
export function customerBase(rng: Rng, start: number, orders: number): People {
  const n = (per2000: number) => Math.max(4, Math.round((per2000 * orders) / 2000));
  const many = (count: number, make: (r: Rng, s: number) => Account, fork: string) => {
    const r = rng.fork(fork);
    return Array.from({ length: count }, () => make(r, start));
  };
  return {
    kenyans: many(n(480), (r, s) => kenyan(r, s), 'kenyans'),
    expats: many(n(80), expat, 'expats'),
    diaspora: many(n(240), diaspora, 'diaspora'),
    tourists: many(n(90), (r, s) => tourist(r, s), 'tourists'),
    resellers: many(n(30), reseller, 'resellers'),
    corporates: many(n(28), corporate, 'corporates'),
  };
}

/** A checkout profile for a segment's devices. */
export const profileOf = (s: Segment): Profile =>
  s === 'kenyan' ? 'kenyan' : s === 'reseller' || s === 'corporate' ? 'office' : 'western';
