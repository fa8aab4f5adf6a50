import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { newDevice } from './devices.js';
import { HOME_NETWORKS, MOBILE_NETWORK, network, type Network } from './networks.js';
import { type City, homeIn, type Market, MARKETS } from './places.js';

/**
 * The people: names by country, e-mail addresses as people make them, phone numbers, and the store's account
 * base (opened one month to nine years before the window, with the household's devices, cards and networks;
 * some accounts are a family's, shared across several phones and tablets).
 */

const NAMES = {
  SE: {
    first: [
      'Anna',
      'Eva',
      'Maria',
      'Karin',
      'Sara',
      'Emma',
      'Elin',
      'Linnea',
      'Johanna',
      'Malin',
      'Ida',
      'Hanna',
      'Maja',
      'Ebba',
      'Elsa',
      'Ingrid',
      'Birgitta',
      'Margareta',
      'Kerstin',
      'Lena',
      'Erik',
      'Lars',
      'Karl',
      'Anders',
      'Johan',
      'Per',
      'Mikael',
      'Oskar',
      'Gustav',
      'Nils',
      'Lucas',
      'Viktor',
      'Magnus',
      'Fredrik',
      'Henrik',
      'Björn',
      'Sven',
      'Göran',
      'Mats',
      'Mohammed',
      'Ahmed',
      'Fatima',
      'Amira',
      'Yasmin',
      'Omar',
      'Leila',
      'Dragana',
      'Milan',
      'Aleksandra',
      'Sofia',
      'Olena',
      'Tetiana',
    ],
    last: [
      'Andersson',
      'Johansson',
      'Karlsson',
      'Nilsson',
      'Eriksson',
      'Larsson',
      'Olsson',
      'Persson',
      'Svensson',
      'Gustafsson',
      'Pettersson',
      'Jonsson',
      'Lindberg',
      'Lindström',
      'Lindqvist',
      'Bergström',
      'Lundgren',
      'Holm',
      'Sandberg',
      'Forsberg',
      'Sjöberg',
      'Ali',
      'Mohammed',
      'Hussein',
      'Nguyen',
      'Kovačević',
      'Yilmaz',
      'Berg',
      'Axelsson',
      'Hedlund',
      'Engström',
      'Öberg',
      'Åberg',
      'Falk',
      'Shevchenko',
    ],
  },
  FI: {
    first: [
      'Aino',
      'Eeva',
      'Sanna',
      'Laura',
      'Anni',
      'Jenni',
      'Tiina',
      'Kaisa',
      'Mikko',
      'Juha',
      'Timo',
      'Jari',
      'Antti',
      'Ville',
      'Janne',
      'Matti',
      'Heikki',
      'Pekka',
      'Elina',
      'Noora',
      'Riikka',
      'Teemu',
    ],
    last: [
      'Korhonen',
      'Virtanen',
      'Mäkinen',
      'Nieminen',
      'Mäkelä',
      'Hämäläinen',
      'Laine',
      'Heikkinen',
      'Koskinen',
      'Järvinen',
      'Lehtonen',
      'Saarinen',
      'Salminen',
      'Lahtinen',
      'Ahonen',
      'Rantanen',
    ],
  },
  FI_SV: {
    first: [
      'Johanna',
      'Kristina',
      'Mikael',
      'Stefan',
      'Jonas',
      'Emma',
      'Linda',
      'Fredrik',
      'Camilla',
      'Patrik',
      'Annika',
      'Tomas',
      'Sofia',
      'Henrik',
    ],
    last: [
      'Lindqvist',
      'Björklund',
      'Holmström',
      'Sjöblom',
      'Granholm',
      'Nyberg',
      'Westerlund',
      'Åkerman',
      'Forsman',
      'Backman',
      'Ek',
      'Sundqvist',
      'Mattsson',
      'Lindholm',
      'Nyman',
    ],
  },
  NO: {
    first: [
      'Ingrid',
      'Kari',
      'Silje',
      'Marte',
      'Nora',
      'Ola',
      'Lars',
      'Jonas',
      'Håkon',
      'Sindre',
      'Eirik',
      'Ragnhild',
      'Tone',
      'Kristian',
      'Sigrid',
      'Øyvind',
    ],
    last: [
      'Hansen',
      'Johansen',
      'Olsen',
      'Larsen',
      'Andersen',
      'Pedersen',
      'Nilsen',
      'Kristiansen',
      'Jensen',
      'Berg',
      'Haugen',
      'Hagen',
      'Bakken',
      'Solberg',
      'Dahl',
    ],
  },
  DK: {
    first: [
      'Mette',
      'Camilla',
      'Louise',
      'Sofie',
      'Ida',
      'Mads',
      'Rasmus',
      'Søren',
      'Jesper',
      'Frederik',
      'Anne',
      'Lars',
      'Christian',
      'Kirsten',
      'Freja',
    ],
    last: [
      'Nielsen',
      'Jensen',
      'Hansen',
      'Pedersen',
      'Andersen',
      'Christensen',
      'Larsen',
      'Sørensen',
      'Rasmussen',
      'Jørgensen',
      'Madsen',
      'Kristensen',
      'Mortensen',
      'Poulsen',
    ],
  },
  RU: {
    first: ['Aleksandr', 'Elena', 'Dmitry', 'Olga', 'Sergey', 'Natalia', 'Irina', 'Andrei', 'Yulia', 'Pavel'],
    last: [
      'Ivanov',
      'Smirnova',
      'Kuznetsov',
      'Popova',
      'Sokolov',
      'Volkova',
      'Morozova',
      'Lebedev',
      'Novikova',
    ],
  },
  BY: {
    first: ['Siarhei', 'Volha', 'Aliaksandr', 'Tatsiana', 'Dzmitry', 'Hanna'],
    last: ['Kavalenka', 'Novik', 'Kazlova', 'Marozau', 'Bandarenka'],
  },
  IR: {
    first: ['Reza', 'Maryam', 'Ali', 'Fatemeh', 'Mohammad', 'Zahra', 'Hossein', 'Narges'],
    last: ['Ahmadi', 'Hosseini', 'Rezaei', 'Karimi', 'Moradi', 'Hashemi', 'Jafari', 'Mohammadi'],
  },
  SY: {
    first: ['Ahmad', 'Rania', 'Khaled', 'Lina', 'Yousef', 'Hala', 'Bashar', 'Nour'],
    last: ['Al-Hassan', 'Haddad', 'Darwish', 'Khoury', 'Al-Ahmad', 'Sabbagh', 'Kassab'],
  },
} as const;

