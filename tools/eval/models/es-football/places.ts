import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the shop sells and where its orders come from: each market's storefront (currency, region), UTC
 * offset in November, site locale, the language of its people and its cities with postal codes; then the
 * places only fraud touches (reshippers, forwarders, sanctioned countries).
 */

export type Currency = 'EUR' | 'GBP' | 'USD';
export type Region = 'ES' | 'EU' | 'UK' | 'US' | 'LATAM' | 'WORLD';
export type Lang = 'es' | 'fr' | 'de' | 'it' | 'pt' | 'nl' | 'en' | 'ru' | 'fa' | 'ar' | 'tr';
type Style = 'es' | 'number_first' | 'number_last' | 'pt' | 'latam' | 'plain';

export interface City {
  name: string;
  postal: readonly string[];
  /** UTC offset when it differs from the country's (the Canaries, US time zones, Tijuana, Cancún). */
  tz?: number;
}

export interface Place {
  country: string;
  tz: number;
  lang: Lang;
  locale: string;
  style: Style;
  streets: readonly string[];
  cities: readonly City[];
}

export interface Market extends Place {
  region: Exclude<Region, 'WORLD'>;
  currency: Currency;
  /** Share of ordinary orders shipped there. */
  weight: number;
}

const c = (name: string, postal: readonly string[], tz?: number): City => ({
  name,
  postal,
  ...(tz !== undefined ? { tz } : {}),
});

const ES_STREETS = [
  'Calle de Alcalá',
  'Calle Mayor',
  'Avenida de América',
  'Calle de Bravo Murillo',
  'Paseo de la Castellana',
  'Calle de Fuencarral',
  'Avenida de la Constitución',
  'Calle Real',
  'Calle de San Juan',
  'Avenida de Andalucía',
  'Calle del Carmen',
  'Calle Nueva',
  'Calle de la Iglesia',
  'Avenida del Mediterráneo',
  'Calle de Toledo',
  'Avenida de los Poblados',
  'Calle de Embajadores',
  'Rambla de Catalunya',
  'Calle de Goya',
  'Avenida de Portugal',
];

