import { type Address, type Card, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency } from './catalogue.js';
import { address, type Network, networkOf } from './networks.js';

/** Markets, names, cards, devices and the shop's base of accounts. */

export interface Market {
  currency: Currency;
  /** UTC offset in late spring (summer time). */
  tz: number;
  locale: string;
  cities: ReadonlyArray<readonly [string, string]>;
  streets: readonly string[];
  first: readonly string[];
  last: readonly string[];
  mail: readonly string[];
}

const FI_FIRST = [
  'Matti',
  'Juha',
  'Mikko',
  'Timo',
  'Jari',
  'Antti',
  'Sari',
  'Anna',
  'Päivi',
  'Tiina',
  'Johanna',
  'Laura',
  'Heikki',
  'Pekka',
  'Minna',
  'Ville',
  'Kirsi',
  'Eero',
  'Aino',
  'Janne',
];
const FI_LAST = [
  'Korhonen',
  'Virtanen',
  'Mäkinen',
  'Nieminen',
  'Mäkelä',
  'Hämäläinen',
  'Laine',
  'Heikkinen',
  'Koskinen',
  'Järvinen',
  'Lehtonen',
  'Saarinen',
  'Salminen',
  'Heinonen',
  'Niemi',
  'Kinnunen',
  'Lindholm',
  'Karjalainen',
];

