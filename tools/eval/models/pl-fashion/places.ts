import { type Address } from '../kit/purchase.js';

/**
 * Where "Wieszak" sells: eight markets, each with its currency, its UTC offset in late November, its share of
 * orders, the site's locale, cities with postal codes and streets, its parcel-locker network and couriers.
 */

export type Market = 'PL' | 'CZ' | 'SK' | 'HU' | 'RO' | 'LT' | 'LV' | 'EE';
export type Currency = 'PLN' | 'CZK' | 'HUF' | 'RON' | 'EUR';

export interface City {
  city: string;
  postal: () => string;
}

export interface MarketInfo {
  currency: Currency;
  /** UTC offset in hours in late November. */
  tz: number;
  share: number;
  locale: string;
  cities: ReadonlyArray<readonly [string, string]>;
  streets: readonly string[];
  /** Street-address format: `{street} {n}/{flat}` or the like. */
  line: (street: string, n: number, flat: number) => string;
  lockers: string;
  couriers: readonly string[];
  /** Name of a parcel locker for its line1, from a city code and a number. */
  locker: (code: string, n: number) => string;
}

const pl = (street: string, n: number, flat: number) => `ul. ${street} ${n}${flat > 0 ? `/${flat}` : ''}`;
const plain = (street: string, n: number, flat: number) => `${street} ${n}${flat > 0 ? `/${flat}` : ''}`;