export const MARKETS: Readonly<Record<string, Market>> = {
  ES: {
    country: 'ES',
    region: 'ES',
    currency: 'EUR',
    weight: 58,
    tz: 1,
    lang: 'es',
    locale: 'es-ES',
    style: 'es',
    streets: ES_STREETS,
    cities: [
      c('Madrid', [
        '28001',
        '28004',
        '28007',
        '28012',
        '28015',
        '28020',
        '28028',
        '28034',
        '28039',
        '28045',
        '28050',
      ]),
      c('Móstoles', ['28933', '28935']),
      c('Alcalá de Henares', ['28801', '28805']),
      c('Getafe', ['28901', '28903']),
      c('Leganés', ['28911', '28914']),
      c('Fuenlabrada', ['28942', '28944']),
      c('Barcelona', ['08001', '08013', '08025', '08029', '08036']),
      c("L'Hospitalet de Llobregat", ['08901', '08905']),
      c('Valencia', ['46001', '46010', '46020']),
      c('Sevilla', ['41001', '41005', '41013']),
      c('Málaga', ['29001', '29010']),
      c('Zaragoza', ['50001', '50008']),
      c('Bilbao', ['48001', '48007']),
      c('Murcia', ['30001', '30007']),
      c('Palma', ['07001', '07010']),
      c('Las Palmas de Gran Canaria', ['35001', '35010'], 0),
      c('Santa Cruz de Tenerife', ['38001', '38005'], 0),
      c('Valladolid', ['47001', '47010']),
      c('A Coruña', ['15001', '15008']),
      c('Vigo', ['36201', '36204']),
      c('Granada', ['18001', '18006']),
      c('Alicante', ['03001', '03010']),
      c('Córdoba', ['14001', '14005']),
      c('Oviedo', ['33001', '33011']),
      c('Santander', ['39001', '39005']),
      c('San Sebastián', ['20001', '20008']),
      c('Pamplona', ['31001', '31008']),
      c('Salamanca', ['37001', '37005']),
      c('Toledo', ['45001', '45005']),
      c('Cádiz', ['11001', '11008']),
    ],
  },
  FR: {
    country: 'FR',
    region: 'EU',
    currency: 'EUR',
    weight: 5,
    tz: 1,
    lang: 'fr',
    locale: 'fr-FR',
    style: 'number_first',
    streets: [
      'rue de la République',
      'avenue Jean Jaurès',
      'rue Victor Hugo',
      'boulevard Voltaire',
      'rue des Lilas',
    ],
    cities: [
      c('Paris', ['75011', '75015', '75018', '75020']),
      c('Lyon', ['69003', '69007']),
      c('Marseille', ['13008', '13005']),
      c('Toulouse', ['31000', '31400']),
      c('Bordeaux', ['33000', '33800']),
      c('Lille', ['59000']),
      c('Perpignan', ['66000']),
      c('Bayonne', ['64100']),
      c('Nantes', ['44000']),
    ],
  },
  DE: {
    country: 'DE',
    region: 'EU',
    currency: 'EUR',
    weight: 4,
    tz: 1,
    lang: 'de',
    locale: 'de-DE',
    style: 'number_last',
    streets: [
      'Hauptstraße',
      'Bahnhofstraße',
      'Schillerstraße',
      'Gartenweg',
      'Lindenallee',
      'Berliner Straße',
    ],
    cities: [
      c('Berlin', ['10115', '10437', '12043']),
      c('München', ['80331', '80687']),
      c('Hamburg', ['20095', '22765']),
      c('Köln', ['50667', '50823']),
      c('Frankfurt am Main', ['60311', '60594']),
      c('Stuttgart', ['70173']),
      c('Düsseldorf', ['40210']),
      c('Dortmund', ['44135']),
    ],
  },
  IT: {
    country: 'IT',
    region: 'EU',
    currency: 'EUR',
    weight: 3,
    tz: 1,
    lang: 'it',
    locale: 'it-IT',
    style: 'number_last',
    streets: ['Via Roma', 'Via Garibaldi', 'Corso Italia', 'Via Mazzini', 'Via Dante Alighieri'],
    cities: [
      c('Milano', ['20121', '20135']),
      c('Roma', ['00153', '00185']),
      c('Torino', ['10121']),
      c('Napoli', ['80121']),
      c('Bologna', ['40121']),
      c('Firenze', ['50122']),
    ],
  },
  PT: {
    country: 'PT',
    region: 'EU',
    currency: 'EUR',
    weight: 3,
    tz: 0,
    lang: 'pt',
    locale: 'pt-PT',
    style: 'pt',
    streets: [
      'Rua Augusta',
      'Avenida da Liberdade',
      'Rua de Santa Catarina',
      'Rua do Comércio',
      'Rua da Prata',
    ],
    cities: [
      c('Lisboa', ['1100-148', '1200-195', '1700-097']),
      c('Porto', ['4000-322', '4050-262']),
      c('Braga', ['4700-035']),
      c('Coimbra', ['3000-150']),
      c('Faro', ['8000-138']),
    ],
  },
  NL: {
    country: 'NL',
    region: 'EU',
    currency: 'EUR',
    weight: 2,
    tz: 1,
    lang: 'nl',
    locale: 'nl-NL',
    style: 'number_last',
    streets: ['Kerkstraat', 'Dorpsstraat', 'Stationsweg', 'Molenstraat', 'Julianalaan'],
    cities: [
      c('Amsterdam', ['1012 AB', '1054 KL']),
      c('Rotterdam', ['3011 AD']),
      c('Utrecht', ['3511 LN']),
      c('Den Haag', ['2511 CV']),
      c('Eindhoven', ['5611 AZ']),
    ],
  },
  BE: {
    country: 'BE',
    region: 'EU',
    currency: 'EUR',
    weight: 2,
    tz: 1,
    lang: 'fr',
    locale: 'fr-BE',
    style: 'number_last',
    streets: ['Rue de la Loi', 'Kerkstraat', 'Chaussée de Wavre', 'Meir', 'Stationsstraat'],
    cities: [
      c('Bruxelles', ['1000', '1050']),
      c('Antwerpen', ['2000', '2018']),
      c('Gent', ['9000']),
      c('Liège', ['4000']),
      c('Charleroi', ['6000']),
    ],
  },
  IE: {
    country: 'IE',
    region: 'EU',
    currency: 'EUR',
    weight: 1.5,
    tz: 0,
    lang: 'en',
    locale: 'en-IE',
    style: 'number_first',
    streets: ['Main Street', "O'Connell Street", 'Church Road', 'Strand Road', 'Griffith Avenue'],
    cities: [
      c('Dublin', ['D02 XY45', 'D08 T6F8', 'D15 K2P3']),
      c('Cork', ['T12 W8CC']),
      c('Galway', ['H91 E2K5']),
      c('Limerick', ['V94 T9PX']),
    ],
  },
  AT: {
    country: 'AT',
    region: 'EU',
    currency: 'EUR',
    weight: 1,
    tz: 1,
    lang: 'de',
    locale: 'de-AT',
    style: 'number_last',
    streets: ['Hauptstraße', 'Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Bahnhofstraße'],
    cities: [
      c('Wien', ['1010', '1100', '1200']),
      c('Graz', ['8010']),
      c('Linz', ['4020']),
      c('Salzburg', ['5020']),
      c('Innsbruck', ['6020']),
    ],
  },
  GB: {
    country: 'GB',
    region: 'UK',
    currency: 'GBP',
    weight: 7,
    tz: 0,
    lang: 'en',
    locale: 'en-GB',
    style: 'number_first',
    streets: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Park Avenue', 'Mill Lane'],
    cities: [
      c('London', ['E1 6AN', 'SW9 8HE', 'N17 0AP', 'W12 7RJ', 'SE16 3LL']),
      c('Manchester', ['M16 0RA', 'M1 1AE', 'M14 5TQ']),
      c('Liverpool', ['L4 0TH', 'L1 8JQ']),
      c('Birmingham', ['B6 6HE', 'B15 2TT']),
      c('Leeds', ['LS1 4AP']),
      c('Glasgow', ['G40 3RE']),
      c('Bristol', ['BS1 4DJ']),
      c('Newcastle upon Tyne', ['NE1 4ST']),
      c('Cardiff', ['CF10 1NS']),
    ],
  },
  US: {
    country: 'US',
    region: 'US',
    currency: 'USD',
    weight: 7,
    tz: -5,
    lang: 'en',
    locale: 'en-US',
    style: 'number_first',
    streets: ['Main St', 'Oak Ave', 'Maple Dr', '5th Ave', 'Washington Blvd', 'Pine St', 'Elm St'],
    cities: [
      c('New York', ['10001', '10027', '11211', '11368']),
      c('Miami', ['33130', '33135', '33145']),
      c('Houston', ['77002', '77036'], -6),
      c('Chicago', ['60608', '60614'], -6),
      c('Los Angeles', ['90011', '90033', '90026'], -8),
      c('San Jose', ['95112'], -8),
      c('Dallas', ['75201', '75211'], -6),
      c('Newark', ['07105']),
      c('Phoenix', ['85008'], -7),
      c('Boston', ['02134']),
    ],
  },
  MX: {
    country: 'MX',
    region: 'LATAM',
    currency: 'USD',
    weight: 3,
    tz: -6,
    lang: 'es',
    locale: 'es-MX',
    style: 'latam',
    streets: ['Av. Insurgentes Sur', 'Calle Morelos', 'Av. Juárez', 'Calle Hidalgo', 'Av. Revolución'],
    cities: [
      c('Ciudad de México', ['03100', '06700', '11000', '04510']),
      c('Guadalajara', ['44100', '44600']),
      c('Monterrey', ['64000', '64700']),
      c('Puebla', ['72000']),
      c('Tijuana', ['22000'], -8),
      c('Cancún', ['77500'], -5),
    ],
  },
  AR: {
    country: 'AR',
    region: 'LATAM',
    currency: 'USD',
    weight: 1.5,
    tz: -3,
    lang: 'es',
    locale: 'es-AR',
    style: 'latam',
    streets: ['Av. Corrientes', 'Av. Santa Fe', 'San Martín', 'Av. Rivadavia', 'Av. Cabildo'],
    cities: [
      c('Buenos Aires', ['C1414', 'C1425', 'C1043', 'C1406']),
      c('Córdoba', ['X5000']),
      c('Rosario', ['S2000']),
      c('Mendoza', ['M5500']),
      c('La Plata', ['B1900']),
    ],
  },
  CO: {
    country: 'CO',
    region: 'LATAM',
    currency: 'USD',
    weight: 1.2,
    tz: -5,
    lang: 'es',
    locale: 'es-CO',
    style: 'latam',
    streets: ['Carrera 7', 'Calle 72', 'Avenida 68', 'Carrera 43A', 'Calle 10'],
    cities: [
      c('Bogotá', ['110111', '110221']),
      c('Medellín', ['050001', '050021']),
      c('Cali', ['760001']),
      c('Barranquilla', ['080001']),
    ],
  },
  CL: {
    country: 'CL',
    region: 'LATAM',
    currency: 'USD',
    weight: 0.8,
    tz: -3,
    lang: 'es',
    locale: 'es-CL',
    style: 'latam',
    streets: ['Av. Providencia', 'Av. Apoquindo', 'Merced', 'Av. Vicuña Mackenna'],
    cities: [
      c('Santiago', ['7500000', '8320000', '7550000']),
      c('Valparaíso', ['2340000']),
      c('Concepción', ['4030000']),
    ],
  },
  PE: {
    country: 'PE',
    region: 'LATAM',
    currency: 'USD',
    weight: 0.6,
    tz: -5,
    lang: 'es',
    locale: 'es-PE',
    style: 'latam',
    streets: ['Av. Larco', 'Av. Javier Prado', 'Jr. de la Unión', 'Av. Arequipa'],
    cities: [c('Lima', ['15001', '15074', '15036']), c('Arequipa', ['04001']), c('Trujillo', ['13001'])],
  },
};

