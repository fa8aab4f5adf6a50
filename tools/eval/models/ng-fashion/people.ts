import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { newDevice } from './devices.js';
import { emailFor, personName, rcNumber } from './names.js';
import { homeNetwork, ipIn, mobileNetwork, type Network, OFFICE_NG } from './networks.js';
import {
  ABUJA,
  addressIn,
  type City,
  DIASPORA,
  diasporaCity,
  FAMILY_HOMES,
  IBADAN,
  KANO,
  LAGOS,
  NIGERIA,
  PORT_HARCOURT,
} from './places.js';

/**
 * The shop's accounts: shoppers at home (some sharing a household, its broadband and a family laptop), the
 * diaspora (with family addresses at home they send gifts to), Instagram resellers who buy to sell on, and
 * companies that buy staff gifts in December. The shop opened in March 2019; accounts are one month to
 * almost eight years old, most a year or two.
 */

export type Segment = 'home' | 'diaspora' | 'vendor' | 'company';

export interface Recipient {
  name: string;
  address: Address;
  city: City;
}

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  segment: Segment;
  city: City;
  address: Address;
  devices: Device[];
  cards: HeldCard[];
  /** The mobile network they are on (a fresh CGNAT address each session). */
  carrier: Network;
  /** Home broadband, when they have it: one address the household keeps. */
  home?: { network: Network; ip: string };
  /** A company's office network address. */
  office?: string;
  /** Family at home a diaspora buyer sends to. */
  family: Recipient[];
  company?: { name: string; rcNumber: string };
}

export interface Customers {
  home: Account[];
  diaspora: Account[];
  vendors: Account[];
  companies: Account[];
}

const SHOP_OPENED = Date.UTC(2019, 2, 1);

/** When an account was opened: at least a month before the window, most a year or two, none before the shop. */
function opened(rng: Rng, start: number): number {
  const days = 30 + rng.exp(480);
  return Math.max(SHOP_OPENED + rng.int(0, 90) * DAY, start - Math.floor(days * DAY) - rng.int(0, DAY - 1));
}

const accountId = (rng: Rng): string => `cus_${rng.token(14)}`;

function homeAccount(rng: Rng, start: number, household?: Account): Account {
  const { first, last } = personName(rng, 'nigerian');
  const city = household?.city ?? rng.weightedPick(NIGERIA);
  const devices = [newDevice(rng, 'nigeria')];
  if (rng.chance(0.25)) devices.push(newDevice(rng, rng.chance(0.7) ? 'nigeria' : 'office'));
  if (household && rng.chance(0.5)) {
    const shared = household.devices[household.devices.length - 1];
    if (shared) devices.push(shared);
  }
  let home = household?.home;
  if (!home && rng.chance(0.4)) {
    const network = homeNetwork(rng, 'NG');
    home = { network, ip: ipIn(rng, network) };
  }
  return {
    id: accountId(rng),
    email: emailFor(rng, first, last, 'NG'),
    name: `${first} ${last}`,
    createdAt: opened(rng, start),
    segment: 'home',
    city,
    address: household?.address ?? addressIn(rng, city),
    devices,
    cards: Array.from({ length: rng.chance(0.35) ? 2 : 1 }, () => newCard(rng, 'NG')),
    carrier: mobileNetwork(rng, 'NG'),
    ...(home ? { home } : {}),
    family: [],
  };
}

function diasporaAccount(rng: Rng, start: number): Account {
  const country = rng.weightedPick(DIASPORA);
  const ghanaian = country === 'GH' && rng.chance(0.55);
  const { first, last } = personName(rng, ghanaian ? 'ghanaian' : 'diaspora');
  const city = diasporaCity(rng, country);
  const broadband = homeNetwork(rng, country);
  const family: Recipient[] = ghanaian
    ? []
    : Array.from({ length: rng.chance(0.4) ? 2 : 1 }, () => {
        const home = rng.weightedPick(FAMILY_HOMES);
        const relative = personName(rng, 'nigerian');
        const surname = rng.chance(0.6) ? last : relative.last;
        return { name: `${relative.first} ${surname}`, address: addressIn(rng, home), city: home };
      });
  return {
    id: accountId(rng),
    email: emailFor(rng, first, last, country),
    name: `${first} ${last}`,
    createdAt: opened(rng, start),
    segment: 'diaspora',
    city,
    address: addressIn(rng, city),
    devices: [newDevice(rng, 'diaspora'), ...(rng.chance(0.3) ? [newDevice(rng, 'diaspora')] : [])],
    cards: Array.from({ length: rng.chance(0.45) ? 2 : 1 }, () => newCard(rng, country)),
    carrier: mobileNetwork(rng, country),
    home: { network: broadband, ip: ipIn(rng, broadband) },
    family,
  };
}

