import { type Address, type Card, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Zone } from './calendar.js';
import { type Issuer, newCard } from './cards.js';
import { type NetName, ipOf } from './networks.js';

/** Where buyers live, their names and e-mail, and the shop's base of existing accounts. */

export interface Place {
  city: string;
  postalCode: string;
  country: string;
  province: string;
  zone: Zone;
}

const place = (city: string, postalCode: string, province: string, zone: Zone, country = 'CA'): Place => ({
  city,
  postalCode,
  province,
  zone,
  country,
});

export const BEAUCE: readonly Place[] = [
  place('Saint-Georges', 'G5Y 5C4', 'QC', 'QC'),
  place('Sainte-Marie', 'G6E 3C2', 'QC', 'QC'),
  place('Beauceville', 'G5X 1N1', 'QC', 'QC'),
  place('Saint-Joseph-de-Beauce', 'G0S 2V0', 'QC', 'QC'),
  place('Vallée-Jonction', 'G0S 3J0', 'QC', 'QC'),
];

export const QUEBEC: readonly Place[] = [
  place('Montréal', 'H2X 1Y4', 'QC', 'QC'),
  place('Montréal', 'H1V 3R2', 'QC', 'QC'),
  place('Québec', 'G1R 4P5', 'QC', 'QC'),
  place('Laval', 'H7N 5H9', 'QC', 'QC'),
  place('Longueuil', 'J4K 2T3', 'QC', 'QC'),
  place('Lévis', 'G6V 6N4', 'QC', 'QC'),
  place('Sherbrooke', 'J1H 1Z1', 'QC', 'QC'),
  place('Gatineau', 'J8X 3X7', 'QC', 'QC'),
  place('Trois-Rivières', 'G9A 5H3', 'QC', 'QC'),
  place('Saguenay', 'G7H 4B1', 'QC', 'QC'),
  place('Rimouski', 'G5L 1C7', 'QC', 'QC'),
  ...BEAUCE,
];

export const ONTARIO: readonly Place[] = [
  place('Toronto', 'M5V 2T6', 'ON', 'ON'),
  place('Toronto', 'M4C 1B5', 'ON', 'ON'),
  place('Ottawa', 'K1P 5G4', 'ON', 'ON'),
  place('Mississauga', 'L5B 3C2', 'ON', 'ON'),
  place('Hamilton', 'L8P 4R5', 'ON', 'ON'),
  place('London', 'N6A 3K7', 'ON', 'ON'),
  place('Kingston', 'K7L 2Z1', 'ON', 'ON'),
  place('Sudbury', 'P3E 3L5', 'ON', 'ON'),
];

export const REST_OF_CANADA: readonly Place[] = [
  place('Moncton', 'E1C 4M3', 'NB', 'ATL'),
  place('Fredericton', 'E3B 1E5', 'NB', 'ATL'),
  place('Halifax', 'B3J 1S9', 'NS', 'ATL'),
  place('Charlottetown', 'C1A 7N8', 'PE', 'ATL'),
  place('Calgary', 'T2P 1J9', 'AB', 'AB'),
  place('Edmonton', 'T5J 0N3', 'AB', 'AB'),
  place('Vancouver', 'V6B 1A1', 'BC', 'BC'),
  place('Victoria', 'V8W 1P6', 'BC', 'BC'),
  place('Kelowna', 'V1Y 6H7', 'BC', 'BC'),
];

export const US: readonly Place[] = [
  place('New York', '10001', 'NY', 'US_E', 'US'),
  place('Boston', '02116', 'MA', 'US_E', 'US'),
  place('Burlington', '05401', 'VT', 'US_E', 'US'),
  place('Portland', '04101', 'ME', 'US_E', 'US'),
  place('Philadelphia', '19103', 'PA', 'US_E', 'US'),
  place('Albany', '12207', 'NY', 'US_E', 'US'),
  place('Hartford', '06103', 'CT', 'US_E', 'US'),
  place('Plattsburgh', '12901', 'NY', 'US_E', 'US'),
  place('Chicago', '60601', 'IL', 'US_C', 'US'),
  place('Minneapolis', '55401', 'MN', 'US_C', 'US'),
  place('Dallas', '75201', 'TX', 'US_C', 'US'),
  place('Milwaukee', '53202', 'WI', 'US_C', 'US'),
  place('Seattle', '98101', 'WA', 'US_P', 'US'),
  place('San Francisco', '94103', 'CA', 'US_P', 'US'),
  place('Portland', '97205', 'OR', 'US_P', 'US'),
  place('Los Angeles', '90012', 'CA', 'US_P', 'US'),
];

