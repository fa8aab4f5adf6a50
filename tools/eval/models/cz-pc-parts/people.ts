import { type Address, type Card, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency } from './catalogue.js';
import { type Network, networksOf } from './networks.js';

/**
 * The shop's markets, people, addresses, cards and devices, and the accounts it already has when the window
 * opens. Names, streets, parcel points and BINs are this model's own; no card number exists anywhere.
 */

export type Country = 'CZ' | 'SK' | 'PL' | 'HU' | 'DE' | 'AT';

export interface Market {
  currency: Currency;
  /** Share of the shop's customers. */
  share: number;
  locale: string;
  cities: ReadonlyArray<readonly [string, readonly string[]]>;
  streets: readonly string[];
  first: readonly string[];
  last: readonly string[];
  mail: readonly string[];
}

export const MARKETS: Record<Country, Market> = {
  CZ: {
    currency: 'CZK',
    share: 66,
    locale: 'cs-CZ',
    cities: [
      ['Praha', ['110 00', '120 00', '130 00', '140 00', '150 00', '160 00', '170 00', '180 00', '190 00']],
      ['Brno', ['602 00', '612 00', '615 00', '625 00', '638 00']],
      ['Ostrava', ['702 00', '708 00']],
      ['Plzeň', ['301 00', '326 00']],
      ['Olomouc', ['779 00']],
      ['Liberec', ['460 01']],
      ['České Budějovice', ['370 01']],
      ['Hradec Králové', ['500 02']],
      ['Pardubice', ['530 02']],
      ['Zlín', ['760 01']],
      ['Jihlava', ['586 01']],
      ['Kladno', ['272 01']],
    ],
    streets: [
      'Vinohradská',
      'Husova',
      'Nádražní',
      'Masarykova',
      'Palackého',
      'Komenského',
      'Lidická',
      'Jiráskova',
      'Sokolská',
      'Zahradní',
    ],
    first: [
      'Jan',
      'Petr',
      'Tomáš',
      'Jakub',
      'Martin',
      'Lukáš',
      'Ondřej',
      'Filip',
      'Tereza',
      'Eliška',
      'Lucie',
      'Kateřina',
      'Adam',
      'Matěj',
      'David',
      'Vojtěch',
    ],
    last: [
      'Novák',
      'Svoboda',
      'Dvořák',
      'Černý',
      'Procházka',
      'Kučera',
      'Veselý',
      'Horák',
      'Němec',
      'Pokorný',
      'Marek',
      'Pospíšil',
      'Hájek',
      'Král',
    ],
    mail: ['seznam.cz', 'gmail.com', 'email.cz', 'centrum.cz', 'post.cz', 'outlook.com'],
  },
  SK: {
    currency: 'EUR',
    share: 17,
    locale: 'sk-SK',
    cities: [
      ['Bratislava', ['811 01', '821 08', '831 04', '851 01']],
      ['Košice', ['040 01', '040 11']],
      ['Žilina', ['010 01']],
      ['Nitra', ['949 01']],
      ['Banská Bystrica', ['974 01']],
      ['Prešov', ['080 01']],
      ['Trnava', ['917 01']],
      ['Trenčín', ['911 01']],
    ],
    streets: [
      'Hlavná',
      'Štúrova',
      'Obchodná',
      'Mierová',
      'Hviezdoslavova',
      'Jesenského',
      'Kollárova',
      'Račianska',
    ],
    first: [
      'Marek',
      'Peter',
      'Michal',
      'Martin',
      'Tomáš',
      'Samuel',
      'Jakub',
      'Zuzana',
      'Katarína',
      'Lucia',
      'Matúš',
      'Juraj',
    ],
    last: ['Horváth', 'Kováč', 'Varga', 'Tóth', 'Nagy', 'Baláž', 'Szabó', 'Molnár', 'Lukáč', 'Kollár'],
    mail: ['gmail.com', 'azet.sk', 'centrum.sk', 'zoznam.sk', 'outlook.com'],
  },
  PL: {
    currency: 'EUR',
    share: 5,
    locale: 'pl-PL',
    cities: [
      ['Kraków', ['30-001', '31-154']],
      ['Katowice', ['40-001', '40-749']],
      ['Wrocław', ['50-001', '53-333']],
      ['Warszawa', ['00-001', '02-672']],
      ['Cieszyn', ['43-400']],
      ['Gliwice', ['44-100']],
    ],
    streets: ['ul. Długa', 'ul. Mickiewicza', 'ul. Słowackiego', 'ul. Kościuszki', 'ul. Polna', 'ul. Lipowa'],
    first: [
      'Piotr',
      'Krzysztof',
      'Tomasz',
      'Paweł',
      'Michał',
      'Kamil',
      'Anna',
      'Katarzyna',
      'Jakub',
      'Mateusz',
    ],
    last: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński'],
    mail: ['gmail.com', 'wp.pl', 'onet.pl', 'o2.pl', 'interia.pl'],
  },
  HU: {
    currency: 'EUR',
    share: 3,
    locale: 'hu-HU',
    cities: [
      ['Budapest', ['1051', '1065', '1117', '1134']],
      ['Győr', ['9021']],
      ['Debrecen', ['4024']],
      ['Szeged', ['6720']],
    ],
    streets: ['Kossuth Lajos utca', 'Petőfi Sándor utca', 'Rákóczi út', 'Bajcsy-Zsilinszky út', 'Fő utca'],
    first: ['Bence', 'Máté', 'Levente', 'Dániel', 'Ádám', 'Gergő', 'Anna', 'Réka', 'Zsófia', 'Balázs'],
    last: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh'],
    mail: ['gmail.com', 'freemail.hu', 'citromail.hu', 'outlook.com'],
  },
  DE: {
    currency: 'EUR',
    share: 5,
    locale: 'de-DE',
    cities: [
      ['Dresden', ['01067', '01277']],
      ['München', ['80331', '81541']],
      ['Berlin', ['10115', '10245', '12043']],
      ['Nürnberg', ['90402']],
      ['Leipzig', ['04109']],
      ['Regensburg', ['93047']],
      ['Chemnitz', ['09111']],
    ],
    streets: [
      'Hauptstraße',
      'Bahnhofstraße',
      'Gartenstraße',
      'Schillerstraße',
      'Goethestraße',
      'Lindenstraße',
    ],
    first: ['Lukas', 'Leon', 'Finn', 'Jonas', 'Paul', 'Felix', 'Lena', 'Anna', 'Tim', 'Niklas', 'Maximilian'],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann'],
    mail: ['gmail.com', 'gmx.de', 'web.de', 't-online.de', 'outlook.de'],
  },
  AT: {
    currency: 'EUR',
    share: 4,
    locale: 'de-AT',
    cities: [
      ['Wien', ['1010', '1100', '1150', '1210']],
      ['Linz', ['4020']],
      ['Graz', ['8010']],
      ['Salzburg', ['5020']],
      ['Innsbruck', ['6020']],
    ],
    streets: [
      'Hauptplatz',
      'Landstraße',
      'Mariahilfer Straße',
      'Wiener Straße',
      'Kirchengasse',
      'Bahnhofstraße',
    ],
    first: ['Lukas', 'David', 'Tobias', 'Simon', 'Florian', 'Julia', 'Sarah', 'Elias', 'Fabian', 'Stefan'],
    last: ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler', 'Steiner', 'Moser', 'Mayer', 'Hofer'],
    mail: ['gmail.com', 'gmx.at', 'aon.at', 'chello.at', 'outlook.com'],
  },
};

