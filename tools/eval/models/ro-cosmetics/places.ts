import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the shop's customers live: Romanian cities and small towns with their six-digit postal codes (Bucharest
 * by sector), Sameday easybox lockers, and the places abroad it ships to in euros (Moldova, Hungary, Bulgaria and
 * the Romanian diaspora in Italy, Spain and Germany). Sanctioned places are only for the fraud that claims them.
 */

export interface City {
  city: string;
  /** Postal-code prefix; the rest is drawn. */
  postal: string;
  /** Digits drawn after the prefix. */
  rest: number;
  streets: readonly string[];
  weight: number;
}

const RO_STREETS = [
  'Str. Mihai Eminescu',
  'Str. Avram Iancu',
  'Bd. Independenței',
  'Str. Republicii',
  'Str. Florilor',
  'Aleea Teilor',
  'Str. Zorilor',
  'Str. Libertății',
  'Str. Unirii',
  'Bd. Revoluției',
  'Str. Trandafirilor',
  'Calea Națională',
];
const BUC_STREETS = [
  'Calea Victoriei',
  'Șos. Pantelimon',
  'Bd. Unirii',
  'Str. Lipscani',
  'Bd. Iuliu Maniu',
  'Șos. Colentina',
  'Calea Moșilor',
  'Bd. Theodor Pallady',
  'Str. Baba Novac',
  'Calea Rahovei',
  'Bd. Timișoara',
  'Șos. Berceni',
  'Str. Drumul Taberei',
  'Bd. Camil Ressu',
];

const c = (city: string, postal: string, rest: number, weight: number, streets = RO_STREETS): City => ({
  city,
  postal,
  rest,
  streets,
  weight,
});

export const RO_CITIES: readonly City[] = [
  c('București, Sector 1', '01', 4, 6, BUC_STREETS),
  c('București, Sector 2', '02', 4, 6, BUC_STREETS),
  c('București, Sector 3', '03', 4, 7, BUC_STREETS),
  c('București, Sector 4', '04', 4, 5, BUC_STREETS),
  c('București, Sector 5', '05', 4, 4, BUC_STREETS),
  c('București, Sector 6', '06', 4, 6, BUC_STREETS),
  c('Cluj-Napoca', '400', 3, 7),
  c('Iași', '700', 3, 6),
  c('Timișoara', '300', 3, 6),
  c('Constanța', '900', 3, 5),
  c('Brașov', '500', 3, 5),
  c('Craiova', '200', 3, 3),
  c('Galați', '800', 3, 3),
  c('Ploiești', '100', 3, 3),
  c('Oradea', '410', 3, 3),
  c('Sibiu', '550', 3, 2.5),
  c('Bacău', '600', 3, 2),
  c('Pitești', '110', 3, 2),
  c('Arad', '310', 3, 2),
  c('Suceava', '720', 3, 2),
  c('Târgu Mureș', '540', 3, 2),
  c('Baia Mare', '430', 3, 1.5),
  c('Buzău', '120', 3, 1.5),
  c('Botoșani', '710', 3, 1),
  c('Voluntari', '077190', 0, 2),
  c('Popești-Leordeni', '077160', 0, 1.5),
  c('Bragadiru', '077025', 0, 1.2),
  c('Otopeni', '075100', 0, 0.8),
  c('Mioveni', '115400', 0, 0.6),
  c('Câmpina', '105600', 0, 0.6),
  c('Făgăraș', '505200', 0, 0.6),
  c('Sighișoara', '545400', 0, 0.5),
  c('Caracal', '235200', 0, 0.5),
  c('Odorheiu Secuiesc', '535600', 0, 0.5),
  c('Reghin', '545300', 0, 0.5),
  c('Roman', '611', 3, 0.8),
  c('Turda', '401', 3, 0.8),
  c('Mediaș', '551', 3, 0.7),
  c('Vaslui', '730', 3, 0.8),
  c('Bârlad', '731', 3, 0.7),
  c('Slobozia', '920', 3, 0.6),
  c('Alexandria', '140', 3, 0.6),
  c('Tulcea', '820', 3, 0.7),
  c('Deva', '330', 3, 0.8),
  c('Zalău', '450', 3, 0.6),
  c('Bistrița', '420', 3, 0.7),
];

