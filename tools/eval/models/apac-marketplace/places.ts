import { type Rng } from '../kit/random.js';

import { type Address } from '../kit/purchase.js';

export type { Address };

/**
 * The five storefronts (Singapore, Malaysia, the Philippines, Japan, South Korea), their currencies, time
 * zones, cities, names and mail providers. Amounts are integers in the currency's minor unit: cents for SGD,
 * sen for MYR, centavos for PHP, whole yen and whole won for JPY and KRW (they have no minor unit).
 */

export type Market = 'SG' | 'MY' | 'PH' | 'JP' | 'KR';
export const MARKETS: readonly Market[] = ['SG', 'MY', 'PH', 'JP', 'KR'];

/** Share of the marketplace's orders placed on each storefront. */
export const MARKET_SHARE: Readonly<Record<Market, number>> = { SG: 20, MY: 22, PH: 25, JP: 15, KR: 18 };

interface MarketInfo {
  currency: string;
  /** Units of the currency per Singapore dollar (the catalogue is priced in SGD). */
  perSgd: number;
  /** Minor units per unit (100, or 1 for JPY and KRW). */
  minor: number;
  /** Price granularity in minor units (whole yen in tens, won in hundreds). */
  round: number;
  /** UTC offset, hours. */
  tz: number;
  cities: ReadonlyArray<readonly [string, number]>;
  streets: readonly string[];
  first: readonly string[];
  last: readonly string[];
  mail: ReadonlyArray<readonly [string, number]>;
}

export const INFO: Readonly<Record<Market, MarketInfo>> = {
  SG: {
    currency: 'SGD',
    perSgd: 1,
    minor: 100,
    round: 10,
    tz: 8,
    cities: [['Singapore', 1]],
    streets: ['Tampines St 81', 'Ang Mo Kio Ave 3', 'Jurong West St 52', 'Bedok North Rd', 'Punggol Field'],
    first: ['Wei Ling', 'Jun Jie', 'Hui Min', 'Aisyah', 'Ravi', 'Mei Xin', 'Darren', 'Priya', 'Kai Wen'],
    last: ['Tan', 'Lim', 'Lee', 'Ng', 'Wong', 'Rahman', 'Kumar', 'Goh', 'Chua', 'Teo'],
    mail: [
      ['gmail.com', 62],
      ['hotmail.com', 10],
      ['yahoo.com.sg', 8],
      ['icloud.com', 12],
      ['singnet.com.sg', 4],
      ['outlook.com', 4],
    ],
  },
  MY: {
    currency: 'MYR',
    perSgd: 3.3,
    minor: 100,
    round: 10,
    tz: 8,
    cities: [
      ['Kuala Lumpur', 30],
      ['Petaling Jaya', 14],
      ['Shah Alam', 10],
      ['Johor Bahru', 14],
      ['George Town', 10],
      ['Kota Kinabalu', 6],
      ['Ipoh', 7],
      ['Kuching', 6],
    ],
    streets: ['Jalan SS 2/24', 'Jalan Ampang', 'Jalan Tun Razak', 'Jalan Bukit Bintang', 'Lorong Kenari 3'],
    first: ['Nurul', 'Ahmad', 'Siti', 'Mei Ling', 'Wei Jian', 'Kavitha', 'Hafiz', 'Farah', 'Jia Hui'],
    last: ['Abdullah', 'Ismail', 'Tan', 'Lim', 'Ong', 'Muthu', 'Hassan', 'Yusof', 'Chong', 'Lee'],
    mail: [
      ['gmail.com', 72],
      ['yahoo.com', 12],
      ['hotmail.com', 8],
      ['icloud.com', 6],
      ['outlook.com', 2],
    ],
  },
  PH: {
    currency: 'PHP',
    perSgd: 43,
    minor: 100,
    round: 100,
    tz: 8,
    cities: [
      ['Quezon City', 20],
      ['Manila', 14],
      ['Makati', 8],
      ['Cebu City', 12],
      ['Davao City', 10],
      ['Pasig', 8],
      ['Iloilo City', 6],
      ['Cagayan de Oro', 5],
      ['Batangas City', 4],
      ['Baguio', 4],
    ],
    streets: ['Rizal St', 'Mabini St', 'Bonifacio Ave', 'Aguinaldo Hwy', 'Purok 4, Brgy. San Isidro'],
    first: ['Maria', 'Jose', 'Angelica', 'Mark', 'Kristine', 'John Paul', 'Joy', 'Rhea', 'Jericho'],
    last: ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza', 'Dela Cruz', 'Ramos', 'Villanueva'],
    mail: [
      ['gmail.com', 78],
      ['yahoo.com', 14],
      ['hotmail.com', 4],
      ['icloud.com', 4],
    ],
  },
  JP: {
    currency: 'JPY',
    perSgd: 115,
    minor: 1,
    round: 10,
    tz: 9,
    cities: [
      ['Tokyo', 34],
      ['Osaka', 16],
      ['Yokohama', 12],
      ['Nagoya', 10],
      ['Fukuoka', 10],
      ['Sapporo', 8],
      ['Kyoto', 6],
      ['Sendai', 4],
    ],
    streets: ['1-2-3 Shibuya', '4-5-6 Nishi-Shinjuku', '2-8-1 Umeda', '3-1 Tenjin', '5-7 Sakae'],
    first: ['Yuki', 'Haruto', 'Aoi', 'Sota', 'Sakura', 'Ren', 'Hina', 'Takumi', 'Mei'],
    last: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi'],
    mail: [
      ['gmail.com', 44],
      ['yahoo.co.jp', 24],
      ['icloud.com', 16],
      ['docomo.ne.jp', 6],
      ['ezweb.ne.jp', 4],
      ['outlook.jp', 6],
    ],
  },
  KR: {
    currency: 'KRW',
    perSgd: 1050,
    minor: 1,
    round: 100,
    tz: 9,
    cities: [
      ['Seoul', 40],
      ['Busan', 14],
      ['Incheon', 12],
      ['Daegu', 9],
      ['Daejeon', 7],
      ['Gwangju', 7],
      ['Suwon', 11],
    ],
    streets: ['Teheran-ro 152', 'Gangnam-daero 396', 'Haeundae-ro 570', 'Sejong-daero 110', 'Dongil-ro 201'],
    first: ['Minji', 'Jiwoo', 'Seojun', 'Hayoon', 'Dohyun', 'Yuna', 'Jimin', 'Eunji', 'Hyunwoo'],
    last: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang'],
    mail: [
      ['naver.com', 48],
      ['gmail.com', 30],
      ['daum.net', 10],
      ['hanmail.net', 6],
      ['kakao.com', 6],
    ],
  },
};

