import { cabin, parcelLocker, storeIn } from './destinations.js';
import { newDevice } from './devices.js';
import { type Address, MARKET_CODES, nearbyAddress, randomAddress } from './places.js';
import { type Purchase, type Buyer } from './purchase.js';
import { type Rng } from './random.js';
import { basketFor, buyerOf, paidWith, purchase, signUpTime } from './shop.js';
import { type Customer, type World } from './world.js';

/**
 * Households: the bulk of the shop. Most have bought before and come back on a known phone or laptop with a
 * stored card; first-timers sign up at checkout (or check out as guests); people furnishing a new flat spend
 * thousands at once; in November and December baskets turn into gifts, often shipped to someone else.
 */

/** Where a household's parcel goes: home mostly, a locker or the office sometimes. */
function everydayShipping(rng: Rng, home: Address): Address {
  const roll = rng.next();
  if (roll < 0.82) return home;
  if (roll < 0.94) return parcelLocker(rng, home.country);
  return nearbyAddress(home, rng);
}

/** The network a known customer shops from: home broadband, or the phone's mobile data. */
function everydayIp(rng: Rng, world: World, customer: Customer, mobile: boolean): string {
  return mobile && rng.chance(0.35) ? world.mobileIp(rng, customer.country) : customer.homeIp;
}

/** A first-time buyer: an account opened minutes ago, or a guest checkout with no account at all. */
export function newcomer(rng: Rng, world: World, at: number, country: string, relay = 0.06) {
  const customer = world.createCustomer(rng, at, signUpTime(rng, at), { country, relay });
  customer.devices = [newDevice(rng, at)];
  const guest = rng.chance(0.3);
  const buyer: Buyer = guest ? { email: customer.email, name: customer.person.name } : buyerOf(customer);
  if (!guest) world.customers.push(customer);
  return { customer, buyer };
}

export function returningHousehold(rng: Rng, world: World, at: number, country: string): Purchase {
  const customer = world.established(rng, at, { country });
  customer.orders.push(at);
  const device = rng.pick(customer.devices);
  const card = rng.pick(customer.cards);
  return purchase({
    kind: 'returning_household',
    at,
    buyer: buyerOf(customer),
    billing: customer.home,
    shipping: everydayShipping(rng, customer.home),
    ip: everydayIp(rng, world, customer, device.mobile),
    device,
    basket: basketFor(rng, world, at, country, 'household', { discount: rng.chance(0.08) ? 0.1 : 0 }),
    attempts: paidWith(rng, card, { stored: rng.chance(0.8) }),
  });
}

export function newCustomer(rng: Rng, world: World, at: number, country: string): Purchase {
  const { customer, buyer } = newcomer(rng, world, at, country);
  const device = customer.devices[0] ?? newDevice(rng, at);
  return purchase({
    kind: 'new_customer',
    at,
    buyer,
    billing: customer.home,
    shipping: rng.chance(0.85) ? customer.home : parcelLocker(rng, country),
    ip: everydayIp(rng, world, customer, device.mobile),
    device,
    basket: basketFor(rng, world, at, country, 'household'),
    attempts: paidWith(rng, customer.cards[0] ?? rng.pick(customer.cards)),
  });
}

/**
 * Moving in: a sofa, a bed, a table and lamps in one order, delivered to the new flat while the card
 * statement (billing) still goes to the old one, so the address check only half matches.
 */
export function newHomeSetup(rng: Rng, world: World, at: number, country: string): Purchase {
  const fresh = rng.chance(0.55);
  const customer = fresh
    ? newcomer(rng, world, at, country).customer
    : world.established(rng, at, { country });
  customer.orders.push(at);
  const newHome = rng.chance(0.7) ? nearbyAddress(customer.home, rng) : randomAddress(country, rng);
  const device = rng.pick(customer.devices);
  const target = Math.min(800_000, rng.logNormal(160_000, 0.5));
  return purchase({
    kind: 'new_home_setup',
    at,
    buyer: buyerOf(customer),
    billing: customer.home,
    shipping: newHome,
    ip: rng.chance(0.45) ? world.mobileIp(rng, country) : customer.homeIp,
    device,
    basket: basketFor(rng, world, at, country, 'furnish', { targetEur: target }),
    attempts: paidWith(rng, rng.pick(customer.cards), { address: 'partial' }),
  });
}

