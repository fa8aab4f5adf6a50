import { type Address, type Card, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { homeNetwork, address } from './networks.js';
import { addressIn, emailOf, type Market, personName, phoneIn } from './places.js';

/**
 * Cards (BIN and last four only), devices and the shop's existing accounts: households in Tunisia and the
 * diaspora in France, Italy, Germany and Belgium, each with a home, cards, devices and a home network.
 */

/** BINs by issuing country (issuer ranges from general knowledge; see the README). */
const BINS: Record<string, ReadonlyArray<readonly [string, string]>> = {
  TN: [
    ['404972', 'visa'],
    ['423440', 'visa'],
    ['455624', 'visa'],
    ['518940', 'mastercard'],
    ['526402', 'mastercard'],
  ],
  FR: [
    ['497010', 'visa'],
    ['497355', 'visa'],
    ['497671', 'visa'],
    ['497840', 'visa'],
    ['513100', 'mastercard'],
  ],
  IT: [
    ['402360', 'visa'],
    ['479171', 'visa'],
    ['532450', 'mastercard'],
  ],
  DE: [
    ['492181', 'visa'],
    ['535522', 'mastercard'],
    ['520422', 'mastercard'],
  ],
  BE: [
    ['479040', 'visa'],
    ['516944', 'mastercard'],
  ],
  RU: [
    ['427638', 'visa'],
    ['220220', 'mir'],
  ],
  BY: [
    ['415058', 'visa'],
    ['424652', 'visa'],
  ],
};

export function newCard(rng: Rng, country: string, bin?: readonly [string, string]): Card {
  const [b, brand] = bin ?? rng.pick(BINS[country] ?? BINS.FR ?? []);
  return { bin: b, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}` };
}

export const binsOf = (country: string): ReadonlyArray<readonly [string, string]> => BINS[country] ?? [];

const ANDROID = [
  'SM-A145F',
  'SM-A546E',
  'SM-A245F',
  '23021RAAEG',
  'Infinix X6833B',
  'CPH2565',
  'SM-S911B',
  'RMX3630',
];
const IOS = ['17_3', '17_2_1', '16_6', '17_4'];

/** A phone or computer's user agent; many Tunisian orders come through Facebook's in-app browser. */
export function newDevice(rng: Rng, country: string, fingerprinted = 0.85): Device {
  const kind = rng.weightedPick<string>(
    country === 'TN'
      ? [
          ['android', 70],
          ['iphone', 18],
          ['desktop', 12],
        ]
      : [
          ['android', 40],
          ['iphone', 38],
          ['desktop', 22],
        ],
  );
  let ua: string;
  if (kind === 'android') {
    ua = `Mozilla/5.0 (Linux; Android ${rng.int(11, 14)}; ${rng.pick(ANDROID)}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.int(119, 122)}.0.0.0 Mobile Safari/537.36`;
    if (rng.chance(country === 'TN' ? 0.35 : 0.12))
      ua += ` [FB_IAB/FB4A;FBAV/${rng.int(445, 452)}.0.0.${rng.int(20, 60)}.${rng.int(100, 120)};]`;
  } else if (kind === 'iphone') {
    const v = rng.pick(IOS);
    ua = `Mozilla/5.0 (iPhone; CPU iPhone OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v.split('_').slice(0, 2).join('.')} Mobile/15E148 Safari/604.1`;
  } else {
    ua = rng.chance(0.7)
      ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.int(119, 122)}.0.0.0 Safari/537.36`
      : 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15';
  }
  return { userAgent: ua, ...(rng.chance(fingerprinted) ? { id: `dv_${rng.token(20)}` } : {}) };
}

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  country: Market;
  /** Tunisian-born or of Tunisian family (all accounts at home; most abroad). */
  tunisian: boolean;
  home: Address;
  phone: string;
  cards: Card[];
  devices: Device[];
  /** The home broadband address, stable over the season. */
  homeIp: string;
  locale: string;
}

/** One account for every three orders expected, opened two weeks to nine years before the season. */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const n = Math.max(40, Math.round(orders / 3));
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`a${i}`);
    const country = r.weightedPick<Market>([
      ['TN', 58],
      ['FR', 26],
      ['IT', 7],
      ['DE', 5],
      ['BE', 4],
    ]);
    const tunisian = country === 'TN' || r.chance(0.82);
    const name = personName(r, country, tunisian);
    const cardCount =
      country === 'TN'
        ? r.weightedPick<number>([
            [0, 45],
            [1, 45],
            [2, 10],
          ])
        : r.int(1, 2);
    return {
      id: `cl_${100_000 + i * 7 + r.int(0, 6)}`,
      email: emailOf(r, name, country),
      name,
      createdAt: start - Math.floor(r.float(14, 9 * 365) * DAY),
      country,
      tunisian,
      home: addressIn(r, country),
      phone: phoneIn(r, country),
      cards: Array.from({ length: cardCount }, () => newCard(r, country)),
      devices: Array.from({ length: r.int(1, 2) }, () => newDevice(r, country)),
      homeIp: address(r, homeNetwork(r, country, false)),
      locale:
        country === 'TN'
          ? r.pick(['fr-TN', 'ar-TN'])
          : country === 'BE'
            ? 'fr-BE'
            : country === 'FR'
              ? 'fr-FR'
              : r.pick(['fr-FR', `${country.toLowerCase()}-${country}`]),
    };
  });
}
