import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The twelve countries the Bordeaux merchant ships to, with UTC offset (December), share of orders, the locale
 * its site is read in, whether wine arrives duty-paid from France (EU) or goes by courier with duties, and cities
 * with postal districts and a few street names. Everything else is "on request" by e-mail and rarely seen.
 */

export type Market = 'FR' | 'BE' | 'LU' | 'DE' | 'NL' | 'CH' | 'GB' | 'US' | 'HK' | 'SG' | 'CN' | 'JP';

export interface MarketInfo {
  tz: number;
  weight: number;
  locale: string;
  eu: boolean;
  cities: ReadonlyArray<readonly [string, readonly string[]]>;
  streets: readonly string[];
}

export const MARKETS: Readonly<Record<Market, MarketInfo>> = {
  FR: {
    tz: 1,
    weight: 62,
    locale: 'fr-FR',
    eu: true,
    cities: [
      ['Paris', ['75007', '75008', '75011', '75015', '75016', '75017']],
      ['Bordeaux', ['33000', '33200', '33800']],
      ['Lyon', ['69002', '69006']],
      ['Neuilly-sur-Seine', ['92200']],
      ['Toulouse', ['31000', '31400']],
      ['Nantes', ['44000']],
      ['Lille', ['59000', '59800']],
      ['Marseille', ['13006', '13008']],
      ['Arcachon', ['33120']],
      ['Strasbourg', ['67000']],
      ['Rennes', ['35000']],
      ['Annecy', ['74000']],
    ],
    streets: [
      'rue de la Pompe',
      'cours de l’Intendance',
      'avenue Foch',
      'rue Sainte-Catherine',
      'boulevard Voltaire',
      'rue du Bac',
      'quai des Chartrons',
      'rue Nationale',
      'allée des Tilleuls',
      'avenue Jean Jaurès',
    ],
  },
  BE: {
    tz: 1,
    weight: 8,
    locale: 'fr-BE',
    eu: true,
    cities: [
      ['Bruxelles', ['1000', '1050', '1180']],
      ['Uccle', ['1180']],
      ['Liège', ['4000']],
      ['Namur', ['5000']],
      ['Antwerpen', ['2000', '2018']],
      ['Gent', ['9000']],
    ],
    streets: ['avenue Louise', 'chaussée de Waterloo', 'rue Royale', 'Meir', 'Kouter'],
  },
  LU: {
    tz: 1,
    weight: 3,
    locale: 'fr-LU',
    eu: true,
    cities: [
      ['Luxembourg', ['L-1118', 'L-2449', 'L-1724']],
      ['Esch-sur-Alzette', ['L-4001']],
      ['Strassen', ['L-8009']],
    ],
    streets: ['boulevard Royal', 'avenue de la Liberté', 'route d’Arlon', 'rue de Hollerich'],
  },
  DE: {
    tz: 1,
    weight: 6,
    locale: 'de-DE',
    eu: true,
    cities: [
      ['München', ['80331', '80802']],
      ['Hamburg', ['20095', '22765']],
      ['Berlin', ['10117', '10785']],
      ['Frankfurt am Main', ['60311']],
      ['Düsseldorf', ['40212']],
      ['Köln', ['50667']],
    ],
    streets: ['Maximilianstraße', 'Jungfernstieg', 'Kurfürstendamm', 'Königsallee', 'Goethestraße'],
  },
  NL: {
    tz: 1,
    weight: 4,
    locale: 'nl-NL',
    eu: true,
    cities: [
      ['Amsterdam', ['1017', '1071']],
      ['Rotterdam', ['3011']],
      ['Den Haag', ['2514']],
      ['Utrecht', ['3511']],
    ],
    streets: ['Keizersgracht', 'Herengracht', 'Lange Voorhout', 'Oudegracht'],
  },
  CH: {
    tz: 1,
    weight: 4,
    locale: 'fr-CH',
    eu: false,
    cities: [
      ['Genève', ['1201', '1204', '1206']],
      ['Lausanne', ['1003']],
      ['Zürich', ['8001', '8008']],
      ['Verbier', ['1936']],
    ],
    streets: ['rue du Rhône', 'quai du Mont-Blanc', 'Bahnhofstrasse', 'avenue de Rumine'],
  },
  GB: {
    tz: 0,
    weight: 5,
    locale: 'en-GB',
    eu: false,
    cities: [
      ['London', ['SW3 2AB', 'W8 4PT', 'EC2A 3AY', 'SW11 4NJ']],
      ['Edinburgh', ['EH3 6AA']],
      ['Bath', ['BA1 2QH']],
      ['Manchester', ['M3 3AQ']],
    ],
    streets: [
      'King’s Road',
      'Kensington Church Street',
      'Great Eastern Street',
      'George Street',
      'Milsom Street',
    ],
  },
  US: {
    tz: -5,
    weight: 3,
    locale: 'en-US',
    eu: false,
    cities: [
      ['New York', ['10021', '10013', '10011']],
      ['San Francisco', ['94115']],
      ['Chicago', ['60611']],
      ['Miami', ['33131']],
      ['Houston', ['77019']],
    ],
    streets: ['Park Avenue', 'Greenwich Street', 'Pacific Avenue', 'N Michigan Ave', 'Brickell Ave'],
  },
  HK: {
    tz: 8,
    weight: 2,
    locale: 'en-HK',
    eu: false,
    cities: [
      ['Hong Kong', ['999077']],
      ['Kowloon', ['999077']],
    ],
    streets: ['Queen’s Road Central', 'Conduit Road', 'Nathan Road', 'Repulse Bay Road'],
  },
  SG: {
    tz: 8,
    weight: 1.5,
    locale: 'en-SG',
    eu: false,
    cities: [['Singapore', ['238859', '248649', '018956', '258507']]],
    streets: ['Orchard Road', 'Nassim Road', 'Marina Boulevard', 'Holland Road'],
  },
  CN: {
    tz: 8,
    weight: 1,
    locale: 'zh-CN',
    eu: false,
    cities: [
      ['Shanghai', ['200040', '200120']],
      ['Beijing', ['100020']],
      ['Shenzhen', ['518048']],
    ],
    streets: ['Huaihai Middle Road', 'Lujiazui Ring Road', 'Jianguomenwai Avenue', 'Shennan Avenue'],
  },
  JP: {
    tz: 9,
    weight: 0.5,
    locale: 'ja-JP',
    eu: false,
    cities: [
      ['Tokyo', ['106-0032', '150-0001', '107-0062']],
      ['Osaka', ['530-0001']],
    ],
    streets: ['Roppongi', 'Jingumae', 'Minami-Aoyama', 'Umeda'],
  },
};