export const FLORIDA: readonly Place[] = [
  place('Fort Lauderdale', '33301', 'FL', 'FL', 'US'),
  place('Hollywood', '33019', 'FL', 'FL', 'US'),
  place('Pompano Beach', '33062', 'FL', 'FL', 'US'),
  place('Boca Raton', '33432', 'FL', 'FL', 'US'),
  place('Fort Myers', '33901', 'FL', 'FL', 'US'),
  place('St. Petersburg', '33701', 'FL', 'FL', 'US'),
  place('Delray Beach', '33444', 'FL', 'FL', 'US'),
];

export const FRANCE: readonly Place[] = [
  place('Paris', '75011', 'IDF', 'FR', 'FR'),
  place('Lyon', '69002', 'ARA', 'FR', 'FR'),
  place('Bordeaux', '33000', 'NAQ', 'FR', 'FR'),
  place('Nantes', '44000', 'PDL', 'FR', 'FR'),
];

/** Mail-forwarding and reshipping addresses: US states without sales tax, and a GTA warehouse unit. */
export const FORWARDERS: ReadonlyArray<Place & { line1: string }> = [
  { ...place('Wilmington', '19801', 'DE', 'US_E', 'US'), line1: '1201 N Orange St Ste 7' },
  { ...place('New Castle', '19720', 'DE', 'US_E', 'US'), line1: '15 Commons Blvd Unit' },
  { ...place('Portland', '97218', 'OR', 'US_P', 'US'), line1: '7000 NE Airport Way Ste' },
  { ...place('Mississauga', 'L4W 5K4', 'ON', 'ON'), line1: '5100 Orbitor Dr Unit' },
];

const FR_STREETS = [
  'rue Principale',
  'boulevard Lacroix',
  'rue Saint-Denis',
  'avenue du Parc',
  '1re Avenue',
  'rue des Érables',
  'rang Saint-Joseph',
  'rue Notre-Dame',
];
const EN_STREETS = [
  'Main St',
  'Maple Ave',
  'Oak St',
  'King St W',
  'Queen St E',
  'Elm St',
  'Park Ave',
  'Lakeshore Rd',
];

export const addressAt = (rng: Rng, p: Place, line1?: string): Address => ({
  country: p.country,
  postalCode: p.postalCode,
  city: p.city,
  line1:
    line1 !== undefined
      ? `${line1} ${rng.int(100, 999)}`
      : `${rng.int(2, 9899)} ${rng.pick(p.province === 'QC' || p.country === 'FR' ? FR_STREETS : EN_STREETS)}`,
});

export type Culture = 'qc' | 'en' | 'us' | 'fr' | 'ru' | 'fa' | 'es';

