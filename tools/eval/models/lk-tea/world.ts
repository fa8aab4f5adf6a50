import { type Address, type Card, DAY } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { HOME_NETWORK, type NetworkName } from './networks.js';

/** Where buyers live, what they are called, the cards they hold and the shop's account base. */

export interface Place {
  /** UTC offset in April. */
  tz: number;
  /** The currency the site shows there (cards and PayPal abroad). */
  currency: 'LKR' | 'USD' | 'GBP' | 'EUR' | 'AUD';
  cities: ReadonlyArray<readonly [string, string]>;
}

export const PLACES: Readonly<Record<string, Place>> = {
  LK: {
    tz: 5.5,
    currency: 'LKR',
    cities: [
      ['Colombo 03', '00300'],
      ['Colombo 07', '00700'],
      ['Dehiwala', '10350'],
      ['Nugegoda', '10250'],
      ['Kandy', '20000'],
      ['Peradeniya', '20400'],
      ['Galle', '80000'],
      ['Matara', '81000'],
      ['Kurunegala', '60000'],
      ['Negombo', '11500'],
      ['Jaffna', '40000'],
      ['Batticaloa', '30000'],
      ['Nuwara Eliya', '22200'],
      ['Anuradhapura', '50000'],
      ['Kalmunai', '32300'],
    ],
  },
  GB: {
    tz: 1,
    currency: 'GBP',
    cities: [
      ['Harrow', 'HA1 2SP'],
      ['Wembley', 'HA9 6DE'],
      ['Croydon', 'CR0 2EU'],
      ['Ilford', 'IG1 1DD'],
      ['Leicester', 'LE1 5WW'],
      ['Milton Keynes', 'MK9 3EZ'],
    ],
  },
  AU: {
    tz: 10,
    currency: 'AUD',
    cities: [
      ['Dandenong', '3175'],
      ['Glen Waverley', '3150'],
      ['Homebush', '2140'],
      ['Toongabbie', '2146'],
      ['Brisbane', '4000'],
    ],
  },
  CA: {
    tz: -4,
    currency: 'USD',
    cities: [
      ['Scarborough', 'M1B 5K7'],
      ['Markham', 'L3R 9W3'],
      ['Mississauga', 'L5B 2C9'],
      ['Montréal', 'H3N 1X1'],
    ],
  },
  AE: {
    tz: 4,
    currency: 'USD',
    cities: [
      ['Dubai', ''],
      ['Sharjah', ''],
      ['Abu Dhabi', ''],
    ],
  },
  QA: {
    tz: 3,
    currency: 'USD',
    cities: [
      ['Doha', ''],
      ['Al Wakrah', ''],
    ],
  },
  SA: {
    tz: 3,
    currency: 'USD',
    cities: [
      ['Riyadh', '11564'],
      ['Jeddah', '21442'],
      ['Dammam', '32241'],
    ],
  },
  IT: {
    tz: 2,
    currency: 'EUR',
    cities: [
      ['Milano', '20125'],
      ['Napoli', '80142'],
      ['Roma', '00185'],
      ['Palermo', '90133'],
    ],
  },
  DE: {
    tz: 2,
    currency: 'EUR',
    cities: [
      ['Berlin', '10115'],
      ['München', '80331'],
      ['Hamburg', '20095'],
    ],
  },
  US: {
    tz: -4,
    currency: 'USD',
    cities: [
      ['Staten Island', '10301'],
      ['Edison', '08817'],
      ['Los Angeles', '90024'],
      ['Seattle', '98105'],
    ],
  },
  IN: {
    tz: 5.5,
    currency: 'USD',
    cities: [
      ['Chennai', '600017'],
      ['Bengaluru', '560034'],
    ],
  },
  CN: {
    tz: 8,
    currency: 'USD',
    cities: [
      ['Shanghai', '200040'],
      ['Beijing', '100020'],
    ],
  },
  RU: {
    tz: 3,
    currency: 'USD',
    cities: [
      ['Moskva', '125009'],
      ['Sankt-Peterburg', '191186'],
    ],
  },
  BY: { tz: 3, currency: 'USD', cities: [['Minsk', '220030']] },
  IR: {
    tz: 3.5,
    currency: 'USD',
    cities: [
      ['Tehran', '1591634311'],
      ['Mashhad', '9177948974'],
    ],
  },
};

