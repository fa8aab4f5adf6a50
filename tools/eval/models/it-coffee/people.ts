import { type Address, DAY, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { type Item, PLANS } from './catalogue.js';
import { homeNetwork, type Network } from './networks.js';
import { homeIn, type Market, MARKETS, pickMarket, pickupPoint } from './places.js';

/**
 * The shop's people: names and e-mail providers by country, devices and user agents, the account base (with
 * households sharing a tablet or laptop, and subscribers renewing monthly) and the companies on office plans.
 */

export type Nationality = Market | 'GB' | 'US' | 'RU' | 'BY' | 'IR';

const NAMES: Readonly<Record<Nationality, readonly [readonly string[], readonly string[]]>> = {
  IT: [
    [
      'Marco',
      'Giulia',
      'Luca',
      'Francesca',
      'Alessandro',
      'Chiara',
      'Andrea',
      'Sara',
      'Matteo',
      'Elena',
      'Davide',
      'Martina',
      'Simone',
      'Valentina',
      'Federico',
      'Laura',
      'Stefano',
      'Paola',
      'Giorgio',
      'Anna',
      'Lorenzo',
      'Silvia',
      'Roberto',
      'Federica',
      'Paolo',
      'Alessia',
      'Fabio',
      'Elisa',
      'Riccardo',
      'Serena',
    ],
    [
      'Rossi',
      'Russo',
      'Ferrari',
      'Esposito',
      'Bianchi',
      'Romano',
      'Colombo',
      'Ricci',
      'Marino',
      'Greco',
      'Bruno',
      'Gallo',
      'Conti',
      'De Luca',
      'Costa',
      'Giordano',
      'Mancini',
      'Rizzo',
      'Lombardi',
      'Moretti',
      'Barbieri',
      'Fontana',
      'Santoro',
      'Mariani',
      'Rinaldi',
      'Caruso',
      'Galli',
      'Martini',
      'Leone',
      'Gatti',
      'Bertolino',
      'Ferrero',
      'Gribaudo',
      'Rolando',
      'Bosio',
    ],
  ],
  DE: [
    [
      'Lukas',
      'Anna',
      'Jonas',
      'Laura',
      'Felix',
      'Julia',
      'Maximilian',
      'Lena',
      'Tobias',
      'Sarah',
      'Florian',
      'Katharina',
      'Sebastian',
      'Lisa',
      'Jan',
      'Sophie',
      'Michael',
      'Sabine',
      'Thomas',
      'Claudia',
      'Stefan',
      'Markus',
      'Nicole',
    ],
    [
      'Müller',
      'Schmidt',
      'Schneider',
      'Fischer',
      'Weber',
      'Meyer',
      'Wagner',
      'Becker',
      'Schulz',
      'Hoffmann',
      'Koch',
      'Richter',
      'Bauer',
      'Klein',
      'Wolf',
      'Schröder',
      'Neumann',
      'Schwarz',
      'Zimmermann',
      'Braun',
      'Hartmann',
      'Krüger',
      'Lange',
    ],
  ],
  AT: [
    [
      'Lukas',
      'Anna',
      'David',
      'Lena',
      'Florian',
      'Sarah',
      'Stefan',
      'Katharina',
      'Christoph',
      'Julia',
      'Markus',
      'Verena',
    ],
    [
      'Gruber',
      'Huber',
      'Wimmer',
      'Pichler',
      'Moser',
      'Steiner',
      'Berger',
      'Eder',
      'Bauer',
      'Mayer',
      'Hofer',
      'Leitner',
    ],
  ],
  FR: [
    [
      'Camille',
      'Louis',
      'Léa',
      'Hugo',
      'Manon',
      'Lucas',
      'Chloé',
      'Thomas',
      'Julie',
      'Nicolas',
      'Sarah',
      'Antoine',
      'Marie',
      'Julien',
      'Émilie',
      'Pierre',
      'Claire',
      'Mathieu',
      'Pauline',
      'Alexandre',
    ],
    [
      'Martin',
      'Bernard',
      'Dubois',
      'Thomas',
      'Robert',
      'Richard',
      'Petit',
      'Durand',
      'Leroy',
      'Moreau',
      'Simon',
      'Laurent',
      'Lefebvre',
      'Michel',
      'Garcia',
      'David',
      'Bertrand',
      'Roux',
      'Vincent',
      'Fournier',
      'Girard',
      'Bonnet',
      'Dupont',
      'Lambert',
    ],
  ],
  ES: [
    [
      'Lucía',
      'Hugo',
      'María',
      'Martín',
      'Paula',
      'Daniel',
      'Laura',
      'Pablo',
      'Carmen',
      'Alejandro',
      'Sofía',
      'Javier',
      'Elena',
      'David',
      'Marta',
      'Sergio',
      'Ana',
      'Carlos',
      'Cristina',
      'Jorge',
    ],
    [
      'García',
      'Fernández',
      'González',
      'Rodríguez',
      'López',
      'Martínez',
      'Sánchez',
      'Pérez',
      'Gómez',
      'Martín',
      'Jiménez',
      'Ruiz',
      'Hernández',
      'Díaz',
      'Moreno',
      'Álvarez',
      'Romero',
      'Navarro',
      'Torres',
      'Domínguez',
    ],
  ],
  BE: [
    [
      'Lars',
      'Emma',
      'Noah',
      'Louise',
      'Arthur',
      'Marie',
      'Jules',
      'Elise',
      'Wout',
      'Lotte',
      'Thomas',
      'Charlotte',
    ],
    [
      'Peeters',
      'Janssens',
      'Maes',
      'Jacobs',
      'Mertens',
      'Willems',
      'Claes',
      'Goossens',
      'Wouters',
      'De Smet',
      'Dubois',
      'Lambert',
      'Dupont',
    ],
  ],
  NL: [
    [
      'Daan',
      'Emma',
      'Sem',
      'Julia',
      'Lucas',
      'Sophie',
      'Levi',
      'Tess',
      'Thijs',
      'Anna',
      'Jesse',
      'Fleur',
      'Bram',
      'Sanne',
      'Ruben',
      'Lotte',
    ],
    [
      'de Jong',
      'Jansen',
      'de Vries',
      'van den Berg',
      'van Dijk',
      'Bakker',
      'Janssen',
      'Visser',
      'Smit',
      'Meijer',
      'de Boer',
      'Mulder',
      'de Groot',
      'Bos',
      'Vos',
      'Peters',
    ],
  ],
  LU: [
    ['Laurent', 'Sophie', 'Marc', 'Anne', 'Luc', 'Claire', 'Tom', 'Nathalie', 'Paul', 'Sandra'],
    ['Schmit', 'Weber', 'Hoffmann', 'Muller', 'Wagner', 'Reuter', 'Thill', 'Kremer', 'Schroeder', 'Klein'],
  ],
  CH: [
    [
      'Luca',
      'Noah',
      'Mia',
      'Lea',
      'Laura',
      'Nico',
      'Jan',
      'Sara',
      'Lara',
      'Elias',
      'Léa',
      'Matteo',
      'Reto',
      'Andrea',
      'Nadine',
    ],
    [
      'Meier',
      'Müller',
      'Schmid',
      'Keller',
      'Weber',
      'Huber',
      'Meyer',
      'Steiner',
      'Fischer',
      'Gerber',
      'Brunner',
      'Baumann',
      'Rochat',
      'Favre',
      'Bianchi',
      'Pellegrini',
    ],
  ],
  GB: [
    ['Oliver', 'Amelia', 'Jack', 'Olivia', 'Harry', 'Emily', 'George', 'Sophie', 'James', 'Charlotte'],
    ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas', 'Walker', 'Wright'],
  ],
  US: [
    ['James', 'Emily', 'Michael', 'Sarah', 'David', 'Jessica', 'Daniel', 'Ashley', 'Ryan', 'Megan'],
    ['Johnson', 'Miller', 'Davis', 'Anderson', 'Thompson', 'Walker', 'Harris', 'Clark', 'Lewis', 'Young'],
  ],
  RU: [
    ['Alexei', 'Dmitry', 'Sergei', 'Anna', 'Olga', 'Elena', 'Ivan', 'Natalia', 'Andrei', 'Ekaterina'],
    [
      'Ivanov',
      'Smirnov',
      'Kuznetsov',
      'Popov',
      'Volkov',
      'Sokolov',
      'Morozova',
      'Petrova',
      'Fedorov',
      'Orlova',
    ],
  ],
  BY: [
    ['Aliaksandr', 'Siarhei', 'Volha', 'Tatsiana', 'Dzmitry', 'Hanna', 'Pavel', 'Iryna'],
    ['Kavalenka', 'Novik', 'Lukashevich', 'Kazlou', 'Bandarenka', 'Shevchuk', 'Marozava', 'Tkachova'],
  ],
  IR: [
    ['Reza', 'Ali', 'Maryam', 'Sara', 'Mohammad', 'Fatemeh', 'Amir', 'Niloufar', 'Hossein', 'Zahra'],
    [
      'Hosseini',
      'Ahmadi',
      'Rezaei',
      'Mohammadi',
      'Karimi',
      'Moradi',
      'Jafari',
      'Rahimi',
      'Kazemi',
      'Sadeghi',
    ],
  ],
};

export interface PersonName {
  first: string;
  last: string;
}

export function personName(rng: Rng, nat: Nationality): PersonName {
  const [firsts, lasts] = NAMES[nat];
  return { first: rng.pick(firsts), last: rng.pick(lasts) };
}

export const fullName = (n: PersonName): string => `${n.first} ${n.last}`;

/** Lower-case ASCII for e-mail local parts. */
export const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const PROVIDERS: Readonly<Record<Nationality, ReadonlyArray<readonly [string, number]>>> = {
  IT: [
    ['gmail.com', 40],
    ['libero.it', 14],
    ['hotmail.it', 8],
    ['yahoo.it', 5],
    ['virgilio.it', 4],
    ['alice.it', 4],
    ['outlook.it', 4],
    ['icloud.com', 8],
    ['tiscali.it', 2],
    ['live.it', 3],
    ['fastwebnet.it', 2],
  ],
  DE: [
    ['gmail.com', 25],
    ['gmx.de', 20],
    ['web.de', 20],
    ['t-online.de', 10],
    ['outlook.de', 5],
    ['icloud.com', 6],
    ['yahoo.de', 3],
    ['posteo.de', 2],
    ['freenet.de', 2],
  ],
  AT: [
    ['gmail.com', 30],
    ['gmx.at', 20],
    ['aon.at', 8],
    ['chello.at', 6],
    ['icloud.com', 6],
    ['hotmail.com', 6],
  ],
  FR: [
    ['gmail.com', 35],
    ['orange.fr', 12],
    ['hotmail.fr', 12],
    ['free.fr', 8],
    ['yahoo.fr', 6],
    ['laposte.net', 5],
    ['sfr.fr', 5],
    ['icloud.com', 6],
    ['wanadoo.fr', 3],
    ['outlook.fr', 4],
  ],
  ES: [
    ['gmail.com', 50],
    ['hotmail.com', 18],
    ['hotmail.es', 8],
    ['yahoo.es', 6],
    ['outlook.es', 6],
    ['icloud.com', 6],
    ['telefonica.net', 2],
  ],
  BE: [
    ['gmail.com', 35],
    ['hotmail.com', 12],
    ['skynet.be', 10],
    ['telenet.be', 12],
    ['outlook.be', 5],
    ['icloud.com', 6],
    ['proximus.be', 3],
  ],
  NL: [
    ['gmail.com', 35],
    ['hotmail.com', 12],
    ['outlook.com', 10],
    ['ziggo.nl', 10],
    ['kpnmail.nl', 6],
    ['live.nl', 6],
    ['icloud.com', 8],
    ['xs4all.nl', 3],
  ],
  LU: [
    ['gmail.com', 40],
    ['pt.lu', 15],
    ['hotmail.com', 10],
    ['icloud.com', 8],
    ['yahoo.fr', 5],
  ],
  CH: [
    ['gmail.com', 30],
    ['bluewin.ch', 20],
    ['gmx.ch', 12],
    ['hispeed.ch', 6],
    ['sunrise.ch', 5],
    ['icloud.com', 8],
    ['hotmail.com', 6],
    ['outlook.com', 4],
  ],
  GB: [
    ['gmail.com', 40],
    ['hotmail.co.uk', 15],
    ['outlook.com', 12],
    ['btinternet.com', 8],
    ['icloud.com', 10],
    ['yahoo.co.uk', 8],
  ],
  US: [
    ['gmail.com', 50],
    ['yahoo.com', 12],
    ['outlook.com', 10],
    ['icloud.com', 12],
    ['aol.com', 3],
    ['hotmail.com', 6],
  ],
  RU: [
    ['mail.ru', 30],
    ['yandex.ru', 30],
    ['gmail.com', 25],
    ['rambler.ru', 5],
    ['bk.ru', 5],
  ],
  BY: [
    ['mail.ru', 30],
    ['gmail.com', 35],
    ['yandex.by', 20],
    ['tut.by', 10],
  ],
  IR: [
    ['gmail.com', 70],
    ['yahoo.com', 30],
  ],
};

export const provider = (rng: Rng, nat: Nationality): string => rng.weightedPick(PROVIDERS[nat]);

/** An address the way people make them: name and surname, initials, a year, a number. */
export function emailFor(rng: Rng, n: PersonName, domain: string): string {
  const f = ascii(n.first);
  const l = ascii(n.last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 30],
    [`${f}${l}`, 12],
    [`${f}.${l}${rng.int(60, 99) % 100}`, 14],
    [`${f.charAt(0)}${l}`, 10],
    [`${f}_${l}${rng.int(1, 99)}`, 8],
    [`${l}.${f}`, 6],
    [`${f}${rng.int(1970, 2006)}`, 10],
    [`${f}.${l.charAt(0)}${rng.int(1, 9)}`, 10],
  ]);
  return `${local}@${domain}`;
}

