import {
  type Address,
  type BasketLine,
  type Card,
  DAY,
  lineOf,
  product,
  type Product,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { homeIp } from './networks.js';

/** Gintarų namai's markets, catalogue, cards and account base. */

/** 15 June 2026 00:00 UTC (03:00 in Palanga), the week before Joninės, to 31 August 2026: 78 days. */
export const START = Date.UTC(2026, 5, 15);
export const DAYS = 78;

export type Currency = 'EUR' | 'GBP' | 'USD';

export interface Market {
  currency: Currency;
  /** UTC offset in summer, hours. */
  tz: number;
  locale: string;
  cities: ReadonlyArray<readonly [string, string]>;
  first: readonly string[];
  last: readonly string[];
  streets: readonly string[];
}

const LT_FIRST = ['Jonas', 'Rūta', 'Tomas', 'Eglė', 'Mantas', 'Greta', 'Lukas', 'Ieva', 'Darius', 'Aistė'];
const LT_LAST = ['Kazlauskas', 'Petrauskienė', 'Jankauskas', 'Stankevičiūtė', 'Vasiliauskas', 'Žukauskaitė'];
const NORDIC_FIRST = ['Erik', 'Anna', 'Lars', 'Ingrid', 'Mikko', 'Sofie', 'Jonas', 'Karin'];
const NORDIC_LAST = ['Andersson', 'Hansen', 'Nielsen', 'Virtanen', 'Johansson', 'Larsen', 'Korhonen'];

export const MARKETS: Readonly<Record<string, Market>> = {
  LT: {
    currency: 'EUR',
    tz: 3,
    locale: 'lt-LT',
    cities: [
      ['Vilnius', 'LT-01100'],
      ['Kaunas', 'LT-44280'],
      ['Klaipėda', 'LT-91100'],
      ['Palanga', 'LT-00135'],
      ['Šiauliai', 'LT-76285'],
      ['Panevėžys', 'LT-35173'],
    ],
    first: LT_FIRST,
    last: LT_LAST,
    streets: ['Gedimino pr.', 'Vytauto g.', 'Laisvės al.', 'Taikos pr.', 'Basanavičiaus g.'],
  },
  LV: {
    currency: 'EUR',
    tz: 3,
    locale: 'lv-LV',
    cities: [
      ['Rīga', 'LV-1050'],
      ['Liepāja', 'LV-3401'],
      ['Jūrmala', 'LV-2015'],
    ],
    first: ['Jānis', 'Līga', 'Andris', 'Ilze'],
    last: ['Bērziņš', 'Ozola', 'Kalniņš', 'Liepiņa'],
    streets: ['Brīvības iela', 'Jomas iela'],
  },
  EE: {
    currency: 'EUR',
    tz: 3,
    locale: 'et-EE',
    cities: [
      ['Tallinn', '10111'],
      ['Tartu', '51003'],
    ],
    first: ['Kristjan', 'Kadri', 'Mart', 'Liis'],
    last: ['Tamm', 'Saar', 'Sepp', 'Mägi'],
    streets: ['Narva mnt', 'Pärnu mnt'],
  },
  PL: {
    currency: 'EUR',
    tz: 2,
    locale: 'pl-PL',
    cities: [
      ['Warszawa', '00-001'],
      ['Gdańsk', '80-001'],
      ['Białystok', '15-001'],
      ['Kraków', '30-001'],
      ['Suwałki', '16-400'],
    ],
    first: ['Anna', 'Piotr', 'Katarzyna', 'Marek', 'Agnieszka', 'Tomasz'],
    last: ['Nowak', 'Kowalska', 'Wiśniewski', 'Wójcik', 'Kamińska'],
    streets: ['ul. Długa', 'ul. Mariacka', 'ul. Lipowa'],
  },
  DE: {
    currency: 'EUR',
    tz: 2,
    locale: 'de-DE',
    cities: [
      ['Berlin', '10115'],
      ['Hamburg', '20095'],
      ['München', '80331'],
      ['Köln', '50667'],
      ['Rostock', '18055'],
      ['Lübeck', '23552'],
    ],
    first: ['Sabine', 'Thomas', 'Monika', 'Klaus', 'Julia', 'Stefan'],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Wagner'],
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Gartenweg'],
  },
  SE: {
    currency: 'EUR',
    tz: 2,
    locale: 'sv-SE',
    cities: [
      ['Stockholm', '111 20'],
      ['Göteborg', '411 03'],
      ['Malmö', '211 20'],
      ['Visby', '621 55'],
    ],
    first: NORDIC_FIRST,
    last: NORDIC_LAST,
    streets: ['Storgatan', 'Drottninggatan'],
  },
  NO: {
    currency: 'EUR',
    tz: 2,
    locale: 'nb-NO',
    cities: [
      ['Oslo', '0150'],
      ['Bergen', '5003'],
      ['Trondheim', '7011'],
    ],
    first: NORDIC_FIRST,
    last: NORDIC_LAST,
    streets: ['Storgata', 'Kirkegata'],
  },
  DK: {
    currency: 'EUR',
    tz: 2,
    locale: 'da-DK',
    cities: [
      ['København', '1050'],
      ['Aarhus', '8000'],
      ['Odense', '5000'],
    ],
    first: NORDIC_FIRST,
    last: NORDIC_LAST,
    streets: ['Nørregade', 'Vestergade'],
  },
  FI: {
    currency: 'EUR',
    tz: 3,
    locale: 'fi-FI',
    cities: [
      ['Helsinki', '00100'],
      ['Tampere', '33100'],
      ['Turku', '20100'],
    ],
    first: NORDIC_FIRST,
    last: NORDIC_LAST,
    streets: ['Mannerheimintie', 'Hämeenkatu'],
  },
  GB: {
    currency: 'GBP',
    tz: 1,
    locale: 'en-GB',
    cities: [
      ['London', 'E6 1AA'],
      ['Peterborough', 'PE1 1AA'],
      ['Boston', 'PE21 6AA'],
      ['Manchester', 'M1 1AA'],
      ['Edinburgh', 'EH1 1AA'],
    ],
    first: ['Emma', 'James', 'Sarah', 'Oliver', 'Jurgita', 'Vytautas'],
    last: ['Smith', 'Jones', 'Taylor', 'Brown', 'Petrauskas', 'Kazlauskienė'],
    streets: ['High Street', 'Station Road', 'Church Lane'],
  },
  US: {
    currency: 'USD',
    tz: -5,
    locale: 'en-US',
    cities: [
      ['Chicago', '60629'],
      ['Lemont', '60439'],
      ['Cleveland', '44119'],
      ['New York', '11385'],
      ['Boston', '02127'],
      ['Los Angeles', '90027'],
    ],
    first: ['Linda', 'John', 'Rita', 'Paul', 'Dalia', 'Algis'],
    last: ['Stankus', 'Rimkus', 'Miller', 'Johnson', 'Baltrušaitis', 'Adomaitis'],
    streets: ['S Pulaski Rd', 'W 69th St', 'Main St', 'Oak Ave'],
  },
};

/** The countries the shop ships to (and sells to): everything in MARKETS. */
export const SHIP_TO = new Set(Object.keys(MARKETS));

export const market = (country: string): Market => {
  const m = MARKETS[country];
  if (!m) throw new Error(`no market ${country}`);
  return m;
};

export function homeAddress(rng: Rng, country: string): Address {
  const m = market(country);
  const [city, postalCode] = rng.pick(m.cities);
  return { country, postalCode, city, line1: `${rng.pick(m.streets)} ${rng.int(1, 140)}` };
}

/** An Omniva or LP Express parcel locker, the way Lithuanians and Latvians mostly receive parcels. */
export function locker(rng: Rng, city?: string): Address {
  const [c, postalCode] = city
    ? (market('LT').cities.find(([n]) => n === city) ?? ['Vilnius', 'LT-01100'])
    : rng.pick(market('LT').cities);
  const name = rng.pick(['Omniva paštomatas', 'LP Express paštomatas']);
  return {
    country: 'LT',
    postalCode,
    city: c,
    line1: `${name} ${rng.pick(['Akropolis', 'Maxima', 'Iki', 'Rimi', 'Norfa'])} ${rng.int(1, 40)}`,
  };
}

/** The Palanga shop on J. Basanavičiaus g., for pickup (no delivery address). */
export const PALANGA_SHOP: Address = {
  country: 'LT',
  postalCode: 'LT-00135',
  city: 'Palanga',
  line1: 'J. Basanavičiaus g. 12',
};

export const personName = (rng: Rng, country: string): string => {
  const m = market(country);
  return `${rng.pick(m.first)} ${rng.pick(m.last)}`;
};

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');

const MAIL: Readonly<Record<string, readonly string[]>> = {
  LT: ['gmail.com', 'yahoo.com', 'inbox.lt', 'one.lt'],
  PL: ['gmail.com', 'wp.pl', 'onet.pl', 'o2.pl'],
  DE: ['gmail.com', 'web.de', 'gmx.de', 't-online.de'],
  GB: ['gmail.com', 'outlook.com', 'btinternet.com', 'yahoo.co.uk'],
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'comcast.net'],
};

