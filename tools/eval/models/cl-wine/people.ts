import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Card, newCard } from './cards.js';
import { CL_HOME, CL_MOBILE, ipFrom } from './networks.js';
import { chileAddress } from './places.js';

/**
 * The people who buy: Chilean names with both surnames, e-mail as Chileans use it (Gmail far ahead, then
 * Hotmail/Outlook, a few Yahoo, iCloud, VTR and university addresses), RUTs with their check digit, and the
 * shop's base of accounts opened before the season.
 */

const CL_FIRST = [
  'Catalina',
  'Javiera',
  'Constanza',
  'Francisca',
  'Valentina',
  'Camila',
  'María José',
  'Fernanda',
  'Daniela',
  'Carolina',
  'Paulina',
  'Macarena',
  'Pía',
  'Trinidad',
  'Antonia',
  'Isidora',
  'Bárbara',
  'Claudia',
  'Marcela',
  'Matías',
  'Benjamín',
  'Vicente',
  'Sebastián',
  'Tomás',
  'Felipe',
  'Cristóbal',
  'Nicolás',
  'Diego',
  'Joaquín',
  'Rodrigo',
  'Gonzalo',
  'Patricio',
  'Claudio',
  'Andrés',
  'Ignacio',
  'Francisco',
  'José Tomás',
  'Juan Pablo',
  'Álvaro',
  'Pablo',
  'Jorge',
  'Luis',
  'Mauricio',
  'Héctor',
];
const CL_LAST = [
  'González',
  'Muñoz',
  'Rojas',
  'Díaz',
  'Pérez',
  'Soto',
  'Contreras',
  'Silva',
  'Martínez',
  'Sepúlveda',
  'Morales',
  'Rodríguez',
  'López',
  'Fuentes',
  'Hernández',
  'Torres',
  'Araya',
  'Flores',
  'Espinoza',
  'Valenzuela',
  'Castillo',
  'Tapia',
  'Reyes',
  'Gutiérrez',
  'Castro',
  'Pizarro',
  'Álvarez',
  'Vásquez',
  'Sánchez',
  'Fernández',
  'Ramírez',
  'Carrasco',
  'Cortés',
  'Herrera',
  'Núñez',
  'Jara',
  'Vergara',
  'Larraín',
  'Errázuriz',
  'Undurraga',
  'Figueroa',
  'Bustamante',
  'Aravena',
  'Cáceres',
  'Riquelme',
  'Saavedra',
];
const NAMES: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  US: [
    [
      'Emily',
      'Sarah',
      'Jessica',
      'Megan',
      'Laura',
      'Michael',
      'David',
      'James',
      'Ryan',
      'Daniel',
      'Kevin',
      'Chris',
    ],
    [
      'Smith',
      'Johnson',
      'Miller',
      'Davis',
      'Anderson',
      'Thompson',
      'Walker',
      'Young',
      'Allen',
      'Clark',
      'Baker',
    ],
  ],
  BR: [
    [
      'Ana',
      'Beatriz',
      'Juliana',
      'Mariana',
      'Fernanda',
      'Lucas',
      'Gabriel',
      'Rafael',
      'Thiago',
      'Pedro',
      'Bruno',
    ],
    ['Silva', 'Santos', 'Oliveira', 'Souza', 'Lima', 'Pereira', 'Costa', 'Carvalho', 'Almeida', 'Ribeiro'],
  ],
  AR: [
    [
      'Lucía',
      'Martina',
      'Sofía',
      'Agustina',
      'Florencia',
      'Santiago',
      'Facundo',
      'Martín',
      'Nicolás',
      'Federico',
    ],
    ['González', 'Rodríguez', 'Fernández', 'López', 'Giménez', 'Romero', 'Sosa', 'Benítez', 'Acosta'],
  ],
  PE: [
    ['Andrea', 'Milagros', 'Rosa', 'Luis', 'Carlos', 'Jorge', 'Miguel', 'Diana'],
    ['Quispe', 'Flores', 'Rojas', 'Vargas', 'Chávez', 'Ramos', 'Mendoza', 'Castillo'],
  ],
  UY: [
    ['Valentina', 'Lucía', 'Sofía', 'Mateo', 'Diego', 'Pablo', 'Gonzalo'],
    ['Pereira', 'Rodríguez', 'Martínez', 'Sosa', 'Fernández', 'García', 'Silva'],
  ],
  ES: [
    ['Laura', 'Marta', 'Lucía', 'Carmen', 'Javier', 'Alejandro', 'Sergio', 'Pablo'],
    ['García', 'Martínez', 'López', 'Sánchez', 'Romero', 'Navarro', 'Moreno'],
  ],
  RU: [
    ['Dmitry', 'Alexei', 'Sergei', 'Ivan', 'Olga', 'Elena', 'Anna', 'Natalia'],
    ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Sokolov', 'Volkova', 'Morozova'],
  ],
  BY: [
    ['Andrei', 'Pavel', 'Maksim', 'Tatsiana', 'Volha'],
    ['Kavalenka', 'Novik', 'Shevchuk', 'Lukashevich', 'Kazlova'],
  ],
  IR: [
    ['Reza', 'Ali', 'Mehdi', 'Sara', 'Maryam', 'Neda'],
    ['Hosseini', 'Ahmadi', 'Karimi', 'Rahimi', 'Moradi', 'Jafari'],
  ],
  CU: [
    ['Yaniel', 'Yusleidy', 'Osmany', 'Yoandra', 'Raúl', 'Daymí'],
    ['Pérez', 'Rodríguez', 'Hernández', 'Díaz', 'Fonseca', 'Valdés'],
  ],
};

