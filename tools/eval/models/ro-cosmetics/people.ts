import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { localNetwork, type Network } from './networks.js';
import { addressIn } from './places.js';

/**
 * The shop's people: Romanian, Moldovan, Hungarian and Bulgarian names, e-mail as each country uses it (Gmail
 * and Yahoo in Romania, mail.ru and Gmail in Moldova, Freemail in Hungary, abv.bg in Bulgaria), phones and
 * laptops as they shop, and the base of accounts opened before the season, each with its home, networks,
 * devices, maybe a saved card and a loyalty balance.
 */

const RO_WOMEN = [
  'Andreea',
  'Ioana',
  'Elena',
  'Maria',
  'Alexandra',
  'Cristina',
  'Mihaela',
  'Raluca',
  'Diana',
  'Gabriela',
  'Simona',
  'Roxana',
  'Bianca',
  'Alina',
  'Irina',
  'Larisa',
  'Denisa',
  'Oana',
  'Ana-Maria',
  'Florentina',
  'Georgiana',
  'Adriana',
  'Daniela',
  'Loredana',
  'Ramona',
  'Teodora',
  'Camelia',
  'Iulia',
  'Anca',
  'Carmen',
];
const RO_MEN = [
  'Andrei',
  'Alexandru',
  'Mihai',
  'Ionuț',
  'Bogdan',
  'Cristian',
  'Florin',
  'Adrian',
  'Radu',
  'Vlad',
  'Ștefan',
  'George',
  'Marius',
  'Cătălin',
  'Dan',
  'Gabriel',
  'Sorin',
  'Răzvan',
];
const RO_SURNAMES = [
  'Popescu',
  'Ionescu',
  'Popa',
  'Dumitrescu',
  'Stan',
  'Stoica',
  'Gheorghe',
  'Munteanu',
  'Constantin',
  'Rusu',
  'Matei',
  'Marin',
  'Tudor',
  'Dobre',
  'Barbu',
  'Nistor',
  'Florea',
  'Ene',
  'Dinu',
  'Lazăr',
  'Moldovan',
  'Pop',
  'Mureșan',
  'Sabău',
  'Ciobanu',
  'Lungu',
  'Radu',
  'Șerban',
  'Neagu',
  'Oprea',
  'Toma',
  'Vasile',
  'Manole',
  'Chiriac',
  'Andrei',
  'Cojocaru',
];
const MD_SURNAMES = [
  'Ceban',
  'Rotari',
  'Cojocaru',
  'Țurcanu',
  'Bivol',
  'Ursu',
  'Rusu',
  'Lungu',
  'Munteanu',
  'Cebotari',
  'Botnari',
  'Gînju',
  'Sârbu',
];
const HU_WOMEN = ['Eszter', 'Anna', 'Katalin', 'Zsófia', 'Réka', 'Nóra', 'Judit'];
const HU_MEN = ['Gábor', 'László', 'Péter', 'Balázs'];
const HU_SURNAMES = ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár'];
const BG_WOMEN = ['Maria', 'Ivana', 'Desislava', 'Elena', 'Gergana', 'Nikol', 'Radostina'];
const BG_MEN = ['Georgi', 'Ivan', 'Dimitar', 'Nikolay'];
const BG_SURNAMES = ['Ivanov', 'Petrov', 'Georgiev', 'Dimitrov', 'Nikolov', 'Stoyanov', 'Todorov'];
const RU_NAMES = [
  'Anastasia Smirnova',
  'Ekaterina Volkova',
  'Olga Kuznetsova',
  'Dmitry Sokolov',
  'Yulia Morozova',
  'Svetlana Popova',
  'Natalia Lebedeva',
];
const BY_NAMES = ['Volha Kavalenka', 'Darya Novik', 'Aliaksandr Karpovich', 'Tatsiana Shapavalava'];
const IR_NAMES = ['Maryam Hosseini', 'Zahra Ahmadi', 'Reza Karimi', 'Fatemeh Moradi'];

export interface Person {
  first: string;
  last: string;
  name: string;
  woman: boolean;
}

