import { type Address, type Card, DAY, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Market, MARKET_LIST, MARKETS } from './places.js';

/** Customers: names, e-mails, addresses, devices, cards and the store's accounts. */

export type Origin = Market | 'UA' | 'DE' | 'GB' | 'IE' | 'FR' | 'NL' | 'US' | 'TR' | 'AE' | 'KZ';

const FIRST: Readonly<Record<string, readonly string[]>> = {
  PL: [
    'Anna',
    'Katarzyna',
    'Magdalena',
    'Agnieszka',
    'Joanna',
    'Zuzanna',
    'Julia',
    'Piotr',
    'Krzysztof',
    'Tomasz',
    'Michał',
    'Jakub',
    'Kacper',
    'Paweł',
    'Marta',
    'Aleksandra',
  ],
  CZ: ['Tereza', 'Eliška', 'Lucie', 'Petra', 'Jan', 'Tomáš', 'Jakub', 'Martin', 'Lukáš', 'Kateřina'],
  SK: ['Zuzana', 'Mária', 'Lucia', 'Peter', 'Martin', 'Michal', 'Jana', 'Tomáš'],
  HU: ['Anna', 'Eszter', 'Zsófia', 'Réka', 'Bence', 'Máté', 'Levente', 'Dániel', 'Katalin'],
  RO: ['Andreea', 'Ioana', 'Maria', 'Elena', 'Alexandru', 'Andrei', 'Mihai', 'Ștefan', 'Cristina', 'Bianca'],
  LT: ['Gabija', 'Emilija', 'Lukas', 'Matas', 'Rūta', 'Jonas'],
  LV: ['Anna', 'Elīza', 'Jānis', 'Mārtiņš', 'Laura', 'Roberts'],
  EE: ['Mari', 'Liis', 'Kristjan', 'Markus', 'Kadri', 'Rasmus'],
  UA: [
    'Olena',
    'Oksana',
    'Iryna',
    'Yuliia',
    'Kateryna',
    'Andrii',
    'Oleksandr',
    'Dmytro',
    'Serhii',
    'Nataliia',
  ],
  DE: ['Laura', 'Lena', 'Jonas', 'Lukas', 'Sabine', 'Stefan'],
  GB: ['Emily', 'Sophie', 'James', 'Oliver', 'Charlotte', 'Thomas'],
  IE: ['Aoife', 'Ciara', 'Sean', 'Conor'],
  FR: ['Camille', 'Léa', 'Julien', 'Nicolas'],
  NL: ['Sanne', 'Fleur', 'Daan', 'Bram'],
  US: ['Jessica', 'Ashley', 'Michael', 'Christopher', 'Brandon', 'Amanda'],
  TR: ['Elif', 'Zeynep', 'Mehmet', 'Emre'],
  AE: ['Ahmed', 'Omar', 'Fatima', 'Reza'],
  KZ: ['Aruzhan', 'Dmitry', 'Aigerim', 'Nursultan'],
};

const LAST: Readonly<Record<string, readonly string[]>> = {
  PL: [
    'Nowak',
    'Kowalska',
    'Wiśniewski',
    'Wójcik',
    'Kowalczyk',
    'Kamińska',
    'Lewandowski',
    'Zielińska',
    'Szymański',
    'Woźniak',
    'Dąbrowska',
    'Kozłowski',
    'Jankowska',
    'Mazur',
  ],
  CZ: ['Novák', 'Svobodová', 'Novotný', 'Dvořáková', 'Černý', 'Procházková', 'Kučera', 'Veselá'],
  SK: ['Horváth', 'Kováčová', 'Varga', 'Tóthová', 'Nagy', 'Baláž'],
  HU: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár'],
  RO: ['Popescu', 'Ionescu', 'Popa', 'Stan', 'Dumitru', 'Constantin', 'Munteanu', 'Stoica'],
  LT: ['Kazlauskas', 'Jankauskaitė', 'Petrauskas', 'Stankevičius'],
  LV: ['Bērziņš', 'Kalniņa', 'Ozoliņš', 'Liepa'],
  EE: ['Tamm', 'Saar', 'Sepp', 'Mägi'],
  UA: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Oliinyk', 'Boiko'],
  DE: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber'],
  GB: ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson'],
  IE: ['Murphy', 'Kelly', 'Byrne', 'Ryan'],
  FR: ['Martin', 'Bernard', 'Dubois', 'Moreau'],
  NL: ['de Jong', 'Jansen', 'de Vries', 'Bakker'],
  US: ['Johnson', 'Williams', 'Miller', 'Davis', 'Garcia', 'Rodriguez'],
  TR: ['Yılmaz', 'Kaya', 'Demir', 'Şahin'],
  AE: ['Al Mansoori', 'Hosseini', 'Karimi', 'Haddad'],
  KZ: ['Nurlanov', 'Petrov', 'Abenova', 'Serikbayev'],
};

