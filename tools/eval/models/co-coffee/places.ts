import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency, type Zone } from './catalogue.js';

/**
 * Where buyers live and parcels go: Colombian cities (postal codes, whether cash on delivery is offered, the
 * Medellín metro's messenger zone), the cities abroad the roastery ships to (UTC offset in September, currency,
 * locale), and the special addresses: the tasting room, carriers' offices where parcels are collected,
 * warehouses in Bogotá's industrial west and a parcel agency in Hialeah that forwards to Cuba.
 */

export interface City {
  name: string;
  country: string;
  /** UTC offset in September, hours. */
  tz: number;
  postal: readonly string[];
  weight: number;
  /** Cash on delivery is offered (the big cities). */
  cod?: boolean;
  /** Medellín metro area: same- or next-day messenger. */
  metro?: boolean;
}

const co = (name: string, postal: string[], weight: number, extra: Partial<City> = {}): City => ({
  name,
  country: 'CO',
  tz: -5,
  postal,
  weight,
  ...extra,
});

export const CO_CITIES: readonly City[] = [
  co('Medellín', ['050021', '050022', '050031', '050034', '050012', '050016', '050026'], 30, {
    cod: true,
    metro: true,
  }),
  co('Envigado', ['055420', '055422'], 5, { cod: true, metro: true }),
  co('Sabaneta', ['055450'], 3, { cod: true, metro: true }),
  co('Itagüí', ['055410', '055413'], 3, { cod: true, metro: true }),
  co('Bello', ['051050', '051052'], 2, { cod: true, metro: true }),
  co('Rionegro', ['054040'], 2),
  co('Bogotá', ['110111', '110221', '110311', '111071', '110931', '111611', '110121'], 25, { cod: true }),
  co('Chía', ['250001'], 1),
  co('Cali', ['760001', '760042', '760033', '760044'], 7, { cod: true }),
  co('Barranquilla', ['080001', '080020', '080002'], 4, { cod: true }),
  co('Bucaramanga', ['680001', '680003', '681004'], 3, { cod: true }),
  co('Pereira', ['660001', '660004'], 2),
  co('Manizales', ['170001', '170004'], 2),
  co('Armenia', ['630001', '630004'], 1),
  co('Cartagena', ['130001', '130015', '130008'], 2),
  co('Santa Marta', ['470001', '470004'], 1),
  co('Neiva', ['410001', '410010'], 1),
  co('Pasto', ['520001', '520002'], 1),
  co('Ibagué', ['730001', '730006'], 1),
  co('Villavicencio', ['500001', '500017'], 1),
  co('Cúcuta', ['540001', '540006'], 1),
  co('Popayán', ['190001'], 0.5),
];

export const MEDELLIN = CO_CITIES[0] as City;
export const BOGOTA = CO_CITIES.find((c) => c.name === 'Bogotá') as City;
export const cityNamed = (name: string): City => CO_CITIES.find((c) => c.name === name) as City;

/** A country abroad the roastery sells to: its currency and locale; its cities with their offsets. */
export interface Market {
  country: string;
  currency: Currency;
  locale: string;
  cities: readonly City[];
}

const abroad = (country: string, name: string, tz: number, postal: string[], weight = 1): City => ({
  name,
  country,
  tz,
  postal,
  weight,
});

