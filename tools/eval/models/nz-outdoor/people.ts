import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { homeNet, type NetName } from './networks.js';
import {
  abroadAddress,
  AU_CITIES,
  auAddress,
  nzAddress,
  NZ_TOWNS,
  pickPlace,
  pickTown,
  ruralAddress,
} from './places.js';

/**
 * The store's customers: names, e-mail providers and devices by country, and the accounts of the people who
 * shop there again and again (townies, farmers and hunters on RD addresses, Australians, Kiwis abroad). Repeat
 * customers, account takeover and refund abuse all draw from the same accounts.
 */

interface Names {
  first: readonly string[];
  last: readonly string[];
}

// prettier-ignore
const NAMES: Readonly<Record<string, Names>> = {
  NZ: {
    first: ['James', 'Olivia', 'Liam', 'Charlotte', 'Jack', 'Amelia', 'Oliver', 'Isla', 'Noah', 'Sophie', 'Hemi',
      'Aroha', 'Tama', 'Mereana', 'Wiremu', 'Ngaio', 'Sione', 'Mele', 'Tavita', 'Losa', 'Priya', 'Rajesh', 'Wei',
      'Mei', 'Hamish', 'Fergus', 'Kate', 'Sarah', 'Ben', 'Sam', 'Josh', 'Emma', 'Grace', 'Lucy', 'Tom', 'Harry',
      'Georgia', 'Ruby', 'Finn', 'Nikau', 'Manaia', 'Anahera', 'Tāne', 'Kiri', 'Angus', 'Hannah', 'Jess'],
    last: ['Smith', 'Wilson', 'Williams', 'Brown', 'Taylor', 'Jones', 'Thompson', 'Campbell', 'Anderson', 'Walker',
      'Robertson', 'Mackenzie', 'Stewart', 'Ngata', 'Tipene', 'Parata', 'Herewini', 'Rewi', 'Paewai', 'Tamihana',
      'Leota', 'Tuilagi', 'Fonoti', 'Patel', 'Singh', 'Chen', 'Wang', 'Li', 'Kim', 'Nguyen', 'O’Brien', 'McDonald',
      'Fraser', 'Morrison', 'Hay', 'Muir', 'Bell', 'Reid', 'Te Whata', 'van der Berg', 'Clarke', 'Hughes'],
  },
  NZ_OLDER: {
    first: ['Graeme', 'Bruce', 'Murray', 'Wayne', 'Craig', 'Shane', 'Grant', 'Kerry', 'Trevor', 'Barry', 'Brent',
      'Dion', 'Raewyn', 'Janine', 'Leanne', 'Colin', 'Ross', 'Allan', 'Robyn', 'Gavin', 'Stu', 'Hone', 'Rangi'],
    last: ['McKenzie', 'Hewitt', 'Sutherland', 'Brown', 'Wilson', 'Gibb', 'Dalzell', 'Hight', 'Ensor', 'Rutherford',
      'Te Rangi', 'Kingi', 'Murdoch', 'Lyall', 'Aitken', 'Cochrane', 'Pawson', 'Bell'],
  },
  AU: {
    first: ['Jack', 'Mia', 'Lachlan', 'Chloe', 'Matilda', 'Connor', 'Zoe', 'Bailey', 'Harper', 'Oscar', 'Ella',
      'Hugo', 'Sienna', 'Riley', 'Thi', 'Minh', 'Nikos', 'Giulia', 'Aidan', 'Ruby'],
    last: ['Smith', 'Kelly', 'Murphy', 'Ryan', 'O’Connor', 'Tran', 'Nguyen', 'Papadopoulos', 'Rossi', 'Walsh',
      'Harris', 'Mitchell', 'King', 'Lee', 'Martin', 'Bennett'],
  },
  GB: {
    first: ['Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Ava', 'Thomas', 'Emily', 'Charlie', 'Freya', 'Callum',
      'Eilidh'],
    last: ['Smith', 'Jones', 'Taylor', 'Brown', 'Evans', 'Davies', 'Hughes', 'Patel', 'Wright', 'Walker', 'Murray'],
  },
  DE: {
    first: ['Lukas', 'Anna', 'Felix', 'Lena', 'Jonas', 'Hannah', 'Maximilian', 'Sophie', 'Leon', 'Marie', 'Paul',
      'Johanna'],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer', 'Koch'],
  },
  US: {
    first: ['Ethan', 'Madison', 'Tyler', 'Ashley', 'Brandon', 'Jessica', 'Kyle', 'Megan', 'Austin', 'Lauren'],
    last: ['Garcia', 'Johnson', 'Miller', 'Davis', 'Martinez', 'Anderson', 'Thomas', 'Moore', 'Jackson', 'White'],
  },
  CA: {
    first: ['Liam', 'Emma', 'Noah', 'Olivia', 'Logan', 'Chloé', 'Gabriel', 'Maya'],
    last: ['Tremblay', 'Roy', 'Campbell', 'MacDonald', 'Wilson', 'Gagnon', 'Chan', 'Singh'],
  },
  CN: {
    first: ['Wei', 'Fang', 'Na', 'Jing', 'Lei', 'Min', 'Xin', 'Jie', 'Ting', 'Yang', 'Hao', 'Yu'],
    last: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu'],
  },
  HK: {
    first: ['Ka Ho', 'Wing Yan', 'Chun Kit', 'Hoi Ying', 'Tsz Hin'],
    last: ['Chan', 'Wong', 'Leung', 'Cheung', 'Lau'],
  },
  IL: {
    first: ['Noa', 'Yonatan', 'Tamar', 'Itai', 'Maya', 'Omer', 'Shira', 'Eitan', 'Yael', 'Daniel', 'Roni', 'Amit'],
    last: ['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Friedman', 'Katz', 'Avraham', 'Shapiro', 'Dahan'],
  },
  RU: {
    first: ['Dmitry', 'Alexei', 'Sergei', 'Ivan', 'Olga', 'Natalia', 'Mikhail', 'Andrei', 'Yulia', 'Pavel'],
    last: ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Volkov', 'Sokolov', 'Morozov', 'Lebedev'],
  },
  BY: {
    first: ['Andrei', 'Pavel', 'Tatsiana', 'Siarhei', 'Aliaksandr', 'Volha', 'Dzmitry'],
    last: ['Kavalenka', 'Novik', 'Sidarenka', 'Zhuk', 'Karpovich', 'Lis'],
  },
  IR: {
    first: ['Reza', 'Mohammad', 'Ali', 'Sara', 'Maryam', 'Amir', 'Neda', 'Hossein'],
    last: ['Hosseini', 'Ahmadi', 'Karimi', 'Rahimi', 'Mohammadi', 'Jafari', 'Rezaei'],
  },
};

