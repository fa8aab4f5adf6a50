import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where buyers live and are billed: each country's UTC offset in December, site locale and a few cities with
 * their postal-code prefixes (a city may have its own offset: the Canaries run an hour behind the mainland).
 */

export interface Country {
  tz: number;
  locale: string;
  /** City, postal prefix (the code is padded with digits to `postalLength`), the city's own offset if any. */
  cities: ReadonlyArray<readonly [string, string, number?]>;
  postalLength: number;
  streets: readonly string[];
}

const ES_STREETS = [
  'Calle de Alcalá',
  'Calle Mayor',
  'Avenida de América',
  'Calle de Bravo Murillo',
  'Paseo de la Castellana',
  'Calle Real',
  'Avenida de la Constitución',
  'Calle San Francisco',
  'Avenida Diagonal',
  'Calle de Toledo',
  'Rambla Nova',
  'Calle Ancha',
];
const LATAM_STREETS = [
  'Avenida Bolívar',
  'Calle 45',
  'Avenida San Martín',
  'Jirón de la Unión',
  'Calle Sucre',
];

export const COUNTRIES: Readonly<Record<string, Country>> = {
  ES: {
    tz: 1,
    locale: 'es-ES',
    cities: [
      ['Madrid', '280'],
      ['Madrid', '280'],
      ['Madrid', '280'],
      ['Barcelona', '080'],
      ['Barcelona', '080'],
      ['Valencia', '460'],
      ['Sevilla', '410'],
      ['Málaga', '290'],
      ['Bilbao', '480'],
      ['Zaragoza', '500'],
      ['Murcia', '300'],
      ['Alicante', '030'],
      ['Valladolid', '470'],
      ['A Coruña', '150'],
      ['Palma', '070'],
      ['Las Palmas de Gran Canaria', '350', 0],
      ['Santa Cruz de Tenerife', '380', 0],
      ['Getafe', '289'],
      ['Alcalá de Henares', '288'],
      ['Torrejón de Ardoz', '288'],
    ],
    postalLength: 5,
    streets: ES_STREETS,
  },
  PT: {
    tz: 0,
    locale: 'pt-PT',
    cities: [
      ['Lisboa', '1000-'],
      ['Porto', '4000-'],
      ['Braga', '4700-'],
      ['Coimbra', '3000-'],
    ],
    postalLength: 8,
    streets: ['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Rua do Carmo'],
  },
  GB: {
    tz: 0,
    locale: 'en-GB',
    cities: [
      ['London', 'SW1A '],
      ['London', 'E14 '],
      ['Manchester', 'M1 '],
      ['Edinburgh', 'EH1 '],
      ['Bristol', 'BS1 '],
    ],
    postalLength: 8,
    streets: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road'],
  },
  FR: {
    tz: 1,
    locale: 'fr-FR',
    cities: [
      ['Paris', '750'],
      ['Toulouse', '310'],
      ['Bordeaux', '330'],
      ['Perpignan', '660'],
    ],
    postalLength: 5,
    streets: ['Rue de la République', 'Avenue Jean Jaurès', 'Rue Victor Hugo'],
  },
  DE: {
    tz: 1,
    locale: 'de-DE',
    cities: [
      ['Berlin', '101'],
      ['München', '803'],
      ['Frankfurt am Main', '603'],
    ],
    postalLength: 5,
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Schillerstraße'],
  },
  IT: {
    tz: 1,
    locale: 'it-IT',
    cities: [
      ['Roma', '001'],
      ['Milano', '201'],
    ],
    postalLength: 5,
    streets: ['Via Roma', 'Via Garibaldi', 'Corso Italia'],
  },
  NL: {
    tz: 1,
    locale: 'nl-NL',
    cities: [
      ['Amsterdam', '10'],
      ['Rotterdam', '30'],
    ],
    postalLength: 6,
    streets: ['Kerkstraat', 'Dorpsstraat', 'Stationsweg'],
  },
  US: {
    tz: -5,
    locale: 'en-US',
    cities: [
      ['New York', '100'],
      ['Miami', '331'],
      ['Houston', '770', -6],
      ['Chicago', '606', -6],
      ['Los Angeles', '900', -8],
      ['Atlanta', '303'],
    ],
    postalLength: 5,
    streets: ['Main Street', 'Oak Avenue', 'Park Avenue', 'Elm Street', 'Maple Drive'],
  },
  AR: {
    tz: -3,
    locale: 'es-AR',
    cities: [
      ['Buenos Aires', 'C1'],
      ['Córdoba', 'X50'],
      ['Rosario', 'S20'],
    ],
    postalLength: 5,
    streets: LATAM_STREETS,
  },
  CO: {
    tz: -5,
    locale: 'es-CO',
    cities: [
      ['Bogotá', '110'],
      ['Medellín', '050'],
      ['Cali', '760'],
      ['Pereira', '660'],
    ],
    postalLength: 6,
    streets: LATAM_STREETS,
  },
  EC: {
    tz: -5,
    locale: 'es-EC',
    cities: [
      ['Quito', '170'],
      ['Guayaquil', '090'],
      ['Cuenca', '010'],
    ],
    postalLength: 6,
    streets: LATAM_STREETS,
  },
  PE: {
    tz: -5,
    locale: 'es-PE',
    cities: [
      ['Lima', '150'],
      ['Arequipa', '040'],
      ['Trujillo', '130'],
    ],
    postalLength: 5,
    streets: LATAM_STREETS,
  },
  VE: {
    tz: -4,
    locale: 'es-VE',
    cities: [
      ['Caracas', '10'],
      ['Valencia', '20'],
      ['Maracaibo', '40'],
    ],
    postalLength: 4,
    streets: LATAM_STREETS,
  },
  MX: {
    tz: -6,
    locale: 'es-MX',
    cities: [
      ['Ciudad de México', '06'],
      ['Guadalajara', '44'],
      ['Monterrey', '64'],
    ],
    postalLength: 5,
    streets: LATAM_STREETS,
  },
  DO: {
    tz: -4,
    locale: 'es-DO',
    cities: [
      ['Santo Domingo', '10'],
      ['Santiago de los Caballeros', '51'],
    ],
    postalLength: 5,
    streets: LATAM_STREETS,
  },
  MA: {
    tz: 1,
    locale: 'fr-MA',
    cities: [
      ['Casablanca', '20'],
      ['Tánger', '90'],
      ['Marrakech', '40'],
    ],
    postalLength: 5,
    streets: ['Boulevard Mohammed V', 'Rue Ibn Batouta'],
  },
  RO: {
    tz: 2,
    locale: 'ro-RO',
    cities: [
      ['București', '01'],
      ['Iași', '70'],
      ['Cluj-Napoca', '40'],
    ],
    postalLength: 6,
    streets: ['Strada Victoriei', 'Bulevardul Unirii'],
  },
  // Sanctioned jurisdictions and the places their buyers bank or route through (the sanctioned_country kind only).
  RU: {
    tz: 3,
    locale: 'ru-RU',
    cities: [
      ['Moscow', '1'],
      ['Saint Petersburg', '19'],
      ['Kazan', '420'],
    ],
    postalLength: 6,
    streets: ['Tverskaya ulitsa', 'Nevsky prospekt', 'Leninsky prospekt'],
  },
  BY: {
    tz: 3,
    locale: 'ru-BY',
    cities: [
      ['Minsk', '220'],
      ['Brest', '224'],
    ],
    postalLength: 6,
    streets: ['Praspiekt Niezaliežnasci', 'Vulica Lienina'],
  },
  IR: {
    tz: 3.5,
    locale: 'fa-IR',
    cities: [
      ['Tehran', '1'],
      ['Isfahan', '81'],
      ['Shiraz', '71'],
    ],
    postalLength: 10,
    streets: ['Valiasr Street', 'Enghelab Street'],
  },
  SY: {
    tz: 3,
    locale: 'ar-SY',
    cities: [
      ['Damascus', ''],
      ['Aleppo', ''],
    ],
    postalLength: 0,
    streets: ['Shukri al-Quwatli Street', 'Baron Street'],
  },
  CU: {
    tz: -5,
    locale: 'es-CU',
    cities: [
      ['La Habana', '10'],
      ['Santiago de Cuba', '90'],
    ],
    postalLength: 5,
    streets: ['Calle 23', 'Calle Obispo'],
  },
  TR: {
    tz: 3,
    locale: 'tr-TR',
    cities: [
      ['İstanbul', '34'],
      ['Antalya', '07'],
    ],
    postalLength: 5,
    streets: ['İstiklal Caddesi', 'Bağdat Caddesi'],
  },
  AE: {
    tz: 4,
    locale: 'en-AE',
    cities: [
      ['Dubai', ''],
      ['Sharjah', ''],
    ],
    postalLength: 0,
    streets: ['Sheikh Zayed Road', 'Al Wasl Road'],
  },
  KZ: {
    tz: 5,
    locale: 'ru-KZ',
    cities: [
      ['Almaty', '050'],
      ['Astana', '010'],
    ],
    postalLength: 6,
    streets: ['Abay Avenue', 'Dostyk Avenue'],
  },
};

