import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, homeCardKey, type IssuerKey, newCard } from './cards.js';
import { address, broadbandIn, mobileIn, type Network, network, vpnExit } from './networks.js';
import {
  addressAt,
  BORDER_IE,
  BORDER_NI,
  type Currency,
  currencyOf,
  IE_PLACES,
  type Place,
  placeIn,
  type Region,
} from './places.js';

/**
 * Who shops at Pixel Harbour: names and e-mail habits by country, phones, consoles and PCs, and the shop's
 * accounts (adults, teenagers on accounts their parents pay for, students, border households, VPN users and a
 * few businesses), each with a home, cards, devices and a home connection.
 */

const FIRST: Readonly<Record<string, readonly string[]>> = {
  IE: [
    'Seán',
    'Ciarán',
    'Aoife',
    'Niamh',
    'Conor',
    'Cian',
    'Darragh',
    'Oisín',
    'Saoirse',
    'Róisín',
    'Siobhán',
    'Eoin',
    'Liam',
    'Jack',
    'Emma',
    'Sophie',
    'Grace',
    'Tadhg',
    'Pádraig',
    'Michael',
    'Mary',
    'John',
    'Declan',
    'Fionn',
    'Aisling',
    'Caoimhe',
    'Orla',
    'Gráinne',
    'Cillian',
    'Shane',
    'Ryan',
    'Sarah',
    'Katie',
    'Mateusz',
    'Gabriel',
    'Priya',
    'Lucas',
    'Ana',
    'Karen',
    'Dermot',
    'Brendan',
    'Deirdre',
    'Colm',
    'Rónán',
  ],
  NI: [
    'Ryan',
    'Conor',
    'Jamie',
    'Mark',
    'Gareth',
    'Chloe',
    'Megan',
    'Aimee',
    'Ciara',
    'Aaron',
    'Jordan',
    'Niall',
    'Stephen',
    'Leanne',
    'Paul',
    'Shauna',
    'Callum',
    'Emma',
  ],
  GB: [
    'Oliver',
    'Harry',
    'Jack',
    'George',
    'Amelia',
    'Olivia',
    'Isla',
    'Mohammed',
    'Jessica',
    'Callum',
    'Liam',
    'Charlotte',
    'Thomas',
    'Sophie',
    'Daniel',
    'Aisha',
    'Kieran',
    'Bethany',
    'Ryan',
    'Hannah',
  ],
  DE: ['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Laura', 'Maximilian'],
  FR: ['Lucas', 'Léa', 'Hugo', 'Chloé', 'Louis', 'Manon', 'Théo'],
  NL: ['Daan', 'Emma', 'Sem', 'Julia', 'Lucas', 'Tess'],
  ES: ['Hugo', 'Lucía', 'Pablo', 'Martina', 'Álvaro', 'Sofía'],
  IT: ['Leonardo', 'Giulia', 'Francesco', 'Sofia', 'Matteo', 'Chiara'],
  PL: ['Jakub', 'Zuzanna', 'Kacper', 'Julia', 'Szymon', 'Maja'],
  BE: ['Louis', 'Olivia', 'Arthur', 'Emma', 'Noah', 'Elise'],
  PT: ['João', 'Maria', 'Rodrigo', 'Beatriz', 'Tiago', 'Inês'],
  SE: ['William', 'Alice', 'Elias', 'Maja', 'Hugo', 'Ebba'],
  US: [
    'James',
    'Linda',
    'Robert',
    'Patricia',
    'Michael',
    'Jennifer',
    'David',
    'Ashley',
    'Brandon',
    'Tiffany',
  ],
  CA: ['Liam', 'Emily', 'Noah', 'Olivia', 'Ethan', 'Ava'],
  IR: ['Reza', 'Sara', 'Ali', 'Maryam', 'Mohammad', 'Zahra', 'Amir', 'Niloufar'],
  SY: ['Ahmad', 'Lina', 'Omar', 'Rania', 'Khaled', 'Yara'],
  CU: ['Yosvany', 'Yanet', 'Alejandro', 'Dayana', 'Lázaro', 'Yuliet'],
};
const LAST: Readonly<Record<string, readonly string[]>> = {
  IE: [
    'Murphy',
    'Kelly',
    "O'Sullivan",
    'Walsh',
    'Smith',
    "O'Brien",
    'Byrne',
    'Ryan',
    "O'Connor",
    "O'Neill",
    'Reilly',
    'Doyle',
    'McCarthy',
    'Gallagher',
    'Doherty',
    'Kennedy',
    'Lynch',
    'Murray',
    'Quinn',
    'Moore',
    'McLoughlin',
    'Carroll',
    'Connolly',
    'Daly',
    'Brennan',
    'Nowak',
    'Kowalski',
    'Silva',
    'Santos',
    'Kaur',
    'Fitzgerald',
    'Ní Bhriain',
    'Mac Giolla',
  ],
  NI: [
    'Campbell',
    'Wilson',
    'Thompson',
    'Johnston',
    'Robinson',
    'Stewart',
    'McKee',
    'Hamilton',
    'Boyd',
    'McLaughlin',
    'Quinn',
    'Doherty',
    "O'Neill",
    'McCann',
    'Devlin',
    'Kerr',
  ],
  GB: [
    'Smith',
    'Jones',
    'Taylor',
    'Brown',
    'Williams',
    'Wilson',
    'Evans',
    'Khan',
    'Ahmed',
    'Patel',
    'Hughes',
    'Walker',
    'Roberts',
    'Murphy',
    'Kelly',
    'Clarke',
  ],
  DE: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker'],
  FR: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Petit'],
  NL: ['de Vries', 'Jansen', 'van den Berg', 'Bakker', 'Visser'],
  ES: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez'],
  IT: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi'],
  PL: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamiński'],
  BE: ['Peeters', 'Janssens', 'Maes', 'Dubois', 'Lambert'],
  PT: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Costa'],
  SE: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson'],
  US: [
    'Miller',
    'Johnson',
    'Davis',
    'Garcia',
    'Rodriguez',
    'Martinez',
    'Anderson',
    'Thomas',
    'Jackson',
    'White',
  ],
  CA: ['Tremblay', 'Roy', 'Gagnon', 'MacDonald', 'Wong', 'Singh'],
  IR: ['Ahmadi', 'Mohammadi', 'Hosseini', 'Rezaei', 'Karimi', 'Moradi'],
  SY: ['Al-Hassan', 'Haddad', 'Khoury', 'Al-Ali', 'Darwish'],
  CU: ['Rodríguez', 'González', 'Hernández', 'Pérez', 'Díaz'],
};

