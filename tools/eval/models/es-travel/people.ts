import { DAY, type Address, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { everydayFunding, type HeldCard, newCard } from './cards.js';
import { ipIn } from './networks.js';
import { homeIn } from './places.js';

/** Names, e-mail addresses, devices, and the agency's registered customers (with their loyalty accounts). */

export type Origin =
  'es' | 'latam' | 'pt' | 'gb' | 'fr' | 'de' | 'it' | 'nl' | 'ma' | 'ro' | 'us' | 'ru' | 'ir' | 'sy' | 'cu';

const FIRST: Record<Origin, readonly string[]> = {
  es: [
    'María',
    'Lucía',
    'Carmen',
    'Laura',
    'Marta',
    'Paula',
    'Ana',
    'Elena',
    'Sara',
    'Cristina',
    'Javier',
    'Daniel',
    'Alejandro',
    'Pablo',
    'David',
    'Sergio',
    'Carlos',
    'Manuel',
    'Jorge',
    'Álvaro',
    'Antonio',
    'Miguel',
    'Raúl',
    'Irene',
    'Nerea',
  ],
  latam: [
    'José',
    'Luis',
    'Jhon',
    'Wilson',
    'Yolanda',
    'Milagros',
    'Gustavo',
    'Karina',
    'Yessica',
    'Fernando',
    'Rosa',
    'Patricia',
    'Diego',
    'Valentina',
    'Camila',
    'Andrés',
    'Leidy',
    'Maribel',
    'Franklin',
    'Nelson',
  ],
  pt: ['João', 'Inês', 'Tiago', 'Beatriz', 'Rui', 'Mariana', 'Duarte', 'Catarina'],
  gb: ['James', 'Oliver', 'Emily', 'Sophie', 'Thomas', 'Charlotte', 'Harry', 'Amelia', 'George', 'Lucy'],
  fr: ['Camille', 'Louis', 'Chloé', 'Hugo', 'Manon', 'Julien'],
  de: ['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Laura'],
  it: ['Marco', 'Giulia', 'Luca', 'Francesca', 'Matteo'],
  nl: ['Daan', 'Sanne', 'Bram', 'Lotte'],
  ma: ['Mohamed', 'Fatima', 'Youssef', 'Khadija', 'Hamza', 'Salma', 'Rachid'],
  ro: ['Andrei', 'Ioana', 'Mihai', 'Elena', 'Florin', 'Alexandra', 'Gabriel'],
  us: [
    'Michael',
    'Jennifer',
    'Robert',
    'Jessica',
    'William',
    'Ashley',
    'Christopher',
    'Amanda',
    'Brian',
    'Megan',
  ],
  ru: ['Dmitry', 'Olga', 'Sergey', 'Anastasia', 'Alexey', 'Ekaterina', 'Ivan'],
  ir: ['Reza', 'Maryam', 'Ali', 'Zahra', 'Mohammad', 'Sara'],
  sy: ['Omar', 'Rania', 'Khaled', 'Lina'],
  cu: ['Yordanis', 'Yanet', 'Osmany', 'Yuleidys'],
};

const LAST: Record<Origin, readonly string[]> = {
  es: [
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
    'Muñoz',
    'Romero',
    'Navarro',
    'Torres',
    'Domínguez',
    'Vázquez',
    'Ramos',
    'Gil',
    'Serrano',
    'Castro',
    'Ortega',
    'Rubio',
    'Iglesias',
    'Castillo',
  ],
  latam: [
    'Quispe',
    'Mamani',
    'Rojas',
    'Vargas',
    'Castañeda',
    'Morales',
    'Guzmán',
    'Mendoza',
    'Paredes',
    'Zambrano',
    'Cedeño',
    'Ortiz',
    'Cárdenas',
    'Villalobos',
    'Peralta',
    'Salazar',
    'Restrepo',
    'Chávez',
  ],
  pt: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa'],
  gb: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas', 'Walker', 'Wright'],
  fr: ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent'],
  de: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber'],
  it: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi'],
  nl: ['de Jong', 'Jansen', 'de Vries', 'Bakker'],
  ma: ['El Amrani', 'Benali', 'El Idrissi', 'Bouzid', 'Tahiri', 'Alaoui'],
  ro: ['Popescu', 'Ionescu', 'Popa', 'Dumitru', 'Stan', 'Gheorghe'],
  us: ['Johnson', 'Miller', 'Davis', 'Anderson', 'Thompson', 'Moore', 'Clark', 'Lewis'],
  ru: ['Ivanov', 'Smirnova', 'Kuznetsov', 'Popova', 'Sokolov', 'Volkova'],
  ir: ['Hosseini', 'Ahmadi', 'Karimi', 'Rezaei', 'Moradi'],
  sy: ['Al-Hassan', 'Haddad', 'Khalil', 'Nasser'],
  cu: ['Pérez', 'Rodríguez', 'Hernández', 'Valdés'],
};

export const firstName = (rng: Rng, o: Origin): string => rng.pick(FIRST[o]);
export const lastName = (rng: Rng, o: Origin): string => rng.pick(LAST[o]);

/** A full name: Spanish and Latin American names carry two surnames half the time. */
export function fullName(rng: Rng, o: Origin, surname?: string): string {
  const last = surname ?? lastName(rng, o);
  const second = (o === 'es' || o === 'latam') && rng.chance(0.5) ? ` ${lastName(rng, o)}` : '';
  return `${firstName(rng, o)} ${last}${second}`;
}

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');

const WEBMAIL: Record<string, ReadonlyArray<readonly [string, number]>> = {
  ES: [
    ['gmail.com', 50],
    ['hotmail.com', 18],
    ['hotmail.es', 10],
    ['yahoo.es', 5],
    ['outlook.es', 7],
    ['icloud.com', 6],
    ['telefonica.net', 2],
    ['movistar.es', 2],
  ],
  PT: [
    ['gmail.com', 55],
    ['sapo.pt', 20],
    ['hotmail.com', 25],
  ],
  GB: [
    ['gmail.com', 45],
    ['hotmail.co.uk', 20],
    ['btinternet.com', 10],
    ['outlook.com', 15],
    ['icloud.com', 10],
  ],
  any: [
    ['gmail.com', 60],
    ['hotmail.com', 20],
    ['outlook.com', 10],
    ['yahoo.com', 10],
  ],
};

/** A personal e-mail address made from the name, on the country's usual webmail. */
export function emailFor(rng: Rng, name: string, country: string, domain?: string): string {
  const [first = 'user', last = ''] = name.split(' ').map(plain);
  const d = domain ?? rng.weightedPick(WEBMAIL[country] ?? WEBMAIL.any ?? [['gmail.com', 1]]);
  const local = rng.pick([
    `${first}.${last}`,
    `${first}${last}${rng.int(1, 99)}`,
    `${first[0] ?? 'x'}${last}`,
    `${first}_${last}${rng.int(70, 2005)}`,
    `${last}.${first}`,
  ]);
  return `${local}@${d}`;
}

const UA = {
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  android:
    'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  windows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  appIos: 'ViajesSolApp/7.4.1 (iPhone; iOS 18.1; es_ES)',
  appAndroid: 'ViajesSolApp/7.4.0 (Android 14; SM-G991B; es_ES)',
  headless:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/129.0.0.0 Safari/537.36',
  linux: 'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0',
} as const;

export type DeviceKind = keyof typeof UA;

export interface OwnDevice extends Device {
  kind: DeviceKind;
}

/** A device: the app always sends its id, the web fingerprint script most of the time. */
export function newDevice(rng: Rng, kind?: DeviceKind): OwnDevice {
  const k =
    kind ??
    rng.weightedPick<DeviceKind>([
      ['iphone', 26],
      ['android', 24],
      ['windows', 20],
      ['mac', 9],
      ['appIos', 10],
      ['appAndroid', 8],
      ['edge', 3],
    ]);
  const app = k === 'appIos' || k === 'appAndroid';
  return { kind: k, userAgent: UA[k], ...(app || rng.chance(0.85) ? { id: `dev_${rng.token(20)}` } : {}) };
}

export const isMobile = (d: OwnDevice): boolean =>
  d.kind === 'iphone' || d.kind === 'android' || d.kind === 'appIos' || d.kind === 'appAndroid';

export type Tier = 'azul' | 'plata' | 'oro';

/** A registered customer: account, home, cards, devices, the home connection, the loyalty account. */
export interface Account {
  id: string;
  email: string;
  name: string;
  surname: string;
  origin: Origin;
  createdAt: number;
  country: string;
  home: Address;
  tz: number;
  cards: HeldCard[];
  devices: OwnDevice[];
  homeIp: string;
  loyalty: { number: string; tier: Tier; points: number };
}

/** One registered customer living in Spain (a few in Portugal), of Spanish or Latin American origin. */
export function newAccount(rng: Rng, start: number, origin?: Origin): Account {
  const o =
    origin ??
    rng.weightedPick<Origin>([
      ['es', 80],
      ['latam', 12],
      ['pt', 5],
      ['ro', 3],
    ]);
  const country = o === 'pt' ? 'PT' : 'ES';
  const { address: home, tz } = homeIn(rng, country);
  const surname = lastName(rng, o === 'ro' ? 'ro' : o);
  const name = fullName(rng, o, surname);
  const cards = [newCard(rng, country, everydayFunding(rng, country))];
  if (rng.chance(0.35)) cards.push(newCard(rng, country, 'credit'));
  const devices = [newDevice(rng)];
  if (rng.chance(0.5)) devices.push(newDevice(rng));
  const points = Math.floor(rng.logNormal(6_000, 1));
  return {
    id: `cus_${rng.token(12)}`,
    email: emailFor(rng, name, country),
    name,
    surname,
    origin: o,
    createdAt: start - Math.floor(rng.float(20, 11 * 365) * DAY),
    country,
    home,
    tz,
    cards,
    devices,
    homeIp: ipIn(rng, country, 'residential'),
    loyalty: {
      number: `SV${rng.digits(9)}`,
      tier: points > 30_000 ? 'oro' : points > 10_000 ? 'plata' : 'azul',
      points,
    },
  };
}

/** The agency's registered customers: one for every four orders expected. */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  return Array.from({ length: Math.max(40, Math.ceil(orders / 4)) }, (_, i) =>
    newAccount(rng.fork(`c${i}`), start),
  );
}