export const emailOf = (rng: Rng, name: string, country: string): string =>
  `${ascii(name)}${rng.chance(0.5) ? rng.int(1, 99) : ''}@${rng.pick(MAIL[country] ?? ['gmail.com', 'outlook.com', 'hotmail.com'])}`;

// Catalogue: prices in euro cents, VAT included.
export type Category =
  | 'necklace'
  | 'bracelet'
  | 'earrings'
  | 'ring'
  | 'teething'
  | 'collector'
  | 'art'
  | 'linen'
  | 'gift'
  | 'souvenir';

const P = product<Category>;
export const CATALOGUE = {
  souvenir: [
    P('SV-MAG', 'Gintaro magnetas „Palanga“', 'souvenir', 450),
    P('SV-KEY', 'Raktų pakabukas su gintaru', 'souvenir', 690),
    P('SV-BOOK', 'Žymeklis su gintaru', 'souvenir', 590),
  ],
  earrings: [
    P('AU-STUD', 'Auskarai, citrininis gintaras', 'earrings', 1900),
    P('AU-SIDAB', 'Sidabriniai auskarai su konjakiniu gintaru', 'earrings', 4900),
    P('AU-LASAS', 'Auskarai „Lašas“', 'earrings', 3500),
  ],
  necklace: [
    P('VR-KARO', 'Gintaro karoliai, medaus spalva, 45 cm', 'necklace', 8900),
    P('VR-BALTAS', 'Karoliai, karališkas baltas gintaras', 'necklace', 24900),
    P('VR-VYSNIA', 'Vyšnių gintaro karoliai', 'necklace', 18900),
    P('VR-PAKAB', 'Pakabukas sidabre, žalias gintaras', 'necklace', 6900),
  ],
  bracelet: [
    P('AP-ELAST', 'Apyrankė, gintaro kauliukai', 'bracelet', 2900),
    P('AP-SIDAB', 'Sidabrinė apyrankė su gintaru', 'bracelet', 7900),
  ],
  ring: [
    P('ZD-SIDAB', 'Sidabrinis žiedas su gintaru', 'ring', 5900),
    P('ZD-AUKS', 'Auksinis žiedas su baltu gintaru', 'ring', 34900),
  ],
  teething: [
    P('KD-KLASIK', 'Kūdikių gintaro karoliukai, konjakiniai', 'teething', 1900),
    P('KD-BALTAS', 'Kūdikių karoliukai, baltas gintaras', 'teething', 2400),
    P('KD-MAMA', 'Mamos ir kūdikio rinkinys', 'teething', 3900),
  ],
  collector: [
    P('KL-INKL', 'Gintaras su vabzdžio inkliuzu, sertifikatas', 'collector', 149000),
    P('KL-VERINYS', 'Vėrinys iš natūralaus gintaro luitų, 250 g', 'collector', 89000),
    P('KL-LUITAS', 'Kolekcinis gintaro luitas, 480 g', 'collector', 320000),
    P('KL-DRIEZ', 'Inkliuzas: driežiuko uodega', 'collector', 680000),
  ],
  art: [
    P('MN-BURL', 'Gintaro burlaivis, rankų darbas', 'art', 42000),
    P('MN-PAVEIK', 'Gintaro mozaikos paveikslas „Jūra“', 'art', 118000),
  ],
  linen: [
    P('LN-STALT', 'Lininė staltiesė 140×180', 'linen', 5900),
    P('LN-RANKS', 'Lininiai rankšluosčiai, 2 vnt.', 'linen', 3400),
    P('LN-PATAL', 'Lininės patalynės komplektas', 'linen', 13900),
  ],
  gift: [
    P('DV-RINK', 'Dovanų rinkinys „Baltijos krantas“', 'gift', 4500),
    P('DV-KORT', 'Dovanų kuponas 50 €', 'gift', 5000),
    P('DV-SAKOT', 'Šakotis ir gintaro pakabukas', 'gift', 3900),
  ],
} satisfies Record<Category, Product<Category>[]>;

