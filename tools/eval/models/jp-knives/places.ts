import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the shop sells: Japan in yen; abroad in US dollars (the US, Canada, Singapore, Hong Kong), euros
 * (Europe), pounds (the UK) and Australian dollars. Each market's UTC offset in December, share of overseas
 * orders, site locale, cities with postal-code patterns (`#` a digit, `@` a letter) and streets.
 */

export type Currency = 'JPY' | 'USD' | 'EUR' | 'GBP' | 'AUD';

/** A city, its postal-code pattern (none in Hong Kong) and, where it differs from the market's, its UTC offset. */
export type City = readonly [name: string, postal: string, tz?: number];

export interface Market {
  currency: Currency;
  /** UTC offset in December, hours. */
  tz: number;
  locale: string;
  /** Weight among honest overseas buyers (0 for Japan). */
  share: number;
  cities: readonly City[];
  streets: readonly string[];
}

export const MARKETS = {
  JP: {
    currency: 'JPY',
    tz: 9,
    locale: 'ja-JP',
    share: 0,
    cities: [
      ['大阪市北区', '530-00##'],
      ['堺市堺区', '590-0###'],
      ['大阪市中央区', '542-00##'],
      ['東京都渋谷区', '150-00##'],
      ['東京都世田谷区', '154-00##'],
      ['横浜市中区', '231-00##'],
      ['京都市中京区', '604-8###'],
      ['名古屋市中区', '460-00##'],
      ['神戸市中央区', '650-00##'],
      ['福岡市中央区', '810-00##'],
      ['札幌市中央区', '060-00##'],
      ['仙台市青葉区', '980-08##'],
      ['広島市中区', '730-00##'],
      ['さいたま市大宮区', '330-08##'],
      ['那覇市', '900-00##'],
    ],
    streets: [
      '梅田',
      '天神橋',
      '宿院町',
      '神宮前',
      '三軒茶屋',
      '山下町',
      '河原町',
      '栄',
      '三宮町',
      '大名',
      '北一条',
    ],
  },
  US: {
    currency: 'USD',
    tz: -5,
    locale: 'en-US',
    share: 34,
    cities: [
      ['New York', '100##'],
      ['Brooklyn', '112##'],
      ['Boston', '021##'],
      ['Chicago', '606##', -6],
      ['Austin', '787##', -6],
      ['Denver', '802##', -7],
      ['San Francisco', '941##', -8],
      ['Los Angeles', '900##', -8],
      ['Seattle', '981##', -8],
      ['Portland', '972##', -8],
      ['Honolulu', '968##', -10],
    ],
    streets: ['Maple Ave', 'Oak St', 'Park Pl', 'Elm St', 'Washington Blvd', 'Lake Shore Dr', 'Cedar Ln'],
  },
  CA: {
    currency: 'USD',
    tz: -5,
    locale: 'en-CA',
    share: 7,
    cities: [
      ['Toronto', 'M5V #@#'],
      ['Montréal', 'H2X #@#'],
      ['Calgary', 'T2P #@#', -7],
      ['Vancouver', 'V6B #@#', -8],
    ],
    streets: ['King St W', 'Rue Saint-Denis', '17 Ave SW', 'Granville St', 'Queen St E'],
  },
  GB: {
    currency: 'GBP',
    tz: 0,
    locale: 'en-GB',
    share: 12,
    cities: [
      ['London', 'E1 #@@'],
      ['London', 'SW11 #@@'],
      ['Manchester', 'M1 #@@'],
      ['Edinburgh', 'EH1 #@@'],
      ['Bristol', 'BS1 #@@'],
      ['Leeds', 'LS1 #@@'],
    ],
    streets: ['High Street', 'Church Road', 'Victoria Road', 'Station Road', 'Mill Lane'],
  },
  AU: {
    currency: 'AUD',
    tz: 11,
    locale: 'en-AU',
    share: 12,
    cities: [
      ['Sydney', '20##'],
      ['Melbourne', '30##'],
      ['Brisbane', '40##', 10],
      ['Adelaide', '50##', 10.5],
      ['Perth', '60##', 8],
    ],
    streets: ['George St', 'Chapel St', 'Oxford St', 'Brunswick St', 'Beaufort St'],
  },
  SG: {
    currency: 'USD',
    tz: 8,
    locale: 'en-SG',
    share: 6,
    cities: [
      ['Singapore', '23####'],
      ['Singapore', '31####'],
      ['Singapore', '52####'],
    ],
    streets: ['Orchard Road', 'Tanjong Pagar Road', 'Bukit Timah Road', 'Tampines Avenue'],
  },
  HK: {
    currency: 'USD',
    tz: 8,
    locale: 'en-HK',
    share: 6,
    cities: [
      ['Hong Kong', ''],
      ['Kowloon', ''],
      ['Sha Tin', ''],
    ],
    streets: ['Hennessy Road', 'Nathan Road', "Queen's Road Central", 'Sha Tin Centre Street'],
  },
  DE: {
    currency: 'EUR',
    tz: 1,
    locale: 'de-DE',
    share: 6,
    cities: [
      ['Berlin', '10###'],
      ['München', '80###'],
      ['Hamburg', '20###'],
      ['Köln', '50###'],
    ],
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Schillerstraße', 'Gartenweg'],
  },
  FR: {
    currency: 'EUR',
    tz: 1,
    locale: 'fr-FR',
    share: 4,
    cities: [
      ['Paris', '750##'],
      ['Lyon', '6900#'],
      ['Bordeaux', '3300#'],
    ],
    streets: ['rue de la République', 'avenue Jean Jaurès', 'rue Victor Hugo'],
  },
  NL: {
    currency: 'EUR',
    tz: 1,
    locale: 'nl-NL',
    share: 3,
    cities: [
      ['Amsterdam', '10## @@'],
      ['Utrecht', '35## @@'],
      ['Rotterdam', '30## @@'],
    ],
    streets: ['Kerkstraat', 'Prinsengracht', 'Oudegracht'],
  },
  IT: {
    currency: 'EUR',
    tz: 1,
    locale: 'it-IT',
    share: 2,
    cities: [
      ['Milano', '201##'],
      ['Roma', '001##'],
      ['Torino', '101##'],
    ],
    streets: ['Via Roma', 'Corso Garibaldi', 'Via Dante'],
  },
  ES: {
    currency: 'EUR',
    tz: 1,
    locale: 'es-ES',
    share: 2,
    cities: [
      ['Madrid', '280##'],
      ['Barcelona', '080##'],
      ['San Sebastián', '200##'],
    ],
    streets: ['Calle Mayor', 'Carrer de Mallorca', 'Calle Urbieta'],
  },
  BE: {
    currency: 'EUR',
    tz: 1,
    locale: 'nl-BE',
    share: 1,
    cities: [
      ['Brussel', '10##'],
      ['Antwerpen', '20##'],
    ],
    streets: ['Rue Haute', 'Meir', 'Kortrijksesteenweg'],
  },
  AT: {
    currency: 'EUR',
    tz: 1,
    locale: 'de-AT',
    share: 1,
    cities: [
      ['Wien', '1##0'],
      ['Graz', '80##'],
    ],
    streets: ['Mariahilfer Straße', 'Herrengasse'],
  },
  IE: {
    currency: 'EUR',
    tz: 0,
    locale: 'en-IE',
    share: 1,
    cities: [
      ['Dublin', 'D0# @###'],
      ['Cork', 'T12 @###'],
    ],
    streets: ['Main Street', 'Camden Street', 'Patrick Street'],
  },
  SE: {
    currency: 'EUR',
    tz: 1,
    locale: 'sv-SE',
    share: 1.5,
    cities: [
      ['Stockholm', '11# ##'],
      ['Göteborg', '41# ##'],
    ],
    streets: ['Storgatan', 'Drottninggatan'],
  },
  DK: {
    currency: 'EUR',
    tz: 1,
    locale: 'da-DK',
    share: 1,
    cities: [
      ['København', '1###'],
      ['Aarhus', '8000'],
    ],
    streets: ['Nørrebrogade', 'Vesterbrogade'],
  },
  CH: {
    currency: 'EUR',
    tz: 1,
    locale: 'de-CH',
    share: 1.5,
    cities: [
      ['Zürich', '80##'],
      ['Genève', '12##'],
    ],
    streets: ['Langstrasse', 'Rue du Rhône'],
  },
  FI: {
    currency: 'EUR',
    tz: 2,
    locale: 'fi-FI',
    share: 0.5,
    cities: [['Helsinki', '00###']],
    streets: ['Mannerheimintie', 'Fredrikinkatu'],
  },
} as const satisfies Record<string, Market>;

