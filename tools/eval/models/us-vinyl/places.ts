import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where buyers live: US cities (Nashville and Middle Tennessee first, then the music towns and big metros) and
 * the countries the store posts to, with postal codes, UTC offsets in December and street formats; the shop for
 * pickup; the reshipping and forwarding addresses fraud ships to; and, for the sanctioned-country kind only,
 * addresses in Russia, Belarus, Iran and Cuba and the forwarders next door.
 */

export interface City {
  city: string;
  postal: readonly string[];
  tz: number;
}

const c = (city: string, tz: number, ...postal: string[]): City => ({ city, postal, tz });

/** Middle Tennessee: local pickup, bars and cafés, the store's regulars. */
export const NASHVILLE: ReadonlyArray<readonly [City, number]> = [
  [c('Nashville', -6, '37203', '37204', '37206', '37207', '37208', '37209', '37211', '37212', '37216'), 60],
  [c('East Nashville', -6, '37206', '37216'), 8],
  [c('Franklin', -6, '37064', '37067', '37069'), 8],
  [c('Murfreesboro', -6, '37128', '37129', '37130'), 7],
  [c('Brentwood', -6, '37027'), 4],
  [c('Hendersonville', -6, '37075'), 4],
  [c('Clarksville', -6, '37040', '37042', '37043'), 5],
  [c('Mount Juliet', -6, '37122'), 4],
];

/** The rest of the US, weighted by how many of the store's buyers live there. */
export const US_CITIES: ReadonlyArray<readonly [City, number]> = [
  [c('Memphis', -6, '38104', '38111', '38117'), 4],
  [c('Knoxville', -5, '37902', '37917', '37919'), 4],
  [c('Chattanooga', -5, '37403', '37405', '37421'), 3],
  [c('Atlanta', -5, '30303', '30306', '30307', '30316', '30318'), 6],
  [c('Birmingham', -6, '35205', '35209', '35222'), 2],
  [c('Louisville', -5, '40204', '40205', '40206'), 3],
  [c('Lexington', -5, '40502', '40503'), 1.5],
  [c('Asheville', -5, '28801', '28803', '28806'), 2],
  [c('Charlotte', -5, '28203', '28205', '28209'), 3],
  [c('Raleigh', -5, '27601', '27605', '27608'), 3],
  [c('Richmond', -5, '23220', '23221', '23225'), 2],
  [c('Washington', -5, '20001', '20009', '20010'), 3],
  [c('Philadelphia', -5, '19103', '19125', '19147'), 4],
  [c('Brooklyn', -5, '11211', '11215', '11222', '11238'), 6],
  [c('New York', -5, '10003', '10009', '10025', '10027'), 5],
  [c('Jersey City', -5, '07302', '07306'), 1.5],
  [c('Boston', -5, '02115', '02118', '02130'), 3],
  [c('Providence', -5, '02903', '02906'), 1],
  [c('Pittsburgh', -5, '15201', '15213', '15217'), 2],
  [c('Columbus', -5, '43201', '43206', '43215'), 2.5],
  [c('Cleveland', -5, '44102', '44113'), 1.5],
  [c('Detroit', -5, '48201', '48207'), 1.5],
  [c('Ann Arbor', -5, '48103', '48104'), 1],
  [c('Chicago', -6, '60613', '60614', '60622', '60647', '60657'), 6],
  [c('Milwaukee', -6, '53202', '53211'), 1.5],
  [c('Minneapolis', -6, '55403', '55406', '55408'), 2.5],
  [c('St. Louis', -6, '63104', '63110', '63118'), 2],
  [c('Kansas City', -6, '64108', '64111'), 1.5],
  [c('New Orleans', -6, '70115', '70117', '70119'), 2.5],
  [c('Austin', -6, '78702', '78704', '78751'), 4],
  [c('Houston', -6, '77006', '77008', '77019'), 3],
  [c('Dallas', -6, '75204', '75206', '75214'), 3],
  [c('Oklahoma City', -6, '73103', '73118'), 1],
  [c('Tulsa', -6, '74104', '74120'), 1],
  [c('Denver', -7, '80205', '80206', '80210', '80218'), 3.5],
  [c('Salt Lake City', -7, '84102', '84105'), 1.5],
  [c('Phoenix', -7, '85004', '85013', '85018'), 2],
  [c('Albuquerque', -7, '87106', '87110'), 1],
  [c('Los Angeles', -8, '90026', '90027', '90039', '90042', '90065'), 6],
  [c('San Diego', -8, '92104', '92116'), 2],
  [c('San Francisco', -8, '94110', '94114', '94117'), 3],
  [c('Oakland', -8, '94606', '94609', '94610'), 2],
  [c('Portland', -8, '97202', '97211', '97214', '97232'), 3.5],
  [c('Seattle', -8, '98103', '98107', '98118', '98122'), 3.5],
  [c('Boise', -7, '83702', '83706'), 1],
  [c('Miami', -5, '33127', '33137', '33145'), 2],
  [c('Tampa', -5, '33602', '33606'), 1.5],
  [c('Orlando', -5, '32801', '32803'), 1.5],
  [c('Savannah', -5, '31401', '31405'), 1],
  [c('Charleston', -5, '29401', '29403'), 1],
  [c('Anchorage', -9, '99501', '99508'), 0.4],
  [c('Honolulu', -10, '96814', '96816'), 0.5],
];