export const MARKETS: Readonly<Record<string, Market>> = {
  US: {
    country: 'US',
    currency: 'USD',
    locale: 'en-US',
    cities: [
      abroad('US', 'Miami, FL', -4, ['33130', '33145', '33137'], 5),
      abroad('US', 'Doral, FL', -4, ['33172', '33178'], 2),
      abroad('US', 'Orlando, FL', -4, ['32801', '32819'], 2),
      abroad('US', 'New York, NY', -4, ['10025', '11372', '11211', '10003'], 5),
      abroad('US', 'Elizabeth, NJ', -4, ['07201', '07206'], 1),
      abroad('US', 'Boston, MA', -4, ['02139', '02118'], 1.5),
      abroad('US', 'Washington, DC', -4, ['20009', '20002'], 1.5),
      abroad('US', 'Atlanta, GA', -4, ['30307'], 1),
      abroad('US', 'Houston, TX', -5, ['77057', '77006'], 2),
      abroad('US', 'Austin, TX', -5, ['78704'], 1.5),
      abroad('US', 'Chicago, IL', -5, ['60614', '60622'], 2),
      abroad('US', 'Denver, CO', -6, ['80205', '80211'], 1.5),
      abroad('US', 'Seattle, WA', -7, ['98103', '98122'], 1.5),
      abroad('US', 'Portland, OR', -7, ['97214'], 1),
      abroad('US', 'San Francisco, CA', -7, ['94110', '94117'], 2),
      abroad('US', 'Los Angeles, CA', -7, ['90026', '90019'], 2),
    ],
  },
  CA: {
    country: 'CA',
    currency: 'USD',
    locale: 'en-CA',
    cities: [
      abroad('CA', 'Toronto, ON', -4, ['M5V 2T6', 'M6J 1H4', 'M4M 2S1'], 4),
      abroad('CA', 'Montréal, QC', -4, ['H2T 1S6', 'H2J 2L1'], 3),
      abroad('CA', 'Ottawa, ON', -4, ['K1P 5J2'], 1),
      abroad('CA', 'Calgary, AB', -6, ['T2P 1J9'], 1),
      abroad('CA', 'Vancouver, BC', -7, ['V6B 1A1', 'V5L 3X6'], 2),
    ],
  },
  ES: {
    country: 'ES',
    currency: 'EUR',
    locale: 'es-ES',
    cities: [
      abroad('ES', 'Madrid', 2, ['28004', '28012', '28039', '28020'], 5),
      abroad('ES', 'Barcelona', 2, ['08012', '08015', '08004'], 3),
      abroad('ES', 'Valencia', 2, ['46001', '46021'], 1.5),
      abroad('ES', 'Sevilla', 2, ['41001'], 1),
      abroad('ES', 'Bilbao', 2, ['48001'], 0.5),
      abroad('ES', 'Málaga', 2, ['29001'], 0.5),
    ],
  },
  DE: {
    country: 'DE',
    currency: 'EUR',
    locale: 'de-DE',
    cities: [
      abroad('DE', 'Berlin', 2, ['10115', '10437', '12047'], 3),
      abroad('DE', 'München', 2, ['80331', '80469'], 2),
      abroad('DE', 'Hamburg', 2, ['20095', '22767'], 1.5),
      abroad('DE', 'Köln', 2, ['50667'], 1),
    ],
  },
  FR: {
    country: 'FR',
    currency: 'EUR',
    locale: 'fr-FR',
    cities: [abroad('FR', 'Paris', 2, ['75011', '75018', '75010'], 3), abroad('FR', 'Lyon', 2, ['69002'], 1)],
  },
  NL: {
    country: 'NL',
    currency: 'EUR',
    locale: 'nl-NL',
    cities: [
      abroad('NL', 'Amsterdam', 2, ['1015 AB', '1072 VK'], 2),
      abroad('NL', 'Utrecht', 2, ['3511 LN'], 1),
    ],
  },
  IT: {
    country: 'IT',
    currency: 'EUR',
    locale: 'it-IT',
    cities: [abroad('IT', 'Milano', 2, ['20121', '20154'], 1), abroad('IT', 'Roma', 2, ['00185'], 1)],
  },
  PT: {
    country: 'PT',
    currency: 'EUR',
    locale: 'pt-PT',
    cities: [abroad('PT', 'Lisboa', 1, ['1200-195'], 1)],
  },
  CH: { country: 'CH', currency: 'EUR', locale: 'de-CH', cities: [abroad('CH', 'Zürich', 2, ['8004'], 1)] },
  GB: {
    country: 'GB',
    currency: 'EUR',
    locale: 'en-GB',
    cities: [abroad('GB', 'London', 1, ['E8 3PN', 'N16 7UX', 'SW9 8LF'], 1)],
  },
};

