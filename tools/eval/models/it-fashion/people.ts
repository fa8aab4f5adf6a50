import { type Address, type Card, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { ipIn, type NetKind } from './networks.js';
import { type City, type Currency, market, MARKET_WEIGHTS } from './places.js';

/**
 * The boutique's people: names and e-mail habits by country, cards by issuing country, devices, and the account
 * base (one account for about every three orders of the window, opened one month to ten years before, a tenth
 * of them VIP clients with a personal shopper).
 */

type Funding = 'credit' | 'debit' | 'prepaid';
export type HeldCard = Card & { funding: Funding };

const NAMES: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  IT: [
    [
      'Giulia',
      'Francesca',
      'Chiara',
      'Alessandro',
      'Matteo',
      'Beatrice',
      'Ludovica',
      'Federico',
      'Carlotta',
      'Lorenzo',
      'Martina',
      'Ginevra',
    ],
    [
      'Rossi',
      'Colombo',
      'Ferrari',
      'Brambilla',
      'Galli',
      'Marchetti',
      'De Luca',
      'Barbieri',
      'Visconti',
      'Sforza',
      'Mancini',
      'Ricci',
    ],
  ],
  FR: [
    ['Camille', 'Louise', 'Hugo', 'Inès', 'Claire', 'Antoine', 'Margaux'],
    ['Martin', 'Bernard', 'Lefèvre', 'Moreau', 'de Villiers', 'Fontaine', 'Girard'],
  ],
  DE: [
    ['Anna', 'Sophie', 'Maximilian', 'Lena', 'Katharina', 'Felix', 'Charlotte'],
    ['Müller', 'Schmidt', 'Schneider', 'von Bülow', 'Wagner', 'Becker', 'Hoffmann'],
  ],
  ES: [
    ['Lucía', 'Carmen', 'Álvaro', 'Paula', 'Javier', 'Marta'],
    ['García', 'Fernández', 'López', 'Martín', 'Ruiz', 'Domecq'],
  ],
  NL: [
    ['Sanne', 'Lotte', 'Daan', 'Fleur', 'Bram'],
    ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser'],
  ],
  BE: [
    ['Elise', 'Louis', 'Marie', 'Lucas', 'Emma'],
    ['Peeters', 'Janssens', 'Dubois', 'Lambert', 'Maes'],
  ],
  AT: [
    ['Valentina', 'Lukas', 'Hannah', 'Paul', 'Theresa'],
    ['Gruber', 'Huber', 'Bauer', 'Pichler', 'Steiner'],
  ],
  CH: [
    ['Léa', 'Noah', 'Mia', 'Luca', 'Alessia', 'Jonas'],
    ['Meier', 'Keller', 'Bernasconi', 'Favre', 'Brunner', 'Rochat'],
  ],
  GB: [
    ['Olivia', 'Amelia', 'Charlotte', 'James', 'Harry', 'Isabella', 'Sophie', 'Oliver'],
    ['Smith', 'Taylor', 'Davies', 'Hughes', 'Fitzgerald', 'Cavendish', 'Patel', 'Khan'],
  ],
  US: [
    ['Madison', 'Ashley', 'Jennifer', 'Michael', 'Olivia', 'Lauren', 'Daniel', 'Emily', 'Sarah'],
    ['Johnson', 'Williams', 'Brown', 'Miller', 'Goldberg', 'Nguyen', 'Rodriguez', 'Kim', 'Cohen'],
  ],
  CN: [
    ['Li', 'Wei', 'Jing', 'Xiaoyu', 'Yiran', 'Hao', 'Mengqi', 'Ziyi', 'Yutong'],
    ['Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu'],
  ],
  HK: [
    ['Karen', 'Wing', 'Cheryl', 'Tiffany', 'Kelvin', 'Michelle'],
    ['Chan', 'Wong', 'Leung', 'Cheung', 'Lau', 'Ho'],
  ],
  AE: [
    ['Fatima', 'Mariam', 'Aisha', 'Omar', 'Hessa', 'Noura', 'Priya'],
    ['Al Maktoum', 'Al Nahyan', 'Al Mansoori', 'Al Falasi', 'Al Suwaidi', 'Sharma'],
  ],
  SA: [
    ['Noura', 'Sara', 'Abdullah', 'Lama', 'Reem'],
    ['Al Saud', 'Al Rashid', 'Al Qahtani', 'Al Otaibi', 'Al Harbi'],
  ],
  QA: [
    ['Al Anoud', 'Hamad', 'Maryam', 'Dana'],
    ['Al Thani', 'Al Kuwari', 'Al Marri', 'Al Sulaiti'],
  ],
  KW: [
    ['Fajer', 'Yousef', 'Dalal'],
    ['Al Sabah', 'Al Ghanim', 'Al Mutairi'],
  ],
  JP: [
    ['Yuki', 'Haruka', 'Aoi', 'Sakura', 'Kenta', 'Misaki', 'Rina'],
    ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto'],
  ],
  RU: [
    ['Anastasia', 'Ekaterina', 'Dmitry', 'Olga'],
    ['Ivanova', 'Smirnova', 'Petrov', 'Volkova'],
  ],
  IR: [
    ['Shirin', 'Parisa', 'Reza', 'Darya'],
    ['Hosseini', 'Mohammadi', 'Karimi', 'Rahimi'],
  ],
  SY: [
    ['Lina', 'Rami', 'Hala'],
    ['Haddad', 'Khoury', 'Assad'],
  ],
  CU: [
    ['Yanet', 'Yoandri', 'Dayana'],
    ['Pérez', 'González', 'Hernández'],
  ],
};