const MAIL: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  PL: [
    ['gmail.com', 45],
    ['wp.pl', 15],
    ['o2.pl', 10],
    ['onet.pl', 9],
    ['interia.pl', 8],
    ['op.pl', 4],
    ['outlook.com', 5],
    ['icloud.com', 4],
  ],
  CZ: [
    ['seznam.cz', 45],
    ['gmail.com', 35],
    ['email.cz', 10],
    ['centrum.cz', 6],
    ['icloud.com', 4],
  ],
  SK: [
    ['gmail.com', 50],
    ['azet.sk', 25],
    ['zoznam.sk', 10],
    ['centrum.sk', 10],
    ['icloud.com', 5],
  ],
  HU: [
    ['gmail.com', 60],
    ['freemail.hu', 20],
    ['citromail.hu', 8],
    ['outlook.hu', 7],
    ['icloud.com', 5],
  ],
  RO: [
    ['gmail.com', 65],
    ['yahoo.com', 25],
    ['yahoo.ro', 5],
    ['icloud.com', 5],
  ],
  LT: [
    ['gmail.com', 70],
    ['inbox.lt', 20],
    ['one.lt', 10],
  ],
  LV: [
    ['gmail.com', 65],
    ['inbox.lv', 35],
  ],
  EE: [
    ['gmail.com', 70],
    ['hot.ee', 15],
    ['mail.ee', 15],
  ],
  UA: [
    ['gmail.com', 60],
    ['ukr.net', 30],
    ['i.ua', 10],
  ],
  DEFAULT: [
    ['gmail.com', 60],
    ['outlook.com', 20],
    ['yahoo.com', 10],
    ['icloud.com', 10],
  ],
};

const ASCII: Readonly<Record<string, string>> = {
  ą: 'a',
  ć: 'c',
  ę: 'e',
  ł: 'l',
  ń: 'n',
  ó: 'o',
  ś: 's',
  ź: 'z',
  ż: 'z',
  á: 'a',
  č: 'c',
  ď: 'd',
  é: 'e',
  ě: 'e',
  í: 'i',
  ň: 'n',
  ř: 'r',
  š: 's',
  ť: 't',
  ú: 'u',
  ů: 'u',
  ý: 'y',
  ž: 'z',
  ő: 'o',
  ö: 'o',
  ű: 'u',
  ü: 'u',
  ă: 'a',
  â: 'a',
  î: 'i',
  ș: 's',
  ț: 't',
  ė: 'e',
  ū: 'u',
  ā: 'a',
  ē: 'e',
  ī: 'i',
  ņ: 'n',
  ģ: 'g',
  ķ: 'k',
  ļ: 'l',
  ä: 'a',
  õ: 'o',
  ı: 'i',
  ğ: 'g',
  ş: 's',
  ç: 'c',
  ô: 'o',
};
const plainText = (s: string) =>
  s
    .toLowerCase()
    .split('')
    .map((c) => ASCII[c] ?? c)
    .join('')
    .replace(/[^a-z0-9]/g, '');

export interface Person {
  first: string;
  last: string;
  name: string;
  origin: Origin;
}

export function personOf(rng: Rng, origin: Origin): Person {
  const first = rng.pick(FIRST[origin] ?? FIRST.PL ?? []);
  const last = rng.pick(LAST[origin] ?? LAST.PL ?? []);
  return { first, last, name: `${first} ${last}`, origin };
}

/** An e-mail address as people pick them: name-based, sometimes with a year or a number. */
export function emailOf(rng: Rng, p: Person): string {
  const f = plainText(p.first);
  const l = plainText(p.last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 30],
    [`${f}${l}`, 12],
    [`${f}.${l}${rng.int(70, 105) % 100}`, 18],
    [`${f[0] ?? 'x'}${l}`, 12],
    [`${f}${rng.int(1, 999)}`, 14],
    [`${l}.${f}`, 6],
    [`${f}_${l}${rng.int(1, 99)}`, 8],
  ]);
  const domain = rng.weightedPick(MAIL[p.origin] ?? MAIL.DEFAULT ?? []);
  return `${local}@${domain}`;
}

