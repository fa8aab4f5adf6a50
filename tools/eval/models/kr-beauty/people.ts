import { type Address, type Card, type Device, DAY } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { card } from './cards.js';
import { type Addresses, network, type Network } from './networks.js';
import { abroad, krAddress, market, MARKETS } from './places.js';
import { type Customer, type Method } from './purchase.js';

/**
 * People: Korean names in Hangul with the romanised handles they use in e-mail, overseas names by market,
 * the mail providers each group uses, phones and browsers, and a crowd of registered members (with an account
 * age, a home line, a phone, a card and a points balance) that repeat customers and victims come from.
 */

const SURNAMES = [
  ['김', 'kim'],
  ['이', 'lee'],
  ['박', 'park'],
  ['최', 'choi'],
  ['정', 'jung'],
  ['강', 'kang'],
  ['조', 'cho'],
  ['윤', 'yoon'],
  ['장', 'jang'],
  ['임', 'lim'],
  ['한', 'han'],
  ['오', 'oh'],
] as const;
const GIVEN = [
  ['지윤', 'jiyoon'],
  ['서연', 'seoyeon'],
  ['민지', 'minji'],
  ['수빈', 'subin'],
  ['하은', 'haeun'],
  ['예린', 'yerin'],
  ['유진', 'yujin'],
  ['지민', 'jimin'],
  ['현우', 'hyunwoo'],
  ['도윤', 'doyoon'],
  ['은비', 'eunbi'],
  ['소희', 'sohee'],
  ['다은', 'daeun'],
  ['채원', 'chaewon'],
  ['민준', 'minjun'],
  ['나연', 'nayeon'],
] as const;
const FIRST: Record<string, readonly string[]> = {
  west: [
    'Emily',
    'Olivia',
    'Sophie',
    'Chloe',
    'Hannah',
    'Jessica',
    'Megan',
    'Ava',
    'Lucas',
    'Daniel',
    'Grace',
    'Zoe',
  ],
  sea: [
    'Nur',
    'Siti',
    'Aisyah',
    'Putri',
    'Angelica',
    'Maria',
    'Trang',
    'Linh',
    'Mei Ling',
    'Wei Ting',
    'Jasmine',
    'Kristine',
  ],
  east: ['Yuki', 'Haruka', 'Ka Yan', 'Wing Sze', 'Yu-Ting', 'Pei-Shan', 'Misaki', 'Hoi Yan'],
  gulf: ['Fatima', 'Noura', 'Aisha', 'Mariam', 'Sara', 'Latifa'],
};
const LAST: Record<string, readonly string[]> = {
  west: [
    'Smith',
    'Johnson',
    'Brown',
    'Nguyen',
    'Garcia',
    'Miller',
    'Wilson',
    'Taylor',
    'Martin',
    'Müller',
    'Rossi',
    'Kowalska',
  ],
  sea: ['Abdullah', 'Tan', 'Lim', 'Santos', 'Reyes', 'Wijaya', 'Nguyen', 'Tran', 'Ong', 'Hidayat'],
  east: ['Chan', 'Wong', 'Lin', 'Chen', 'Sato', 'Suzuki', 'Cheung'],
  gulf: ['Al Mansoori', 'Al Harbi', 'Al Thani', 'Al Sabah', 'Hassan'],
};
const REGION: Record<string, string> = {
  SG: 'sea',
  MY: 'sea',
  ID: 'sea',
  PH: 'sea',
  VN: 'sea',
  HK: 'east',
  TW: 'east',
  JP: 'east',
  AE: 'gulf',
  SA: 'gulf',
  QA: 'gulf',
  KW: 'gulf',
};

export interface Name {
  display: string;
  handle: string;
}

export function koreanName(rng: Rng): Name {
  const [s, sr] = rng.pick(SURNAMES);
  const [g, gr] = rng.pick(GIVEN);
  return { display: `${s}${g}`, handle: rng.chance(0.5) ? `${gr}${sr}` : `${sr}.${gr}` };
}

export function foreignName(rng: Rng, country: string): Name {
  const region = REGION[country] ?? 'west';
  const first = rng.pick(FIRST[region] ?? []);
  const last = rng.pick(LAST[region] ?? []);
  return {
    display: `${first} ${last}`,
    handle: `${first}${rng.chance(0.5) ? '.' : ''}${last}`.toLowerCase().replace(/[^a-z.]/g, ''),
  };
}

