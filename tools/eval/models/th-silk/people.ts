import { type Address, type Card, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { newCard } from './cards.js';
import { FOREIGN_WEIGHTS, homeIn, market } from './places.js';
import { homeNetwork, type Network, THAI_MOBILE, network } from './networks.js';

/** Names, e-mail addresses, devices and the shop's accounts. */

const THAI_FIRST = [
  'Somchai',
  'Suda',
  'Nattapong',
  'Siriporn',
  'Kanya',
  'Pimchanok',
  'Thanawat',
  'Wanida',
  'Chayanin',
  'Apinya',
  'Kittisak',
  'Pornpimol',
  'Supachai',
  'Warunee',
  'Jirapat',
  'Nattaya',
  'Pattarapon',
  'Kamonchanok',
  'Thitima',
  'Ekkachai',
  'Araya',
  'Panida',
  'Sasiwimon',
  'Chanakan',
  'Niran',
  'Orawan',
  'Prasert',
  'Rattana',
  'Sakda',
  'Tanyarat',
];
const THAI_LAST = [
  'Srisuk',
  'Chaiyaporn',
  'Wongsawat',
  'Thongchai',
  'Saetang',
  'Rattanakul',
  'Phromma',
  'Sukprasert',
  'Kaewmanee',
  'Boonmee',
  'Jaidee',
  'Suwannarat',
  'Chantarasombat',
  'Tangsakul',
  'Limpanich',
  'Wattanapong',
  'Siriwat',
  'Kongkaew',
  'Pongpanich',
  'Intharasombat',
];
/** Thai nicknames, which Thai e-mail handles are usually built on. */
const NICKNAMES = [
  'nok',
  'pim',
  'fon',
  'bee',
  'ploy',
  'beam',
  'oat',
  'bank',
  'aom',
  'mint',
  'ton',
  'golf',
  'toey',
  'ice',
  'nan',
  'kwan',
  'pond',
  'jaa',
  'mook',
  'ning',
];

const NAMES: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  EN: [
    [
      'James',
      'Emily',
      'Michael',
      'Sarah',
      'David',
      'Jessica',
      'Chris',
      'Laura',
      'Daniel',
      'Rachel',
      'Matthew',
      'Hannah',
      'Andrew',
      'Megan',
      'Tom',
      'Olivia',
      'Ben',
      'Chloe',
      'Ryan',
      'Grace',
    ],
    [
      'Smith',
      'Johnson',
      'Williams',
      'Brown',
      'Taylor',
      'Miller',
      'Wilson',
      'Anderson',
      'Thomas',
      'Walker',
      'Harris',
      'Clarke',
      'Lewis',
      'Robinson',
      'Wright',
      'Mitchell',
      'Campbell',
      'Evans',
      'Murphy',
      "O'Brien",
    ],
  ],
  DE: [
    ['Anna', 'Lukas', 'Sophie', 'Jonas', 'Laura', 'Felix', 'Katrin', 'Stefan', 'Julia', 'Tobias'],
    ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Wagner', 'Koch', 'Richter'],
  ],
  FR: [
    ['Camille', 'Julien', 'Claire', 'Nicolas', 'Élise', 'Thomas', 'Manon', 'Antoine', 'Chloé', 'Hugo'],
    ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Roux', 'Fontaine', 'Mercier'],
  ],
  NL: [
    ['Daan', 'Sanne', 'Bram', 'Lotte', 'Ruben', 'Eva', 'Joost', 'Femke'],
    ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'de Boer', 'Mulder'],
  ],
  IT: [
    ['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Matteo', 'Sara', 'Andrea'],
    ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci'],
  ],
  ES: [
    ['Lucía', 'Pablo', 'María', 'Javier', 'Carmen', 'Sergio', 'Laura', 'Álvaro'],
    ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Ruiz'],
  ],
  JP: [
    ['Yuki', 'Haruto', 'Aoi', 'Sota', 'Mei', 'Ren', 'Sakura', 'Kenji'],
    ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura'],
  ],
  KR: [
    ['Minji', 'Jihoon', 'Seoyeon', 'Hyunwoo', 'Jiwoo', 'Donghyun'],
    ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang'],
  ],
  ZH: [
    ['Wei Ling', 'Jun Hao', 'Mei Xin', 'Kai Wen', 'Hui Min', 'Zhi Hao', 'Xin Yi', 'Jia Hui'],
    ['Tan', 'Lim', 'Lee', 'Ng', 'Wong', 'Chan', 'Chen', 'Lau'],
  ],
};