const US_STREETS = [
  'Main St',
  'Oak St',
  'Maple Ave',
  'Elm St',
  'Church St',
  'Woodland St',
  'Fatherland St',
  'Porter Rd',
  'Gallatin Ave',
  'Belmont Blvd',
  'Chapel Ave',
  'Riverside Dr',
  'Cedar Ln',
  'Highland Ave',
  'Park Pl',
  'Lakeview Dr',
  'Magnolia Blvd',
  'Jefferson St',
  'Lincoln Ave',
  'Washington St',
  'Pine St',
  '5th Ave',
  'Grand Ave',
  'Division St',
  'Broadway',
  'Sunset Blvd',
  'Hillcrest Rd',
  'Spring St',
  'Walnut St',
  'Poplar Ave',
];

/** A US street address, now and then an apartment. */
export function usLine(rng: Rng): string {
  const line = `${rng.int(12, 9899)} ${rng.pick(US_STREETS)}`;
  return rng.chance(0.3)
    ? `${line} ${rng.pick(['Apt', 'Unit', '#'])} ${rng.int(1, 40)}${rng.pick(['', 'A', 'B', 'C'])}`
    : line;
}

export const usAddress = (rng: Rng, city: City): Address => ({
  country: 'US',
  postalCode: rng.pick(city.postal),
  city: city.city,
  line1: usLine(rng),
});

/** The countries the store posts to, with their cities, street formats and how often their collectors buy. */
export type AbroadCountry = 'CA' | 'GB' | 'IE' | 'DE' | 'FR' | 'NL' | 'SE' | 'IT' | 'ES' | 'JP' | 'AU';

interface Market {
  cities: readonly City[];
  line: (rng: Rng) => string;
  locale: string;
  /** Share of the store's foreign collectors. */
  weight: number;
}

const streetNo = (rng: Rng) => rng.int(1, 180);