/** A company that books through the agency's business desk, with its travel bookers. */
export interface Company {
  name: string;
  vatId: string;
  domain: string;
  city: string;
  bookers: Account[];
  card: HeldCard;
  staff: string[];
}

const COMPANY_NAMES = [
  'Ingeniería Tajo',
  'Grupo Alcor Logística',
  'Construcciones Levante',
  'Farmacéutica Ebro',
  'Consultoría Meridiano',
  'Tecnologías Atocha',
  'Energías del Sur',
  'Distribuciones Cantábrico',
  'Auditores Castellana',
  'Laboratorios Duero',
  'Seguros Albufera',
  'Editorial Retiro',
];

export function companies(rng: Rng, start: number): Company[] {
  return COMPANY_NAMES.map((name, i) => {
    const r = rng.fork(`co${i}`);
    const domain = `${plain(name.split(' ').slice(-1)[0] ?? 'empresa')}${r.pick(['group', 'sa', ''])}.es`;
    const home = homeIn(r, 'ES', r.pick(['Madrid', 'Madrid', 'Barcelona', 'Valencia', 'Bilbao', 'Sevilla']));
    const card = newCard(r, 'ES', 'corporate');
    const bookers = Array.from({ length: r.int(1, 3) }, () => {
      const a = newAccount(r, start, 'es');
      const email = emailFor(r, a.name, 'ES', domain);
      const devices = [newDevice(r, r.pick(['windows', 'edge', 'mac'] as const))];
      return { ...a, email, home: home.address, devices, homeIp: ipIn(r, 'ES', 'corporate'), cards: [card] };
    });
    return {
      name: `${name} S.L.`,
      vatId: `ESB${r.digits(8)}`,
      domain,
      city: home.address.city ?? 'Madrid',
      bookers,
      card,
      staff: Array.from({ length: 12 }, () => fullName(r, 'es')),
    };
  });
}