const SHOP_WORDS = ['hairs', 'luxe', 'collections', 'beautyhub', 'closet', 'stores', 'wigsandmore', 'scents'];

function vendorAccount(rng: Rng, start: number): Account {
  const { first, last } = personName(rng, 'nigerian');
  const city = rng.weightedPick<City>([
    [LAGOS, 25],
    [KANO, 20],
    [IBADAN, 18],
    [PORT_HARCOURT, 17],
    [ABUJA, 20],
  ]);
  return {
    id: accountId(rng),
    email: `${first.toLowerCase()}${rng.pick(SHOP_WORDS)}${rng.chance(0.4) ? rng.int(1, 99) : ''}@gmail.com`,
    name: `${first} ${last}`,
    createdAt: opened(rng, start),
    segment: 'vendor',
    city,
    address: addressIn(rng, city),
    devices: [newDevice(rng, 'nigeria')],
    cards: [newCard(rng, 'NG')],
    carrier: mobileNetwork(rng, 'NG'),
    family: [],
  };
}

const COMPANIES: ReadonlyArray<readonly [string, string, City]> = [
  ['Lakeview Capital Ltd', 'lakeviewcapital.com.ng', LAGOS],
  ['Adebanjo & Partners', 'adebanjopartners.com', LAGOS],
  ['Eko Energy Services Ltd', 'ekoenergy.ng', LAGOS],
  ['Primegate Payments Ltd', 'primegate.ng', LAGOS],
  ['Harmattan Media Ltd', 'harmattanmedia.com', LAGOS],
  ['Zuma Advisory Ltd', 'zumaadvisory.com.ng', ABUJA],
  ['Northgate Microfinance Bank', 'northgatemfb.com', ABUJA],
  ['Bluewater Marine Services Ltd', 'bluewatermarine.com.ng', PORT_HARCOURT],
  ['Rivers Pipeline Engineering Ltd', 'riverspipeline.com', PORT_HARCOURT],
  ['Cedarcrest Clinics', 'cedarcrestclinics.ng', ABUJA],
  ['Oak & Iroko Architects', 'oakiroko.com', LAGOS],
  ['Ibile Foods Ltd', 'ibilefoods.com.ng', LAGOS],
];

function companyAccount(rng: Rng, start: number, c: readonly [string, string, City]): Account {
  const { first, last } = personName(rng, 'nigerian');
  const [name, domain, city] = c;
  return {
    id: accountId(rng),
    email: `${first.toLowerCase()}.${last.toLowerCase()}@${domain}`,
    name: `${first} ${last}`,
    createdAt: opened(rng, start),
    segment: 'company',
    city,
    address: addressIn(rng, city),
    devices: [newDevice(rng, 'office')],
    cards: [newCard(rng, 'NG', rng.chance(0.5) ? 'credit' : 'debit')],
    carrier: mobileNetwork(rng, 'NG'),
    office: ipIn(rng, OFFICE_NG),
    family: [],
    company: { name, rcNumber: rcNumber(rng) },
  };
}

/** The accounts for a window of `orders` orders: about one home account for every two and a half orders. */
export function customerBase(rng: Rng, start: number, orders: number): Customers {
  const home: Account[] = [];
  for (let i = 0, n = Math.max(60, Math.round(orders * 0.42)); i < n; i++) {
    const household = home.length > 0 && rng.chance(0.15) ? rng.pick(home) : undefined;
    home.push(homeAccount(rng, start, household));
  }
  return {
    home,
    diaspora: Array.from({ length: Math.max(24, Math.round(orders * 0.13)) }, () =>
      diasporaAccount(rng, start),
    ),
    vendors: Array.from({ length: Math.max(8, Math.round(orders * 0.012)) }, () => vendorAccount(rng, start)),
    companies: COMPANIES.map((c) => companyAccount(rng, start, c)),
  };
}