/** Euro cents to the order's currency (the site's own rounded price lists). */
export function price(eur: number, currency: Currency): number {
  if (currency === 'EUR') return eur;
  const rate = currency === 'GBP' ? 0.86 : 1.1;
  return Math.max(100, Math.round((eur * rate) / 100) * 100 - 10);
}

export const lineIn = (p: Product<Category>, currency: Currency, quantity = 1): BasketLine<Category> => ({
  ...lineOf(p, quantity),
  price: price(p.price, currency),
});

export interface Basket {
  lines: BasketLine<Category>[];
  currency: Currency;
  shippingFee: number;
  code?: string;
  discount?: number;
  amount: number;
}

export type Delivery =
  'omniva_locker' | 'lp_express_locker' | 'dpd_courier' | 'tracked_post' | 'palanga_pickup';

/** Shipping: lockers €2.99 in the Baltics, DPD €5.99, tracked post abroad €9.90 / £8.90 / $24.90; free from €60 at home, €120 abroad. */
export function basket(
  lines: BasketLine<Category>[],
  currency: Currency,
  delivery: Delivery,
  code?: [string, number],
): Basket {
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const fee =
    delivery === 'palanga_pickup'
      ? 0
      : delivery === 'tracked_post'
        ? items >= price(12000, currency)
          ? 0
          : currency === 'GBP'
            ? 890
            : currency === 'USD'
              ? 2490
              : 990
        : items >= 6000
          ? 0
          : delivery === 'dpd_courier'
            ? 599
            : 299;
  const discount = code ? Math.round((items * code[1]) / 100) : 0;
  return {
    lines,
    currency,
    shippingFee: fee,
    ...(code ? { code: code[0], discount } : {}),
    amount: items - discount + fee,
  };
}