export const MARKET_WEIGHTS: ReadonlyArray<readonly [string, number]> = Object.values(MARKETS).map(
  (m) => [m.country, m.weight] as const,
);
export const LATAM: readonly string[] = ['MX', 'AR', 'CO', 'CL', 'PE'];

/** Places only fraud touches: sanctioned countries, and forwarders' countries. Never a storefront. */
export const ELSEWHERE: Readonly<Record<string, Place>> = {
  RU: {
    country: 'RU',
    tz: 3,
    lang: 'ru',
    locale: 'ru-RU',
    style: 'plain',
    streets: ['ul. Tverskaya', 'Leninsky prospekt', 'ul. Arbat', 'Nevsky prospekt'],
    cities: [c('Moscow', ['101000', '125009', '119049']), c('Saint Petersburg', ['190000', '191186'])],
  },
  BY: {
    country: 'BY',
    tz: 3,
    lang: 'ru',
    locale: 'ru-BY',
    style: 'plain',
    streets: ['pr. Nezavisimosti', 'ul. Nemiga', 'pr. Pobediteley'],
    cities: [c('Minsk', ['220030', '220004']), c('Gomel', ['246050'])],
  },
  IR: {
    country: 'IR',
    tz: 3.5,
    lang: 'fa',
    locale: 'fa-IR',
    style: 'plain',
    streets: ['Valiasr St', 'Enghelab St', 'Shariati St'],
    cities: [c('Tehran', ['1591634311', '1416753955']), c('Isfahan', ['8173653411'])],
  },
  CU: {
    country: 'CU',
    tz: -5,
    lang: 'es',
    locale: 'es-CU',
    style: 'latam',
    streets: ['Calle 23', 'Calle Obispo', 'Avenida de los Presidentes'],
    cities: [c('La Habana', ['10400', '10200']), c('Santiago de Cuba', ['90100'])],
  },
  SY: {
    country: 'SY',
    tz: 3,
    lang: 'ar',
    locale: 'ar-SY',
    style: 'plain',
    streets: ['Baghdad St', 'Al-Hamra St', 'Mezzeh Autostrad'],
    cities: [c('Damascus', ['0100']), c('Aleppo', ['0200'])],
  },
  KZ: {
    country: 'KZ',
    tz: 5,
    lang: 'ru',
    locale: 'ru-KZ',
    style: 'plain',
    streets: ['pr. Abaya', 'ul. Tole Bi', 'pr. Dostyk'],
    cities: [c('Almaty', ['050000', '050010']), c('Astana', ['010000'])],
  },
  KG: {
    country: 'KG',
    tz: 6,
    lang: 'ru',
    locale: 'ru-KG',
    style: 'plain',
    streets: ['pr. Chui', 'ul. Kievskaya'],
    cities: [c('Bishkek', ['720001', '720040'])],
  },
  AM: {
    country: 'AM',
    tz: 4,
    lang: 'ru',
    locale: 'ru-AM',
    style: 'plain',
    streets: ['Mashtots Ave', 'Tigran Mets Ave'],
    cities: [c('Yerevan', ['0010', '0025'])],
  },
  GE: {
    country: 'GE',
    tz: 4,
    lang: 'ru',
    locale: 'ru-GE',
    style: 'plain',
    streets: ['Rustaveli Ave', 'Chavchavadze Ave'],
    cities: [c('Tbilisi', ['0108', '0179'])],
  },
  TR: {
    country: 'TR',
    tz: 3,
    lang: 'tr',
    locale: 'tr-TR',
    style: 'plain',
    streets: ['Istiklal Cd.', 'Bagdat Cd.', 'Halaskargazi Cd.'],
    cities: [c('Istanbul', ['34000', '34394', '34710']), c('Van', ['65000'])],
  },
  AE: {
    country: 'AE',
    tz: 4,
    lang: 'en',
    locale: 'en-AE',
    style: 'plain',
    streets: ['Sheikh Zayed Rd', 'Al Qusais Industrial Area 4', 'Al Quoz Industrial Area 3'],
    cities: [c('Dubai', ['00000'])],
  },
  LB: {
    country: 'LB',
    tz: 2,
    lang: 'ar',
    locale: 'ar-LB',
    style: 'plain',
    streets: ['Hamra St', 'Mar Elias St'],
    cities: [c('Beirut', ['1103', '2038'])],
  },
};

