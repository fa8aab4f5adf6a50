import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { type Network, networkIn } from './networks.js';
import { addressIn, type Market, type Place, placeAbroad, twPlace } from './places.js';

/**
 * Buyers: names as they type them (Taiwanese in characters, everyone else in Latin letters), e-mail addresses at
 * the providers each country uses (HiNet and Yahoo Taiwan for the older generation), their phones and computers,
 * and the shop's member accounts.
 */

const SURNAMES: ReadonlyArray<readonly [string, string]> = [
  ['陳', 'Chen'],
  ['林', 'Lin'],
  ['黃', 'Huang'],
  ['張', 'Chang'],
  ['李', 'Li'],
  ['王', 'Wang'],
  ['吳', 'Wu'],
  ['劉', 'Liu'],
  ['蔡', 'Tsai'],
  ['楊', 'Yang'],
  ['許', 'Hsu'],
  ['鄭', 'Cheng'],
  ['謝', 'Hsieh'],
  ['洪', 'Hung'],
  ['郭', 'Kuo'],
  ['邱', 'Chiu'],
  ['曾', 'Tseng'],
  ['廖', 'Liao'],
  ['賴', 'Lai'],
  ['周', 'Chou'],
  ['徐', 'Hsu'],
  ['蘇', 'Su'],
  ['葉', 'Yeh'],
  ['莊', 'Chuang'],
  ['呂', 'Lu'],
  ['江', 'Chiang'],
];

const GIVEN: ReadonlyArray<readonly [string, string]> = [
  ['怡君', 'Yi-Chun'],
  ['雅婷', 'Ya-Ting'],
  ['家豪', 'Chia-Hao'],
  ['志偉', 'Chih-Wei'],
  ['佩珊', 'Pei-Shan'],
  ['宇軒', 'Yu-Hsuan'],
  ['冠宇', 'Kuan-Yu'],
  ['柏翰', 'Po-Han'],
  ['欣怡', 'Hsin-Yi'],
  ['建宏', 'Chien-Hung'],
  ['詩涵', 'Shih-Han'],
  ['承恩', 'Cheng-En'],
  ['佳穎', 'Chia-Ying'],
  ['俊傑', 'Chun-Chieh'],
  ['淑芬', 'Shu-Fen'],
  ['宗翰', 'Tsung-Han'],
  ['品妤', 'Pin-Yu'],
  ['彥廷', 'Yen-Ting'],
  ['郁婷', 'Yu-Ting'],
  ['嘉玲', 'Chia-Ling'],
];

const SENIOR_GIVEN: ReadonlyArray<readonly [string, string]> = [
  ['文雄', 'Wen-Hsiung'],
  ['美玉', 'Mei-Yu'],
  ['秀琴', 'Hsiu-Chin'],
  ['麗華', 'Li-Hua'],
  ['金龍', 'Chin-Lung'],
  ['淑貞', 'Shu-Chen'],
  ['明德', 'Ming-Te'],
  ['玉蘭', 'Yu-Lan'],
  ['清水', 'Ching-Shui'],
  ['阿桃', 'A-Tao'],
];

const ENGLISH_GIVEN = [
  'Kevin',
  'Grace',
  'Jennifer',
  'Michael',
  'Vivian',
  'Eric',
  'Joyce',
  'Jason',
  'Amy',
  'Allen',
  'Tiffany',
  'Ivy',
];