/** A name from a country's lists (`NI` for Northern Ireland; Ireland's for Irish emigrants). */
export function nameIn(rng: Rng, country: string): string {
  const first = FIRST[country] ?? FIRST.IE ?? [];
  const last = LAST[country] ?? LAST.IE ?? [];
  return `${rng.pick(first)} ${rng.pick(last)}`;
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

const MAILS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  IE: [
    ['gmail.com', 52],
    ['hotmail.com', 12],
    ['outlook.com', 8],
    ['icloud.com', 11],
    ['yahoo.com', 4],
    ['eircom.net', 5],
    ['live.ie', 4],
    ['yahoo.ie', 2],
  ],
  GB: [
    ['gmail.com', 44],
    ['hotmail.co.uk', 14],
    ['outlook.com', 9],
    ['icloud.com', 10],
    ['btinternet.com', 7],
    ['sky.com', 5],
    ['yahoo.co.uk', 5],
  ],
  DE: [
    ['gmx.de', 30],
    ['web.de', 25],
    ['gmail.com', 35],
    ['t-online.de', 10],
  ],
  FR: [
    ['gmail.com', 45],
    ['orange.fr', 20],
    ['free.fr', 15],
    ['hotmail.fr', 20],
  ],
  OTHER: [
    ['gmail.com', 65],
    ['outlook.com', 15],
    ['icloud.com', 10],
    ['yahoo.com', 10],
  ],
};

/** An everyday address someone gives a shop: their name, initials or nickname, a year or a number. */
export function emailFor(rng: Rng, name: string, country: string): string {
  const [first = 'x', ...rest] = name.split(' ');
  const f = ascii(first);
  const l = ascii(rest.join('')) || 'x';
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 30],
    [`${f}${l}`, 15],
    [`${f}.${l}${rng.int(1, 99)}`, 20],
    [`${f[0] ?? 'x'}${l}${rng.int(70, 99)}`, 12],
    [`${f}${l}${rng.int(1990, 2007)}`, 13],
    [`${l}.${f}`, 10],
  ]);
  const table = MAILS[country === 'NI' ? 'GB' : country] ?? MAILS.OTHER ?? [];
  return `${local}@${rng.weightedPick(table)}`;
}

