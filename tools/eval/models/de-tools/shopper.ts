import { accountBuyer, type Address, type Buyer, type Device, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard } from './cards.js';
import {
  addOns,
  type Basket,
  basketOf,
  type Category,
  type Code,
  type Delivery,
  type Line,
  line,
  needsFreight,
  onlyVouchers,
  pick,
} from './catalogue.js';
import { type Network, homeNetwork, ipOn, mobileNetwork } from './networks.js';
import {
  type Account,
  type Company,
  customerId,
  type DeviceProfile,
  emailFor,
  fullName,
  newDevice,
  type Origin,
  originIn,
} from './people.js';
import { type Country, MARKETS, homeAddress, localeOf, packstationNear } from './places.js';

/** What honest and fraudulent checkouts are assembled from: a shopper, their connection, their basket. */

export interface World {
  window: Window;
  accounts: Account[];
}

/** Whoever is at the keyboard, signed in or not. */
export interface Shopper {
  country: Country;
  origin: Origin;
  name: string;
  email: string;
  address: Address;
  locale: string;
  desktop: Device;
  phone: Device;
  home: Network;
  mobile: Network;
  cards: HeldCard[];
  habit?: Account['habit'];
  locker?: Address;
  company?: Company;
  account?: Account;
}

export const shopperOf = (a: Account): Shopper => ({
  country: a.country,
  origin: a.origin,
  name: a.name,
  email: a.email,
  address: a.address,
  locale: a.locale,
  desktop: a.desktop,
  phone: a.phone,
  home: a.home,
  mobile: a.mobile,
  cards: a.cards,
  habit: a.habit,
  ...(a.locker ? { locker: a.locker } : {}),
  ...(a.company ? { company: a.company } : {}),
  account: a,
});

/** Someone new to the shop, living in `country`. */
export function newShopper(
  rng: Rng,
  country: Country,
  profile: DeviceProfile = 'desktop',
  origin?: Origin,
): Shopper {
  const o = origin ?? originIn(rng, country);
  const name = fullName(rng, o);
  const address = homeAddress(rng, country);
  return {
    country,
    origin: o,
    name,
    email: emailFor(rng, name, o),
    address,
    locale: localeOf(rng, country),
    desktop: newDevice(rng, profile),
    phone: newDevice(rng, profile === 'senior' || profile === 'privacy' ? profile : 'phone'),
    home: homeNetwork(rng, country),
    mobile: mobileNetwork(rng, country),
    cards: [],
    ...(country === 'DE' && rng.chance(0.06) ? { locker: packstationNear(rng, address) } : {}),
  };
}

/** The buyer as the checkout shows them: the account, a new account opened at checkout, or a guest. */
export function buyerOf(rng: Rng, s: Shopper, at: number, register = 0.2): Buyer {
  if (s.account) return accountBuyer(s.account);
  if (rng.chance(register))
    return {
      id: customerId(rng),
      email: s.email,
      name: s.name,
      createdAt: at - rng.int(MINUTE, 20 * MINUTE),
    };
  return { email: s.email, name: s.name };
}

/** The phone on mobile data or home Wi-Fi, or the computer at home. */
export function connect(rng: Rng, s: Shopper, phoneShare = 0.55): { ip: string; device: Device } {
  if (rng.chance(phoneShare)) return { device: s.phone, ip: ipOn(rng, rng.chance(0.45) ? s.mobile : s.home) };
  return { device: s.desktop, ip: ipOn(rng, s.home) };
}

export type Profile = Readonly<Partial<Record<Category, number>>>;

