import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the shop's buyers live: each market's UTC offset in late October / early November, the currency its
 * buyers see (dollars by default; euros in the euro area; lira at home), site locale, cities with postal-code
 * stems, streets and names. The shop itself is in the Arasta Bazaar, Sultanahmet, Istanbul.
 */

export type Country =
  'US' | 'GB' | 'DE' | 'FR' | 'NL' | 'IT' | 'AU' | 'CA' | 'AE' | 'SA' | 'QA' | 'KW' | 'TR';
export type Currency = 'USD' | 'EUR' | 'TRY';

export interface Market {
  tz: number;
  locale: string;
  /** Share of euro-priced checkouts among this market's buyers (the rest in dollars; TR in lira). */
  euro: number;
  cities: ReadonlyArray<readonly [string, string]>;
  streets: readonly string[];
  first: readonly string[];
  last: readonly string[];
  mail: readonly string[];
}

const WEBMAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.com'];

export const MARKETS: Readonly<Record<Country, Market>> = {
  US: {
    tz: -5,
    locale: 'en-US',
    euro: 0,
    cities: [
      ['New York', '100'],
      ['Brooklyn', '112'],
      ['Los Angeles', '900'],
      ['San Francisco', '941'],
      ['Chicago', '606'],
      ['Boston', '021'],
      ['Austin', '787'],
      ['Seattle', '981'],
      ['Washington', '200'],
      ['Denver', '802'],
      ['Atlanta', '303'],
      ['Scottsdale', '852'],
      ['Naples', '341'],
    ],
    streets: [
      'Maple Ave',
      'Park Ave',
      'Elm St',
      'Lakeview Dr',
      'Oak Ridge Rd',
      'Willow Ln',
      'Grand St',
      'Main St',
    ],
    first: [
      'Sarah',
      'Michael',
      'Jennifer',
      'David',
      'Emily',
      'James',
      'Laura',
      'Robert',
      'Megan',
      'Daniel',
      'Rachel',
    ],
    last: [
      'Miller',
      'Johnson',
      'Cohen',
      'Anderson',
      'Walker',
      'Nguyen',
      'Patel',
      'Brooks',
      'Sullivan',
      'Harris',
    ],
    mail: [...WEBMAIL, 'comcast.net', 'aol.com'],
  },
  GB: {
    tz: 0,
    locale: 'en-GB',
    euro: 0,
    cities: [
      ['London', 'SW11'],
      ['London', 'N16'],
      ['London', 'W8'],
      ['Manchester', 'M20'],
      ['Bristol', 'BS8'],
      ['Edinburgh', 'EH3'],
      ['Bath', 'BA1'],
      ['Oxford', 'OX2'],
    ],
    streets: ['Church Road', 'Victoria Street', 'Kings Road', 'Highbury Grove', 'Park Lane', 'Mill Lane'],
    first: [
      'Oliver',
      'Charlotte',
      'Harry',
      'Amelia',
      'George',
      'Sophie',
      'Thomas',
      'Hannah',
      'William',
      'Lucy',
    ],
    last: ['Smith', 'Taylor', 'Wright', 'Evans', 'Hughes', 'Clarke', 'Khan', 'Bennett', 'Turner', 'Ward'],
    mail: [...WEBMAIL, 'btinternet.com', 'sky.com'],
  },
  DE: {
    tz: 1,
    locale: 'de-DE',
    euro: 0.6,
    cities: [
      ['Berlin', '10'],
      ['Hamburg', '20'],
      ['München', '80'],
      ['Köln', '50'],
      ['Frankfurt am Main', '60'],
      ['Stuttgart', '70'],
    ],
    streets: ['Hauptstraße', 'Lindenallee', 'Schillerstraße', 'Gartenweg', 'Bergstraße', 'Kastanienallee'],
    first: ['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Laura', 'Mehmet', 'Sophie', 'Maximilian', 'Julia'],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Yılmaz', 'Becker', 'Hoffmann', 'Wagner'],
    mail: [...WEBMAIL, 'gmx.de', 'web.de', 't-online.de'],
  },
  FR: {
    tz: 1,
    locale: 'fr-FR',
    euro: 0.7,
    cities: [
      ['Paris', '75'],
      ['Lyon', '69'],
      ['Bordeaux', '33'],
      ['Nice', '06'],
      ['Marseille', '13'],
    ],
    streets: ['rue de la Paix', 'avenue Victor Hugo', 'rue des Lilas', 'boulevard Voltaire', 'rue Nationale'],
    first: ['Camille', 'Louis', 'Chloé', 'Hugo', 'Manon', 'Julien', 'Claire', 'Antoine'],
    last: ['Martin', 'Bernard', 'Dubois', 'Laurent', 'Moreau', 'Lefèvre', 'Girard', 'Roux'],
    mail: [...WEBMAIL, 'orange.fr', 'free.fr'],
  },
  NL: {
    tz: 1,
    locale: 'nl-NL',
    euro: 0.6,
    cities: [
      ['Amsterdam', '10'],
      ['Utrecht', '35'],
      ['Rotterdam', '30'],
      ['Den Haag', '25'],
    ],
    streets: ['Keizersgracht', 'Prinsengracht', 'Kerkstraat', 'Dorpsstraat', 'Oudegracht'],
    first: ['Daan', 'Emma', 'Sem', 'Julia', 'Lars', 'Sanne', 'Bram', 'Fleur'],
    last: ['de Jong', 'Jansen', 'de Vries', 'Bakker', 'Visser', 'Smit', 'Meijer'],
    mail: [...WEBMAIL, 'ziggo.nl', 'kpnmail.nl'],
  },
  IT: {
    tz: 1,
    locale: 'it-IT',
    euro: 0.7,
    cities: [
      ['Milano', '201'],
      ['Roma', '001'],
      ['Firenze', '501'],
      ['Torino', '101'],
    ],
    streets: ['Via Roma', 'Via Garibaldi', 'Corso Magenta', 'Via dei Mille', 'Via Verdi'],
    first: ['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Alessandro', 'Sara'],
    last: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo'],
    mail: [...WEBMAIL, 'libero.it', 'tiscali.it'],
  },
  AU: {
    tz: 11,
    locale: 'en-AU',
    euro: 0,
    cities: [
      ['Sydney', '20'],
      ['Melbourne', '30'],
      ['Brisbane', '40'],
      ['Perth', '60'],
      ['Adelaide', '50'],
    ],
    streets: ['George Street', 'Beach Road', 'Bay Street', 'High Street', 'Station Street'],
    first: ['Jack', 'Olivia', 'Noah', 'Chloe', 'Liam', 'Isla', 'Ethan', 'Zoe'],
    last: ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Nguyen', 'Kelly', 'Murphy'],
    mail: [...WEBMAIL, 'bigpond.com', 'optusnet.com.au'],
  },
  CA: {
    tz: -5,
    locale: 'en-CA',
    euro: 0,
    cities: [
      ['Toronto', 'M5V'],
      ['Toronto', 'M4W'],
      ['Vancouver', 'V6K'],
      ['Montréal', 'H2V'],
      ['Ottawa', 'K1S'],
    ],
    streets: ['Queen St W', 'Bloor St', 'Kitsilano Ave', 'Rue Laurier', 'Elgin St'],
    first: ['Liam', 'Emma', 'Noah', 'Olivia', 'Ethan', 'Chloé', 'Nathan', 'Ava'],
    last: ['Tremblay', 'Roy', 'Gagnon', 'Smith', 'Wong', 'Campbell', 'MacDonald'],
    mail: [...WEBMAIL, 'rogers.com', 'videotron.ca'],
  },
  AE: {
    tz: 4,
    locale: 'en-AE',
    euro: 0,
    cities: [
      ['Dubai', ''],
      ['Abu Dhabi', ''],
      ['Sharjah', ''],
    ],
    streets: [
      'Jumeirah Beach Road',
      'Al Wasl Road',
      'Emirates Hills',
      'Palm Jumeirah Frond',
      'Saadiyat Island',
    ],
    first: ['Ahmed', 'Fatima', 'Khalid', 'Mariam', 'Omar', 'Aisha', 'Priya', 'James'],
    last: ['Al Mansouri', 'Al Nuaimi', 'Al Hashimi', 'Khoury', 'Haddad', 'Menon', 'Reid'],
    mail: [...WEBMAIL, 'eim.ae'],
  },
  SA: {
    tz: 3,
    locale: 'ar-SA',
    euro: 0,
    cities: [
      ['Riyadh', '12'],
      ['Jeddah', '23'],
      ['Dammam', '32'],
    ],
    streets: ['King Fahd Road', 'Tahlia Street', 'Prince Sultan Road', 'Olaya Street'],
    first: ['Abdullah', 'Noura', 'Faisal', 'Sara', 'Mohammed', 'Reem', 'Turki'],
    last: ['Al Saud', 'Al Qahtani', 'Al Otaibi', 'Al Ghamdi', 'Al Harbi', 'Al Shehri'],
    mail: WEBMAIL,
  },
  QA: {
    tz: 3,
    locale: 'en-QA',
    euro: 0,
    cities: [
      ['Doha', ''],
      ['Al Wakrah', ''],
    ],
    streets: ['The Pearl, Porto Arabia', 'West Bay Lagoon', 'Al Waab Street'],
    first: ['Hamad', 'Maryam', 'Jassim', 'Noor', 'Tamim'],
    last: ['Al Thani', 'Al Kuwari', 'Al Marri', 'Al Sulaiti'],
    mail: WEBMAIL,
  },
  KW: {
    tz: 3,
    locale: 'ar-KW',
    euro: 0,
    cities: [
      ['Kuwait City', '1'],
      ['Salmiya', '2'],
    ],
    streets: ['Gulf Road', 'Salem Al Mubarak Street', 'Block 4 Street 12'],
    first: ['Yousef', 'Dana', 'Bader', 'Shaikha', 'Fahad'],
    last: ['Al Sabah', 'Al Ghanim', 'Al Mutairi', 'Al Ajmi'],
    mail: WEBMAIL,
  },
  TR: {
    tz: 3,
    locale: 'tr-TR',
    euro: 0,
    cities: [
      ['İstanbul', '34'],
      ['İstanbul', '34'],
      ['Ankara', '06'],
      ['İzmir', '35'],
      ['Bursa', '16'],
      ['Antalya', '07'],
      ['Bodrum', '48'],
    ],
    streets: ['Bağdat Caddesi', 'Atatürk Bulvarı', 'Cumhuriyet Caddesi', 'Nispetiye Caddesi', 'Kordon Boyu'],
    first: ['Ayşe', 'Mehmet', 'Zeynep', 'Mustafa', 'Elif', 'Emre', 'Selin', 'Burak', 'Deniz', 'Can'],
    last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Aydın', 'Öztürk', 'Arslan', 'Koç'],
    mail: [...WEBMAIL, 'yandex.com.tr', 'hotmail.com.tr'],
  },
};