const FIRST: Readonly<Record<Culture, readonly string[]>> = {
  qc: [
    'Marie',
    'Sylvie',
    'Julie',
    'Nathalie',
    'Isabelle',
    'Catherine',
    'Émilie',
    'Léa',
    'Jean',
    'Pierre',
    'Michel',
    'Luc',
    'Stéphane',
    'Mathieu',
    'Gabriel',
    'Réjean',
    'Denis',
    'Ginette',
  ],
  en: [
    'Sarah',
    'Jennifer',
    'Emily',
    'Karen',
    'Michelle',
    'David',
    'Michael',
    'James',
    'Ryan',
    'Kevin',
    'Brian',
    'Heather',
  ],
  us: [
    'Ashley',
    'Jessica',
    'Linda',
    'Patricia',
    'Amanda',
    'John',
    'Robert',
    'William',
    'Christopher',
    'Matthew',
    'Daniel',
    'Tyler',
  ],
  fr: ['Camille', 'Manon', 'Chloé', 'Sophie', 'Nicolas', 'Julien', 'Thomas', 'Antoine', 'Guillaume'],
  ru: ['Dmitry', 'Sergey', 'Alexey', 'Andrei', 'Elena', 'Olga', 'Natalia', 'Tatiana', 'Ivan'],
  fa: ['Reza', 'Ali', 'Mehdi', 'Sara', 'Maryam', 'Narges', 'Hossein', 'Parisa'],
  es: ['Yanelis', 'Yoandry', 'Dayana', 'Osmany', 'Yusleidy', 'Raúl', 'Mayelín'],
};
const LAST: Readonly<Record<Culture, readonly string[]>> = {
  qc: [
    'Tremblay',
    'Gagnon',
    'Roy',
    'Côté',
    'Bouchard',
    'Gauthier',
    'Morin',
    'Lavoie',
    'Fortin',
    'Poulin',
    'Veilleux',
    'Bolduc',
    'Cliche',
    'Lessard',
    'Vachon',
    'Doyon',
    'Giguère',
    'Rodrigue',
  ],
  en: [
    'Smith',
    'Brown',
    'Wilson',
    'MacDonald',
    'Campbell',
    'Anderson',
    'Taylor',
    'Thompson',
    'Martin',
    'Stewart',
  ],
  us: [
    'Johnson',
    'Williams',
    'Miller',
    'Davis',
    'Garcia',
    'Rodriguez',
    'Martinez',
    'Moore',
    'Jackson',
    'White',
    'Harris',
    'Clark',
  ],
  fr: ['Dubois', 'Lefebvre', 'Moreau', 'Laurent', 'Girard', 'Bonnet', 'Mercier', 'Fontaine'],
  ru: ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Sokolov', 'Volkova', 'Morozova', 'Novikov'],
  fa: ['Hosseini', 'Mohammadi', 'Rezaei', 'Karimi', 'Ahmadi', 'Moradi', 'Jafari'],
  es: ['Pérez', 'González', 'Hernández', 'Díaz', 'Fernández', 'Rodríguez', 'Castillo'],
};
const MAIL: Readonly<Record<Culture, ReadonlyArray<readonly [string, number]>>> = {
  qc: [
    ['gmail.com', 35],
    ['videotron.ca', 15],
    ['hotmail.com', 22],
    ['outlook.com', 8],
    ['sympatico.ca', 6],
    ['yahoo.ca', 6],
    ['icloud.com', 8],
  ],
  en: [
    ['gmail.com', 45],
    ['hotmail.com', 12],
    ['outlook.com', 10],
    ['rogers.com', 10],
    ['shaw.ca', 6],
    ['icloud.com', 10],
    ['bell.net', 7],
  ],
  us: [
    ['gmail.com', 50],
    ['yahoo.com', 15],
    ['icloud.com', 12],
    ['comcast.net', 8],
    ['aol.com', 6],
    ['outlook.com', 9],
  ],
  fr: [
    ['gmail.com', 40],
    ['orange.fr', 20],
    ['free.fr', 15],
    ['hotmail.fr', 15],
    ['laposte.net', 10],
  ],
  ru: [
    ['mail.ru', 40],
    ['yandex.ru', 40],
    ['gmail.com', 20],
  ],
  fa: [
    ['gmail.com', 80],
    ['yahoo.com', 20],
  ],
  es: [
    ['nauta.cu', 50],
    ['gmail.com', 50],
  ],
};

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

export interface Person {
  name: string;
  email: string;
}

export function person(rng: Rng, culture: Culture): Person {
  const first = rng.pick(FIRST[culture]);
  const last = rng.pick(LAST[culture]);
  const domain = rng.weightedPick(MAIL[culture]);
  const local = rng.weightedPick<string>([
    [`${plain(first)}.${plain(last)}`, 40],
    [`${plain(first)}${plain(last)}${rng.int(1, 99)}`, 30],
    [`${plain(first).charAt(0)}${plain(last)}`, 20],
    [`${plain(last)}.${plain(first)}${rng.int(1950, 2004)}`, 10],
  ]);
  return { name: `${first} ${last}`, email: `${local}@${domain}` };
}