export interface Person {
  first: string;
  last: string;
  name: string;
}

export function person(rng: Rng, country: string, older = false): Person {
  const names = NAMES[older && country === 'NZ' ? 'NZ_OLDER' : country] ?? NAMES['NZ'];
  const first = rng.pick(names?.first ?? ['Sam']);
  const last = rng.pick(names?.last ?? ['Smith']);
  return { first, last, name: `${first} ${last}` };
}

/** Letters of a name as they end up in an e-mail address. */
export const plain = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

type Providers = ReadonlyArray<readonly [string, number]>;

// prettier-ignore
const PROVIDERS: Readonly<Record<string, Providers>> = {
  NZ: [['gmail.com', 40], ['xtra.co.nz', 10], ['outlook.com', 8], ['hotmail.com', 8], ['icloud.com', 11],
    ['yahoo.co.nz', 3], ['slingshot.co.nz', 2], ['orcon.net.nz', 2], ['vodafone.co.nz', 1], ['windowslive.com', 1]],
  NZ_OLDER: [['xtra.co.nz', 30], ['gmail.com', 24], ['hotmail.com', 10], ['farmside.co.nz', 10], ['yahoo.co.nz', 5],
    ['vodafone.co.nz', 5], ['slingshot.co.nz', 4], ['inspire.net.nz', 3], ['outlook.com', 5], ['icloud.com', 4]],
  AU: [['gmail.com', 40], ['bigpond.com', 10], ['outlook.com', 10], ['hotmail.com', 8], ['icloud.com', 12],
    ['optusnet.com.au', 5], ['yahoo.com.au', 5], ['internode.on.net', 3], ['iinet.net.au', 3]],
  GB: [['gmail.com', 35], ['btinternet.com', 10], ['hotmail.co.uk', 12], ['outlook.com', 10], ['icloud.com', 10],
    ['yahoo.co.uk', 5], ['sky.com', 5], ['googlemail.com', 3]],
  DE: [['gmx.de', 25], ['web.de', 25], ['t-online.de', 12], ['gmail.com', 25], ['posteo.de', 5], ['outlook.de', 5]],
  US: [['gmail.com', 50], ['yahoo.com', 10], ['outlook.com', 8], ['icloud.com', 15], ['hotmail.com', 5],
    ['comcast.net', 4], ['aol.com', 3]],
  CA: [['gmail.com', 50], ['hotmail.com', 15], ['outlook.com', 10], ['icloud.com', 10], ['shaw.ca', 5],
    ['rogers.com', 5]],
  CN: [['qq.com', 45], ['163.com', 25], ['126.com', 10], ['foxmail.com', 5], ['gmail.com', 5], ['sina.com', 5],
    ['outlook.com', 5]],
  HK: [['gmail.com', 50], ['yahoo.com.hk', 20], ['outlook.com', 15], ['netvigator.com', 15]],
  IL: [['gmail.com', 65], ['walla.co.il', 12], ['hotmail.com', 10], ['outlook.com', 5], ['bezeqint.net', 8]],
  RU: [['mail.ru', 35], ['yandex.ru', 35], ['gmail.com', 20], ['rambler.ru', 10]],
  BY: [['mail.ru', 30], ['yandex.by', 20], ['gmail.com', 40], ['tut.by', 10]],
  IR: [['gmail.com', 70], ['yahoo.com', 20], ['chmail.ir', 10]],
};