const MAIL: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  IT: [
    ['gmail.com', 50],
    ['libero.it', 12],
    ['icloud.com', 15],
    ['hotmail.it', 8],
    ['outlook.it', 5],
    ['virgilio.it', 4],
    ['tiscali.it', 2],
    ['fastwebnet.it', 2],
  ],
  FR: [
    ['gmail.com', 45],
    ['orange.fr', 15],
    ['free.fr', 8],
    ['icloud.com', 15],
    ['hotmail.fr', 12],
  ],
  DE: [
    ['gmail.com', 35],
    ['web.de', 18],
    ['gmx.de', 18],
    ['icloud.com', 14],
    ['t-online.de', 10],
  ],
  GB: [
    ['gmail.com', 45],
    ['icloud.com', 20],
    ['hotmail.co.uk', 15],
    ['outlook.com', 10],
    ['btinternet.com', 5],
  ],
  US: [
    ['gmail.com', 55],
    ['icloud.com', 20],
    ['yahoo.com', 12],
    ['outlook.com', 8],
    ['aol.com', 3],
  ],
  CN: [
    ['qq.com', 45],
    ['163.com', 25],
    ['126.com', 8],
    ['icloud.com', 12],
    ['gmail.com', 5],
    ['sina.com', 5],
  ],
  HK: [
    ['gmail.com', 45],
    ['yahoo.com.hk', 20],
    ['icloud.com', 20],
    ['netvigator.com', 10],
  ],
  JP: [
    ['gmail.com', 35],
    ['yahoo.co.jp', 25],
    ['docomo.ne.jp', 12],
    ['icloud.com', 18],
    ['ezweb.ne.jp', 5],
  ],
  default: [
    ['gmail.com', 55],
    ['icloud.com', 20],
    ['outlook.com', 15],
    ['hotmail.com', 10],
  ],
};

export const mailDomain = (rng: Rng, country: string): string =>
  rng.weightedPick(MAIL[country] ?? MAIL['default'] ?? []);

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

export interface Person {
  first: string;
  last: string;
  name: string;
  email: string;
}

/** A person from `country` (names fall back to Italian) with an e-mail in their own habits. */
export function person(rng: Rng, country: string, domain?: string): Person {
  const [firsts, lasts] = NAMES[country] ?? NAMES['IT'] ?? [[], []];
  const first = rng.pick(firsts);
  const last = rng.pick(lasts);
  const d = domain ?? mailDomain(rng, country);
  const f = ascii(first);
  const l = ascii(last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 35],
    [`${f}${l}`, 15],
    [`${f}.${l}${rng.int(1, 99)}`, 20],
    [`${f[0] ?? ''}${l}`, 12],
    [`${f}_${l}${rng.int(70, 99)}`, 8],
    [`${l}${f}${rng.digits(3)}`, d === 'qq.com' || d === '163.com' ? 30 : 2],
  ]);
  return { first, last, name: `${first} ${last}`, email: `${local}@${d}` };
}

