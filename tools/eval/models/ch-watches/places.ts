import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the boutique's buyers live and where parcels go. The boutique is on the rue du Rhône in Geneva; it sells
 * in francs at home, in euros to the EU and Monaco, in pounds to the UK and in dollars to the US, the Gulf and Asia
 * (collectors there may keep paying in francs). UTC offsets are December's.
 */

export type Currency = 'CHF' | 'EUR' | 'GBP' | 'USD';
export type Region = 'ch' | 'eu' | 'uk' | 'us' | 'gulf' | 'asia';

export interface City {
  city: string;
  postalCode?: string;
  streets: readonly string[];
  /** The city's own UTC offset when it differs from the country's (US time zones). */
  tz?: number;
}

export interface Market {
  region: Region;
  tz: number;
  /** Share of the boutique's orders. */
  share: number;
  currency: Currency;
  languages: readonly string[];
  cities: readonly City[];
}

const c = (city: string, postalCode: string | undefined, streets: readonly string[], tz?: number): City => ({
  city,
  ...(postalCode ? { postalCode } : {}),
  streets,
  ...(tz !== undefined ? { tz } : {}),
});

export const MARKETS: Readonly<Record<string, Market>> = {
  CH: {
    region: 'ch',
    tz: 1,
    share: 36,
    currency: 'CHF',
    languages: ['fr', 'de', 'en', 'it'],
    cities: [
      c('Genève', '1204', ['Rue du Rhône', 'Rue de la Corraterie', 'Quai Gustave-Ador', 'Rue de Hesse']),
      c('Genève', '1206', ['Avenue de Miremont', 'Chemin de Beau-Soleil', 'Route de Florissant']),
      c('Cologny', '1223', ['Route de la Capite', 'Chemin de Ruth', 'Chemin des Princes']),
      c('Vandœuvres', '1253', ['Chemin des Hauts-Crêts', 'Route de Choulex']),
      c('Nyon', '1260', ['Rue de Rive', 'Route de Divonne']),
      c('Lausanne', '1003', ['Rue de Bourg', 'Avenue de Rumine', 'Avenue d’Ouchy']),
      c('Montreux', '1820', ['Grand-Rue', 'Avenue des Alpes']),
      c('Zürich', '8001', ['Bahnhofstrasse', 'Talstrasse', 'Rennweg']),
      c('Zürich', '8008', ['Seefeldstrasse', 'Dufourstrasse', 'Zollikerstrasse']),
      c('Küsnacht', '8700', ['Seestrasse', 'Obere Dorfstrasse']),
      c('Basel', '4051', ['Freie Strasse', 'Steinenvorstadt', 'Aeschenvorstadt']),
      c('Bern', '3011', ['Kramgasse', 'Marktgasse', 'Junkerngasse']),
      c('Zug', '6300', ['Baarerstrasse', 'Alpenstrasse', 'Artherstrasse']),
      c('Lugano', '6900', ['Via Nassa', 'Riva Albertolli', 'Via Pretorio']),
      c('Gstaad', '3780', ['Promenade', 'Lauenenstrasse']),
      c('Verbier', '1936', ['Route de Verbier-Station', 'Chemin des Vernes']),
    ],
  },
  FR: {
    region: 'eu',
    tz: 1,
    share: 8,
    currency: 'EUR',
    languages: ['fr'],
    cities: [
      c('Paris', '75008', ['Avenue Montaigne', 'Rue du Faubourg Saint-Honoré', 'Avenue George V']),
      c('Paris', '75016', ['Avenue Victor Hugo', 'Rue de Passy', 'Avenue Foch']),
      c('Lyon', '69006', ['Boulevard des Belges', 'Rue Vendôme', 'Cours Franklin Roosevelt']),
      c('Annecy', '74000', ['Rue Royale', 'Avenue de Genève', 'Rue Sommeiller']),
      c('Annemasse', '74100', ['Rue de la Gare', 'Avenue de la République']),
      c('Ferney-Voltaire', '01210', ['Grand’Rue', 'Chemin de Collex']),
      c('Divonne-les-Bains', '01220', ['Avenue de Genève', 'Rue Fontaine']),
      c('Nice', '06000', ['Promenade des Anglais', 'Boulevard Victor Hugo']),
      c('Bordeaux', '33000', ['Cours de l’Intendance', 'Allées de Tourny']),
    ],
  },
  DE: {
    region: 'eu',
    tz: 1,
    share: 7,
    currency: 'EUR',
    languages: ['de'],
    cities: [
      c('München', '80539', ['Maximilianstraße', 'Prinzregentenstraße']),
      c('Hamburg', '20354', ['Neuer Wall', 'Jungfernstieg']),
      c('Frankfurt am Main', '60311', ['Goethestraße', 'Kaiserstraße']),
      c('Düsseldorf', '40212', ['Königsallee', 'Bastionstraße']),
      c('Berlin', '10719', ['Kurfürstendamm', 'Fasanenstraße']),
      c('Stuttgart', '70173', ['Königstraße', 'Calwer Straße']),
      c('Konstanz', '78462', ['Hussenstraße', 'Rosgartenstraße']),
    ],
  },
  IT: {
    region: 'eu',
    tz: 1,
    share: 5,
    currency: 'EUR',
    languages: ['it'],
    cities: [
      c('Milano', '20121', ['Via Montenapoleone', 'Via della Spiga', 'Corso Venezia']),
      c('Roma', '00187', ['Via Condotti', 'Via del Babuino']),
      c('Como', '22100', ['Via Vittorio Emanuele II', 'Lungo Lario Trento']),
      c('Torino', '10123', ['Via Roma', 'Via Lagrange']),
    ],
  },
  AT: {
    region: 'eu',
    tz: 1,
    share: 2,
    currency: 'EUR',
    languages: ['de'],
    cities: [
      c('Wien', '1010', ['Kohlmarkt', 'Graben', 'Kärntner Straße']),
      c('Salzburg', '5020', ['Getreidegasse', 'Linzer Gasse']),
    ],
  },
  NL: {
    region: 'eu',
    tz: 1,
    share: 2,
    currency: 'EUR',
    languages: ['en'],
    cities: [
      c('Amsterdam', '1071', ['P.C. Hooftstraat', 'Van Baerlestraat']),
      c('Den Haag', '2514', ['Noordeinde', 'Lange Voorhout']),
    ],
  },
  ES: {
    region: 'eu',
    tz: 1,
    share: 2,
    currency: 'EUR',
    languages: ['en'],
    cities: [
      c('Madrid', '28001', ['Calle de Serrano', 'Calle de Velázquez']),
      c('Barcelona', '08008', ['Passeig de Gràcia', 'Rambla de Catalunya']),
      c('Marbella', '29602', ['Avenida Ricardo Soriano', 'Calle Camilo José Cela']),
    ],
  },
  MC: {
    region: 'eu',
    tz: 1,
    share: 1.5,
    currency: 'EUR',
    languages: ['fr', 'en'],
    cities: [c('Monaco', '98000', ['Boulevard des Moulins', 'Avenue Princesse Grace', 'Avenue de la Costa'])],
  },
  GB: {
    region: 'uk',
    tz: 0,
    share: 8,
    currency: 'GBP',
    languages: ['en'],
    cities: [
      c('London', 'W1K 2AB', ['Mount Street', 'South Audley Street', 'Upper Brook Street']),
      c('London', 'SW3 2QN', ['Sloane Street', 'Cadogan Square', 'Walton Street']),
      c('London', 'NW3 6XH', ['Heath Street', 'Frognal', 'Church Row']),
      c('Cobham', 'KT11 1EL', ['Portsmouth Road', 'Fairmile Lane']),
      c('Manchester', 'M2 5BQ', ['King Street', 'Deansgate']),
      c('Edinburgh', 'EH2 2ER', ['George Street', 'Queen Street']),
    ],
  },
  US: {
    region: 'us',
    tz: -5,
    share: 11,
    currency: 'USD',
    languages: ['en'],
    cities: [
      c('New York', '10022', ['Madison Avenue', 'Park Avenue', 'East 57th Street']),
      c('New York', '10024', ['West End Avenue', 'Riverside Drive', 'West 82nd Street']),
      c('Greenwich', '06830', ['Round Hill Road', 'Lake Avenue']),
      c('Miami', '33131', ['Brickell Avenue', 'Brickell Key Drive']),
      c('Chicago', '60611', ['North Michigan Avenue', 'East Delaware Place'], -6),
      c('Houston', '77056', ['Post Oak Boulevard', 'San Felipe Street'], -6),
      c('Dallas', '75205', ['Beverly Drive', 'Lakeside Drive'], -6),
      c('Beverly Hills', '90210', ['North Canon Drive', 'Benedict Canyon Drive'], -8),
      c('San Francisco', '94115', ['Pacific Avenue', 'Jackson Street'], -8),
    ],
  },
  AE: {
    region: 'gulf',
    tz: 4,
    share: 5,
    currency: 'USD',
    languages: ['en', 'ar'],
    cities: [
      c('Dubai', undefined, [
        'Jumeirah Beach Road',
        'Sheikh Mohammed bin Rashid Boulevard',
        'Emirates Hills',
      ]),
      c('Dubai', undefined, ['Dubai Marina Walk', 'Palm Jumeirah Frond G', 'Al Wasl Road']),
      c('Abu Dhabi', undefined, ['Corniche Road', 'Saadiyat Island', 'Al Bateen']),
    ],
  },
  SA: {
    region: 'gulf',
    tz: 3,
    share: 2,
    currency: 'USD',
    languages: ['en', 'ar'],
    cities: [
      c('Riyadh', '12211', ['King Fahd Road', 'Olaya Street', 'Takhassusi Street']),
      c('Jeddah', '23431', ['Prince Sultan Road', 'Corniche Road']),
    ],
  },
  QA: {
    region: 'gulf',
    tz: 3,
    share: 1.5,
    currency: 'USD',
    languages: ['en', 'ar'],
    cities: [
      c('Doha', undefined, ['West Bay, Diplomatic Street', 'The Pearl, Porto Arabia', 'Al Waab Street']),
    ],
  },
  HK: {
    region: 'asia',
    tz: 8,
    share: 4,
    currency: 'USD',
    languages: ['en', 'zh'],
    cities: [
      c('Hong Kong', undefined, ['Queen’s Road Central', 'Conduit Road', 'Repulse Bay Road']),
      c('Kowloon', undefined, ['Nathan Road', 'Canton Road', 'Waterloo Road']),
    ],
  },
  SG: {
    region: 'asia',
    tz: 8,
    share: 2.5,
    currency: 'USD',
    languages: ['en'],
    cities: [
      c('Singapore', '238859', ['Orchard Road', 'Paterson Road']),
      c('Singapore', '258500', ['Holland Road', 'Nassim Road', 'Cluny Park Road']),
    ],
  },
  JP: {
    region: 'asia',
    tz: 9,
    share: 1.5,
    currency: 'USD',
    languages: ['ja', 'en'],
    cities: [
      c('Tokyo', '107-0062', ['Minami-Aoyama', 'Omotesando']),
      c('Tokyo', '104-0061', ['Ginza', 'Chuo-dori']),
      c('Osaka', '542-0085', ['Shinsaibashi-suji', 'Midosuji']),
    ],
  },
};