export const placeOf = (country: string): Place => {
  const p = MARKETS[country] ?? ELSEWHERE[country];
  if (!p) throw new Error(`no place ${country}`);
  return p;
};

export const marketOf = (country: string): Market | undefined => MARKETS[country];

/**
 * A street line in the country's own style: "Calle Mayor, 12, 3º B", "14 rue Victor Hugo", "Hauptstraße 7".
 */
export function line1(rng: Rng, p: Place): string {
  const street = rng.pick(p.streets);
  const n = rng.int(1, rng.chance(0.7) ? 60 : 240);
  switch (p.style) {
    case 'es':
      return rng.chance(0.8)
        ? `${street}, ${n}, ${rng.int(1, 9)}º ${rng.pick(['A', 'B', 'C', 'D', 'izq.', 'dcha.'])}`
        : `${street}, ${n}`;
    case 'number_first':
      return rng.chance(0.25) && p.country === 'US'
        ? `${n * 10} ${street} Apt ${rng.int(1, 24)}${rng.pick(['A', 'B', 'C'])}`
        : `${n} ${street}`;
    case 'number_last':
      return `${street} ${n}`;
    case 'pt':
      return `${street}, ${n}, ${rng.int(1, 6)}º ${rng.pick(['Esq.', 'Dto.'])}`;
    case 'latam':
      return `${street} ${n * rng.int(10, 40)}${rng.chance(0.5) ? `, depto ${rng.int(101, 1204)}` : ''}`;
    default:
      return `${street} ${n}`;
  }
}

