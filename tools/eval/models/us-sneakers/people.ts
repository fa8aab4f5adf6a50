import { type Card, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type NetworkName } from './networks.js';
import { CA_CITIES, type City, cityAddress, US_CITIES } from './places.js';

/**
 * People, cards and devices. The store has one account for every three orders expected, opened one month to
 * nine years before the fortnight, each with a home (US or Canada), a home network, one or two cards, one or
 * two devices and a loyalty tier. Cards are a BIN and last four, never a number.
 */

const FIRST = [
  'James',
  'Michael',
  'David',
  'Chris',
  'Daniel',
  'Anthony',
  'Kevin',
  'Brandon',
  'Jordan',
  'Tyler',
  'Marcus',
  'Andre',
  'Jamal',
  'Luis',
  'Carlos',
  'Jose',
  'Miguel',
  'Kenji',
  'Ethan',
  'Noah',
  'Liam',
  'Mason',
  'Aiden',
  'Sarah',
  'Jessica',
  'Ashley',
  'Emily',
  'Maria',
  'Jasmine',
  'Aaliyah',
  'Sofia',
  'Olivia',
  'Grace',
  'Priya',
  'Mei',
  'Hannah',
  'Nicole',
  'Tiffany',
  'Keisha',
  'Danielle',
  'Minh',
  'Omar',
  'Hector',
  'Darnell',
  'Trevor',
];
const LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Lee',
  'Nguyen',
  'Kim',
  'Patel',
  'Chen',
  'Wong',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Green',
  'Baker',
  'Adams',
  'Nelson',
  'Carter',
  'Mitchell',
  'Perez',
  'Roberts',
  'Turner',
  'Phillips',
  'Reyes',
  'Tanaka',
  'Sato',
  'Okafor',
  'Mensah',
  'Haddad',
  'Cohen',
  'Rossi',
];
const DOMAINS: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 55],
  ['icloud.com', 14],
  ['yahoo.com', 9],
  ['outlook.com', 6],
  ['hotmail.com', 6],
  ['aol.com', 2],
  ['me.com', 2],
  ['proton.me', 2],
];

export const personName = (rng: Rng): string => `${rng.pick(FIRST)} ${rng.pick(LAST)}`;

/** An e-mail a person would choose: name-based most of the time, a handle sometimes. */
export function emailFor(rng: Rng, name: string, domain?: string): string {
  const [first = 'x', last = 'y'] = name.toLowerCase().split(' ');
  const d = domain ?? rng.weightedPick(DOMAINS);
  const local = rng.weightedPick<string>([
    [`${first}.${last}`, 3],
    [`${first}${last}${rng.int(1, 99)}`, 3],
    [`${first[0]}${last}`, 2],
    [`${first}_${rng.pick(['kicks', 'jumpman', 'sole', 'laces', 'nyc', 'la', 'drip'])}${rng.int(1, 999)}`, 2],
    [`${last}.${first}${rng.int(80, 99)}`, 1],
  ]);
  return `${local}@${d}`;
}

type Brand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'jcb';

/** BINs by issuing country: the model's own lists, each with its brand. */
const BINS: Record<string, readonly string[]> = {
  US: [
    '414720',
    '426684',
    '440066',
    '451014',
    '473702',
    '486236',
    '517805',
    '542418',
    '552433',
    '526219',
    '371449',
    '378282',
    '601100',
  ],
  CA: ['450060', '451276', '453826', '520397', '548048'],
  GB: ['475129', '465858', '535522', '492181'],
  DE: ['492942', '520416'],
  FR: ['497010', '513283'],
  NL: ['455950', '539923'],
  JP: ['356600', '353011', '421163'],
  AU: ['456472', '516361'],
  AE: ['428671', '543556'],
  SG: ['455620', '520040'],
  MY: ['463292', '552175'],
  PH: ['404151', '523915'],
  HK: ['450875', '545616'],
  KR: ['465887', '540926'],
};

