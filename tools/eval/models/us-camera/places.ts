import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the store's buyers live and where parcels go. Addresses carry a country, a ZIP or postal code, a city
 * and a street line (the canonical body has no state field; the ZIP says it). Sales tax is collected by
 * destination state at a typical combined rate; exports to Canada, the UK, the EU and Australia are sent duties
 * paid (collected at checkout), elsewhere the buyer pays on arrival.
 */

interface Town {
  city: string;
  zips: readonly string[];
}

export interface State {
  code: string;
  /** UTC offset in late November. */
  tz: number;
  /** Combined sales-tax rate the store collects on goods shipped there. */
  tax: number;
  /** Share of domestic orders. */
  weight: number;
  towns: readonly Town[];
}

const town = (city: string, ...zips: string[]): Town => ({ city, zips });

export const STATES: readonly State[] = [
  {
    code: 'NY',
    tz: -5,
    tax: 0.08875,
    weight: 14,
    towns: [
      town('New York', '10001', '10011', '10019', '10025', '10028', '10003'),
      town('Brooklyn', '11201', '11215', '11211', '11238'),
      town('Astoria', '11103', '11105'),
      town('Bronx', '10463', '10471'),
      town('Yonkers', '10701'),
      town('White Plains', '10601'),
      town('Buffalo', '14201', '14222'),
      town('Rochester', '14607'),
    ],
  },
  {
    code: 'NJ',
    tz: -5,
    tax: 0.06625,
    weight: 6,
    towns: [
      town('Jersey City', '07302', '07306'),
      town('Hoboken', '07030'),
      town('Montclair', '07042'),
      town('Princeton', '08540'),
      town('Teaneck', '07666'),
      town('Lakewood', '08701'),
    ],
  },
  {
    code: 'CT',
    tz: -5,
    tax: 0.0635,
    weight: 2,
    towns: [town('Stamford', '06901'), town('New Haven', '06511'), town('West Hartford', '06107')],
  },
  {
    code: 'PA',
    tz: -5,
    tax: 0.06,
    weight: 4,
    towns: [town('Philadelphia', '19103', '19147'), town('Pittsburgh', '15213'), town('Lancaster', '17603')],
  },
  {
    code: 'MA',
    tz: -5,
    tax: 0.0625,
    weight: 3,
    towns: [town('Boston', '02116', '02118'), town('Cambridge', '02139'), town('Worcester', '01609')],
  },
  {
    code: 'CA',
    tz: -8,
    tax: 0.0825,
    weight: 13,
    towns: [
      town('Los Angeles', '90028', '90034', '90026', '90019'),
      town('San Francisco', '94110', '94117'),
      town('San Diego', '92101', '92104'),
      town('Oakland', '94612'),
      town('San Jose', '95112'),
      town('Burbank', '91505'),
      town('Sacramento', '95814'),
    ],
  },
  {
    code: 'TX',
    tz: -6,
    tax: 0.0825,
    weight: 8,
    towns: [
      town('Austin', '78701', '78704'),
      town('Houston', '77002', '77006'),
      town('Dallas', '75201', '75204'),
      town('San Antonio', '78205'),
    ],
  },
  {
    code: 'FL',
    tz: -5,
    tax: 0.07,
    weight: 7,
    towns: [
      town('Miami', '33131', '33139'),
      town('Orlando', '32801'),
      town('Tampa', '33602'),
      town('Fort Lauderdale', '33301'),
      town('Boca Raton', '33432'),
    ],
  },
  {
    code: 'IL',
    tz: -6,
    tax: 0.1025,
    weight: 4,
    towns: [town('Chicago', '60614', '60607', '60622'), town('Evanston', '60201')],
  },
  {
    code: 'WA',
    tz: -8,
    tax: 0.101,
    weight: 3,
    towns: [town('Seattle', '98103', '98122'), town('Bellevue', '98004'), town('Spokane', '99201')],
  },
  {
    code: 'GA',
    tz: -5,
    tax: 0.089,
    weight: 3,
    towns: [town('Atlanta', '30308', '30307'), town('Savannah', '31401')],
  },
  {
    code: 'CO',
    tz: -7,
    tax: 0.0881,
    weight: 2,
    towns: [town('Denver', '80202', '80206'), town('Boulder', '80302')],
  },
  { code: 'AZ', tz: -7, tax: 0.086, weight: 2, towns: [town('Phoenix', '85004'), town('Tucson', '85701')] },
  {
    code: 'NC',
    tz: -5,
    tax: 0.0725,
    weight: 2,
    towns: [town('Charlotte', '28202'), town('Raleigh', '27601'), town('Durham', '27701')],
  },
  {
    code: 'OH',
    tz: -5,
    tax: 0.0775,
    weight: 2,
    towns: [town('Columbus', '43215'), town('Cleveland', '44113')],
  },
  { code: 'MI', tz: -5, tax: 0.06, weight: 2, towns: [town('Detroit', '48226'), town('Ann Arbor', '48104')] },
  { code: 'MN', tz: -6, tax: 0.0788, weight: 1.5, towns: [town('Minneapolis', '55401', '55408')] },
  {
    code: 'OR',
    tz: -8,
    tax: 0,
    weight: 1.5,
    towns: [town('Portland', '97205', '97214'), town('Eugene', '97401')],
  },
  { code: 'DE', tz: -5, tax: 0, weight: 0.5, towns: [town('Wilmington', '19801'), town('Newark', '19711')] },
  {
    code: 'VA',
    tz: -5,
    tax: 0.06,
    weight: 2.5,
    towns: [town('Arlington', '22201'), town('Richmond', '23219')],
  },
  {
    code: 'MD',
    tz: -5,
    tax: 0.06,
    weight: 2,
    towns: [town('Baltimore', '21202'), town('Bethesda', '20814')],
  },
  { code: 'DC', tz: -5, tax: 0.06, weight: 1, towns: [town('Washington', '20001', '20009')] },
  {
    code: 'TN',
    tz: -6,
    tax: 0.0955,
    weight: 1.5,
    towns: [town('Nashville', '37203'), town('Memphis', '38103')],
  },
  { code: 'NV', tz: -8, tax: 0.0838, weight: 1, towns: [town('Las Vegas', '89101', '89117')] },
  { code: 'UT', tz: -7, tax: 0.0719, weight: 1, towns: [town('Salt Lake City', '84101')] },
  {
    code: 'MO',
    tz: -6,
    tax: 0.0825,
    weight: 1,
    towns: [town('St. Louis', '63103'), town('Kansas City', '64105')],
  },
  {
    code: 'WI',
    tz: -6,
    tax: 0.055,
    weight: 1,
    towns: [town('Madison', '53703'), town('Milwaukee', '53202')],
  },
  { code: 'LA', tz: -6, tax: 0.0955, weight: 0.8, towns: [town('New Orleans', '70112')] },
  {
    code: 'NM',
    tz: -7,
    tax: 0.078,
    weight: 0.5,
    towns: [town('Albuquerque', '87102'), town('Santa Fe', '87501')],
  },
  { code: 'NH', tz: -5, tax: 0, weight: 0.4, towns: [town('Manchester', '03101')] },
  { code: 'MT', tz: -7, tax: 0, weight: 0.3, towns: [town('Bozeman', '59715')] },
  { code: 'HI', tz: -10, tax: 0.045, weight: 0.4, towns: [town('Honolulu', '96813', '96815')] },
  { code: 'AK', tz: -9, tax: 0, weight: 0.3, towns: [town('Anchorage', '99501')] },
];