const NAME_SET: Readonly<Record<string, keyof typeof NAMES>> = {
  US: 'EN',
  CA: 'EN',
  GB: 'EN',
  AU: 'EN',
  DE: 'DE',
  CH: 'DE',
  FR: 'FR',
  NL: 'NL',
  IT: 'IT',
  ES: 'ES',
  JP: 'JP',
  KR: 'KR',
  SG: 'ZH',
  HK: 'ZH',
};

/** A person's name as the country writes it; Thais by their given and family names. */
export function personName(rng: Rng, country: string): string {
  if (country === 'TH') return `${rng.pick(THAI_FIRST)} ${rng.pick(THAI_LAST)}`;
  const [first, last] = NAMES[NAME_SET[country] ?? 'EN'] ?? [['Alex'], ['Smith']];
  return `${rng.pick(first)} ${rng.pick(last)}`;
}

const LOCAL_MAIL: Readonly<Record<string, readonly string[]>> = {
  TH: ['hotmail.com', 'hotmail.co.th', 'yahoo.com'],
  US: ['yahoo.com', 'comcast.net', 'aol.com'],
  CA: ['yahoo.ca', 'shaw.ca'],
  GB: ['btinternet.com', 'yahoo.co.uk', 'hotmail.co.uk'],
  DE: ['gmx.de', 'web.de', 't-online.de'],
  FR: ['orange.fr', 'free.fr', 'laposte.net'],
  NL: ['ziggo.nl', 'kpnmail.nl'],
  IT: ['libero.it', 'virgilio.it'],
  ES: ['yahoo.es', 'telefonica.net'],
  CH: ['bluewin.ch', 'gmx.ch'],
  AU: ['bigpond.com', 'optusnet.com.au'],
  SG: ['singnet.com.sg'],
  HK: ['netvigator.com'],
  JP: ['yahoo.co.jp', 'docomo.ne.jp'],
  KR: ['naver.com', 'daum.net'],
};

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** An e-mail address a person with this name would have: big providers, the country's own, Thai nicknames. */
export function emailFor(rng: Rng, name: string, country: string, thai = country === 'TH'): string {
  const [first = 'x', ...rest] = name.split(' ');
  const last = ascii(rest.join('')) || 'x';
  const f = ascii(first);
  const domain = rng.weightedPick<string>([
    ['gmail.com', 50],
    ['outlook.com', 8],
    ['icloud.com', 10],
    [rng.pick(LOCAL_MAIL[thai ? 'TH' : country] ?? ['yahoo.com']), thai ? 28 : 20],
  ]);
  const n = rng.int(1, 99);
  const handle = thai
    ? rng.weightedPick<string>([
        [`${rng.pick(NICKNAMES)}.${f}`, 3],
        [`${rng.pick(NICKNAMES)}${f.slice(0, 3)}${n}`, 3],
        [`${f}.${last.slice(0, 4)}`, 2],
        [`${f}_${n}${rng.int(0, 9)}`, 2],
      ])
    : rng.weightedPick<string>([
        [`${f}.${last}`, 4],
        [`${f}${last}${n}`, 3],
        [`${f[0] ?? 'x'}${last}`, 2],
        [`${f}_${last[0] ?? 'x'}${n}`, 1],
      ]);
  return `${handle}@${domain}`;
}

const IOS = ['17_6', '18_3', '18_6', '26_1'];
const ANDROID_PHONES = [
  'SM-A556E',
  'SM-S921B',
  'CPH2581',
  'CPH2591',
  'V2250',
  '23129RAA4G',
  'RMX3834',
  'SM-A155F',
];
const CHROME = ['130.0.6723.102', '131.0.6778.135', '132.0.6834.83'];

/** The kind of device a buyer uses. */
export type DeviceKind = 'iphone' | 'android' | 'ipad' | 'mac' | 'windows';

