import { randomAddress } from './addresses.js';
import { domesticCard, neobankCard } from './cards.js';
import { randomTaste, type Taste } from './catalog.js';
import { deviceMix, newDevice, type DeviceClass } from './devices.js';
import { companyEmail, personalEmail, relayEmail } from './emails.js';
import { CUSTOMER_COUNTRIES } from './market.js';
import { nameFor, type PersonName } from './names.js';
import type { HomeLine, Networks, SharedSite } from './networks.js';
import type { Rng } from './random.js';
import { DAY, MINUTE } from './timeline.js';
import type { Address, Card, Device } from './types.js';

/** The store's honest customers: who they are, what they own, how they connect, what they usually spend. */

export type OwnedDevice = Device & { cls: DeviceClass };

export interface Customer {
  id: string;
  createdAt: number;
  country: string;
  name: PersonName;
  email: string;
  home: Address;
  line: HomeLine;
  devices: OwnedDevice[];
  /** Saved/usual cards; the first is the main one. */
  cards: Card[];
  walletUser: boolean;
  taste: Taste;
  site?: SharedSite;
  household?: string;
  /** Set once an order of theirs is in the stream: their usual basket value (EUR cents). */
  seenOrders: Array<{ time: number; eur: number }>;
}

/** The store opened in spring 2018; account numbers grow with sign-up time. */
const LAUNCH = Date.UTC(2018, 3, 1);

export function customerNumber(rng: Rng, createdAt: number): string {
  const n = 100_000 + Math.floor(Math.max(0, createdAt - LAUNCH) / (2 * MINUTE));
  return `c${n}${rng.int(10, 99)}`;
}

/** Cards of people living in `country`: mostly a domestic bank, often a neobank, sometimes the home country's bank. */
export function walletOfCards(rng: Rng, country: string, origin: string): Card[] {
  const cards: Card[] = [];
  const first = rng.next();
  if (origin === 'uk' && ['DE', 'PL', 'CZ', 'AT', 'IE', 'NL'].includes(country) && first < 0.45)
    cards.push(domesticCard(rng, 'UA'));
  else if (first < 0.11) cards.push(neobankCard(rng, country));
  else cards.push(domesticCard(rng, country));
  if (rng.chance(0.22)) cards.push(rng.chance(0.4) ? neobankCard(rng, country) : domesticCard(rng, country));
  return cards;
}

export interface NewCustomerOptions {
  country?: string;
  createdAt: number;
  relayEmail?: boolean;
  companyDomain?: string;
}

export function newCustomer(rng: Rng, nets: Networks, options: NewCustomerOptions): Customer {
  const country = options.country ?? rng.weighted(CUSTOMER_COUNTRIES);
  const name = nameFor(rng, country);
  const origin = originHint(name, country);
  const mix = deviceMix(country);
  const devices: OwnedDevice[] = [newDevice(rng, rng.weighted(mix))];
  if (rng.chance(0.45)) devices.push(newDevice(rng, rng.weighted(mix)));
  const email = options.companyDomain
    ? companyEmail(rng, name, options.companyDomain)
    : options.relayEmail
      ? relayEmail(rng, name)
      : personalEmail(rng, name, country);
  const customer: Customer = {
    id: customerNumber(rng, options.createdAt),
    createdAt: options.createdAt,
    country,
    name,
    email,
    home: randomAddress(rng, country),
    line: nets.homeLine(rng, country),
    devices,
    cards: walletOfCards(rng, country, origin),
    walletUser: devices.some((d) => d.cls === 'iphone' || d.cls === 'android') && rng.chance(0.45),
    taste: randomTaste(rng),
    seenOrders: [],
  };
  if (rng.chance(0.12)) customer.site = nets.site(rng, country);
  return customer;
}

/** Ukrainian names in central Europe: often refugees still paying with a Ukrainian card. */
function originHint(name: PersonName, country: string): string {
  const ukrainian = [
    'Oleksandr',
    'Olena',
    'Andrii',
    'Iryna',
    'Dmytro',
    'Nataliia',
    'Serhii',
    'Oksana',
    'Mykola',
    'Yuliia',
    'Volodymyr',
    'Tetiana',
    'Bohdan',
    'Kateryna',
  ];
  return ukrainian.includes(name.given) && country !== 'UA' ? 'uk' : 'local';
}

/** Account age for an existing customer: weeks to years, most between one and four years. */
export function pastSignup(rng: Rng, start: number): number {
  const days = Math.min(8.5 * 365, Math.max(21, rng.logNormal(520, 0.9)));
  return Math.floor(start - days * DAY - rng.int(0, DAY));
}

/**
 * A household: partners/flatmates with their own accounts on the same line and address, sharing the family
 * tablet or laptop, and sometimes one partner's card.
 */
export function joinHousehold(
  rng: Rng,
  nets: Networks,
  head: Customer,
  createdAt: number,
  tag: string,
): Customer {
  const member = newCustomer(rng, nets, { country: head.country, createdAt });
  member.home = head.home;
  member.line = head.line;
  const shared = head.devices.find((d) => d.cls === 'ipad' || d.cls === 'windows' || d.cls === 'mac');
  if (shared) member.devices.push(shared);
  const headCard = head.cards[0];
  if (headCard && rng.chance(0.3)) member.cards.push(headCard);
  if (head.name.family && rng.chance(0.6)) {
    member.name = {
      ...member.name,
      family: head.name.family,
      full: `${member.name.given} ${head.name.family}`,
    };
  }
  member.household = tag;
  head.household = tag;
  return member;
}