/** A street address in a market. */
export function homeIn(rng: Rng, market: Market): Address {
  const m = MARKETS[market];
  const [city, postalCode] = rng.pick(m.cities);
  const flat = rng.chance(0.65) ? rng.int(1, 120) : 0;
  return { country: market, city, postalCode, line1: m.line(rng.pick(m.streets), rng.int(1, 160), flat) };
}

/** A parcel locker in the same city as `near` (or a random city of the market). */
export function lockerNear(rng: Rng, market: Market, near?: Address): Address {
  const m = MARKETS[market];
  const [city, postalCode] = near?.city ? ([near.city, near.postalCode ?? ''] as const) : rng.pick(m.cities);
  const code = plainText(city).slice(0, 3).toUpperCase();
  return { country: market, city, postalCode, line1: m.locker(code, rng.int(1, 480)) };
}

/** A foreign home for diaspora and card owners abroad. */
export function foreignHome(rng: Rng, country: string): Address {
  const places: Readonly<Record<string, ReadonlyArray<readonly [string, string, string]>>> = {
    DE: [
      ['Berlin', '10115', 'Invalidenstraße'],
      ['München', '80331', 'Sendlinger Straße'],
      ['Hamburg', '20095', 'Mönckebergstraße'],
      ['Köln', '50667', 'Hohe Straße'],
    ],
    GB: [
      ['London', 'E1 6AN', 'Commercial Street'],
      ['Manchester', 'M1 1AD', 'Oldham Street'],
      ['Birmingham', 'B5 4BU', 'Bristol Street'],
      ['Edinburgh', 'EH1 1BQ', 'High Street'],
    ],
    IE: [
      ['Dublin', 'D01 F5P2', "O'Connell Street"],
      ['Cork', 'T12 X70A', 'Patrick Street'],
    ],
    NL: [
      ['Amsterdam', '1012 AB', 'Damrak'],
      ['Rotterdam', '3011 AD', 'Coolsingel'],
    ],
    FR: [
      ['Paris', '75011', 'Rue Oberkampf'],
      ['Lyon', '69002', 'Rue de la République'],
    ],
    US: [
      ['Chicago', '60618', 'N Milwaukee Ave'],
      ['Houston', '77002', 'Main St'],
      ['Miami', '33130', 'SW 8th St'],
      ['Phoenix', '85004', 'E Van Buren St'],
    ],
    UA: [
      ['Kyiv', '01001', 'vul. Khreshchatyk'],
      ['Lviv', '79000', 'vul. Horodotska'],
      ['Kharkiv', '61000', 'vul. Sumska'],
    ],
    TR: [['İstanbul', '34430', 'İstiklal Cd.']],
    AE: [['Dubai', '00000', 'Al Wasl Rd']],
    KZ: [['Almaty', '050000', 'Abay Ave']],
  };
  const [city, postalCode, street] = rng.pick(places[country] ?? places.DE ?? []);
  return { country, city, postalCode, line1: `${street} ${rng.int(1, 200)}` };
}

const UA_STRINGS = {
  iphone: (v: number) =>
    `Mozilla/5.0 (iPhone; CPU iPhone OS ${v}_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v}.1 Mobile/15E148 Safari/604.1`,
  android: (v: number, model: string) =>
    `Mozilla/5.0 (Linux; Android ${v}; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36`,
  windows: () =>
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  edge: () =>
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  mac: () =>
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  firefox: () => 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0',
  app: (os: string) => `Wieszak/6.14.2 (${os}; build 61402)`,
};

const ANDROID_MODELS = [
  'SM-A546B',
  'SM-S921B',
  'Redmi Note 13',
  'moto g84 5G',
  'Pixel 8',
  'SM-A256B',
  'POCO X6',
];

