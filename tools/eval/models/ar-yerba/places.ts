import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the store's customers live and where parcels go: Buenos Aires city and its suburbs (AMBA), the
 * provinces, six countries abroad with an Argentine diaspora or a mate habit, the store's pickup points, and
 * (for the sanctioned_country kind only) the places the store may not serve.
 */

export type Abroad = 'ES' | 'US' | 'DE' | 'UY' | 'CL' | 'BR';
export type Country = 'AR' | Abroad;

export interface City {
  city: string;
  /** The CPA's province letter and the four digits people type. */
  postal: string;
  province: string;
  streets: readonly string[];
  /** Apartments (floor and unit) are the rule in the city, rarer elsewhere. */
  flats: number;
}

const CABA_STREETS: readonly string[] = [
  'Av. Santa Fe',
  'Av. Corrientes',
  'Av. Rivadavia',
  'Av. Cabildo',
  'Thames',
  'Gorriti',
  'Honduras',
  'Av. Córdoba',
  'Billinghurst',
  'Av. Díaz Vélez',
  'Juramento',
  'Av. Triunvirato',
  'Pringles',
  'Av. Independencia',
  'Av. Scalabrini Ortiz',
  'Arenales',
] as const;
const TOWN_STREETS: readonly string[] = [
  'San Martín',
  'Belgrano',
  'Mitre',
  'Sarmiento',
  'Rivadavia',
  '9 de Julio',
  'Moreno',
  '25 de Mayo',
  'Av. Libertador',
  'Alsina',
  'Italia',
  'Güemes',
] as const;

const caba = (city: string, postal: string): City => ({
  city: `${city}, CABA`,
  postal,
  province: 'CABA',
  streets: CABA_STREETS,
  flats: 0.7,
});
const town = (
  city: string,
  postal: string,
  province: string,
  flats = 0.25,
  streets: readonly string[] = TOWN_STREETS,
): City => ({
  city,
  postal,
  province,
  streets,
  flats,
});

/** Buenos Aires city and the suburbs: where most orders go. */
export const AMBA: readonly City[] = [
  caba('Palermo', 'C1425'),
  caba('Belgrano', 'C1428'),
  caba('Caballito', 'C1405'),
  caba('Recoleta', 'C1113'),
  caba('Villa Urquiza', 'C1431'),
  caba('Almagro', 'C1173'),
  caba('Flores', 'C1406'),
  caba('Villa Crespo', 'C1414'),
  caba('Núñez', 'C1429'),
  caba('Villa Devoto', 'C1419'),
  caba('San Telmo', 'C1103'),
  caba('Balvanera', 'C1203'),
  town('La Plata', 'B1900', 'Buenos Aires', 0.3, [
    'Calle 7',
    'Calle 12',
    'Calle 50',
    'Diagonal 74',
    'Calle 8',
  ]),
  town('Quilmes', 'B1878', 'Buenos Aires'),
  town('Lanús', 'B1824', 'Buenos Aires'),
  town('Lomas de Zamora', 'B1832', 'Buenos Aires'),
  town('San Isidro', 'B1642', 'Buenos Aires'),
  town('Vicente López', 'B1638', 'Buenos Aires', 0.4),
  town('Tigre', 'B1648', 'Buenos Aires'),
  town('Morón', 'B1708', 'Buenos Aires'),
  town('Ramos Mejía', 'B1704', 'Buenos Aires'),
  town('Pilar', 'B1629', 'Buenos Aires', 0.1),
  town('Avellaneda', 'B1870', 'Buenos Aires'),
  town('Banfield', 'B1828', 'Buenos Aires'),
  town('Adrogué', 'B1846', 'Buenos Aires', 0.1),
  town('Olivos', 'B1636', 'Buenos Aires', 0.4),
];