/** A provider people in `country` use (older New Zealanders keep their old ISP addresses). */
export const providerFor = (rng: Rng, country: string, older = false): string =>
  rng.weightedPick(PROVIDERS[older && country === 'NZ' ? 'NZ_OLDER' : country] ?? PROVIDERS['NZ'] ?? []);

/** How people name their own mailbox: first.last, firstlast84, flast, first_last, first.l. */
export function emailOf(rng: Rng, p: Person, provider: string): string {
  const f = plain(p.first) || 'kiwi';
  const l = plain(p.last) || 'mail';
  if (provider === 'qq.com') return `${rng.int(1, 9)}${rng.digits(rng.int(7, 9))}@qq.com`;
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 30],
    [`${f}${l}${rng.int(1, 99)}`, 18],
    [`${f.charAt(0)}${l}`, 16],
    [`${f}_${l}`, 8],
    [`${f}.${l.charAt(0)}`, 6],
    [`${f}${rng.int(1960, 2006)}`, 10],
    [`${l}.${f}`, 6],
    [`${f}${l}`, 6],
  ]);
  return `${local}@${provider}`;
}

export type Platform = 'iphone' | 'android' | 'windows' | 'mac' | 'ipad' | 'linux';

// prettier-ignore
const AGENTS: Readonly<Record<Platform, readonly string[]>> = {
  iphone: [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.2 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/143.0.7499.92 Mobile/15E148 Safari/604.1',
  ],
  android: [
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/29.0 Chrome/136.0.0.0 Mobile Safari/537.36',
  ],
  windows: [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36 Edg/143.0.0.0',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:146.0) Gecko/20100101 Firefox/146.0',
  ],
  mac: [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36',
  ],
  ipad: [
    'Mozilla/5.0 (iPad; CPU OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1',
  ],
  linux: [
    'Mozilla/5.0 (X11; Linux x86_64; rv:146.0) Gecko/20100101 Firefox/146.0',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36',
  ],
};

/** WeChat's in-app browser, as Chinese visitors arrive from a shared link. */
export const WECHAT_AGENT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.61(0x18003d2c) NetType/WIFI Language/zh_CN';

// prettier-ignore
const PLATFORMS: ReadonlyArray<readonly [Platform, number]> = [
  ['iphone', 42], ['android', 21], ['windows', 20], ['mac', 12], ['ipad', 4], ['linux', 1],
];

/** A web fingerprint id; privacy blockers stop the script now and then. */
export const deviceId = (rng: Rng): string => `dv_${rng.token(22)}`;

/** A browser on a phone or computer; `mobile` keeps to phones. */
export function newDevice(
  rng: Rng,
  opts: { platform?: Platform; mobile?: boolean; blocked?: number } = {},
): Device {
  const platform =
    opts.platform ?? (opts.mobile ? (rng.chance(0.66) ? 'iphone' : 'android') : rng.weightedPick(PLATFORMS));
  const userAgent = rng.pick(AGENTS[platform]);
  return rng.chance(opts.blocked ?? 0.1) ? { userAgent } : { userAgent, id: deviceId(rng) };
}