/** Gifts: candles, throws, knitwear and gift cards, a third of them sent straight to the recipient. */
export function giftShopper(rng: Rng, world: World, at: number, country: string): Purchase {
  const known = rng.chance(0.6);
  const customer = known
    ? world.established(rng, at, { country })
    : newcomer(rng, world, at, country).customer;
  customer.orders.push(at);
  const device = rng.pick(customer.devices);
  const recipient = rng.chance(0.35) ? randomAddress(country, rng) : customer.home;
  return purchase({
    kind: 'gift_shopper',
    at,
    buyer: buyerOf(customer),
    billing: customer.home,
    shipping: recipient,
    ip: everydayIp(rng, world, customer, device.mobile),
    device,
    basket: basketFor(rng, world, at, country, 'gift'),
    attempts: paidWith(rng, rng.pick(customer.cards), { stored: known && rng.chance(0.7) }),
  });
}

/** A parcel to family abroad: a grandmother in Malmö sending Christmas to grandchildren in Oslo or London. */
export function giftAbroad(rng: Rng, world: World, at: number, country: string): Purchase {
  const customer = world.established(rng, at, { country });
  customer.orders.push(at);
  const abroad = rng.weightedPick<string>([
    ...MARKET_CODES.filter((code) => code !== country).map((code) => [code, 3] as const),
    ['GB', 8],
    ['US', 5],
    ['FR', 3],
    ['ES', 3],
    ['IE', 2],
  ]);
  const device = rng.pick(customer.devices);
  return purchase({
    kind: 'gift_abroad',
    at,
    buyer: buyerOf(customer),
    billing: customer.home,
    shipping: randomAddress(abroad, rng),
    ip: everydayIp(rng, world, customer, device.mobile),
    device,
    basket: basketFor(rng, world, at, country, 'gift'),
    attempts: paidWith(rng, rng.pick(customer.cards), { stored: rng.chance(0.7) }),
  });
}

/** Reserve online, collect at the store: no freight on a sofa, and the shop's address as the "shipping". */
export function clickAndCollect(rng: Rng, world: World, at: number, country: string): Purchase {
  const known = rng.chance(0.7);
  const customer = known
    ? world.established(rng, at, { country })
    : newcomer(rng, world, at, country).customer;
  customer.orders.push(at);
  const device = rng.pick(customer.devices);
  const profile = rng.chance(0.3) ? 'furnish' : 'household';
  return purchase({
    kind: 'click_and_collect',
    at,
    buyer: buyerOf(customer),
    billing: customer.home,
    shipping: storeIn(rng, country),
    ip: everydayIp(rng, world, customer, device.mobile),
    device,
    basket: basketFor(rng, world, at, country, profile, {
      clickAndCollect: true,
      targetEur: profile === 'furnish' ? rng.logNormal(90_000, 0.6) : undefined,
    }),
    attempts: paidWith(rng, rng.pick(customer.cards), { stored: known && rng.chance(0.75) }),
  });
}

/** Furnishing the summer house or ski cabin, often ordered from the cabin itself on mobile data. */
export function summerHouse(rng: Rng, world: World, at: number, country: string): Purchase {
  const customer = world.established(rng, at, { country });
  customer.orders.push(at);
  const device = rng.pick(customer.devices);
  return purchase({
    kind: 'summer_house',
    at,
    buyer: buyerOf(customer),
    billing: customer.home,
    shipping: cabin(rng, country),
    ip: rng.chance(0.5) ? world.mobileIp(rng, country) : customer.homeIp,
    device,
    basket: basketFor(rng, world, at, country, 'cabin'),
    attempts: paidWith(rng, rng.pick(customer.cards), { stored: rng.chance(0.8) }),
  });
}

/** Phone on 4G/5G behind the carrier's CGNAT: thousands of strangers share the same IPv4 address. */
export function mobileShopper(rng: Rng, world: World, at: number, country: string): Purchase {
  const known = rng.chance(0.6);
  const customer = known
    ? world.established(rng, at, { country })
    : newcomer(rng, world, at, country).customer;
  customer.orders.push(at);
  const phone = customer.devices.find((device) => device.mobile) ?? newDevice(rng, at, 'iphone');
  return purchase({
    kind: 'mobile_shopper',
    at,
    buyer: buyerOf(customer),
    billing: customer.home,
    shipping: everydayShipping(rng, customer.home),
    ip: world.mobileIp(rng, country),
    device: phone,
    basket: basketFor(rng, world, at, country, 'household'),
    attempts: paidWith(rng, rng.pick(customer.cards), { stored: known && rng.chance(0.8) }),
  });
}