/** A relay address from Sign in with Apple, or an alias service: honest people hiding their inbox. */
export const relayEmail = (rng: Rng): string =>
  rng.weightedPick<string>([
    [`${rng.token(10, 'abcdefghijklmnopqrstuvwxyz0123456789')}@privaterelay.appleid.com`, 60],
    [
      `${rng.token(8, 'abcdefghijklmnopqrstuvwxyz')}.${rng.token(6, 'abcdefghijklmnopqrstuvwxyz')}@duck.com`,
      20,
    ],
    [`${rng.token(9, 'abcdefghijklmnopqrstuvwxyz')}@proton.me`, 20],
  ]);

export type Platform =
  'iphone' | 'android' | 'windows' | 'mac' | 'ipad' | 'app_ios' | 'app_android' | 'linux';

const IOS_SAFARI = ['26.1', '26.0.1', '18.6', '26.2', '17.6'];
const CHROME = ['143.0.0.0', '142.0.0.0', '141.0.0.0'];
const APP = ['5.12.0', '5.11.2', '5.10.1'];

function userAgent(rng: Rng, p: Platform): string {
  const chrome = rng.pick(CHROME);
  switch (p) {
    case 'iphone': {
      const v = rng.pick(IOS_SAFARI);
      const os = v.startsWith('26') ? '18_6' : v.replace('.', '_');
      return `Mozilla/5.0 (iPhone; CPU iPhone OS ${os} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Mobile/15E148 Safari/604.1`;
    }
    case 'ipad':
      return 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15';
    case 'android':
      return rng.chance(0.25)
        ? `Mozilla/5.0 (Linux; Android 15; SM-S${rng.pick(['921B', '926B', '931B', 'A556B'])}) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/29.0 Chrome/136.0.0.0 Mobile Safari/537.36`
        : `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Mobile Safari/537.36`;
    case 'windows':
      return rng.weightedPick<string>([
        [
          `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`,
          60,
        ],
        [
          `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36 Edg/${chrome}`,
          25,
        ],
        ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:146.0) Gecko/20100101 Firefox/146.0', 15],
      ]);
    case 'mac':
      return rng.chance(0.55)
        ? `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${rng.pick(['26.1', '26.0', '18.6'])} Safari/605.1.15`
        : `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`;
    case 'linux':
      return rng.chance(0.5)
        ? `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`
        : 'Mozilla/5.0 (X11; Linux x86_64; rv:146.0) Gecko/20100101 Firefox/146.0';
    case 'app_ios':
      return `CremaTorino/${rng.pick(APP)} (iPhone; iOS ${rng.pick(['26.1', '26.0.1', '18.7.2'])}; Scale/3.00)`;
    case 'app_android':
      return `CremaTorino/${rng.pick(APP)} (Android ${rng.pick(['16', '15', '14'])}; ${rng.pick(['SM-S921B', 'Pixel 9', 'M2101K6G', 'CPH2581'])})`;
  }
}