export const MARKETS: Record<string, Market> = {
  FI: {
    currency: 'EUR',
    tz: 3,
    locale: 'fi-FI',
    cities: [
      ['Helsinki', '00100'],
      ['Espoo', '02100'],
      ['Vantaa', '01300'],
      ['Tampere', '33100'],
      ['Turku', '20100'],
      ['Oulu', '90100'],
      ['Jyväskylä', '40100'],
      ['Kuopio', '70100'],
      ['Lahti', '15100'],
      ['Pori', '28100'],
      ['Joensuu', '80100'],
      ['Seinäjoki', '60100'],
      ['Hämeenlinna', '13100'],
      ['Vaasa', '65100'],
    ],
    streets: [
      'Koivukuja',
      'Mäntytie',
      'Kauppakatu',
      'Rantatie',
      'Kirkkokatu',
      'Pihlajatie',
      'Hämeenkatu',
      'Satamakatu',
      'Peltotie',
      'Kuusitie',
    ],
    first: FI_FIRST,
    last: FI_LAST,
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'luukku.com', 'elisanet.fi', 'icloud.com'],
  },
  EE: {
    currency: 'EUR',
    tz: 3,
    locale: 'et-EE',
    cities: [
      ['Tallinn', '10111'],
      ['Tartu', '50090'],
      ['Pärnu', '80010'],
    ],
    streets: ['Pärnu mnt', 'Narva mnt', 'Tartu mnt'],
    first: ['Kristjan', 'Mart', 'Kadri', 'Liis', 'Andres'],
    last: ['Tamm', 'Saar', 'Sepp', 'Kask', 'Mägi'],
    mail: ['gmail.com', 'hot.ee', 'mail.ee'],
  },
  LV: {
    currency: 'EUR',
    tz: 3,
    locale: 'lv-LV',
    cities: [
      ['Rīga', 'LV-1050'],
      ['Jūrmala', 'LV-2015'],
      ['Cēsis', 'LV-4101'],
    ],
    streets: ['Brīvības iela', 'Elizabetes iela', 'Jomas iela'],
    first: ['Jānis', 'Andris', 'Ilze', 'Līga', 'Kārlis'],
    last: ['Bērziņš', 'Kalniņš', 'Ozols', 'Liepa', 'Krūmiņa'],
    mail: ['gmail.com', 'inbox.lv'],
  },
  LT: {
    currency: 'EUR',
    tz: 3,
    locale: 'lt-LT',
    cities: [
      ['Vilnius', 'LT-01100'],
      ['Kaunas', 'LT-44280'],
      ['Klaipėda', 'LT-91100'],
    ],
    streets: ['Gedimino pr.', 'Laisvės al.', 'Taikos pr.'],
    first: ['Tomas', 'Mantas', 'Rūta', 'Jurgita', 'Darius'],
    last: ['Kazlauskas', 'Petrauskas', 'Jankauskas', 'Žukauskienė', 'Stankevičius'],
    mail: ['gmail.com', 'one.lt'],
  },
  SE: {
    currency: 'SEK',
    tz: 2,
    locale: 'sv-SE',
    cities: [
      ['Stockholm', '114 35'],
      ['Göteborg', '411 06'],
      ['Uppsala', '753 20'],
      ['Umeå', '903 26'],
      ['Luleå', '972 31'],
    ],
    streets: ['Storgatan', 'Kungsgatan', 'Strandvägen', 'Björkvägen'],
    first: ['Erik', 'Lars', 'Anna', 'Karin', 'Johan', 'Maria', 'Anders'],
    last: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Lindqvist', 'Berg'],
    mail: ['gmail.com', 'hotmail.se', 'telia.com', 'outlook.com'],
  },
  NO: {
    currency: 'NOK',
    tz: 2,
    locale: 'nb-NO',
    cities: [
      ['Oslo', '0150'],
      ['Bergen', '5003'],
      ['Trondheim', '7011'],
      ['Tromsø', '9008'],
    ],
    streets: ['Storgata', 'Kirkeveien', 'Bjørkeveien', 'Sjøgata'],
    first: ['Ole', 'Lars', 'Kari', 'Ingrid', 'Jon', 'Silje'],
    last: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Berg', 'Haugen'],
    mail: ['gmail.com', 'online.no', 'hotmail.com'],
  },
  DE: {
    currency: 'EUR',
    tz: 2,
    locale: 'de-DE',
    cities: [
      ['Hamburg', '20095'],
      ['Berlin', '10115'],
      ['München', '80331'],
      ['Köln', '50667'],
      ['Kiel', '24103'],
      ['Freiburg', '79098'],
    ],
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Birkenweg', 'Gartenstraße'],
    first: ['Thomas', 'Stefan', 'Sabine', 'Andrea', 'Jens', 'Katrin'],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker'],
    mail: ['gmx.de', 'web.de', 't-online.de', 'gmail.com'],
  },
  NL: {
    currency: 'EUR',
    tz: 2,
    locale: 'nl-NL',
    cities: [
      ['Amsterdam', '1012 AB'],
      ['Utrecht', '3511 AA'],
      ['Groningen', '9711 AA'],
      ['Eindhoven', '5611 AA'],
    ],
    streets: ['Dorpsstraat', 'Kerkstraat', 'Berkenlaan', 'Molenweg'],
    first: ['Jan', 'Pieter', 'Sanne', 'Lotte', 'Bas', 'Anouk'],
    last: ['de Jong', 'Jansen', 'de Vries', 'Bakker', 'Visser', 'Smit'],
    mail: ['gmail.com', 'ziggo.nl', 'kpnmail.nl', 'hotmail.com'],
  },
  US: {
    currency: 'USD',
    tz: -5,
    locale: 'en-US',
    cities: [
      ['Duluth', '55802'],
      ['Marquette', '49855'],
      ['Seattle', '98101'],
      ['Minneapolis', '55401'],
      ['Astoria', '97103'],
      ['Denver', '80202'],
    ],
    streets: ['Lake Ave', 'Maple St', 'Oak Ridge Rd', 'Pine St'],
    first: ['John', 'Mike', 'Sarah', 'Jennifer', 'David', 'Karen', 'Erik'],
    last: ['Johnson', 'Maki', 'Lahti', 'Anderson', 'Miller', 'Hill', 'Niemi'],
    mail: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'],
  },
  CA: {
    currency: 'CAD',
    tz: -5,
    locale: 'en-CA',
    cities: [
      ['Thunder Bay', 'P7B 1A1'],
      ['Toronto', 'M5V 2T6'],
      ['Vancouver', 'V6B 1A1'],
      ['Sudbury', 'P3E 1A1'],
    ],
    streets: ['Bay St', 'Red River Rd', 'Lakeshore Dr', 'Cedar Ave'],
    first: ['Ryan', 'Emily', 'Jason', 'Laura', 'Matt'],
    last: ['Smith', 'Brown', 'Ranta', 'Koski', 'Wilson'],
    mail: ['gmail.com', 'rogers.com', 'shaw.ca', 'hotmail.com'],
  },
};

