import { type Address, type Card, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { HOME_NETWORKS, ipOn, MOBILE_NETWORKS } from './networks.js';

/** The store's customers: where they live, their names, cards, phones and computers, and the account base. */

const CITIES: Record<string, ReadonlyArray<readonly [string, string, number]>> = {
  RS: [
    ['Beograd', '11000', 30],
    ['Novi Beograd', '11070', 10],
    ['Zemun', '11080', 5],
    ['Novi Sad', '21000', 12],
    ['Niš', '18000', 8],
    ['Kragujevac', '34000', 5],
    ['Subotica', '24000', 3],
    ['Zrenjanin', '23000', 3],
    ['Pančevo', '26000', 3],
    ['Čačak', '32000', 3],
    ['Kraljevo', '36000', 2],
    ['Novi Pazar', '36300', 2],
    ['Smederevo', '11300', 2],
    ['Leskovac', '16000', 2],
    ['Valjevo', '14000', 2],
    ['Kruševac', '37000', 2],
    ['Šabac', '15000', 2],
    ['Užice', '31000', 2],
    ['Sombor', '25000', 1],
    ['Vranje', '17500', 1],
  ],
  ME: [
    ['Podgorica', '81000', 5],
    ['Nikšić', '81400', 2],
    ['Budva', '85310', 1],
    ['Bar', '85000', 1],
  ],
  BA: [
    ['Banja Luka', '78000', 4],
    ['Sarajevo', '71000', 3],
    ['Bijeljina', '76300', 2],
    ['Tuzla', '75000', 1],
    ['Trebinje', '89101', 1],
  ],
  MK: [
    ['Skopje', '1000', 5],
    ['Bitola', '7000', 1],
    ['Kumanovo', '1300', 1],
  ],
  DE: [
    ['München', '80331', 2],
    ['Stuttgart', '70173', 2],
    ['Frankfurt am Main', '60311', 1],
    ['Berlin', '10115', 1],
  ],
  AT: [
    ['Wien', '1100', 4],
    ['Linz', '4020', 1],
    ['Salzburg', '5020', 1],
  ],
  CH: [
    ['Zürich', '8004', 2],
    ['Basel', '4051', 1],
    ['Luzern', '6003', 1],
  ],
  US: [
    ['Houston', '77002', 1],
    ['Chicago', '60601', 1],
    ['Miami', '33130', 1],
  ],
  GB: [
    ['London', 'E1 6AN', 2],
    ['Manchester', 'M1 1AE', 1],
  ],
  RU: [
    ['Moskva', '101000', 3],
    ['Sankt-Peterburg', '190000', 1],
  ],
  BY: [['Minsk', '220030', 1]],
};

const STREETS: Record<string, readonly string[]> = {
  RS: [
    'Bulevar kralja Aleksandra',
    'Nemanjina',
    'Kneza Miloša',
    'Cara Dušana',
    'Vojvode Stepe',
    'Bulevar oslobođenja',
    'Njegoševa',
    'Karađorđeva',
    'Svetog Save',
    'Jurija Gagarina',
    'Omladinskih brigada',
    'Vojvode Mišića',
    'Kralja Petra I',
    'Takovska',
  ],
  ME: ['Bulevar Svetog Petra Cetinjskog', 'Njegoševa', 'Hercegovačka', 'Jadranski put'],
  BA: ['Kralja Petra I Karađorđevića', 'Ferhadija', 'Gundulićeva', 'Vidovdanska'],
  MK: ['Bulevar Partizanski Odredi', 'Ilindenska', 'Makedonija', 'Goce Delčev'],
  DE: ['Landsberger Straße', 'Hauptstraße', 'Bahnhofstraße', 'Schillerstraße'],
  AT: ['Favoritenstraße', 'Ottakringer Straße', 'Landstraßer Hauptstraße', 'Quellenstraße'],
  CH: ['Badenerstrasse', 'Langstrasse', 'Hohlstrasse'],
  US: ['Main Street', 'Oak Avenue', 'Maple Drive'],
  GB: ['High Street', 'Station Road', 'Church Lane'],
  RU: ['ulitsa Tverskaya', 'Leninsky prospekt', 'ulitsa Arbat'],
  BY: ['prospekt Nezavisimosti', 'ulitsa Kalvariyskaya'],
};

/** An address in `country`, in a city drawn by population (or the one given). */
export function addressIn(rng: Rng, country: string, city?: string): Address {
  const cities = CITIES[country] ?? [];
  const [name, postalCode] = city
    ? (cities.find(([c]) => c === city) ?? rng.weightedPick(cities.map((c) => [c, c[2]] as const)))
    : rng.weightedPick(cities.map((c) => [c, c[2]] as const));
  const street = rng.pick(STREETS[country] ?? ['Main Street']);
  const flat = country === 'RS' && rng.chance(0.6) ? `/${rng.int(1, 40)}` : '';
  return { country, postalCode, city: name, line1: `${street} ${rng.int(1, 180)}${flat}` };
}

const FIRST = [
  'Marko',
  'Nikola',
  'Stefan',
  'Luka',
  'Miloš',
  'Aleksandar',
  'Nemanja',
  'Dragan',
  'Zoran',
  'Milan',
  'Dejan',
  'Vladimir',
  'Ivan',
  'Jovan',
  'Petar',
  'Dušan',
  'Goran',
  'Srđan',
  'Ana',
  'Milica',
  'Jelena',
  'Marija',
  'Jovana',
  'Ivana',
  'Tijana',
  'Dragana',
  'Snežana',
  'Gordana',
  'Katarina',
  'Teodora',
  'Sanja',
  'Maja',
  'Vesna',
  'Nataša',
  'Tamara',
  'Branka',
];
const LAST = [
  'Jovanović',
  'Petrović',
  'Nikolić',
  'Marković',
  'Đorđević',
  'Stojanović',
  'Ilić',
  'Stanković',
  'Pavlović',
  'Milošević',
  'Popović',
  'Kostić',
  'Todorović',
  'Lazić',
  'Ristić',
  'Simić',
  'Radovanović',
  'Mitrović',
  'Vuković',
  'Savić',
  'Živković',
  'Obradović',
  'Kovačević',
  'Đukić',
  'Tomić',
  'Babić',
  'Janković',
  'Filipović',
];
const FOREIGN: Record<string, readonly string[]> = {
  US: ['James Miller', 'Linda Johnson', 'Robert Davis', 'Patricia Wilson', 'Michael Brown', 'Karen Moore'],
  GB: ['Oliver Smith', 'Emma Taylor', 'Harry Jones', 'Sophie Evans'],
  RU: ['Aleksei Smirnov', 'Dmitrii Kuznetsov', 'Olga Ivanova', 'Sergei Popov', 'Ekaterina Sokolova'],
  BY: ['Andrei Kovalenko', 'Natalia Novik', 'Pavel Shevchuk'],
  MK: [
    'Aleksandar Stojanovski',
    'Elena Petrovska',
    'Bojan Trajkovski',
    'Marija Nikolovska',
    'Goran Ristovski',
  ],
};

const ascii = (s: string): string =>
  s
    .replace(/đ/g, 'dj')
    .replace(/Đ/g, 'Dj')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export function nameIn(rng: Rng, country: string): string {
  const foreign = FOREIGN[country];
  if (foreign) return rng.pick(foreign);
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

const DOMAINS: Record<string, ReadonlyArray<readonly [string, number]>> = {
  RS: [
    ['gmail.com', 70],
    ['yahoo.com', 8],
    ['hotmail.com', 6],
    ['outlook.com', 4],
    ['eunet.rs', 3],
    ['open.telekom.rs', 3],
    ['sbb.rs', 3],
    ['mts.rs', 2],
    ['icloud.com', 3],
  ],
  other: [
    ['gmail.com', 70],
    ['hotmail.com', 10],
    ['outlook.com', 8],
    ['yahoo.com', 6],
    ['icloud.com', 6],
  ],
};

export function emailFor(rng: Rng, name: string, country: string): string {
  const [first = 'kupac', last = ''] = ascii(name).split(' ');
  const domain = rng.weightedPick(DOMAINS[country === 'RS' ? 'RS' : 'other'] ?? []);
  const local = rng.weightedPick<string>([
    [`${first}.${last}`, 35],
    [`${first}${last}${rng.int(70, 99)}`, 20],
    [`${first}.${last}${rng.int(1, 99)}`, 20],
    [`${first[0] ?? 'k'}${last}`, 15],
    [`${first}_${rng.int(1980, 2006)}`, 10],
  ]);
  return `${local}@${domain}`;
}

/** Card issuers by country: BIN, brand, and whether the card can be split into instalments at checkout. */
interface Issuer {
  bin: string;
  brand: 'visa' | 'mastercard' | 'dinacard' | 'maestro' | 'mir';
  bank: string;
  instalments: boolean;
}

const issuer = (bin: string, brand: Issuer['brand'], bank: string, instalments = false): Issuer => ({
  bin,
  brand,
  bank,
  instalments,
});

export const ISSUERS: Record<string, readonly Issuer[]> = {
  RS: [
    issuer('989120', 'dinacard', 'Poštanska štedionica'),
    issuer('989133', 'dinacard', 'Banca Intesa'),
    issuer('989150', 'dinacard', 'Komercijalna'),
    issuer('422052', 'visa', 'Banca Intesa', true),
    issuer('450824', 'visa', 'Raiffeisen', true),
    issuer('477598', 'visa', 'OTP banka', true),
    issuer('408965', 'visa', 'AIK banka'),
    issuer('523700', 'mastercard', 'UniCredit', true),
    issuer('535133', 'mastercard', 'Banca Intesa', true),
    issuer('546710', 'mastercard', 'Erste'),
    issuer('557421', 'mastercard', 'Raiffeisen', true),
  ],
  ME: [issuer('404231', 'visa', 'CKB'), issuer('518925', 'mastercard', 'Erste ME')],
  BA: [issuer('428437', 'visa', 'UniCredit BA'), issuer('549831', 'mastercard', 'Raiffeisen BA')],
  MK: [issuer('410316', 'visa', 'Stopanska'), issuer('529905', 'mastercard', 'Komercijalna MK')],
  DE: [issuer('492172', 'visa', 'Sparkasse'), issuer('535522', 'mastercard', 'DKB')],
  AT: [issuer('450879', 'visa', 'Erste AT'), issuer('520413', 'mastercard', 'Raiffeisen AT')],
  CH: [issuer('404159', 'visa', 'UBS'), issuer('552251', 'mastercard', 'PostFinance')],
  US: [
    issuer('414720', 'visa', 'US bank'),
    issuer('426684', 'visa', 'US bank'),
    issuer('517805', 'mastercard', 'US bank'),
  ],
  GB: [issuer('465944', 'visa', 'UK bank'), issuer('522371', 'mastercard', 'UK bank')],
  RU: [issuer('220070', 'mir', 'RU bank'), issuer('427638', 'visa', 'RU bank')],
  BY: [issuer('425793', 'visa', 'BY bank')],
};

export interface HeldCard extends Card {
  bank: string;
  instalments: boolean;
}

export function cardOf(rng: Rng, country: string, pick?: (i: Issuer) => boolean): HeldCard {
  const all = ISSUERS[country] ?? [];
  const fits = pick ? all.filter(pick) : all;
  const i = rng.pick(fits.length > 0 ? fits : all);
  return {
    bin: i.bin,
    last4: rng.digits(4),
    brand: i.brand,
    country,
    fingerprint: `cf_${rng.token(16)}`,
    bank: i.bank,
    instalments: i.instalments,
  };
}

const ANDROID = [
  'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 14; 23129RAA4G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 13; SM-A145R) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 15; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
];
const IPHONE = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
];
const DESKTOP = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
];
const APP = ['TehnoKutak/5.14.2 (Android 14; SM-A556B)', 'TehnoKutak/5.14.1 (iOS 18.1; iPhone15,3)'];