/** A teenager's address: a gamertag, a nickname and a birth year. */
export function gamerEmail(rng: Rng, name: string): string {
  const f = ascii(name.split(' ')[0] ?? 'x');
  const tag = rng.pick(['gamer', 'gaming', 'ttv', 'fn', 'yt', 'sniper', 'xx', 'pro', 'plays', 'legend']);
  const local = rng.weightedPick<string>([
    [`${f}${tag}${rng.int(2008, 2014)}`, 40],
    [`xx${f}xx${rng.int(1, 99)}`, 15],
    [`${tag}_${f}${rng.int(10, 999)}`, 25],
    [`${f}.${tag}`, 20],
  ]);
  return `${local}@${rng.weightedPick([
    ['gmail.com', 70],
    ['outlook.com', 15],
    ['hotmail.com', 15],
  ] as const)}`;
}

const CAMPUS_MAIL: Readonly<Record<string, string>> = {
  Dublin: 'tcd.ie',
  Cork: 'umail.ucc.ie',
  Galway: 'universityofgalway.ie',
  Limerick: 'studentmail.ul.ie',
  Maynooth: 'mumail.ie',
  Belfast: 'qub.ac.uk',
};

// ------------------------------------------------------------------ devices

export const UA = {
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  iphoneOld:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  android:
    'Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
  androidPixel:
    'Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
  samsung:
    'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
  windows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0',
  firefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  ps5: 'Mozilla/5.0 (PlayStation; PlayStation 5/10.20) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.4 Safari/605.1.15',
  appIos: 'PixelHarbour/5.3.1 (iPhone; iOS 18.1; Scale/3.00)',
  appAndroid: 'PixelHarbour/5.3.1 (Android 14; SM-S921B)',
  headless:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/130.0.0.0 Safari/537.36',
  linuxOld:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36',
} as const;

export type UaKey = keyof typeof UA;

/** A device: the app always sends its install id; the website's fingerprint script usually runs. */
export function deviceOf(rng: Rng, ua: UaKey, scriptRuns = 0.86): Device {
  if (ua === 'appIos' || ua === 'appAndroid') return { userAgent: UA[ua], id: `app_${rng.token(22)}` };
  return rng.chance(scriptRuns) ? { userAgent: UA[ua], id: `fp_${rng.token(20)}` } : { userAgent: UA[ua] };
}

export const isPhone = (d: Device): boolean => /iPhone|Android|PixelHarbour/.test(d.userAgent);

// ------------------------------------------------------------------ accounts

export type Persona = 'adult' | 'teen' | 'student' | 'border' | 'vpn' | 'business';

export interface Company {
  name: string;
  vatId: string;
}

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  persona: Persona;
  region: Region;
  currency: Currency;
  home: Address;
  /** The place the home is in. */
  place: Place;
  tz: number;
  cards: HeldCard[];
  devices: Device[];
  broadband: Network;
  /** The home connection's current address (it changes now and then). */
  homeIp: string;
  mobile: Network;
  /** The VPN a VPN user always runs. */
  vpn?: Network;
  /** Store credit from trade-ins, in the account's currency's minor unit. */
  credit: number;
  wallets: { paypal: boolean; revolut: boolean; klarna: boolean };
  /** A teenager's parent, whose cards pay; a student's term-time address; a business's premises. */
  parent?: string;
  termAddress?: Address;
  company?: Company;
}

export interface Customers {
  all: Account[];
  of: Readonly<Record<Persona, Account[]>>;
}

const PERSONAS: ReadonlyArray<readonly [Persona, number]> = [
  ['adult', 64],
  ['teen', 13],
  ['student', 11],
  ['border', 5],
  ['vpn', 5],
  ['business', 1],
];

const REGION_WEIGHTS: Readonly<Record<Persona, ReadonlyArray<readonly [Region, number]>>> = {
  adult: [
    ['IE', 58],
    ['NI', 10],
    ['GB', 17],
    ['EU', 15],
  ],
  vpn: [
    ['IE', 60],
    ['NI', 8],
    ['GB', 18],
    ['EU', 14],
  ],
  teen: [
    ['IE', 66],
    ['NI', 12],
    ['GB', 15],
    ['EU', 7],
  ],
  student: [
    ['IE', 84],
    ['NI', 10],
    ['GB', 6],
  ],
  border: [
    ['IE', 55],
    ['NI', 45],
  ],
  business: [
    ['IE', 70],
    ['NI', 15],
    ['GB', 15],
  ],
};

