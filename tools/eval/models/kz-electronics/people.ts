import { type Address, DAY, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { KZ_MOBILE, type Network, NETWORKS } from './networks.js';
import { addressIn, type City, kzCity } from './places.js';

/**
 * The store's customers: Kazakh and Russian-speaking Kazakhstanis (most of the site is used in Russian), Kyrgyz
 * and Uzbek shoppers, and names for cardholders abroad. Their e-mail, phone, devices and accounts.
 */

export interface Person {
  first: string;
  last: string;
  female: boolean;
}

export const fullName = (p: Person): string => `${p.first} ${p.last}`;

const KZ_F = [
  'Aigerim',
  'Aruzhan',
  'Dana',
  'Madina',
  'Aliya',
  'Dinara',
  'Zhanar',
  'Gulnara',
  'Saule',
  'Asel',
  'Aizhan',
  'Ainur',
  'Kamila',
  'Tomiris',
  'Akmaral',
  'Zarina',
  'Assem',
  'Moldir',
];
const KZ_M = [
  'Nurlan',
  'Askar',
  'Daulet',
  'Yerlan',
  'Arman',
  'Aidos',
  'Serik',
  'Bauyrzhan',
  'Dias',
  'Alikhan',
  'Temirlan',
  'Yerzhan',
  'Marat',
  'Timur',
  'Ruslan',
  'Nursultan',
  'Azamat',
  'Olzhas',
  'Zhandos',
  'Miras',
];
const KZ_LAST = [
  'Nurlanov',
  'Abenov',
  'Seitkali',
  'Zhaksylykov',
  'Omarov',
  'Tulegenov',
  'Sadykov',
  'Kassymov',
  'Ibraimov',
  'Bekov',
  'Akhmetov',
  'Iskakov',
  'Mukanov',
  'Serikbayev',
  'Suleimenov',
  'Zhumabayev',
  'Kenzhebekov',
  'Baimukhanov',
  'Yesenov',
  'Utegenov',
  'Dzhaksybekov',
  'Tokayev',
  'Amanzholov',
  'Sarsenbayev',
];
const RU_F = [
  'Olga',
  'Elena',
  'Natalya',
  'Irina',
  'Yekaterina',
  'Anastasia',
  'Svetlana',
  'Yuliya',
  'Tatyana',
  'Viktoriya',
  'Kristina',
  'Alina',
];
const RU_M = [
  'Andrey',
  'Sergey',
  'Dmitriy',
  'Vladimir',
  'Alexey',
  'Maxim',
  'Pavel',
  'Yevgeniy',
  'Denis',
  'Igor',
  'Artyom',
  'Roman',
];
// Russian-speaking Kazakhstanis: Slavic, Koryo-saram, German, Tatar and Uyghur family names.
const RU_LAST = [
  'Kim',
  'Pak',
  'Tsoi',
  'Li',
  'Ten',
  'Ivanov',
  'Petrenko',
  'Kovalenko',
  'Sokolov',
  'Schmidt',
  'Weber',
  'Vasilyev',
  'Bondarenko',
  'Zaitsev',
  'Galiev',
  'Khasanov',
  'Mametov',
  'Yusupov',
  'Morozov',
  'Kravchenko',
];
const KG_F = ['Aizada', 'Cholpon', 'Elmira', 'Nurzhamal', 'Begimai', 'Aidana'];
const KG_M = ['Aibek', 'Bakyt', 'Nurbek', 'Azamat', 'Emil', 'Kanat', 'Ulan', 'Tilek'];
const KG_LAST = ['Toktogulov', 'Asanov', 'Mamytov', 'Sydykov', 'Usenov', 'Zhumaliev', 'Osmonov', 'Abdyldaev'];
const UZ_F = ['Dilnoza', 'Nodira', 'Shahzoda', 'Malika', 'Gulnoza', 'Madina'];
const UZ_M = ['Jasur', 'Sardor', 'Bekzod', 'Aziz', 'Otabek', 'Sherzod', 'Jahongir', 'Ulugbek'];
const UZ_LAST = ['Karimov', 'Rakhimov', 'Yusupov', 'Abdullayev', 'Saidov', 'Nazarov', 'Tursunov', 'Ergashev'];

const ABROAD_NAMES: Readonly<Record<string, { f: string[]; m: string[]; last: string[] }>> = {
  US: {
    f: ['Jennifer', 'Patricia', 'Ashley', 'Maria', 'Linda'],
    m: ['John', 'Michael', 'David', 'Robert', 'Carlos'],
    last: ['Miller', 'Johnson', 'Brown', 'Garcia', 'Davis', 'Wilson'],
  },
  GB: {
    f: ['Sarah', 'Emma', 'Charlotte'],
    m: ['Oliver', 'James', 'Harry', 'Daniel'],
    last: ['Smith', 'Taylor', 'Evans', 'Hughes', 'Patel'],
  },
  DE: {
    f: ['Anna', 'Sabine', 'Julia'],
    m: ['Jürgen', 'Thomas', 'Lukas', 'Stefan'],
    last: ['Weber', 'Müller', 'Schneider', 'Fischer', 'Becker'],
  },
  PL: {
    f: ['Agnieszka', 'Katarzyna'],
    m: ['Piotr', 'Tomasz', 'Michał'],
    last: ['Nowak', 'Kowalski', 'Wiśniewski'],
  },
  TR: {
    f: ['Ayşe', 'Elif', 'Zeynep'],
    m: ['Mehmet', 'Mustafa', 'Emre'],
    last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin'],
  },
  AE: {
    f: ['Fatima', 'Priya', 'Sara'],
    m: ['Ahmed', 'Rahul', 'Omar', 'Khalid'],
    last: ['Al Mansoori', 'Khan', 'Nair', 'Hassan'],
  },
  KR: {
    f: ['Ji-woo', 'Seo-yeon', 'Min-ji'],
    m: ['Min-jun', 'Ji-hoon', 'Hyun-woo'],
    last: ['Kim', 'Lee', 'Park', 'Choi'],
  },
  RU: {
    f: ['Yelena', 'Mariya', 'Darya'],
    m: ['Aleksandr', 'Nikolay', 'Mikhail', 'Ilya'],
    last: ['Smirnov', 'Kuznetsov', 'Popov', 'Volkov', 'Fedorov'],
  },
  BY: {
    f: ['Volha', 'Nasta'],
    m: ['Aliaksandr', 'Siarhei', 'Dzmitry'],
    last: ['Kavalenka', 'Novik', 'Shved'],
  },
  IR: {
    f: ['Maryam', 'Zahra'],
    m: ['Reza', 'Ali', 'Hossein'],
    last: ['Hosseini', 'Ahmadi', 'Karimi', 'Rezaei'],
  },
};

/** Russian family names take -a for women; Kazakh ones written the Russian way too. */
const feminine = (last: string): string => (/(ov|ev|in)$/.test(last) ? `${last}a` : last);

function named(
  rng: Rng,
  f: readonly string[],
  m: readonly string[],
  last: readonly string[],
  russianStyle: boolean,
): Person {
  const female = rng.chance(0.5);
  const surname = rng.pick(last);
  return {
    first: rng.pick(female ? f : m),
    last: female && russianStyle ? feminine(surname) : surname,
    female,
  };
}

/** A Kazakhstani: two in three with a Kazakh name, the rest Russian-speaking families of every origin. */
export const kzPerson = (rng: Rng): Person =>
  rng.chance(0.66) ? named(rng, KZ_F, KZ_M, KZ_LAST, true) : named(rng, RU_F, RU_M, RU_LAST, true);

export const kgPerson = (rng: Rng): Person => named(rng, KG_F, KG_M, KG_LAST, true);
export const uzPerson = (rng: Rng): Person => named(rng, UZ_F, UZ_M, UZ_LAST, true);

export function foreignPerson(rng: Rng, country: string): Person {
  const n = ABROAD_NAMES[country] ?? ABROAD_NAMES['US'];
  if (!n) return { first: 'John', last: 'Miller', female: false };
  return named(rng, n.f, n.m, n.last, country === 'RU' || country === 'BY');
}

const translit = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/[^a-z]/g, '');

