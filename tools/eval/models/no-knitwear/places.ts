import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  CET,
  EET,
  fixed,
  US_ALASKA,
  US_CENTRAL,
  US_EAST,
  US_MOUNTAIN,
  US_PACIFIC,
  WET,
  type Zone,
} from './calendar.js';

/**
 * Where the shop sells and ships: its eight markets, their storefronts (currency and language), cities with
 * postal codes and streets, Posten/Bring pick-up points, and the places fraud ships to or comes from.
 */

export type Country = 'NO' | 'SE' | 'DK' | 'FI' | 'DE' | 'NL' | 'GB' | 'US';
export const COUNTRIES: readonly Country[] = ['NO', 'SE', 'DK', 'FI', 'DE', 'NL', 'GB', 'US'];
export type Currency = 'NOK' | 'SEK' | 'DKK' | 'EUR' | 'GBP' | 'USD';

/** A storefront: a market's, or the international one (English, euros) for everyone else. */
export type Storefront = Country | 'INTL';

export const STOREFRONTS: Readonly<Record<Storefront, { currency: Currency; locale: string }>> = {
  NO: { currency: 'NOK', locale: 'nb-NO' },
  SE: { currency: 'SEK', locale: 'sv-SE' },
  DK: { currency: 'DKK', locale: 'da-DK' },
  FI: { currency: 'EUR', locale: 'fi-FI' },
  DE: { currency: 'EUR', locale: 'de-DE' },
  NL: { currency: 'EUR', locale: 'nl-NL' },
  GB: { currency: 'GBP', locale: 'en-GB' },
  US: { currency: 'USD', locale: 'en-US' },
  INTL: { currency: 'EUR', locale: 'en' },
};

export const isCountry = (c: string): c is Country => (COUNTRIES as readonly string[]).includes(c);
export const storefrontOf = (c: string): Storefront => (isCountry(c) ? c : 'INTL');

export interface City {
  name: string;
  codes: readonly string[];
  zone: Zone;
  weight: number;
}

const c = (name: string, codes: string, zone: Zone, weight = 1): City => ({
  name,
  codes: codes.split(','),
  zone,
  weight,
});