/** Places that are not markets: where fraudsters, sanctioned buyers and their go-betweens are. */
export const ELSEWHERE: Readonly<Record<string, { tz: number; cities: readonly City[] }>> = {
  RU: {
    tz: 3,
    cities: [
      c('Moskva', '119019', ['ulitsa Arbat', 'Gogolevsky bulvar']),
      c('Moskva', '123112', ['Presnenskaya naberezhnaya', 'Testovskaya ulitsa']),
      c('Sankt-Peterburg', '191186', ['Nevsky prospekt', 'Bolshaya Konyushennaya ulitsa']),
    ],
  },
  BY: { tz: 3, cities: [c('Minsk', '220030', ['praspiekt Niezaliežnasci', 'vulica Lienina'])] },
  IR: { tz: 3.5, cities: [c('Tehran', '1969764', ['Valiasr Street', 'Fereshteh Street'])] },
  AM: { tz: 4, cities: [c('Yerevan', '0010', ['Abovyan Street', 'Northern Avenue'])] },
  KZ: { tz: 5, cities: [c('Almaty', '050000', ['Al-Farabi Avenue', 'Dostyk Avenue'])] },
  TR: { tz: 3, cities: [c('İstanbul', '34367', ['Abdi İpekçi Caddesi', 'Teşvikiye Caddesi'])] },
  CN: { tz: 8, cities: [c('Shanghai', '200040', ['Nanjing West Road', 'Huaihai Middle Road'])] },
  RO: { tz: 2, cities: [c('București', '010011', ['Calea Victoriei', 'Strada Lipscani'])] },
  NG: { tz: 1, cities: [c('Lagos', '101241', ['Admiralty Way', 'Adeola Odeku Street'])] },
};