/** A person of a country (Romanian names for Romanians abroad); women buy most of the shop's goods. */
export function personOf(rng: Rng, country: string, womanShare = 0.8): Person {
  const woman = rng.chance(womanShare);
  if (country === 'RU' || country === 'BY' || country === 'IR') {
    const list = country === 'RU' ? RU_NAMES : country === 'BY' ? BY_NAMES : IR_NAMES;
    const [first = '', last = ''] = rng.pick(list).split(' ');
    return { first, last, name: `${first} ${last}`, woman };
  }
  if (country === 'HU') {
    const first = rng.pick(woman ? HU_WOMEN : HU_MEN);
    const last = rng.pick(HU_SURNAMES);
    return { first, last, name: `${last} ${first}`, woman };
  }
  if (country === 'BG') {
    const first = rng.pick(woman ? BG_WOMEN : BG_MEN);
    const male = rng.pick(BG_SURNAMES);
    const last = woman ? `${male}a` : male;
    return { first, last, name: `${first} ${last}`, woman };
  }
  const first = rng.pick(woman ? RO_WOMEN : RO_MEN);
  const last = rng.pick(country === 'MD' && rng.chance(0.6) ? MD_SURNAMES : RO_SURNAMES);
  return { first, last, name: `${first} ${last}`, woman };
}

const plain = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

const PROVIDERS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  RO: [
    ['gmail.com', 62],
    ['yahoo.com', 24],
    ['yahoo.ro', 4],
    ['hotmail.com', 3],
    ['outlook.com', 3],
    ['icloud.com', 4],
  ],
  MD: [
    ['gmail.com', 60],
    ['mail.ru', 22],
    ['yahoo.com', 10],
    ['mail.md', 8],
  ],
  HU: [
    ['gmail.com', 55],
    ['freemail.hu', 25],
    ['citromail.hu', 10],
    ['outlook.hu', 10],
  ],
  BG: [
    ['gmail.com', 55],
    ['abv.bg', 35],
    ['mail.bg', 10],
  ],
  RU: [
    ['mail.ru', 40],
    ['yandex.ru', 40],
    ['gmail.com', 20],
  ],
  BY: [
    ['tut.by', 30],
    ['mail.ru', 40],
    ['gmail.com', 30],
  ],
  IR: [
    ['gmail.com', 70],
    ['yahoo.com', 30],
  ],
};

/** An e-mail address as a person of that country writes it. */
export function emailOf(rng: Rng, p: Person, country: string): string {
  const provider = rng.weightedPick(PROVIDERS[country] ?? PROVIDERS.RO ?? []);
  const f = plain(p.first);
  const l = plain(p.last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 30],
    [`${f}${l}`, 15],
    [`${l}.${f}`, 12],
    [`${f}_${l}${rng.int(1, 99)}`, 10],
    [`${f}${l}${rng.int(80, 99)}`, 14],
    [`${f}.${l}${rng.int(1990, 2006)}`, 12],
    [`${f}${rng.int(10, 999)}`, 7],
  ]);
  return `${local}@${provider}`;
}

const ANDROID = [
  'SM-A546B',
  'SM-A556B',
  'SM-A155F',
  'SM-S921B',
  'SM-A346B',
  '23129RAA4G',
  '2312DRAABG',
  'M2101K6G',
  'CPH2591',
  'moto g54 5G',
];
const IOS = ['17_6_1', '18_0_1', '18_1', '17_5_1', '16_7_10'];