const STREETS = [
  'Galle Road',
  'Peradeniya Road',
  'Temple Street',
  'Station Road',
  'Lake Drive',
  'Hill Street',
  'Kandy Road',
  'Church Lane',
  'High Street',
  'Park Avenue',
];

export function addressIn(rng: Rng, country: string, city?: readonly [string, string]): Address {
  const place = PLACES[country] as Place;
  const [name, postalCode] = city ?? rng.pick(place.cities);
  return {
    country,
    ...(postalCode ? { postalCode } : {}),
    city: name,
    line1: `${rng.int(1, 420)}${rng.chance(0.3) ? '/' + rng.int(1, 9) : ''} ${rng.pick(STREETS)}`,
  };
}

/** Who a buyer is: Sri Lankan (Sinhala, Tamil, Muslim names), or a visitor by nationality. */
const SINHALA_FIRST = [
  'Nimal',
  'Kasun',
  'Chamari',
  'Dilani',
  'Sanduni',
  'Ruwan',
  'Tharindu',
  'Ishara',
  'Nadeesha',
  'Pradeep',
];
const SINHALA_LAST = [
  'Perera',
  'Fernando',
  'de Silva',
  'Jayawardena',
  'Wickramasinghe',
  'Bandara',
  'Dissanayake',
  'Herath',
  'Rathnayake',
  'Gunasekara',
];
const TAMIL_FIRST = ['Karthik', 'Tharshini', 'Suresh', 'Mathuja', 'Vithusan', 'Kavitha', 'Niroshan'];
const TAMIL_LAST = ['Sivakumar', 'Rajendran', 'Thevarajah', 'Nadarajah', 'Kanagaratnam', 'Balasubramaniam'];
const MUSLIM_FIRST = ['Mohamed', 'Fathima', 'Rizwan', 'Nazeera', 'Imran', 'Shifana'];
const MUSLIM_LAST = ['Rizwan', 'Nazeer', 'Cassim', 'Marikar', 'Hameed', 'Farook'];
const VISITOR: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  GB: [
    ['Oliver', 'Emma', 'James', 'Sophie', 'Harry'],
    ['Smith', 'Taylor', 'Brown', 'Walker', 'Hughes'],
  ],
  DE: [
    ['Lukas', 'Anna', 'Felix', 'Lena'],
    ['Müller', 'Schmidt', 'Weber', 'Becker'],
  ],
  AU: [
    ['Jack', 'Chloe', 'Liam', 'Mia'],
    ['Wilson', 'Thompson', 'Ryan', 'Kelly'],
  ],
  US: [
    ['Ethan', 'Olivia', 'Noah', 'Ava'],
    ['Johnson', 'Miller', 'Davis', 'Garcia'],
  ],
  IN: [
    ['Arjun', 'Priya', 'Rahul', 'Ananya'],
    ['Sharma', 'Iyer', 'Reddy', 'Menon'],
  ],
  CN: [
    ['Wei', 'Li', 'Jing', 'Hao'],
    ['Wang', 'Zhang', 'Liu', 'Chen'],
  ],
  IT: [
    ['Marco', 'Giulia', 'Luca', 'Chiara'],
    ['Rossi', 'Russo', 'Bianchi', 'Romano'],
  ],
  RU: [
    ['Dmitry', 'Anastasia', 'Sergey', 'Olga', 'Ivan'],
    ['Ivanov', 'Smirnova', 'Kuznetsov', 'Popova', 'Sokolov'],
  ],
  BY: [
    ['Aliaksandr', 'Volha', 'Siarhei'],
    ['Kavalenka', 'Novik', 'Karpovich'],
  ],
  IR: [
    ['Reza', 'Maryam', 'Ali', 'Zahra'],
    ['Hosseini', 'Karimi', 'Rahimi', 'Mohammadi'],
  ],
};