export const CITIES: Readonly<Record<string, readonly City[]>> = {
  NO: [
    c('Bergen', '5003,5006,5007,5009,5014,5035,5039,5043,5055,5063,5067,5089,5096', CET, 7),
    c('Nesttun', '5221,5222,5224', CET, 1),
    c('Oslo', '0150,0159,0170,0255,0268,0351,0357,0458,0473,0560,0655,0678,0752,0870,1151', CET, 9),
    c('Trondheim', '7010,7011,7014,7030,7041,7045,7050,7089', CET, 3),
    c('Stavanger', '4005,4008,4011,4014,4021,4041', CET, 2.5),
    c('Tromsø', '9008,9009,9011,9019', CET, 1.2),
    c('Kristiansand', '4610,4614,4617,4631', CET, 1.2),
    c('Ålesund', '6002,6005,6010,6015', CET, 1),
    c('Bodø', '8003,8006,8011', CET, 0.8),
    c('Drammen', '3015,3019,3024,3036', CET, 1.2),
    c('Fredrikstad', '1606,1608,1614,1630', CET, 1),
    c('Lillehammer', '2609,2614,2618', CET, 0.7),
    c('Haugesund', '5521,5527,5531', CET, 0.7),
    c('Voss', '5700,5704', CET, 0.4),
    c('Førde', '6800,6803', CET, 0.4),
  ],
  SE: [
    c('Stockholm', '111 22,113 46,114 32,116 28,118 53,120 30', CET, 4),
    c('Göteborg', '411 05,413 14,414 63,416 73', CET, 2.5),
    c('Malmö', '211 22,214 21,217 45', CET, 1.5),
    c('Uppsala', '752 28,753 20', CET, 0.8),
    c('Umeå', '903 26,907 36', CET, 0.5),
  ],
  DK: [
    c('København', '1050,1360,1620,2100,2200,2300,2450', CET, 4),
    c('Aarhus', '8000,8200,8210', CET, 2),
    c('Odense', '5000,5200', CET, 1),
    c('Aalborg', '9000,9200', CET, 1),
  ],
  FI: [
    c('Helsinki', '00100,00130,00180,00250,00530,00940', EET, 3),
    c('Espoo', '02100,02230', EET, 1),
    c('Tampere', '33100,33200', EET, 1),
    c('Turku', '20100,20500', EET, 1),
  ],
  DE: [
    c('Berlin', '10115,10245,10437,10781,12047,13353', CET, 3),
    c('Hamburg', '20095,20357,22085,22767', CET, 2.5),
    c('München', '80331,80469,80799,81543', CET, 2),
    c('Köln', '50667,50733,50937', CET, 1.5),
    c('Kiel', '24103,24114', CET, 0.8),
    c('Frankfurt am Main', '60311,60385,60594', CET, 1.2),
  ],
  NL: [
    c('Amsterdam', '1011 AB,1017 CE,1053 GK,1072 LH,1091 AE', CET, 3),
    c('Rotterdam', '3011 BD,3014 GM,3024 EB', CET, 1.5),
    c('Utrecht', '3511 LX,3581 KD', CET, 1.2),
    c('Den Haag', '2511 CV,2564 AB', CET, 1.2),
    c('Groningen', '9711 LM,9725 AC', CET, 0.6),
  ],
  GB: [
    c('London', 'SW1A 1AA,SE1 7PB,N1 9GU,E2 8DP,W6 0NE,NW3 2QG', WET, 4),
    c('Edinburgh', 'EH1 1YZ,EH3 9DR,EH10 4BF', WET, 1.5),
    c('Aberdeen', 'AB10 1XG,AB11 5QN', WET, 0.8),
    c('Lerwick', 'ZE1 0AA,ZE1 0LL', WET, 0.3),
    c('Manchester', 'M1 1AE,M14 5RL', WET, 1.2),
    c('Bristol', 'BS1 4DJ,BS8 1TH', WET, 1),
    c('York', 'YO1 7HH,YO10 3BP', WET, 0.7),
  ],
  US: [
    c('Minneapolis', '55401,55406,55408,55414,55419', US_CENTRAL, 3),
    c('Saint Paul', '55102,55105,55116', US_CENTRAL, 1.5),
    c('Decorah', '52101', US_CENTRAL, 0.5),
    c('Stoughton', '53589', US_CENTRAL, 0.5),
    c('Madison', '53703,53711', US_CENTRAL, 1),
    c('Fargo', '58102,58103', US_CENTRAL, 0.8),
    c('Chicago', '60614,60618,60657', US_CENTRAL, 1.5),
    c('Seattle', '98107,98117,98103,98199', US_PACIFIC, 3),
    c('Portland', '97202,97214', US_PACIFIC, 1),
    c('San Francisco', '94110,94117', US_PACIFIC, 1),
    c('Brooklyn', '11209,11220', US_EAST, 1.2),
    c('Boston', '02116,02138', US_EAST, 1),
    c('Denver', '80206,80211', US_MOUNTAIN, 0.8),
    c('Salt Lake City', '84103,84105', US_MOUNTAIN, 0.6),
    c('Petersburg', '99833', US_ALASKA, 0.2),
  ],
  ES: [
    c('Alfaz del Pi', '03580,03581', CET, 1),
    c('Torrevieja', '03181,03182,03184', CET, 1),
    c('Las Palmas de Gran Canaria', '35007,35010', WET, 0.8),
  ],
  RU: [
    c('Moskva', '101000,115191,119021,125009', fixed(3), 3),
    c('Sankt-Peterburg', '190000,191025,197022', fixed(3), 2),
    c('Murmansk', '183038,183025', fixed(3), 1),
  ],
  BY: [c('Minsk', '220030,220004,220114', fixed(3), 1)],
  IR: [c('Tehran', '1136713111,1983963113,1416753955', fixed(3.5), 1)],
};

const STREETS: Readonly<Record<string, readonly string[]>> = {
  NO: [
    'Kong Oscars gate',
    'Nygårdsgaten',
    'Fjellveien',
    'Storgata',
    'Kirkeveien',
    'Solheimsgaten',
    'Skolegata',
    'Havnegata',
    'Bjørnstjerne Bjørnsons gate',
    'Løvstakkveien',
    'Ulsmågvegen',
    'Tertnesflaten',
  ],
  SE: ['Drottninggatan', 'Kungsgatan', 'Storgatan', 'Vasagatan', 'Götgatan', 'Linnégatan'],
  DK: ['Nørrebrogade', 'Vesterbrogade', 'Østergade', 'Jægersborggade', 'Søndergade'],
  FI: ['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Fredrikinkatu', 'Kauppakatu'],
  DE: ['Hauptstraße', 'Schillerstraße', 'Goethestraße', 'Lindenallee', 'Bahnhofstraße', 'Am Markt'],
  NL: ['Prinsengracht', 'Kerkstraat', 'Dorpsstraat', 'Stationsweg', 'Van Goghlaan'],
  GB: ['High Street', 'Church Road', 'Victoria Road', 'Station Road', 'Queen Street', 'Park Avenue'],
  US: ['Main St', 'Oak St', 'Lake St', 'NW Market St', 'Maple Ave', '5th Ave', 'Summit Ave', 'Elm St'],
  ES: ['Calle Mayor', 'Avenida del Mar', 'Calle Ramón y Cajal'],
  RU: ['ul. Lenina', 'Nevsky pr.', 'ul. Tverskaya', 'pr. Mira'],
  BY: ['pr. Nezavisimosti', 'ul. Surganova'],
  IR: ['Valiasr St', 'Enghelab St'],
};

/** Street first (Norway, Europe) or number first (Britain, the US). */
const NUMBER_FIRST = new Set(['GB', 'US']);

export function cityIn(rng: Rng, country: string): City {
  const list = CITIES[country] ?? CITIES.NO ?? [];
  return rng.weightedPick(list.map((x) => [x, x.weight] as const));
}