export const tzOf = (country: string): number => (country in INFO ? INFO[country as Market].tz : 8);

export function postalCode(rng: Rng, country: string): string {
  if (country === 'SG') return `${rng.pick(['52', '56', '64', '82', '46', '31'])}${rng.digits(4)}`;
  if (country === 'JP') return `${rng.int(100, 990)}-${rng.digits(4)}`;
  if (country === 'PH') return String(rng.int(1000, 9800));
  return String(rng.int(10000, 98999));
}

/** A home address in `country` (one of the markets). */
export function homeAddress(rng: Rng, country: Market): Address {
  const info = INFO[country];
  const unit = country === 'SG' ? `Blk ${rng.int(100, 899)} ` : `${rng.int(1, 220)} `;
  return {
    country,
    postalCode: postalCode(rng, country),
    city: rng.weightedPick(info.cities),
    line1: `${unit}${rng.pick(info.streets)} #${rng.int(1, 30)}-${rng.int(1, 99)}`,
  };
}

export interface Person {
  market: Market;
  name: string;
  email: string;
}

const romanise = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/** A shopper living in `market`: a name from there and an address at the usual providers. */
export function person(rng: Rng, market: Market): Person {
  const info = INFO[market];
  const first = rng.pick(info.first);
  const last = rng.pick(info.last);
  const style = rng.int(0, 3);
  const local =
    style === 0
      ? `${romanise(first)}.${romanise(last)}`
      : style === 1
        ? `${romanise(first)}${romanise(last)}${rng.int(1, 99)}`
        : style === 2
          ? `${romanise(first).slice(0, 1)}${romanise(last)}${rng.int(70, 2008)}`
          : `${romanise(last)}_${romanise(first)}`;
  return { market, name: `${first} ${last}`, email: `${local}@${rng.weightedPick(info.mail)}` };
}

/** Converts a price in SGD cents into the market's minor units, rounded the way its storefront prices. */
export function price(sgdCents: number, market: Market): number {
  const info = INFO[market];
  const minor = (sgdCents / 100) * info.perSgd * info.minor;
  return Math.max(info.round, Math.round(minor / info.round) * info.round);
}
