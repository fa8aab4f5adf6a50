import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the shop sells (its markets, with their share of orders, currency, site locales, cities with postal
 * codes and streets, and the pick-up networks its couriers offer), its Turin showroom, and the few foreign
 * places its customers live or travel in.
 */

export type Market = 'IT' | 'DE' | 'AT' | 'FR' | 'ES' | 'BE' | 'NL' | 'LU' | 'CH';
export type Currency = 'EUR' | 'CHF';

interface City {
  name: string;
  postal: readonly string[];
  /** A Piedmont town whose customers may collect at the showroom. */
  piedmont?: boolean;
}

interface MarketInfo {
  share: number;
  currency: Currency;
  locales: ReadonlyArray<readonly [string, number]>;
  cities: readonly City[];
  streets: readonly string[];
  /** Pick-up networks: shops and lockers. */
  pickup: readonly string[];
  couriers: ReadonlyArray<readonly [string, number]>;
}

const city = (name: string, ...postal: string[]): City => ({ name, postal });
const piedmont = (name: string, ...postal: string[]): City => ({ name, postal, piedmont: true });

export const MARKETS: Readonly<Record<Market, MarketInfo>> = {
  IT: {
    share: 52,
    currency: 'EUR',
    locales: [['it-IT', 1]],
    cities: [
      piedmont('Torino', '10121', '10128', '10138', '10141', '10153', '10126'),
      piedmont('Moncalieri', '10024'),
      piedmont('Cuneo', '12100'),
      piedmont('Asti', '14100'),
      piedmont('Alba', '12051'),
      piedmont('Novara', '28100'),
      city('Milano', '20121', '20135', '20144', '20159', '20129'),
      city('Roma', '00153', '00185', '00197', '00136', '00162'),
      city('Napoli', '80121', '80134', '80142'),
      city('Bologna', '40121', '40137'),
      city('Firenze', '50121', '50134'),
      city('Genova', '16121', '16145'),
      city('Bari', '70121', '70126'),
      city('Palermo', '90141', '90144'),
      city('Verona', '37121', '37138'),
      city('Padova', '35121'),
      city('Brescia', '25121'),
      city('Bergamo', '24121'),
      city('Monza', '20900'),
      city('Trento', '38122'),
      city('Cagliari', '09121'),
      city('Catania', '95124'),
      city('Lecce', '73100'),
      city('Pescara', '65121'),
      city('Parma', '43121'),
      city('Udine', '33100'),
    ],
    streets: [
      'Via Roma',
      'Corso Vittorio Emanuele II',
      'Via Garibaldi',
      'Via Po',
      'Corso Francia',
      'Via Nizza',
      'Via Mazzini',
      'Viale Monza',
      'Via dei Mille',
      'Corso Buenos Aires',
      'Via Cavour',
      'Via XX Settembre',
      'Via Verdi',
      'Corso Regina Margherita',
      'Via Matteotti',
      'Via Dante',
    ],
    pickup: ['BRT Fermopoint', 'InPost Locker', 'Poste Punto Poste'],
    couriers: [
      ['BRT', 40],
      ['GLS', 25],
      ['SDA', 20],
      ['UPS', 15],
    ],
  },
  DE: {
    share: 14,
    currency: 'EUR',
    locales: [
      ['de-DE', 0.93],
      ['en-GB', 0.04],
      ['it-IT', 0.03],
    ],
    cities: [
      city('Berlin', '10115', '10243', '10435', '12043'),
      city('München', '80331', '80469', '81667'),
      city('Hamburg', '20095', '22765', '22303'),
      city('Köln', '50667', '50733'),
      city('Frankfurt am Main', '60311', '60487'),
      city('Stuttgart', '70173', '70197'),
      city('Düsseldorf', '40210'),
      city('Leipzig', '04109'),
      city('Dresden', '01067'),
      city('Nürnberg', '90402'),
      city('Hannover', '30159'),
      city('Freiburg im Breisgau', '79098'),
      city('Münster', '48143'),
    ],
    streets: [
      'Hauptstraße',
      'Bahnhofstraße',
      'Schillerstraße',
      'Goethestraße',
      'Lindenstraße',
      'Kastanienallee',
      'Bergstraße',
      'Friedrichstraße',
    ],
    pickup: ['DHL Packstation', 'Hermes PaketShop', 'GLS PaketShop'],
    couriers: [
      ['DHL', 50],
      ['GLS', 25],
      ['UPS', 25],
    ],
  },
  AT: {
    share: 4,
    currency: 'EUR',
    locales: [
      ['de-AT', 0.95],
      ['en-GB', 0.05],
    ],
    cities: [
      city('Wien', '1010', '1070', '1150', '1220'),
      city('Graz', '8010', '8020'),
      city('Linz', '4020'),
      city('Salzburg', '5020'),
      city('Innsbruck', '6020'),
      city('Klagenfurt', '9020'),
    ],
    streets: ['Mariahilfer Straße', 'Hauptplatz', 'Landstraßer Hauptstraße', 'Herrengasse', 'Bahnhofstraße'],
    pickup: ['Post Abholstation', 'GLS PaketShop'],
    couriers: [
      ['Österreichische Post', 45],
      ['GLS', 30],
      ['UPS', 25],
    ],
  },
  FR: {
    share: 10,
    currency: 'EUR',
    locales: [
      ['fr-FR', 0.96],
      ['en-GB', 0.04],
    ],
    cities: [
      city('Paris', '75011', '75015', '75017', '75004', '75020'),
      city('Lyon', '69003', '69006'),
      city('Marseille', '13006', '13008'),
      city('Toulouse', '31000'),
      city('Nice', '06000'),
      city('Bordeaux', '33000'),
      city('Lille', '59000'),
      city('Nantes', '44000'),
      city('Strasbourg', '67000'),
      city('Grenoble', '38000'),
      city('Annecy', '74000'),
      city('Montpellier', '34000'),
    ],
    streets: [
      'Rue de la République',
      'Avenue Jean Jaurès',
      'Rue Victor Hugo',
      'Boulevard Voltaire',
      'Rue du Faubourg Saint-Antoine',
      'Rue de Rivoli',
      'Rue Nationale',
    ],
    pickup: ['Mondial Relay', 'InPost Locker', 'Chronopost Pickup'],
    couriers: [
      ['Colissimo', 40],
      ['GLS', 25],
      ['UPS', 20],
      ['DPD', 15],
    ],
  },
  ES: {
    share: 7,
    currency: 'EUR',
    locales: [
      ['es-ES', 0.95],
      ['en-GB', 0.05],
    ],
    cities: [
      city('Madrid', '28001', '28004', '28015', '28045'),
      city('Barcelona', '08001', '08012', '08029'),
      city('Valencia', '46001', '46010'),
      city('Sevilla', '41001'),
      city('Málaga', '29001'),
      city('Bilbao', '48001'),
      city('Zaragoza', '50001'),
      city('Palma', '07001'),
      city('Alicante', '03001'),
    ],
    streets: [
      'Calle Mayor',
      'Gran Vía',
      'Calle de Alcalá',
      'Avenida de la Constitución',
      'Carrer de Balmes',
      'Calle Real',
    ],
    pickup: ['Correos CityPaq', 'InPost Locker', 'Mondial Relay'],
    couriers: [
      ['SEUR', 40],
      ['GLS', 30],
      ['UPS', 30],
    ],
  },
  BE: {
    share: 3.5,
    currency: 'EUR',
    locales: [
      ['fr-BE', 0.45],
      ['nl-BE', 0.5],
      ['en-GB', 0.05],
    ],
    cities: [
      city('Bruxelles', '1000', '1050', '1180'),
      city('Antwerpen', '2000', '2018'),
      city('Gent', '9000'),
      city('Liège', '4000'),
      city('Leuven', '3000'),
      city('Brugge', '8000'),
      city('Namur', '5000'),
    ],
    streets: ['Rue Neuve', 'Avenue Louise', 'Meir', 'Kerkstraat', 'Stationsstraat', 'Chaussée de Wavre'],
    pickup: ['bpost Pick-up Point', 'Mondial Relay'],
    couriers: [
      ['bpost', 50],
      ['GLS', 25],
      ['UPS', 25],
    ],
  },
  NL: {
    share: 4.5,
    currency: 'EUR',
    locales: [
      ['en-GB', 0.55],
      ['de-DE', 0.15],
      ['nl-NL', 0.3],
    ],
    cities: [
      city('Amsterdam', '1012 AB', '1017 CD', '1072 XK', '1091 GV'),
      city('Rotterdam', '3011 AB', '3014 DA'),
      city('Den Haag', '2511 CV'),
      city('Utrecht', '3511 LN', '3581 KP'),
      city('Eindhoven', '5611 AZ'),
      city('Groningen', '9711 LM'),
      city('Haarlem', '2011 VB'),
    ],
    streets: ['Kerkstraat', 'Prinsengracht', 'Dorpsstraat', 'Stationsweg', 'Molenweg', 'Oudegracht'],
    pickup: ['PostNL Punt', 'DHL ServicePoint'],
    couriers: [
      ['PostNL', 50],
      ['DHL', 30],
      ['UPS', 20],
    ],
  },
  LU: {
    share: 0.7,
    currency: 'EUR',
    locales: [
      ['fr-LU', 0.6],
      ['de-DE', 0.3],
      ['en-GB', 0.1],
    ],
    cities: [
      city('Luxembourg', '1111', '2449', '1724'),
      city('Esch-sur-Alzette', '4001'),
      city('Differdange', '4501'),
    ],
    streets: ['Grand-Rue', 'Avenue de la Liberté', "Route d'Arlon", 'Rue de Hollerich'],
    pickup: ['Post Packup'],
    couriers: [
      ['Post Luxembourg', 50],
      ['UPS', 50],
    ],
  },
  CH: {
    share: 4.3,
    currency: 'CHF',
    locales: [
      ['de-CH', 0.62],
      ['fr-CH', 0.25],
      ['it-CH', 0.13],
    ],
    cities: [
      city('Zürich', '8001', '8004', '8032'),
      city('Genève', '1201', '1205'),
      city('Basel', '4051'),
      city('Bern', '3011'),
      city('Lausanne', '1003'),
      city('Lugano', '6900'),
      city('Luzern', '6003'),
      city('St. Gallen', '9000'),
      city('Winterthur', '8400'),
    ],
    streets: ['Bahnhofstrasse', 'Rue du Rhône', 'Via Nassa', 'Hauptgasse', 'Seestrasse', 'Dorfstrasse'],
    pickup: ['PickPost', 'My Post 24'],
    couriers: [
      ['Post CH', 70],
      ['DHL Express', 30],
    ],
  },
};

