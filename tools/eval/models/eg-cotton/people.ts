import { type Address, type Card, DAY, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { newCard } from './cards.js';
import { type Country, GULF, homeIn, MARKETS, WEST } from './places.js';

/**
 * The shop's people: Egyptian, Gulf and Western names and how they write their e-mail addresses; the phones
 * and browsers they shop on (cheap Android phones and Facebook or Instagram in-app browsers in Egypt, iPhones
 * in the Gulf and the West); the account base (one account for every three orders expected, opened one month
 * to eight years before the season, with one or two cards and devices); and the companies (hotels, clinics,
 * spas and firms) that buy on company accounts.
 */

const EG_MEN = [
  'Mohamed',
  'Ahmed',
  'Mahmoud',
  'Mostafa',
  'Omar',
  'Youssef',
  'Karim',
  'Amr',
  'Tarek',
  'Hany',
  'Sherif',
  'Khaled',
  'Hossam',
  'Islam',
  'Ibrahim',
  'Ali',
  'Hassan',
  'Walid',
  'Ayman',
  'Sameh',
  'Mina',
  'Bishoy',
  'Peter',
  'Fady',
  'Kirollos',
  'Ramy',
  'Ehab',
];
const EG_WOMEN = [
  'Fatma',
  'Mariam',
  'Nour',
  'Salma',
  'Yasmin',
  'Heba',
  'Rania',
  'Dina',
  'Aya',
  'Mona',
  'Sara',
  'Amira',
  'Nadia',
  'Hala',
  'Reem',
  'Shaimaa',
  'Marwa',
  'Doaa',
  'Mai',
  'Engy',
  'Marina',
  'Christine',
  'Mirna',
  'Verena',
  'Nesma',
  'Hoda',
  'Samar',
];
const EG_FAMILY = [
  'Hassan',
  'Mahmoud',
  'Ibrahim',
  'Abdelrahman',
  'El Sayed',
  'Mostafa',
  'Farouk',
  'Soliman',
  'Abdallah',
  'Ashour',
  'Fouad',
  'Shawky',
  'Kamel',
  'Naguib',
  'Gaber',
  'Ramadan',
  'Zaki',
  'Samir',
  'Helmy',
  'El Masry',
  'Badawi',
  'Youssef',
  'Fahmy',
  'Habib',
  'Guirguis',
  'Tawfik',
  'Boutros',
  'Hanna',
  'Shenouda',
  'Wassef',
  'Abdel Aziz',
  'El Sherbiny',
  'Mansour',
  'Salah',
];
const GULF_GIVEN = [
  'Abdullah',
  'Faisal',
  'Turki',
  'Saud',
  'Khalid',
  'Saeed',
  'Hamad',
  'Noura',
  'Sara',
  'Reem',
  'Maryam',
  'Fatima',
  'Latifa',
  'Hessa',
  'Mohammed',
  'Sultan',
];
const GULF_FAMILY: Readonly<Record<string, string[]>> = {
  SA: ['Al-Qahtani', 'Al-Otaibi', 'Al-Harbi', 'Al-Dosari', 'Al-Shammari', 'Al-Ghamdi', 'Al-Zahrani'],
  AE: ['Al Mansoori', 'Al Hammadi', 'Al Nuaimi', 'Al Ketbi', 'Al Falasi', 'Al Shamsi'],
  KW: ['Al-Mutairi', 'Al-Ajmi', 'Al-Enezi', 'Al-Rashidi'],
  QA: ['Al-Kuwari', 'Al-Marri', 'Al-Muhannadi', 'Al-Sulaiti'],
};
const WEST_NAMES: Readonly<Record<string, [string[], string[]]>> = {
  GB: [
    ['Oliver', 'Sophie', 'James', 'Emma', 'Amelia', 'Priya', 'Daniel', 'Hannah', 'Charlotte', 'Thomas'],
    ['Bennett', 'Clarke', 'Whitfield', 'Hughes', 'Patel', 'Shah', 'Evans', 'Lewis', 'Walker', 'Wright'],
  ],
  DE: [
    ['Lukas', 'Anna', 'Julia', 'Jonas', 'Lea', 'Felix', 'Katharina', 'Maximilian'],
    ['Weber', 'Schmitt', 'Becker', 'Fischer', 'Wagner', 'Hoffmann', 'Schulz', 'Koch'],
  ],
  FR: [
    ['Camille', 'Julien', 'Chloé', 'Antoine', 'Manon', 'Nicolas', 'Léa'],
    ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent', 'Lefebvre', 'Girard'],
  ],
  IT: [
    ['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Alessandro'],
    ['Romano', 'Ricci', 'Colombo', 'Greco', 'Bruno', 'Conti'],
  ],
  NL: [
    ['Sanne', 'Daan', 'Lotte', 'Bram', 'Eva', 'Thijs'],
    ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit'],
  ],
  US: [
    [
      'Emily',
      'Michael',
      'Jessica',
      'David',
      'Sarah',
      'Ashley',
      'Christopher',
      'Jennifer',
      'Matthew',
      'Lauren',
    ],
    ['Johnson', 'Brown', 'Miller', 'Garcia', 'Thompson', 'Davis', 'Wilson', 'Martinez', 'Anderson', 'Taylor'],
  ],
  CA: [
    ['Olivia', 'Liam', 'Emma', 'Noah', 'Chloé', 'William'],
    ['Tremblay', 'Roy', 'Gagnon', 'Smith', 'Campbell', 'Wong'],
  ],
};

export type Origin = 'egyptian' | 'gulf' | 'western';

/** A name: Egyptian (also the diaspora's), Gulf or Western by `origin` and country. */
export function nameOf(rng: Rng, origin: Origin, country: string, woman?: boolean): string {
  if (origin === 'egyptian') {
    const female = woman ?? rng.chance(0.55);
    return `${rng.pick(female ? EG_WOMEN : EG_MEN)} ${rng.pick(EG_FAMILY)}`;
  }
  if (origin === 'gulf')
    return `${rng.pick(GULF_GIVEN)} ${rng.pick(GULF_FAMILY[country] ?? GULF_FAMILY.SA ?? [])}`;
  const [given, family] = WEST_NAMES[country] ?? WEST_NAMES.US ?? [[], []];
  return `${rng.pick(given)} ${rng.pick(family)}`;
}

const MAIL: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  EG: [
    ['gmail.com', 70],
    ['yahoo.com', 12],
    ['hotmail.com', 12],
    ['outlook.com', 4],
    ['icloud.com', 2],
  ],
  GULF: [
    ['gmail.com', 50],
    ['hotmail.com', 20],
    ['outlook.com', 12],
    ['icloud.com', 14],
    ['yahoo.com', 4],
  ],
  GB: [
    ['gmail.com', 45],
    ['hotmail.co.uk', 15],
    ['outlook.com', 12],
    ['icloud.com', 12],
    ['btinternet.com', 6],
    ['yahoo.co.uk', 10],
  ],
  DE: [
    ['gmail.com', 40],
    ['gmx.de', 25],
    ['web.de', 22],
    ['t-online.de', 8],
    ['icloud.com', 5],
  ],
  FR: [
    ['gmail.com', 50],
    ['orange.fr', 15],
    ['hotmail.fr', 15],
    ['free.fr', 10],
    ['icloud.com', 10],
  ],
  OTHER: [
    ['gmail.com', 55],
    ['yahoo.com', 12],
    ['outlook.com', 12],
    ['icloud.com', 15],
    ['hotmail.com', 6],
  ],
};

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');