const byCode = new Map(STATES.map((s) => [s.code, s]));

export function stateOf(code: string): State {
  const s = byCode.get(code);
  if (!s) throw new Error(`no state ${code}`);
  return s;
}

/** The state a ZIP belongs to (the store's tax lookup). */
export const stateOfZip = (zip: string): State | undefined =>
  STATES.find((s) => s.towns.some((t) => t.zips.includes(zip)));

/** New York City and its commuter belt: the pickup counter's regulars. */
export const METRO = ['NY', 'NJ', 'CT'] as const;

const STREETS = [
  'Main St',
  'Oak Ave',
  'Maple St',
  'Park Ave',
  'Washington St',
  'Lincoln Ave',
  'Elm St',
  'Highland Ave',
  'Cedar Ln',
  'Broadway',
  'Lake St',
  'Sunset Blvd',
  'Hillside Ave',
  'Franklin St',
  'Church St',
  'Riverside Dr',
  'Prospect Pl',
  'Jefferson Ave',
  'Willow St',
  'Madison Ave',
  '5th Ave',
  'Union St',
  'Pine St',
  'Grand St',
];

export const pickState = (rng: Rng, among: readonly State[] = STATES): State =>
  rng.weightedPick(among.map((s) => [s, s.weight] as const));

/** A street line: a house and street, an apartment now and then. */
export function streetLine(rng: Rng, apartments = 0.3): string {
  const unit = rng.chance(apartments)
    ? ` ${rng.pick(['Apt', 'Unit', '#'])} ${rng.int(1, 24)}${rng.pick(['', 'A', 'B', 'C', 'F', 'R'])}`
    : '';
  return `${rng.int(2, 9800)} ${rng.pick(STREETS)}${unit}`;
}