// prettier-ignore
export const PROFILES = {
  hobby: { cordless_kit: 13, battery: 5, power_tool: 10, robot_mower: 5, lawn_mower: 9, chainsaw: 4, garden_power: 12, garden_tool: 12, pressure_washer: 9, workshop_machine: 3.5, generator: 1.2, tool_set: 8, consumable: 12 },
  repeat: { battery: 16, consumable: 18, power_tool: 14, cordless_kit: 10, tool_set: 8, garden_power: 10, garden_tool: 8, lawn_mower: 4, robot_mower: 3, pressure_washer: 4, chainsaw: 3, workshop_machine: 2 },
  allotment: { garden_tool: 26, garden_power: 24, lawn_mower: 14, chainsaw: 6, pressure_washer: 6, consumable: 10, tool_set: 4, cordless_kit: 4, generator: 3, robot_mower: 1 },
  trade: { consumable: 30, cordless_kit: 16, battery: 14, power_tool: 16, tool_set: 8, workshop_machine: 6, generator: 4, garden_power: 4, chainsaw: 2 },
  financed: { robot_mower: 36, workshop_machine: 22, generator: 10, lawn_mower: 12, cordless_kit: 10, pressure_washer: 6, tool_set: 4 },
  gift: { tool_set: 30, cordless_kit: 20, garden_tool: 14, power_tool: 12, battery: 6, consumable: 4, pressure_washer: 8, garden_power: 6 },
  border: { cordless_kit: 24, robot_mower: 16, pressure_washer: 12, battery: 12, power_tool: 14, chainsaw: 6, garden_power: 8, tool_set: 8 },
} as const satisfies Record<string, Profile>;

const categoryOf = (rng: Rng, profile: Profile): Category =>
  rng.weightedPick(Object.entries(profile) as Array<[Category, number]>);

/** One to three things from a profile, each with what people add to it. */
export function shoppingList(rng: Rng, profile: Profile, country: Country, items?: number): Line[] {
  const n =
    items ??
    rng.weightedPick([
      [1, 70],
      [2, 22],
      [3, 8],
    ] as const);
  const out: Line[] = [];
  for (let i = 0; i < n; i++) {
    const main = pick(rng, categoryOf(rng, profile));
    if (out.some((l) => l.sku === main.sku)) continue;
    out.push(
      line(
        main,
        country,
        main.category === 'consumable' && main.price < 3000 && rng.chance(0.3) ? rng.int(2, 4) : 1,
      ),
    );
    for (const extra of addOns(rng, main, country))
      if (!out.some((l) => l.sku === extra.sku)) out.push(extra);
  }
  return out;
}

const NEAR = new Set(MARKETS.DE.towns.filter((t) => t.near).map((t) => t.city));
export const isNear = (a: Address): boolean => a.country === 'DE' && NEAR.has(a.city ?? '');

/** How the goods come: e-mail, freight, a Packstation, the counter in Stuttgart, or a DHL parcel. */
export function deliveryFor(
  rng: Rng,
  lines: readonly Line[],
  s: { address: Address; locker?: Address },
  site: Country,
): Delivery {
  if (onlyVouchers(lines)) return 'email';
  const near = site === 'DE' && isNear(s.address);
  if (needsFreight(lines)) return near && rng.chance(0.4) ? 'collection' : 'freight';
  if (near && rng.chance(0.2)) return 'collection';
  if (site === 'DE' && s.locker && rng.chance(0.75)) return 'packstation';
  return 'parcel';
}

/** Where a delivery goes: nowhere for collection and e-mail, the locker, or the address given. */
export function shipTo(
  rng: Rng,
  delivery: Delivery,
  s: { address: Address; locker?: Address },
  to?: Address,
): Address | undefined {
  if (delivery === 'collection' || delivery === 'email') return undefined;
  if (delivery === 'packstation') return s.locker ?? packstationNear(rng, to ?? s.address);
  return to ?? s.address;
}

/** A season code now and then: the newsletter's spring discount, the welcome code for new customers. */
export function codeFor(rng: Rng, returning: boolean, trade = false): Code | undefined {
  if (trade) return rng.chance(0.3) ? 'PROFI3' : undefined;
  if (rng.chance(0.12)) return 'FRUEHLING24';
  if (!returning && rng.chance(0.06)) return 'NEWSLETTER5';
  return undefined;
}

/** The basket for a list, delivery and code. */
export const basket = (lines: Line[], site: Country, delivery: Delivery, code?: Code): Basket =>
  basketOf(lines, site, delivery, code);