export const MARKETS: Record<AbroadCountry, Market> = {
  CA: {
    cities: [
      c('Toronto', -5, 'M5V 2T6', 'M6J 1H4', 'M4M 2S1', 'M6K 3P6'),
      c('Montréal', -5, 'H2T 1S4', 'H2J 2L1', 'H4C 2Z5'),
      c('Vancouver', -8, 'V5L 3X7', 'V6K 1P9', 'V5N 4C3'),
      c('Calgary', -7, 'T2S 0J5', 'T2R 0B2'),
      c('Ottawa', -5, 'K1R 6M1', 'K1Y 1R4'),
      c('Halifax', -4, 'B3K 4X8', 'B3H 1Y6'),
    ],
    line: (rng) =>
      `${rng.int(10, 2999)} ${rng.pick(['Queen St W', 'Dundas St W', 'Rue Saint-Denis', 'Commercial Dr', 'Bank St', 'Gottingen St'])}`,
    locale: 'en-CA',
    weight: 30,
  },
  GB: {
    cities: [
      c('London', 0, 'E8 3RL', 'N16 7XJ', 'SE15 4QN', 'E2 7DJ', 'NW5 2HB'),
      c('Manchester', 0, 'M4 1HN', 'M20 2RN', 'M14 5LT'),
      c('Glasgow', 0, 'G12 8QQ', 'G41 2PE'),
      c('Bristol', 0, 'BS6 5AR', 'BS3 4EQ'),
      c('Leeds', 0, 'LS6 3HN', 'LS7 3JB'),
      c('Brighton', 0, 'BN1 4GH', 'BN2 9XA'),
    ],
    line: (rng) =>
      `${streetNo(rng)} ${rng.pick(['Albert Road', 'Church Street', 'Victoria Road', 'Stokes Croft', 'Cromwell Road', 'Kingsland Road'])}`,
    locale: 'en-GB',
    weight: 22,
  },
  IE: {
    cities: [c('Dublin', 0, 'D08 X2A4', 'D06 F6T3', 'D07 R2W9'), c('Cork', 0, 'T12 X70A', 'T23 E2P6')],
    line: (rng) =>
      `${streetNo(rng)} ${rng.pick(['Camden Street', 'Rathmines Road', 'Oliver Plunkett Street'])}`,
    locale: 'en-IE',
    weight: 2,
  },
  DE: {
    cities: [
      c('Berlin', 1, '10997', '10245', '12047', '10437'),
      c('Hamburg', 1, '20357', '22767', '20359'),
      c('Köln', 1, '50672', '50823', '50674'),
      c('München', 1, '80469', '81667'),
      c('Leipzig', 1, '04107', '04275'),
    ],
    line: (rng) =>
      `${rng.pick(['Oranienstraße', 'Schanzenstraße', 'Venloer Straße', 'Karl-Heine-Straße', 'Weserstraße'])} ${streetNo(rng)}`,
    locale: 'de-DE',
    weight: 12,
  },
  FR: {
    cities: [
      c('Paris', 1, '75011', '75018', '75010', '75020'),
      c('Lyon', 1, '69001', '69004'),
      c('Nantes', 1, '44000'),
    ],
    line: (rng) =>
      `${streetNo(rng)} ${rng.pick(['rue Oberkampf', 'rue des Martyrs', 'rue de la Roquette', 'quai de Bondy'])}`,
    locale: 'fr-FR',
    weight: 6,
  },
  NL: {
    cities: [
      c('Amsterdam', 1, '1015 CJ', '1053 RR', '1072 AB'),
      c('Utrecht', 1, '3512 AB', '3581 KH'),
      c('Rotterdam', 1, '3012 AM'),
    ],
    line: (rng) =>
      `${rng.pick(['Prinsengracht', 'Kinkerstraat', 'Oudegracht', 'Witte de Withstraat'])} ${streetNo(rng)}`,
    locale: 'nl-NL',
    weight: 6,
  },
  SE: {
    cities: [
      c('Stockholm', 1, '118 46', '116 20', '113 51'),
      c('Göteborg', 1, '413 01', '414 63'),
      c('Malmö', 1, '211 45'),
    ],
    line: (rng) => `${rng.pick(['Götgatan', 'Hornsgatan', 'Linnégatan', 'Sveavägen'])} ${streetNo(rng)}`,
    locale: 'sv-SE',
    weight: 5,
  },
  IT: {
    cities: [
      c('Milano', 1, '20121', '20143', '20154'),
      c('Roma', 1, '00153', '00185'),
      c('Bologna', 1, '40126'),
    ],
    line: (rng) =>
      `${rng.pick(['Via Roma', 'Via Tortona', 'Via del Pigneto', 'Via Zamboni'])} ${streetNo(rng)}`,
    locale: 'it-IT',
    weight: 4,
  },
  ES: {
    cities: [
      c('Madrid', 1, '28004', '28012', '28045'),
      c('Barcelona', 1, '08001', '08012', '08013'),
      c('Valencia', 1, '46001'),
    ],
    line: (rng) =>
      `${rng.pick(['Calle Mayor', 'Calle de Fuencarral', 'Carrer de Verdi', 'Carrer del Consell de Cent'])} ${streetNo(rng)}`,
    locale: 'es-ES',
    weight: 3,
  },
  JP: {
    cities: [
      c('Tokyo', 9, '150-0001', '155-0031', '166-0002', '113-0033'),
      c('Osaka', 9, '542-0086', '530-0012'),
      c('Kyoto', 9, '604-8005'),
      c('Fukuoka', 9, '810-0041'),
    ],
    line: (rng) =>
      `${rng.int(1, 6)}-${rng.int(1, 30)}-${rng.int(1, 20)} ${rng.pick(['Jingumae', 'Kitazawa', 'Koenji-minami', 'Shinsaibashi', 'Daimyo'])}`,
    locale: 'ja-JP',
    weight: 7,
  },
  AU: {
    cities: [
      c('Melbourne', 11, '3065', '3066', '3070', '3181'),
      c('Sydney', 11, '2010', '2042', '2204'),
      c('Brisbane', 10, '4006', '4101'),
      c('Perth', 8, '6000', '6050'),
      c('Adelaide', 10.5, '5000', '5067'),
    ],
    line: (rng) =>
      `${streetNo(rng)} ${rng.pick(['Smith St', 'Brunswick St', 'King St', 'Boundary St', 'Beaufort St'])}`,
    locale: 'en-AU',
    weight: 9,
  },
};