// Cards: BIN and last four only.
export interface HeldCard extends Card {
  funding: 'debit' | 'credit' | 'prepaid';
}

const BINS: Readonly<Record<string, ReadonlyArray<readonly [string, string, HeldCard['funding']]>>> = {
  LT: [
    ['476173', 'visa', 'debit'],
    ['516794', 'mastercard', 'debit'],
    ['459654', 'visa', 'debit'],
    ['535470', 'mastercard', 'credit'],
    ['404137', 'visa', 'debit'],
  ],
  LV: [
    ['475129', 'visa', 'debit'],
    ['539734', 'mastercard', 'debit'],
  ],
  EE: [
    ['416019', 'visa', 'debit'],
    ['516881', 'mastercard', 'debit'],
  ],
  PL: [
    ['425125', 'visa', 'debit'],
    ['535600', 'mastercard', 'debit'],
    ['479088', 'visa', 'credit'],
  ],
  DE: [
    ['492942', 'visa', 'credit'],
    ['545460', 'mastercard', 'credit'],
    ['416550', 'visa', 'debit'],
    ['522681', 'mastercard', 'debit'],
  ],
  SE: [
    ['457219', 'visa', 'debit'],
    ['547361', 'mastercard', 'credit'],
  ],
  NO: [
    ['492160', 'visa', 'debit'],
    ['521808', 'mastercard', 'credit'],
  ],
  DK: [
    ['457117', 'visa', 'debit'],
    ['528691', 'mastercard', 'credit'],
  ],
  FI: [
    ['415231', 'visa', 'debit'],
    ['537530', 'mastercard', 'credit'],
  ],
  GB: [
    ['475129', 'visa', 'debit'],
    ['465858', 'visa', 'debit'],
    ['535522', 'mastercard', 'credit'],
    ['53751842', 'mastercard', 'prepaid'],
  ],
  US: [
    ['414720', 'visa', 'credit'],
    ['426684', 'visa', 'credit'],
    ['542418', 'mastercard', 'credit'],
    ['371238', 'amex', 'credit'],
    ['44338500', 'visa', 'prepaid'],
  ],
  // Belarusian banks' cards, still used by some in Vilnius and from Minsk.
  BY: [
    ['415001', 'visa', 'debit'],
    ['521178', 'mastercard', 'debit'],
    ['90001234', 'belkart', 'debit'],
  ],
  RU: [
    ['220070', 'mir', 'debit'],
    ['220220', 'mir', 'debit'],
  ],
  // Cards opened in Kazakhstan, Armenia and Kyrgyzstan by Russians after 2022.
  KZ: [
    ['440563', 'visa', 'debit'],
    ['537642', 'mastercard', 'debit'],
  ],
  AM: [['408306', 'visa', 'debit']],
};