/** The markets foreign buyers come from, by share of the shop's foreign customers. */
export const ABROAD: ReadonlyArray<readonly [Country, number]> = [
  ['US', 32],
  ['GB', 13],
  ['DE', 10],
  ['FR', 5],
  ['NL', 4],
  ['IT', 3],
  ['AU', 9],
  ['CA', 6],
  ['AE', 7],
  ['SA', 4],
  ['QA', 2],
  ['KW', 2],
];
export const GULF: ReadonlyArray<readonly [Country, number]> = [
  ['AE', 45],
  ['SA', 30],
  ['QA', 13],
  ['KW', 12],
];

const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

function postalCode(rng: Rng, country: Country, stem: string): string | undefined {
  switch (country) {
    case 'AE':
    case 'QA':
      return undefined;
    case 'GB':
      return `${stem} ${rng.int(1, 9)}${rng.token(2, LETTERS)}`;
    case 'CA':
      return `${stem} ${rng.int(1, 9)}${rng.token(1, LETTERS)}${rng.int(0, 9)}`;
    case 'NL':
      return `${stem}${rng.digits(2)} ${rng.token(2, LETTERS)}`;
    case 'AU':
      return `${stem}${rng.digits(2)}`;
    default:
      return `${stem}${rng.digits(5 - stem.length)}`;
  }
}