/** People abroad who are not of Taiwanese descent, by country: given names, then family names. */
const LOCAL_NAMES: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  HK: [
    [
      'Ka Yan',
      'Wing Sze',
      'Ho Yin',
      'Chi Keung',
      'Hoi Ying',
      'Tsz Ching',
      'Man Kit',
      'Karen',
      'Raymond',
      'Winnie',
    ],
    ['Chan', 'Wong', 'Lee', 'Cheung', 'Lau', 'Ho', 'Leung', 'Ng', 'Tsang', 'Yip'],
  ],
  JP: [
    ['Yuki', 'Haruka', 'Kenji', 'Takashi', 'Aya', 'Mai', 'Daisuke', 'Naoko', 'Hiroshi', 'Emi'],
    ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato'],
  ],
  US: [
    ['Emily', 'James', 'Sarah', 'David', 'Megan', 'Robert', 'Laura', 'Daniel', 'Rachel', 'Brian'],
    ['Smith', 'Johnson', 'Miller', 'Davis', 'Anderson', 'Thompson', 'Garcia', 'Nguyen', 'Kim', 'Patel'],
  ],
  CA: [
    ['Olivia', 'Liam', 'Chloé', 'Noah', 'Emma', 'Ethan', 'Sophie', 'Lucas'],
    ['Tremblay', 'Roy', 'MacDonald', 'Wilson', 'Campbell', 'Leblanc', 'Wong', 'Singh'],
  ],
  DE: [
    ['Anna', 'Jonas', 'Lena', 'Felix', 'Julia', 'Lukas', 'Katrin', 'Tobias'],
    ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Wagner'],
  ],
  FR: [
    ['Camille', 'Julien', 'Claire', 'Nicolas', 'Léa', 'Thomas', 'Manon', 'Antoine'],
    ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Fontaine'],
  ],
  NL: [
    ['Sanne', 'Daan', 'Femke', 'Bram', 'Lotte', 'Joris', 'Eva', 'Ruben'],
    ['de Jong', 'Jansen', 'de Vries', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Mulder'],
  ],
  GB: [
    ['Oliver', 'Charlotte', 'Harry', 'Amelia', 'George', 'Isla', 'Jack', 'Sophie'],
    ['Taylor', 'Brown', 'Wilson', 'Evans', 'Walker', 'Wright', 'Hughes', 'Clarke'],
  ],
  RU: [
    ['Dmitry', 'Anna', 'Sergey', 'Olga', 'Alexey', 'Ekaterina'],
    ['Ivanov', 'Smirnova', 'Kuznetsov', 'Popova', 'Sokolov', 'Volkova'],
  ],
  BY: [
    ['Andrei', 'Volha', 'Siarhei', 'Tatsiana'],
    ['Kavalenka', 'Novik', 'Marozau', 'Shevchuk'],
  ],
  IR: [
    ['Reza', 'Maryam', 'Ali', 'Sara', 'Mohammad', 'Zahra'],
    ['Hosseini', 'Ahmadi', 'Karimi', 'Rezaei', 'Moradi', 'Jafari'],
  ],
};

const DOMAINS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  TW: [
    ['gmail.com', 52],
    ['yahoo.com.tw', 14],
    ['hotmail.com', 8],
    ['icloud.com', 9],
    ['outlook.com', 5],
    ['msa.hinet.net', 4],
    ['pchome.com.tw', 2],
  ],
  TW_SENIOR: [
    ['msa.hinet.net', 30],
    ['yahoo.com.tw', 30],
    ['gmail.com', 35],
    ['ms1.hinet.net', 5],
  ],
  HK: [
    ['gmail.com', 50],
    ['yahoo.com.hk', 18],
    ['hotmail.com', 12],
    ['icloud.com', 10],
    ['netvigator.com', 6],
  ],
  JP: [
    ['gmail.com', 38],
    ['yahoo.co.jp', 22],
    ['icloud.com', 16],
    ['docomo.ne.jp', 8],
    ['ezweb.ne.jp', 6],
    ['outlook.jp', 5],
  ],
  US: [
    ['gmail.com', 55],
    ['yahoo.com', 12],
    ['outlook.com', 8],
    ['icloud.com', 12],
    ['hotmail.com', 6],
    ['comcast.net', 3],
  ],
  CA: [
    ['gmail.com', 52],
    ['hotmail.com', 14],
    ['outlook.com', 10],
    ['yahoo.ca', 8],
    ['shaw.ca', 4],
    ['icloud.com', 8],
  ],
  DE: [
    ['gmx.de', 25],
    ['web.de', 22],
    ['gmail.com', 30],
    ['t-online.de', 12],
    ['posteo.de', 3],
  ],
  FR: [
    ['gmail.com', 40],
    ['orange.fr', 16],
    ['free.fr', 12],
    ['hotmail.fr', 12],
    ['laposte.net', 8],
    ['sfr.fr', 6],
  ],
  NL: [
    ['gmail.com', 45],
    ['hotmail.com', 18],
    ['outlook.com', 14],
    ['ziggo.nl', 8],
    ['kpnmail.nl', 6],
  ],
  GB: [
    ['gmail.com', 45],
    ['hotmail.co.uk', 15],
    ['outlook.com', 12],
    ['yahoo.co.uk', 8],
    ['btinternet.com', 8],
    ['icloud.com', 10],
  ],
  RU: [
    ['mail.ru', 35],
    ['yandex.ru', 35],
    ['gmail.com', 30],
  ],
  BY: [
    ['mail.ru', 40],
    ['tut.by', 20],
    ['gmail.com', 40],
  ],
  IR: [
    ['gmail.com', 70],
    ['yahoo.com', 30],
  ],
};

export interface Person {
  /** As typed at checkout. */
  name: string;
  email: string;
  /** The family name, for relatives who share it. */
  family: readonly [string, string];
}

const compact = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');
const initials = (given: string): string =>
  given
    .split(/[- ]/)
    .map((p) => p.charAt(0).toLowerCase())
    .join('');