/** Countries the roastery ships to: Colombia and the markets abroad. */
export const SHIP_TO: ReadonlySet<string> = new Set(['CO', ...Object.keys(MARKETS)]);

export const cityOf = (rng: Rng, cities: readonly City[]): City =>
  rng.weightedPick(cities.map((c) => [c, c.weight] as const));
export const marketCity = (rng: Rng, country: string): City =>
  cityOf(rng, (MARKETS[country] as Market).cities);
export const zoneOf = (c: City): Zone => (c.metro ? 'metro' : 'national');

const VIAS = [
  'Calle',
  'Cl',
  'Carrera',
  'Cra',
  'Cra',
  'Calle',
  'Diagonal',
  'Transversal',
  'Av. Calle',
  'Circular',
];
const UNIT = [
  '',
  '',
  ' Apto 1203',
  ' Apto 402',
  ' Apto 905',
  ' Int 201',
  ' Casa 14',
  ' Torre 2 Apto 504',
  ' Apto 1701',
];

/** A Colombian street address (`Cra 43A # 7-50 Apto 1203`). */
export function coLine(rng: Rng, unit = true): string {
  const letter = rng.pick(['', '', '', 'A', 'B', 'AA', 'C']);
  const sur = rng.chance(0.12) ? ' Sur' : '';
  const head = `${rng.pick(VIAS)} ${rng.int(1, 120)}${letter}${sur}`;
  const cross = `${rng.int(1, 110)}${rng.pick(['', '', 'A', 'B'])}-${rng.int(2, 98)}`;
  return `${head} # ${cross}${unit ? rng.pick(UNIT) : ''}`;
}

const STREETS: Readonly<Record<string, readonly string[]>> = {
  US: [
    'NW 7th St',
    'Collins Ave',
    'Roosevelt Ave',
    'Bedford Ave',
    'Elm St',
    'Oak Lawn Ave',
    'Mission St',
    'Westheimer Rd',
    'N Milwaukee Ave',
    'SE Hawthorne Blvd',
  ],
  CA: ['Queen St W', 'Dundas St W', 'Rue Saint-Denis', 'Avenue du Mont-Royal E', 'Commercial Dr', 'Bank St'],
  ES: [
    'Calle de Toledo',
    'Calle de Bravo Murillo',
    'Carrer de Sants',
    'Calle de Alcalá',
    'Avinguda Diagonal',
    'Calle Feria',
  ],
  DE: ['Kastanienallee', 'Sonnenallee', 'Schanzenstraße', 'Müllerstraße', 'Venloer Straße'],
  FR: ['rue Oberkampf', 'rue de la Roquette', 'boulevard de Clichy', 'rue Mercière'],
  NL: ['Prinsengracht', 'Javastraat', 'Oudegracht', 'Ferdinand Bolstraat'],
  IT: ['Via Padova', 'Corso Buenos Aires', 'Via dei Volsci'],
  PT: ['Rua da Madalena', 'Rua dos Anjos'],
  CH: ['Langstrasse', 'Badenerstrasse'],
  GB: ['Mare Street', 'Stoke Newington High Street', 'Coldharbour Lane'],
};

/** A street address abroad, written the local way. */
export function abroadLine(rng: Rng, country: string): string {
  const street = rng.pick(STREETS[country] ?? ['Main St']);
  const n = rng.int(1, country === 'US' || country === 'CA' ? 4800 : 180);
  if (country === 'US' || country === 'CA')
    return `${n} ${street}${rng.chance(0.45) ? ` Apt ${rng.int(1, 30)}${rng.pick(['', 'B', 'F'])}` : ''}`;
  if (country === 'ES') return `${street} ${n}, ${rng.int(1, 8)}º ${rng.pick(['A', 'B', 'C', 'D', 'izq.'])}`;
  if (country === 'FR' || country === 'GB') return `${n} ${street}`;
  if (country === 'PT') return `${street} ${n}, ${rng.int(1, 5)}º`;
  return `${street} ${n}`;
}

