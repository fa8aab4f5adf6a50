import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, walletOf } from './cards.js';
import { HOME, MOBILE } from './networks.js';
import { addressIn, type Country, marketOf } from './places.js';

/**
 * The store's customers: Saudi families (the bulk), Gulf nationals, expatriate workers from South Asia, the
 * Philippines and Egypt, and a few buyers in Britain and Egypt. Names are transliterated the way people type
 * them at checkout; e-mails are on the big free providers, a few on company domains.
 */

const SAUDI_MEN = [
  'Abdullah',
  'Mohammed',
  'Faisal',
  'Sultan',
  'Khalid',
  'Abdulrahman',
  'Turki',
  'Fahad',
  'Saud',
  'Bandar',
  'Nawaf',
  'Majed',
  'Omar',
  'Yazeed',
  'Saleh',
  'Ibrahim',
];
const SAUDI_WOMEN = [
  'Nourah',
  'Sarah',
  'Reem',
  'Hessa',
  'Lama',
  'Maha',
  'Haya',
  'Dana',
  'Ghada',
  'Lamya',
  'Amal',
  'Shahad',
  'Rawan',
  'Jawaher',
];
const FAMILIES: Readonly<Record<string, readonly string[]>> = {
  SA: [
    'Al-Qahtani',
    'Al-Otaibi',
    'Al-Ghamdi',
    'Al-Zahrani',
    'Al-Harbi',
    'Al-Dosari',
    'Al-Shehri',
    'Al-Mutairi',
    'Al-Subaie',
    'Al-Shammari',
    'Al-Anazi',
    'Al-Tamimi',
    'Al-Malki',
    'Al-Juhani',
    'Al-Asmari',
    'Al-Rashidi',
  ],
  AE: ['Al-Mansoori', 'Al-Nuaimi', 'Al-Ketbi', 'Al-Shamsi', 'Al-Falasi'],
  KW: ['Al-Enezi', 'Al-Ajmi', 'Al-Rashidi', 'Al-Kandari'],
  QA: ['Al-Kuwari', 'Al-Marri', 'Al-Naimi', 'Al-Sulaiti'],
  BH: ['Al-Doseri', 'Al-Sayed', 'Al-Binali'],
  OM: ['Al-Balushi', 'Al-Harthy', 'Al-Busaidi', 'Al-Rawahi'],
  GB: ['Al-Khatib', 'Hussain', 'Rahman', 'Ahmed', 'Thompson', 'Clarke'],
  EG: ['Mostafa', 'Hassan', 'El-Sayed', 'Abdelaziz', 'Farouk'],
};
const EXPATS: Readonly<Record<string, { first: readonly string[]; last: readonly string[] }>> = {
  IN: {
    first: ['Mohammed', 'Rajesh', 'Shihab', 'Anwar', 'Suresh', 'Faizal'],
    last: ['Kumar', 'Nair', 'Khan', 'Pillai', 'Ansari'],
  },
  PK: {
    first: ['Muhammad', 'Imran', 'Bilal', 'Usman', 'Asif'],
    last: ['Iqbal', 'Butt', 'Hussain', 'Qureshi', 'Malik'],
  },
  PH: {
    first: ['Joel', 'Mark', 'Jennifer', 'Rowena', 'Arnel'],
    last: ['Santos', 'Reyes', 'Dela Cruz', 'Bautista', 'Garcia'],
  },
  EG: {
    first: ['Ahmed', 'Mahmoud', 'Mostafa', 'Karim', 'Amr'],
    last: ['Mostafa', 'Hassan', 'Abdelrahman', 'Saad', 'Fathy'],
  },
};
const FREE_MAIL = [
  'gmail.com',
  'gmail.com',
  'gmail.com',
  'hotmail.com',
  'icloud.com',
  'outlook.com',
  'yahoo.com',
];
export const COMPANY_MAIL = [
  'najd-contracting.com.sa',
  'alfaris-trading.com',
  'gulfstar-logistics.com',
  'eastern-petro-services.com',
];

export type Origin = 'IN' | 'PK' | 'PH' | 'EG';

export interface Person {
  name: string;
  email: string;
  /** Mobile number as the checkout takes it. */
  phone: string;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/^al-/, '')
    .replace(/[^a-z]/g, '');

export function mailOf(rng: Rng, first: string, last: string, domain?: string): string {
  const local = rng.weightedPick<string>([
    [`${slug(first)}.${slug(last)}`, 3],
    [`${slug(first)}${slug(last)}${rng.int(1, 99)}`, 3],
    [`${slug(first)}_${rng.int(1985, 2006)}`, 2],
    [`${slug(first).charAt(0)}${slug(last)}${rng.digits(3)}`, 2],
  ]);
  return `${local}@${domain ?? rng.pick(FREE_MAIL)}`;
}

export const PHONE_PREFIX: Readonly<Record<string, string>> = {
  SA: '+9665',
  AE: '+9715',
  KW: '+965',
  QA: '+974',
  BH: '+973',
  OM: '+968',
  GB: '+447',
  EG: '+201',
};