/** Freight forwarders and parcel stations: a suite or customer number at a warehouse. */
export interface Forwarder {
  name: string;
  country: string;
  city: string;
  postalCode?: string;
  street: string;
  /** How the customer number is written on line 1. */
  suite: string;
}

export const FORWARDERS: readonly Forwarder[] = [
  {
    name: 'Doral export forwarder',
    country: 'US',
    city: 'Doral',
    postalCode: '33172',
    street: '8400 NW 25th St',
    suite: 'Ste 100 #',
  },
  {
    name: 'Medley freight consolidator',
    country: 'US',
    city: 'Medley',
    postalCode: '33166',
    street: '7900 NW 68th St',
    suite: 'Unit ',
  },
  {
    name: 'Delaware tax-free reshipper',
    country: 'US',
    city: 'New Castle',
    postalCode: '19720',
    street: '700 Cornell Dr',
    suite: 'Ste E ',
  },
  {
    name: 'Oregon tax-free reshipper',
    country: 'US',
    city: 'Portland',
    postalCode: '97230',
    street: '12600 NE Marx St',
    suite: 'Dept ',
  },
  {
    name: 'New Jersey consolidator',
    country: 'US',
    city: 'Elizabeth',
    postalCode: '07201',
    street: '1 Edison Ave',
    suite: 'Box ',
  },
  {
    name: 'Border parcel station',
    country: 'DE',
    city: 'Weil am Rhein',
    postalCode: '79576',
    street: 'Hauptstraße 310',
    suite: 'Kd-Nr. ',
  },
  {
    name: 'Lake Constance parcel station',
    country: 'DE',
    city: 'Konstanz',
    postalCode: '78467',
    street: 'Max-Stromeyer-Straße 116',
    suite: 'Kunde ',
  },
  { name: 'Kwun Tong consolidator', country: 'HK', city: 'Kowloon', street: 'Hoi Bun Road 18', suite: 'Rm ' },
];