export type Country = keyof typeof MARKETS;
export type Abroad = Exclude<Country, 'JP'>;

export const COUNTRIES = Object.keys(MARKETS) as Country[];
export const ABROAD = COUNTRIES.filter((c): c is Abroad => c !== 'JP');

export const market = (c: Country): Market => MARKETS[c];

/** An overseas country by its share of overseas orders, or by the given weights. */
export function abroad(rng: Rng, weights?: Partial<Record<Abroad, number>>): Abroad {
  return rng.weightedPick(ABROAD.map((c) => [c, weights ? (weights[c] ?? 0) : MARKETS[c].share] as const));
}

/** Fills a postal-code pattern: `#` a digit, `@` a capital letter. */
export function postal(rng: Rng, pattern: string): string {
  let out = '';
  for (const ch of pattern)
    out += ch === '#' ? rng.digits(1) : ch === '@' ? rng.token(1, 'ABCDEFGHJKLMNPRSTUVWXY') : ch;
  return out;
}

/** A street address line in the country's own style. */
export function street(rng: Rng, c: Country): string {
  const name = rng.pick(market(c).streets);
  if (c === 'JP') return `${name}${rng.int(1, 6)}-${rng.int(1, 30)}-${rng.int(1, 20)}`;
  if (['DE', 'AT', 'CH', 'NL', 'BE', 'SE', 'DK', 'FI', 'IT', 'ES'].includes(c))
    return `${name} ${rng.int(1, 180)}`;
  if (c === 'FR') return `${rng.int(1, 120)} ${name}`;
  const flat = ['SG', 'HK'].includes(c) ? `#${rng.int(2, 40)}-${rng.int(1, 12)} ` : '';
  return `${flat}${rng.int(1, 480)} ${name}`;
}