/** A user agent: mobile browsers, LINE's and Facebook's in-app browsers (`inApp`), desktops. */
export function userAgent(rng: Rng, kind: DeviceKind, inApp = false): string {
  const ios = rng.pick(IOS);
  const chrome = rng.pick(CHROME);
  const webkit = 'AppleWebKit/605.1.15 (KHTML, like Gecko)';
  if (kind === 'iphone') {
    const base = `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) ${webkit}`;
    if (inApp)
      return rng.chance(0.7)
        ? `${base} Mobile/15E148 Safari Line/14.${rng.int(12, 22)}.0`
        : `${base} Mobile/15E148 [FBAN/FBIOS;FBAV/49${rng.int(0, 9)}.0.0.36.104;FBBV/6${rng.digits(8)}]`;
    return `${base} Version/${ios.replace('_', '.')} Mobile/15E148 Safari/604.1`;
  }
  if (kind === 'android') {
    const base = `Mozilla/5.0 (Linux; Android ${rng.int(12, 15)}; ${rng.pick(ANDROID_PHONES)}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Mobile Safari/537.36`;
    if (inApp)
      return rng.chance(0.7)
        ? `${base} Line/14.${rng.int(12, 22)}.1/IAB`
        : `${base} [FB_IAB/FB4A;FBAV/49${rng.int(0, 9)}.0.0.45.102;]`;
    return base;
  }
  if (kind === 'ipad')
    return `Mozilla/5.0 (iPad; CPU OS ${ios} like Mac OS X) ${webkit} Version/${ios.replace('_', '.')} Mobile/15E148 Safari/604.1`;
  if (kind === 'mac')
    return rng.chance(0.6)
      ? `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) ${webkit} Version/18.${rng.int(2, 6)} Safari/605.1.15`
      : `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`;
  return rng.chance(0.8)
    ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`
    : `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36 Edg/${chrome.split('.')[0]}.0.0.0`;
}

/** A device: the shop's fingerprint script reports an id most of the time (blocked by some browsers). */
export function deviceOf(rng: Rng, kind: DeviceKind, inApp = false): Device {
  const ua = userAgent(rng, kind, inApp);
  return rng.chance(0.88) ? { id: `dev_${rng.token(20)}`, userAgent: ua } : { userAgent: ua };
}

/** What a Thai shopper holds: mostly phones, shopping from LINE and Facebook links now and then. */
export function thaiDevice(rng: Rng, inAppShare = 0.18): Device {
  const kind = rng.weightedPick<DeviceKind>([
    ['iphone', 40],
    ['android', 42],
    ['ipad', 3],
    ['windows', 10],
    ['mac', 5],
  ]);
  return deviceOf(rng, kind, (kind === 'iphone' || kind === 'android') && rng.chance(inAppShare));
}

/** What a buyer abroad holds. */
export function foreignDevice(rng: Rng, mobile = 0.55): Device {
  const phone = rng.chance(mobile);
  const kind: DeviceKind = phone
    ? rng.chance(0.62)
      ? 'iphone'
      : 'android'
    : rng.weightedPick<DeviceKind>([
        ['mac', 40],
        ['windows', 50],
        ['ipad', 10],
      ]);
  return deviceOf(rng, kind, phone && rng.chance(0.08));
}

/** A Thai or foreign account in the shop's books. */
export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  country: string;
  thai: boolean;
  home: Address;
  tz: number;
  cards: Card[];
  /** Pays by PayPal rather than card, abroad. */
  paypal: boolean;
  device: Device;
  network: Network;
  locale: string;
  /** Measurements on file from a fitting in the showroom. */
  measured: boolean;
  /** How often the account buys: repeat customers and takeovers both favour busy accounts. */
  activity: number;
}

/** One account for every four orders expected: 60 % Thai, the rest customers abroad who once visited. */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  return Array.from({ length: Math.max(12, Math.round(orders / 4)) }, (_, i) => {
    const r = rng.fork(`a${i}`);
    const thai = r.chance(0.6);
    const country = thai ? 'TH' : r.weightedPick(FOREIGN_WEIGHTS);
    const { address, tz } = homeIn(r, country);
    const name = personName(r, country);
    const cards = [newCard(r, country)];
    if (r.chance(0.3)) cards.push(newCard(r, country));
    return {
      id: `cus_${r.token(14)}`,
      email: emailFor(r, name, country),
      name,
      createdAt: start - Math.floor(r.float(20, 6 * 365) * DAY),
      country,
      thai,
      home: address,
      tz,
      cards,
      paypal: !thai && r.chance(0.3),
      device: thai ? thaiDevice(r, 0.1) : foreignDevice(r),
      network: thai && r.chance(0.5) ? network(r.pick(THAI_MOBILE)) : homeNetwork(r, country),
      locale: thai ? 'th-TH' : market(country).locale,
      measured: r.chance(thai ? 0.15 : 0.3),
      activity: r.chance(0.3) ? r.float(3, 8) : r.float(0.2, 1.5),
    };
  });
}

/** An account, busy ones more often. */
export const pickAccount = (rng: Rng, base: readonly Account[], which?: (a: Account) => boolean): Account => {
  const pool = which ? base.filter(which) : base;
  return rng.weightedPick((pool.length > 0 ? pool : base).map((a) => [a, a.activity] as const));
};
