import { type Address, type Card, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { HOME_NETWORKS } from './networks.js';
import { addressOf, TZ } from './places.js';

/**
 * The shop's people: names, e-mail and phone habits by community, their cards (BIN and last four only) and
 * devices, and the account base that returning customers, restaurants, importers and takeovers draw from.
 */

/** A card the buyer holds; `bank` is which Georgian bank issued it, for the gateway they pick. */
export type HeldCard = Card & { bank: 'bog' | 'tbc' | 'other' };

const BINS: Readonly<Record<string, ReadonlyArray<readonly [string, string, HeldCard['bank']]>>> = {
  GE: [
    ['427714', 'visa', 'bog'],
    ['41540412', 'visa', 'bog'],
    ['547362', 'mastercard', 'bog'],
    ['402930', 'visa', 'tbc'],
    ['520951', 'mastercard', 'tbc'],
    ['44637500', 'visa', 'tbc'],
    ['409357', 'visa', 'other'],
  ],
  AM: [
    ['408306', 'visa', 'other'],
    ['531207', 'mastercard', 'other'],
  ],
  KZ: [
    ['440563', 'visa', 'other'],
    ['400303', 'visa', 'other'],
  ],
  IL: [
    ['458045', 'visa', 'other'],
    ['532610', 'mastercard', 'other'],
    ['45807712', 'isracard', 'other'],
  ],
  PL: [
    ['516931', 'mastercard', 'other'],
    ['434769', 'visa', 'other'],
  ],
  DE: [
    ['492181', 'visa', 'other'],
    ['535110', 'mastercard', 'other'],
  ],
  FR: [
    ['497010', 'visa', 'other'],
    ['513283', 'mastercard', 'other'],
  ],
  GR: [
    ['416034', 'visa', 'other'],
    ['539123', 'mastercard', 'other'],
  ],
  NL: [['465858', 'visa', 'other']],
  GB: [
    ['475129', 'visa', 'other'],
    ['522092', 'mastercard', 'other'],
  ],
  US: [
    ['414720', 'visa', 'other'],
    ['426684', 'visa', 'other'],
    ['542418', 'mastercard', 'other'],
    ['371234', 'amex', 'other'],
  ],
  TR: [['454360', 'visa', 'other']],
  RU: [
    ['427601', 'visa', 'other'],
    ['220220', 'mir', 'other'],
    ['220070', 'mir', 'other'],
    ['546938', 'mastercard', 'other'],
  ],
  BY: [
    ['911200', 'belkart', 'other'],
    ['425600', 'visa', 'other'],
  ],
  IR: [['603799', 'shetab', 'other']],
};

export function newCard(rng: Rng, country: string, bins = BINS[country]): HeldCard {
  if (!bins) throw new Error(`no BINs for ${country}`);
  const [bin, brand, bank] = rng.pick(bins);
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(18)}`, bank };
}

/** A card of the given Georgian bank. */
export const georgianCard = (rng: Rng, bank: 'bog' | 'tbc'): HeldCard =>
  newCard(
    rng,
    'GE',
    BINS['GE']?.filter((b) => b[2] === bank),
  );

const AGENTS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:142.0) Gecko/20100101 Firefox/142.0',
  'Mozilla/5.0 (iPad; CPU OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1',
];

/** A phone, tablet or computer; the shop's fingerprint script gives most of them an id. */
export const newDevice = (rng: Rng): Device => ({
  userAgent: rng.pick(AGENTS),
  ...(rng.chance(0.88) ? { id: `dv_${rng.token(20)}` } : {}),
});

export type Community =
  'georgian' | 'russian' | 'israeli' | 'polish' | 'german' | 'french' | 'greek' | 'american' | 'iranian';

const NAMES: Record<Community, readonly [readonly string[], readonly string[]]> = {
  georgian: [
    [
      'Nino',
      'Giorgi',
      'Tamar',
      'Levan',
      'Ana',
      'Davit',
      'Mariam',
      'Irakli',
      'Salome',
      'Nika',
      'Ketevan',
      'Zurab',
      'Eka',
      'Lasha',
      'Natia',
      'Gela',
    ],
    [
      'Beridze',
      'Kapanadze',
      'Lomidze',
      'Gelashvili',
      'Chkheidze',
      'Jorbenadze',
      'Tsiklauri',
      'Abashidze',
      'Mchedlishvili',
      'Kiknadze',
      'Maisuradze',
      'Natsvlishvili',
      'Gogoladze',
      'Khutsishvili',
    ],
  ],
  russian: [
    [
      'Alexei',
      'Ekaterina',
      'Dmitry',
      'Anna',
      'Maxim',
      'Olga',
      'Ilya',
      'Yulia',
      'Sergei',
      'Daria',
      'Artem',
      'Polina',
    ],
    [
      'Smirnov',
      'Volkova',
      'Ivanov',
      'Kuznetsova',
      'Sokolov',
      'Morozova',
      'Novikov',
      'Popova',
      'Lebedev',
      'Orlova',
    ],
  ],
  israeli: [
    ['Yossi', 'Noa', 'Avi', 'Tamar', 'Eli', 'Shira', 'Eliyahu', 'Rivka', 'Moshe', 'Yael'],
    [
      'Cohen',
      'Levi',
      'Mizrahi',
      'Peretz',
      'Biton',
      'Friedman',
      'Mikhelashvili',
      'Batoshvili',
      'Elizarov',
      'Dahan',
    ],
  ],
  polish: [
    ['Katarzyna', 'Piotr', 'Agnieszka', 'Tomasz', 'Marta', 'Paweł', 'Joanna', 'Michał'],
    ['Nowak', 'Kowalski', 'Wiśniewska', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zielińska'],
  ],
  german: [
    ['Jonas', 'Lena', 'Felix', 'Sophie', 'Lukas', 'Hannah'],
    ['Müller', 'Schmidt', 'Weber', 'Fischer', 'Wagner'],
  ],
  french: [
    ['Claire', 'Julien', 'Camille', 'Thomas'],
    ['Martin', 'Bernard', 'Dubois', 'Laurent'],
  ],
  greek: [
    ['Eleni', 'Nikos', 'Maria', 'Giorgos'],
    ['Papadopoulou', 'Georgiou', 'Ioannidis', 'Savvidis'],
  ],
  american: [
    ['Sarah', 'Michael', 'Jessica', 'David', 'Emily', 'Chris'],
    ['Miller', 'Johnson', 'Brown', 'Davis', 'Wilson'],
  ],
  iranian: [
    ['Reza', 'Maryam', 'Ali', 'Zahra', 'Hossein'],
    ['Ahmadi', 'Hosseini', 'Karimi', 'Rahimi'],
  ],
};

const DOMAINS: Record<Community, ReadonlyArray<readonly [string, number]>> = {
  georgian: [
    ['gmail.com', 70],
    ['mail.ru', 10],
    ['yahoo.com', 8],
    ['outlook.com', 8],
    ['posta.ge', 4],
  ],
  russian: [
    ['gmail.com', 40],
    ['yandex.ru', 25],
    ['mail.ru', 20],
    ['proton.me', 8],
    ['icloud.com', 7],
  ],
  israeli: [
    ['gmail.com', 75],
    ['walla.co.il', 15],
    ['hotmail.com', 10],
  ],
  polish: [
    ['gmail.com', 50],
    ['wp.pl', 20],
    ['onet.pl', 15],
    ['o2.pl', 15],
  ],
  german: [
    ['gmx.de', 35],
    ['web.de', 30],
    ['gmail.com', 35],
  ],
  french: [
    ['gmail.com', 50],
    ['orange.fr', 25],
    ['free.fr', 25],
  ],
  greek: [
    ['gmail.com', 70],
    ['yahoo.gr', 30],
  ],
  american: [
    ['gmail.com', 60],
    ['yahoo.com', 20],
    ['outlook.com', 20],
  ],
  iranian: [
    ['gmail.com', 60],
    ['yahoo.com', 40],
  ],
};

const translit = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .toLowerCase();

export interface Person {
  name: string;
  email: string;
  phone: string;
  community: Community;
}

/** A person of `community` with a phone from `phoneCountry` (a relocant keeps a +7 number for years). */
export function newPerson(rng: Rng, community: Community, phoneCountry: string): Person {
  const [firsts, lasts] = NAMES[community];
  const first = rng.pick(firsts);
  const last = rng.pick(lasts);
  const sep = rng.pick(['.', '', '_', '.']);
  const tail = rng.chance(0.5) ? String(rng.int(1, 99)) : '';
  const email = `${translit(first)}${sep}${translit(last)}${tail}@${rng.weightedPick(DOMAINS[community])}`;
  return { name: `${first} ${last}`, email, phone: phoneOf(rng, phoneCountry), community };
}

export function phoneOf(rng: Rng, country: string): string {
  switch (country) {
    case 'GE':
      return `+995 5${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`;
    case 'RU':
      return `+7 9${rng.digits(2)} ${rng.digits(3)}-${rng.digits(2)}-${rng.digits(2)}`;
    case 'BY':
      return `+375 ${rng.pick(['29', '33', '44'])} ${rng.digits(7)}`;
    case 'IL':
      return `+972 5${rng.digits(1)}-${rng.digits(7)}`;
    case 'PL':
      return `+48 ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`;
    case 'US':
      return `+1 ${rng.int(201, 989)} ${rng.digits(3)} ${rng.digits(4)}`;
    case 'IR':
      return `+98 9${rng.digits(9)}`;
    default:
      return `+${rng.pick(['49', '33', '30', '31'])} ${rng.digits(9)}`;
  }
}

/** Who an account belongs to. */
export type Segment = 'tbilisi' | 'regions' | 'relocant' | 'diaspora' | 'tourist' | 'restaurant' | 'importer';

export interface Account extends Person {
  id: string;
  createdAt: number;
  segment: Segment;
  home: Address;
  tz: number;
  /** The networks they usually shop from. */
  networks: readonly string[];
  cards: HeldCard[];
  devices: readonly Device[];
  company?: { name: string; taxId: string };
}

const SEGMENTS: ReadonlyArray<readonly [Segment, number]> = [
  ['tbilisi', 38],
  ['regions', 12],
  ['relocant', 18],
  ['diaspora', 14],
  ['tourist', 10],
  ['restaurant', 5],
  ['importer', 3],
];

const RESTAURANTS = [
  'Wine Bar Vino Underground',
  'Restorani Sofia',
  'Ghvino Bar 8000',
  'Cafe Leila',
  'Kakhuri Ezo',
  'Barbarestan Bistro',
  'Marani Wine Bar',
  'Shavi Lomi',
  'Chacha Corner',
  'Puri Guliani',
];
const IMPORTERS: ReadonlyArray<readonly [string, string, string]> = [
  ['Qvevri Imports Sp. z o.o.', 'PL', 'PL'],
  ['Kaukasus Weinkontor GmbH', 'DE', 'DE'],
  ['Amber Wines Ltd', 'IL', 'IL'],
  ['Georgian Cellar LLC', 'US', 'US'],
  ['Vins du Caucase SARL', 'FR', 'FR'],
  ['Oinos Kavkasou IKE', 'GR', 'GR'],
];

const DIASPORA = ['US', 'US', 'DE', 'GR', 'IL', 'PL', 'FR'];

function georgianCards(rng: Rng): HeldCard[] {
  const cards = [georgianCard(rng, rng.chance(0.52) ? 'bog' : 'tbc')];
  if (rng.chance(0.35)) cards.push(georgianCard(rng, rng.chance(0.5) ? 'bog' : 'tbc'));
  return cards;
}

/** A new account: who, where they live, how they pay, what they shop from. */
export function newAccount(rng: Rng, id: string, segment: Segment, createdAt: number): Account {
  let person: Person;
  let home: Address;
  let cards: HeldCard[];
  let networks: readonly string[];
  let company: Account['company'];
  switch (segment) {
    case 'tbilisi':
    case 'regions':
      person = newPerson(rng, 'georgian', 'GE');
      home = addressOf(rng, 'GE', segment === 'tbilisi');
      cards = georgianCards(rng);
      networks = HOME_NETWORKS['GE'] ?? [];
      break;
    case 'relocant': {
      // Moved from Russia or Belarus since 2022: a Georgian flat and bank account, a +7 or +375 phone, a VPN
      // left on out of habit.
      const from = rng.chance(0.85) ? 'RU' : 'BY';
      person = newPerson(rng, 'russian', from);
      home = addressOf(rng, 'GE', rng.chance(0.9));
      cards = rng.chance(0.8) ? georgianCards(rng) : [newCard(rng, rng.pick(['AM', 'KZ']))];
      networks = rng.chance(0.35)
        ? ['ge_fibre', rng.pick(['hosting_nl', 'hosting_de'])]
        : ['ge_fibre', 'ge_mobile_b'];
      break;
    }
    case 'diaspora': {
      const country = rng.pick(DIASPORA);
      person = newPerson(rng, 'georgian', country);
      if (country === 'IL') person = newPerson(rng, 'israeli', 'IL');
      home = addressOf(rng, country);
      cards = [newCard(rng, country)];
      networks = HOME_NETWORKS[country] ?? [];
      break;
    }
    case 'tourist': {
      const country = rng.pick(['IL', 'IL', 'PL', 'PL', 'DE', 'FR']);
      const community =
        ({ IL: 'israeli', PL: 'polish', DE: 'german', FR: 'french' } as const)[country] ?? 'polish';
      person = newPerson(rng, community, country);
      home = addressOf(rng, country);
      cards = [newCard(rng, country)];
      networks = HOME_NETWORKS[country] ?? [];
      break;
    }
    case 'restaurant': {
      person = newPerson(rng, 'georgian', 'GE');
      home = addressOf(rng, 'GE', rng.chance(0.85));
      cards = [georgianCard(rng, rng.chance(0.5) ? 'bog' : 'tbc')];
      networks = ['ge_office', 'ge_mobile_a'];
      company = { name: rng.pick(RESTAURANTS), taxId: rng.digits(9) };
      break;
    }
    case 'importer': {
      const [name, country, vat] = rng.pick(IMPORTERS);
      const community = (
        { PL: 'polish', DE: 'german', IL: 'israeli', US: 'american', FR: 'french', GR: 'greek' } as const
      )[country as 'PL'];
      person = newPerson(rng, community ?? 'american', country);
      home = addressOf(rng, country);
      cards = [newCard(rng, country)];
      networks = HOME_NETWORKS[country] ?? [];
      company = { name, taxId: `${vat}${rng.digits(9)}` };
      break;
    }
  }
  const devices = Array.from({ length: rng.chance(0.3) ? 2 : 1 }, () => newDevice(rng));
  return {
    ...person,
    id,
    createdAt,
    segment,
    home,
    tz: TZ[home.country] ?? 4,
    networks,
    cards,
    devices,
    ...(company ? { company } : {}),
  };
}

/** One account for every three orders expected, opened one month to six years before the season. */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const count = Math.max(30, Math.round(orders / 3));
  return Array.from({ length: count }, (_, i) => {
    const segment = rng.weightedPick(SEGMENTS);
    const age = rng.int(30, segment === 'relocant' ? 1400 : segment === 'tourist' ? 1100 : 2200);
    return newAccount(
      rng.fork(`a${i}`),
      `cus_${rng.token(12)}`,
      segment,
      start - age * 86_400_000 - rng.int(0, 86_399_999),
    );
  });
}
