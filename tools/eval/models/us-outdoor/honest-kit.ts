import { type Address } from './addresses.js';
import { type Rhythm } from './calendar.js';
import { type Category, fromCategory, product, type Product } from './catalog.js';
import { type HonestDraft, honestPurchase, type Items } from './checkout.js';
import { type Device, newDevice } from './devices.js';
import { type BasketOptions } from './money.js';
import { type City, type Zone } from './places.js';
import { type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type Account, type Customer, type World } from './world.js';

/** Shared pieces of the honest scenarios. */

/** A planned honest order: its kind, the customer's home city and when it happens. */
export interface Slot {
  kind: string;
  at: number;
  city: City;
  /** Where the customer is when it is not home (a base abroad, a winter rental). */
  zone?: Zone;
}

export interface Scenario {
  /** Relative weight among honest orders in the stream's season. */
  weight(world: World): number;
  /** Home city, and where (time zone) and how (rhythm) the customer shops; default: a market's city. */
  where?(rng: Rng, world: World): { city: City; zone?: Zone; rhythm?: Rhythm };
  run(rng: Rng, world: World, slot: Slot): Purchase;
}

export const holiday = (world: World) => world.season === 'holiday';
export const winter = (world: World) => world.season === 'holiday' || world.season === 'winter';

export function returningCustomer(rng: Rng, world: World, slot: Slot): Customer {
  const account: Account = rng.chance(0.8) ? 'aged' : 'guest';
  return world.customer(rng, slot.city.country, slot.at, account, slot.city);
}

export function newCustomer(rng: Rng, world: World, slot: Slot): Customer {
  const account = rng.weighted({ fresh: 52, earlier: 16, guest: 32 });
  return world.customer(rng, slot.city.country, slot.at, account, slot.city);
}

/** A known customer with the given probability, else a new one. */
export function shopper(rng: Rng, world: World, slot: Slot, returningShare: number): Customer {
  return rng.chance(returningShare) ? returningCustomer(rng, world, slot) : newCustomer(rng, world, slot);
}

/** Products by SKU with a quantity drawn from [min, max]; a zero drops the line. */
export const bundle = (rng: Rng, spec: ReadonlyArray<readonly [string, number, number]>): Items =>
  spec
    .map(([sku, min, max]) => [product(sku), rng.int(min, max)] as const)
    .filter(([, quantity]) => quantity > 0);

/** A scenario whose draft names its customer, remembered as having ordered. */
export function scenarioRun(kind: string, build: (rng: Rng, world: World, slot: Slot) => HonestDraft) {
  return (rng: Rng, world: World, slot: Slot): Purchase => {
    const draft = build(rng, world, slot);
    world.remember(draft.customer, slot.at);
    return honestPurchase(rng, { ...draft, kind });
  };
}

/** The device a known customer uses: mostly one of theirs, sometimes a new phone or a cleared browser. */
export function deviceOf(rng: Rng, customer: Customer, knownShare: number): Device {
  if (rng.chance(knownShare)) return rng.pick(customer.devices);
  const device = newDevice(rng);
  customer.devices.push(device);
  return device;
}

/** The newsletter sign-up code on a first order, or the holiday sale. */
export function promotion(rng: Rng, world: World, first: boolean): BasketOptions {
  if (first && rng.chance(0.35)) return { discount: 0.1 };
  if (holiday(world) && rng.chance(0.25)) return { discount: rng.pick([0.15, 0.2, 0.25]) };
  return {};
}

/** What people give: warm layers, drinkware, headlamps, the odd GPS watch or pair of binoculars. */
export function giftItems(rng: Rng): Items {
  const lines = rng.weightedPick([
    [1, 55],
    [2, 28],
    [3, 12],
    [4, 5],
  ] as const);
  const items: Items = [];
  for (let i = 0; i < lines; i++) {
    const category: Category = rng.weighted({
      apparel: 30,
      accessory: 30,
      electronics: 10,
      footwear: 7,
      camp: 9,
      snow: 7,
      optics: 4,
      small: 3,
    });
    const item: Product = fromCategory(rng, category, rng.chance(0.12) ? 1000 : 360);
    if (!items.some(([existing]) => existing.sku === item.sku))
      items.push([item, item.usd < 15 ? rng.int(2, 5) : 1]);
  }
  return items;
}

/** A work address in the home's city (ship-to-office is common for people who are never home). */
export function workAddress(rng: Rng, home: Address): Address {
  return {
    country: home.country,
    postalCode: home.country === 'US' ? `${home.postalCode.slice(0, 3)}${rng.int(10, 99)}` : home.postalCode,
    city: home.city,
    line1: `${rng.int(100, 2500)} ${rng.pick(['Commerce Dr', 'Corporate Pkwy', 'Market St', 'Industrial Blvd', 'Tech Center Dr'])} ${rng.pick(['Ste', 'Fl', 'Bldg'])} ${rng.int(1, 900)}`,
  };
}