/** Issuers by country: BIN, brand, funding (this model's own list; no card number exists anywhere). */
const BINS: Readonly<Record<string, ReadonlyArray<readonly [string, string, Funding]>>> = {
  IT: [
    ['479024', 'visa', 'debit'],
    ['532507', 'mastercard', 'credit'],
    ['402360', 'visa', 'credit'],
    ['374288', 'amex', 'credit'],
    ['544285', 'mastercard', 'debit'],
    ['453997', 'visa', 'prepaid'],
  ],
  FR: [
    ['497010', 'visa', 'debit'],
    ['513100', 'mastercard', 'credit'],
    ['376401', 'amex', 'credit'],
  ],
  DE: [
    ['455600', 'visa', 'credit'],
    ['522180', 'mastercard', 'credit'],
    ['410012', 'visa', 'debit'],
  ],
  ES: [
    ['454881', 'visa', 'debit'],
    ['540007', 'mastercard', 'credit'],
  ],
  NL: [
    ['465901', 'visa', 'debit'],
    ['535110', 'mastercard', 'credit'],
  ],
  BE: [
    ['479274', 'visa', 'debit'],
    ['516833', 'mastercard', 'credit'],
  ],
  AT: [
    ['440066', 'visa', 'credit'],
    ['523980', 'mastercard', 'debit'],
  ],
  CH: [
    ['404171', 'visa', 'credit'],
    ['547372', 'mastercard', 'credit'],
    ['377753', 'amex', 'credit'],
  ],
  GB: [
    ['475129', 'visa', 'debit'],
    ['552213', 'mastercard', 'credit'],
    ['374970', 'amex', 'credit'],
    ['465942', 'visa', 'credit'],
  ],
  US: [
    ['414720', 'visa', 'credit'],
    ['426684', 'visa', 'credit'],
    ['546616', 'mastercard', 'credit'],
    ['371786', 'amex', 'credit'],
    ['440393', 'visa', 'debit'],
    ['517805', 'mastercard', 'credit'],
  ],
  CN: [
    ['622588', 'unionpay', 'debit'],
    ['625910', 'unionpay', 'credit'],
    ['438088', 'visa', 'credit'],
    ['524070', 'mastercard', 'credit'],
  ],
  HK: [
    ['459336', 'visa', 'credit'],
    ['552098', 'mastercard', 'credit'],
    ['625098', 'unionpay', 'credit'],
    ['377789', 'amex', 'credit'],
  ],
  AE: [
    ['428671', 'visa', 'credit'],
    ['535522', 'mastercard', 'credit'],
    ['374741', 'amex', 'credit'],
  ],
  SA: [
    ['446404', 'visa', 'credit'],
    ['529415', 'mastercard', 'credit'],
  ],
  QA: [
    ['422610', 'visa', 'credit'],
    ['523672', 'mastercard', 'credit'],
  ],
  KW: [
    ['450605', 'visa', 'credit'],
    ['537750', 'mastercard', 'credit'],
  ],
  JP: [
    ['356600', 'jcb', 'credit'],
    ['358990', 'jcb', 'credit'],
    ['490221', 'visa', 'credit'],
    ['540433', 'mastercard', 'credit'],
  ],
  KZ: [
    ['440563', 'visa', 'debit'],
    ['624303', 'unionpay', 'debit'],
  ],
  TR: [
    ['479610', 'visa', 'credit'],
    ['540669', 'mastercard', 'credit'],
  ],
};