/** Cottages: lake and archipelago municipalities, with postal codes, where summer places are readied. */
export const COTTAGES: ReadonlyArray<readonly [string, string]> = [
  ['Mikkeli', '50100'],
  ['Savonlinna', '57100'],
  ['Puumala', '52200'],
  ['Sulkava', '58700'],
  ['Kuhmoinen', '17800'],
  ['Parainen', '21600'],
  ['Kemiönsaari', '25700'],
  ['Padasjoki', '17500'],
  ['Ruovesi', '34600'],
  ['Sotkamo', '88600'],
  ['Inari', '99870'],
  ['Mäntyharju', '52700'],
  ['Hirvensalmi', '52550'],
  ['Kangasniemi', '51200'],
];
const COTTAGE_ROADS = ['Mökkitie', 'Rantamökintie', 'Saaritie', 'Niementie', 'Lahdentie', 'Kalliorannantie'];

export function homeAddress(rng: Rng, country: string): Address {
  const m = MARKETS[country] ?? MARKETS.FI!;
  const [city, postalCode] = rng.pick(m.cities);
  const street = rng.pick(m.streets);
  const line1 =
    country === 'US' || country === 'CA' ? `${rng.int(10, 9800)} ${street}` : `${street} ${rng.int(1, 60)}`;
  return { country, postalCode, city, line1 };
}

export function cottageAddress(rng: Rng): Address {
  const [city, postalCode] = rng.pick(COTTAGES);
  return { country: 'FI', postalCode, city, line1: `${rng.pick(COTTAGE_ROADS)} ${rng.int(1, 400)}` };
}

export interface Person {
  name: string;
  email: string;
}

const plain = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');

export function person(rng: Rng, country: string): Person {
  const m = MARKETS[country] ?? MARKETS.FI!;
  const first = rng.pick(m.first);
  const last = rng.pick(m.last);
  const sep = rng.pick(['.', '', '_', '.']);
  const tail = rng.chance(0.35) ? String(rng.int(1, 99)) : '';
  return {
    name: `${first} ${last}`,
    email: `${plain(first)}${sep}${plain(last)}${tail}@${rng.pick(m.mail)}`,
  };
}

/** Cards: BIN and last four only. BINs are this model's own lists per issuing country. */
export type Funding = 'debit' | 'credit';
export interface HeldCard extends Card {
  funding: Funding;
}

const BINS: Record<string, ReadonlyArray<readonly [string, string, Funding]>> = {
  FI: [
    ['415231', 'visa', 'debit'],
    ['479354', 'visa', 'debit'],
    ['492180', 'visa', 'credit'],
    ['535420', 'mastercard', 'credit'],
    ['516895', 'mastercard', 'debit'],
    ['457321', 'visa', 'debit'],
  ],
  EE: [
    ['428867', 'visa', 'debit'],
    ['516732', 'mastercard', 'debit'],
  ],
  LV: [
    ['476173', 'visa', 'debit'],
    ['537541', 'mastercard', 'credit'],
  ],
  LT: [
    ['490847', 'visa', 'debit'],
    ['521729', 'mastercard', 'debit'],
  ],
  SE: [
    ['455672', 'visa', 'debit'],
    ['542198', 'mastercard', 'credit'],
    ['489521', 'visa', 'credit'],
  ],
  NO: [
    ['457028', 'visa', 'debit'],
    ['552713', 'mastercard', 'credit'],
  ],
  DE: [
    ['492917', 'visa', 'credit'],
    ['522104', 'mastercard', 'credit'],
    ['455600', 'visa', 'debit'],
  ],
  NL: [
    ['465858', 'visa', 'debit'],
    ['539983', 'mastercard', 'credit'],
  ],
  US: [
    ['414720', 'visa', 'credit'],
    ['426684', 'visa', 'credit'],
    ['517805', 'mastercard', 'credit'],
    ['371234', 'amex', 'credit'],
    ['440066', 'visa', 'debit'],
  ],
  CA: [
    ['450060', 'visa', 'credit'],
    ['520588', 'mastercard', 'credit'],
  ],
  GB: [
    ['465943', 'visa', 'debit'],
    ['552089', 'mastercard', 'credit'],
  ],
  KZ: [
    ['440563', 'visa', 'debit'],
    ['539545', 'mastercard', 'debit'],
  ],
  AM: [['408306', 'visa', 'debit']],
  RU: [['220070', 'mir', 'debit']],
};