export const MARKET_LIST = Object.keys(MARKETS) as Market[];

/** Countries the shop ships to. */
export const SHIPS_TO: ReadonlySet<string> = new Set(MARKET_LIST);

export const isMarket = (c: string): c is Market => SHIPS_TO.has(c);

/** The currency a checkout is priced in: francs for Swiss deliveries, euros for everything else. */
export const currencyFor = (country: string): Currency => (country === 'CH' ? 'CHF' : 'EUR');

export const pickMarket = (rng: Rng): Market =>
  rng.weightedPick(MARKET_LIST.map((m) => [m, MARKETS[m].share] as const));

/** A street address in a market, optionally in a given city. */
export function homeIn(rng: Rng, market: Market, cityName?: string): Address {
  const m = MARKETS[market];
  const c = m.cities.find((x) => x.name === cityName) ?? rng.pick(m.cities);
  const street = rng.pick(m.streets);
  const number = rng.int(1, 180);
  const line1 =
    market === 'FR' || market === 'LU' || market === 'BE'
      ? market === 'BE' && rng.chance(0.5)
        ? `${street} ${number}`
        : `${number} ${street}`
      : market === 'IT'
        ? `${street} ${number}${rng.chance(0.1) ? '/B' : ''}`
        : `${street} ${number}`;
  return { country: market, postalCode: rng.pick(c.postal), city: c.name, line1 };
}