export const ABROAD_COUNTRIES = Object.keys(MARKETS) as AbroadCountry[];

export function abroadHome(rng: Rng, country: AbroadCountry): { address: Address; tz: number } {
  const m = MARKETS[country];
  const city = rng.pick(m.cities);
  return {
    address: { country, postalCode: rng.pick(city.postal), city: city.city, line1: m.line(rng) },
    tz: city.tz,
  };
}

/** The shop, for pickup. */
export const SHOP: Address = {
  country: 'US',
  postalCode: '37206',
  city: 'Nashville',
  line1: '1017 Gallatin Ave',
};

/** APO/FPO addresses of service members (US addresses, abroad in fact), with the country they are posted in. */
export const MILITARY: ReadonlyArray<{ address: Omit<Address, 'line1'>; posted: 'DE' | 'JP' | 'IT' | 'ES' }> =
  [
    { address: { country: 'US', postalCode: '09094', city: 'APO' }, posted: 'DE' },
    { address: { country: 'US', postalCode: '09180', city: 'APO' }, posted: 'DE' },
    { address: { country: 'US', postalCode: '96319', city: 'FPO' }, posted: 'JP' },
    { address: { country: 'US', postalCode: '96326', city: 'APO' }, posted: 'JP' },
    { address: { country: 'US', postalCode: '09630', city: 'APO' }, posted: 'IT' },
    { address: { country: 'US', postalCode: '09645', city: 'FPO' }, posted: 'ES' },
  ];

export const militaryLine = (rng: Rng): string => `Unit ${rng.int(2010, 8999)} Box ${rng.int(10, 9999)}`;

/**
 * Reshipping and package-forwarding warehouses (sales-tax-free Delaware and Oregon, Miami's export forwarders,
 * the JFK cargo area): suite numbers identify the customer.
 */
export const RESHIPPERS: readonly Address[] = [
  { country: 'US', postalCode: '19720', city: 'New Castle', line1: '18 Boulden Cir' },
  { country: 'US', postalCode: '19720', city: 'New Castle', line1: '600 Ships Landing Way' },
  { country: 'US', postalCode: '19801', city: 'Wilmington', line1: '1201 N Orange St' },
  { country: 'US', postalCode: '97230', city: 'Portland', line1: '15550 NE Airport Way' },
  { country: 'US', postalCode: '97005', city: 'Beaverton', line1: '4500 SW Watson Ave' },
  { country: 'US', postalCode: '33166', city: 'Doral', line1: '8400 NW 25th St' },
  { country: 'US', postalCode: '33172', city: 'Doral', line1: '10700 NW 36th St' },
  { country: 'US', postalCode: '11434', city: 'Jamaica', line1: '147-55 Rockaway Blvd' },
];

export const suite = (rng: Rng, a: Address): Address => ({
  ...a,
  line1: `${a.line1} ${rng.pick(['Ste', 'Suite', 'Unit', '#'])} ${rng.pick(['', 'A', 'B', 'R'])}${rng.int(100, 99999)}`,
});