/** An e-mail local part the way people make them: names, initials, a birthday or a lucky number. */
export function localPart(rng: Rng, given: string, family: string): string {
  const g = compact(given);
  const f = compact(family);
  const year = String(rng.int(62, 105) % 100).padStart(2, '0');
  return rng.weightedPick<string>([
    [`${g}.${f}`, 3],
    [`${f}${g}`, 2],
    [`${initials(given)}${f}${year}`, 3],
    [`${g}${rng.int(1, 12)}${String(rng.int(1, 28)).padStart(2, '0')}`, 2],
    [`${f}_${initials(given)}${rng.pick(['88', '520', '1314', '168', '666', '0'])}`, 2],
  ]);
}

export function emailAt(rng: Rng, country: string, local: string): string {
  const domains = DOMAINS[country] ?? DOMAINS.US ?? [];
  return `${local}@${rng.weightedPick(domains)}`;
}

/** A Taiwanese adult; `senior` for the parents' generation (older given names, HiNet and Yahoo mailboxes). */
export function twPerson(rng: Rng, senior = false, family?: readonly [string, string]): Person {
  const f = family ?? rng.pick(SURNAMES);
  const [zh, roman] = rng.pick(senior ? SENIOR_GIVEN : GIVEN);
  return {
    name: `${f[0]}${zh}`,
    email: emailAt(rng, senior ? 'TW_SENIOR' : 'TW', localPart(rng, roman, f[1])),
    family: f,
  };
}

/** A Taiwanese emigrant or student abroad: an English given name, the family's romanised surname. */
export function diasporaPerson(rng: Rng, country: string): Person {
  const f = rng.pick(SURNAMES);
  const given = rng.chance(0.7) ? rng.pick(ENGLISH_GIVEN) : rng.pick(GIVEN)[1];
  return { name: `${given} ${f[1]}`, email: emailAt(rng, country, localPart(rng, given, f[1])), family: f };
}

export function localPerson(rng: Rng, country: string): Person {
  const names = LOCAL_NAMES[country] ?? LOCAL_NAMES.US;
  if (!names) throw new Error('no names');
  const given = rng.pick(names[0]);
  const family = rng.pick(names[1]);
  const name = country === 'HK' ? `${family} ${given}` : `${given} ${family}`;
  return { name, email: emailAt(rng, country, localPart(rng, given, family)), family: ['', family] };
}

/** A throwaway address of the kind fraudsters open by the dozen. */
export function throwawayEmail(rng: Rng): string {
  const local = rng.weightedPick<string>([
    [`${rng.token(rng.int(6, 9), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 4))}`, 4],
    [`${compact(rng.pick(GIVEN)[1])}${rng.digits(5)}`, 3],
    [`tw${rng.pick(['shop', 'buy', 'tea', 'gift'])}${rng.digits(4)}`, 1],
  ]);
  return `${local}@${rng.weightedPick<string>([
    ['gmail.com', 55],
    ['outlook.com', 20],
    ['hotmail.com', 15],
    ['proton.me', 10],
  ])}`;
}

// User agents as of January 2027: Safari reports iOS frozen at 18_6 from iOS 26 on; Chrome reduces Android to "K".
const IOS_SAFARI = (v: string) =>
  `Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Mobile/15E148 Safari/604.1`;
const IOS_LINE = (ios: string, line: string) =>
  `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/${line}`;
const ANDROID_CHROME = (v: number) =>
  `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Mobile Safari/537.36`;
const ANDROID_LINE = (android: number, model: string, chrome: number, line: string) =>
  `Mozilla/5.0 (Linux; Android ${android}; ${model} Build/AP2A.240905.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${chrome}.0.0.0 Mobile Safari/537.36 Line/${line}/IAB`;
const SAMSUNG = (model: string) =>
  `Mozilla/5.0 (Linux; Android 15; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/29.0 Chrome/136.0.0.0 Mobile Safari/537.36`;
const FB_IOS = `Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/512.0.0.41.105;FBBV/712345678;FBDV/iPhone16,2;FBMD/iPhone;FBSN/iOS;FBSV/26.2;FBSS/3;FBLC/zh_TW]`;

const WIN_CHROME = (v: number) =>
  `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`;
const WIN_EDGE = (v: number) => `${WIN_CHROME(v)} Edg/${v}.0.0.0`;
const MAC_SAFARI = (v: string) =>
  `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Safari/605.1.15`;
const IPAD = (ios: string) =>
  `Mozilla/5.0 (iPad; CPU OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${ios.split('_')[0]}.0 Mobile/15E148 Safari/604.1`;