/** The markets' countries, weighted by their share of orders. */
export const MARKET_COUNTRIES: ReadonlyArray<readonly [string, number]> = Object.entries(MARKETS).map(
  ([country, m]) => [country, m.share] as const,
);

export function market(country: string): Market {
  const m = MARKETS[country];
  if (!m) throw new Error(`not a market: ${country}`);
  return m;
}

/** Where the house number comes before the street (French-speaking Switzerland too). */
const NUMBER_FIRST = new Set(['FR', 'MC', 'GB', 'US', 'AE', 'SA', 'QA', 'HK', 'SG', 'JP']);

/** A street address in `city`: a house number on one of its streets. */
export function addressIn(rng: Rng, country: string, city: City): Address {
  const street = rng.pick(city.streets);
  const number = String(rng.int(1, 140));
  const numberFirst =
    NUMBER_FIRST.has(country) || (country === 'CH' && (city.postalCode ?? '').startsWith('1'));
  const line1 = numberFirst ? `${number} ${street}` : `${street} ${number}`;
  return {
    country,
    ...(city.postalCode ? { postalCode: city.postalCode } : {}),
    city: city.city,
    line1,
  };
}

/** A home address in a market or elsewhere, and the city's UTC offset. */
export function homeIn(rng: Rng, country: string): { address: Address; tz: number } {
  const m = MARKETS[country];
  const e = ELSEWHERE[country];
  const cities = m?.cities ?? e?.cities ?? [];
  const city = rng.pick(cities);
  return { address: addressIn(rng, country, city), tz: city.tz ?? m?.tz ?? e?.tz ?? 0 };
}

/** A forwarder's address with a customer number. */
export function forwarderAddress(rng: Rng, f: Forwarder): Address {
  return {
    country: f.country,
    ...(f.postalCode ? { postalCode: f.postalCode } : {}),
    city: f.city,
    line1: `${f.street}, ${f.suite}${rng.digits(5)}`,
  };
}

/** The boutique on the rue du Rhône, where orders are collected. */
export const BOUTIQUE: Readonly<Address> = {
  country: 'CH',
  postalCode: '1204',
  city: 'Genève',
  line1: '48 Rue du Rhône',
};