/**
 * Reshipping mules' homes: apartments in big metros, with the line written a little differently on each order
 * so the store's one-per-address limit does not see them (`jig`).
 */
export const MULE_CITIES: readonly City[] = [
  c('Houston', -6, '77036', '77072', '77099'),
  c('Atlanta', -5, '30349', '30331', '30344'),
  c('Jacksonville', -5, '32244', '32210'),
  c('Memphis', -6, '38115', '38118'),
  c('Dallas', -6, '75243', '75231'),
  c('Las Vegas', -8, '89103', '89119'),
];

/** The same address typed another way: street suffix, apartment marker, a stray letter. */
export function jig(rng: Rng, a: Address): Address {
  const line = a.line1 ?? '';
  const variants = [
    line
      .replace(/ St\b/, ' Street')
      .replace(/ Ave\b/, ' Avenue')
      .replace(/ Dr\b/, ' Drive'),
    line.replace(/ Apt /, ' #').replace(/ Unit /, ' Apt '),
    `${line} ${rng.pick(['Bldg', 'Door', 'Rear', 'Upper'])} ${rng.token(2, 'ABCDEFGHJK')}`,
    line.toUpperCase(),
    line.replace(/^(\d+)/, (n) => `${n}${rng.pick(['A', '-1', ' 1/2'])}`),
  ];
  return { ...a, line1: rng.pick(variants) };
}

/** Sanctioned jurisdictions and their neighbours' forwarders: the sanctioned-country kind alone uses these. */
export type SanctionedCountry = 'RU' | 'BY' | 'IR' | 'CU';
export const SANCTIONED_HOMES: Record<SanctionedCountry, readonly City[]> = {
  RU: [
    c('Moscow', 3, '119019', '125009', '105005'),
    c('Saint Petersburg', 3, '191025', '197101'),
    c('Yekaterinburg', 5, '620014'),
  ],
  BY: [c('Minsk', 3, '220030', '220004')],
  IR: [c('Tehran', 3.5, '1458889694', '1966733991')],
  CU: [c('La Habana', -5, '10400', '10600'), c('Santiago de Cuba', -5, '90100')],
};

const SANCTIONED_STREETS: Record<SanctionedCountry, readonly string[]> = {
  RU: ['ul. Tverskaya', 'Nevsky pr.', 'ul. Arbat', 'ul. Malysheva'],
  BY: ['pr. Nezavisimosti', 'ul. Kalvariyskaya'],
  IR: ['Valiasr St', 'Enghelab St'],
  CU: ['Calle 23', 'Calle Obispo', 'Avenida de los Presidentes'],
};

export function sanctionedHome(rng: Rng, country: SanctionedCountry): Address {
  const city = rng.pick(SANCTIONED_HOMES[country]);
  return {
    country,
    postalCode: rng.pick(city.postal),
    city: city.city,
    line1: `${rng.pick(SANCTIONED_STREETS[country])} ${rng.int(1, 120)}, kv. ${rng.int(1, 200)}`,
  };
}

/** Forwarders in countries next door that send parcels on to Russia, Belarus and Iran. */
export const NEIGHBOUR_FORWARDERS: Record<'KZ' | 'GE' | 'AM' | 'LT' | 'AE' | 'TR', Address> = {
  KZ: { country: 'KZ', postalCode: '050000', city: 'Almaty', line1: 'Tole bi 101' },
  GE: { country: 'GE', postalCode: '0160', city: 'Tbilisi', line1: 'Tsereteli Ave 116' },
  AM: { country: 'AM', postalCode: '0010', city: 'Yerevan', line1: 'Tigran Mets Ave 30' },
  LT: { country: 'LT', postalCode: '02244', city: 'Vilnius', line1: 'Savanorių pr. 178' },
  AE: { country: 'AE', postalCode: '00000', city: 'Dubai', line1: 'Al Quoz Industrial Area 3, Warehouse 14' },
  TR: { country: 'TR', postalCode: '34775', city: 'İstanbul', line1: 'Dudullu OSB 1. Cad. No: 12' },
};
