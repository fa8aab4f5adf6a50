import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the shop sells: eight countries, one clock. Germany is most of it (and Baden-Württemberg, near the
 * Stuttgart shop, more than its share); Austria, Switzerland, the Benelux, Alsace-Lorraine and Poland the rest.
 * Prices are German prices with the destination's VAT (the shop files OSS returns), in francs and złoty at the
 * shop's own rates.
 */

export type Country = 'DE' | 'AT' | 'CH' | 'NL' | 'BE' | 'LU' | 'FR' | 'PL';
export type Currency = 'EUR' | 'CHF' | 'PLN';

export interface Town {
  city: string;
  codes: readonly string[];
  weight: number;
  /** Within an hour of the Stuttgart shop: collection is an option. */
  near?: boolean;
}

export interface Market {
  currency: Currency;
  /** VAT on goods, as a fraction. */
  vat: number;
  /** Units of the currency per euro. */
  rate: number;
  /** Share of the shop's orders. */
  share: number;
  locales: ReadonlyArray<readonly [string, number]>;
  towns: readonly Town[];
  streets: readonly string[];
  /** How a house number goes with the street. */
  numberFirst?: boolean;
}

const town = (spec: string): Town => {
  const [city = '', codes = '', weight = '1', near] = spec.split('|');
  return { city, codes: codes.split(','), weight: Number(weight), ...(near ? { near: true } : {}) };
};

const DE_STREETS = [
  'Hauptstraße',
  'Bahnhofstraße',
  'Gartenstraße',
  'Schulstraße',
  'Lindenweg',
  'Am Sonnenhang',
  'Birkenweg',
  'Kirchstraße',
  'Waldstraße',
  'Mühlweg',
  'Talstraße',
  'Rosenstraße',
  'Ringstraße',
  'Goethestraße',
  'Schillerstraße',
  'Weinbergweg',
  'Im Wiesengrund',
  'Eichendorffstraße',
  'Friedhofstraße',
  'Raiffeisenstraße',
];

