import { type Address, DAY, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, napasCard, newCard } from './cards.js';
import { type NetworkName, VN_HOME, VN_MOBILE, ABROAD_NETS } from './networks.js';
import { type Abroad, addressAbroad, addressIn, DIASPORA, pickPlace, type Place } from './places.js';

/**
 * The store's people: Vietnamese names, e-mail addresses and mobile numbers, the phones and computers they shop
 * from (the store's app, mobile browsers, Cốc Cốc on Windows, Zalo's and Facebook's in-app browsers), and the
 * accounts opened before the sale with their cards, linked wallets and networks.
 */

const FAMILY: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 4],
  ['Huỳnh', 4],
  ['Phan', 4.5],
  ['Vũ', 3],
  ['Võ', 3],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 1.5],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Trương', 0.8],
  ['Đinh', 0.6],
];
const MIDDLE_M = ['Văn', 'Minh', 'Đức', 'Quốc', 'Hoàng', 'Thanh', 'Gia', 'Hữu', 'Tuấn', 'Công', 'Bảo'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Bảo', 'Phương', 'Mỹ', 'Kim', 'Khánh'];
const GIVEN_M = [
  'Anh',
  'Hùng',
  'Dũng',
  'Tuấn',
  'Huy',
  'Nam',
  'Long',
  'Phong',
  'Khoa',
  'Quân',
  'Đạt',
  'Thắng',
  'Hiếu',
  'Trung',
  'Sơn',
  'Bình',
  'Khánh',
  'Tài',
  'Phúc',
  'Vinh',
  'Lộc',
  'Tùng',
];
const GIVEN_F = [
  'Linh',
  'Trang',
  'Hương',
  'Lan',
  'Mai',
  'Ngọc',
  'Thảo',
  'Vy',
  'Nhi',
  'Hà',
  'My',
  'Tâm',
  'Phương',
  'Hạnh',
  'Yến',
  'Uyên',
  'Quỳnh',
  'Giang',
  'Trâm',
  'Hằng',
];

export interface Person {
  family: string;
  middle: string;
  given: string;
  /** As the person writes it. */
  name: string;
}

export function vietnamese(rng: Rng): Person {
  const female = rng.chance(0.5);
  const family = rng.weightedPick(FAMILY);
  const middle = rng.pick(female ? MIDDLE_F : MIDDLE_M);
  const given = rng.pick(female ? GIVEN_F : GIVEN_M);
  return { family, middle, given, name: `${family} ${middle} ${given}` };
}

const WESTERN_M = ['Kevin', 'David', 'Michael', 'Peter', 'Tony', 'Andrew', 'Jimmy', 'Daniel', 'Vincent'];
const WESTERN_F = ['Tina', 'Jenny', 'Kim', 'Vivian', 'Nancy', 'Linda', 'Amy', 'Julie', 'Cindy'];

/** An overseas Vietnamese: an adopted first name and the family name last, or the Vietnamese name unaccented. */
export function overseas(rng: Rng): Person {
  const p = vietnamese(rng);
  if (rng.chance(0.55)) {
    const first = rng.pick(rng.chance(0.5) ? WESTERN_M : WESTERN_F);
    return { ...p, name: `${first} ${ascii(p.family)}` };
  }
  return { ...p, name: ascii(`${p.given} ${p.middle} ${p.family}`) };
}

const FOREIGN_NAMES: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  US: [
    ['James', 'Robert', 'Linda', 'Patricia', 'Michael', 'Jennifer', 'William', 'Barbara', 'Richard', 'Susan'],
    ['Smith', 'Johnson', 'Williams', 'Brown', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Moore'],
  ],
  AU: [
    ['Sarah', 'Jack', 'Emily', 'Liam', 'Chloe', 'Mitchell', 'Karen', 'Bruce'],
    ['Thompson', 'Walker', 'White', 'Harris', 'Martin', 'Kelly', 'Ryan', 'Clarke'],
  ],
  CA: [
    ['Ryan', 'Ashley', 'Justin', 'Megan', 'Marc', 'Julie', 'Eric'],
    ['Tremblay', 'Roy', 'MacDonald', 'Campbell', 'Gagnon', 'Wong', 'Stewart'],
  ],
  GB: [
    ['Oliver', 'Amelia', 'Harry', 'Emma', 'George', 'Sophie', 'Gary'],
    ['Jones', 'Evans', 'Roberts', 'Wright', 'Hughes', 'Edwards', 'Green'],
  ],
  FR: [
    ['Julien', 'Camille', 'Nicolas', 'Claire', 'Thomas', 'Isabelle'],
    ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent', 'Lefebvre'],
  ],
  DE: [
    ['Lukas', 'Anna', 'Stefan', 'Katrin', 'Jan', 'Sabine'],
    ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker'],
  ],
  JP: [
    ['Yuki', 'Haruto', 'Aoi', 'Takeshi', 'Yui', 'Kenji'],
    ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito'],
  ],
  KR: [
    ['Minjun', 'Seoyeon', 'Jiho', 'Jiwoo', 'Hyunwoo', 'Eunji'],
    ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang'],
  ],
  SG: [
    ['Wei Ming', 'Hui Ling', 'Jun Jie', 'Siew Lan'],
    ['Tan', 'Lim', 'Lee', 'Ng'],
  ],
  RU: [
    ['Aleksandr', 'Dmitry', 'Sergey', 'Elena', 'Olga', 'Natalia', 'Andrey', 'Irina'],
    ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Volkov', 'Sokolov', 'Morozov', 'Lebedev'],
  ],
  BY: [
    ['Siarhei', 'Aliaksandr', 'Volha', 'Tatsiana', 'Pavel'],
    ['Kavalenka', 'Novik', 'Shevchuk', 'Bondar', 'Kazlou'],
  ],
  IR: [
    ['Reza', 'Mohammad', 'Sara', 'Ali', 'Maryam', 'Amir'],
    ['Hosseini', 'Ahmadi', 'Karimi', 'Rezaei', 'Moradi', 'Jafari'],
  ],
  CU: [
    ['Yasmany', 'Yoandry', 'Dayana', 'Yanelis', 'Osmany'],
    ['Pérez', 'González', 'Rodríguez', 'Hernández', 'Fernández'],
  ],
  SY: [
    ['Omar', 'Rami', 'Lina', 'Hala', 'Fadi'],
    ['Haddad', 'Khoury', 'Said', 'Nasser', 'Mansour'],
  ],
};

/** Someone from `country` (a stolen card's holder, a visitor), first name first. */
export function foreigner(rng: Rng, country: string): { first: string; last: string; name: string } {
  const [firsts, lasts] = FOREIGN_NAMES[country] ?? FOREIGN_NAMES.US ?? [[], []];
  const first = rng.pick(firsts);
  const last = rng.pick(lasts);
  return { first, last, name: `${first} ${last}` };
}

/** Without diacritics (đ to d), as e-mail addresses are written. */
export const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

const slug = (s: string) =>
  ascii(s)
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** How Vietnamese addresses are made up: given name and family name, a birth year or lucky digits. */
export function emailOf(
  rng: Rng,
  p: { family: string; given: string; middle?: string },
  pool?: string,
): string {
  const g = slug(p.given);
  const f = slug(p.family);
  const m = p.middle ? slug(p.middle).charAt(0) : '';
  const year = String(rng.int(1965, 2007));
  const local = rng.weightedPick<string>([
    [`${g}${f}${year.slice(2)}`, 22],
    [`${g}.${f}${rng.int(1, 999)}`, 14],
    [`${f}${m}${g}`, 14],
    [`${g}${year}`, 14],
    [`${f}${g}${rng.pick(['68', '86', '88', '99', '69', '123', '2k4', '2k6'])}`, 14],
    [`${g}${m}${f}.${rng.pick(['work', 'hcm', 'hn', 'dn', 'vn'])}`, 6],
  ]);
  const domain =
    pool ??
    rng.weightedPick<string>([
      ['gmail.com', 82],
      ['yahoo.com', 5],
      ['icloud.com', 6],
      ['outlook.com', 4],
      ['yahoo.com.vn', 3],
    ]);
  return `${local}@${domain}`;
}

/** Viettel, Vinaphone, Mobifone, Vietnamobile prefixes after the 2018 renumbering. */
const MOBILE_PREFIXES = [
  '86',
  '96',
  '97',
  '98',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '38',
  '39',
  '88',
  '91',
  '94',
  '81',
  '82',
  '83',
  '84',
  '85',
  '89',
  '90',
  '93',
  '70',
  '76',
  '77',
  '78',
  '79',
  '92',
  '56',
  '58',
];

export const mobileNumber = (rng: Rng): string => `+84${rng.pick(MOBILE_PREFIXES)}${rng.digits(7)}`;

/** The prefixes junk prepaid SIMs are sold on (bought in bulk, registered with someone else's ID). */
export const junkSimNumber = (rng: Rng): string =>
  `+84${rng.pick(['32', '33', '34', '35', '36', '37', '38', '39', '56', '58', '70', '79'])}${rng.digits(7)}`;

/** A mobile number in a diaspora country. */
const PHONE_ABROAD: Readonly<Record<string, readonly [string, number]>> = {
  US: ['+1714', 7],
  CA: ['+1416', 7],
  AU: ['+614', 8],
  FR: ['+336', 8],
  DE: ['+49157', 8],
  GB: ['+447', 9],
  JP: ['+8190', 8],
  KR: ['+8210', 8],
  TW: ['+8869', 8],
  CZ: ['+4207', 8],
};

export function phoneAbroad(rng: Rng, country: string): string {
  const [prefix, digits] = PHONE_ABROAD[country] ?? ['+1714', 7];
  return `${prefix}${rng.digits(digits)}`;
}

export const APP_VERSION = '6.3.1';

const IOS = ['17_7', '18_6', '26_1', '26_2'];
const ANDROID_MODELS = [
  'SM-A556E',
  'SM-A366E',
  'SM-A175F',
  'SM-S938B',
  'SM-F966B',
  'CPH2637',
  'CPH2683',
  '24117RN76G',
  '2505APX7BG',
  'V2430',
  'RMX3939',
];
const IPHONES = [
  'iPhone15,2',
  'iPhone15,3',
  'iPhone16,1',
  'iPhone16,2',
  'iPhone17,1',
  'iPhone17,2',
  'iPhone18,2',
];

export type Platform = 'iphone' | 'android' | 'windows' | 'mac';

/** A user agent on `platform`: the store's app, a browser, or an in-app browser. */
export function userAgent(rng: Rng, platform: Platform, app: boolean): string {
  if (platform === 'iphone') {
    const v = rng.pick(IOS);
    if (app) return `SaoMaiApp/${APP_VERSION} (iOS ${v.replace('_', '.')}; ${rng.pick(IPHONES)})`;
    const safari = `Mozilla/5.0 (iPhone; CPU iPhone OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v.split('_')[0]}.0 Mobile/15E148 Safari/604.1`;
    const r = rng.next();
    if (r < 0.12) return `${safari} [FBAN/FBIOS;FBAV/${rng.int(480, 495)}.0.0;FBLC/vi_VN]`;
    if (r < 0.24) return `${safari} Zalo iOS/${rng.int(520, 560)} ZaloTheme/light ZaloLanguage/vn`;
    return safari;
  }
  if (platform === 'android') {
    const model = rng.pick(ANDROID_MODELS);
    const a = rng.pick(['13', '14', '15', '16']);
    if (app) return `SaoMaiApp/${APP_VERSION} (Android ${a}; ${model})`;
    const chrome = `Mozilla/5.0 (Linux; Android ${a}; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.int(136, 143)}.0.0.0 Mobile Safari/537.36`;
    const r = rng.next();
    if (r < 0.15)
      return `${chrome} Zalo android/${rng.int(12_000_000, 12_100_000)} ZaloTheme/light ZaloLanguage/vn`;
    if (r < 0.25) return `${chrome} [FB_IAB/FB4A;FBAV/${rng.int(480, 495)}.0.0.0;]`;
    return chrome;
  }
  if (platform === 'windows') {
    const c = rng.int(136, 143);
    return rng.chance(0.45)
      ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/${c + 2}.0.${rng.int(100, 300)} Chrome/${c}.0.0.0 Safari/537.36`
      : `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${c}.0.0.0 Safari/537.36`;
  }
  return `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${rng.pick(['18.6', '26.1', '26.2'])} Safari/605.1.15`;
}

export interface Gadget extends Device {
  platform: Platform;
  app: boolean;
}

/** A device: the app always sends its id; the website's fingerprint script gets one most of the time. */
export function deviceOf(rng: Rng, platform: Platform, app: boolean): Gadget {
  const userAgentString = userAgent(rng, platform, app);
  const id = app || rng.chance(0.86) ? `dv_${rng.token(22)}` : undefined;
  return { platform, app, userAgent: userAgentString, ...(id ? { id } : {}) };
}

/** What a Vietnamese shopper uses: mostly a phone (app or browser), some a laptop. */
export function localDevice(rng: Rng): Gadget {
  const platform = rng.weightedPick<Platform>([
    ['android', 46],
    ['iphone', 34],
    ['windows', 15],
    ['mac', 5],
  ]);
  const phone = platform === 'android' || platform === 'iphone';
  return deviceOf(rng, platform, phone && rng.chance(0.45));
}

/** An Android emulator on a PC (the farms' favourite): an old Galaxy model, Android 9, the app. */
export function emulator(rng: Rng): Gadget {
  const model = rng.pick(['SM-G973N', 'SM-G988N', 'SM-N976N', 'SM-S9080']);
  return {
    platform: 'android',
    app: true,
    userAgent: `SaoMaiApp/${APP_VERSION} (Android ${rng.pick(['9', '7.1.2'])}; ${model})`,
    id: `dv_${rng.token(22)}`,
  };
}

export type Wallet = 'momo' | 'zalopay';

export interface Account {
  id: string;
  email: string;
  name: string;
  person: Person;
  phone: string;
  createdAt: number;
  place: Place;
  home: Address;
  homeNet: NetworkName;
  mobileNet: NetworkName;
  devices: Gadget[];
  /** International cards saved on the account (Vietnamese or, abroad, local). */
  cards: HeldCard[];
  napas?: HeldCard;
  wallets: Wallet[];
  /** How often this customer shops (a weight for drawing repeat orders). */
  activity: number;
  /** Overseas Vietnamese: where they live and pay from. */
  abroad?: Abroad;
  abroadHome?: Address;
}

export const accountId = (rng: Rng): string => `KH${rng.digits(8)}`;

/** Account ages: a few months to eight years, newer accounts more common. */
const openedBefore = (rng: Rng, start: number) =>
  start -
  Math.floor(Math.exp(rng.float(Math.log(35), Math.log(8 * 365))) * DAY) -
  rng.int(0, DAY / MINUTE) * MINUTE;

function localAccount(rng: Rng, start: number): Account {
  const person = vietnamese(rng);
  const place = pickPlace(rng);
  const devices = [localDevice(rng)];
  if (rng.chance(0.35)) devices.push(localDevice(rng));
  const cards: HeldCard[] = [];
  if (rng.chance(place.tier === 'province' ? 0.22 : 0.45)) cards.push(newCard(rng, 'VN'));
  if (cards.length > 0 && rng.chance(0.2)) cards.push(newCard(rng, 'VN', 'credit'));
  const wallets: Wallet[] = [];
  if (rng.chance(0.55)) wallets.push('momo');
  if (rng.chance(0.3)) wallets.push('zalopay');
  return {
    id: accountId(rng),
    email: emailOf(rng, person),
    name: person.name,
    person,
    phone: mobileNumber(rng),
    createdAt: openedBefore(rng, start),
    place,
    home: addressIn(rng, place),
    homeNet: rng.weightedPick(VN_HOME),
    mobileNet: rng.weightedPick(VN_MOBILE),
    devices,
    cards,
    ...(rng.chance(0.5) ? { napas: napasCard(rng) } : {}),
    wallets,
    activity: rng.logNormal(1, 0.8),
  };
}

function diasporaAccount(rng: Rng, start: number): Account {
  const person = overseas(rng);
  const abroad = rng.weightedPick(DIASPORA.map((a) => [a, a.weight] as const));
  const place = pickPlace(rng);
  const [homeNet, mobileNet] = ABROAD_NETS[abroad.country] ?? ['us-cable', 'us-mobile'];
  const platform = rng.weightedPick<Platform>([
    ['iphone', 50],
    ['android', 20],
    ['windows', 18],
    ['mac', 12],
  ]);
  const cards = [newCard(rng, abroad.country, 'credit')];
  if (rng.chance(0.3)) cards.push(newCard(rng, abroad.country));
  return {
    id: accountId(rng),
    email: emailOf(rng, person),
    name: person.name,
    person,
    phone: rng.chance(0.35) ? mobileNumber(rng) : phoneAbroad(rng, abroad.country),
    createdAt: openedBefore(rng, start),
    place,
    home: addressIn(rng, place),
    homeNet,
    mobileNet,
    devices: [deviceOf(rng, platform, platform === 'iphone' && rng.chance(0.3))],
    cards,
    wallets: [],
    activity: rng.logNormal(1, 0.6),
    abroad,
    abroadHome: addressAbroad(rng, abroad),
  };
}

export interface Base {
  local: Account[];
  diaspora: Account[];
}

/** One local account for every three orders expected, and overseas customers for one order in twenty-five. */
export function customerBase(rng: Rng, start: number, orders: number): Base {
  const local = Array.from({ length: Math.max(20, Math.round(orders / 3)) }, (_, i) =>
    localAccount(rng.fork(`l${i}`), start),
  );
  const diaspora = Array.from({ length: Math.max(6, Math.round(orders / 25)) }, (_, i) =>
    diasporaAccount(rng.fork(`d${i}`), start),
  );
  return { local, diaspora };
}

/** A customer drawn by how often they shop. */
export const pickAccount = (rng: Rng, from: readonly Account[]): Account =>
  rng.weightedPick(from.map((a) => [a, a.activity] as const));

/** A foreigner's e-mail: first and last name, maybe digits, at a mail provider of their country. */
export function foreignEmail(rng: Rng, first: string, last: string, domains: readonly string[]): string {
  const f = slug(first);
  const l = slug(last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 30],
    [`${f}${l}${rng.int(1, 99)}`, 30],
    [`${f.charAt(0)}${l}${rng.int(60, 99)}`, 20],
    [`${l}.${f}${rng.int(1980, 2004)}`, 20],
  ]);
  return `${local}@${rng.pick(domains)}`;
}

/** A throwaway address: random letters and digits at a free provider. */
export const throwawayEmail = (rng: Rng): string =>
  `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 5))}@${rng.pick(['gmail.com', 'gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com'])}`;