/** A student's place: a university town; their family home is often elsewhere. */
function campusPlace(rng: Rng, region: Region): Place {
  if (region === 'IE') {
    const city = rng.weightedPick([
      ['Dublin', 50],
      ['Cork', 18],
      ['Galway', 14],
      ['Limerick', 10],
      ['Maynooth', 8],
    ] as const);
    const found = IE_PLACES.find(([p]) => p.city === city);
    return found ? found[0] : placeIn(rng, region);
  }
  if (region === 'NI') return placeIn(rng, 'NI');
  return placeIn(rng, 'GB');
}

const BUSINESS_NAMES = [
  'Level Up LAN Café',
  'Respawn Esports Club',
  'Critical Hit Gaming Lounge',
  'Pixel Forge Youth Centre',
  'The Bunker LAN Bar',
  'Coláiste Transition Year Esports',
  'Frag Hub',
  'North West Gaming Collective',
];

const vatIdFor = (rng: Rng, region: Region) =>
  region === 'IE' ? `IE${rng.digits(7)}${rng.token(1, 'ABCDEFGHW')}` : `GB${rng.digits(9)}`;

function deviceSet(rng: Rng, persona: Persona): Device[] {
  const n = rng.weightedPick([
    [1, 45],
    [2, 40],
    [3, 15],
  ] as const);
  const pool: ReadonlyArray<readonly [UaKey, number]> =
    persona === 'teen'
      ? [
          ['ps5', 25],
          ['android', 18],
          ['iphone', 22],
          ['windows', 20],
          ['samsung', 8],
          ['appAndroid', 4],
          ['appIos', 3],
        ]
      : persona === 'business'
        ? [
            ['windows', 50],
            ['edge', 30],
            ['mac', 10],
            ['iphone', 10],
          ]
        : [
            ['iphone', 26],
            ['android', 14],
            ['androidPixel', 4],
            ['samsung', 6],
            ['windows', 18],
            ['edge', 6],
            ['firefox', 4],
            ['mac', 7],
            ['ipad', 3],
            ['appIos', 7],
            ['appAndroid', 5],
          ];
  return Array.from({ length: n }, () => deviceOf(rng, rng.weightedPick(pool)));
}

function cardsFor(rng: Rng, persona: Persona, region: Region, country: string): HeldCard[] {
  const ni = region === 'NI';
  if (persona === 'student') {
    const key = rng.weightedPick<IssuerKey>([
      ['neoLt', region === 'IE' ? 52 : 20],
      ['neoIe', region === 'IE' ? 6 : 0],
      [homeCardKey(rng, country, ni), 30],
      ['usDebit', 3],
      ['inDebit', 3],
      ['brCredit', 3],
      ['caCredit', 2],
    ]);
    return [newCard(rng, key), ...(rng.chance(0.3) ? [newCard(rng, homeCardKey(rng, country, ni))] : [])];
  }
  if (persona === 'business')
    return [
      newCard(rng, region === 'IE' ? 'ieBusiness' : 'gbBusiness'),
      newCard(rng, homeCardKey(rng, country, ni)),
    ];
  if (persona === 'teen') {
    // The parent's card, and sometimes the teenager's own under-18 neobank card.
    return [newCard(rng, homeCardKey(rng, country, ni)), ...(rng.chance(0.3) ? [newCard(rng, 'neoLt')] : [])];
  }
  if (persona === 'border')
    // Lives on one side, banks (or works) on the other.
    return [
      newCard(rng, ni ? 'ieDebitA' : rng.chance(0.6) ? 'niDebit' : 'gbDebit'),
      newCard(rng, homeCardKey(rng, country, ni)),
    ];
  const first = newCard(rng, homeCardKey(rng, country, ni));
  return rng.chance(0.45) ? [first, newCard(rng, homeCardKey(rng, country, ni))] : [first];
}