const MAIL: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  CL: [
    ['gmail.com', 62],
    ['hotmail.com', 12],
    ['outlook.com', 7],
    ['yahoo.com', 3],
    ['icloud.com', 6],
    ['live.cl', 3],
    ['vtr.net', 2],
    ['uc.cl', 2],
    ['uchile.cl', 1],
    ['hotmail.cl', 2],
  ],
  US: [
    ['gmail.com', 52],
    ['yahoo.com', 13],
    ['outlook.com', 8],
    ['icloud.com', 13],
    ['aol.com', 3],
    ['comcast.net', 3],
    ['hotmail.com', 8],
  ],
  BR: [
    ['gmail.com', 60],
    ['hotmail.com', 15],
    ['outlook.com', 7],
    ['yahoo.com.br', 8],
    ['uol.com.br', 5],
    ['bol.com.br', 3],
    ['icloud.com', 2],
  ],
  AR: [
    ['gmail.com', 64],
    ['hotmail.com', 18],
    ['yahoo.com.ar', 8],
    ['outlook.com', 6],
    ['fibertel.com.ar', 4],
  ],
  PE: [
    ['gmail.com', 70],
    ['hotmail.com', 20],
    ['outlook.com', 6],
    ['yahoo.com', 4],
  ],
  UY: [
    ['gmail.com', 68],
    ['hotmail.com', 16],
    ['adinet.com.uy', 8],
    ['outlook.com', 8],
  ],
  ES: [
    ['gmail.com', 55],
    ['hotmail.com', 18],
    ['outlook.es', 8],
    ['yahoo.es', 9],
    ['telefonica.net', 3],
    ['icloud.com', 7],
  ],
  RU: [
    ['mail.ru', 40],
    ['yandex.ru', 35],
    ['gmail.com', 20],
    ['rambler.ru', 5],
  ],
  BY: [
    ['mail.ru', 35],
    ['tut.by', 25],
    ['gmail.com', 30],
    ['yandex.by', 10],
  ],
  IR: [
    ['gmail.com', 70],
    ['yahoo.com', 30],
  ],
  CU: [
    ['nauta.cu', 60],
    ['gmail.com', 40],
  ],
};

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/’/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');

export interface Person {
  name: string;
  email: string;
}

/** A name as people of `country` have them, and an e-mail at a provider they use. */
export function person(rng: Rng, country: string): Person {
  let name: string;
  let first: string;
  let last: string;
  if (country === 'CL' || !NAMES[country]) {
    first = rng.pick(CL_FIRST);
    last = rng.pick(CL_LAST);
    name = `${first} ${last} ${rng.pick(CL_LAST)}`;
  } else {
    const [firsts, lasts] = NAMES[country] ?? [CL_FIRST, CL_LAST];
    first = rng.pick(firsts);
    last = rng.pick(lasts);
    name = `${first} ${last}`;
  }
  return { name, email: emailOf(rng, first, last, MAIL[country] ?? MAIL.CL ?? []) };
}

