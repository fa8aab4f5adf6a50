import { type Address, type Card, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { address, type Network, networksOf } from './networks.js';

/** Places, names, cards and devices, and the shop's base of accounts. */

type Town = readonly [city: string, postal: string, weight: number];

const MA_TOWNS: readonly Town[] = [
  ['Casablanca', '20250', 24],
  ['Rabat', '10090', 10],
  ['Marrakech', '40000', 10],
  ['Tanger', '90060', 8],
  ['Fès', '30050', 7],
  ['Agadir', '80000', 7],
  ['Meknès', '50000', 4],
  ['Oujda', '60000', 4],
  ['Kénitra', '14000', 4],
  ['Tétouan', '93000', 4],
  ['Nador', '62000', 4],
  ['Al Hoceïma', '32000', 2],
  ['El Jadida', '24000', 3],
  ['Safi', '46000', 2],
  ['Béni Mellal', '23000', 2],
  ['Salé', '11000', 5],
  ['Mohammédia', '28810', 3],
  ['Laâyoune', '70000', 1],
];

const ABROAD_TOWNS: Record<string, readonly Town[]> = {
  FR: [
    ['Paris', '75011', 10],
    ['Saint-Denis', '93200', 5],
    ['Lyon', '69003', 6],
    ['Marseille', '13003', 6],
    ['Montpellier', '34000', 4],
    ['Toulouse', '31000', 4],
    ['Lille', '59000', 3],
    ['Bordeaux', '33000', 3],
    ['Nice', '06000', 2],
    ['Strasbourg', '67000', 2],
    ['Argenteuil', '95100', 3],
    ['Orléans', '45000', 2],
  ],
  BE: [
    ['Bruxelles', '1000', 6],
    ['Anderlecht', '1070', 4],
    ['Molenbeek-Saint-Jean', '1080', 4],
    ['Antwerpen', '2000', 4],
    ['Liège', '4000', 3],
    ['Charleroi', '6000', 2],
  ],
  ES: [
    ['Madrid', '28005', 6],
    ['Barcelona', '08001', 5],
    ['Málaga', '29001', 3],
    ['Almería', '04001', 2],
    ['Murcia', '30001', 2],
    ['Valencia', '46001', 3],
  ],
  NL: [
    ['Amsterdam', '1055 AB', 5],
    ['Rotterdam', '3021 CD', 4],
    ['Utrecht', '3511 EF', 3],
    ['Den Haag', '2525 GH', 3],
    ['Eindhoven', '5611 JK', 1],
  ],
  DE: [
    ['Düsseldorf', '40210', 4],
    ['Frankfurt am Main', '60311', 3],
    ['Köln', '50667', 3],
    ['Berlin', '10115', 3],
  ],
  GB: [
    ['London', 'E1 6AN', 5],
    ['Manchester', 'M1 1AE', 2],
  ],
  IT: [
    ['Milano', '20121', 4],
    ['Roma', '00184', 3],
    ['Torino', '10121', 2],
  ],
  CA: [
    ['Montréal', 'H2X 1Y4', 6],
    ['Laval', 'H7N 4Z1', 2],
    ['Toronto', 'M5V 2T6', 3],
    ['Ottawa', 'K1P 5G4', 1],
  ],
  US: [
    ['New York', '10001', 4],
    ['Brooklyn', '11201', 2],
    ['Washington', '20001', 2],
    ['Los Angeles', '90012', 2],
  ],
  RU: [
    ['Moskva', '101000', 5],
    ['Sankt-Peterburg', '190000', 3],
    ['Kazan', '420111', 1],
  ],
  BY: [
    ['Minsk', '220030', 3],
    ['Gomel', '246050', 1],
  ],
};

const MA_STREETS = ['Rue', 'Bd', 'Avenue', 'Hay', 'Lot.', 'Résidence', 'Derb'];
const MA_STREET_NAMES = [
  'Zerktouni',
  'Mohammed V',
  'Hassan II',
  'Al Massira',
  'Anfa',
  'Ibn Sina',
  'Al Qods',
  'Moulay Youssef',
  'Al Amal',
  'Riad Salam',
  'Yacoub El Mansour',
  'Al Wahda',
  'Ennakhil',
  'Oulad Ziane',
  'Al Fath',
  'Abdelmoumen',
];
const EU_STREETS: Record<string, readonly string[]> = {
  FR: [
    'rue de la République',
    'avenue Jean Jaurès',
    'rue Victor Hugo',
    'boulevard Voltaire',
    'rue des Lilas',
  ],
  BE: ['Chaussée de Gand', 'Rue de Brabant', 'Boulevard Maurice Lemonnier', 'Turnhoutsebaan'],
  ES: ['Calle Mayor', 'Calle de Alcalá', 'Avenida de Andalucía', 'Carrer de Sants'],
  NL: ['Kinkerstraat', 'Jan Evertsenstraat', 'Beijerlandselaan', 'Kanaalstraat'],
  DE: ['Ellerstraße', 'Münchener Straße', 'Keupstraße', 'Sonnenallee'],
  GB: ['Brick Lane', 'High Street', 'Oxford Road'],
  IT: ['Via Padova', 'Via Merulana', 'Corso Vercelli'],
  CA: ['rue Saint-Denis', 'boulevard Saint-Laurent', 'Queen Street West'],
  US: ['Atlantic Avenue', 'Broadway', '14th Street NW'],
  RU: ['ul. Tverskaya', 'Nevsky pr.', 'ul. Baumana'],
  BY: ['pr. Nezavisimosti', 'vul. Surhanava'],
};

/** Riads and hotels in Marrakech that take parcels for their guests. */
export const STAYS: readonly string[] = [
  'Riad Dar Zitoun, Derb Sidi Bouloukat',
  'Riad Al Mansoura, Derb Jdid, Mouassine',
  'Riad Kasbah Lalla, Derb Dabachi',
  'Riad Dar Anika, Kaat Benahid',
  'Riad Yasmine, Derb Tizougarine',
  'Riad Les Orangers, Riad Zitoun el Kedim',
  'Hôtel Le Semiramis, route de Casablanca',
  'Hôtel Almas, Avenue Mohammed VI, Hivernage',
  'Riad Noor, Derb Chtouka, Kasbah',
  'Dar Bahia, Derb Ben Amrane, Mouassine',
  'Villa Palmeraie, circuit de la Palmeraie',
];

export function townIn(rng: Rng, country: string): Address {
  const towns = country === 'MA' ? MA_TOWNS : (ABROAD_TOWNS[country] ?? []);
  const [city, postalCode] = rng.weightedPick(towns.map((t) => [t, t[2]] as const));
  const line1 =
    country === 'MA'
      ? `${rng.int(1, 180)} ${rng.pick(MA_STREETS)} ${rng.pick(MA_STREET_NAMES)}${rng.chance(0.4) ? `, Appt ${rng.int(1, 24)}` : ''}`
      : `${rng.int(1, 140)} ${rng.pick(EU_STREETS[country] ?? ['Main Street'])}`;
  return { country, postalCode, city, line1 };
}

/** A riad or hotel in Marrakech as a delivery address. */
export const stayAddress = (rng: Rng): Address => ({
  country: 'MA',
  postalCode: '40000',
  city: 'Marrakech',
  line1: rng.pick(STAYS),
});

const MA_FIRST = [
  'Youssef',
  'Fatima Zahra',
  'Mohamed',
  'Khadija',
  'Amine',
  'Salma',
  'Hamza',
  'Imane',
  'Omar',
  'Meryem',
  'Ayoub',
  'Hajar',
  'Mehdi',
  'Nadia',
  'Othmane',
  'Sara',
  'Yassine',
  'Zineb',
  'Rachid',
  'Loubna',
  'Karim',
  'Asmae',
  'Anas',
  'Houda',
  'Soufiane',
  'Ghita',
  'Badr',
  'Oumaima',
  'Ilyas',
  'Najat',
];
const MA_LAST = [
  'El Amrani',
  'Benali',
  'Alaoui',
  'Bennani',
  'Tazi',
  'Idrissi',
  'Chraibi',
  'Berrada',
  'El Fassi',
  'Ouazzani',
  'Lahlou',
  'Bouzidi',
  'Zerouali',
  'Naciri',
  'Skalli',
  'Tahiri',
  'Benjelloun',
  'Ait Ouahmane',
  'Azzouzi',
  'El Khattabi',
  'Boukhari',
  'Haddou',
  'Mansouri',
  'Ouali',
  'Rifi',
  'Ait Lahcen',
  'Tounsi',
  'Belkadi',
];
const ABROAD_NAMES: Record<string, readonly [readonly string[], readonly string[]]> = {
  FR: [
    ['Camille', 'Julien', 'Claire', 'Thomas', 'Léa', 'Nicolas', 'Sophie', 'Antoine', 'Manon', 'Hugo'],
    ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Roux', 'Fontaine', 'Garnier'],
  ],
  BE: [
    ['Lotte', 'Pieter', 'Julie', 'Maxime', 'Elise', 'Wout'],
    ['Peeters', 'Janssens', 'Maes', 'Dubois', 'Lambert', 'Claes'],
  ],
  ES: [
    ['Lucía', 'Javier', 'Marta', 'Pablo', 'Carmen', 'Diego'],
    ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Romero'],
  ],
  NL: [
    ['Sanne', 'Daan', 'Lieke', 'Bram', 'Femke', 'Joost'],
    ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Mulder'],
  ],
  DE: [
    ['Anna', 'Lukas', 'Lena', 'Jonas', 'Marie', 'Felix'],
    ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Wagner'],
  ],
  GB: [
    ['Emily', 'James', 'Olivia', 'Harry'],
    ['Smith', 'Taylor', 'Brown', 'Wilson'],
  ],
  IT: [
    ['Giulia', 'Marco', 'Chiara', 'Luca'],
    ['Rossi', 'Bianchi', 'Romano', 'Ricci'],
  ],
  CA: [
    ['Émilie', 'Olivier', 'Sarah', 'Mathieu', 'Jessica'],
    ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Campbell'],
  ],
  US: [
    ['Emma', 'Michael', 'Ashley', 'David', 'Jennifer'],
    ['Johnson', 'Williams', 'Miller', 'Davis', 'Anderson'],
  ],
  RU: [
    ['Anna', 'Dmitry', 'Olga', 'Sergey', 'Ekaterina'],
    ['Ivanova', 'Smirnov', 'Kuznetsova', 'Popov', 'Sokolova'],
  ],
  BY: [
    ['Alena', 'Pavel', 'Natallia'],
    ['Kavalenka', 'Novik', 'Marozava'],
  ],
};

export function moroccanName(rng: Rng): string {
  return `${rng.pick(MA_FIRST)} ${rng.pick(MA_LAST)}`;
}

export function nameFrom(rng: Rng, country: string): string {
  const names = ABROAD_NAMES[country];
  if (!names) return moroccanName(rng);
  return `${rng.pick(names[0])} ${rng.pick(names[1])}`;
}

const strip = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');

const MAIL: Record<string, ReadonlyArray<readonly [string, number]>> = {
  MA: [
    ['gmail.com', 70],
    ['hotmail.com', 14],
    ['yahoo.fr', 8],
    ['outlook.com', 5],
    ['menara.ma', 3],
  ],
  FR: [
    ['gmail.com', 45],
    ['hotmail.fr', 15],
    ['orange.fr', 12],
    ['yahoo.fr', 8],
    ['free.fr', 8],
    ['outlook.fr', 6],
    ['sfr.fr', 6],
  ],
  BE: [
    ['gmail.com', 55],
    ['hotmail.com', 20],
    ['skynet.be', 10],
    ['telenet.be', 15],
  ],
  NL: [
    ['gmail.com', 50],
    ['hotmail.com', 25],
    ['ziggo.nl', 15],
    ['kpnmail.nl', 10],
  ],
  DE: [
    ['gmail.com', 45],
    ['web.de', 25],
    ['gmx.de', 25],
    ['t-online.de', 5],
  ],
  ES: [
    ['gmail.com', 60],
    ['hotmail.es', 30],
    ['yahoo.es', 10],
  ],
};

/** An e-mail address people really use for a name in a country. */
export function emailFor(rng: Rng, name: string, country: string): string {
  const domain = rng.weightedPick(
    MAIL[country] ?? [
      ['gmail.com', 70],
      ['outlook.com', 20],
      ['yahoo.com', 10],
    ],
  );
  const [first = 'x', ...rest] = strip(name).split('.');
  const last = rest.join('');
  const local = rng.weightedPick<string>([
    [`${first}.${last}`, 40],
    [`${first}${last}${rng.int(1, 99)}`, 30],
    [`${first.charAt(0)}${last}`, 15],
    [`${first}.${last}${rng.int(1980, 2006)}`, 15],
  ]);
  return `${local}@${domain}`;
}

/** BINs by issuing country: the model's own lists (Visa 4…, Mastercard 5…, UnionPay 62…). */
const BINS: Record<string, ReadonlyArray<readonly [string, string]>> = {
  MA: [
    ['457821', 'visa'],
    ['409635', 'visa'],
    ['522147', 'mastercard'],
    ['539781', 'mastercard'],
    ['421362', 'visa'],
    ['516784', 'mastercard'],
  ],
  FR: [
    ['497010', 'visa'],
    ['497402', 'visa'],
    ['513283', 'mastercard'],
    ['535120', 'mastercard'],
    ['455672', 'visa'],
  ],
  BE: [
    ['479275', 'visa'],
    ['552177', 'mastercard'],
    ['406742', 'visa'],
  ],
  ES: [
    ['454881', 'visa'],
    ['540736', 'mastercard'],
    ['492145', 'visa'],
  ],
  NL: [
    ['465858', 'visa'],
    ['535442', 'mastercard'],
    ['417631', 'visa'],
  ],
  DE: [
    ['492942', 'visa'],
    ['521385', 'mastercard'],
    ['455600', 'visa'],
  ],
  GB: [
    ['465942', 'visa'],
    ['535522', 'mastercard'],
  ],
  IT: [
    ['479260', 'visa'],
    ['531106', 'mastercard'],
  ],
  CA: [
    ['450644', 'visa'],
    ['520082', 'mastercard'],
    ['451015', 'visa'],
  ],
  US: [
    ['414720', 'visa'],
    ['426684', 'visa'],
    ['517805', 'mastercard'],
    ['440066', 'visa'],
  ],
  RU: [
    ['622307', 'unionpay'],
    ['427601', 'visa'],
    ['546901', 'mastercard'],
  ],
  BY: [
    ['424436', 'visa'],
    ['518640', 'mastercard'],
  ],
  KZ: [
    ['440563', 'visa'],
    ['539545', 'mastercard'],
  ],
  AM: [['408306', 'visa']],
};

export function cardFrom(rng: Rng, country: string, bin?: readonly [string, string]): Card {
  const [b, brand] = bin ?? rng.pick(BINS[country] ?? BINS.FR ?? []);
  return { bin: b, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}` };
}

export const binsOf = (country: string): ReadonlyArray<readonly [string, string]> => BINS[country] ?? [];

const ANDROID = [
  'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 13; TECNO KI5k) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 14; 23108RN04Y) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 Mobile Safari/537.36',
];
const IPHONE = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
];
const DESKTOP = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
];

/** A device: Moroccans mostly on Android phones, Europeans more on iPhones and computers. */
export function deviceFor(rng: Rng, moroccan: boolean): Device {
  const ua = moroccan
    ? rng.weightedPick<readonly string[]>([
        [ANDROID, 70],
        [IPHONE, 18],
        [DESKTOP, 12],
      ])
    : rng.weightedPick<readonly string[]>([
        [ANDROID, 30],
        [IPHONE, 40],
        [DESKTOP, 30],
      ]);
  return { userAgent: rng.pick(ua), ...(rng.chance(0.93) ? { id: `dv_${rng.token(20)}` } : {}) };
}

/** A headless or scripted client, as card testers and bots show up. */
export function scriptedDevice(rng: Rng): Device {
  return {
    userAgent: rng.pick([
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 Safari/537.36',
      DESKTOP[0] ?? '',
      ANDROID[0] ?? '',
    ]),
    ...(rng.chance(0.5) ? { id: `dv_${rng.token(20)}` } : {}),
  };
}

export type Segment = 'local' | 'diaspora' | 'europe' | 'tourist' | 'america' | 'trade';

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  segment: Segment;
  /** Where the account lives (the diaspora: in Europe). */
  home: Address;
  /** The family home in Morocco (the diaspora). */
  family?: Address;
  cards: Card[];
  devices: Device[];
  /** Home network and mobile network (home country). */
  homeNet: Network;
  mobileNet: Network;
  /** One stable address on each (a home router keeps its IP for weeks). */
  homeIp: string;
}

const DIASPORA = [
  ['FR', 45],
  ['BE', 18],
  ['ES', 15],
  ['NL', 12],
  ['DE', 7],
  ['IT', 3],
] as const;
const EUROPE = [
  ['FR', 60],
  ['BE', 15],
  ['NL', 8],
  ['DE', 8],
  ['ES', 9],
] as const;
const TOURIST_HOME = [
  ['FR', 35],
  ['ES', 15],
  ['GB', 15],
  ['DE', 10],
  ['IT', 10],
  ['NL', 7],
  ['BE', 8],
] as const;

const SEGMENTS: ReadonlyArray<readonly [Segment, number]> = [
  ['local', 52],
  ['diaspora', 24],
  ['europe', 11],
  ['tourist', 6],
  ['america', 4],
  ['trade', 3],
];

export function homeCountry(rng: Rng, segment: Segment): string {
  switch (segment) {
    case 'local':
      return 'MA';
    case 'diaspora':
      return rng.weightedPick(DIASPORA);
    case 'europe':
      return rng.weightedPick(EUROPE);
    case 'tourist':
      return rng.weightedPick(TOURIST_HOME);
    case 'america':
      return rng.chance(0.7) ? 'CA' : 'US';
    case 'trade':
      return rng.chance(0.6) ? 'MA' : rng.weightedPick(EUROPE);
  }
}

export function netsOf(rng: Rng, country: string): { homeNet: Network; mobileNet: Network } {
  const fixed = networksOf(country, 'fixed');
  const mobile = networksOf(country, 'mobile');
  const homeNet = rng.pick(fixed);
  return { homeNet, mobileNet: mobile.length > 0 ? rng.pick(mobile) : homeNet };
}

/** One account: opened two weeks to seven years before the season. */
export function account(rng: Rng, start: number, segment: Segment, i: number): Account {
  const country = homeCountry(rng, segment);
  const moroccan = segment === 'local' || segment === 'diaspora' || (segment === 'trade' && country === 'MA');
  const name = moroccan ? moroccanName(rng) : nameFrom(rng, country);
  const nets = netsOf(rng, country);
  const cards = [cardFrom(rng, country)];
  if (rng.chance(0.3)) cards.push(cardFrom(rng, country));
  const devices = [deviceFor(rng, moroccan)];
  if (rng.chance(0.35)) devices.push(deviceFor(rng, moroccan));
  return {
    id: `cus_${(40_000 + i * 7 + rng.int(0, 6)).toString()}`,
    email: emailFor(rng, name, country),
    name,
    createdAt: start - Math.floor(rng.float(14, 7 * 365) * DAY),
    segment,
    home: townIn(rng, country),
    ...(segment === 'diaspora' ? { family: townIn(rng, 'MA') } : {}),
    cards,
    devices,
    ...nets,
    homeIp: address(rng, nets.homeNet),
  };
}

/** The shop's accounts: one for every three orders expected. */
export function customerBase(rng: Rng, start: number, orders: number): Record<Segment, Account[]> {
  const out: Record<Segment, Account[]> = {
    local: [],
    diaspora: [],
    europe: [],
    tourist: [],
    america: [],
    trade: [],
  };
  const n = Math.max(60, Math.ceil(orders / 3));
  for (let i = 0; i < n; i++) {
    const segment = rng.weightedPick(SEGMENTS);
    out[segment].push(account(rng, start, segment, i));
  }
  for (const s of Object.keys(out) as Segment[])
    if (out[s].length === 0) out[s].push(account(rng, start, s, n + Object.keys(out).indexOf(s)));
  return out;
}
