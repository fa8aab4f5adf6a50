import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the customers live and where parcels go. The store sells on four sites: Sweden (kronor), Finland
 * (euros), Norway and Denmark (their kroner), and delivers only within the country of the site. Cities carry
 * their postal-code range and weight by population; Finland-Swedish towns are marked.
 */

export type Market = 'SE' | 'FI' | 'NO' | 'DK';

export interface MarketInfo {
  currency: 'SEK' | 'EUR' | 'NOK' | 'DKK';
  /** UTC offset in January. */
  tz: number;
  locales: ReadonlyArray<readonly [string, number]>;
  site: string;
}

export const MARKETS: Readonly<Record<Market, MarketInfo>> = {
  SE: {
    currency: 'SEK',
    tz: 1,
    locales: [
      ['sv-SE', 97],
      ['en-SE', 3],
    ],
    site: 'apoteketnorrsken.se',
  },
  FI: {
    currency: 'EUR',
    tz: 2,
    locales: [
      ['fi-FI', 80],
      ['sv-FI', 20],
    ],
    site: 'norrskenapteekki.fi',
  },
  NO: { currency: 'NOK', tz: 1, locales: [['nb-NO', 100]], site: 'norrskenapotek.no' },
  DK: { currency: 'DKK', tz: 1, locales: [['da-DK', 100]], site: 'norrskenapotek.dk' },
};

export interface City {
  name: string;
  country: string;
  /** Postal codes, inclusive, as numbers. */
  postal: readonly [number, number];
  weight: number;
  /** A Finland-Swedish town: the site in Swedish, Swedish street names. */
  swedish?: boolean;
}

const city = (
  country: string,
  name: string,
  postal: readonly [number, number],
  weight: number,
  swedish = false,
): City => ({ name, country, postal, weight, ...(swedish ? { swedish } : {}) });

export const SE_CITIES: readonly City[] = [
  city('SE', 'Stockholm', [11120, 11869], 20),
  city('SE', 'Solna', [16950, 17199], 3),
  city('SE', 'Nacka', [13130, 13199], 3),
  city('SE', 'Huddinge', [14130, 14199], 3),
  city('SE', 'Täby', [18330, 18399], 2),
  city('SE', 'Göteborg', [41101, 41879], 11),
  city('SE', 'Malmö', [21115, 21776], 7),
  city('SE', 'Uppsala', [75220, 75654], 4),
  city('SE', 'Västerås', [72210, 72598], 3),
  city('SE', 'Örebro', [70210, 70383], 3),
  city('SE', 'Linköping', [58220, 58937], 3),
  city('SE', 'Helsingborg', [25220, 25669], 3),
  city('SE', 'Norrköping', [60210, 60597], 3),
  city('SE', 'Jönköping', [55310, 55659], 2.5),
  city('SE', 'Lund', [22220, 22764], 2),
  city('SE', 'Umeå', [90325, 90799], 2),
  city('SE', 'Gävle', [80250, 80649], 2),
  city('SE', 'Borås', [50230, 50764], 2),
  city('SE', 'Eskilstuna', [63220, 63369], 2),
  city('SE', 'Karlstad', [65224, 65639], 2),
  city('SE', 'Sundsvall', [85230, 85753], 2),
  city('SE', 'Växjö', [35230, 35259], 1.5),
  city('SE', 'Halmstad', [30230, 30296], 1.5),
  city('SE', 'Luleå', [97231, 97755], 1.5),
  city('SE', 'Östersund', [83130, 83199], 1),
  city('SE', 'Kalmar', [39230, 39365], 1),
  city('SE', 'Falun', [79130, 79199], 1),
  city('SE', 'Skellefteå', [93130, 93199], 1),
  city('SE', 'Kiruna', [98130, 98199], 0.5),
  city('SE', 'Visby', [62141, 62158], 0.5),
  city('SE', 'Strömstad', [45230, 45297], 0.2),
  city('SE', 'Haparanda', [95331, 95336], 0.1),
];