/** Small towns, where refused cash-on-delivery parcels are often sent. */
export const SMALL_TOWNS: readonly City[] = RO_CITIES.filter((x) => x.weight <= 1);

interface Abroad {
  cities: readonly City[];
}

export const ABROAD: Readonly<Record<string, Abroad>> = {
  MD: {
    cities: [
      {
        city: 'Chișinău',
        postal: 'MD-20',
        rest: 2,
        streets: [
          'bd. Ștefan cel Mare și Sfânt',
          'str. Alba Iulia',
          'bd. Dacia',
          'str. Ismail',
          'bd. Moscova',
        ],
        weight: 7,
      },
      {
        city: 'Bălți',
        postal: 'MD-31',
        rest: 2,
        streets: ['str. Independenței', 'str. Ștefan cel Mare'],
        weight: 2,
      },
      { city: 'Cahul', postal: 'MD-39', rest: 2, streets: ['str. Republicii', 'bd. Victoriei'], weight: 1 },
      { city: 'Ungheni', postal: 'MD-36', rest: 2, streets: ['str. Națională', 'str. Decebal'], weight: 1 },
      {
        city: 'Orhei',
        postal: 'MD-35',
        rest: 2,
        streets: ['str. Vasile Lupu', 'str. Mitropolit Dosoftei'],
        weight: 1,
      },
    ],
  },
  HU: {
    cities: [
      {
        city: 'Budapest',
        postal: '1',
        rest: 3,
        streets: ['Andrássy út', 'Váci utca', 'Üllői út', 'Bartók Béla út'],
        weight: 5,
      },
      { city: 'Debrecen', postal: '40', rest: 2, streets: ['Piac utca', 'Kossuth Lajos utca'], weight: 2 },
      { city: 'Gyula', postal: '5700', rest: 0, streets: ['Béke sugárút', 'Városház utca'], weight: 1 },
      { city: 'Szeged', postal: '67', rest: 2, streets: ['Kárász utca', 'Tisza Lajos körút'], weight: 2 },
    ],
  },
  BG: {
    cities: [
      {
        city: 'Sofia',
        postal: '1',
        rest: 3,
        streets: ['ul. Vitosha', 'bul. Tsar Osvoboditel', 'ul. Graf Ignatiev'],
        weight: 5,
      },
      { city: 'Ruse', postal: '70', rest: 2, streets: ['ul. Aleksandrovska', 'bul. Lipnik'], weight: 2 },
      { city: 'Varna', postal: '90', rest: 2, streets: ['bul. Knyaz Boris I', 'ul. Dragoman'], weight: 2 },
      { city: 'Plovdiv', postal: '40', rest: 2, streets: ['ul. Knyaz Alexander I', 'bul. Ruski'], weight: 2 },
    ],
  },
  IT: {
    cities: [
      {
        city: 'Roma',
        postal: '001',
        rest: 2,
        streets: ['Via Casilina', 'Via Tiburtina', 'Via Prenestina'],
        weight: 5,
      },
      { city: 'Torino', postal: '101', rest: 2, streets: ['Corso Giulio Cesare', 'Via Nizza'], weight: 4 },
      { city: 'Milano', postal: '201', rest: 2, streets: ['Via Padova', 'Viale Monza'], weight: 3 },
      { city: 'Padova', postal: '351', rest: 2, streets: ['Via Venezia', 'Via Facciolati'], weight: 1 },
      {
        city: 'Bologna',
        postal: '401',
        rest: 2,
        streets: ['Via Emilia Levante', 'Via Stalingrado'],
        weight: 1,
      },
    ],
  },
  ES: {
    cities: [
      {
        city: 'Madrid',
        postal: '280',
        rest: 2,
        streets: ['Calle de Alcalá', 'Calle de Bravo Murillo'],
        weight: 3,
      },
      {
        city: 'Castellón de la Plana',
        postal: '1200',
        rest: 1,
        streets: ['Avenida del Mar', 'Calle Mayor'],
        weight: 3,
      },
      {
        city: 'Alcalá de Henares',
        postal: '2880',
        rest: 1,
        streets: ['Calle Mayor', 'Vía Complutense'],
        weight: 2,
      },
      { city: 'Coslada', postal: '28820', rest: 0, streets: ['Avenida de la Constitución'], weight: 1 },
      {
        city: 'Valencia',
        postal: '460',
        rest: 2,
        streets: ['Avenida del Puerto', 'Calle de Colón'],
        weight: 2,
      },
    ],
  },
  DE: {
    cities: [
      { city: 'München', postal: '80', rest: 3, streets: ['Landsberger Straße', 'Leopoldstraße'], weight: 3 },
      {
        city: 'Nürnberg',
        postal: '904',
        rest: 2,
        streets: ['Fürther Straße', 'Allersberger Straße'],
        weight: 2,
      },
      {
        city: 'Stuttgart',
        postal: '701',
        rest: 2,
        streets: ['Königstraße', 'Hauptstätter Straße'],
        weight: 2,
      },
      { city: 'Berlin', postal: '10', rest: 3, streets: ['Sonnenallee', 'Karl-Marx-Straße'], weight: 2 },
      {
        city: 'Frankfurt am Main',
        postal: '603',
        rest: 2,
        streets: ['Mainzer Landstraße', 'Berger Straße'],
        weight: 2,
      },
    ],
  },
  // Sanctioned: only the sanctioned_country kind uses these.
  RU: {
    cities: [
      { city: 'Moskva', postal: '1', rest: 5, streets: ['ul. Tverskaya', 'Leninsky prospekt'], weight: 3 },
      {
        city: 'Sankt-Peterburg',
        postal: '19',
        rest: 4,
        streets: ['Nevsky prospekt', 'ul. Marata'],
        weight: 1,
      },
    ],
  },
  BY: {
    cities: [
      { city: 'Minsk', postal: '220', rest: 3, streets: ['prospekt Nezavisimosti', 'ul. Nemiga'], weight: 1 },
    ],
  },
  IR: {
    cities: [{ city: 'Tehran', postal: '1', rest: 9, streets: ['Valiasr St', 'Enghelab St'], weight: 1 }],
  },
};

