import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the chocolatier sells: each market's UTC offset in March, share of orders, site locales and a few
 * cities with postal codes. The shop itself is on the Sablon in Brussels (pickup and workshops).
 */

export type Market = 'BE' | 'NL' | 'FR' | 'DE' | 'LU' | 'GB';
/** Countries honest buyers come from without being a market: workshop tourists and expats' cards. */
export type Country = Market | 'US' | 'ES' | 'IT' | 'CH';

interface Place {
  tz: number;
  share: number;
  locales: ReadonlyArray<readonly [string, number]>;
  cities: ReadonlyArray<readonly [string, string]>;
  streets: readonly string[];
}

export const MARKETS: Readonly<Record<Market, Place>> = {
  BE: {
    tz: 1,
    share: 46,
    locales: [
      ['fr-BE', 45],
      ['nl-BE', 50],
      ['en-GB', 5],
    ],
    cities: [
      ['Bruxelles', '1000'],
      ['Ixelles', '1050'],
      ['Uccle', '1180'],
      ['Woluwe-Saint-Lambert', '1200'],
      ['Antwerpen', '2018'],
      ['Gent', '9000'],
      ['Leuven', '3000'],
      ['Brugge', '8000'],
      ['Liège', '4000'],
      ['Namur', '5000'],
      ['Mechelen', '2800'],
      ['Hasselt', '3500'],
      ['Wavre', '1300'],
      ['Kortrijk', '8500'],
    ],
    streets: ['Rue de la Loi', 'Avenue Louise', 'Kerkstraat', 'Stationsstraat', 'Rue du Midi', 'Dorpsstraat'],
  },
  NL: {
    tz: 1,
    share: 17,
    locales: [['nl-NL', 1]],
    cities: [
      ['Amsterdam', '1017'],
      ['Rotterdam', '3011'],
      ['Utrecht', '3511'],
      ['Den Haag', '2511'],
      ['Eindhoven', '5611'],
      ['Haarlem', '2011'],
      ['Breda', '4811'],
      ['Maastricht', '6211'],
    ],
    streets: ['Hoofdstraat', 'Kerkstraat', 'Prinsengracht', 'Molenweg', 'Julianalaan'],
  },
  FR: {
    tz: 1,
    share: 14,
    locales: [['fr-FR', 1]],
    cities: [
      ['Paris', '75011'],
      ['Paris', '75016'],
      ['Lille', '59000'],
      ['Lyon', '69003'],
      ['Strasbourg', '67000'],
      ['Nantes', '44000'],
      ['Bordeaux', '33000'],
      ['Reims', '51100'],
    ],
    streets: ['Rue de la République', 'Avenue Jean Jaurès', 'Rue Victor Hugo', 'Boulevard Voltaire'],
  },
  DE: {
    tz: 1,
    share: 10,
    locales: [['de-DE', 1]],
    cities: [
      ['Köln', '50667'],
      ['Aachen', '52062'],
      ['Düsseldorf', '40213'],
      ['Berlin', '10115'],
      ['München', '80331'],
      ['Hamburg', '20095'],
      ['Frankfurt am Main', '60311'],
    ],
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Schillerstraße', 'Gartenweg'],
  },
  LU: {
    tz: 1,
    share: 6,
    locales: [
      ['fr-LU', 70],
      ['de-LU', 30],
    ],
    cities: [
      ['Luxembourg', 'L-1118'],
      ['Esch-sur-Alzette', 'L-4002'],
      ['Strassen', 'L-8010'],
      ['Bertrange', 'L-8069'],
    ],
    streets: ['Boulevard Royal', "Route d'Arlon", 'Rue de Hollerich', 'Avenue de la Liberté'],
  },
  GB: {
    tz: 0,
    share: 7,
    locales: [['en-GB', 1]],
    cities: [
      ['London', 'SW6 4TJ'],
      ['London', 'N1 9GU'],
      ['Manchester', 'M1 2WD'],
      ['Edinburgh', 'EH3 9DR'],
      ['Bristol', 'BS1 4DJ'],
      ['Oxford', 'OX1 2JD'],
    ],
    streets: ['High Street', 'Church Road', 'Victoria Road', 'Mill Lane'],
  },
};