export type Screen = 'android' | 'iphone' | 'desktop' | 'app';

/** A device: the app always sends its install id; the web fingerprint script most of the time. */
export function deviceOf(rng: Rng, screen?: Screen): Device & { screen: Screen } {
  const s =
    screen ??
    rng.weightedPick<Screen>([
      ['android', 40],
      ['iphone', 14],
      ['desktop', 34],
      ['app', 12],
    ]);
  const ua = rng.pick(s === 'android' ? ANDROID : s === 'iphone' ? IPHONE : s === 'desktop' ? DESKTOP : APP);
  const id = s === 'app' ? `app-${rng.token(20)}` : rng.chance(0.88) ? `fp_${rng.token(22)}` : undefined;
  return { userAgent: ua, ...(id ? { id } : {}), screen: s };
}

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  country: string;
  home: Address;
  /** Where a diaspora account sends parcels: the family at home in Serbia. */
  family?: Address;
  devices: Array<Device & { screen: Screen }>;
  homeIp: string;
  mobileNetwork: string;
  cards: HeldCard[];
}

/** One account for every four orders expected: opened three weeks to nine years before the season. */
export function accountBase(rng: Rng, start: number, orders: number): Account[] {
  const count = Math.max(40, Math.ceil(orders / 4));
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`a${i}`);
    const country = r.weightedPick<string>([
      ['RS', 80],
      ['ME', 5],
      ['BA', 6],
      ['MK', 3],
      ['DE', 3],
      ['AT', 2],
      ['CH', 1],
    ]);
    const name = nameIn(r, country);
    const home = addressIn(r, country);
    const diaspora = ['DE', 'AT', 'CH'].includes(country);
    const devices = [deviceOf(r)];
    if (r.chance(0.45)) devices.push(deviceOf(r));
    const cards = [cardOf(r, country)];
    if (r.chance(0.3)) cards.push(cardOf(r, country));
    return {
      id: `k${100_000 + i * 7 + r.int(0, 6)}`,
      email: emailFor(r, name, country),
      name,
      createdAt: start - Math.floor(r.float(21, 9 * 365) * DAY),
      country,
      home,
      ...(diaspora ? { family: addressIn(r, 'RS') } : {}),
      devices,
      homeIp: ipOn(r, r.weightedPick(HOME_NETWORKS[country] ?? [])),
      mobileNetwork: r.weightedPick(MOBILE_NETWORKS[country] ?? []),
      cards,
    };
  });
}