/** An address in a city: a Colombian or a local street line and one of the city's postal codes. */
export function addressIn(rng: Rng, c: City, line1?: string): Address {
  return {
    country: c.country,
    postalCode: rng.pick(c.postal),
    city: c.name,
    line1: line1 ?? (c.country === 'CO' ? coLine(rng) : abroadLine(rng, c.country)),
  };
}

/** An office address in a Colombian city (`Cl 7 Sur # 42-70 Of 1102`). */
export const officeIn = (rng: Rng, c: City): Address =>
  addressIn(
    rng,
    c,
    `${coLine(rng, false)} ${rng.pick(['Of', 'Oficina', 'Piso'])} ${rng.int(2, 19)}${rng.pick(['', '02', '05'])}`,
  );

/** The tasting room in Laureles, where orders can be collected. */
export const TASTING_ROOM: Address = {
  country: 'CO',
  postalCode: '050031',
  city: 'Medellín',
  line1: 'Cra 70 # 44B-25 · Tienda y sala de catación',
};

/** Carriers' offices where a parcel can be collected with an ID (“reclamar en oficina”). */
export const CARRIER_OFFICES: readonly Address[] = [
  {
    country: 'CO',
    postalCode: '110861',
    city: 'Bogotá',
    line1: 'Reclamar en oficina · Inter Rapidísimo Kennedy Central',
  },
  {
    country: 'CO',
    postalCode: '110711',
    city: 'Bogotá',
    line1: 'Reclamar en oficina · Servientrega Bosa Centro',
  },
  { country: 'CO', postalCode: '111411', city: 'Bogotá', line1: 'Reclamar en oficina · Envía Suba Rincón' },
  {
    country: 'CO',
    postalCode: '760001',
    city: 'Cali',
    line1: 'Reclamar en oficina · Inter Rapidísimo Centro Cali',
  },
  {
    country: 'CO',
    postalCode: '540001',
    city: 'Cúcuta',
    line1: 'Reclamar en oficina · Servientrega Centro Cúcuta',
  },
  {
    country: 'CO',
    postalCode: '080001',
    city: 'Barranquilla',
    line1: 'Reclamar en oficina · Coordinadora Barranquilla Centro',
  },
  {
    country: 'CO',
    postalCode: '050010',
    city: 'Medellín',
    line1: 'Reclamar en oficina · Inter Rapidísimo Centro Medellín',
  },
];

/** A carrier's office in a buyer's own city, for those not home in the day or far from town. */
export const carrierOfficeIn = (rng: Rng, c: City, carrier: string): Address => ({
  country: 'CO',
  postalCode: rng.pick(c.postal),
  city: c.name,
  line1: `Reclamar en oficina · ${carrier} ${c.name} ${rng.pick(['Centro', 'Norte', 'Sur', 'Terminal'])}`,
});

/** Warehouses in Bogotá's industrial west and Funza: where fake purchase orders are delivered. */
export const WAREHOUSES: readonly Address[] = [
  { country: 'CO', postalCode: '110921', city: 'Bogotá', line1: 'Cl 17 # 116-35 Bodega 7 · Fontibón' },
  {
    country: 'CO',
    postalCode: '110931',
    city: 'Bogotá',
    line1: 'Cra 106 # 15A-25 Manzana 14 Bodega 3 · Zona Franca',
  },
  {
    country: 'CO',
    postalCode: '110911',
    city: 'Bogotá',
    line1: 'Av. Calle 13 # 65-21 Bodega 12 · Montevideo',
  },
  { country: 'CO', postalCode: '250020', city: 'Funza', line1: 'Parque Industrial San Carlos II Bodega 22' },
];

/** Cities where stolen-card and takeover parcels are received by someone paid to receive them. */
export const DROP_CITIES: readonly string[] = [
  'Bogotá',
  'Bogotá',
  'Cali',
  'Cúcuta',
  'Barranquilla',
  'Bello',
  'Itagüí',
];

/** A parcel agency in Hialeah that forwards to Cuba. */
export const CUBA_AGENCY: Address = {
  country: 'US',
  postalCode: '33012',
  city: 'Hialeah, FL',
  line1: '1250 W 49th St · agencia de envíos a Cuba',
};
