import { type Address, type Card, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { JST } from './calendar.js';
import { cardFrom } from './cards.js';
import { abroadPlatform, device, jpPlatform, type Platform } from './devices.js';
import { type Addresses, homeNet, JP_NETS, mobileNetAbroad, type Network } from './networks.js';
import { abroad, abroadHome, type AbroadPlace, jpHome } from './places.js';
import { type Customer } from './purchase.js';

/** Names, e-mail addresses and the people behind the orders: their homes, lines, phones, cards. */

const SURNAMES: ReadonlyArray<readonly [string, string]> = [
  ['佐藤', 'sato'],
  ['鈴木', 'suzuki'],
  ['高橋', 'takahashi'],
  ['田中', 'tanaka'],
  ['伊藤', 'ito'],
  ['渡辺', 'watanabe'],
  ['山本', 'yamamoto'],
  ['中村', 'nakamura'],
  ['小林', 'kobayashi'],
  ['加藤', 'kato'],
  ['吉田', 'yoshida'],
  ['山田', 'yamada'],
  ['松本', 'matsumoto'],
  ['井上', 'inoue'],
  ['木村', 'kimura'],
  ['林', 'hayashi'],
  ['清水', 'shimizu'],
  ['森', 'mori'],
  ['池田', 'ikeda'],
  ['橋本', 'hashimoto'],
  ['石川', 'ishikawa'],
  ['前田', 'maeda'],
  ['藤田', 'fujita'],
  ['岡田', 'okada'],
  ['後藤', 'goto'],
];
const GIVEN: ReadonlyArray<readonly [string, string]> = [
  ['翔太', 'shota'],
  ['大輝', 'daiki'],
  ['健太', 'kenta'],
  ['拓海', 'takumi'],
  ['蓮', 'ren'],
  ['悠斗', 'yuto'],
  ['陽翔', 'haruto'],
  ['直樹', 'naoki'],
  ['誠', 'makoto'],
  ['浩二', 'koji'],
  ['美咲', 'misaki'],
  ['陽菜', 'hina'],
  ['さくら', 'sakura'],
  ['彩', 'aya'],
  ['真由美', 'mayumi'],
  ['優子', 'yuko'],
  ['結衣', 'yui'],
  ['花子', 'hanako'],
];
const LATIN_FIRST = [
  'Michael',
  'Jason',
  'Kevin',
  'Emily',
  'Sarah',
  'Daniel',
  'Chris',
  'Tom',
  'Lukas',
  'Julien',
  'Marco',
  'Javier',
  'Wei Jie',
  'Jun Hao',
  'Aaron',
  'Nur',
  'Rafael',
  'Nattapong',
  'Jessica',
  'Liam',
  'Chloe',
  'Minh',
  'Hannah',
  'Ryan',
];
const LATIN_LAST = [
  'Nguyen',
  'Smith',
  'Garcia',
  'Chen',
  'Tan',
  'Lim',
  'Wong',
  'Müller',
  'Schneider',
  'Martin',
  'Dubois',
  'Rossi',
  'Fernández',
  'Santos',
  'Reyes',
  'Johnson',
  'Brown',
  'Lee',
  'Kim',
  'Taylor',
  'Wilson',
  'Ong',
  'Pham',
  'Wright',
];
const RU_FIRST = ['Dmitry', 'Alexei', 'Ivan', 'Sergei', 'Anna', 'Ekaterina', 'Nikita', 'Maxim'];
const RU_LAST = ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Sokolova', 'Volkov', 'Morozov', 'Lebedev'];

/** Japanese e-mail habits: Gmail, Yahoo! JAPAN, iCloud and the carriers' own addresses (older buyers). */
const JP_MAIL = {
  'gmail.com': 40,
  'yahoo.co.jp': 20,
  'icloud.com': 14,
  'docomo.ne.jp': 6,
  'au.com': 3,
  'ezweb.ne.jp': 2,
  'i.softbank.jp': 4,
  'outlook.jp': 4,
  'hotmail.co.jp': 3,
  'nifty.com': 2,
  'ocn.ne.jp': 2,
};
const ABROAD_MAIL: Record<string, Record<string, number>> = {
  US: { 'gmail.com': 60, 'yahoo.com': 12, 'icloud.com': 14, 'outlook.com': 10, 'hotmail.com': 4 },
  GB: { 'gmail.com': 50, 'hotmail.co.uk': 15, 'btinternet.com': 8, 'icloud.com': 12, 'outlook.com': 15 },
  DE: { 'gmail.com': 40, 'gmx.de': 25, 'web.de': 20, 't-online.de': 8, 'outlook.de': 7 },
  FR: { 'gmail.com': 50, 'orange.fr': 15, 'free.fr': 10, 'hotmail.fr': 15, 'icloud.com': 10 },
  AU: { 'gmail.com': 55, 'bigpond.com': 12, 'outlook.com': 13, 'icloud.com': 15, 'optusnet.com.au': 5 },
  SG: { 'gmail.com': 70, 'hotmail.com': 10, 'yahoo.com.sg': 10, 'icloud.com': 10 },
  HK: { 'gmail.com': 60, 'yahoo.com.hk': 20, 'icloud.com': 10, 'hotmail.com': 10 },
  TW: { 'gmail.com': 60, 'yahoo.com.tw': 20, 'icloud.com': 10, 'hotmail.com': 10 },
  RU: { 'gmail.com': 30, 'yandex.ru': 40, 'mail.ru': 30 },
};

export const jpName = (rng: Rng) => {
  const [s, sr] = rng.pick(SURNAMES);
  const [g, gr] = rng.pick(GIVEN);
  return { name: `${s} ${g}`, latin: `${gr}.${sr}`, surname: s, surnameLatin: sr };
};
export const latinName = (rng: Rng, country: string) => {
  const ru = country === 'RU' || country === 'KZ' || country === 'KG' || country === 'AM';
  const first = rng.pick(ru ? RU_FIRST : LATIN_FIRST);
  const last = rng.pick(ru ? RU_LAST : LATIN_LAST);
  return { name: `${first} ${last}`, latin: `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') };
};

/** An address made from a name the way people make them: name, initials, a year or a hobby word, a domain. */
export function emailFor(rng: Rng, latin: string, country: string): string {
  const domain =
    country === 'JP' ? rng.weighted(JP_MAIL) : rng.weighted(ABROAD_MAIL[country] ?? ABROAD_MAIL.US ?? {});
  const [a = 'x', b = 'y'] = latin.split('.');
  const local = rng.weightedPick([
    [`${a}.${b}`, 3],
    [`${a}${b}${rng.int(70, 99)}`, 2],
    [`${a.charAt(0)}${b}${rng.int(1, 999)}`, 2],
    [`${rng.pick(['gunpla', 'pokeca', 'tcg', 'figure', 'onepi', 'collector'])}.${b}${rng.int(1, 99)}`, 1],
    [`${b}_${a}`, 1],
  ] as const);
  return `${local}@${domain}`;
}

/** Someone who shops here: their account (if any), home, lines, phone, computer and card. */
export interface Person {
  buyer: Customer;
  country: string;
  tz: number;
  home: Address;
  homeNet: Network;
  homeIp: string;
  mobileNet: Network;
  platform: Platform;
  device: Device;
  /** The family computer, shared by the household. */
  pc?: Device;
  card: Card;
}

const JP_FIXED = [JP_NETS.ocn, JP_NETS.softbankHikari, JP_NETS.regional] as const;
const JP_MOBILE: ReadonlyArray<readonly [Network, number]> = [
  [JP_NETS.docomo, 36],
  [JP_NETS.au, 28],
  [JP_NETS.softbankMobile, 24],
  [JP_NETS.rakuten, 12],
];

/** The shoppers of the week: new faces, returning customers, and households that share a line and a PC. */
export class Crowd {
  private readonly jp: Person[] = [];
  private readonly away: Person[] = [];
  private readonly places: Record<string, readonly AbroadPlace[]>;

  constructor(
    private readonly rng: Rng,
    readonly ips: Addresses,
    private readonly start: number,
  ) {
    this.places = abroad(rng.fork('places'));
  }

  private accountSince(): number {
    return (
      this.start - Math.floor(this.rng.float(0.01, 1) ** 1.6 * 8 * 365 * DAY) - this.rng.int(1, 86_400) * 1000
    );
  }

  /** A Japanese shopper: returning (a quarter of the time), a family member of one, or someone new. */
  domestic(account = true): Person {
    const r = this.rng;
    const old = this.jp.length > 20 ? r.pick(this.jp) : undefined;
    if (old && account && old.buyer.id && r.chance(0.25)) return old;
    const { name, latin } = jpName(r);
    const family = old && r.chance(0.12) ? old : undefined;
    const homeNetwork = family?.homeNet ?? r.pick(JP_FIXED);
    const platform = jpPlatform(r);
    const p: Person = {
      buyer: {
        ...(account ? { id: `cus_${r.token(10)}`, createdAt: this.accountSince() } : {}),
        email: emailFor(r, latin, 'JP'),
        name,
        locale: 'ja',
      },
      country: 'JP',
      tz: JST,
      home: family?.home ?? jpHome(r),
      homeNet: homeNetwork,
      homeIp: family?.homeIp ?? this.ips.on({ ...homeNetwork, v6Share: 0 }),
      mobileNet: r.weightedPick(JP_MOBILE),
      platform,
      device: device(r, platform),
      pc: family?.pc ?? device(r, 'windows'),
      card: cardFrom(r, 'JP'),
    };
    if (account) this.jp.push(p);
    return p;
  }

  /** An overseas collector in one of the store's markets. */
  overseas(country: string, account = this.rng.chance(0.6)): Person {
    const r = this.rng;
    const old = this.away.filter((x) => x.country === country);
    if (account && old.length > 5 && r.chance(0.2)) return r.pick(old);
    const place = r.pick(this.places[country] ?? this.places.US ?? []);
    const { name, latin } = latinName(r, country);
    const net = homeNet(r, country);
    const platform = abroadPlatform(r);
    const p: Person = {
      buyer: {
        ...(account ? { id: `cus_${r.token(10)}`, createdAt: this.accountSince() } : {}),
        email: emailFor(r, latin, country),
        name,
        locale: 'en',
      },
      country,
      tz: place.tz,
      home: abroadHome(r, place),
      homeNet: net,
      homeIp: this.ips.on(net),
      mobileNet: mobileNetAbroad(r, country),
      platform,
      device: device(r, platform),
      card: cardFrom(r, country),
    };
    if (account) this.away.push(p);
    return p;
  }

  /** A place abroad, for addresses of people who never shop here themselves. */
  placeIn(country: string): AbroadPlace {
    return this.rng.pick(this.places[country] ?? this.places.US ?? []);
  }
}