/** A shopper's device: the app (always sends its id) or a browser (the fingerprint script usually runs). */
export function deviceOf(rng: Rng, app = 0.3): Device {
  const mobile = rng.chance(0.68);
  if (mobile && rng.chance(app / 0.68)) {
    const os = rng.chance(0.55) ? `Android ${rng.int(12, 15)}` : `iOS ${rng.int(16, 18)}.1`;
    return { userAgent: UA_STRINGS.app(os), id: `app-${rng.token(20)}` };
  }
  const userAgent = mobile
    ? rng.chance(0.5)
      ? UA_STRINGS.iphone(rng.int(16, 18))
      : UA_STRINGS.android(rng.int(12, 15), rng.pick(ANDROID_MODELS))
    : rng.weightedPick<string>([
        [UA_STRINGS.windows(), 45],
        [UA_STRINGS.edge(), 15],
        [UA_STRINGS.mac(), 25],
        [UA_STRINGS.firefox(), 15],
      ]);
  return { userAgent, ...(rng.chance(0.88) ? { id: `web-${rng.token(24)}` } : {}) };
}

/** Headless and automation browsers (card-testing scripts, sneaker bots): no fingerprint or a rotated one. */
export function botDevice(rng: Rng, rotate: boolean): Device {
  const userAgent = rng.weightedPick<string>([
    [UA_STRINGS.windows(), 50],
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
      20,
    ],
    [UA_STRINGS.iphone(17), 15],
    [UA_STRINGS.android(14, 'Pixel 8'), 15],
  ]);
  return { userAgent, ...(rotate ? { id: `web-${rng.token(24)}` } : {}) };
}

export type Funding = 'debit' | 'credit' | 'prepaid';
export type HeldCard = Card & { funding: Funding };

/** Issuers' BINs by card country, brand and funding (the model's own list; BIN and last four only). */
const BINS: Readonly<Record<string, ReadonlyArray<readonly [string, string, Funding]>>> = {
  PL: [
    ['425125', 'visa', 'debit'],
    ['535470', 'mastercard', 'debit'],
    ['416598', 'visa', 'debit'],
    ['479172', 'visa', 'debit'],
    ['557519', 'mastercard', 'debit'],
    ['410135', 'visa', 'credit'],
    ['520348', 'mastercard', 'credit'],
    ['404117', 'visa', 'prepaid'],
  ],
  LT: [
    ['537410', 'mastercard', 'debit'],
    ['459564', 'visa', 'debit'],
    ['516763', 'mastercard', 'prepaid'],
  ],
  CZ: [
    ['415921', 'visa', 'debit'],
    ['516845', 'mastercard', 'debit'],
    ['489043', 'visa', 'credit'],
  ],
  SK: [
    ['427358', 'visa', 'debit'],
    ['544617', 'mastercard', 'debit'],
  ],
  HU: [
    ['433822', 'visa', 'debit'],
    ['531261', 'mastercard', 'debit'],
    ['409745', 'visa', 'credit'],
  ],
  RO: [
    ['428941', 'visa', 'debit'],
    ['535879', 'mastercard', 'debit'],
    ['402360', 'visa', 'credit'],
    ['519121', 'mastercard', 'prepaid'],
  ],
  LV: [
    ['428435', 'visa', 'debit'],
    ['522137', 'mastercard', 'debit'],
  ],
  EE: [
    ['455622', 'visa', 'debit'],
    ['516132', 'mastercard', 'debit'],
  ],
  UA: [
    ['414962', 'visa', 'debit'],
    ['537541', 'mastercard', 'debit'],
    ['516874', 'mastercard', 'debit'],
    ['440588', 'visa', 'credit'],
  ],
  DE: [
    ['492910', 'visa', 'credit'],
    ['552433', 'mastercard', 'debit'],
    ['426335', 'visa', 'debit'],
  ],
  GB: [
    ['465942', 'visa', 'debit'],
    ['475129', 'visa', 'debit'],
    ['535522', 'mastercard', 'credit'],
  ],
  IE: [
    ['465858', 'visa', 'debit'],
    ['539923', 'mastercard', 'debit'],
  ],
  FR: [
    ['497010', 'visa', 'debit'],
    ['513283', 'mastercard', 'debit'],
  ],
  NL: [
    ['459925', 'visa', 'debit'],
    ['535110', 'mastercard', 'debit'],
  ],
  US: [
    ['414720', 'visa', 'credit'],
    ['426684', 'visa', 'credit'],
    ['546616', 'mastercard', 'credit'],
    ['379704', 'amex', 'credit'],
    ['440066', 'visa', 'prepaid'],
  ],
  TR: [
    ['454360', 'visa', 'credit'],
    ['540036', 'mastercard', 'credit'],
  ],
  AE: [
    ['457896', 'visa', 'credit'],
    ['526407', 'mastercard', 'debit'],
  ],
  KZ: [
    ['440563', 'visa', 'debit'],
    ['537541', 'mastercard', 'debit'],
  ],
};

