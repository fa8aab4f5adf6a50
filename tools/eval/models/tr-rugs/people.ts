import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { homeNetwork, type Network } from './networks.js';
import { ABROAD, type Country, emailFor, homeAddress, nameIn } from './places.js';

/**
 * The shop's customers with accounts: people who bought before (many first met the shop in the bazaar), a few
 * collectors, and the interior designers with trade accounts. Guests are drawn per order.
 */

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  country: Country;
  home: Address;
  network: Network;
  devices: Device[];
  cards: HeldCard[];
  /** A designer's studio: company name and tax id. */
  studio?: { name: string; taxId: string };
}

const AGENTS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 26_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Safari/605.1.15',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36 Edg/141.0.0.0',
  'Mozilla/5.0 (Linux; Android 15; SM-S928B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (iPad; CPU OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1',
];

/** A browser on a phone, tablet or computer; the shop's fingerprint script gives an id most of the time. */
export function newDevice(rng: Rng, idShare = 0.92): Device {
  return {
    userAgent: rng.pick(AGENTS),
    ...(rng.chance(idShare) ? { id: `dv_${rng.token(20)}` } : {}),
  };
}

/** A Linux desktop Chrome or a headless browser: what scripted checkouts send. */
export const SCRIPTED_AGENTS = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/138.0.0.0 Safari/537.36',
  ...AGENTS.slice(4, 6),
];

const STUDIOS = ['Interiors', 'Design Studio', 'Atelier', 'Home', 'Living', 'Design Co.', 'Architects'];

/** A designer's studio name and tax id in their country's format. */
export function studioOf(rng: Rng, country: Country, surname: string): { name: string; taxId: string } {
  const name = `${surname} ${rng.pick(STUDIOS)}`;
  const taxId =
    country === 'US'
      ? `${rng.digits(2)}-${rng.digits(7)}`
      : country === 'GB'
        ? `GB${rng.digits(9)}`
        : country === 'TR'
          ? rng.digits(10)
          : country === 'AE'
            ? `100${rng.digits(12)}`
            : `${country}${rng.digits(9)}`;
  return { name, taxId };
}

const TRADE: ReadonlyArray<readonly [Country, number]> = [
  ['US', 40],
  ['GB', 20],
  ['AE', 12],
  ['DE', 8],
  ['AU', 8],
  ['TR', 12],
];

export interface CustomerBase {
  accounts: Account[];
  /** Accounts abroad (not Turkey, not trade). */
  abroad: Account[];
  turkish: Account[];
  designers: Account[];
  /** Collectors: long-standing accounts that buy antiques and silk. */
  collectors: Account[];
}

function account(rng: Rng, country: Country, createdAt: number, studio: boolean): Account {
  const name = nameIn(rng, country);
  const surname = name.split(' ').slice(1).join(' ');
  const s = studio ? studioOf(rng, country, surname) : undefined;
  const email = s
    ? `${name.split(' ')[0]?.toLowerCase() ?? 'info'}@${surname.toLowerCase().replace(/[^a-z]/g, '')}${rng.pick(['interiors', 'design', 'studio'])}.${country === 'GB' ? 'co.uk' : country === 'US' ? 'com' : country.toLowerCase()}`
    : emailFor(rng, name, country);
  const cards = [newCard(rng, country)];
  if (rng.chance(0.35)) cards.push(newCard(rng, country));
  const devices = [newDevice(rng)];
  if (rng.chance(0.45)) devices.push(newDevice(rng));
  return {
    id: `cus_${rng.token(14)}`,
    email,
    name,
    createdAt,
    country,
    home: homeAddress(rng, country),
    network: homeNetwork(rng, country, studio ? 0.15 : 0.4),
    devices,
    cards,
    ...(s ? { studio: s } : {}),
  };
}

/** One account for every four orders expected, opened one month to nine years before the window. */
export function customerBase(rng: Rng, start: number, orders: number): CustomerBase {
  const n = Math.max(40, Math.round(orders / 4));
  const abroad: Account[] = [];
  const turkish: Account[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng.fork(`a${i}`);
    const home = r.chance(0.22);
    const country = home ? 'TR' : r.weightedPick(ABROAD);
    const age = r.chance(0.4) ? r.int(30, 400) : r.int(400, 9 * 365);
    const a = account(r, country, start - age * DAY - r.int(0, DAY), false);
    (home ? turkish : abroad).push(a);
  }
  const designers = Array.from({ length: Math.max(8, Math.round(orders / 60)) }, (_, i) => {
    const r = rng.fork(`d${i}`);
    return account(r, r.weightedPick(TRADE), start - r.int(60, 6 * 365) * DAY, true);
  });
  const collectors = abroad
    .filter((a) => start - a.createdAt > 365 * DAY)
    .slice(0, Math.max(10, Math.round(n / 12)));
  return { accounts: [...abroad, ...turkish, ...designers], abroad, turkish, designers, collectors };
}