/** Where an account lives and shops from. */
export type Segment = 'nz_urban' | 'nz_rural' | 'au' | 'expat';

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  segment: Segment;
  /** Where the holder lives (an expat: abroad). */
  country: string;
  tz: number;
  locale: string;
  home: Address;
  /** For an expat: the family in New Zealand the presents go to. */
  family?: Address;
  cards: HeldCard[];
  devices: Device[];
  nets: NetName[];
  mobileNets: NetName[];
  /** A Federated Mountain Clubs member, with the club discount. */
  club: boolean;
}

export interface CustomerBase {
  nzUrban: Account[];
  nzRural: Account[];
  au: Account[];
  expat: Account[];
}

const accountId = (rng: Rng): string => `cust_${rng.digits(8)}`;

/** Opened one month to about twelve years before the window, most in the last few years. */
const opened = (rng: Rng, start: number): number =>
  start - Math.floor((30 + Math.min(4300, rng.exp(700))) * DAY) - rng.int(0, DAY - 1);

function account(rng: Rng, start: number, segment: Segment): Account {
  const older = segment === 'nz_rural' ? rng.chance(0.7) : rng.chance(0.2);
  const expatIn =
    segment === 'expat'
      ? rng.weightedPick<string>([
          ['AU', 36],
          ['GB', 34],
          ['US', 12],
          ['CA', 8],
          ['DE', 4],
          ['HK', 6],
        ])
      : undefined;
  const country = segment === 'au' ? 'AU' : (expatIn ?? 'NZ');
  const p = person(rng, segment === 'au' ? 'AU' : 'NZ', older);
  // Kiwis abroad keep their old New Zealand mailbox as often as not.
  const provider =
    segment === 'expat' && rng.chance(0.35)
      ? rng.pick(['xtra.co.nz', 'gmail.com', 'hotmail.com'])
      : providerFor(rng, segment === 'nz_rural' || segment === 'nz_urban' ? 'NZ' : country, older);
  let home: Address;
  let tz = 13;
  if (segment === 'nz_rural') home = ruralAddress(rng);
  else if (segment === 'nz_urban') home = nzAddress(rng, pickTown(rng, NZ_TOWNS));
  else if (segment === 'au') {
    const place = rng.weightedPick(AU_CITIES.map((c) => [c, c.weight] as const));
    home = auAddress(rng, place);
    tz = place.tz;
  } else {
    const place = pickPlace(rng, country);
    home = abroadAddress(rng, country, place);
    tz = place.tz;
  }
  const cards = [newCard(rng, country)];
  if (rng.chance(0.35)) cards.push(newCard(rng, country, rng.chance(0.5) ? 'credit' : 'debit'));
  const devices = [newDevice(rng, { mobile: true, blocked: 0.06 })];
  if (rng.chance(0.55)) devices.push(newDevice(rng, { blocked: 0.1 }));
  const nets: NetName[] =
    segment === 'nz_rural'
      ? [rng.chance(0.55) ? 'nz-rural-wireless' : homeNet(rng, 'NZ')]
      : [homeNet(rng, country)];
  return {
    id: accountId(rng),
    email: emailOf(rng, p, provider),
    name: p.name,
    createdAt: opened(rng, start),
    segment,
    country,
    tz,
    locale: country === 'AU' ? 'en-AU' : 'en-NZ',
    home,
    ...(segment === 'expat'
      ? { family: rng.chance(0.2) ? ruralAddress(rng) : nzAddress(rng, pickTown(rng, NZ_TOWNS)) }
      : {}),
    cards,
    devices,
    nets,
    mobileNets: [homeNet(rng, country, true)],
    club: segment !== 'expat' && rng.chance(0.12),
  };
}

/** The store's accounts for a stream of `orders`: about one for every three orders, more townies than anyone. */
export function customerBase(rng: Rng, start: number, orders: number): CustomerBase {
  const make = (segment: Segment, n: number, label: string) =>
    Array.from({ length: Math.max(6, Math.round(n)) }, (_, i) =>
      account(rng.fork(`${label}${i}`), start, segment),
    );
  return {
    nzUrban: make('nz_urban', orders * 0.26, 'u'),
    nzRural: make('nz_rural', orders * 0.05, 'r'),
    au: make('au', orders * 0.04, 'a'),
    expat: make('expat', orders * 0.02, 'x'),
  };
}