/** The provinces: Córdoba, Santa Fe and Mendoza most, the north and Patagonia less. */
export const INTERIOR: ReadonlyArray<readonly [City, number]> = [
  [
    town('Córdoba', 'X5000', 'Córdoba', 0.45, [
      'Av. Colón',
      'Bv. San Juan',
      'Obispo Trejo',
      'Av. Vélez Sarsfield',
    ]),
    14,
  ],
  [town('Villa Carlos Paz', 'X5152', 'Córdoba'), 2],
  [town('Río Cuarto', 'X5800', 'Córdoba'), 2],
  [
    town('Rosario', 'S2000', 'Santa Fe', 0.5, [
      'Bv. Oroño',
      'Córdoba',
      'Pellegrini',
      'Av. Francia',
      'Entre Ríos',
    ]),
    11,
  ],
  [town('Santa Fe', 'S3000', 'Santa Fe'), 4],
  [town('Mendoza', 'M5500', 'Mendoza', 0.35, ['Av. San Martín', 'Av. Arístides Villanueva', 'Sarmiento']), 8],
  [town('Godoy Cruz', 'M5501', 'Mendoza'), 2],
  [town('San Rafael', 'M5600', 'Mendoza', 0.1), 1],
  [town('Mar del Plata', 'B7600', 'Buenos Aires', 0.45, ['Av. Colón', 'Güemes', 'Av. Independencia']), 6],
  [town('Bahía Blanca', 'B8000', 'Buenos Aires'), 3],
  [town('Tandil', 'B7000', 'Buenos Aires', 0.1), 2],
  [town('San Miguel de Tucumán', 'T4000', 'Tucumán'), 5],
  [town('Salta', 'A4400', 'Salta'), 4],
  [town('San Salvador de Jujuy', 'Y4600', 'Jujuy'), 2],
  [town('Neuquén', 'Q8300', 'Neuquén'), 4],
  [town('San Carlos de Bariloche', 'R8400', 'Río Negro', 0.2, ['Mitre', 'Moreno', 'Av. Bustillo']), 2],
  [town('Posadas', 'N3300', 'Misiones'), 3],
  [town('Corrientes', 'W3400', 'Corrientes'), 2],
  [town('Resistencia', 'H3500', 'Chaco'), 2],
  [town('Paraná', 'E3100', 'Entre Ríos'), 3],
  [town('Santiago del Estero', 'G4200', 'Santiago del Estero'), 1],
  [town('San Juan', 'J5400', 'San Juan'), 2],
  [town('San Luis', 'D5700', 'San Luis'), 1],
  [town('Santa Rosa', 'L6300', 'La Pampa'), 1],
  [town('Comodoro Rivadavia', 'U9000', 'Chubut'), 2],
  [town('Trelew', 'U9100', 'Chubut'), 1],
  [town('Río Gallegos', 'Z9400', 'Santa Cruz'), 1],
  [town('Ushuaia', 'V9410', 'Tierra del Fuego'), 1],
  [town('Formosa', 'P3600', 'Formosa'), 1],
  [town('San Fernando del Valle de Catamarca', 'K4700', 'Catamarca'), 1],
  [town('La Rioja', 'F5300', 'La Rioja'), 1],
];

/** Suburbs where mules and resellers take parcels: far west and south of the city, and its warehouse districts. */
export const DROP_TOWNS: readonly City[] = [
  town('González Catán', 'B1759', 'Buenos Aires', 0.05),
  town('Gregorio de Laferrere', 'B1757', 'Buenos Aires', 0.05),
  town('Isidro Casanova', 'B1765', 'Buenos Aires', 0.05),
  town('Moreno', 'B1744', 'Buenos Aires', 0.05),
  town('Merlo', 'B1722', 'Buenos Aires', 0.05),
  town('José C. Paz', 'B1665', 'Buenos Aires', 0.05),
  town('Florencio Varela', 'B1888', 'Buenos Aires', 0.05),
  town('Ciudad Evita', 'B1778', 'Buenos Aires', 0.1),
  caba('Barracas', 'C1273'),
  caba('Villa Lugano', 'C1439'),
  caba('Constitución', 'C1150'),
  caba('Once', 'C1032'),
];

/** A street address in `c`: a street, a door number and, in buildings, the floor and unit. */
export function arLine(rng: Rng, c: City): string {
  const street = rng.pick(c.streets);
  const door = street.startsWith('Calle') ? rng.int(100, 2400) : rng.int(10, 6800);
  return rng.chance(c.flats)
    ? `${street} ${door} ${rng.int(1, 14)}° ${rng.pick(['A', 'B', 'C', 'D', 'E'])}`
    : `${street} ${door}`;
}

export const arAddress = (rng: Rng, c: City): Address => ({
  country: 'AR',
  postalCode: c.postal,
  city: c.city,
  line1: arLine(rng, c),
});

/** A city in AMBA with probability `amba`, else a province's city by weight. */
export const arCity = (rng: Rng, amba: number): City =>
  rng.chance(amba) ? rng.pick(AMBA) : rng.weightedPick(INTERIOR);