/**
 * An e-mail as people write it: first.last, first + digits, initial + last, at their country's usual
 * providers.
 */
export function emailOf(rng: Rng, name: string, country: string): string {
  const [first = 'user', ...rest] = name.split(' ');
  const f = slug(first);
  const l = slug(rest.join(' ')) || 'mail';
  const local = rng.weightedPick([
    [`${f}.${l}`, 4],
    [`${f}${l}${rng.int(1, 99)}`, 3],
    [`${f}_${l}${rng.int(80, 2005)}`, 2],
    [`${f.charAt(0)}${l}`, 2],
    [`${f}${rng.int(100, 9999)}`, 2],
  ] as const);
  const key =
    country === 'EG' ? 'EG' : GULF.includes(country as Country) ? 'GULF' : MAIL[country] ? country : 'OTHER';
  return `${local}@${rng.weightedPick(MAIL[key] ?? [])}`;
}

/** A throw-away e-mail, as fraudsters and testers open by the dozen. */
export const junkEmail = (rng: Rng): string =>
  `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.int(1, 999)}@${rng.pick([
    'gmail.com',
    'outlook.com',
    'mail.com',
    'proton.me',
    'yandex.com',
    'hotmail.com',
  ])}`;

const ANDROID_MODELS = [
  'SM-A145F',
  'SM-A245F',
  'SM-A346E',
  'SM-A546E',
  'SM-A055F',
  'CPH2565',
  'CPH2591',
  'RMX3710',
  '23106RN0DA',
  '2312DRA50G',
  'X6833B',
  'X6837',
  'Infinix X6831',
  'TECNO KI5k',
  'HONOR X8b',
];
const CHROME = ['129.0.6668.100', '130.0.6723.102', '131.0.6778.135', '132.0.6834.83'];
const IOS = ['17_6_1', '18_0', '18_1', '18_1_1', '18_2'];