export function sriLankanName(rng: Rng): string {
  const group = rng.weightedPick<number>([
    [0, 70],
    [1, 18],
    [2, 12],
  ]);
  const [f, l] = [
    [SINHALA_FIRST, SINHALA_LAST],
    [TAMIL_FIRST, TAMIL_LAST],
    [MUSLIM_FIRST, MUSLIM_LAST],
  ][group] as [string[], string[]];
  return `${rng.pick(f)} ${rng.pick(l)}`;
}

export function visitorName(rng: Rng, nationality: string): string {
  const [f, l] = VISITOR[nationality] ?? (VISITOR.GB as readonly [readonly string[], readonly string[]]);
  return `${rng.pick(f)} ${rng.pick(l)}`;
}

const MAIL: Readonly<Record<string, readonly string[]>> = {
  LK: ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'sltnet.lk', 'hotmail.com'],
  GB: ['gmail.com', 'hotmail.co.uk', 'outlook.com', 'btinternet.com', 'yahoo.co.uk'],
  AU: ['gmail.com', 'bigpond.com', 'outlook.com'],
  RU: ['yandex.ru', 'mail.ru', 'gmail.com'],
  BY: ['mail.ru', 'tut.by', 'gmail.com'],
  IR: ['gmail.com', 'yahoo.com'],
  DE: ['gmx.de', 'web.de', 'gmail.com'],
  IT: ['libero.it', 'gmail.com'],
  CN: ['qq.com', '163.com'],
};

export function emailFor(rng: Rng, name: string, country: string): string {
  const [first = 'x', last = 'y'] = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z ]/g, '')
    .split(' ')
    .filter(Boolean);
  const local = rng.pick([
    `${first}.${last}`,
    `${first}${last}${rng.int(1, 99)}`,
    `${first[0]}${last}${rng.int(70, 99)}`,
  ]);
  return `${local}@${rng.pick(MAIL[country] ?? ['gmail.com', 'yahoo.com', 'outlook.com'])}`;
}

/** Card BINs by issuing country: Sri Lankan banks, and the banks of the places buyers pay from. */
const BINS: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  LK: [
    ['457845', 'visa'],
    ['428914', 'visa'],
    ['520308', 'mastercard'],
    ['543612', 'mastercard'],
    ['472760', 'visa'],
    ['37619500', 'amex'],
  ],
  GB: [
    ['454313', 'visa'],
    ['465859', 'visa'],
    ['535522', 'mastercard'],
    ['492181', 'visa'],
  ],
  AU: [
    ['456471', 'visa'],
    ['521729', 'mastercard'],
    ['494053', 'visa'],
  ],
  CA: [
    ['450605', 'visa'],
    ['519123', 'mastercard'],
    ['452088', 'visa'],
  ],
  AE: [
    ['402360', 'visa'],
    ['529415', 'mastercard'],
  ],
  QA: [
    ['428331', 'visa'],
    ['512345', 'mastercard'],
  ],
  SA: [
    ['446404', 'visa'],
    ['558563', 'mastercard'],
  ],
  IT: [
    ['453997', 'visa'],
    ['532489', 'mastercard'],
  ],
  DE: [
    ['492910', 'visa'],
    ['522470', 'mastercard'],
  ],
  US: [
    ['414720', 'visa'],
    ['426684', 'visa'],
    ['542418', 'mastercard'],
    ['37828200', 'amex'],
  ],
  IN: [
    ['438628', 'visa'],
    ['524193', 'mastercard'],
  ],
  CN: [
    ['622848', 'unionpay'],
    ['621483', 'unionpay'],
  ],
  KZ: [
    ['440563', 'visa'],
    ['539545', 'mastercard'],
  ],
  AM: [['408306', 'visa']],
  RU: [
    ['427601', 'visa'],
    ['546938', 'mastercard'],
    ['220070', 'mir'],
  ],
  BY: [
    ['425664', 'visa'],
    ['910004', 'belkart'],
  ],
  IR: [['603799', 'shetab']],
};