/** A home address in a country (optionally in a given city). */
export function addressIn(rng: Rng, country: string, city: City = cityIn(rng, country)): Address {
  const street = rng.pick(STREETS[country] ?? STREETS.NO ?? ['Storgata']);
  const number = `${rng.int(1, country === 'US' ? 9800 : 120)}${country === 'NO' && rng.chance(0.2) ? rng.pick(['A', 'B', 'C']) : ''}`;
  return {
    country,
    postalCode: rng.pick(city.codes),
    city: city.name,
    line1: NUMBER_FIRST.has(country) ? `${number} ${street}` : `${street} ${number}`,
  };
}

const CHAINS = ['Kiwi', 'Rema 1000', 'Coop Extra', 'Coop Prix', 'Meny', 'Joker', 'Spar', 'Bunnpris'];

/** A Posten/Bring pick-up point (Post i butikk) or parcel locker near a Norwegian address. */
export function pickupNear(rng: Rng, home: Address, locker: boolean): Address {
  return {
    country: 'NO',
    postalCode: home.postalCode ?? '5003',
    city: home.city ?? 'Bergen',
    line1: `${locker ? 'Pakkeboks' : 'Post i butikk'}, ${rng.pick(CHAINS)} ${home.city ?? 'Bergen'}`,
  };
}

/**
 * Pick-up points and lockers in busy districts of Oslo and Bergen, where nobody looks twice at who collects:
 * where phished and stolen goods are picked up with the code from an SMS.
 */
export const DROP_POINTS: readonly Address[] = [
  { country: 'NO', postalCode: '0188', city: 'Oslo', line1: 'Pakkeboks, Kiwi Grønland' },
  { country: 'NO', postalCode: '1053', city: 'Oslo', line1: 'Post i butikk, Rema 1000 Furuset' },
  { country: 'NO', postalCode: '0985', city: 'Oslo', line1: 'Pakkeboks, Coop Extra Stovner' },
  { country: 'NO', postalCode: '0970', city: 'Oslo', line1: 'Post i butikk, Kiwi Romsås' },
  { country: 'NO', postalCode: '1255', city: 'Oslo', line1: 'Pakkeboks, Meny Holmlia' },
  { country: 'NO', postalCode: '0560', city: 'Oslo', line1: 'Post i butikk, Rema 1000 Tøyen' },
  { country: 'NO', postalCode: '5116', city: 'Ulset', line1: 'Pakkeboks, Kiwi Åsane' },
  { country: 'NO', postalCode: '5171', city: 'Loddefjord', line1: 'Post i butikk, Coop Extra Loddefjord' },
  { country: 'NO', postalCode: '7080', city: 'Heimdal', line1: 'Pakkeboks, Rema 1000 Heimdal' },
];

/** Package forwarders' and reshippers' warehouses: a suite number per customer. */
export function forwarder(rng: Rng, country: 'US' | 'GB' | 'FI' | 'KZ' | 'LT' | 'AE' | 'TR'): Address {
  const suite = rng.digits(5);
  const where: Record<typeof country, Address[]> = {
    US: [
      { country: 'US', postalCode: '19720', city: 'New Castle', line1: `22 Quigley Blvd Ste ${suite}` },
      { country: 'US', postalCode: '19720', city: 'New Castle', line1: `501 Churchmans Rd Unit ${suite}` },
      { country: 'US', postalCode: '97230', city: 'Portland', line1: `14900 NE Airport Way #${suite}` },
      { country: 'US', postalCode: '33166', city: 'Miami', line1: `8400 NW 25th St Ste ${suite}` },
    ],
    GB: [
      {
        country: 'GB',
        postalCode: 'DA1 4BZ',
        city: 'Dartford',
        line1: `Unit 6, Bourne Industrial Park ${suite}`,
      },
    ],
    FI: [
      { country: 'FI', postalCode: '53100', city: 'Lappeenranta', line1: `Valtakatu 41, box ${suite}` },
      { country: 'FI', postalCode: '55100', city: 'Imatra', line1: `Tainionkoskentie 8, box ${suite}` },
    ],
    KZ: [{ country: 'KZ', postalCode: '050000', city: 'Almaty', line1: `pr. Abaya 52, ${suite}` }],
    LT: [{ country: 'LT', postalCode: 'LT-02300', city: 'Vilnius', line1: `Savanorių pr. 178, ${suite}` }],
    AE: [{ country: 'AE', postalCode: '00000', city: 'Dubai', line1: `Al Quoz Ind. Area 3, WH ${suite}` }],
    TR: [
      { country: 'TR', postalCode: '34197', city: 'İstanbul', line1: `Yenibosna Mah. 29 Ekim Cd. ${suite}` },
    ],
  };
  return rng.pick(where[country]);
}

/** The Bryggen shop, where Bergen customers collect. */
export const BRYGGEN: Address = { country: 'NO', postalCode: '5003', city: 'Bergen', line1: 'Bryggen 17' };