/** A web fingerprint id (the script runs for most visitors) or the app's install id (always). */
export function newDevice(rng: Rng, platform?: Platform, fingerprinted = 0.9): Device {
  const p =
    platform ??
    rng.weightedPick<Platform>([
      ['iphone', 30],
      ['android', 24],
      ['windows', 20],
      ['mac', 10],
      ['ipad', 5],
      ['app_ios', 6],
      ['app_android', 5],
    ]);
  const ua = userAgent(rng, p);
  if (p === 'app_ios' || p === 'app_android')
    return {
      userAgent: ua,
      id: `${rng.token(8, '0123456789abcdef')}-${rng.token(4, '0123456789abcdef')}-4${rng.token(3, '0123456789abcdef')}-${rng.token(12, '0123456789abcdef')}`,
    };
  return rng.chance(fingerprinted) ? { userAgent: ua, id: `fp_${rng.token(22)}` } : { userAgent: ua };
}

export const isApp = (d: Device): boolean => d.userAgent.startsWith('CremaTorino/');

/** A customer account. */
export interface Account {
  id: string;
  email: string;
  name: string;
  person: PersonName;
  country: Market;
  home: Address;
  locale: string;
  createdAt: number;
  cards: HeldCard[];
  devices: Device[];
  network: Network;
  /** A PayPal account linked at checkout before (vaulted billing agreement). */
  paypal: boolean;
  /** A subscriber's plan, where it goes, and the day of the month it renews (0–1 of the window). */
  plan?: { item: Item; pickup?: { name: string; address: Address }; anchor: number; paypal: boolean };
  /** Accounts of one household share an address, a line and a device. */
  household?: number;
}

