import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, storeCard, usCard } from './cards.js';
import { ipIn, type Network, pickNetwork } from './networks.js';
import { pickState, type State, STATES, usAddress } from './places.js';

/** Names, e-mail addresses, devices and the store's account holders. */

const US_FIRST = [
  'James',
  'Michael',
  'David',
  'Daniel',
  'Chris',
  'Matthew',
  'Ryan',
  'Kevin',
  'Brian',
  'Jason',
  'Eric',
  'Justin',
  'Marcus',
  'Andre',
  'Jose',
  'Luis',
  'Carlos',
  'Wei',
  'Kenji',
  'Raj',
  'Arjun',
  'Omar',
  'Yosef',
  'Moshe',
  'Avi',
  'Sarah',
  'Jessica',
  'Emily',
  'Ashley',
  'Megan',
  'Lauren',
  'Rachel',
  'Nicole',
  'Maria',
  'Sofia',
  'Priya',
  'Mei',
  'Aisha',
  'Tamar',
  'Rivka',
  'Hannah',
  'Olivia',
  'Emma',
  'Grace',
  'Chloe',
  'Tyler',
  'Jordan',
  'Taylor',
  'Alex',
  'Sam',
  'Nathan',
  'Ethan',
  'Noah',
  'Benjamin',
  'Samuel',
  'Isaac',
  'Jamal',
  'Darnell',
  'Keisha',
  'Tiffany',
];
const US_LAST = [
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
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Nguyen',
  'Kim',
  'Patel',
  'Shah',
  'Chen',
  'Wang',
  'Tanaka',
  'Cohen',
  'Levy',
  'Friedman',
  'Goldberg',
  'Schwartz',
  'Katz',
  'Weiss',
  'Rosen',
  'Klein',
  "O'Brien",
  'Murphy',
  'Sullivan',
  'Rossi',
  'Russo',
  'Novak',
  'Kowalski',
  'Ivanov',
  'Okafor',
  'Mensah',
  'Baptiste',
  'Washington',
  'Brooks',
  'Reyes',
  'Cruz',
  'Ortiz',
  'Ramirez',
  'Flores',
];