export const COUNTRIES = Object.keys(MARKETS) as Country[];

export const pickCountry = (rng: Rng): Country =>
  rng.weightedPick(COUNTRIES.map((c) => [c, MARKETS[c].share] as const));

export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Czech, Slovak and Polish women's surnames take their own endings. */
function surname(country: string, last: string, female: boolean): string {
  if (!female) return last;
  if (country === 'CZ' || country === 'SK') {
    if (last.endsWith('ý')) return `${last.slice(0, -1)}á`;
    if (last.endsWith('a')) return `${last.slice(0, -1)}ová`;
    return `${last}ová`;
  }
  if (country === 'PL' && last.endsWith('ski')) return `${last.slice(0, -1)}a`;
  return last;
}

const FEMALE = new Set([
  'Tereza',
  'Eliška',
  'Lucie',
  'Kateřina',
  'Zuzana',
  'Katarína',
  'Lucia',
  'Anna',
  'Katarzyna',
  'Réka',
  'Zsófia',
  'Lena',
  'Julia',
  'Sarah',
]);

export function personName(rng: Rng, country: string): string {
  const m = MARKETS[(country in MARKETS ? country : 'CZ') as Country];
  const first = rng.pick(m.first);
  return `${first} ${surname(country, rng.pick(m.last), FEMALE.has(first))}`;
}

/** How people write their e-mail addresses: name-based at a local provider, with or without digits. */
export function emailOf(rng: Rng, name: string, country: string): string {
  const m = MARKETS[(country in MARKETS ? country : 'CZ') as Country];
  const [first = 'x', last = 'y'] = name.split(' ').map(fold);
  const local = rng.weightedPick<string>([
    [`${first}.${last}`, 4],
    [`${first}${last}${rng.int(1, 99)}`, 3],
    [`${first[0] ?? 'x'}${last}`, 2],
    [`${last}.${first}${rng.int(70, 2009)}`, 1],
    [`${first}_${rng.token(4)}`, 1],
  ]);
  return `${local}@${rng.pick(m.mail)}`;
}