/** A home address in the market: a house number and street, city and postal code (none in the UAE or Qatar). */
export function homeAddress(rng: Rng, country: Country): Address {
  const m = MARKETS[country];
  const [city, stem] = rng.pick(m.cities);
  const postal = postalCode(rng, country, stem);
  const street = rng.pick(m.streets);
  const line1 = ['GB', 'US', 'AU', 'CA', 'AE', 'QA', 'KW', 'SA'].includes(country)
    ? `${rng.int(1, 240)} ${street}`
    : `${street} ${rng.int(1, 120)}`;
  return { country, ...(postal ? { postalCode: postal } : {}), city, line1 };
}

/** A person's name in the market. */
export const nameIn = (rng: Rng, country: Country): string =>
  `${rng.pick(MARKETS[country].first)} ${rng.pick(MARKETS[country].last)}`;

/** A plausible personal e-mail for a name. */
export function emailFor(rng: Rng, name: string, country: Country): string {
  const [first = 'x', last = 'y'] = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z ]/g, '')
    .split(' ')
    .filter(Boolean);
  const style = rng.int(0, 3);
  const local =
    style === 0
      ? `${first}.${last}`
      : style === 1
        ? `${first}${last}${rng.int(1, 99)}`
        : style === 2
          ? `${first.charAt(0)}${last}`
          : `${first}_${last}${rng.int(60, 99)}`;
  return `${local}@${rng.pick(MARKETS[country].mail)}`;
}