export type NameSet = keyof typeof NAMES;

export interface Person {
  first: string;
  last: string;
  name: string;
}

export function person(rng: Rng, set: NameSet): Person {
  const first = rng.pick(NAMES[set].first);
  const last = rng.pick(NAMES[set].last);
  return { first, last, name: `${first} ${last}` };
}

/** Lower-case ASCII as an e-mail local part. */
export const ascii = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[åäàá]/g, 'a')
    .replace(/[öø]/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/[éè]/g, 'e')
    .replace(/ü/g, 'u')
    .replace(/č/g, 'c')
    .replace(/[^a-z0-9]/g, '');

const DOMAINS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  SE: [
    ['gmail.com', 40],
    ['hotmail.com', 16],
    ['outlook.com', 8],
    ['icloud.com', 10],
    ['live.se', 6],
    ['telia.com', 6],
    ['yahoo.se', 4],
    ['spray.se', 2],
    ['bredband.net', 2],
    ['proton.me', 2],
  ],
  FI: [
    ['gmail.com', 45],
    ['hotmail.com', 14],
    ['outlook.com', 8],
    ['luukku.com', 6],
    ['icloud.com', 8],
    ['kolumbus.fi', 3],
    ['elisanet.fi', 4],
  ],
  NO: [
    ['gmail.com', 45],
    ['hotmail.com', 15],
    ['online.no', 12],
    ['icloud.com', 10],
    ['outlook.com', 8],
  ],
  DK: [
    ['gmail.com', 45],
    ['hotmail.com', 15],
    ['mail.dk', 8],
    ['outlook.dk', 8],
    ['icloud.com', 10],
    ['jubii.dk', 3],
  ],
};

/** An address the way people pick one: first.last, initials and a birth year, nicknames. */
export function emailFor(rng: Rng, p: Person, country: string, domain?: string): string {
  const d = domain ?? rng.weightedPick(DOMAINS[country] ?? DOMAINS.SE ?? []);
  const f = ascii(p.first);
  const l = ascii(p.last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 40],
    [`${f}${l}`, 12],
    [`${f}.${l}${rng.int(50, 99)}`, 14],
    [`${f[0] ?? 'x'}${l}`, 10],
    [`${f}${rng.int(60, 99)}`, 10],
    [`${f}_${l}${rng.int(1, 9)}`, 6],
    [`${l}.${f}`, 8],
  ]);
  return `${local}@${d}`;
}

export const DISPOSABLE = [
  'yopmail.com',
  'mailinator.com',
  'guerrillamail.com',
  'sharklasers.com',
  'tempmail.dev',
  'dropmail.me',
];