/** One account per 1.5 orders expected, opened up to ten years before the window (a few just before it). */
export function customerBase(rng: Rng, start: number, orders: number): Customers {
  const count = Math.max(60, Math.round(orders / 1.5));
  const all: Account[] = [];
  let serial = 3_100_000 + rng.int(0, 40_000);
  for (let i = 0; i < count; i++) {
    const r = rng.fork(`a${i}`);
    const persona = i < Math.max(6, Math.round(count / 55)) ? 'business' : r.weightedPick(PERSONAS);
    const region = r.weightedPick(REGION_WEIGHTS[persona]);
    const place =
      persona === 'border'
        ? r.pick(region === 'IE' ? BORDER_IE : BORDER_NI)
        : persona === 'student'
          ? campusPlace(r, region)
          : placeIn(r, region);
    const country = place.country;
    const nameCountry = region === 'NI' ? 'NI' : region === 'EU' ? country : region;
    const name = nameIn(r, nameCountry);
    const ageDays =
      persona === 'teen'
        ? r.int(60, 1_500)
        : persona === 'student'
          ? r.int(20, 1_400)
          : r.chance(0.07)
            ? r.int(1, 20)
            : Math.min(3_650, 20 + Math.floor(r.exp(700)));
    const company =
      persona === 'business'
        ? { name: `${r.pick(BUSINESS_NAMES)} ${r.pick(['Ltd', 'CLG', 'Ltd'])}`, vatId: vatIdFor(r, region) }
        : undefined;
    const email = company
      ? `${r.pick(['info', 'accounts', 'orders', 'admin', 'hello'])}@${ascii(company.name.replace(/ (Ltd|CLG)$/, ''))}.${region === 'IE' ? 'ie' : 'co.uk'}`
      : persona === 'teen'
        ? gamerEmail(r, name)
        : persona === 'student' && r.chance(0.35) && CAMPUS_MAIL[place.city]
          ? `${ascii(name.split(' ')[1] ?? 'x')}${r.token(1, 'abcdefghijklmnopqrstuvwxyz')}${r.digits(2)}@${CAMPUS_MAIL[place.city]}`
          : emailFor(r, name, nameCountry);
    const broadband = persona === 'student' && r.chance(0.3) ? network('ie-campus') : broadbandIn(r, country);
    const home = addressAt(r, place);
    serial += r.int(1, 37);
    const account: Account = {
      id: `C${serial}`,
      email,
      name,
      createdAt: start - ageDays * DAY - r.int(0, DAY - 1),
      persona,
      region,
      currency: currencyOf(region),
      home,
      place,
      tz: place.tz,
      cards: cardsFor(r, persona, region, country),
      devices: deviceSet(r, persona),
      broadband: broadband.country === country ? broadband : broadbandIn(r, country),
      homeIp: '',
      mobile: mobileIn(r, country),
      credit: r.chance(persona === 'business' ? 0 : 0.12) ? r.int(2, 35) * 1_000 : 0,
      wallets: {
        paypal: r.chance(0.45),
        revolut: r.chance(persona === 'student' ? 0.7 : region === 'IE' ? 0.3 : 0.12),
        klarna: r.chance(0.25),
      },
    };
    if (persona === 'student' && country === 'GB' && r.chance(0.5)) account.broadband = network('gb-campus');
    account.homeIp = address(r, account.broadband, account.broadband.v6.length > 0 && r.chance(0.25));
    if (persona === 'vpn') account.vpn = vpnExit(r);
    if (persona === 'teen')
      account.parent = nameIn(r, nameCountry).split(' ')[0] + ' ' + name.split(' ').slice(1).join(' ');
    if (persona === 'student' && r.chance(0.6)) {
      // The card and the account were opened at the family home; term-time parcels go to the flat.
      account.termAddress = home;
      account.home = addressAt(r, placeIn(r, region));
    }
    if (company) account.company = company;
    all.push(account);
    if (persona === 'teen' && account.parent && r.chance(0.35)) {
      // The parent has an account of their own: same home, same line, the family PC or tablet shared, the same card.
      serial += r.int(1, 37);
      const parentName = account.parent;
      all.push({
        ...account,
        id: `C${serial}`,
        email: emailFor(r, parentName, nameCountry),
        name: parentName,
        createdAt: start - Math.min(3_650, 60 + Math.floor(r.exp(900))) * DAY,
        persona: 'adult',
        cards: [
          account.cards[0] as HeldCard,
          ...(r.chance(0.4) ? [newCard(r, homeCardKey(r, country, region === 'NI'))] : []),
        ],
        devices: [account.devices[0] as Device, deviceOf(r, r.pick<UaKey>(['iphone', 'android', 'samsung']))],
        credit: 0,
        wallets: { ...account.wallets, revolut: r.chance(0.3) },
        parent: undefined,
      });
      i += 1;
    }
  }
  const of = Object.fromEntries(PERSONAS.map(([p]) => [p, all.filter((a) => a.persona === p)])) as Record<
    Persona,
    Account[]
  >;
  return { all, of };
}

/** Where a student is during term (the flat), else home. */
export const termOrHome = (a: Account): Address => a.termAddress ?? a.home;