/** Prepaid and virtual-card BINs (US): card-generator services that drop bots and testers favour. */
export const VIRTUAL_BINS: readonly string[] = ['511332', '485340', '440393', '531106'];

const brandOf = (bin: string): Brand =>
  bin.startsWith('35')
    ? 'jcb'
    : bin.startsWith('3')
      ? 'amex'
      : bin.startsWith('6')
        ? 'discover'
        : bin.startsWith('5')
          ? 'mastercard'
          : 'visa';

export function cardFrom(rng: Rng, bin: string, country: string): Card {
  return { bin, last4: rng.digits(4), brand: brandOf(bin), country, fingerprint: `fp_${rng.token(16)}` };
}

export function newCard(rng: Rng, country: string): Card {
  return cardFrom(rng, rng.pick(BINS[country] ?? (BINS.US as readonly string[])), country);
}

const IPHONE = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 26_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1',
];
const ANDROID =
  'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Mobile Safari/537.36';
const MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36';
const WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36';
const APP = ['Lacefront/6.4.1 (iPhone; iOS 26.0)', 'Lacefront/6.4.0 (Android 15; SM-S928U)'];

export type DeviceKind = 'app' | 'iphone' | 'android' | 'desktop';

/** A device: the app always sends its id, the web fingerprint script most of the time. */
export function newDevice(rng: Rng, kind?: DeviceKind): Device {
  const k = kind ?? rng.weighted<DeviceKind>({ app: 30, iphone: 32, android: 16, desktop: 22 });
  const userAgent =
    k === 'app'
      ? rng.pick(APP)
      : k === 'iphone'
        ? rng.pick(IPHONE)
        : k === 'android'
          ? ANDROID
          : rng.pick([MAC, WINDOWS]);
  const id = k === 'app' ? `app_${rng.token(20)}` : rng.chance(0.85) ? `fp_${rng.token(24)}` : undefined;
  return { userAgent, ...(id ? { id } : {}) };
}

export type Tier = 'member' | 'silver' | 'gold' | 'black';

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  country: 'US' | 'CA';
  home: City;
  address: { country: string; state: string; city?: string; postalCode?: string; line1?: string };
  network: NetworkName;
  cards: Card[];
  devices: Device[];
  tier: Tier;
  points: number;
}

export function homeNetwork(rng: Rng, country: string): NetworkName {
  return country === 'CA'
    ? rng.weighted<NetworkName>({ ca_cable: 5, ca_dsl: 4, ca_mobile: 2 } as Record<NetworkName, number>)
    : rng.weighted<NetworkName>({ us_cable: 5, us_fiber: 4, us_mobile: 3 } as Record<NetworkName, number>);
}

export function newAccount(rng: Rng, start: number, minAgeDays: number, maxAgeDays: number): Account {
  const country = rng.chance(0.88) ? 'US' : 'CA';
  const home = rng.weightedPick(country === 'US' ? US_CITIES : CA_CITIES);
  const name = personName(rng);
  const tier = rng.weighted<Tier>({ member: 55, silver: 25, gold: 15, black: 5 });
  return {
    id: `cus_${rng.digits(9)}`,
    email: emailFor(rng, name),
    name,
    createdAt: start - Math.floor(rng.float(minAgeDays, maxAgeDays) * DAY),
    country,
    home,
    address: cityAddress(rng, home, country),
    network: homeNetwork(rng, country),
    cards: Array.from({ length: rng.chance(0.35) ? 2 : 1 }, () => newCard(rng, country)),
    devices: Array.from({ length: rng.chance(0.4) ? 2 : 1 }, () => newDevice(rng)),
    tier,
    points: rng.int(0, tier === 'black' ? 40_000 : tier === 'gold' ? 15_000 : 4_000),
  };
}

export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  return Array.from({ length: Math.max(20, Math.ceil(orders / 3)) }, (_, i) =>
    newAccount(rng.fork(`a${i}`), start, 30, 9 * 365),
  );
}