export function newCard(rng: Rng, country: string, bin?: string): HeldCard {
  const list = BINS[country] ?? BINS.DE ?? [];
  const [b, brand, funding] = bin ? (list.find(([x]) => x === bin) ?? rng.pick(list)) : rng.pick(list);
  return { bin: b, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}`, funding };
}

export const binsOf = (country: string): readonly string[] => (BINS[country] ?? []).map(([b]) => b);

// The account base.
export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  country: string;
  home: Address;
  cards: HeldCard[];
  devices: { id: string; userAgent: string }[];
  /** A Paysera bank link for Baltic and Polish customers: their own bank. */
  bank?: string;
  mobileShare: number;
}

const UA = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 19_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 16; SM-S931B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.5 Safari/605.1.15',
  'Mozilla/5.0 (iPad; CPU OS 19_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0',
];

export const newDevice = (rng: Rng) => ({ id: `dv_${rng.token(20)}`, userAgent: rng.pick(UA) });
export const anyUserAgent = (rng: Rng) => rng.pick(UA);

export const BANKS: Readonly<Record<string, readonly string[]>> = {
  LT: ['swedbank', 'seb', 'luminor', 'siauliu_bankas', 'revolut'],
  LV: ['swedbank', 'seb', 'citadele'],
  EE: ['swedbank', 'seb', 'lhv'],
  PL: ['pko', 'mbank', 'pekao'],
};

const ACCOUNT_COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['LT', 48],
  ['LV', 5],
  ['EE', 2],
  ['PL', 8],
  ['DE', 10],
  ['SE', 4],
  ['NO', 3],
  ['DK', 2],
  ['FI', 3],
  ['GB', 8],
  ['US', 7],
];

export function newAccount(rng: Rng, i: number, country: string, createdAt: number): Account {
  const name = personName(rng, country);
  const devices = Array.from({ length: rng.int(1, 2) }, () => newDevice(rng));
  return {
    id: `kl_${100_000 + i * 7 + rng.int(0, 6)}`,
    email: emailOf(rng, name, country),
    name,
    createdAt,
    country,
    home: homeAddress(rng, country),
    cards: Array.from({ length: rng.int(1, 2) }, () => newCard(rng, country)),
    devices,
    ...(BANKS[country] ? { bank: rng.pick(BANKS[country] ?? []) } : {}),
    mobileShare: rng.float(0.2, 0.7),
  };
}

/** One account for every three orders expected, opened one month to eight years before the season. */
export function accountBase(rng: Rng, start: number, orders: number): Account[] {
  return Array.from({ length: Math.max(30, Math.ceil(orders / 3)) }, (_, i) =>
    newAccount(rng, i, rng.weightedPick(ACCOUNT_COUNTRIES), start - rng.int(30, 8 * 365) * DAY),
  );
}

export const ipAtHome = (rng: Rng, a: Account): string => homeIp(rng, a.country, rng.chance(a.mobileShare));