export const FI_CITIES: readonly City[] = [
  city('FI', 'Helsinki', [100, 990], 14),
  city('FI', 'Espoo', [2100, 2940], 6),
  city('FI', 'Vantaa', [1300, 1760], 5),
  city('FI', 'Tampere', [33100, 33900], 5),
  city('FI', 'Turku', [20100, 20900], 4),
  city('FI', 'Oulu', [90100, 90900], 4),
  city('FI', 'Jyväskylä', [40100, 40800], 3),
  city('FI', 'Kuopio', [70100, 70900], 2.5),
  city('FI', 'Lahti', [15100, 15900], 2.5),
  city('FI', 'Tornio', [95400, 95450], 0.5),
  city('FI', 'Vasa', [65100, 65380], 2.5, true),
  city('FI', 'Jakobstad', [68600, 68660], 1, true),
  city('FI', 'Borgå', [6100, 6500], 1.5, true),
  city('FI', 'Ekenäs', [10600, 10650], 0.7, true),
  city('FI', 'Närpes', [64200, 64230], 0.5, true),
  city('FI', 'Mariehamn', [22100, 22150], 0.8, true),
];

export const NO_CITIES: readonly City[] = [
  city('NO', 'Oslo', [150, 1295], 12),
  city('NO', 'Bergen', [5003, 5268], 5),
  city('NO', 'Trondheim', [7010, 7099], 4),
  city('NO', 'Stavanger', [4006, 4099], 3),
  city('NO', 'Drammen', [3011, 3048], 2),
  city('NO', 'Fredrikstad', [1601, 1639], 2),
  city('NO', 'Halden', [1751, 1798], 1),
  city('NO', 'Tromsø', [9006, 9024], 1.5),
];

export const DK_CITIES: readonly City[] = [
  city('DK', 'København', [1050, 2450], 12),
  city('DK', 'Frederiksberg', [1800, 2000], 3),
  city('DK', 'Aarhus', [8000, 8270], 6),
  city('DK', 'Odense', [5000, 5270], 4),
  city('DK', 'Aalborg', [9000, 9220], 3),
  city('DK', 'Helsingør', [3000, 3000], 1.5),
  city('DK', 'Esbjerg', [6700, 6715], 1.5),
];

export const CITIES: Readonly<Record<Market, readonly City[]>> = {
  SE: SE_CITIES,
  FI: FI_CITIES,
  NO: NO_CITIES,
  DK: DK_CITIES,
};