export const MARKETS: Readonly<Record<Country, Market>> = {
  DE: {
    currency: 'EUR',
    vat: 0.19,
    rate: 1,
    share: 71,
    locales: [
      ['de-DE', 96],
      ['en-GB', 2],
      ['tr-TR', 1],
      ['pl-PL', 1],
    ],
    streets: DE_STREETS,
    towns: [
      'Stuttgart|70173,70176,70178,70190,70372,70469,70563,70597,70619|9|near',
      'Esslingen am Neckar|73728,73730,73732|2|near',
      'Ludwigsburg|71634,71636,71638|2|near',
      'Böblingen|71032,71034|1.5|near',
      'Waiblingen|71332,71334|1.2|near',
      'Backnang|71522|0.8|near',
      'Schorndorf|73614|0.8|near',
      'Reutlingen|72760,72764,72770|1.5|near',
      'Tübingen|72070,72072,72076|1.2|near',
      'Heilbronn|74072,74074,74076|1.4',
      'Pforzheim|75172,75175,75179|1.2',
      'Karlsruhe|76131,76133,76137,76185|2',
      'Mannheim|68159,68163,68199|2',
      'Freiburg im Breisgau|79098,79100,79114|1.6',
      'Ulm|89073,89075,89077|1.3',
      'Balingen|72336|0.6',
      'Crailsheim|74564|0.5',
      'Augsburg|86150,86152,86199|1.6',
      'München|80331,80469,80637,81369,81539,81825|4',
      'Nürnberg|90402,90429,90469|2.2',
      'Regensburg|93047,93053|1',
      'Würzburg|97070,97080|1',
      'Frankfurt am Main|60311,60326,60431,60594|3',
      'Wiesbaden|65183,65197|1',
      'Mainz|55116,55122|1',
      'Saarbrücken|66111,66117|0.9',
      'Köln|50667,50733,50823,51103|3.5',
      'Düsseldorf|40210,40223,40477|2.2',
      'Dortmund|44135,44137,44388|2',
      'Essen|45127,45138,45279|2',
      'Münster|48143,48151|1.2',
      'Bielefeld|33602,33609|1.1',
      'Kassel|34117,34121|1',
      'Hannover|30159,30161,30519|2.2',
      'Bremen|28195,28211,28259|1.6',
      'Hamburg|20095,20259,22085,22765|4',
      'Kiel|24103,24114|0.8',
      'Rostock|18055,18059|0.7',
      'Berlin|10115,10245,10437,12043,12157,13353,14057|7',
      'Potsdam|14467,14469|0.8',
      'Leipzig|04109,04155,04277|1.8',
      'Dresden|01067,01099,01307|1.7',
      'Erfurt|99084,99089|0.8',
      'Magdeburg|39104,39108|0.7',
      'Lüneburg|21335|0.4',
      'Rosenheim|83022|0.5',
    ].map(town),
  },
  AT: {
    currency: 'EUR',
    vat: 0.2,
    rate: 1,
    share: 9,
    locales: [
      ['de-AT', 97],
      ['en-GB', 3],
    ],
    streets: [
      'Hauptstraße',
      'Bahnhofstraße',
      'Kirchengasse',
      'Lindengasse',
      'Feldgasse',
      'Wiener Straße',
      'Dorfstraße',
      'Am Anger',
      'Mühlgasse',
    ],
    towns: [
      'Wien|1030,1100,1120,1140,1210,1220|8',
      'Graz|8010,8020,8042|2.5',
      'Linz|4020,4030|2',
      'Salzburg|5020,5023|1.6',
      'Innsbruck|6020|1.4',
      'Klagenfurt am Wörthersee|9020|1',
      'St. Pölten|3100|0.8',
      'Wels|4600|0.7',
      'Dornbirn|6850|0.7',
      'Bregenz|6900|0.5',
      'Wiener Neustadt|2700|0.6',
    ].map(town),
  },
  CH: {
    currency: 'CHF',
    vat: 0.081,
    rate: 0.97,
    share: 6,
    locales: [
      ['de-CH', 80],
      ['fr-CH', 15],
      ['it-CH', 2],
      ['en-GB', 3],
    ],
    streets: [
      'Bahnhofstrasse',
      'Dorfstrasse',
      'Hauptstrasse',
      'Kirchweg',
      'Seestrasse',
      'Schulstrasse',
      'Oberdorfstrasse',
      'Rosenweg',
    ],
    towns: [
      'Zürich|8004,8045,8050,8057|4',
      'Winterthur|8400,8406|1.4',
      'Basel|4051,4055,4057|2',
      'Bern|3011,3014,3018|2',
      'St. Gallen|9000,9008|1.2',
      'Luzern|6003,6005|1.2',
      'Schaffhausen|8200|0.8',
      'Kreuzlingen|8280|0.7',
      'Aarau|5000|0.8',
      'Chur|7000|0.6',
      'Frauenfeld|8500|0.6',
      'Lausanne|1003,1004|1',
    ].map(town),
  },
  NL: {
    currency: 'EUR',
    vat: 0.21,
    rate: 1,
    share: 4,
    locales: [
      ['nl-NL', 90],
      ['en-GB', 8],
      ['de-DE', 2],
    ],
    streets: [
      'Dorpsstraat',
      'Kerkstraat',
      'Molenweg',
      'Stationsweg',
      'Schoolstraat',
      'Julianastraat',
      'Beatrixlaan',
    ],
    towns: [
      'Amsterdam|1012 AB,1053 CK,1071 XB|2.5',
      'Rotterdam|3011 EA,3024 RH|2',
      'Utrecht|3511 LX,3581 KP|1.5',
      'Eindhoven|5611 EM,5642 JA|1.2',
      'Venlo|5911 HH|0.8',
      'Nijmegen|6511 PP|0.9',
      'Enschede|7511 JD|0.8',
      'Groningen|9711 LM|0.8',
      'Den Haag|2511 CV|1.4',
      'Maastricht|6211 CS|0.7',
    ].map(town),
  },
  BE: {
    currency: 'EUR',
    vat: 0.21,
    rate: 1,
    share: 2.5,
    locales: [
      ['nl-BE', 52],
      ['fr-BE', 40],
      ['de-DE', 6],
      ['en-GB', 2],
    ],
    streets: [
      'Kerkstraat',
      'Stationsstraat',
      'Rue de la Station',
      'Grand-Rue',
      'Molenstraat',
      'Rue du Moulin',
      'Hauptstraße',
    ],
    towns: [
      'Antwerpen|2000,2018,2060|2',
      'Gent|9000,9040|1.4',
      'Bruxelles|1000,1050,1180|2',
      'Liège|4000,4020|1',
      'Leuven|3000|0.8',
      'Hasselt|3500|0.7',
      'Eupen|4700|0.5',
      'Namur|5000|0.6',
    ].map(town),
  },
  LU: {
    currency: 'EUR',
    vat: 0.17,
    rate: 1,
    share: 0.7,
    locales: [
      ['fr-LU', 45],
      ['de-DE', 45],
      ['en-GB', 10],
    ],
    streets: ['Rue Principale', "Route d'Arlon", 'Rue de la Gare', 'Rue du Moulin', 'Grand-Rue'],
    numberFirst: true,
    towns: [
      'Luxembourg|1111,1219,2210,2530|2',
      'Esch-sur-Alzette|4001,4130|1',
      'Differdange|4501|0.5',
      'Ettelbruck|9001|0.4',
      'Echternach|6401|0.3',
    ].map(town),
  },
  FR: {
    currency: 'EUR',
    vat: 0.2,
    rate: 1,
    share: 3,
    locales: [
      ['fr-FR', 88],
      ['de-DE', 10],
      ['en-GB', 2],
    ],
    streets: [
      'rue de la Gare',
      'rue Principale',
      'rue du Moulin',
      'Grand Rue',
      'rue des Vignes',
      'rue de l’Église',
      'rue des Jardins',
    ],
    numberFirst: true,
    towns: [
      'Strasbourg|67000,67100,67200|2',
      'Haguenau|67500|0.6',
      'Colmar|68000|0.8',
      'Mulhouse|68100,68200|1',
      'Saint-Louis|68300|0.5',
      'Metz|57000,57050|0.9',
      'Sarreguemines|57200|0.5',
      'Nancy|54000|0.7',
      'Paris|75011,75015,75018|1.6',
      'Lyon|69003,69007|1',
      'Lille|59000|0.6',
    ].map(town),
  },
  PL: {
    currency: 'PLN',
    vat: 0.23,
    rate: 4.3,
    share: 3.8,
    locales: [
      ['pl-PL', 94],
      ['en-GB', 4],
      ['de-DE', 2],
    ],
    streets: [
      'ul. Kościuszki',
      'ul. Mickiewicza',
      'ul. Polna',
      'ul. Lipowa',
      'ul. Leśna',
      'ul. Ogrodowa',
      'ul. Słoneczna',
      'ul. Sienkiewicza',
    ],
    towns: [
      'Warszawa|00-120,02-495,03-982,04-175|3',
      'Kraków|30-015,31-216|1.6',
      'Wrocław|50-001,53-332|1.6',
      'Poznań|60-101,61-654|1.4',
      'Szczecin|70-001,71-602|1',
      'Gdańsk|80-001,80-297|1.2',
      'Łódź|90-001,93-465|1',
      'Katowice|40-001,40-750|1.1',
      'Zielona Góra|65-001|0.6',
      'Opole|45-001|0.6',
      'Słubice|69-100|0.3',
      'Zgorzelec|59-900|0.3',
    ].map(town),
  },
};