/** A card issued in `country` (a Polish one when the list has none), optionally of one funding. */
export function cardIn(rng: Rng, country: string, funding?: Funding, bin?: string): HeldCard {
  const pool = BINS[country] ?? BINS.PL ?? [];
  const fitting = funding ? pool.filter((b) => b[2] === funding) : pool;
  const [b, brand, f] = bin
    ? (pool.find((x) => x[0] === bin) ?? rng.pick(pool))
    : rng.pick(fitting.length > 0 ? fitting : pool);
  return {
    bin: b,
    last4: rng.digits(4),
    brand,
    country: BINS[country] ? country : 'PL',
    fingerprint: `fp_${rng.token(16)}`,
    funding: f,
  };
}

/** A card a resident of `market` pays with: mostly domestic, often a neobank card issued in Lithuania. */
export function residentCard(rng: Rng, market: Market | 'UA'): HeldCard {
  if (market !== 'LT' && rng.chance(market === 'UA' ? 0.1 : 0.16)) return cardIn(rng, 'LT');
  return cardIn(rng, market);
}

export interface Account {
  id: string;
  email: string;
  name: string;
  person: Person;
  createdAt: number;
  market: Market;
  home: Address;
  /** The locker they usually pick up from, if any. */
  locker?: Address;
  devices: Device[];
  cards: HeldCard[];
  /** Pays by BLIK, pay-later or cash rather than a card. */
  habit: 'blik' | 'card' | 'wallet' | 'paylater' | 'cod' | 'transfer';
  locale: string;
  /** Ukrainians living in Poland. */
  ukrainian: boolean;
}

/** The accounts of the store: one for about every three orders expected, opened up to nine years earlier. */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const count = Math.max(60, Math.round(orders / 3));
  const shares = MARKET_LIST.map((m) => [m, MARKETS[m].share] as const);
  const out: Account[] = [];
  let sharedDevice: Device | undefined;
  for (let i = 0; i < count; i++) {
    const r = rng.fork(`a${i}`);
    const market = r.weightedPick(shares);
    const ukrainian = market === 'PL' && r.chance(0.07);
    const person = personOf(r, ukrainian ? 'UA' : market);
    const home = homeIn(r, market);
    const device = r.chance(0.12) && sharedDevice ? sharedDevice : deviceOf(r);
    // A household's second account often shops on the same tablet or laptop.
    sharedDevice = device.id && r.chance(0.35) ? device : undefined;
    const devices = r.chance(0.45) ? [device, deviceOf(r)] : [device];
    const cards = [ukrainian && r.chance(0.6) ? cardIn(r, 'UA') : residentCard(r, market)];
    if (r.chance(0.25)) cards.push(residentCard(r, market));
    const habit = r.weightedPick<Account['habit']>(
      market === 'PL'
        ? [
            ['blik', 48],
            ['card', 20],
            ['wallet', 10],
            ['paylater', 9],
            ['transfer', 8],
            ['cod', 5],
          ]
        : market === 'RO'
          ? [
              ['card', 45],
              ['cod', 38],
              ['wallet', 12],
              ['transfer', 5],
            ]
          : market === 'HU' || market === 'SK'
            ? [
                ['card', 50],
                ['cod', 24],
                ['wallet', 16],
                ['transfer', 5],
                ['paylater', 5],
              ]
            : market === 'CZ'
              ? [
                  ['card', 45],
                  ['cod', 18],
                  ['wallet', 14],
                  ['transfer', 15],
                  ['paylater', 8],
                ]
              : [
                  ['card', 50],
                  ['transfer', 30],
                  ['wallet', 15],
                  ['paylater', 5],
                ],
    );
    out.push({
      id: `K${String(1_000_000 + i * 37 + r.int(0, 36))}`,
      email: emailOf(r, person),
      name: person.name,
      person,
      createdAt: start - Math.floor(r.float(30, 9 * 365) * DAY) - r.int(0, 1439) * MINUTE,
      market,
      home,
      ...(r.chance(0.6) ? { locker: lockerNear(r, market, home) } : {}),
      devices,
      cards,
      habit,
      locale: ukrainian ? (r.chance(0.6) ? 'uk-UA' : 'pl-PL') : MARKETS[market].locale,
      ukrainian,
    });
  }
  return out;
}