/** The web fingerprint script runs on most visits; blockers and some in-app browsers stop it. */
const withId = (rng: Rng, userAgent: string, idShare = 0.88): Device =>
  rng.chance(idShare) ? { id: `dv_${rng.token(20)}`, userAgent } : { userAgent };

/** A phone in Taiwan: iPhones lead, then Samsung, OPPO, ASUS; many shop from LINE's in-app browser. */
export function twPhone(rng: Rng): Device {
  const ua = rng.weightedPick<string>([
    [IOS_SAFARI(rng.pick(['26.2', '27.1', '27.2'])), 34],
    [IOS_LINE(rng.pick(['18_6', '17_7']), rng.pick(['15.21.0', '15.22.1'])), 14],
    [FB_IOS, 4],
    [ANDROID_CHROME(rng.pick([155, 156, 157])), 22],
    [
      ANDROID_LINE(
        rng.pick([14, 15, 16]),
        rng.pick(['SM-S9310', 'CPH2609', 'ASUS_AI2401_A', '2312DRA50G']),
        156,
        '15.22.1',
      ),
      12,
    ],
    [SAMSUNG(rng.pick(['SM-A5660', 'SM-S9310', 'SM-A3560'])), 8],
  ]);
  return withId(rng, ua);
}

/** The parents' generation: an older Android in LINE's browser, or a hand-me-down iPad. */
export function seniorDevice(rng: Rng): Device {
  const ua = rng.weightedPick<string>([
    [
      ANDROID_LINE(rng.pick([11, 12, 13]), rng.pick(['SM-A5360', 'CPH2219', 'ASUS_I005D']), 138, '14.18.1'),
      5,
    ],
    [IPAD(rng.pick(['16_7_10', '15_8_3'])), 3],
    [ANDROID_CHROME(rng.pick([131, 138])), 2],
  ]);
  return withId(rng, ua, 0.8);
}

export function desktop(rng: Rng): Device {
  const ua = rng.weightedPick<string>([
    [WIN_CHROME(rng.pick([156, 157])), 45],
    [WIN_EDGE(rng.pick([156, 157])), 20],
    [MAC_SAFARI(rng.pick(['26.2', '27.1'])), 20],
    [
      `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36`,
      15,
    ],
  ]);
  return withId(rng, ua, 0.92);
}

/** Any buyer's device: a phone most of the time. */
export function anyDevice(rng: Rng, phoneShare = 0.7): Device {
  return rng.chance(phoneShare) ? twPhone(rng) : desktop(rng);
}

/** A member of the shop's site: the checkout fills in their name, address and saved cards. */
export interface Account {
  id: string;
  email: string;
  name: string;
  family: readonly [string, string];
  createdAt: number;
  market: Market;
  place: Place;
  address: Address;
  cards: HeldCard[];
  device: Device;
  network: Network;
  /** The wallet they link to everything, when they have one. */
  wallet?: 'line_pay' | 'jko_pay';
  /** A few accounts see most of the repeat orders. */
  active: boolean;
}

const ACCOUNT_MARKETS: ReadonlyArray<readonly [Market, number]> = [
  ['TW', 84],
  ['HK', 5],
  ['JP', 4],
  ['US', 3],
  ['CA', 1],
  ['DE', 1],
  ['FR', 0.7],
  ['NL', 0.6],
  ['GB', 0.7],
];

/** One account for every three orders expected, opened one month to eight years before the season. */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  return Array.from({ length: Math.max(60, Math.round(orders / 3)) }, (_, i) => {
    const r = rng.fork(`a${i}`);
    const market = r.weightedPick(ACCOUNT_MARKETS);
    const place = market === 'TW' ? twPlace(r) : placeAbroad(r, market);
    const diaspora = market !== 'TW' && r.chance(0.5);
    const person =
      market === 'TW' ? twPerson(r) : diaspora ? diasporaPerson(r, market) : localPerson(r, market);
    const cards = [newCard(r, market)];
    if (r.chance(0.35)) cards.push(newCard(r, market));
    const wallet =
      market === 'TW'
        ? r.weightedPick<'line_pay' | 'jko_pay' | 'none'>([
            ['line_pay', 35],
            ['jko_pay', 12],
            ['none', 53],
          ])
        : 'none';
    return {
      id: `mbr_${2_000_000 + i * 53 + r.int(0, 52)}`,
      email: person.email,
      name: person.name,
      family: person.family,
      createdAt: start - Math.floor(r.float(30, 8 * 365) * DAY),
      market,
      place,
      address: addressIn(r, place),
      cards,
      device: market === 'TW' ? twPhone(r) : anyDevice(r, 0.55),
      network: networkIn(r, market, 0.55),
      ...(wallet !== 'none' ? { wallet } : {}),
      active: r.chance(0.45),
    };
  });
}