/** A city of a market other than `not`, for pick-up points and drops away from home. */
export function otherCity(rng: Rng, market: Market, not?: string): string {
  const cities = MARKETS[market].cities.filter((c) => c.name !== not);
  return rng.pick(cities.length > 0 ? cities : MARKETS[market].cities).name;
}

export const isPiedmont = (a: Address): boolean =>
  MARKETS.IT.cities.some((c) => c.name === a.city && c.piedmont === true);

/** A pick-up point: the network's name and code, and its address in `cityName` (or a random city). */
export function pickupPoint(
  rng: Rng,
  market: Market,
  cityName?: string,
  network?: string,
): { name: string; address: Address } {
  const m = MARKETS[market];
  const net = network ?? rng.pick(m.pickup);
  const where = homeIn(rng, market, cityName);
  const code = `${(where.city ?? 'XX').slice(0, 2).toUpperCase()}${rng.digits(4)}`;
  return { name: `${net} ${code}`, address: { ...where, line1: `${net} ${code}, ${where.line1 ?? ''}` } };
}

/** The showroom in San Salvario where Piedmont customers collect. */
export const SHOWROOM = 'Showroom Torino, Via Nizza 62';

/** Places outside the markets where customers live (expats) or bill from. */
export type Abroad = 'GB' | 'US';
export const ABROAD: Readonly<Record<Abroad, { cities: readonly City[]; streets: readonly string[] }>> = {
  GB: {
    cities: [
      city('London', 'SW11 2PN', 'E1 6AN', 'N1 9GU', 'W2 4RH'),
      city('Manchester', 'M1 4BT'),
      city('Edinburgh', 'EH3 9DR'),
    ],
    streets: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Kingsland Road'],
  },
  US: {
    cities: [
      city('New York', '10001', '10013', '11211'),
      city('Boston', '02116'),
      city('San Francisco', '94110'),
      city('Chicago', '60614'),
    ],
    streets: ['Main Street', 'Bleecker Street', 'Valencia Street', 'Newbury Street', 'Elm Avenue'],
  },
};