/** A phone or laptop as a Romanian shopper has it (mostly phones), with the user agent its browser sends. */
export function deviceOf(rng: Rng, mobileShare = 0.7): Device {
  const chrome = `${rng.int(128, 131)}.0.0.0`;
  let userAgent: string;
  if (rng.chance(mobileShare)) {
    if (rng.chance(0.62)) {
      userAgent = `Mozilla/5.0 (Linux; Android ${rng.pick(['13', '14', '14', '15'])}; ${rng.pick(ANDROID)}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Mobile Safari/537.36`;
    } else {
      const v = rng.pick(IOS);
      userAgent = `Mozilla/5.0 (iPhone; CPU iPhone OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v.split('_').slice(0, 2).join('.')} Mobile/15E148 Safari/604.1`;
    }
  } else {
    userAgent = rng.weightedPick<string>([
      [
        `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`,
        50,
      ],
      [
        `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36 Edg/${chrome}`,
        15,
      ],
      [
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
        20,
      ],
      [
        `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${rng.int(130, 132)}.0) Gecko/20100101 Firefox/${rng.int(130, 132)}.0`,
        15,
      ],
    ]);
  }
  // The shop's fingerprint script runs unless blocked (private modes, blockers).
  return rng.chance(0.9) ? { id: `dev_${rng.token(20)}`, userAgent } : { userAgent };
}

export interface Account {
  id: string;
  email: string;
  name: string;
  person: Person;
  createdAt: number;
  country: string;
  home: Address;
  homeNet: Network;
  mobileNet: Network;
  devices: Device[];
  cards: HeldCard[];
  /** Loyalty wallet balance in lei (bani): points from earlier orders. */
  wallet: number;
  /** Pays cash on delivery by habit. */
  ramburs: boolean;
  /** Earlier orders before the season. */
  orders: number;
}

/** The mix of account holders by country: Romania, then Moldova, the diaspora and the neighbours. */
const ACCOUNT_COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['RO', 86],
  ['MD', 5],
  ['IT', 3],
  ['ES', 2.5],
  ['DE', 1.5],
  ['HU', 1],
  ['BG', 1],
];

export function accountOf(rng: Rng, start: number, i: number, country?: string): Account {
  const c = country ?? rng.weightedPick(ACCOUNT_COUNTRIES);
  // Diaspora accounts hold Romanian names; their cards are from where they live.
  const person = personOf(rng, c === 'IT' || c === 'ES' || c === 'DE' ? 'RO' : c);
  const ageDays = Math.floor(rng.chance(0.25) ? rng.float(20, 365) : rng.float(365, 9 * 365));
  const ramburs = c === 'RO' && rng.chance(0.5);
  const cards = ramburs && rng.chance(0.6) ? [] : [newCard(rng, c)];
  if (cards.length > 0 && rng.chance(0.2)) cards.push(newCard(rng, c));
  const devices = [deviceOf(rng)];
  if (rng.chance(0.35)) devices.push(deviceOf(rng, 0.2));
  const orders = Math.max(1, Math.round(rng.exp(Math.min(30, ageDays / 90))));
  return {
    id: `c_${100_000 + i * 7 + rng.int(0, 6)}`,
    email: emailOf(rng, person, c === 'IT' || c === 'ES' || c === 'DE' ? 'RO' : c),
    name: person.name,
    person,
    createdAt: start - ageDays * DAY - rng.int(0, DAY - 1),
    country: c,
    home: addressIn(rng, c),
    homeNet: localNetwork(rng, c, 0),
    mobileNet: localNetwork(rng, c, 1),
    devices,
    cards,
    wallet: rng.chance(0.55) ? Math.round(Math.min(40, orders) * rng.float(2, 9)) * 100 : 0,
    ramburs,
    orders,
  };
}

export interface CustomerBase {
  all: Account[];
  byCountry: Map<string, Account[]>;
}

/** One account for every two and a half orders expected, opened weeks to nine years before the season. */
export function customerBase(rng: Rng, start: number, orders: number): CustomerBase {
  const count = Math.max(40, Math.round(orders / 2.5));
  const all = Array.from({ length: count }, (_, i) => accountOf(rng.fork(`a${i}`), start, i));
  const byCountry = new Map<string, Account[]>();
  for (const a of all) byCountry.set(a.country, [...(byCountry.get(a.country) ?? []), a]);
  return { all, byCountry };
}

/** An account of one of `countries` (any account when there is none). */
export function accountIn(rng: Rng, base: CustomerBase, countries: readonly string[]): Account {
  const list = countries.flatMap((c) => base.byCountry.get(c) ?? []);
  return rng.pick(list.length > 0 ? list : base.all);
}