const UAS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 15; SM-S921W) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36 Edg/133.0.0.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15',
  'Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 Mobile/15E148 Safari/604.1',
];

/** A browser, with the store's fingerprint id most of the time (blocked by some privacy settings). */
export const newDevice = (rng: Rng, ua?: string): Device => ({
  userAgent: ua ?? rng.weightedPick(UAS.map((u, i) => [u, [30, 18, 22, 6, 14, 10][i] ?? 1] as const)),
  ...(rng.chance(0.88) ? { id: `dv_${rng.token(22)}` } : {}),
});

export const HEADLESS =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36';

/** An existing account of the shop: where its holder lives, cards saved, devices and home network. */
export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  home: Place;
  address: Address;
  culture: Culture;
  cards: Card[];
  devices: Device[];
  homeIp: string;
  homeNet: NetName;
  mobileNet: NetName;
}

export function homeNetOf(rng: Rng, p: Place): NetName {
  if (p.country === 'US') return rng.pick<NetName>(['us-cable', 'us-cable-2', 'us-fibre']);
  if (p.province === 'QC')
    return rng.weightedPick<NetName>([
      ['qc-cable', 45],
      ['ca-dsl-fibre', 35],
      ['qc-on-cable-2', 12],
      ['ca-regional-fixed', 8],
    ]);
  if (p.province === 'ON') return rng.pick<NetName>(['on-cable', 'ca-dsl-fibre', 'qc-on-cable-2']);
  if (p.zone === 'ATL') return 'ca-dsl-fibre';
  return rng.pick<NetName>(['west-cable', 'west-dsl']);
}

const issuerOf = (p: Place): Issuer => (p.country === 'US' ? 'US' : 'CA');

export function newAccount(rng: Rng, id: string, home: Place, culture: Culture, createdAt: number): Account {
  const who = person(rng, culture);
  const homeNet = homeNetOf(rng, home);
  const issuer = issuerOf(home);
  const cards = [newCard(rng, rng.chance(0.15) && issuer === 'CA' ? 'CA_DEBIT' : issuer)];
  if (rng.chance(0.35)) cards.push(newCard(rng, issuer));
  return {
    id,
    ...who,
    createdAt,
    home,
    address: addressAt(rng, home),
    culture,
    cards,
    devices: rng.chance(0.4) ? [newDevice(rng), newDevice(rng)] : [newDevice(rng)],
    homeIp: ipOf(rng, homeNet),
    homeNet,
    mobileNet: home.country === 'US' ? 'us-mobile' : 'ca-mobile',
  };
}

export type Segment = 'quebec' | 'canada' | 'us' | 'trade';

export interface Base {
  quebec: Account[];
  canada: Account[];
  us: Account[];
  /** Every account, for takeovers and abuse. */
  all: Account[];
}

/**
 * One account for every three orders expected, opened from eight years to three weeks before the season (the
 * online shop opened in 2019; many opened during the pandemic springs).
 */
export function customerBase(rng: Rng, start: number, orders: number): Base {
  const n = Math.max(30, Math.round(orders / 3));
  const base: Base = { quebec: [], canada: [], us: [], all: [] };
  for (let i = 0; i < n; i++) {
    const seg = rng.weightedPick<'quebec' | 'canada' | 'us'>([
      ['quebec', 55],
      ['canada', 28],
      ['us', 17],
    ]);
    const home =
      seg === 'quebec'
        ? rng.pick(QUEBEC)
        : seg === 'canada'
          ? rng.pick(rng.chance(0.55) ? ONTARIO : REST_OF_CANADA)
          : rng.pick(US);
    const culture: Culture =
      seg === 'quebec'
        ? rng.chance(0.88)
          ? 'qc'
          : 'en'
        : seg === 'us'
          ? 'us'
          : rng.chance(0.15)
            ? 'qc'
            : 'en';
    const age = rng.chance(0.3) ? rng.int(21, 365) : rng.int(366, 8 * 365);
    const a = newAccount(rng, `cus_${rng.token(12)}`, home, culture, start - age * DAY - rng.int(0, DAY));
    base[seg].push(a);
    base.all.push(a);
  }
  return base;
}