/**
 * Freight forwarders and reshipping addresses: suites in tax-free Delaware and Oregon warehouses, Miami and JFK
 * cargo zones, a Heathrow trading estate and Dubai free-zone units; each address carries a customer code.
 */
export const FORWARDERS: ReadonlyArray<Address> = [
  { country: 'US', city: 'New Castle', postalCode: '19720', line1: '2 Penns Way Ste' },
  { country: 'US', city: 'Wilmington', postalCode: '19801', line1: '1000 N West St Ste 1200 Box' },
  { country: 'US', city: 'Portland', postalCode: '97230', line1: '15615 NE Sandy Blvd Unit' },
  { country: 'US', city: 'Tualatin', postalCode: '97062', line1: '18850 SW Teton Ave Unit' },
  { country: 'US', city: 'Doral', postalCode: '33166', line1: '8256 NW 30th Terrace Bay' },
  { country: 'US', city: 'Jamaica', postalCode: '11434', line1: '147-20 183rd St Dock' },
  { country: 'GB', city: 'Colnbrook', postalCode: 'SL3 0EB', line1: 'Unit 7 Galleymead Road, Ref' },
  { country: 'AE', city: 'Dubai', line1: 'Jebel Ali Free Zone, Warehouse RA08-' },
  { country: 'AE', city: 'Dubai', line1: 'Al Quoz Industrial 3, Shed' },
];

/** A forwarder address with the customer's suite or reference number. */
export function forwarderAddress(rng: Rng, only?: Country): Address {
  const list = only ? FORWARDERS.filter((f) => f.country === only) : FORWARDERS;
  const f = rng.pick(list.length > 0 ? list : FORWARDERS);
  return { ...f, line1: `${f.line1 ?? ''} ${rng.int(100, 9999)}` };
}

export const isForwarder = (a: { city?: string; line1?: string } | undefined): boolean =>
  !!a && FORWARDERS.some((f) => f.city === a.city && (a.line1 ?? '').startsWith(f.line1 ?? ''));