export function newCard(rng: Rng, country: string, bin?: readonly [string, string]): Card {
  const [b, brand] = bin ?? rng.pick(BINS[country] ?? (BINS.US as ReadonlyArray<readonly [string, string]>));
  return { bin: b, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}` };
}

export const binsOf = (country: string) => BINS[country] ?? [];

const UAS = [
  'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
];

export interface Device {
  id?: string;
  userAgent: string;
}

export const newDevice = (rng: Rng): Device => ({
  ...(rng.chance(0.85) ? { id: `dv_${rng.token(20)}` } : {}),
  userAgent: rng.pick(UAS),
});

/** A customer account: who, where, since when, how they shop. */
export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  /** Where the account holder lives, and the network they shop from. */
  country: string;
  home: Address;
  network: NetworkName;
  devices: Device[];
  cards: Card[];
  /** Diaspora accounts: the family address in Sri Lanka they send gifts to. */
  family?: Address;
  /** Past estate visitors: their nationality. */
  visitor?: boolean;
}

export type Segment = 'local' | 'diaspora' | 'visitor';

const DIASPORA: ReadonlyArray<readonly [string, number]> = [
  ['GB', 30],
  ['AU', 25],
  ['CA', 15],
  ['AE', 8],
  ['QA', 6],
  ['SA', 4],
  ['IT', 12],
];
const VISITED: ReadonlyArray<readonly [string, number]> = [
  ['GB', 30],
  ['DE', 20],
  ['AU', 15],
  ['US', 12],
  ['IN', 13],
  ['CN', 10],
];

export function newAccount(rng: Rng, segment: Segment, now: number, i: number): Account {
  const country = segment === 'local' ? 'LK' : rng.weightedPick(segment === 'diaspora' ? DIASPORA : VISITED);
  const name = segment === 'visitor' ? visitorName(rng, country) : sriLankanName(rng);
  const network: NetworkName =
    country === 'LK' && rng.chance(0.45) ? 'lk_mobile_4g' : (HOME_NETWORK[country] as NetworkName);
  return {
    id: `cus_${(100_000 + i * 7 + rng.int(0, 6)).toString(36)}${rng.token(4)}`,
    email: emailFor(rng, name, country),
    name,
    createdAt: now - Math.floor(rng.float(14, 6 * 365) * DAY),
    country,
    home: addressIn(rng, country),
    network,
    devices: Array.from({ length: rng.int(1, 2) }, () => newDevice(rng)),
    cards: [newCard(rng, country)],
    ...(segment === 'diaspora' ? { family: addressIn(rng, 'LK') } : {}),
    ...(segment === 'visitor' ? { visitor: true } : {}),
  };
}

export interface Customers {
  local: Account[];
  diaspora: Account[];
  visitor: Account[];
}

/** One account for every three orders expected: two thirds local, a quarter diaspora, the rest past visitors. */
export function customerBase(rng: Rng, now: number, orders: number): Customers {
  const n = Math.max(12, Math.round(orders / 3));
  const all = Array.from({ length: n }, (_, i) => {
    const segment = rng.weightedPick<Segment>([
      ['local', 62],
      ['diaspora', 26],
      ['visitor', 12],
    ]);
    return [segment, newAccount(rng, segment, now, i)] as const;
  });
  const of = (s: Segment) => all.filter(([x]) => x === s).map(([, a]) => a);
  const out = { local: of('local'), diaspora: of('diaspora'), visitor: of('visitor') };
  for (const s of ['local', 'diaspora', 'visitor'] as const)
    if (out[s].length === 0) out[s].push(newAccount(rng, s, now, n + out[s].length));
  return out;
}