export function emailOf(
  rng: Rng,
  first: string,
  last: string,
  providers: ReadonlyArray<readonly [string, number]>,
): string {
  const f = plain(first.split(' ')[0] ?? first);
  const l = plain(last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 4],
    [`${f}${l}${rng.int(1, 99)}`, 3],
    [`${f.charAt(0)}${l}`, 2],
    [`${f}_${l}${rng.int(60, 99)}`, 1],
    [`${f}.${l}.${rng.pick(['cl', 'vino', 'stgo', 'chile'])}`, 0.5],
  ]);
  return `${local}@${rng.weightedPick(providers)}`;
}

/** A Chilean RUT with its módulo-11 check digit: `12.345.678-5`. */
export function rut(rng: Rng, company = false): string {
  const body = company ? rng.int(76_000_000, 77_999_999) : rng.int(7_000_000, 24_999_999);
  let sum = 0;
  let factor = 2;
  for (const d of String(body).split('').reverse()) {
    sum += Number(d) * factor;
    factor = factor === 7 ? 2 : factor + 1;
  }
  const rest = 11 - (sum % 11);
  const dv = rest === 11 ? '0' : rest === 10 ? 'K' : String(rest);
  return `${body.toLocaleString('de-DE')}-${dv}`;
}

/** Browsers and phones as Chilean shoppers use them (Android ahead of iPhone, Windows on desktop). */
const AGENTS: ReadonlyArray<readonly [string, number]> = [
  [
    'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Mobile Safari/537.36',
    20,
  ],
  [
    'Mozilla/5.0 (Linux; Android 13; moto g54 5G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Mobile Safari/537.36',
    8,
  ],
  [
    'Mozilla/5.0 (Linux; Android 14; Redmi Note 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Mobile Safari/537.36',
    8,
  ],
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
    20,
  ],
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36',
    24,
  ],
  [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
    12,
  ],
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 Edg/128.0.0.0',
    6,
  ],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0', 2],
];
/** What fraud tooling sends: headless browsers, anti-detect builds, scripts. */
export const BOT_AGENTS: readonly string[] = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/127.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  'python-requests/2.32.3',
];

/** A device: the web fingerprint script reports an id most of the time. */
export function device(rng: Rng, agent?: string): Device {
  const userAgent = agent ?? rng.weightedPick(AGENTS);
  return rng.chance(0.9) ? { id: `dv_${rng.token(18)}`, userAgent } : { userAgent };
}

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  rut: string;
  home: Address;
  cards: Card[];
  devices: Device[];
  /** The home broadband and the phone's carrier. */
  homeNet: string;
  mobileNet: string;
  club: boolean;
  collector: boolean;
}

/**
 * The shop's accounts: one for every three orders expected, opened a month to eight years before the window
 * (the shop went online in 2018), each with one or two cards, a phone and often a computer; a tenth are wine-club
 * members, a twentieth collectors of icon wines.
 */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const count = Math.max(40, Math.ceil(orders / 3));
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`a${i}`);
    const p = person(r, 'CL');
    const cards = [newCard(r, 'CL')];
    if (r.chance(0.4)) cards.push(newCard(r, 'CL'));
    const devices = [device(r)];
    if (r.chance(0.55)) devices.push(device(r));
    return {
      id: `cus_${r.token(14)}`,
      email: p.email,
      name: p.name,
      createdAt: start - Math.floor(r.float(30, 8 * 365) * DAY),
      rut: rut(r),
      home: chileAddress(r),
      cards,
      devices,
      homeNet: r.weightedPick(CL_HOME),
      mobileNet: r.weightedPick(CL_MOBILE),
      club: r.chance(0.1),
      collector: r.chance(0.05),
    };
  });
}

/** An account's usual connection: its home broadband or its phone's carrier. */
export function homeIp(rng: Rng, a: Account): string {
  return ipFrom(rng, [[rng.chance(0.6) ? a.homeNet : a.mobileNet, 1]]);
}