/** Buenos Aires city (C) and the suburbs' B1 postcodes: the courier's AMBA rate. */
export const isAmba = (postal: string | undefined): boolean => /^(C|B1)/.test(postal ?? '');

/** A country abroad: its UTC offset in June, currency, locale, cities with postal codes, how streets are written. */
export interface Market {
  tz: number;
  currency: 'USD' | 'EUR';
  locale: string;
  cities: ReadonlyArray<readonly [string, string]>;
  line: (rng: Rng) => string;
  /** Orders from this country among the diaspora's. */
  weight: number;
}

export const MARKETS: Readonly<Record<Abroad, Market>> = {
  ES: {
    tz: 2,
    currency: 'EUR',
    locale: 'es-ES',
    cities: [
      ['Madrid', '28004'],
      ['Madrid', '28015'],
      ['Barcelona', '08012'],
      ['Barcelona', '08025'],
      ['Valencia', '46005'],
      ['Málaga', '29016'],
      ['Palma', '07003'],
      ['Alicante', '03004'],
      ['Marbella', '29601'],
    ],
    line: (rng) =>
      `${rng.pick(['Calle de Alcalá', 'Calle de Embajadores', 'Carrer de Verdi', 'Calle Larios', 'Avinguda Diagonal', 'Calle Mayor'])} ${rng.int(1, 220)}, ${rng.int(1, 8)}º ${rng.pick(['A', 'B', 'C', 'D', '1ª', '2ª'])}`,
    weight: 34,
  },
  US: {
    tz: -4,
    currency: 'USD',
    locale: 'en-US',
    cities: [
      ['Miami', '33130'],
      ['Doral', '33166'],
      ['Weston', '33326'],
      ['Key Biscayne', '33149'],
      ['New York', '10011'],
      ['Brooklyn', '11215'],
      ['Los Angeles', '90028'],
      ['Houston', '77057'],
      ['Jersey City', '07302'],
    ],
    line: (rng) =>
      `${rng.int(100, 9800)} ${rng.pick(['NW 87th Ave', 'Brickell Ave', 'W 14th St', 'Collins Ave', 'Sunset Blvd', 'Westheimer Rd', '5th Ave'])}${rng.chance(0.4) ? ` Apt ${rng.int(2, 40)}${rng.pick(['A', 'B', 'C', 'F'])}` : ''}`,
    weight: 24,
  },
  DE: {
    tz: 2,
    currency: 'EUR',
    locale: 'de-DE',
    cities: [
      ['Berlin', '10115'],
      ['Berlin', '10437'],
      ['München', '80331'],
      ['Hamburg', '20095'],
      ['Köln', '50667'],
      ['Frankfurt am Main', '60311'],
    ],
    line: (rng) =>
      `${rng.pick(['Schönhauser Allee', 'Kastanienallee', 'Leopoldstraße', 'Schanzenstraße', 'Venloer Straße', 'Berger Straße'])} ${rng.int(1, 180)}`,
    weight: 8,
  },
  UY: {
    tz: -3,
    currency: 'USD',
    locale: 'es-UY',
    cities: [
      ['Montevideo', '11300'],
      ['Montevideo', '11200'],
      ['Montevideo', '11100'],
      ['Punta del Este', '20100'],
      ['Colonia del Sacramento', '70000'],
      ['Salto', '50000'],
    ],
    line: (rng) =>
      `${rng.pick(['Av. 18 de Julio', 'Bulevar Artigas', 'Av. Brasil', 'Benito Blanco', 'Rambla República de México'])} ${rng.int(100, 4200)}${rng.chance(0.6) ? ` apto ${rng.int(1, 12)}0${rng.int(1, 4)}` : ''}`,
    weight: 12,
  },
  CL: {
    tz: -4,
    currency: 'USD',
    locale: 'es-CL',
    cities: [
      ['Santiago', '7500000'],
      ['Las Condes', '7550000'],
      ['Ñuñoa', '7750000'],
      ['Viña del Mar', '2520000'],
      ['Concepción', '4030000'],
    ],
    line: (rng) =>
      `${rng.pick(['Av. Providencia', 'Av. Apoquindo', 'Irarrázaval', 'Av. Libertad', "Av. O'Higgins"])} ${rng.int(100, 7000)}${rng.chance(0.6) ? `, depto ${rng.int(2, 22)}0${rng.int(1, 8)}` : ''}`,
    weight: 9,
  },
  BR: {
    tz: -3,
    currency: 'USD',
    locale: 'pt-BR',
    cities: [
      ['São Paulo', '01310-100'],
      ['São Paulo', '05422-001'],
      ['Rio de Janeiro', '22071-000'],
      ['Porto Alegre', '90010-000'],
      ['Florianópolis', '88010-000'],
      ['Curitiba', '80010-000'],
    ],
    line: (rng) =>
      `${rng.pick(['Rua Augusta', 'Av. Paulista', 'Rua dos Pinheiros', 'Av. Atlântica', 'Rua da Praia', 'Rua XV de Novembro'])}, ${rng.int(10, 2500)}${rng.chance(0.5) ? `, apto ${rng.int(1, 20)}${rng.int(1, 4)}` : ''}`,
    weight: 13,
  },
};