/** A home in `state`. */
export function usAddress(rng: Rng, state: State): Address {
  const t = rng.pick(state.towns);
  return { country: 'US', postalCode: rng.pick(t.zips), city: t.city, line1: streetLine(rng) };
}

/** The Manhattan superstore (pickup orders have no shipping address; this is where they are collected). */
export const STORE: Address = {
  country: 'US',
  postalCode: '10001',
  city: 'New York',
  line1: '420 9th Ave',
};

/** Miami-area warehouses of the freight forwarders Latin American buyers ship to (suite = their locker). */
export const FORWARDERS: readonly Address[] = [
  { country: 'US', postalCode: '33172', city: 'Doral', line1: '8351 NW 25th St' },
  { country: 'US', postalCode: '33122', city: 'Doral', line1: '2200 NW 84th Ave' },
  { country: 'US', postalCode: '33166', city: 'Miami', line1: '7801 NW 37th St' },
  { country: 'US', postalCode: '33178', city: 'Doral', line1: '10850 NW 21st St' },
];

/** A forwarder locker for a buyer from `country`: the warehouse plus the buyer's suite code. */
export function forwarderLocker(rng: Rng, country: string): Address {
  const f = rng.pick(FORWARDERS);
  return { ...f, line1: `${f.line1} Ste ${country}${rng.digits(5)}` };
}

/** A non-US market the store exports to. */
export interface Market {
  country: string;
  tz: number;
  weight: number;
  locale: string;
  /** Duties and import taxes collected at checkout (0: the buyer pays the courier). */
  duties: number;
  /** Courier fee range, USD cents. */
  fee: readonly [number, number];
  towns: readonly Town[];
  /** Latin America, where forwarders are common. */
  latam?: boolean;
}

export const MARKETS: readonly Market[] = [
  {
    country: 'CA',
    tz: -5,
    weight: 26,
    locale: 'en-CA',
    duties: 0.13,
    fee: [2495, 5995],
    towns: [
      town('Toronto', 'M5V 2T6', 'M4M 1H7', 'M6J 1E6'),
      town('Montréal', 'H2X 1Y4', 'H2T 1S6'),
      town('Vancouver', 'V6B 1A1', 'V5L 3X9'),
      town('Ottawa', 'K1N 5T1'),
      town('Calgary', 'T2P 1J9'),
    ],
  },
  {
    country: 'GB',
    tz: 0,
    weight: 14,
    locale: 'en-GB',
    duties: 0.2,
    fee: [3995, 7495],
    towns: [
      town('London', 'E1 6AN', 'N1 9GU', 'SE15 4QN', 'W2 1HB'),
      town('Manchester', 'M1 1AE'),
      town('Bristol', 'BS1 4DJ'),
      town('Edinburgh', 'EH1 1YZ'),
    ],
  },
  {
    country: 'DE',
    tz: 1,
    weight: 6,
    locale: 'de-DE',
    duties: 0.19,
    fee: [4495, 7995],
    towns: [town('Berlin', '10115', '10999'), town('München', '80331'), town('Hamburg', '20095')],
  },
  {
    country: 'FR',
    tz: 1,
    weight: 5,
    locale: 'fr-FR',
    duties: 0.2,
    fee: [4495, 7995],
    towns: [town('Paris', '75011', '75018'), town('Lyon', '69002'), town('Marseille', '13001')],
  },
  {
    country: 'NL',
    tz: 1,
    weight: 3,
    locale: 'nl-NL',
    duties: 0.21,
    fee: [4495, 7995],
    towns: [town('Amsterdam', '1012 AB', '1072 LH'), town('Utrecht', '3511 AB')],
  },
  {
    country: 'ES',
    tz: 1,
    weight: 3,
    locale: 'es-ES',
    duties: 0.21,
    fee: [4495, 7995],
    towns: [town('Madrid', '28004', '28013'), town('Barcelona', '08001')],
  },
  {
    country: 'IT',
    tz: 1,
    weight: 3,
    locale: 'it-IT',
    duties: 0.22,
    fee: [4495, 7995],
    towns: [town('Milano', '20121'), town('Roma', '00184'), town('Bologna', '40121')],
  },
  {
    country: 'IL',
    tz: 2,
    weight: 14,
    locale: 'he-IL',
    duties: 0,
    fee: [3495, 6995],
    towns: [
      town('Tel Aviv', '6688101', '6522104'),
      town('Jerusalem', '9414201', '9342103'),
      town('Haifa', '3303124'),
      town('Bnei Brak', '5126102'),
      town("Ra'anana", '4366001'),
    ],
  },
  {
    country: 'AU',
    tz: 11,
    weight: 9,
    locale: 'en-AU',
    duties: 0.1,
    fee: [5495, 9995],
    towns: [town('Sydney', '2000', '2010'), town('Melbourne', '3000', '3065'), town('Brisbane', '4000')],
  },
  {
    country: 'MX',
    tz: -6,
    weight: 5,
    locale: 'es-MX',
    duties: 0,
    fee: [3995, 8995],
    towns: [
      town('Ciudad de México', '06700', '03100'),
      town('Guadalajara', '44100'),
      town('Monterrey', '64000'),
    ],
    latam: true,
  },
  {
    country: 'BR',
    tz: -3,
    weight: 5,
    locale: 'pt-BR',
    duties: 0,
    fee: [5995, 11995],
    towns: [town('São Paulo', '01310-100', '04538-132'), town('Rio de Janeiro', '22071-000')],
    latam: true,
  },
  {
    country: 'CL',
    tz: -3,
    weight: 3,
    locale: 'es-CL',
    duties: 0,
    fee: [5495, 10995],
    towns: [town('Santiago', '7500000', '8320000'), town('Viña del Mar', '2520000')],
    latam: true,
  },
  {
    country: 'CO',
    tz: -5,
    weight: 3,
    locale: 'es-CO',
    duties: 0,
    fee: [4995, 9995],
    towns: [town('Bogotá', '110111', '110221'), town('Medellín', '050021')],
    latam: true,
  },
  {
    country: 'AR',
    tz: -3,
    weight: 2,
    locale: 'es-AR',
    duties: 0,
    fee: [5995, 11995],
    towns: [town('Buenos Aires', 'C1043AAZ', 'C1425BHE'), town('Córdoba', 'X5000')],
    latam: true,
  },
];