export const MARKET_LIST = Object.keys(MARKETS) as Market[];

/** A street address in `country`'s city (drawn, or the one given). */
export function addressIn(rng: Rng, country: Market, city?: string): Address {
  const m = MARKETS[country];
  const [name, codes] = (city && m.cities.find(([c]) => c === city)) || rng.pick(m.cities);
  return {
    country,
    city: name,
    postalCode: rng.pick(codes),
    line1: `${rng.int(1, 140)} ${rng.pick(m.streets)}`,
  };
}

/** The shop on the quai des Chartrons, where click-and-collect orders are picked up after an ID check. */
export const SHOP: Address = {
  country: 'FR',
  city: 'Bordeaux',
  postalCode: '33000',
  line1: '42 quai des Chartrons',
};

/** Forwarders' warehouses abroad buyers send wine to (one address shared by all their customers). */
export const FORWARDERS: readonly Address[] = [
  {
    country: 'FR',
    city: 'Mérignac',
    postalCode: '33700',
    line1: '12 avenue de l’Argonne, Unit 4 (WINE-FWD)',
  },
  { country: 'GB', city: 'Basildon', postalCode: 'SS15 6TH', line1: 'Unit 9 Cranes Farm Road (BOND)' },
  {
    country: 'HK',
    city: 'Kwai Chung',
    postalCode: '999077',
    line1: '28/F Kerry Cargo Centre, 55 Wing Kei Road',
  },
];