export function homeAddress(rng: Rng, country: Country): Address {
  const m = MARKETS[country];
  const [city, codes] = rng.pick(m.cities);
  const street = rng.pick(m.streets);
  const number = `${rng.int(1, 160)}${rng.chance(0.2) ? `/${rng.int(1, 40)}` : ''}`;
  return {
    country,
    postalCode: rng.pick(codes),
    city,
    line1:
      country === 'CZ' || country === 'SK' || country === 'PL'
        ? `${street} ${number}`
        : `${street} ${number}`,
  };
}

/** Packeta's pick-up points and Z-BOX lockers: a shop, a petrol station or a box near the buyer. */
export function parcelPoint(rng: Rng, country: Country, near?: Address): Address {
  const home = near && near.country === country ? near : homeAddress(rng, country);
  const host = rng.pick([
    'Z-BOX',
    'Z-BOX',
    'Albert',
    'Tabák',
    'Trafika',
    'Shell',
    'OMV',
    'Billa',
    'Papírnictví',
  ]);
  return { ...home, line1: `Packeta ${host}, ${rng.pick(MARKETS[country].streets)} ${rng.int(1, 120)}` };
}

/** The two showrooms, for pickup (the order has no delivery address then). */
export const SHOWROOMS = {
  prague: { country: 'CZ', postalCode: '170 00', city: 'Praha', line1: 'Bubenské nábřeží 12' },
  brno: { country: 'CZ', postalCode: '602 00', city: 'Brno', line1: 'Cejl 68' },
} as const;

export interface HeldCard extends Card {
  funding: 'credit' | 'debit' | 'prepaid';
}

/** Issuers' BINs by country (this model's own lists); `virtual` are neobank and prepaid ranges. */
const BINS: Record<string, ReadonlyArray<readonly [string, HeldCard['funding']]>> = {
  CZ: [
    ['416051', 'debit'],
    ['427659', 'debit'],
    ['516844', 'debit'],
    ['535515', 'credit'],
    ['479197', 'debit'],
    ['545955', 'credit'],
    ['410299', 'debit'],
  ],
  SK: [
    ['414713', 'debit'],
    ['517937', 'debit'],
    ['421340', 'debit'],
    ['545733', 'credit'],
  ],
  PL: [
    ['428313', 'debit'],
    ['516932', 'debit'],
    ['404107', 'credit'],
    ['537195', 'debit'],
  ],
  HU: [
    ['418396', 'debit'],
    ['520406', 'debit'],
    ['447221', 'credit'],
  ],
  DE: [
    ['492942', 'debit'],
    ['535581', 'credit'],
    ['455600', 'credit'],
    ['523745', 'debit'],
  ],
  AT: [
    ['402360', 'debit'],
    ['518660', 'debit'],
    ['456735', 'credit'],
  ],
  LT: [
    ['537100', 'debit'],
    ['459678', 'debit'],
    ['516760', 'prepaid'],
  ],
  UA: [
    ['414939', 'debit'],
    ['537541', 'debit'],
    ['516874', 'debit'],
  ],
  US: [
    ['414720', 'credit'],
    ['426684', 'credit'],
    ['546616', 'credit'],
    ['440066', 'credit'],
    ['474166', 'debit'],
  ],
  GB: [
    ['465858', 'debit'],
    ['552213', 'credit'],
    ['475129', 'debit'],
  ],
  TR: [
    ['540669', 'credit'],
    ['413252', 'debit'],
  ],
  AE: [
    ['431571', 'credit'],
    ['524382', 'debit'],
  ],
  KZ: [
    ['440563', 'debit'],
    ['539545', 'debit'],
  ],
  AM: [['408306', 'debit']],
};

export function newCard(rng: Rng, country: string, funding?: HeldCard['funding']): HeldCard {
  const list = BINS[country] ?? BINS['CZ'] ?? [];
  const choices = funding ? list.filter(([, f]) => f === funding) : list;
  const [bin, f] = rng.pick(choices.length > 0 ? choices : list);
  return {
    bin,
    last4: rng.digits(4),
    brand: bin.startsWith('4') ? 'visa' : 'mastercard',
    country,
    fingerprint: rng.token(16),
    funding: f,
  };
}

/** A card from a given BIN (testers and bots run through one range). */
export const cardFromBin = (
  rng: Rng,
  bin: string,
  country: string,
  funding: HeldCard['funding'],
): HeldCard => ({
  bin,
  last4: rng.digits(4),
  brand: bin.startsWith('4') ? 'visa' : 'mastercard',
  country,
  fingerprint: rng.token(16),
  funding,
});