const NAMES: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  GB: [
    [
      'Oliver',
      'Harry',
      'George',
      'Jack',
      'Amelia',
      'Isla',
      'Emily',
      'Charlotte',
      'Tom',
      'Sophie',
      'Imran',
      'Priya',
    ],
    ['Smith', 'Jones', 'Taylor', 'Brown', 'Evans', 'Walker', 'Wright', 'Hughes', 'Khan', 'Patel', 'Edwards'],
  ],
  DE: [
    ['Lukas', 'Felix', 'Jonas', 'Leon', 'Anna', 'Lena', 'Marie', 'Julia', 'Tobias', 'Katrin'],
    ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann'],
  ],
  FR: [
    ['Louis', 'Hugo', 'Lucas', 'Jules', 'Camille', 'Léa', 'Chloé', 'Manon', 'Antoine', 'Julie'],
    ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Lefebvre'],
  ],
  NL: [
    ['Daan', 'Sem', 'Lucas', 'Emma', 'Julia', 'Sanne', 'Bram', 'Anouk'],
    ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit'],
  ],
  ES: [
    ['Hugo', 'Pablo', 'Álvaro', 'Lucía', 'Sofía', 'Marta', 'Javier', 'Carmen'],
    ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez'],
  ],
  IT: [
    ['Leonardo', 'Francesco', 'Alessandro', 'Giulia', 'Sofia', 'Chiara', 'Marco', 'Elena'],
    ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo'],
  ],
  IL: [
    ['Yosef', 'David', 'Moshe', 'Ariel', 'Noam', 'Itai', 'Yael', 'Noa', 'Tamar', 'Shira', 'Eitan', 'Avraham'],
    ['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Friedman', 'Katz', 'Azoulay', 'Shapiro', 'Ben-David'],
  ],
  AU: [
    ['Jack', 'William', 'Oliver', 'Charlotte', 'Olivia', 'Mia', 'Lachlan', 'Chloe', 'Liam'],
    ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Nguyen', 'Kelly', 'Ryan', 'Campbell'],
  ],
  CA: [
    ['Liam', 'Noah', 'Ethan', 'Olivia', 'Emma', 'Chloé', 'Gabriel', 'Félix', 'Sophie', 'Raj', 'Mei'],
    ['Smith', 'Tremblay', 'Roy', 'Gagnon', 'Brown', 'Wilson', 'Martin', 'Singh', 'Chen', 'Lee', 'MacDonald'],
  ],
  MX: [
    ['José', 'Juan', 'Diego', 'Miguel', 'Sofía', 'Valentina', 'Fernanda', 'Alejandro', 'Ximena'],
    ['Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez'],
  ],
  BR: [
    ['João', 'Pedro', 'Lucas', 'Gabriel', 'Ana', 'Beatriz', 'Mariana', 'Rafael', 'Larissa'],
    ['Silva', 'Santos', 'Oliveira', 'Souza', 'Lima', 'Pereira', 'Costa', 'Carvalho', 'Almeida'],
  ],
  CL: [
    ['Benjamín', 'Vicente', 'Martín', 'Sofía', 'Isidora', 'Catalina', 'Matías'],
    ['González', 'Muñoz', 'Rojas', 'Díaz', 'Pérez', 'Soto', 'Contreras'],
  ],
  CO: [
    ['Santiago', 'Sebastián', 'Samuel', 'Valentina', 'Mariana', 'Daniela', 'Andrés'],
    ['Rodríguez', 'Gómez', 'González', 'Martínez', 'García', 'López', 'Ramírez'],
  ],
  AR: [
    ['Mateo', 'Bautista', 'Joaquín', 'Sofía', 'Martina', 'Lucía', 'Facundo'],
    ['González', 'Rodríguez', 'Gómez', 'Fernández', 'López', 'Díaz', 'Romero'],
  ],
  RU: [
    ['Aleksandr', 'Dmitry', 'Sergey', 'Andrey', 'Maxim', 'Ekaterina', 'Anna', 'Olga', 'Ivan'],
    ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Vasiliev', 'Petrov', 'Sokolov', 'Volkov'],
  ],
  BY: [
    ['Aliaksandr', 'Siarhei', 'Dzmitry', 'Volha', 'Hanna'],
    ['Ivanou', 'Kavalenka', 'Novik', 'Karpovich'],
  ],
  IR: [
    ['Mohammad', 'Ali', 'Reza', 'Hossein', 'Sara', 'Maryam', 'Fatemeh', 'Amir'],
    ['Hosseini', 'Ahmadi', 'Mohammadi', 'Rezaei', 'Karimi', 'Moradi', 'Jafari'],
  ],
  SY: [
    ['Ahmad', 'Omar', 'Khaled', 'Rania', 'Lina', 'Yousef'],
    ['Al-Masri', 'Haddad', 'Khoury', 'Nasser', 'Sabbagh'],
  ],
  CU: [
    ['Yunior', 'Yasmani', 'Dayana', 'Yaneisy', 'Osmany', 'Lisandra'],
    ['Pérez', 'Rodríguez', 'Hernández', 'Díaz', 'Fernández', 'Álvarez'],
  ],
  KP: [
    ['Kim', 'Ri', 'Pak'],
    ['Chol', 'Song', 'Myong'],
  ],
};

export interface Person {
  first: string;
  last: string;
  name: string;
}

/** A person from `country` (the US lists for the US and anywhere without its own). */
export function person(rng: Rng, country = 'US'): Person {
  const [firsts, lasts] = NAMES[country] ?? [US_FIRST, US_LAST];
  const first = rng.pick(firsts);
  const last = rng.pick(lasts);
  return { first, last, name: `${first} ${last}` };
}