export function abroadHome(rng: Rng, country: Abroad): Address {
  const a = ABROAD[country];
  const c = rng.pick(a.cities);
  return {
    country,
    postalCode: rng.pick(c.postal),
    city: c.name,
    line1: `${rng.int(1, 240)} ${rng.pick(a.streets)}`,
  };
}

/** Sanctioned jurisdictions' addresses: only the sanctioned_country kind uses them. */
export type Sanctioned = 'RU' | 'BY' | 'IR';
const SANCTIONED_PLACES: Readonly<Record<Sanctioned, readonly City[]>> = {
  RU: [city('Moskva', '119021', '125047', '115054'), city('Sankt-Peterburg', '191186', '197022')],
  BY: [city('Minsk', '220030', '220004'), city('Hrodna', '230025')],
  IR: [city('Tehran', '1968913', '1593654'), city('Shiraz', '7134813')],
};
const SANCTIONED_STREETS: Readonly<Record<Sanctioned, readonly string[]>> = {
  RU: ['ul. Tverskaya', 'Leninsky prospekt', 'ul. Arbat', 'Nevsky prospekt'],
  BY: ['pr. Nezavisimosti', 'ul. Lenina', 'ul. Sovetskaya'],
  IR: ['Valiasr St', 'Enghelab St', 'Zand Blvd'],
};

export function sanctionedHome(rng: Rng, country: Sanctioned): Address {
  const c = rng.pick(SANCTIONED_PLACES[country]);
  return {
    country,
    postalCode: rng.pick(c.postal),
    city: c.name,
    line1: `${rng.pick(SANCTIONED_STREETS[country])} ${rng.int(1, 90)}`,
  };
}