export interface Company {
  id: string;
  name: string;
  vatId: string;
  /** Italian e-invoicing: the recipient code and certified e-mail. */
  sdi?: string;
  pec?: string;
  country: Market;
  office: Address;
  email: string;
  contact: PersonName;
  createdAt: number;
  network: Network;
  device: Device;
  card: HeldCard;
  /** Already on an office plan (ordered before): an account with history. */
  existing: boolean;
}

export interface People {
  accounts: Account[];
  subscribers: Account[];
  companies: Company[];
}

export const localeOf = (rng: Rng, market: Market): string => rng.weightedPick(MARKETS[market].locales);

const domainOf = (rng: Rng, n: PersonName, market: Market): string =>
  `${rng.pick(['', 'studio', 'gruppo'])}${ascii(n.last)}${rng.pick(['', '-srl', 'group', 'consulting'])}.${market.toLowerCase()}`;

const COMPANY_FORMS: Readonly<Record<Market, readonly string[]>> = {
  IT: [
    'Studio Legale {n} & Associati',
    '{n} Ingegneria S.r.l.',
    'Officine {n} S.p.A.',
    'Studio Dentistico {n}',
    '{n} Software Lab S.r.l.',
    'Farmacia {n}',
    'Agenzia Immobiliare {n}',
    'Commercialisti {n} S.r.l.',
  ],
  DE: ['{n} Steuerberatung GmbH', 'Kanzlei {n}', '{n} Architekten GmbH', '{n} IT Solutions GmbH'],
  AT: ['{n} Consulting GmbH', 'Steuerberatung {n} KG'],
  FR: ['Cabinet {n} Avocats', 'Atelier {n} SARL', '{n} Conseil SAS'],
  ES: ['Asesoría {n} S.L.', '{n} Arquitectos S.L.'],
  BE: ['{n} & Co BV', 'Bureau {n} SRL'],
  NL: ['{n} Design B.V.', '{n} Advies B.V.'],
  LU: ['Fiduciaire {n} S.à r.l.'],
  CH: ['{n} Treuhand AG', '{n} Architekten GmbH', 'Studio {n} SA'],
};