/** Non-market homes (tourists booking workshops; expats' old cards); market ones live in MARKETS. */
const ELSEWHERE: Readonly<Record<'US' | 'ES' | 'IT' | 'CH', Pick<Place, 'tz' | 'cities' | 'streets'>>> = {
  US: {
    tz: -5,
    cities: [
      ['New York', '10023'],
      ['Boston', '02116'],
      ['Chicago', '60614'],
      ['Washington', '20009'],
    ],
    streets: ['Main Street', 'Park Avenue', 'Maple Drive', 'Oak Street'],
  },
  ES: { tz: 1, cities: [['Madrid', '28004']], streets: ['Calle Mayor'] },
  IT: { tz: 1, cities: [['Milano', '20121']], streets: ['Via Roma'] },
  CH: { tz: 1, cities: [['Genève', '1201']], streets: ['Rue du Rhône'] },
};

export const tzOf = (c: Country): number =>
  c in MARKETS ? MARKETS[c as Market].tz : ELSEWHERE[c as 'US'].tz;

/** A market drawn by its share of orders. */
export const drawMarket = (rng: Rng): Market =>
  rng.weightedPick(Object.entries(MARKETS).map(([m, p]) => [m as Market, p.share] as const));

export const localeOf = (rng: Rng, m: Market): string => rng.weightedPick(MARKETS[m].locales);

/** A street address in a country. */
export function addressIn(rng: Rng, c: Country): Address {
  const p = c in MARKETS ? MARKETS[c as Market] : ELSEWHERE[c as 'US'];
  const [city, postalCode] = rng.pick(p.cities);
  return { country: c, postalCode, city, line1: `${rng.pick(p.streets)} ${rng.int(1, 180)}` };
}

/** The boutique on the Sablon: pickup orders and workshops carry no delivery address. */
export const SHOP: Address = {
  country: 'BE',
  postalCode: '1000',
  city: 'Bruxelles',
  line1: 'Place du Grand Sablon 21',
};

/**
 * Parcel-forwarding warehouses and drop addresses reshippers use near the borders (a real business keeps
 * receiving there; so do mules).
 */
export const FORWARDERS: readonly Address[] = [
  { country: 'NL', postalCode: '5928', city: 'Venlo', line1: 'Celsiusweg 41, Unit 7' },
  { country: 'DE', postalCode: '77694', city: 'Kehl', line1: 'Hafenstraße 12, Lager 3' },
  { country: 'BE', postalCode: '7700', city: 'Mouscron', line1: 'Rue de la Royenne 78, Box 14' },
  { country: 'DE', postalCode: '47533', city: 'Kleve', line1: 'Industriestraße 5' },
  { country: 'FR', postalCode: '59200', city: 'Tourcoing', line1: 'Rue du Tilleul 230, Entrepôt B' },
  { country: 'NL', postalCode: '2132', city: 'Hoofddorp', line1: 'Kruisweg 765, Unit 22' },
];

/** Places in sanctioned jurisdictions that the sanctioned_country kind, and only it, touches. */
export const SANCTIONED_PLACES: readonly Address[] = [
  { country: 'RU', postalCode: '125009', city: 'Moskva', line1: 'Tverskaya ulitsa 12' },
  { country: 'RU', postalCode: '191186', city: 'Sankt-Peterburg', line1: 'Nevsky prospekt 28' },
  { country: 'BY', postalCode: '220030', city: 'Minsk', line1: 'Praspiekt Niezalieznasci 23' },
  { country: 'IR', postalCode: '1968917', city: 'Tehran', line1: 'Vali Asr Street 1520' },
];

export const SANCTIONED = new Set(['RU', 'BY', 'IR', 'CU', 'SY', 'KP']);