/** City, postal code (one real code of each city, the store's own list). */
export const MARKETS: Readonly<Record<Market, MarketInfo>> = {
  PL: {
    currency: 'PLN',
    tz: 1,
    share: 55,
    locale: 'pl-PL',
    cities: [
      ['Warszawa', '00-001'],
      ['Warszawa', '02-495'],
      ['Kraków', '30-001'],
      ['Łódź', '90-001'],
      ['Wrocław', '50-001'],
      ['Poznań', '60-001'],
      ['Gdańsk', '80-001'],
      ['Szczecin', '70-001'],
      ['Lublin', '20-001'],
      ['Katowice', '40-001'],
      ['Białystok', '15-001'],
      ['Rzeszów', '35-001'],
      ['Toruń', '87-100'],
      ['Kielce', '25-001'],
      ['Olsztyn', '10-001'],
      ['Opole', '45-001'],
      ['Nowy Sącz', '33-300'],
      ['Płock', '09-400'],
    ],
    streets: [
      'Marszałkowska',
      'Długa',
      'Polna',
      'Leśna',
      'Słoneczna',
      'Mickiewicza',
      'Kościuszki',
      'Ogrodowa',
      'Lipowa',
      'Krakowska',
      'Piłsudskiego',
      'Sienkiewicza',
    ],
    line: pl,
    lockers: 'inpost',
    couriers: ['inpost_courier', 'dpd', 'dhl', 'orlen_paczka', 'poczta_polska'],
    locker: (code, n) => `Paczkomat ${code}${String(n).padStart(2, '0')}M`,
  },
  CZ: {
    currency: 'CZK',
    tz: 1,
    share: 11,
    locale: 'cs-CZ',
    cities: [
      ['Praha', '110 00'],
      ['Praha', '150 00'],
      ['Brno', '602 00'],
      ['Ostrava', '702 00'],
      ['Plzeň', '301 00'],
      ['Olomouc', '779 00'],
      ['Liberec', '460 01'],
      ['České Budějovice', '370 01'],
    ],
    streets: [
      'Vinohradská',
      'Národní',
      'Masarykova',
      'Husova',
      'Nádražní',
      'Palackého',
      'Školní',
      'Zahradní',
    ],
    line: plain,
    lockers: 'packeta',
    couriers: ['ppl', 'dpd', 'gls', 'ceska_posta'],
    locker: (code, n) => `Z-BOX ${code} ${n}`,
  },
  SK: {
    currency: 'EUR',
    tz: 1,
    share: 5,
    locale: 'sk-SK',
    cities: [
      ['Bratislava', '811 01'],
      ['Košice', '040 01'],
      ['Žilina', '010 01'],
      ['Banská Bystrica', '974 01'],
      ['Nitra', '949 01'],
      ['Prešov', '080 01'],
    ],
    streets: ['Obchodná', 'Hlavná', 'Štúrova', 'Hviezdoslavova', 'Mierová', 'Záhradnícka'],
    line: plain,
    lockers: 'packeta',
    couriers: ['packeta_home', 'dpd', 'gls', 'slovak_parcel_service'],
    locker: (code, n) => `Z-BOX ${code} ${n}`,
  },
  HU: {
    currency: 'HUF',
    tz: 1,
    share: 9,
    locale: 'hu-HU',
    cities: [
      ['Budapest', '1051'],
      ['Budapest', '1117'],
      ['Debrecen', '4024'],
      ['Szeged', '6720'],
      ['Győr', '9021'],
      ['Pécs', '7621'],
      ['Miskolc', '3525'],
    ],
    streets: [
      'Andrássy út',
      'Rákóczi út',
      'Kossuth Lajos utca',
      'Petőfi Sándor utca',
      'Széchenyi utca',
      'Fő utca',
    ],
    line: (street, n, flat) => `${street} ${n}.${flat > 0 ? ` ${flat}. ajtó` : ''}`,
    lockers: 'foxpost',
    couriers: ['gls', 'mpl', 'dpd', 'express_one'],
    locker: (code, n) => `Foxpost ${code} ${n}`,
  },
  RO: {
    currency: 'RON',
    tz: 2,
    share: 12,
    locale: 'ro-RO',
    cities: [
      ['București', '010011'],
      ['București', '030167'],
      ['Cluj-Napoca', '400001'],
      ['Iași', '700001'],
      ['Timișoara', '300001'],
      ['Constanța', '900001'],
      ['Brașov', '500001'],
      ['Craiova', '200001'],
      ['Suceava', '720001'],
    ],
    streets: [
      'Strada Victoriei',
      'Bulevardul Unirii',
      'Strada Republicii',
      'Strada Mihai Eminescu',
      'Calea Dorobanților',
      'Strada Libertății',
    ],
    line: (street, n, flat) => `${street} nr. ${n}${flat > 0 ? `, ap. ${flat}` : ''}`,
    lockers: 'sameday_easybox',
    couriers: ['fan_courier', 'sameday', 'cargus', 'dpd'],
    locker: (code, n) => `easybox ${code} ${n}`,
  },
  LT: {
    currency: 'EUR',
    tz: 2,
    share: 4,
    locale: 'lt-LT',
    cities: [
      ['Vilnius', 'LT-01100'],
      ['Kaunas', 'LT-44001'],
      ['Klaipėda', 'LT-91001'],
      ['Šiauliai', 'LT-76001'],
    ],
    streets: ['Gedimino pr.', 'Laisvės al.', 'Vilniaus g.', 'Pylimo g.', 'Savanorių pr.'],
    line: (street, n, flat) => `${street} ${n}${flat > 0 ? `-${flat}` : ''}`,
    lockers: 'omniva',
    couriers: ['dpd', 'omniva_courier', 'venipak'],
    locker: (code, n) => `Omniva paštomatas ${code} ${n}`,
  },
  LV: {
    currency: 'EUR',
    tz: 2,
    share: 2,
    locale: 'lv-LV',
    cities: [
      ['Rīga', 'LV-1050'],
      ['Rīga', 'LV-1011'],
      ['Daugavpils', 'LV-5401'],
      ['Liepāja', 'LV-3401'],
    ],
    streets: ['Brīvības iela', 'Elizabetes iela', 'Tērbatas iela', 'Krišjāņa Barona iela'],
    line: (street, n, flat) => `${street} ${n}${flat > 0 ? `-${flat}` : ''}`,
    lockers: 'omniva',
    couriers: ['dpd', 'omniva_courier', 'venipak'],
    locker: (code, n) => `Omniva pakomāts ${code} ${n}`,
  },
  EE: {
    currency: 'EUR',
    tz: 2,
    share: 2,
    locale: 'et-EE',
    cities: [
      ['Tallinn', '10111'],
      ['Tallinn', '13415'],
      ['Tartu', '51003'],
      ['Pärnu', '80010'],
    ],
    streets: ['Narva mnt', 'Pärnu mnt', 'Tartu mnt', 'Rüütli', 'Riia'],
    line: (street, n, flat) => `${street} ${n}${flat > 0 ? `-${flat}` : ''}`,
    lockers: 'omniva',
    couriers: ['dpd', 'omniva_courier', 'smartposti'],
    locker: (code, n) => `Omniva pakiautomaat ${code} ${n}`,
  },
};