const PROVIDERS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  US: [
    ['gmail.com', 52],
    ['yahoo.com', 9],
    ['icloud.com', 10],
    ['outlook.com', 5],
    ['hotmail.com', 5],
    ['aol.com', 3],
    ['comcast.net', 2],
    ['verizon.net', 1],
    ['me.com', 2],
    ['protonmail.com', 1],
  ],
  CA: [
    ['gmail.com', 50],
    ['hotmail.com', 12],
    ['outlook.com', 8],
    ['icloud.com', 8],
    ['rogers.com', 4],
    ['videotron.ca', 3],
    ['shaw.ca', 3],
  ],
  GB: [
    ['gmail.com', 45],
    ['hotmail.co.uk', 14],
    ['outlook.com', 8],
    ['btinternet.com', 8],
    ['icloud.com', 8],
    ['yahoo.co.uk', 5],
  ],
  DE: [
    ['gmail.com', 30],
    ['gmx.de', 25],
    ['web.de', 22],
    ['t-online.de', 10],
  ],
  FR: [
    ['gmail.com', 40],
    ['orange.fr', 18],
    ['free.fr', 12],
    ['hotmail.fr', 12],
  ],
  NL: [
    ['gmail.com', 45],
    ['hotmail.com', 20],
    ['ziggo.nl', 10],
    ['kpnmail.nl', 6],
  ],
  ES: [
    ['gmail.com', 55],
    ['hotmail.es', 25],
    ['yahoo.es', 6],
  ],
  IT: [
    ['gmail.com', 45],
    ['libero.it', 18],
    ['hotmail.it', 12],
    ['virgilio.it', 6],
  ],
  IL: [
    ['gmail.com', 70],
    ['walla.co.il', 10],
    ['hotmail.com', 6],
    ['012.net.il', 3],
  ],
  AU: [
    ['gmail.com', 45],
    ['bigpond.com', 12],
    ['outlook.com', 10],
    ['icloud.com', 10],
    ['optusnet.com.au', 4],
  ],
  MX: [
    ['gmail.com', 50],
    ['hotmail.com', 30],
    ['outlook.com', 8],
    ['prodigy.net.mx', 4],
  ],
  BR: [
    ['gmail.com', 62],
    ['hotmail.com', 18],
    ['uol.com.br', 6],
    ['bol.com.br', 4],
  ],
  LATAM: [
    ['gmail.com', 60],
    ['hotmail.com', 25],
    ['outlook.com', 8],
    ['yahoo.com', 5],
  ],
  RU: [
    ['mail.ru', 35],
    ['yandex.ru', 35],
    ['gmail.com', 20],
    ['bk.ru', 5],
  ],
  OTHER: [
    ['gmail.com', 60],
    ['yahoo.com', 10],
    ['hotmail.com', 15],
    ['outlook.com', 10],
  ],
};

const LATAM = new Set(['CL', 'CO', 'AR']);

/** An e-mail provider for someone living in `country`. */
export function provider(rng: Rng, country: string): string {
  const key = PROVIDERS[country] ? country : LATAM.has(country) ? 'LATAM' : 'OTHER';
  return rng.weightedPick(PROVIDERS[key] ?? []);
}

const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** The local part people choose: name forms, a birth year or a number, a nickname now and then. */
export function localPart(rng: Rng, p: Person): string {
  const f = ascii(p.first);
  const l = ascii(p.last);
  return rng.weightedPick<string>([
    [`${f}.${l}`, 28],
    [`${f}${l}`, 16],
    [`${f}${l}${rng.int(1, 99)}`, 14],
    [`${f.charAt(0)}${l}`, 12],
    [`${f}.${l}${rng.int(1965, 2006)}`, 10],
    [`${f}_${l}`, 5],
    [`${l}${f.charAt(0)}${rng.int(1, 9)}`, 5],
    [`${f}${rng.pick(['photo', 'shoots', 'films', 'audio', 'beats', 'visuals', 'creates'])}`, 6],
    [`${rng.pick(['the', 'mr', 'its'])}${f}${l.charAt(0)}`, 4],
  ]);
}

export const emailOf = (rng: Rng, p: Person, country: string): string =>
  `${localPart(rng, p)}@${provider(rng, country)}`;