/** Transnistria's Tiraspol: Moldova on paper, where Russian networks and cards still reach. */
export const TIRASPOL: City = {
  city: 'Tiraspol',
  postal: 'MD-33',
  rest: 2,
  streets: ['str. 25 Octombrie', 'str. Karl Liebknecht'],
  weight: 1,
};

const pickCity = (rng: Rng, cities: readonly City[]): City =>
  rng.weightedPick(cities.map((x) => [x, x.weight]));

function line(rng: Rng, country: string, street: string): string {
  const no = rng.int(1, 180);
  if (country === 'RO' || country === 'MD') {
    if (rng.chance(0.6))
      return `${street} nr. ${no}, bl. ${rng.pick(['A', 'B', 'C', 'D', 'M', 'P'])}${rng.int(1, 30)}, sc. ${rng.int(1, 4)}, ap. ${rng.int(1, 90)}`;
    return `${street} nr. ${no}`;
  }
  if (country === 'HU') return `${street} ${no}.`;
  if (country === 'BG') return `${street} ${no}`;
  if (country === 'IT') return `${street} ${no}`;
  if (country === 'ES') return `${street} ${no}, ${rng.int(1, 8)}º ${rng.pick(['A', 'B', 'C', 'D'])}`;
  return `${street} ${no}`;
}

export function addressIn(rng: Rng, country: string, city?: City): Address {
  const list = country === 'RO' ? RO_CITIES : (ABROAD[country]?.cities ?? RO_CITIES);
  const x = city ?? pickCity(rng, list);
  return {
    country,
    postalCode: x.postal + rng.digits(x.rest),
    city: x.city,
    line1: line(rng, country, rng.pick(x.streets)),
  };
}

/** A Sameday easybox locker in the same city as `near` (the parcel waits there, paid by card at the screen). */
export function easybox(rng: Rng, near: Address): Address {
  const where = rng.pick([
    'Kaufland',
    'Lidl',
    'Profi',
    'Mega Image',
    'Carrefour Market',
    'OMV',
    'Petrom',
    'Penny',
  ]);
  return {
    ...near,
    line1: `easybox ${where} ${near.city?.split(',')[0] ?? ''} #${rng.int(100, 9800)}`.trim(),
  };
}

export const isEasybox = (a: Address | undefined): boolean => a?.line1?.startsWith('easybox') ?? false;

export { pickCity };