/** A home address in the country, and its UTC offset. */
export function homeIn(rng: Rng, c: Country): { address: Address; tz: number } {
  const [city, pattern, tz] = rng.pick(market(c).cities);
  const address: Address = {
    country: c,
    ...(pattern ? { postalCode: postal(rng, pattern) } : {}),
    city,
    line1: street(rng, c),
  };
  return { address, tz: tz ?? market(c).tz };
}

/** The shop itself, for pickup: a workshop and showroom in Sakai. */
export const SHOP: Address = {
  country: 'JP',
  postalCode: '590-0927',
  city: '堺市堺区',
  line1: '北旅籠町西1-3-12',
};

/** Hotels in Osaka and Kyoto that take in parcels for their guests. */
export const HOTELS: readonly Address[] = [
  { country: 'JP', postalCode: '530-0001', city: '大阪市北区', line1: 'Umeda 3-1-1, hotel front desk' },
  { country: 'JP', postalCode: '542-0086', city: '大阪市中央区', line1: 'Nishishinsaibashi 1-5-2, hotel' },
  { country: 'JP', postalCode: '600-8216', city: '京都市下京区', line1: 'Higashishiokoji 901, hotel' },
  { country: 'JP', postalCode: '104-0061', city: '東京都中央区', line1: 'Ginza 6-8-1, hotel concierge' },
];