/** The store's web checkout (with its fingerprint script) and its iOS and Android apps. */
const WEB: ReadonlyArray<readonly [string, number]> = [
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1.1 Mobile/15E148 Safari/604.1',
    24,
  ],
  [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
    14,
  ],
  [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    14,
  ],
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    20,
  ],
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
    6,
  ],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0', 4],
  [
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
    11,
  ],
  [
    'Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    4,
  ],
  ['Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', 1],
];

export const APP_IOS = 'ChelseaCamera/8.14.2 (iPhone; iOS 18.1.1; Scale/3.00)';
export const APP_ANDROID = 'ChelseaCamera/8.14.0 (Linux; Android 15; Pixel 8)';
export const HEADLESS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36';
/** What anti-detect browsers present: an ordinary desktop Chrome a few versions old. */
export const SPOOFED = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36',
] as const;

export const deviceId = (rng: Rng): string => `fp_${rng.token(22)}`;

/** A browser or the app; the fingerprint script is blocked by some browsers and extensions. */
export function newDevice(rng: Rng, appShare = 0.12): Device {
  if (rng.chance(appShare)) {
    return { userAgent: rng.chance(0.7) ? APP_IOS : APP_ANDROID, id: `app_${rng.token(20)}` };
  }
  const userAgent = rng.weightedPick(WEB);
  return rng.chance(0.9) ? { userAgent, id: deviceId(rng) } : { userAgent };
}

export type AccountType = 'personal' | 'business' | 'education';

export interface Company {
  name: string;
  /** Federal employer id as the store keeps it (masked but the last four). */
  ein: string;
  /** Net-30 terms approved. */
  terms: boolean;
  /** A resale or exemption certificate on file. */
  taxExempt: boolean;
}

/** An account holder: who they are, where they live, their saved cards and devices, their home connection. */
export interface Account {
  id: string;
  email: string;
  name: string;
  person: Person;
  createdAt: number;
  type: AccountType;
  state: State;
  home: Address;
  cards: HeldCard[];
  devices: Device[];
  homeNet: Network;
  homeIp: string;
  mobileNet: Network;
  company?: Company;
  /** Accounts sharing a household (same address, connection and a device) share this. */
  household?: number;
  /** The store card is among the cards. */
  storeCard: boolean;
}

const COMPANY_WORDS = [
  [
    'Hudson',
    'Bluebird',
    'North Star',
    'Golden Hour',
    'Brickyard',
    'Low Tide',
    'Lantern',
    'Redwood',
    'Kinfolk',
  ],
  ['Films', 'Productions', 'Media', 'Studios', 'Creative', 'Pictures', 'Sound', 'Post', 'Events'],
] as const;

export function companyName(rng: Rng): string {
  return `${rng.pick(COMPANY_WORDS[0])} ${rng.pick(COMPANY_WORDS[1])} ${rng.pick(['LLC', 'Inc.', 'LLC', 'Co.'])}`;
}

const domainOf = (rng: Rng, company: string): string =>
  `${ascii(company.replace(/ (LLC|Inc\.|Co\.)$/, ''))}.${rng.pick(['com', 'com', 'co', 'tv', 'studio'])}`;

const EDU_DOMAINS: Readonly<Record<string, readonly string[]>> = {
  NY: ['nyu.edu', 'columbia.edu', 'sva.edu', 'newschool.edu', 'cuny.edu'],
  CA: ['ucla.edu', 'usc.edu', 'berkeley.edu', 'calarts.edu'],
  MA: ['bu.edu', 'berklee.edu', 'harvard.edu'],
  TX: ['utexas.edu'],
  IL: ['colum.edu', 'uchicago.edu'],
  MI: ['umich.edu'],
  GA: ['scad.edu'],
  PA: ['temple.edu', 'drexel.edu'],
};

/** A home network and a fixed household address on it; a phone network for on-the-go orders. */
function connections(rng: Rng): { homeNet: Network; homeIp: string; mobileNet: Network } {
  const homeNet = pickNetwork(rng, 'US', 'residential');
  return { homeNet, homeIp: ipIn(rng, homeNet, 0.35), mobileNet: pickNetwork(rng, 'US', 'mobile') };
}