const marketByCountry = new Map(MARKETS.map((m) => [m.country, m]));

export function marketOf(country: string): Market {
  const m = marketByCountry.get(country);
  if (!m) throw new Error(`no market ${country}`);
  return m;
}

export const pickMarket = (rng: Rng, among: readonly Market[] = MARKETS): Market =>
  rng.weightedPick(among.map((m) => [m, m.weight] as const));

/** Street names by country, and whether the number goes first (English-speaking) or after the name. */
const STREETS_ABROAD: Readonly<Record<string, readonly [readonly string[], boolean]>> = {
  CA: [['King St W', 'Queen St E', 'Yonge St', 'Rue Saint-Denis', 'Main St', 'Bank St'], true],
  GB: [['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Mill Lane'], true],
  AU: [['George St', 'Chapel St', 'Oxford St', 'Brunswick St', 'Pacific Hwy'], true],
  IL: [['Herzl St', 'Rothschild Blvd', 'Jabotinsky St', 'Ben Yehuda St', 'Rabbi Akiva St'], true],
  DE: [['Hauptstraße', 'Schillerstraße', 'Gartenstraße', 'Bahnhofstraße', 'Lindenallee'], false],
  FR: [['rue de la République', 'avenue Jean Jaurès', 'rue Victor Hugo', 'boulevard Voltaire'], true],
  NL: [['Hoofdstraat', 'Kerkstraat', 'Prinsengracht', 'Stationsweg'], false],
  ES: [['Calle Mayor', 'Calle de Alcalá', 'Avenida Diagonal', 'Calle Real'], false],
  IT: [['Via Roma', 'Via Garibaldi', 'Corso Italia', 'Via Dante'], false],
  MX: [['Av. Insurgentes Sur', 'Calle Morelos', 'Av. Juárez', 'Calle Hidalgo'], false],
  BR: [['Rua Augusta', 'Av. Paulista', 'Rua das Flores', 'Rua Oscar Freire'], false],
  CL: [['Av. Providencia', 'Calle Merced', 'Av. Apoquindo'], false],
  CO: [['Carrera 7', 'Calle 85', 'Carrera 43A'], false],
  AR: [['Av. Corrientes', 'Av. Santa Fe', 'Calle Florida'], false],
};

/** A home abroad. */
export function marketAddress(rng: Rng, m: Market): Address {
  const t = rng.pick(m.towns);
  const [streets, first] = STREETS_ABROAD[m.country] ?? [['Main St'], true];
  const street = rng.pick(streets);
  const n = rng.int(1, 240);
  return {
    country: m.country,
    postalCode: rng.pick(t.zips),
    city: t.city,
    line1: first ? `${n} ${street}` : `${street} ${n}`,
  };
}