/** A throw-away or freshly made mailbox with a meaningless local part. */
export function burnerEmail(rng: Rng): string {
  return rng.chance(0.45)
    ? `${rng.token(rng.int(7, 11))}@${rng.pick(DISPOSABLE)}`
    : `${rng.token(rng.int(4, 6))}${rng.digits(rng.int(2, 4))}@${rng.pick(['gmail.com', 'outlook.com', 'hotmail.com', 'proton.me'])}`;
}

/** A mobile number in the country's format. */
export function phoneIn(rng: Rng, country: string): string {
  switch (country) {
    case 'FI':
      return `+358${rng.pick(['40', '41', '44', '45', '50'])}${rng.digits(7)}`;
    case 'NO':
      return `+47${rng.pick(['4', '9'])}${rng.digits(7)}`;
    case 'DK':
      return `+45${rng.pick(['2', '3', '4', '5', '6'])}${rng.digits(7)}`;
    default:
      return `+467${rng.pick(['0', '2', '3', '6', '9'])}${rng.digits(7)}`;
  }
}

export interface Account {
  id: string;
  email: string;
  name: string;
  person: Person;
  createdAt: number;
  market: Market;
  locale: string;
  city: City;
  home: Address;
  phone: string;
  home_net: Network;
  mobile_net: Network;
  devices: Device[];
  cards: HeldCard[];
  /** Several people order on this account (a family sharing one login). */
  family: boolean;
  /** Has logged in with BankID (prescriptions, power of attorney). */
  bankId: boolean;
  /** An older customer (prescriptions, daytime, fewer apps). */
  senior: boolean;
}

/** A new account for someone living in `market`. */
export function newAccount(
  rng: Rng,
  market: Market,
  createdAt: number,
  opts: { senior?: boolean } = {},
): Account {
  const { city, address } = homeIn(rng, market);
  const fiSwedish = market === 'FI' && (city.swedish === true || rng.chance(0.04));
  const set: NameSet = fiSwedish ? 'FI_SV' : market;
  const p = person(rng, set);
  const locale = fiSwedish ? 'sv-FI' : rng.weightedPick(MARKETS[market].locales);
  const lang = locale.replace('-', '_');
  const senior = opts.senior ?? rng.chance(0.22);
  const family = !senior && rng.chance(0.28);
  const devices = Array.from({ length: family ? rng.int(2, 4) : rng.chance(0.4) ? 2 : 1 }, () =>
    newDevice(
      rng,
      lang,
      senior && rng.chance(0.5) ? rng.pick(['ipad', 'windows', 'iphone'] as const) : undefined,
    ),
  );
  const cardCountry = market === 'SE' && rng.chance(0.015) ? 'UA' : market;
  const cards = [newCard(rng, cardCountry)];
  if (rng.chance(0.3)) cards.push(newCard(rng, market));
  return {
    id: `K${rng.digits(8)}`,
    email: emailFor(rng, p, market),
    name: p.name,
    person: p,
    createdAt,
    market,
    locale,
    city,
    home: address,
    phone: phoneIn(rng, market),
    home_net: network(rng.weightedPick(HOME_NETWORKS[market] ?? [])),
    mobile_net: network(MOBILE_NETWORK[market] ?? 'se-mobile'),
    devices,
    cards,
    family,
    bankId: market === 'SE' && rng.chance(senior ? 0.75 : 0.45),
    senior,
  };
}

export interface CustomerBase {
  byMarket: Readonly<Record<Market, readonly Account[]>>;
  /** A handful of aged accounts that claim refunds again and again (refund_abuse). */
  refunders: readonly Account[];
}

/** The store's accounts: about one for every three orders expected, by market. */
export function customerBase(rng: Rng, start: number, orders: number): CustomerBase {
  const n = Math.max(40, Math.round(orders / 3));
  const share: Record<Market, number> = { SE: 0.8, FI: 0.13, NO: 0.04, DK: 0.03 };
  const byMarket = {} as Record<Market, Account[]>;
  for (const m of Object.keys(share) as Market[]) {
    byMarket[m] = Array.from({ length: Math.max(6, Math.round(n * share[m])) }, () => {
      const age = rng.chance(0.15) ? rng.int(30, 180) : rng.int(180, 9 * 365);
      return newAccount(rng, m, start - age * DAY - rng.int(0, DAY));
    });
  }
  const refunders = rng.shuffle(byMarket.SE.filter((a) => a.createdAt < start - 120 * DAY)).slice(0, 3);
  return { byMarket, refunders };
}