export function newCard(rng: Rng, country: string, bins = BINS[country] ?? BINS.FI!): HeldCard {
  const [bin, brand, funding] = rng.pick(bins);
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}`, funding };
}

/** A handful of BINs a carding shop sells in bulk: US credit and a Finnish debit range. */
export const TESTED_BINS: ReadonlyArray<readonly [string, string, string, Funding]> = [
  ['414720', 'visa', 'US', 'credit'],
  ['517805', 'mastercard', 'US', 'credit'],
  ['479354', 'visa', 'FI', 'debit'],
];

const AGENTS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36',
];

export function device(rng: Rng, agent?: string): Device {
  return {
    userAgent: agent ?? rng.pick(AGENTS),
    ...(rng.chance(0.92) ? { id: `dev_${rng.token(20)}` } : {}),
  };
}

export const HEADLESS =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/122.0.0.0 Safari/537.36';

export interface Account extends Person {
  id: string;
  createdAt: number;
  country: string;
  home: Address;
  cottage?: Address;
  cards: HeldCard[];
  devices: Device[];
  network: Network;
  ip: string;
  /** Paying habit: online-bank buttons, MobilePay/Swish/Vipps, or card. */
  habit: 'bank' | 'wallet' | 'card' | 'klarna';
  company?: { name: string; businessId: string };
}

export const ACCOUNT_COUNTRIES: Record<string, number> = {
  FI: 70,
  SE: 8,
  NO: 5,
  EE: 3,
  LV: 1.5,
  LT: 1.5,
  DE: 5,
  NL: 2.5,
  US: 2.5,
  CA: 1,
};

const TRADES = [
  'Saunatekniikka',
  'Kylpyhuoneremontti',
  'Rakennuspalvelu',
  'Sähkö ja Sauna',
  'Mökkihuolto',
  'LVIS-Asennus',
];

export function businessId(rng: Rng): string {
  return `${rng.int(1_000_000, 3_299_999)}-${rng.int(0, 9)}`;
}

export function makeAccount(rng: Rng, start: number, i: number, trade = false): Account {
  const country = trade ? 'FI' : rng.weighted(ACCOUNT_COUNTRIES);
  const p = person(rng, country);
  const home = homeAddress(rng, country);
  const net = networkOf(rng, country, rng.chance(0.75) ? 'fixed' : 'mobile');
  const company = trade
    ? { name: `${rng.pick(FI_LAST)} ${rng.pick(TRADES)} Oy`, businessId: businessId(rng) }
    : undefined;
  const cards = [newCard(rng, country)];
  if (rng.chance(0.3)) cards.push(newCard(rng, country));
  const devices = [device(rng)];
  if (rng.chance(0.4)) devices.push(device(rng));
  return {
    id: `cus_${100_000 + i * 7 + rng.int(0, 6)}`,
    ...p,
    ...(company
      ? { email: `${plain(p.name.split(' ')[0] ?? 'info')}@${plain(company.name).slice(0, 14)}.fi` }
      : {}),
    createdAt: start - rng.int(20, 8 * 365) * DAY - rng.int(0, DAY),
    country,
    home,
    ...(country === 'FI' && rng.chance(trade ? 0 : 0.45) ? { cottage: cottageAddress(rng) } : {}),
    cards,
    devices,
    network: net,
    ip: address(rng, net),
    habit:
      country === 'FI'
        ? rng.weighted({ bank: 40, wallet: 20, card: 30, klarna: 10 })
        : rng.weighted({ bank: 5, wallet: 25, card: 50, klarna: 20 }),
    ...(company ? { company } : {}),
  };
}

export interface World {
  window: { start: number; end: number };
  accounts: Account[];
  trade: Account[];
}

export function customerBase(rng: Rng, window: { start: number; end: number }, orders: number): World {
  const n = Math.max(20, Math.round(orders / 3));
  const accounts = Array.from({ length: n }, (_, i) => makeAccount(rng, window.start, i));
  const trade = Array.from({ length: Math.max(4, Math.round(orders / 80)) }, (_, i) =>
    makeAccount(rng, window.start, n + i, true),
  );
  return { window, accounts, trade };
}