export type MailStyle = 'kz' | 'abroad' | 'work' | 'fresh' | 'throwaway';

const KZ_PROVIDERS: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 45],
  ['mail.ru', 30],
  ['inbox.ru', 4],
  ['bk.ru', 3],
  ['list.ru', 3],
  ['yandex.kz', 2],
  ['yandex.ru', 4],
  ['icloud.com', 6],
  ['mail.kz', 2],
  ['outlook.com', 1],
];
const THROWAWAY = [
  'tempmail.plus',
  'mailto.plus',
  '1secmail.com',
  'guerrillamail.com',
  'dropmail.me',
  'fexpost.com',
];

/** An e-mail address for a person, the way people there make them. */
export function emailFor(rng: Rng, p: Person, style: MailStyle, domain?: string): string {
  const first = translit(p.first);
  const last = translit(p.last);
  if (style === 'throwaway')
    return `${rng.token(rng.int(8, 12), 'abcdefghijklmnopqrstuvwxyz0123456789')}@${rng.pick(THROWAWAY)}`;
  if (style === 'fresh') {
    const d = rng.weightedPick<string>([
      ['gmail.com', 60],
      ['mail.ru', 25],
      ['bk.ru', 8],
      ['inbox.ru', 7],
    ]);
    return `${first}${rng.pick(['.', '_', ''])}${last.slice(0, rng.int(1, last.length))}${rng.digits(rng.int(3, 5))}@${d}`;
  }
  if (style === 'work' && domain) return `${first.charAt(0)}.${last}@${domain}`;
  const provider =
    style === 'abroad'
      ? rng.weightedPick<string>([
          ['gmail.com', 75],
          ['outlook.com', 10],
          ['icloud.com', 10],
          ['yahoo.com', 5],
        ])
      : rng.weightedPick(KZ_PROVIDERS);
  const year = String(rng.int(1972, 2006));
  const local = rng.weightedPick<string>([
    [`${first}.${last}`, 25],
    [`${first}${last}`, 12],
    [`${first}_${year.slice(2)}`, 15],
    [`${last}.${first.charAt(0)}`, 10],
    [`${first}${year}`, 15],
    [`${first}.${last}${rng.int(1, 99)}`, 13],
    [`${first.charAt(0)}${last}${year.slice(2)}`, 10],
  ]);
  return `${local}@${provider}`;
}