/** Korean shoppers mostly use Naver and Daum; the world uses Gmail, Outlook, Yahoo and iCloud. */
export function email(rng: Rng, name: Name, korean: boolean): string {
  const domain = korean
    ? rng.weightedPick([
        ['naver.com', 55],
        ['gmail.com', 22],
        ['daum.net', 10],
        ['hanmail.net', 7],
        ['kakao.com', 6],
      ] as const)
    : rng.weightedPick([
        ['gmail.com', 60],
        ['yahoo.com', 10],
        ['outlook.com', 10],
        ['hotmail.com', 8],
        ['icloud.com', 12],
      ] as const);
  const tail = rng.chance(0.6) ? String(rng.int(80, 2005)).slice(-2) : rng.chance(0.5) ? rng.digits(3) : '';
  return `${name.handle}${tail}@${domain}`;
}

/** Apple's Hide My Email, DuckDuckGo and Proton: honest privacy-minded sign-ups. */
export function relayEmail(rng: Rng): string {
  return rng.weightedPick([
    [`${rng.token(10, 'abcdefghijklmnopqrstuvwxyz')}_${rng.digits(3)}@privaterelay.appleid.com`, 6],
    [
      `${rng.token(4, 'abcdefghijklmnopqrstuvwxyz')}.${rng.token(6, 'abcdefghijklmnopqrstuvwxyz')}@duck.com`,
      2,
    ],
    [`${rng.token(9)}@proton.me`, 2],
  ] as const);
}

const PHONES = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-S928N) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Mobile Safari/537.36',
];
const DESKTOPS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0',
];
const APP = [
  'GlowSeoul/5.12.0 (iOS 18.1; iPhone15,3)',
  'GlowSeoul/5.12.0 (Android 14; SM-S928N)',
  'GlowSeoul/5.11.2 (Android 13; SM-A546E)',
];

/** A device: the app always sends its id, the web fingerprint script most of the time. */
export function device(rng: Rng, app: boolean, phone = true): Device {
  if (app) return { userAgent: rng.pick(APP), id: `app-${rng.token(20)}` };
  const userAgent = rng.pick(phone ? PHONES : DESKTOPS);
  return rng.chance(0.85) ? { userAgent, id: `fp-${rng.token(24)}` } : { userAgent };
}

/** A registered member of the shop, with what they usually check out with. */
export interface Member {
  customer: Customer;
  home: Address;
  homeNet: Network;
  mobileNet: Network;
  homeIp: string;
  phone: Device;
  desktop: Device;
  card: Card;
  method: Method;
  /** Family members share the address, the line and the tablet. */
  family?: Member;
}

const KR_HOME = ['kt', 'sk-broadband', 'lg-uplus'];
const KR_MOBILE = ['kt-mobile', 'skt-mobile', 'lgu-mobile'];

/** A member created at `now - age`; Korean or from an overseas market. */
export function member(
  rng: Rng,
  ips: Addresses,
  now: number,
  country = 'KR',
  ageDays = rng.exp(500) + 20,
): Member {
  const korean = country === 'KR';
  const name = korean ? koreanName(rng) : foreignName(rng, country);
  const m = korean ? undefined : market(country);
  const homeNet = network(korean ? rng.pick(KR_HOME) : (m?.networks[0] ?? 'comcast'));
  const mobileNet = network(korean ? rng.pick(KR_MOBILE) : rng.pick(m?.networks ?? ['comcast']));
  const method: Method = korean
    ? rng.weightedPick([
        ['kakao_pay', 24],
        ['naver_pay', 24],
        ['card', 30],
        ['toss_pay', 12],
        ['virtual_account', 6],
        ['carrier_billing', 4],
      ] as const)
    : rng.chance(0.72)
      ? 'card'
      : 'paypal';
  return {
    customer: {
      id: `M${rng.digits(8)}`,
      email: email(rng, name, korean),
      name: name.display,
      createdAt: Math.floor(now - ageDays * DAY),
      locale: korean ? 'ko-KR' : (m?.locale ?? 'en-US'),
      points: Math.floor(rng.exp(korean ? 6_000 : 3_000) / 10) * 10,
    },
    home: korean || !m ? krAddress(rng) : abroad(rng, m),
    homeNet,
    mobileNet,
    homeIp: ips.draw(homeNet, 0.3),
    phone: device(rng, korean ? rng.chance(0.55) : rng.chance(0.25)),
    desktop: device(rng, false, false),
    card: card(rng, country),
    method,
  };
}

/** The overseas markets by weight. */
export const overseasCountry = (rng: Rng): string =>
  rng.weightedPick(MARKETS.map((m) => [m.country, m.weight] as const));