export type DeviceKind =
  | 'android_chrome'
  | 'android_samsung'
  | 'android_fb'
  | 'android_ig'
  | 'iphone'
  | 'iphone_ig'
  | 'windows'
  | 'mac';

export function userAgent(rng: Rng, kind: DeviceKind, locale = 'ar_EG'): string {
  const chrome = rng.pick(CHROME);
  const model = rng.pick(ANDROID_MODELS);
  const ios = rng.pick(IOS);
  const iosDot = ios.replace(/_/g, '.');
  switch (kind) {
    case 'android_chrome':
      return `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome.split('.')[0]}.0.0.0 Mobile Safari/537.36`;
    case 'android_samsung':
      return `Mozilla/5.0 (Linux; Android 14; SAMSUNG ${model}) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36`;
    case 'android_fb':
      return `Mozilla/5.0 (Linux; Android 13; ${model} Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${chrome} Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/${rng.int(480, 495)}.0.0.${rng.int(20, 60)}.${rng.int(70, 120)};]`;
    case 'android_ig':
      return `Mozilla/5.0 (Linux; Android 13; ${model} Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${chrome} Mobile Safari/537.36 Instagram ${rng.int(350, 362)}.0.0.${rng.int(20, 50)}.${rng.int(90, 120)} Android (33/13; 420dpi; 1080x2220; ${locale})`;
    case 'iphone':
      return `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${iosDot.split('.').slice(0, 2).join('.')} Mobile/15E148 Safari/604.1`;
    case 'iphone_ig':
      return `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram ${rng.int(350, 362)}.0.0.${rng.int(20, 50)}.${rng.int(90, 120)} (iPhone14,5; iOS ${ios}; ${locale}; scale=3.00; 1170x2532)`;
    case 'windows':
      return rng.chance(0.75)
        ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome.split('.')[0]}.0.0.0 Safari/537.36`
        : `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome.split('.')[0]}.0.0.0 Safari/537.36 Edg/${chrome.split('.')[0]}.0.0.0`;
    case 'mac':
      return `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15`;
  }
}

/** What people shop on, by where they live. */
const DEVICE_MIX: Readonly<Record<string, ReadonlyArray<readonly [DeviceKind, number]>>> = {
  egypt: [
    ['android_chrome', 30],
    ['android_samsung', 12],
    ['android_fb', 10],
    ['android_ig', 6],
    ['iphone', 22],
    ['iphone_ig', 5],
    ['windows', 12],
    ['mac', 3],
  ],
  gulf: [
    ['iphone', 48],
    ['iphone_ig', 6],
    ['android_chrome', 14],
    ['android_samsung', 12],
    ['windows', 12],
    ['mac', 8],
  ],
  west: [
    ['iphone', 40],
    ['android_chrome', 14],
    ['windows', 22],
    ['mac', 22],
    ['iphone_ig', 2],
  ],
};

export const regionOf = (country: string): 'egypt' | 'gulf' | 'west' =>
  country === 'EG' ? 'egypt' : GULF.includes(country as Country) ? 'gulf' : 'west';

/** A device: its user agent and, most of the time, the fingerprint script's id. */
export function deviceFor(rng: Rng, country: string, kind?: DeviceKind): Device {
  const k = kind ?? rng.weightedPick(DEVICE_MIX[regionOf(country)] ?? []);
  const locale = country === 'EG' ? 'ar_EG' : country === 'SA' ? 'ar_SA' : 'en_US';
  const ua = userAgent(rng, k, locale);
  return rng.chance(0.86) ? { userAgent: ua, id: `dv_${rng.token(22)}` } : { userAgent: ua };
}

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  country: Country;
  origin: Origin;
  home: Address;
  cards: Card[];
  devices: Device[];
  /** A Vodafone Cash wallet on the account's phone number (Egypt). */
  wallet: boolean;
}

/**
 * Where the base lives: mostly Egypt; the Gulf (mostly Egyptian expats); the UK, Europe and North America.
 */
const BASE_MIX: ReadonlyArray<readonly [Country, number]> = [
  ['EG', 70],
  ['SA', 7.5],
  ['AE', 7],
  ['KW', 2],
  ['QA', 1.5],
  ['GB', 3.5],
  ['DE', 1.5],
  ['FR', 1],
  ['IT', 0.5],
  ['NL', 0.5],
  ['US', 4],
  ['CA', 1],
];

export function newAccount(rng: Rng, country: Country, createdAt: number, origin?: Origin): Account {
  const o: Origin =
    origin ??
    (country === 'EG'
      ? 'egyptian'
      : GULF.includes(country)
        ? rng.chance(0.62)
          ? 'egyptian'
          : 'gulf'
        : rng.chance(0.3)
          ? 'egyptian'
          : 'western');
  const name = nameOf(rng, o, country);
  const cards = [newCard(rng, country)];
  if (rng.chance(0.3)) cards.push(newCard(rng, country, { noMeeza: true }));
  if (country !== 'EG' && o === 'egyptian' && rng.chance(0.3))
    cards.push(newCard(rng, 'EG', { noMeeza: true }));
  const devices = [deviceFor(rng, country)];
  if (rng.chance(0.35)) devices.push(deviceFor(rng, country));
  return {
    id: `cus_${rng.token(14)}`,
    email: emailOf(rng, name, country),
    name,
    createdAt,
    country,
    origin: o,
    home: homeIn(rng, country),
    cards,
    devices,
    wallet: country === 'EG' && rng.chance(0.4),
  };
}

/** The account's own phone or laptop, now and then a new one. */
export const ownDevice = (rng: Rng, a: Account): Device =>
  rng.chance(0.08) ? deviceFor(rng, a.country) : rng.pick(a.devices);

export interface Base {
  all: Account[];
  byCountry: ReadonlyMap<Country, Account[]>;
}

/** One account for every three orders expected, opened one month to eight years before the window. */
export function customerBase(rng: Rng, start: number, orders: number): Base {
  const all = Array.from({ length: Math.max(40, Math.ceil(orders / 3)) }, (_, i) => {
    const r = rng.fork(`a${i}`);
    const country = r.weightedPick(BASE_MIX);
    const age = Math.min(8 * 365, 30 + r.exp(520)) * DAY;
    return newAccount(r, country, Math.floor(start - age - r.int(0, 24 * 60) * MINUTE));
  });
  const byCountry = new Map<Country, Account[]>();
  for (const a of all) byCountry.set(a.country, [...(byCountry.get(a.country) ?? []), a]);
  return { all, byCountry };
}

/** An account from the base living in one of `countries` (any, if none does). */
export function accountIn(rng: Rng, base: Base, countries: readonly Country[]): Account {
  const pool = countries.flatMap((c) => base.byCountry.get(c) ?? []);
  return rng.pick(pool.length > 0 ? pool : base.all);
}

export const inGulf = (rng: Rng, base: Base) => accountIn(rng, base, GULF);
export const inWest = (rng: Rng, base: Base) => accountIn(rng, base, WEST);

export interface Company {
  id: string;
  name: string;
  /** Egyptian tax registration number. */
  taxId: string;
  kind: 'hotel' | 'clinic' | 'spa' | 'firm';
  domain: string;
  buyers: { name: string; email: string }[];
  address: Address;
  createdAt: number;
  card: Card;
  device: Device;
}

const COMPANIES: ReadonlyArray<readonly [string, Company['kind'], string, string]> = [
  ['Coral Bay Resort', 'hotel', 'Hurghada', 'coralbayresort.com.eg'],
  ['Makadi Sands Hotel', 'hotel', 'Hurghada', 'makadisands.com'],
  ['Sahl Hasheesh Palms', 'hotel', 'Hurghada', 'sahlpalms.com'],
  ['Naama Heights Hotel', 'hotel', 'Sharm El Sheikh', 'naamaheights.com'],
  ['Reef Garden Resort', 'hotel', 'Sharm El Sheikh', 'reefgarden-sharm.com'],
  ['Nile Corniche Suites', 'hotel', 'Maadi', 'nilecornichesuites.com'],
  ['West Bank Guest House', 'hotel', 'Luxor', 'westbankluxor.com'],
  ['Nubian Eco Lodge', 'hotel', 'Aswan', 'nubianecolodge.com'],
  ['Corniche Boutique Hotel', 'hotel', 'Alexandria', 'cornicheboutique.com.eg'],
  ['Zamalek Serviced Apartments', 'hotel', 'Zamalek', 'zamalekapartments.com'],
  ['Nile Dermatology Clinics', 'clinic', 'Heliopolis', 'niledermaclinics.com'],
  ['Al Salam Dental Centre', 'clinic', 'Nasr City', 'alsalamdental.com.eg'],
  ['Heliopolis Physio Centre', 'clinic', 'Heliopolis', 'heliophysio.com'],
  ['Zayed Women’s Clinic', 'clinic', 'Sheikh Zayed', 'zayedwomensclinic.com'],
  ['Mokattam Day Surgery', 'clinic', 'Mokattam', 'mokattamdaysurgery.com'],
  ['Lotus Hammam & Spa', 'spa', 'Zamalek', 'lotushammam.com'],
  ['Palm Hills Wellness', 'spa', '6th of October', 'palmhillswellness.com'],
  ['Delta Pharma Distribution', 'firm', 'Nasr City', 'deltapharma-eg.com'],
  ['Misr Logistics Group', 'firm', 'New Cairo', 'misrlogistics.com.eg'],
  ['Nile Fintech', 'firm', 'New Cairo', 'nilefintech.io'],
  ['Cairo Software House', 'firm', 'Maadi', 'cairosoftware.com'],
  ['Pyramid Developments', 'firm', 'Sheikh Zayed', 'pyramiddevelopments.com.eg'],
  ['Alex Marine Services', 'firm', 'Alexandria', 'alexmarine.com.eg'],
  ['Sinai Engineering Consultants', 'firm', 'Heliopolis', 'sinaieng.com'],
];

/** The shop's company accounts, each with two or three buyers and an office desktop. */
export function companyAccounts(rng: Rng, start: number): Company[] {
  return COMPANIES.map(([name, kind, cityName, domain], i) => {
    const r = rng.fork(`co${i}`);
    const cityRec = MARKETS.EG.cities.find((c) => c.name === cityName) ?? MARKETS.EG.cities[0];
    const buyers = Array.from({ length: r.int(1, 3) }, () => {
      const n = nameOf(r, 'egyptian', 'EG');
      const [f = 'x', ...rest] = n.split(' ');
      return { name: n, email: `${slug(f)}.${slug(rest.join(''))}@${domain}` };
    });
    buyers.push({ name: 'Procurement', email: `${kind === 'firm' ? 'admin' : 'purchasing'}@${domain}` });
    const address: Address = {
      country: 'EG',
      ...(cityRec && cityRec.postal.length > 0 ? { postalCode: r.pick(cityRec.postal) } : {}),
      city: cityName,
      line1: `${name}, ${cityRec ? r.pick(cityRec.streets) : 'Main Rd'}`,
    };
    return {
      id: `cus_b2b_${r.token(10)}`,
      name,
      taxId: `${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`,
      kind,
      domain,
      buyers,
      address,
      createdAt: Math.floor(start - r.int(200, 2000) * DAY - r.int(0, 86_399) * 1000),
      card: newCard(r, 'EG', { noMeeza: true }),
      device: deviceFor(r, 'EG', 'windows'),
    };
  });
}