/** Mobile numbers: Kazakh +7 7xx, Kyrgyz +996, Uzbek +998, others a plausible international one. */
export function phoneFor(rng: Rng, country: string): string {
  if (country === 'KZ')
    return `+7${rng.pick(['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778'])}${rng.digits(7)}`;
  if (country === 'KG') return `+996${rng.pick(['555', '700', '772', '500', '220'])}${rng.digits(6)}`;
  if (country === 'UZ')
    return `+998${rng.pick(['90', '91', '93', '94', '97', '99', '88', '33'])}${rng.digits(7)}`;
  const codes: Record<string, string> = {
    US: '+1',
    GB: '+447',
    DE: '+4915',
    PL: '+485',
    TR: '+905',
    AE: '+9715',
    KR: '+8210',
    RU: '+79',
    BY: '+37529',
    IR: '+989',
  };
  return `${codes[country] ?? '+1'}${rng.digits(country === 'US' ? 10 : 8)}`;
}

const ANDROID_MODELS = [
  'SM-A546E',
  'SM-A356E',
  'SM-A155F',
  'SM-S928B',
  'SM-S921B',
  '23129RAA4G',
  '2312DRA50G',
  '24117RN76G',
  'CPH2591',
  'TECNO KL8',
  'Infinix X6871',
  'ALI-NX1',
];
const IPHONES = [
  'iPhone14,7',
  'iPhone15,2',
  'iPhone15,4',
  'iPhone16,1',
  'iPhone16,2',
  'iPhone17,1',
  'iPhone17,3',
  'iPhone13,2',
];

export type DeviceKind = 'app' | 'mobile_web' | 'desktop';

export interface Gadget extends Device {
  kind: DeviceKind;
  ios: boolean;
}