export const phoneIn = (rng: Rng, country: string): string =>
  `${PHONE_PREFIX[country] ?? '+9665'}${rng.digits(country === 'GB' || country === 'EG' ? 9 : 8)}`;

/** A national of `country` (a Gulf state, or a British or Egyptian buyer). */
export function nationalOf(rng: Rng, country: Country): Person {
  const first =
    country === 'GB' && rng.chance(0.3)
      ? rng.pick(['James', 'Emily', 'Daniel', 'Sophie'])
      : rng.chance(0.55)
        ? rng.pick(SAUDI_MEN)
        : rng.pick(SAUDI_WOMEN);
  const last = rng.pick(FAMILIES[country] ?? FAMILIES.SA ?? []);
  return { name: `${first} ${last}`, email: mailOf(rng, first, last), phone: phoneIn(rng, country) };
}

/** An expatriate worker in the Kingdom, from `origin`; some sign up with the company e-mail. */
export function expatOf(rng: Rng, origin: Origin): Person {
  const names = EXPATS[origin] ?? { first: ['Mohammed'], last: ['Khan'] };
  const first = rng.pick(names.first);
  const last = rng.pick(names.last);
  const domain = rng.chance(0.2) ? rng.pick(COMPANY_MAIL) : undefined;
  return { name: `${first} ${last}`, email: mailOf(rng, first, last, domain), phone: phoneIn(rng, 'SA') };
}

/** The store's app and the browsers its customers use. */
export const APP_IOS = (rng: Rng) =>
  `DarAlOud/${rng.pick(['5.8.2', '5.8.2', '5.9.0', '5.7.4'])} (${rng.pick(['iPhone15,2', 'iPhone16,1', 'iPhone14,5', 'iPhone16,2'])}; iOS ${rng.pick(['17.3.1', '17.2', '17.4'])})`;
export const APP_ANDROID = (rng: Rng) =>
  `DarAlOud/${rng.pick(['5.8.1', '5.9.0'])} (Android ${rng.pick(['13', '14'])}; ${rng.pick(['SM-S918B', 'SM-A546E', 'CPH2449', '23021RAAEG', 'V2231'])})`;
const SAFARI_MOBILE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1';
const CHROME_ANDROID =
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Mobile Safari/537.36';
const CHROME_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36';
const SAFARI_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15';
export const HEADLESS =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/121.0.0.0 Safari/537.36';

export type Kind = 'app_ios' | 'app_android' | 'web_iphone' | 'web_android' | 'desktop';

export const isApp = (d: Device): boolean => d.userAgent.startsWith('DarAlOud/');

/** A device: the app always sends its install id, the web's fingerprint script most of the time. */
export function deviceOf(rng: Rng, kind?: Kind): Device {
  const k =
    kind ??
    rng.weightedPick<Kind>([
      ['app_ios', 30],
      ['app_android', 18],
      ['web_iphone', 24],
      ['web_android', 16],
      ['desktop', 12],
    ]);
  const userAgent =
    k === 'app_ios'
      ? APP_IOS(rng)
      : k === 'app_android'
        ? APP_ANDROID(rng)
        : k === 'web_iphone'
          ? SAFARI_MOBILE
          : k === 'web_android'
            ? CHROME_ANDROID
            : rng.chance(0.6)
              ? CHROME_WINDOWS
              : SAFARI_MAC;
  const app = k === 'app_ios' || k === 'app_android';
  return { userAgent, ...(app || rng.chance(0.8) ? { id: `dev_${rng.token(20)}` } : {}) };
}

export interface Account extends Person {
  id: string;
  createdAt: number;
  country: Country;
  home: Address;
  cards: HeldCard[];
  devices: Device[];
  /** The mobile carrier and the home network the household uses. */
  mobile: string;
  homeNet: string;
  expat?: Origin;
}

/** An account opened at `createdAt`: a national of its market or, in the Kingdom, an expatriate worker. */
export function accountOf(rng: Rng, createdAt: number, country: Country = marketOf(rng)): Account {
  const expat = country === 'SA' && rng.chance(0.18) ? rng.pick<Origin>(['IN', 'PK', 'PH', 'EG']) : undefined;
  const person = expat ? expatOf(rng, expat) : nationalOf(rng, country);
  const devices = [deviceOf(rng)];
  if (rng.chance(0.35)) devices.push(deviceOf(rng));
  for (const d of devices) if (!d.id) d.id = `dev_${rng.token(20)}`;
  return {
    ...person,
    id: `cus_${rng.token(12)}`,
    createdAt,
    country,
    home: addressIn(rng, country),
    cards: walletOf(rng, country),
    devices,
    mobile: rng.pick(MOBILE[country] ?? ['sa-mobile-1']),
    homeNet: rng.pick(HOME[country] ?? ['sa-fibre']),
    ...(expat ? { expat } : {}),
  };
}

/** One account for every three orders expected, opened from a month to eight years before the season. */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  return Array.from({ length: Math.max(20, Math.ceil(orders / 3)) }, (_, i) => {
    const r = rng.fork(`c${i}`);
    const age = r.chance(0.25) ? r.int(30, 365) : r.int(365, 8 * 365);
    return accountOf(r, start - age * DAY - r.int(0, DAY));
  });
}