/** A buyer's card: their home bank's, sometimes a neobank card issued in Lithuania. */
export function ownCard(rng: Rng, country: string): HeldCard {
  return newCard(rng, rng.chance(country === 'CZ' || country === 'SK' ? 0.14 : 0.08) ? 'LT' : country);
}

const DESKTOP = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36',
];
const MOBILE = [
  'Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
];
/** What bots and headless checkouts announce. */
export const BOT_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  'python-requests/2.32.3',
];

/** A browser: desktop or phone; the fingerprint script sends a device id most of the time. */
export function newDevice(rng: Rng, mobile = rng.chance(0.45)): Device {
  const userAgent = rng.pick(mobile ? MOBILE : DESKTOP);
  return rng.chance(0.9) ? { id: `dv_${rng.token(20)}`, userAgent } : { userAgent };
}

export interface Company {
  name: string;
  /** Czech or Slovak company number (IČO), eight digits. */
  ico: string;
  /** VAT id: country prefix and number. */
  vatId: string;
}

const FIRMS = [
  'Softex',
  'Datacom',
  'Pixelworks',
  'Bytelab',
  'Kancelář Plus',
  'NetServis',
  'Projekt IT',
  'Stavby Morava',
  'Auditum',
  'Grafika Studio',
  'Herní Svět',
  'PC Montáže',
];

export function newCompany(rng: Rng, country: Country): Company {
  const ico = rng.digits(8);
  const form = country === 'SK' || country === 'CZ' ? rng.pick(['s.r.o.', 's.r.o.', 'a.s.']) : 'GmbH';
  return {
    name: `${rng.pick(FIRMS)} ${form}`,
    ico,
    vatId: `${country}${country === 'SK' ? `20${rng.digits(8)}` : ico}`,
  };
}

export interface Account {
  id: string;
  email: string;
  name: string;
  country: Country;
  home: Address;
  createdAt: number;
  cards: HeldCard[];
  devices: Device[];
  /** The home broadband or phone network the account usually shops from. */
  network: Network;
  company?: Company;
}

export interface CustomerBase {
  accounts: Account[];
  /** Accounts of companies and system builders. */
  business: Account[];
  /** Households whose accounts share a computer. */
  households: Account[][];
}

export function homeNetwork(rng: Rng, country: string): Network {
  const mobile = networksOf(country, 'mobile');
  const home = networksOf(country, 'home');
  return rng.chance(0.22) && mobile.length > 0 ? rng.pick(mobile) : rng.pick(home.length > 0 ? home : mobile);
}

export function newAccount(rng: Rng, country: Country, createdAt: number, company?: Company): Account {
  const name = personName(rng, country);
  const cards = [ownCard(rng, country)];
  if (rng.chance(0.3)) cards.push(ownCard(rng, country));
  const devices = [newDevice(rng)];
  if (rng.chance(0.45)) devices.push(newDevice(rng, true));
  const domain = company ? `${fold(company.name.split(' ')[0] ?? 'firma')}.${country.toLowerCase()}` : '';
  return {
    id: `cus_${rng.token(12)}`,
    email: company ? `${fold(name.split(' ')[0] ?? 'nakup')}@${domain}` : emailOf(rng, name, country),
    name,
    country,
    home: homeAddress(rng, country),
    createdAt,
    cards,
    devices,
    network: homeNetwork(rng, country),
    ...(company ? { company } : {}),
  };
}

/**
 * The accounts the shop has when the window opens: one for every three orders expected, opened two months
 * to twelve years before; a few companies and system builders; some households share one computer.
 */
export function customerBase(rng: Rng, start: number, orders: number): CustomerBase {
  const accounts: Account[] = [];
  const households: Account[][] = [];
  const count = Math.max(40, Math.round(orders / 3));
  for (let i = 0; i < count; i++) {
    const a = newAccount(rng, pickCountry(rng), start - Math.floor(rng.float(60, 12 * 365) * DAY));
    accounts.push(a);
    if (rng.chance(0.06)) {
      const sibling = newAccount(rng, a.country, start - Math.floor(rng.float(30, 6 * 365) * DAY));
      sibling.home = { ...a.home };
      sibling.network = a.network;
      sibling.devices = [a.devices[0] ?? newDevice(rng), ...sibling.devices.slice(1)];
      accounts.push(sibling);
      households.push([a, sibling]);
    }
  }
  const business: Account[] = [];
  for (let i = 0; i < Math.max(8, Math.round(orders / 40)); i++) {
    const country: Country = rng.chance(0.8) ? 'CZ' : 'SK';
    const a = newAccount(
      rng,
      country,
      start - Math.floor(rng.float(120, 9 * 365) * DAY),
      newCompany(rng, country),
    );
    a.network = rng.pick(networksOf(country, 'home'));
    business.push(a);
  }
  return { accounts, business, households };
}