/** A device: the store's app (always a device id), a phone browser or a computer (the fingerprint script mostly runs). */
export function newDevice(rng: Rng, kind: DeviceKind, iosShare = 0.3): Gadget {
  const ios = kind !== 'desktop' && rng.chance(iosShare);
  if (kind === 'app') {
    const version = `6.${rng.int(8, 12)}.${rng.int(0, 4)}`;
    const ua = ios
      ? `ShanyraqApp/${version} (iOS ${rng.pick(['17.6', '18.5', '18.6', '26.0', '26.1'])}; ${rng.pick(IPHONES)})`
      : `ShanyraqApp/${version} (Android ${rng.pick(['12', '13', '14', '15'])}; ${rng.pick(ANDROID_MODELS)})`;
    return {
      kind,
      ios,
      userAgent: ua,
      id: `${ios ? 'i' : 'a'}-${rng.token(8)}-${rng.token(4)}-${rng.token(12)}`,
    };
  }
  const chrome = `${rng.int(138, 142)}.0.${rng.int(7200, 7400)}.${rng.int(50, 180)}`;
  let ua: string;
  if (kind === 'mobile_web')
    ua = ios
      ? `Mozilla/5.0 (iPhone; CPU iPhone OS ${rng.pick(['18_5', '18_6', '26_0', '26_1'])} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${rng.pick(['18.5', '18.6', '26.0'])} Mobile/15E148 Safari/604.1`
      : `Mozilla/5.0 (Linux; Android ${rng.pick(['12', '13', '14', '15'])}; ${rng.pick(ANDROID_MODELS)}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Mobile Safari/537.36`;
  else
    ua = rng.weightedPick<string>([
      [
        `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`,
        50,
      ],
      [
        `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} YaBrowser/25.${rng.int(6, 10)}.0.0 Safari/537.36`,
        20,
      ],
      [
        `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36 Edg/${chrome}`,
        12,
      ],
      [
        `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Safari/605.1.15`,
        18,
      ],
    ]);
  return { kind, ios, userAgent: ua, ...(rng.chance(0.85) ? { id: `fp_${rng.token(20)}` } : {}) };
}

/** A signed-in customer of the store. */
export interface Account {
  id: string;
  person: Person;
  email: string;
  name: string;
  phone: string;
  createdAt: number;
  city: City;
  home: Address;
  cards: HeldCard[];
  devices: Gadget[];
  /** The mobile carrier the customer's phone is on, and their home broadband. */
  mobile: Network;
  broadband: Network;
  locale: string;
}

export const accountId = (rng: Rng): string => `u${rng.int(1_000_000, 9_800_000)}`;

/** A Kazakh resident's account, opened `age` ms before `at`. */
export function kzAccount(rng: Rng, at: number, age: number, city?: City): Account {
  const person = kzPerson(rng);
  const home = city ?? kzCity(rng);
  const devices: Gadget[] = [
    newDevice(
      rng,
      rng.weightedPick<DeviceKind>([
        ['app', 60],
        ['mobile_web', 25],
        ['desktop', 15],
      ]),
    ),
  ];
  if (rng.chance(0.35)) devices.push(newDevice(rng, rng.chance(0.6) ? 'desktop' : 'app'));
  const cards = [newCard(rng, 'KZ', rng.chance(0.8) ? 'debit' : undefined)];
  if (rng.chance(0.4)) cards.push(newCard(rng, 'KZ'));
  return {
    id: accountId(rng),
    person,
    email: emailFor(rng, person, 'kz'),
    name: fullName(person),
    phone: phoneFor(rng, 'KZ'),
    createdAt: Math.floor(at - age),
    city: home,
    home: addressIn(rng, home),
    cards,
    devices,
    mobile: rng.weightedPick(KZ_MOBILE),
    broadband: rng.chance(0.7) ? NETWORKS.kzFixed : NETWORKS.kzCity,
    locale: rng.chance(0.78) ? 'ru-KZ' : 'kk-KZ',
  };
}

/** How long ago an established customer opened their account: weeks to eight years (the store opened in 2018). */
export const accountAge = (rng: Rng): number =>
  Math.min(8 * 365 * DAY, 20 * DAY + rng.logNormal(420 * DAY, 1.0));

/** An account opened for this checkout, a few minutes before it. */
export const freshAge = (rng: Rng): number => rng.int(2, 40) * MINUTE + rng.int(0, 59_000);

/** The store's established customers: one account for every three orders the stream expects. */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  return Array.from({ length: Math.ceil(orders / 3) + 10 }, (_, i) => {
    const r = rng.fork(`c${i}`);
    return kzAccount(r, start, accountAge(r));
  });
}