/**
 * Addresses fraud rings use in the US: reshipping mules' apartments and a few drop houses in states without
 * sales tax or near the airports, reused across a crew's orders.
 */
export const DROPS: readonly Address[] = [
  { country: 'US', postalCode: '07103', city: 'Newark', line1: '118 Hillside Ave Apt 2' },
  { country: 'US', postalCode: '07306', city: 'Jersey City', line1: '2850 Kennedy Blvd Apt 4C' },
  { country: 'US', postalCode: '19720', city: 'New Castle', line1: '31 Colonial Ave' },
  { country: 'US', postalCode: '19801', city: 'Wilmington', line1: '1201 N Orange St Ste 7' },
  { country: 'US', postalCode: '97220', city: 'Portland', line1: '11015 NE Sandy Blvd' },
  { country: 'US', postalCode: '97230', city: 'Portland', line1: '14330 NE Glisan St Apt 12' },
  { country: 'US', postalCode: '30349', city: 'College Park', line1: '5400 Old National Hwy Apt 1108' },
  { country: 'US', postalCode: '77072', city: 'Houston', line1: '12500 Bellaire Blvd Apt 326' },
  { country: 'US', postalCode: '33169', city: 'Miami Gardens', line1: '17401 NW 2nd Ave Apt 5' },
  { country: 'US', postalCode: '11434', city: 'Jamaica', line1: '147-20 Rockaway Blvd Ste 2' },
  { country: 'US', postalCode: '11691', city: 'Far Rockaway', line1: '15-10 Central Ave Apt 3' },
  { country: 'US', postalCode: '60619', city: 'Chicago', line1: '8100 S Cottage Grove Ave Apt 2' },
];

/** Comprehensively sanctioned jurisdictions: the store may not sell to, bill in or ship to them. */
export const SANCTIONED = ['RU', 'BY', 'IR', 'SY', 'CU', 'KP'] as const;
export type Sanctioned = (typeof SANCTIONED)[number];

/** Homes in sanctioned jurisdictions (only the sanctioned_country kind uses them). */
export const SANCTIONED_HOMES: Readonly<Record<Sanctioned, readonly Address[]>> = {
  RU: [
    { country: 'RU', postalCode: '101000', city: 'Moscow', line1: 'ul. Myasnitskaya 24' },
    { country: 'RU', postalCode: '190000', city: 'Saint Petersburg', line1: 'nab. Moyki 58' },
    { country: 'RU', postalCode: '620014', city: 'Yekaterinburg', line1: 'ul. Malysheva 51' },
  ],
  BY: [{ country: 'BY', postalCode: '220030', city: 'Minsk', line1: 'pr. Nezavisimosti 11' }],
  IR: [
    { country: 'IR', postalCode: '1136953911', city: 'Tehran', line1: 'Enghelab St 112' },
    { country: 'IR', postalCode: '8174673441', city: 'Isfahan', line1: 'Chaharbagh Abbasi 40' },
  ],
  SY: [{ country: 'SY', postalCode: '0100', city: 'Damascus', line1: 'Baghdad St 17' }],
  CU: [{ country: 'CU', postalCode: '10400', city: 'La Habana', line1: 'Calle 23 No. 502' }],
  KP: [{ country: 'KP', postalCode: '999093', city: 'Pyongyang', line1: 'Sungri St' }],
};

/** Transit forwarders next to sanctioned markets: where such parcels are sent to be carried on. */
export const TRANSIT: readonly Address[] = [
  { country: 'KZ', postalCode: '050000', city: 'Almaty', line1: 'Dostyk Ave 38 office 412' },
  { country: 'AM', postalCode: '0010', city: 'Yerevan', line1: 'Tigran Mets Ave 21' },
  { country: 'KG', postalCode: '720001', city: 'Bishkek', line1: 'Chuy Ave 114' },
  { country: 'GE', postalCode: '0108', city: 'Tbilisi', line1: 'Rustaveli Ave 10' },
  { country: 'AE', postalCode: '00000', city: 'Dubai', line1: 'Al Qusais Industrial Area 2, WH 14' },
  { country: 'TR', postalCode: '34000', city: 'Istanbul', line1: 'Halkali Cad. 201' },
  { country: 'LB', postalCode: '1107', city: 'Beirut', line1: 'Corniche el Nahr 31' },
  { country: 'LT', postalCode: '01100', city: 'Vilnius', line1: 'Gedimino pr. 9' },
];