export const MARKET_LIST = Object.keys(MARKETS) as Market[];

/** Stores with click-and-collect, by market. */
export const STORES: Partial<Record<Market, readonly Address[]>> = {
  PL: [
    {
      country: 'PL',
      city: 'Warszawa',
      postalCode: '02-326',
      line1: 'Al. Jerozolimskie 148 (Wieszak, CH Reduta)',
    },
    {
      country: 'PL',
      city: 'Kraków',
      postalCode: '31-154',
      line1: 'ul. Pawia 5 (Wieszak, Galeria Krakowska)',
    },
    {
      country: 'PL',
      city: 'Gdańsk',
      postalCode: '80-309',
      line1: 'ul. Grunwaldzka 141 (Wieszak, Galeria Bałtycka)',
    },
    { country: 'PL', city: 'Wrocław', postalCode: '50-088', line1: 'ul. Świdnicka 40 (Wieszak, Renoma)' },
  ],
  CZ: [
    { country: 'CZ', city: 'Praha', postalCode: '110 00', line1: 'Na Příkopě 22 (Wieszak, Slovanský dům)' },
  ],
  RO: [
    {
      country: 'RO',
      city: 'București',
      postalCode: '060013',
      line1: 'Bulevardul Vasile Milea 4 (Wieszak, AFI Cotroceni)',
    },
  ],
  HU: [{ country: 'HU', city: 'Budapest', postalCode: '1062', line1: 'Váci út 1-3 (Wieszak, WestEnd)' }],
};

/** PLN → local currency, as the price lists are converted for the season. */
export const RATE: Readonly<Record<Currency, number>> = { PLN: 1, CZK: 5.85, HUF: 91, RON: 1.17, EUR: 0.235 };

/** A price in grosze as the market's shelf price in its minor unit: .99 endings, 9 Kč, 90 Ft. */
export function localPrice(plnMinor: number, currency: Currency): number {
  const major = (plnMinor / 100) * RATE[currency];
  if (currency === 'CZK') return Math.max(9, Math.round(major / 10) * 10 - 1) * 100;
  if (currency === 'HUF') return Math.max(90, Math.round(major / 100) * 100 - 10) * 100;
  return Math.max(99, Math.round(major) * 100 - 1);
}

/** Delivery fees (minor units) and the free-delivery threshold, per currency. */
export const FEES: Readonly<
  Record<Currency, { locker: number; courier: number; cod: number; freeFrom: number }>
> = {
  PLN: { locker: 999, courier: 1499, cod: 500, freeFrom: 19_900 },
  CZK: { locker: 5_900, courier: 9_900, cod: 3_900, freeFrom: 119_900 },
  HUF: { locker: 99_000, courier: 149_000, cod: 59_000, freeFrom: 1_999_000 },
  RON: { locker: 1_299, courier: 1_999, cod: 699, freeFrom: 24_900 },
  EUR: { locker: 299, courier: 499, cod: 199, freeFrom: 5_000 },
};

/** Sanctioned places the sanctioned_country kind touches. */
export const SANCTIONED_PLACES: ReadonlyArray<Address & { region?: string }> = [
  { country: 'UA', region: 'Crimea', city: 'Simferopol', postalCode: '95000', line1: 'vul. Pushkina 14' },
  {
    country: 'UA',
    region: 'Crimea',
    city: 'Sevastopol',
    postalCode: '99011',
    line1: 'vul. Bolshaya Morskaya 30',
  },
  { country: 'UA', region: 'Donetsk', city: 'Donetsk', postalCode: '83001', line1: 'vul. Artema 52' },
  { country: 'UA', region: 'Luhansk', city: 'Luhansk', postalCode: '91055', line1: 'vul. Sovetskaya 61' },
  { country: 'IR', city: 'Tehran', postalCode: '1968713741', line1: 'Valiasr St 2214' },
  { country: 'IR', city: 'Mashhad', postalCode: '9178874511', line1: 'Ahmadabad Blvd 31' },
  { country: 'SY', city: 'Damascus', line1: 'Abu Rummaneh, Al-Jalaa St 12' },
  { country: 'CU', city: 'La Habana', postalCode: '10400', line1: 'Calle 23 No. 1155, Vedado' },
  { country: 'KP', city: 'Pyongyang', line1: 'Kwangbok Street 3' },
];