/** An address in a city of the place. */
export function addressIn(rng: Rng, p: Place, city?: City): Address & { tz: number } {
  // The shop is in Madrid, and so are a third of its Spanish customers.
  const madrid = p.country === 'ES' && rng.chance(0.3);
  const where = city ?? (madrid ? (p.cities[0] as City) : rng.pick(p.cities));
  return {
    country: p.country,
    postalCode: rng.pick(where.postal),
    city: where.name,
    line1: line1(rng, p),
    tz: where.tz ?? p.tz,
  };
}

/** An address as the bodies carry it (without the time zone). */
export const plain = (a: Address & { tz?: number }): Address => ({
  country: a.country,
  ...(a.postalCode !== undefined ? { postalCode: a.postalCode } : {}),
  ...(a.city !== undefined ? { city: a.city } : {}),
  ...(a.line1 !== undefined ? { line1: a.line1 } : {}),
});

/** A Spanish island (Balearics, Canaries): dearer shipping. */
export const island = (a: Address): boolean => a.country === 'ES' && /^(07|35|38)/.test(a.postalCode ?? '');

/**
 * Miami "casilleros": US addresses Latin American buyers ship through to avoid slow posts and card blocks.
 */
export const CASILLEROS: ReadonlyArray<Address> = [
  { country: 'US', postalCode: '33166', city: 'Doral', line1: '8200 NW 25th St Ste 104' },
  { country: 'US', postalCode: '33122', city: 'Doral', line1: '2250 NW 102nd Pl Ste 7' },
  { country: 'US', postalCode: '33172', city: 'Miami', line1: '10850 NW 21st St Ste 150' },
];

