import { type Address, DAY, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { type NetworkName } from './networks.js';
import { type City, cityOf, homeIn } from './places.js';

/** The store's customers: names, e-mail addresses, devices, saved cards and monedero balance. */

const FIRST = [
  'María',
  'José',
  'Guadalupe',
  'Juan',
  'Fernanda',
  'Luis',
  'Alejandra',
  'Carlos',
  'Daniela',
  'Miguel',
  'Sofía',
  'Jorge',
  'Valeria',
  'Francisco',
  'Ximena',
  'Ricardo',
  'Andrea',
  'Eduardo',
  'Mariana',
  'Arturo',
];
const LAST = [
  'Hernández',
  'García',
  'Martínez',
  'López',
  'González',
  'Rodríguez',
  'Pérez',
  'Sánchez',
  'Ramírez',
  'Flores',
  'Cruz',
  'Morales',
  'Reyes',
  'Jiménez',
  'Torres',
  'Vázquez',
  'Castillo',
  'Mendoza',
];
const MAIL = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'icloud.com', 'live.com.mx'];

export const fullName = (rng: Rng): string => `${rng.pick(FIRST)} ${rng.pick(LAST)} ${rng.pick(LAST)}`;

const plain = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** An address like people pick: name and surname, an initial, a birth year, a nickname. */
export function emailOf(rng: Rng, name: string, domain?: string): string {
  const [first = 'cliente', last = 'mx'] = name.split(' ').map(plain);
  const local = rng.weightedPick<string>([
    [`${first}.${last}`, 4],
    [`${first}${last}${rng.int(70, 99)}`, 3],
    [`${first.charAt(0)}${last}${rng.int(1, 999)}`, 2],
    [`${first}_${rng.int(1980, 2007)}`, 2],
  ]);
  return `${local}@${domain ?? rng.pick(MAIL)}`;
}

const ANDROID = ['SM-A556E', 'moto g85 5G', '23129RAA4G', 'SM-A155M', 'CPH2591'];

/** A browser or the store's app on a phone or a computer; the app always sends its id, the web mostly. */
export function deviceOf(rng: Rng, kind: 'phone' | 'computer' | 'app' = 'phone'): Device {
  const id = `dv_${rng.token(20)}`;
  if (kind === 'app')
    return {
      id,
      userAgent: rng.chance(0.6)
        ? `AlamedaApp/7.${rng.int(2, 9)} (Android ${rng.int(12, 15)}; ${rng.pick(ANDROID)})`
        : `AlamedaApp/7.${rng.int(2, 9)} (iPhone; iOS 18.${rng.int(0, 6)})`,
    };
  const userAgent =
    kind === 'computer'
      ? rng.chance(0.8)
        ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.int(128, 131)}.0.0.0 Safari/537.36`
        : `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.${rng.int(0, 6)} Safari/605.1.15`
      : rng.chance(0.65)
        ? `Mozilla/5.0 (Linux; Android ${rng.int(12, 15)}; ${rng.pick(ANDROID)}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.int(128, 131)}.0.0.0 Mobile Safari/537.36`
        : `Mozilla/5.0 (iPhone; CPU iPhone OS 18_${rng.int(0, 6)} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.${rng.int(0, 6)} Mobile/15E148 Safari/604.1`;
  return rng.chance(0.85) ? { id, userAgent } : { userAgent };
}

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  city: City;
  home: Address;
  /** Where the customer usually connects from. */
  network: NetworkName;
  devices: Device[];
  cards: HeldCard[];
  /** Store credit in the monedero, centavos. */
  monedero: number;
}

/** A customer who opens an account now (or `ago` ms before `t`). */
export function newAccount(rng: Rng, t: number, ago = rng.int(2, 20) * MINUTE, city?: City): Account {
  const c = city ?? cityOf(rng);
  const name = fullName(rng);
  return {
    id: `cus_${rng.token(14)}`,
    email: emailOf(rng, name),
    name,
    createdAt: t - ago,
    city: c,
    home: homeIn(rng, c),
    network: rng.weightedPick<NetworkName>([
      ['mx-fibre', 4],
      ['mx-cable', 3],
      ['mx-mobile', 4],
    ]),
    devices: [
      deviceOf(rng, rng.weightedPick([['phone', 5] as const, ['app', 3] as const, ['computer', 2] as const])),
    ],
    cards: [newCard(rng, 'MX', rng.chance(0.55) ? 'credit' : 'debit')],
    monedero: 0,
  };
}

/** The store's accounts before the window: one for every three orders expected, opened weeks to years ago. */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  return Array.from({ length: Math.max(30, Math.round(orders / 3)) }, (_, i) => {
    const r = rng.fork(`c${i}`);
    const a = newAccount(r, start, r.int(25, 7 * 365) * DAY);
    if (r.chance(0.4)) a.devices.push(deviceOf(r, r.chance(0.5) ? 'computer' : 'app'));
    if (r.chance(0.35)) a.cards.push(newCard(r, 'MX', r.chance(0.5) ? 'store' : 'credit'));
    a.monedero = r.chance(0.45) ? r.int(50, 2_500) * 100 : 0;
    return a;
  });
}