function vatId(rng: Rng, market: Market): string {
  switch (market) {
    case 'IT':
      return `IT${rng.digits(11)}`;
    case 'DE':
      return `DE${rng.digits(9)}`;
    case 'AT':
      return `ATU${rng.digits(8)}`;
    case 'FR':
      return `FR${rng.digits(2)}${rng.digits(9)}`;
    case 'ES':
      return `ESB${rng.digits(8)}`;
    case 'BE':
      return `BE0${rng.digits(9)}`;
    case 'NL':
      return `NL${rng.digits(9)}B01`;
    case 'LU':
      return `LU${rng.digits(8)}`;
    case 'CH':
      return `CHE-${rng.digits(3)}.${rng.digits(3)}.${rng.digits(3)} MWST`;
  }
}

/** A card of the account's country, a second one for some. */
function walletOf(rng: Rng, country: Market): HeldCard[] {
  const first = newCard(rng, country);
  return rng.chance(0.3) ? [first, newCard(rng, country)] : [first];
}

/**
 * The account base for a stream of `orders` orders: one account per two orders expected, opened up to nine
 * years before the window (three in ten in the weeks before it); a tenth of them in households sharing a
 * device; about a third subscribed to a monthly plan. Companies: one per forty orders.
 */
export function customerBase(rng: Rng, start: number, orders: number): People {
  const count = Math.max(40, Math.round(orders / 2));
  const accounts: Account[] = [];
  let id = 104_000 + rng.int(0, 900);
  for (let i = 0; i < count; i++) {
    id += rng.int(1, 9);
    const prev = accounts[accounts.length - 1];
    const family = prev && rng.chance(0.1);
    const country = family ? prev.country : pickMarket(rng);
    const person =
      family && rng.chance(0.6)
        ? { ...personName(rng, country), last: prev.person.last }
        : personName(rng, country);
    const home = family ? { ...prev.home } : homeIn(rng, country);
    const recent = rng.chance(0.3);
    const createdAt =
      start - (recent ? rng.int(1, 45) : rng.int(46, 9 * 365)) * DAY - rng.int(0, DAY / MINUTE) * MINUTE;
    const own = newDevice(rng);
    const shared = family ? prev.devices.find((d) => !isApp(d)) : undefined;
    const devices = shared ? [shared, own] : rng.chance(0.35) ? [own, newDevice(rng)] : [own];
    const subscribed = rng.chance(0.36);
    const account: Account = {
      id: `u_${id}`,
      email: emailFor(rng, person, provider(rng, country)),
      name: fullName(person),
      person,
      country,
      home,
      locale: localeOf(rng, country),
      createdAt,
      cards: walletOf(rng, country),
      devices,
      network: family ? prev.network : homeNetwork(rng, country),
      paypal: rng.chance(country === 'DE' || country === 'AT' ? 0.55 : 0.35),
      ...(family ? { household: prev.household ?? i - 1 } : {}),
    };
    if (subscribed) {
      const pickup = rng.chance(0.25) ? pickupPoint(rng, country, home.city) : undefined;
      account.plan = {
        item: rng.weightedPick(PLANS.map((p, k) => [p, [34, 14, 26, 10, 16][k] ?? 10] as const)),
        ...(pickup ? { pickup } : {}),
        anchor: rng.next(),
        paypal: account.paypal && rng.chance(0.5),
      };
      // Subscribers have been with the shop a while.
      account.createdAt = Math.min(
        account.createdAt,
        start - rng.int(35, 4 * 365) * DAY - rng.int(0, 1439) * MINUTE,
      );
    }
    accounts.push(account);
  }
  const companies: Company[] = Array.from({ length: Math.max(6, Math.round(orders / 40)) }, (_, i) => {
    const country = rng.chance(0.7) ? 'IT' : pickMarket(rng);
    const contact = personName(rng, country);
    const owner = personName(rng, country);
    const name = rng.pick(COMPANY_FORMS[country]).replace('{n}', owner.last);
    const domain = domainOf(rng, owner, country);
    const existing = rng.chance(0.55);
    return {
      id: `b_${20_000 + i * 13 + rng.int(0, 12)}`,
      name,
      vatId: vatId(rng, country),
      ...(country === 'IT'
        ? {
            sdi: rng.token(7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
            pec: `amministrazione@pec.${domain.replace(/\.it$/, '')}.it`,
          }
        : {}),
      country,
      office: homeIn(rng, country),
      email: `${rng.pick(['acquisti', 'amministrazione', 'office', 'ufficio'])}@${domain}`,
      contact,
      createdAt:
        (existing ? start - rng.int(120, 6 * 365) * DAY : start - rng.int(0, 20) * DAY) -
        rng.int(0, 1439) * MINUTE,
      network: homeNetwork(rng, country),
      device: newDevice(rng, rng.chance(0.8) ? 'windows' : 'mac'),
      card: newCard(rng, country, 'credit'),
      existing,
    };
  });
  return { accounts, subscribers: rng.shuffle(accounts.filter((a) => a.plan)), companies };
}