export const COUNTRIES = Object.keys(MARKETS) as Country[];

/** A market, by its share of orders. */
export const anyMarket = (rng: Rng): Country =>
  rng.weightedPick(COUNTRIES.map((c) => [c, MARKETS[c].share] as const));

export const pickTown = (rng: Rng, country: Country, near?: boolean): Town => {
  const towns = MARKETS[country].towns.filter((t) => near === undefined || Boolean(t.near) === near);
  return rng.weightedPick(towns.map((t) => [t, t.weight] as const));
};

/** A street address in `country` (optionally within an hour of the shop, or not). */
export function homeAddress(rng: Rng, country: Country, near?: boolean): Address {
  const m = MARKETS[country];
  const t = pickTown(rng, country, near);
  const n = rng.chance(0.12) ? `${rng.int(1, 60)}${rng.pick(['a', 'b'])}` : String(rng.int(1, 140));
  const street = rng.pick(m.streets);
  return {
    country,
    postalCode: rng.pick(t.codes),
    city: t.city,
    line1: m.numberFirst ? `${n} ${street}` : `${street} ${n}`,
  };
}

export const localeOf = (rng: Rng, country: Country): string => rng.weightedPick(MARKETS[country].locales);

/** A DHL Packstation near a German address (same town, its own number). */
export const packstationNear = (rng: Rng, a: Address): Address => ({
  country: 'DE',
  postalCode: a.postalCode ?? '70173',
  city: a.city ?? 'Stuttgart',
  line1: `Packstation ${rng.int(101, 299)}`,
});

/** A Packstation anywhere in Germany (what a fraud crew picks, usually in a big city). */
export function anyPackstation(rng: Rng): Address {
  const t = rng.weightedPick(MARKETS.DE.towns.map((x) => [x, x.weight * (x.weight > 2 ? 2 : 1)] as const));
  return {
    country: 'DE',
    postalCode: rng.pick(t.codes),
    city: t.city,
    line1: `Packstation ${rng.int(101, 299)}`,
  };
}

/**
 * German parcel-acceptance shops on the Swiss border: Swiss households have parcels from German shops
 * delivered there and fetch them across the border, so hundreds of unrelated buyers share a few addresses.
 */
export const BORDER_DROPS: readonly Address[] = [
  { country: 'DE', postalCode: '78467', city: 'Konstanz', line1: 'Max-Stromeyer-Straße 56' },
  { country: 'DE', postalCode: '79539', city: 'Lörrach', line1: 'Wiesentalstraße 21' },
  { country: 'DE', postalCode: '79576', city: 'Weil am Rhein', line1: 'Hauptstraße 310' },
  { country: 'DE', postalCode: '78224', city: 'Singen (Hohentwiel)', line1: 'Georg-Fischer-Straße 12' },
  { country: 'DE', postalCode: '79761', city: 'Waldshut-Tiengen', line1: 'Bismarckstraße 44' },
  { country: 'DE', postalCode: '79798', city: 'Jestetten', line1: 'Schaffhauser Straße 30' },
];

/** A building site a trade account has goods sent to: a street in a town, “Baustelle” in front. */
export function buildingSite(rng: Rng, country: Country): Address {
  const a = homeAddress(rng, country);
  return { ...a, line1: `Baustelle ${a.line1 ?? ''}`.trim() };
}