function account(rng: Rng, i: number, start: number, type: AccountType): Account {
  const eduStates = Object.keys(EDU_DOMAINS);
  const state =
    type === 'education'
      ? pickState(
          rng,
          STATES.filter((s) => eduStates.includes(s.code)),
        )
      : pickState(rng);
  const who = person(rng);
  const company =
    type === 'business'
      ? {
          name: companyName(rng),
          ein: `**-***${rng.digits(4)}`,
          terms: rng.chance(0.45),
          taxExempt: rng.chance(0.3),
        }
      : undefined;
  const email = company
    ? `${rng.pick([ascii(who.first), 'purchasing', 'office', 'gear', 'accounts'])}@${domainOf(rng, company.name)}`
    : type === 'education'
      ? `${ascii(who.first).charAt(0)}${ascii(who.last)}${rng.int(1, 999)}@${rng.pick(EDU_DOMAINS[state.code] ?? ['nyu.edu'])}`
      : emailOf(rng, who, 'US');
  const years =
    type === 'education' ? rng.float(0.05, 4) : type === 'business' ? rng.float(0.5, 12) : rng.exp(3.5);
  const createdAt = Math.floor(start - Math.max(20, Math.min(14 * 365, years * 365)) * DAY);
  const cards = [usCard(rng)];
  if (rng.chance(type === 'business' ? 0.6 : 0.35)) cards.push(usCard(rng));
  const hasStoreCard = type !== 'business' && rng.chance(0.09);
  if (hasStoreCard) cards.push(storeCard(rng));
  const devices = [newDevice(rng, 0.2)];
  if (rng.chance(0.45)) devices.push(newDevice(rng, 0.3));
  return {
    id: `cus_${(100_000 + i * 7 + rng.int(0, 6)).toString(36)}${rng.token(4)}`,
    email,
    name: who.name,
    person: who,
    createdAt,
    type,
    state,
    home: usAddress(rng, state),
    cards,
    devices,
    ...connections(rng),
    ...(company ? { company } : {}),
    storeCard: hasStoreCard,
  };
}

/** The store's account holders at the start of the window, by type; a few households share a device. */
export interface CustomerBase {
  personal: Account[];
  business: Account[];
  education: Account[];
  /** Pairs of personal accounts in one household. */
  households: Array<readonly [Account, Account]>;
}

/** One account for every two and a half orders expected: personal, business and education accounts. */
export function customerBase(rng: Rng, start: number, orders: number): CustomerBase {
  const size = Math.max(12, Math.ceil(orders / 2.5));
  const base: CustomerBase = { personal: [], business: [], education: [], households: [] };
  for (let i = 0; i < size; i++) {
    const type = rng.weightedPick<AccountType>([
      ['personal', 84],
      ['business', 9],
      ['education', 7],
    ]);
    base[type].push(account(rng, i, start, type));
  }
  // Households: a second account (a partner, a grown child) on the same address, connection and iPad.
  const pairs = Math.max(2, Math.floor(base.personal.length * 0.06));
  for (let h = 0; h < pairs; h++) {
    const a = rng.pick(base.personal);
    if (a.household !== undefined) continue;
    const who = person(rng);
    const relative = { ...who, last: a.person.last, name: `${who.first} ${a.person.last}` };
    const shared = a.devices[0] ?? newDevice(rng);
    const b: Account = {
      ...account(rng, size + h, start, 'personal'),
      name: relative.name,
      person: relative,
      email: emailOf(rng, relative, 'US'),
      state: a.state,
      home: { ...a.home },
      homeNet: a.homeNet,
      homeIp: a.homeIp,
      mobileNet: a.mobileNet,
      household: h,
    };
    b.devices = [shared, ...b.devices.slice(0, 1)];
    a.household = h;
    base.personal.push(b);
    base.households.push([a, b]);
  }
  return base;
}