/** Reshipping warehouses in sales-tax-free states, where mules receive what stolen cards buy. */
export const RESHIPPERS_US: ReadonlyArray<Address> = [
  { country: 'US', postalCode: '19720', city: 'New Castle', line1: '501 Carr Rd Ste 120' },
  { country: 'US', postalCode: '97230', city: 'Portland', line1: '14100 NE Airport Way Unit B' },
  { country: 'US', postalCode: '19711', city: 'Newark', line1: '260 Chapman Rd Ste 104' },
];

/** Forwarders in third countries that buyers in sanctioned countries use. */
export const FORWARDERS_ABROAD: ReadonlyArray<Address> = [
  { country: 'KZ', postalCode: '050010', city: 'Almaty', line1: 'ul. Tole Bi 286, sklad 4' },
  { country: 'KG', postalCode: '720040', city: 'Bishkek', line1: 'ul. Kievskaya 148, ofis 12' },
  { country: 'AM', postalCode: '0025', city: 'Yerevan', line1: 'Tigran Mets Ave 42/3' },
  { country: 'GE', postalCode: '0179', city: 'Tbilisi', line1: 'Chavchavadze Ave 37, wh. 2' },
  { country: 'TR', postalCode: '34394', city: 'Istanbul', line1: 'Halaskargazi Cd. 221, D:5' },
  { country: 'AE', postalCode: '00000', city: 'Dubai', line1: 'Al Qusais Industrial Area 4, WH 17' },
  { country: 'LB', postalCode: '2038', city: 'Beirut', line1: 'Mar Elias St, Bldg 9' },
];

/** The shop on the calle de Preciados, where click-and-collect orders are picked up. */
export const SHOP: Address = {
  country: 'ES',
  postalCode: '28013',
  city: 'Madrid',
  line1: 'Calle de Preciados, 28',
};