export function newCard(rng: Rng, country: string, funding?: Funding): HeldCard {
  const pool = BINS[country] ?? BINS['US'] ?? [];
  const fitting = funding ? pool.filter((b) => b[2] === funding) : pool;
  const [bin, brand, f] = rng.pick(fitting.length > 0 ? fitting : pool);
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}`, funding: f };
}

/** Another card of the same BIN (a card tester's list, a stolen batch). */
export const sameBin = (rng: Rng, card: HeldCard): HeldCard => ({
  ...card,
  last4: rng.digits(4),
  fingerprint: `fp_${rng.token(16)}`,
});

const UA: ReadonlyArray<readonly [string, number]> = [
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 19_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.5 Mobile/15E148 Safari/604.1',
    34,
  ],
  [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.5 Safari/605.1.15',
    14,
  ],
  [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36',
    10,
  ],
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36',
    12,
  ],
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36 Edg/138.0.0.0',
    3,
  ],
  [
    'Mozilla/5.0 (Linux; Android 15; SM-S928B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36',
    11,
  ],
  [
    'Mozilla/5.0 (iPad; CPU OS 19_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.5 Mobile/15E148 Safari/604.1',
    6,
  ],
  ['Spiga22/7.4.1 (iPhone; iOS 19.5; Scale/3.00)', 10],
];
const WECHAT_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 19_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.61(0x18003d2f) NetType/WIFI Language/zh_CN';

/** A device: the app always sends its id, the web fingerprint script most of the time. */
export function newDevice(rng: Rng, country: string): Device {
  const userAgent = country === 'CN' && rng.chance(0.3) ? WECHAT_UA : rng.weightedPick(UA);
  const app = userAgent.startsWith('Spiga22');
  return app || rng.chance(0.88) ? { id: `dv_${rng.token(20)}`, userAgent } : { userAgent };
}

export interface Account {
  id: string;
  person: Person;
  country: string;
  currency: Currency;
  home: Address;
  tz: number;
  cards: HeldCard[];
  devices: Device[];
  /** The household's IP, stable over the window (a few change it). */
  homeIp: string;
  createdAt: number;
  vip: boolean;
  /** A VIP's personal shopper at the Milan boutique. */
  shopper?: string;
}

const SHOPPERS = ['Elena M.', 'Davide R.', 'Silvia C.', 'Tommaso B.', 'Jiayi L.', 'Noor A.'];

export function homeAddress(rng: Rng, country: string): Address & { tz: number } {
  const m = market(country);
  const city: City = rng.pick(m.cities);
  return {
    country,
    city: city.city,
    postalCode: city.postalCode,
    line1: `${rng.pick(city.streets)} ${rng.int(1, 140)}`,
    tz: city.tz ?? m.tz,
  };
}

export function currencyOf(rng: Rng, country: string): Currency {
  return rng.weightedPick(market(country).currencies);
}

export function netKindAt(rng: Rng, mobileShare: number): NetKind {
  return rng.chance(mobileShare) ? 'mobile' : 'home';
}

function account(rng: Rng, start: number, i: number): Account {
  const country = rng.weightedPick(MARKET_WEIGHTS);
  const p = person(rng, country);
  const { tz, ...home } = homeAddress(rng, country);
  const vip = rng.chance(0.1);
  const cards = [newCard(rng, country)];
  if (rng.chance(vip ? 0.7 : 0.3)) cards.push(newCard(rng, country, 'credit'));
  const devices = [newDevice(rng, country)];
  if (rng.chance(0.45)) devices.push(newDevice(rng, country));
  const years = rng.chance(0.35) ? rng.float(1 / 12, 1) : rng.float(1, 10);
  return {
    id: `cus_${(100_000 + i * 7 + rng.int(0, 6)).toString(36)}${rng.token(6)}`,
    person: p,
    country,
    currency: currencyOf(rng, country),
    home,
    tz,
    cards,
    devices,
    homeIp: ipIn(rng, country, 'home'),
    createdAt: Math.floor(start - years * 365 * DAY),
    vip,
    ...(vip ? { shopper: rng.pick(SHOPPERS) } : {}),
  };
}

export interface World {
  window: { start: number; end: number };
  accounts: Account[];
  vips: Account[];
  regulars: Account[];
  /** Accounts that share a home and a tablet with another account (a partner, a parent). */
  shared: Account[];
  /** Personal buyers (daigou) with long-standing accounts, in China or among Milan's Chinese community. */
  daigou: Account[];
  /** Stylists and their studios. */
  stylists: Account[];
}

/** A partner's account in the same household: their IP, one device in common, now and then their card. */
function householdOf(rng: Rng, a: Account, i: number, start: number): Account {
  const p = person(rng, a.country);
  return {
    ...a,
    id: `cus_${(500_000 + i).toString(36)}${rng.token(6)}`,
    person: { ...p, last: a.person.last, name: `${p.first} ${a.person.last}` },
    cards: [newCard(rng, a.country), ...(rng.chance(0.4) ? [a.cards[0] as HeldCard] : [])],
    devices: [a.devices[0] as Device, newDevice(rng, a.country)],
    createdAt: Math.floor(start - rng.float(0.2, 6) * 365 * DAY),
    vip: false,
  };
}

function daigouAccount(rng: Rng, i: number, start: number): Account {
  const inItaly = rng.chance(0.4);
  const country = inItaly ? 'IT' : 'CN';
  const p = person(rng, 'CN', rng.pick(['qq.com', '163.com', 'gmail.com']));
  const { tz, ...home } = homeAddress(rng, country);
  return {
    id: `cus_${(700_000 + i).toString(36)}${rng.token(6)}`,
    person: p,
    country,
    currency: inItaly ? 'EUR' : 'CNY',
    home,
    tz,
    cards: [newCard(rng, 'CN'), newCard(rng, 'CN', 'credit'), ...(inItaly ? [newCard(rng, 'IT')] : [])],
    devices: [newDevice(rng, 'CN'), newDevice(rng, 'CN')],
    homeIp: ipIn(rng, country, 'home'),
    createdAt: Math.floor(start - rng.float(0.5, 5) * 365 * DAY),
    vip: rng.chance(0.3),
  };
}

const STUDIOS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['IT', 'Milano', '20144', 'Via Tortona 31, studio 4'],
  ['IT', 'Milano', '20154', 'Via Paolo Sarpi 8, showroom'],
  ['GB', 'London', 'E2 7DG', '48 Columbia Road, Studio 2'],
  ['FR', 'Paris', '75003', '12 Rue Charlot, atelier'],
  ['US', 'New York', '10014', '540 West 21st Street, 5F'],
  ['IT', 'Roma', '00153', 'Via Ostiense 92, studio'],
];

function stylistAccount(rng: Rng, i: number, start: number): Account {
  const [country, city, postalCode, line1] = rng.pick(STUDIOS);
  const p = person(rng, country, 'gmail.com');
  return {
    id: `cus_${(900_000 + i).toString(36)}${rng.token(6)}`,
    person: {
      ...p,
      email: `${p.first.toLowerCase()}@${p.last.toLowerCase().replace(/[^a-z]/g, '')}styling.com`,
    },
    country,
    currency: currencyOf(rng, country),
    home: { country, city, postalCode, line1 },
    tz: market(country).tz,
    cards: [newCard(rng, country, 'credit')],
    devices: [newDevice(rng, country)],
    homeIp: ipIn(rng, country, 'home'),
    createdAt: Math.floor(start - rng.float(0.5, 6) * 365 * DAY),
    vip: rng.chance(0.5),
  };
}

export function world(rng: Rng, window: { start: number; end: number }, orders: number): World {
  const r = rng.fork('accounts');
  const accounts = Array.from({ length: Math.max(20, Math.ceil(orders / 3)) }, (_, i) =>
    account(r.fork(`a${i}`), window.start, i),
  );
  const shared = accounts
    .filter((_, i) => i % 13 === 5)
    .map((a, i) => householdOf(r.fork(`h${i}`), a, i, window.start));
  const daigou = Array.from({ length: 14 }, (_, i) => daigouAccount(r.fork(`d${i}`), i, window.start));
  const stylists = Array.from({ length: 8 }, (_, i) => stylistAccount(r.fork(`s${i}`), i, window.start));
  return {
    window,
    accounts: [...accounts, ...shared, ...daigou, ...stylists],
    vips: accounts.filter((a) => a.vip),
    regulars: accounts.filter((a) => !a.vip),
    shared,
    daigou,
    stylists,
  };
}