export const ABROAD = Object.keys(MARKETS) as Abroad[];

export const abroadWeights = (): Array<readonly [Abroad, number]> =>
  ABROAD.map((c) => [c, MARKETS[c].weight]);

export function abroadAddress(rng: Rng, country: Abroad): Address {
  const m = MARKETS[country];
  const [city, postal] = rng.pick(m.cities);
  return { country, postalCode: postal, city, line1: m.line(rng) };
}

/** The courier's branches and lockers where parcels wait to be collected (the showroom hands over in person). */
export const PICKUP_POINTS: readonly Address[] = [
  {
    country: 'AR',
    postalCode: 'C1043',
    city: 'San Nicolás, CABA',
    line1: 'Sucursal Microcentro, Av. Corrientes 880',
  },
  { country: 'AR', postalCode: 'C1428', city: 'Belgrano, CABA', line1: 'Locker Av. Cabildo 2280' },
  {
    country: 'AR',
    postalCode: 'C1405',
    city: 'Caballito, CABA',
    line1: 'Sucursal Caballito, Av. Rivadavia 5100',
  },
  { country: 'AR', postalCode: 'B1754', city: 'San Justo', line1: 'Sucursal San Justo, Av. Illia 2650' },
  { country: 'AR', postalCode: 'B1832', city: 'Lomas de Zamora', line1: 'Locker Laprida 300' },
  { country: 'AR', postalCode: 'B1642', city: 'San Isidro', line1: 'Locker Av. Centenario 1200' },
  { country: 'AR', postalCode: 'X5000', city: 'Córdoba', line1: 'Sucursal Centro, Av. Colón 560' },
  { country: 'AR', postalCode: 'S2000', city: 'Rosario', line1: 'Sucursal Centro, San Lorenzo 1150' },
  { country: 'AR', postalCode: 'M5500', city: 'Mendoza', line1: 'Sucursal Centro, Av. Las Heras 350' },
];

/** Pickup points in and around the city (where mules collect). */
export const AMBA_POINTS: readonly Address[] = PICKUP_POINTS.filter((a) => /^[CB]/.test(a.postalCode ?? ''));

/** Places only the sanctioned_country kind ever touches, by country. */
export const SANCTIONED_PLACES: Readonly<Record<'RU' | 'BY' | 'IR' | 'CU' | 'SY' | 'KP', Address>> = {
  RU: { country: 'RU', postalCode: '125009', city: 'Moscow', line1: 'ul. Tverskaya 12, kv. 48' },
  BY: { country: 'BY', postalCode: '220030', city: 'Minsk', line1: 'pr. Nezavisimosti 24, kv. 17' },
  IR: { country: 'IR', postalCode: '1598613111', city: 'Tehran', line1: 'Valiasr St, No. 1820' },
  CU: { country: 'CU', postalCode: '10400', city: 'La Habana', line1: 'Calle 23 No. 1058, Vedado' },
  SY: { country: 'SY', city: 'Damascus', line1: 'Abu Rummaneh, Al-Jalaa St 14' },
  KP: { country: 'KP', city: 'Pyongyang', line1: 'Munsu-dong, Taedonggang District' },
};

/** Freight forwarders in Dubai and Istanbul that take parcels on to Iran and Syria. */
export const FORWARDERS: readonly Address[] = [
  { country: 'AE', postalCode: '00000', city: 'Dubai', line1: 'Al Qusais Industrial Area 2, Warehouse 14' },
  { country: 'TR', postalCode: '34197', city: 'Istanbul', line1: 'Yenibosna Merkez Mah., Depo 7' },
];