export const SANCTIONED = ['CU', 'IR', 'KP', 'SY', 'RU', 'BY'] as const;

export interface Home {
  address: Address;
  tz: number;
}

/** A postal address in `country` (a random city of its list unless `city` is given) and the local offset. */
export function homeIn(rng: Rng, country: string, city?: string): Home {
  const c = COUNTRIES[country];
  if (!c) throw new Error(`no places for ${country}`);
  const found = city ? c.cities.find(([name]) => name === city) : undefined;
  const [name, prefix, tz] = found ?? rng.pick(c.cities);
  const postal = c.postalLength > 0 ? prefix + rng.digits(Math.max(0, c.postalLength - prefix.length)) : '';
  const line1 =
    country === 'ES'
      ? `${rng.pick(c.streets)} ${rng.int(1, 180)}, ${rng.int(1, 9)}º ${rng.pick(['A', 'B', 'C', 'D', 'Izq.', 'Dcha.'])}`
      : `${rng.int(1, 250)} ${rng.pick(c.streets)}`;
  return {
    address: { country, ...(postal ? { postalCode: postal.toUpperCase() } : {}), city: name, line1 },
    tz: tz ?? c.tz,
  };
}

export const tzOf = (country: string): number => COUNTRIES[country]?.tz ?? 1;
export const localeOf = (country: string): string => COUNTRIES[country]?.locale ?? 'es-ES';