const STREETS: Readonly<Record<string, readonly string[]>> = {
  SE: [
    'Storgatan',
    'Drottninggatan',
    'Kungsgatan',
    'Vasagatan',
    'Skolgatan',
    'Björkvägen',
    'Lärkvägen',
    'Parkvägen',
    'Tallvägen',
    'Ringvägen',
    'Södra vägen',
    'Hantverkargatan',
    'Sveavägen',
    'Götgatan',
    'Linnégatan',
    'Järnvägsgatan',
    'Kyrkogatan',
    'Backvägen',
    'Ekvägen',
    'Åsgatan',
    'Nygatan',
    'Torggatan',
    'Granvägen',
    'Idrottsvägen',
    'Hagagatan',
    'Odengatan',
    'Ringstigen',
    'Sjövägen',
  ],
  FI: [
    'Mannerheimintie',
    'Hämeenkatu',
    'Aleksanterinkatu',
    'Koulukatu',
    'Rantatie',
    'Puistokatu',
    'Kirkkokatu',
    'Satamakatu',
    'Koivukuja',
    'Mäntytie',
    'Pihlajatie',
    'Asemakatu',
    'Kauppakatu',
    'Kalevankatu',
    'Urheilutie',
  ],
  FI_SV: [
    'Storgatan',
    'Handelsesplanaden',
    'Skolhusgatan',
    'Strandvägen',
    'Köpmansgatan',
    'Torggatan',
    'Sandögatan',
    'Norra Esplanaden',
    'Kyrkoesplanaden',
    'Västra Skolgatan',
  ],
  NO: [
    'Storgata',
    'Kirkegata',
    'Thorvald Meyers gate',
    'Bogstadveien',
    'Skolegata',
    'Parkveien',
    'Kongens gate',
    'Markveien',
    'Bjørkeveien',
    'Granveien',
    'Torggata',
    'Sandviksveien',
  ],
  DK: [
    'Nørrebrogade',
    'Vesterbrogade',
    'Østergade',
    'Jernbanegade',
    'Skolevej',
    'Søndergade',
    'Algade',
    'Strandvejen',
    'Birkevej',
    'Kirkevej',
    'Engvej',
    'Amagerbrogade',
  ],
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A postal code as the country writes it: "113 45", "00100", "0150", "2100". */
export function postalCode(c: City, rng: Rng): string {
  const n = rng.int(c.postal[0], c.postal[1]);
  if (c.country === 'SE') {
    const s = pad(n, 5);
    return `${s.slice(0, 3)} ${s.slice(3)}`;
  }
  return pad(n, c.country === 'FI' ? 5 : 4);
}

/** A street address line in the country's style (flat numbers, staircases, floors). */
export function streetLine(c: City, rng: Rng): string {
  const list = STREETS[c.country === 'FI' && c.swedish ? 'FI_SV' : c.country] ?? STREETS.SE ?? [];
  const street = rng.pick(list);
  const no = rng.int(1, 140);
  switch (c.country) {
    case 'SE':
      return rng.chance(0.55)
        ? `${street} ${no} lgh ${rng.int(10, 16)}${pad(rng.int(1, 8), 2)}`
        : `${street} ${no}`;
    case 'FI':
      return rng.chance(0.6)
        ? `${street} ${no} ${rng.pick(['A', 'B', 'C', 'D'])} ${rng.int(1, 40)}`
        : `${street} ${no}`;
    case 'NO':
      return rng.chance(0.4)
        ? `${street} ${no}${rng.pick(['', 'A', 'B'])}, H0${rng.int(1, 5)}0${rng.int(1, 4)}`
        : `${street} ${no}`;
    default:
      return rng.chance(0.5)
        ? `${street} ${no}, ${rng.int(1, 5)}. ${rng.pick(['tv', 'th', 'mf'])}`
        : `${street} ${no}`;
  }
}

export function pickCity(rng: Rng, cities: readonly City[]): City {
  return rng.weightedPick(cities.map((c) => [c, c.weight] as const));
}

export function addressIn(rng: Rng, c: City): Address {
  return { country: c.country, postalCode: postalCode(c, rng), city: c.name, line1: streetLine(c, rng) };
}

/** Somewhere in the market, by population. */
export function homeIn(rng: Rng, market: Market): { city: City; address: Address } {
  const c = pickCity(rng, CITIES[market]);
  return { city: c, address: addressIn(rng, c) };
}

export const cityNamed = (name: string): City => {
  const found = [...SE_CITIES, ...FI_CITIES, ...NO_CITIES, ...DK_CITIES].find((c) => c.name === name);
  if (!found) throw new Error(`no city ${name}`);
  return found;
};

/** A pickup point: a parcel locker or a partner shop near the delivery address. */
export interface PickupPoint {
  id: string;
  name: string;
  city: string;
}

const SHOPS: Readonly<Record<Market, readonly string[]>> = {
  SE: [
    'ICA Nära',
    'ICA Kvantum',
    'Coop',
    'Hemköp',
    'Pressbyrån',
    'Circle K',
    'Willys',
    'Tempo',
    'OKQ8',
    'Mathem',
  ],
  FI: ['K-Market', 'S-Market', 'R-kioski', 'Alepa', 'Prisma', 'Sale'],
  NO: ['Kiwi', 'Rema 1000', 'Coop Extra', 'Narvesen', 'Meny'],
  DK: ['Netto', 'Føtex', 'Rema 1000', '7-Eleven', 'Lidl'],
};

const OPERATOR: Readonly<Record<string, string>> = {
  instabox: 'Instabox',
  budbee_box: 'Budbee Box',
  postnord_service_point: 'PostNord Ombud',
  click_and_collect: 'Norrsken Partnerbutik',
};

/** A pickup point of `delivery` in `city`, numbered by its operator. */
export function pickupPointIn(rng: Rng, market: Market, cityName: string, delivery: string): PickupPoint {
  const shop = rng.pick(SHOPS[market]);
  const operator = OPERATOR[delivery] ?? 'PostNord Ombud';
  return {
    id: `${delivery.slice(0, 2).toUpperCase()}${rng.digits(6)}`,
    name: `${operator} ${shop} ${cityName}`,
    city: cityName,
  };
}

/** Where Swedes spend the winter (tz in January) and whose networks they use there. */
export interface Abroad {
  place: string;
  country: 'ES' | 'TH';
  tz: number;
  weight: number;
}

export const ABROAD: readonly Abroad[] = [
  { place: 'Fuengirola', country: 'ES', tz: 1, weight: 5 },
  { place: 'Marbella', country: 'ES', tz: 1, weight: 3 },
  { place: 'Torrevieja', country: 'ES', tz: 1, weight: 4 },
  { place: 'Alfaz del Pi', country: 'ES', tz: 1, weight: 2 },
  { place: 'Las Palmas', country: 'ES', tz: 0, weight: 3 },
  { place: 'Playa del Inglés', country: 'ES', tz: 0, weight: 3 },
  { place: 'Hua Hin', country: 'TH', tz: 7, weight: 2 },
  { place: 'Phuket', country: 'TH', tz: 7, weight: 2 },
  { place: 'Khao Lak', country: 'TH', tz: 7, weight: 1 },
];

/**
 * Parcel forwarders that sell "a Finnish (or Swedish) address" to buyers in Russia and Belarus and drive the
 * parcels over the border; and the Stockholm and Göteborg addresses of shops that send parcels on to Iran and
 * Syria. Only the sanctioned_country kind ships to them.
 */
export const FORWARDERS: readonly Address[] = [
  { country: 'FI', postalCode: '53500', city: 'Lappeenranta', line1: 'Teollisuuskatu 18 C' },
  { country: 'FI', postalCode: '53100', city: 'Lappeenranta', line1: 'Valtakatu 41, PL 112' },
  { country: 'FI', postalCode: '55100', city: 'Imatra', line1: 'Tainionkoskentie 62' },
  { country: 'FI', postalCode: '49900', city: 'Virolahti', line1: 'Vaalimaantie 1550' },
  { country: 'FI', postalCode: '01530', city: 'Vantaa', line1: 'Tikkurilantie 146, box 2231' },
  { country: 'SE', postalCode: '163 53', city: 'Spånga', line1: 'Kvarnbackavägen 4, c/o Pars Frakt' },
  { country: 'SE', postalCode: '424 57', city: 'Göteborg', line1: 'Angereds Torg 11, c/o Sham Cargo' },
];

/** Places under comprehensive (or, for Russia and Belarus, near-comprehensive EU) sanctions. */
export interface SanctionedPlace {
  country: 'RU' | 'BY' | 'IR' | 'SY';
  city: string;
  postal: () => string;
  line: () => string;
  tz: number;
}

export function sanctionedPlaces(rng: Rng): readonly SanctionedPlace[] {
  const kv = () => `kv. ${rng.int(1, 220)}`;
  return [
    {
      country: 'RU',
      city: 'Sankt-Peterburg',
      postal: () => `19${rng.int(1000, 7406)}`.slice(0, 6),
      line: () =>
        `${rng.pick(['Nevsky pr.', 'ul. Marata', 'Moskovsky pr.', 'ul. Savushkina'])} ${rng.int(1, 180)}, ${kv()}`,
      tz: 3,
    },
    {
      country: 'RU',
      city: 'Moskva',
      postal: () => `1${rng.int(1, 2)}${pad(rng.int(0, 9999), 4)}`,
      line: () =>
        `${rng.pick(['ul. Tverskaya', 'Leninsky pr.', 'ul. Arbat', 'Profsoyuznaya ul.'])} ${rng.int(1, 120)}, ${kv()}`,
      tz: 3,
    },
    {
      country: 'RU',
      city: 'Vyborg',
      postal: () => `1888${pad(rng.int(0, 99), 2)}`,
      line: () => `${rng.pick(['Leningradsky pr.', 'ul. Krepostnaya'])} ${rng.int(1, 60)}, ${kv()}`,
      tz: 3,
    },
    {
      country: 'BY',
      city: 'Minsk',
      postal: () => `220${pad(rng.int(0, 141), 3)}`,
      line: () =>
        `${rng.pick(['pr. Nezavisimosti', 'ul. Surganova', 'pr. Pobeditelei'])} ${rng.int(1, 190)}, ${kv()}`,
      tz: 3,
    },
    {
      country: 'IR',
      city: 'Tehran',
      postal: () => `1${rng.digits(9)}`,
      line: () =>
        `${rng.pick(['Valiasr St', 'Shariati St', 'Pasdaran Ave', 'Mirdamad Blvd'])}, No. ${rng.int(1, 2400)}`,
      tz: 3.5,
    },
    {
      country: 'SY',
      city: rng.pick(['Damascus', 'Aleppo', 'Latakia']),
      postal: () => '',
      line: () => `${rng.pick(['Baghdad St', 'Al-Thawra St', 'Abu Rummaneh'])}, Bldg ${rng.int(1, 90)}`,
      tz: 2,
    },
  ];
}
