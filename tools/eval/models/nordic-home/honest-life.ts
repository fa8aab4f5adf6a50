import { newCard } from './cards.js';
import { studentFlat } from './destinations.js';
import { newDevice, randomPlatform } from './devices.js';
import { company, businessEmail, person } from './people.js';
import { MARKET_CODES, nearbyAddress, randomAddress } from './places.js';
import { type Attempt, avsCheck, cvcCheck, paymentDelay, type Purchase } from './purchase.js';
import { type Rng } from './random.js';
import { basketFor, buyerOf, paidWith, purchase } from './shop.js';
import { newcomer } from './honest-home.js';
import { type Customer, type World } from './world.js';
import { DAY } from '../kit/purchase.js';

/**
 * Honest orders that look unusual: privacy relays and VPNs, a new phone, a move, holidays abroad, expats
 * paying with the card from home, students on the campus network, trade buyers with five-figure orders, and
 * the everyday payment stumbles (a mistyped CVC, a card over its limit) that end in a sale anyway.
 */

/** Apple Hide My Email, Firefox Relay or DuckDuckGo, sometimes behind a consumer VPN as well. */
export function privacyRelay(rng: Rng, world: World, at: number, country: string): Purchase {
  const known = rng.chance(0.55);
  const customer = known
    ? world.established(rng, at, { country, relay: 1 })
    : newcomer(rng, world, at, country, 1).customer;
  customer.orders.push(at);
  const device = rng.pick(customer.devices);
  const ip = rng.chance(0.3)
    ? world.vpnIp(rng)
    : device.mobile && rng.chance(0.3)
      ? world.mobileIp(rng, country)
      : customer.homeIp;
  return purchase({
    kind: 'privacy_relay',
    at,
    buyer: buyerOf(customer),
    billing: customer.home,
    shipping: customer.home,
    ip,
    device,
    basket: basketFor(rng, world, at, country, 'household'),
    attempts: paidWith(rng, rng.pick(customer.cards), { stored: known && rng.chance(0.7) }),
  });
}

/** The first order from a new phone: unknown device, same household. */
export function newPhone(rng: Rng, world: World, at: number, country: string): Purchase {
  const customer = world.established(rng, at, { country });
  customer.orders.push(at);
  const device = newDevice(rng, at, randomPlatform(rng, true));
  customer.devices.push(device);
  return purchase({
    kind: 'new_phone',
    at,
    buyer: buyerOf(customer),
    billing: customer.home,
    shipping: customer.home,
    ip: rng.chance(0.6) ? customer.homeIp : world.mobileIp(rng, country),
    device,
    basket: basketFor(rng, world, at, country, 'household'),
    attempts: paidWith(rng, rng.pick(customer.cards), { stored: rng.chance(0.7) }),
  });
}

/** Just moved (now and then to another country): new address, new broadband, the bank not yet told. */
export function movedHouse(rng: Rng, world: World, at: number, country: string): Purchase {
  const customer = world.established(rng, at, { country });
  customer.orders.push(at);
  const destination = rng.chance(0.8) ? country : rng.pick(MARKET_CODES.filter((code) => code !== country));
  const home = randomAddress(destination, rng);
  const oldHome = customer.home;
  const ip = world.homeIp(rng, destination);
  customer.home = home;
  customer.homeIp = ip;
  customer.country = destination;
  const device = rng.pick(customer.devices);
  const furnishing = rng.chance(0.4);
  return purchase({
    kind: 'moved_house',
    at,
    buyer: buyerOf(customer),
    billing: rng.chance(0.6) ? home : oldHome,
    shipping: home,
    ip,
    device,
    basket: furnishing
      ? basketFor(rng, world, at, destination, 'furnish', { targetEur: rng.logNormal(60_000, 0.7) })
      : basketFor(rng, world, at, destination, 'household'),
    attempts: paidWith(rng, rng.pick(customer.cards), { stored: rng.chance(0.6), address: 'partial' }),
  });
}

const HOLIDAYS: ReadonlyArray<readonly [string, number]> = [
  ['ES', 14],
  ['IT', 10],
  ['FR', 9],
  ['GB', 8],
  ['US', 8],
  ['PT', 6],
  ['GR', 6],
  ['TH', 6],
  ['HR', 5],
  ['TR', 5],
  ['AE', 4],
  ['AT', 5],
  ['JP', 3],
  ['DE', 4],
  ['CH', 3],
];

/** Ordering home from holiday: hotel Wi-Fi abroad, or roaming (which still shows the home carrier's IP). */
export function traveller(rng: Rng, world: World, at: number, country: string): Purchase {
  const customer = world.established(rng, at, { country });
  customer.orders.push(at);
  const destination = rng.weightedPick(HOLIDAYS.filter(([code]) => code !== country));
  const device = customer.devices.find((candidate) => candidate.mobile) ?? rng.pick(customer.devices);
  const ip = rng.chance(0.7) ? world.ips.address(destination, 0.2) : world.mobileIp(rng, country);
  return purchase({
    kind: 'traveller',
    at,
    buyer: buyerOf(customer),
    billing: customer.home,
    shipping: customer.home,
    ip,
    device,
    basket: basketFor(rng, world, at, country, rng.chance(0.3) ? 'gift' : 'household'),
    attempts: paidWith(rng, rng.pick(customer.cards), { stored: rng.chance(0.8) }),
  });
}

/** Lives here, banks at home: a Swede in Berlin with a Swedish card, a German in Zürich. */
export function expat(rng: Rng, world: World, at: number, country: string): Purchase {
  const origin = rng.weightedPick<string>([
    ...MARKET_CODES.filter((code) => code !== country).map((code) => [code, 4] as const),
    ['GB', 8],
    ['US', 5],
    ['FR', 5],
    ['ES', 4],
    ['IT', 5],
    ['IE', 2],
  ]);
  const customer = world.established(rng, at, { country: origin });
  customer.orders.push(at);
  const originHome = customer.home;
  if (customer.country === origin) {
    customer.home = randomAddress(country, rng);
    customer.homeIp = world.homeIp(rng, country);
    customer.country = country;
  }
  const device = rng.pick(customer.devices);
  return purchase({
    kind: 'expat',
    at,
    buyer: buyerOf(customer),
    billing: rng.chance(0.5) ? originHome : customer.home,
    shipping: customer.home,
    ip: device.mobile && rng.chance(0.3) ? world.mobileIp(rng, customer.country) : customer.homeIp,
    device,
    basket: basketFor(rng, world, at, customer.country, 'household'),
    attempts: paidWith(rng, rng.pick(customer.cards), { stored: rng.chance(0.7), address: 'partial' }),
  });
}

/** Students: a young account, a neobank card, the campus network shared by thousands, bills to the parents. */
export function student(rng: Rng, world: World, at: number, country: string): Purchase {
  const fresh = rng.chance(0.4);
  const customer: Customer = fresh
    ? newcomer(rng, world, at, country).customer
    : world.createCustomer(rng, at, Math.floor(at - rng.logUniform(DAY, 200 * DAY)), {
        country,
        neobank: 0.5,
      });
  if (!fresh) world.customers.push(customer);
  customer.orders.push(at);
  const flat = studentFlat(rng, country);
  const device = rng.pick(customer.devices);
  const roll = rng.next();
  const ip =
    roll < 0.55 ? world.campusIp(rng, country) : roll < 0.85 ? world.mobileIp(rng, country) : customer.homeIp;
  return purchase({
    kind: 'student',
    at,
    buyer: buyerOf(customer),
    billing: rng.chance(0.55) ? customer.home : flat,
    shipping: flat,
    ip,
    device,
    basket: basketFor(rng, world, at, country, 'student'),
    attempts: paidWith(rng, rng.pick(customer.cards), { address: 'partial' }),
  });
}

/** Interior designers and small offices: trade accounts, office hours, corporate cards, big quantities. */
export function tradeBuyer(rng: Rng, world: World, at: number, country: string): Purchase {
  const existing = world.customers.filter((customer) => customer.company && customer.country === country);
  let customer: Customer;
  if (existing.length > 0 && rng.chance(0.3)) customer = rng.pick(existing);
  else {
    customer = world.createCustomer(rng, at, Math.floor(at - rng.logUniform(40 * DAY, 8 * 365 * DAY)), {
      country,
    });
    const founder = person(rng, country);
    customer.company = company(rng, country, founder);
    customer.person = founder;
    customer.email = businessEmail(rng, founder, customer.company.domain);
    customer.devices = [newDevice(rng, at, undefined, true)];
    customer.cards = [newCard(rng, country, { corporate: true })];
    world.customers.push(customer);
  }
  customer.orders.push(at);
  const design = rng.chance(0.45);
  const target = Math.min(2_000_000, rng.logNormal(design ? 300_000 : 220_000, 0.65));
  const siteRoll = rng.next();
  const site =
    siteRoll < 0.45
      ? customer.home
      : siteRoll < 0.9
        ? randomAddress(country, rng)
        : randomAddress(rng.pick(MARKET_CODES), rng);
  return purchase({
    kind: 'b2b',
    at,
    buyer: { ...buyerOf(customer), name: customer.company?.name ?? customer.person.name },
    billing: customer.home,
    shipping: site,
    ip: customer.homeIp,
    device: rng.pick(customer.devices),
    basket: basketFor(rng, world, at, country, design ? 'design' : 'office', {
      targetEur: target,
      discount: rng.chance(0.7) ? 0.15 : 0,
    }),
    attempts: paidWith(rng, rng.pick(customer.cards), { stored: rng.chance(0.6) }),
  });
}

/** A mistyped security code, then the right one a minute later. */
export function cvcRetry(rng: Rng, world: World, at: number, country: string): Purchase {
  const known = rng.chance(0.5);
  const customer = known
    ? world.established(rng, at, { country })
    : newcomer(rng, world, at, country).customer;
  customer.orders.push(at);
  const card = rng.pick(customer.cards);
  const device = rng.pick(customer.devices);
  const typos = rng.chance(0.12) ? 2 : 1;
  const attempts: Attempt[] = [];
  for (let i = 0; i < typos; i++) {
    attempts.push({
      card,
      ok: false,
      avs: avsCheck(rng, card.country, 'match'),
      cvc: 'fail',
      afterMs: paymentDelay(rng),
    });
  }
  attempts.push({
    card,
    ok: true,
    avs: avsCheck(rng, card.country, 'match'),
    cvc: 'pass',
    afterMs: rng.int(15_000, 90_000),
  });
  return purchase({
    kind: 'cvc_retry',
    at,
    buyer: buyerOf(customer),
    billing: customer.home,
    shipping: customer.home,
    ip: device.mobile && rng.chance(0.35) ? world.mobileIp(rng, country) : customer.homeIp,
    device,
    basket: basketFor(rng, world, at, country, 'household'),
    attempts,
  });
}

/** Declined for funds or limit (a big basket near payday), then paid with the other card in the wallet. */
export function secondCard(rng: Rng, world: World, at: number, country: string): Purchase {
  const customer = world.established(rng, at, { country });
  customer.orders.push(at);
  if (customer.cards.length < 2) customer.cards.push(newCard(rng, country, { neobank: 0.25 }));
  const [first, second] = rng.shuffle(customer.cards);
  const device = rng.pick(customer.devices);
  const declined = first ?? customer.cards[0];
  const paying = second ?? customer.cards[0];
  if (!declined || !paying) throw new Error('customer without cards');
  return purchase({
    kind: 'second_card',
    at,
    buyer: buyerOf(customer),
    billing: customer.home,
    shipping: rng.chance(0.9) ? customer.home : nearbyAddress(customer.home, rng),
    ip: customer.homeIp,
    device,
    basket: basketFor(rng, world, at, country, rng.chance(0.4) ? 'furnish' : 'household'),
    attempts: [
      {
        card: declined,
        ok: false,
        avs: avsCheck(rng, declined.country, 'match'),
        cvc: cvcCheck(rng, true),
        afterMs: paymentDelay(rng),
      },
      {
        card: paying,
        ok: true,
        avs: avsCheck(rng, paying.country, 'match'),
        cvc: 'pass',
        afterMs: rng.int(40_000, 240_000),
      },
    ],
  });
}

/**
 * A payment that never goes through: 3-D Secure not completed on the phone, or the card over its limit and
 * no other to hand. The shop cancels the unpaid order an hour or two later.
 */
export function gaveUp(rng: Rng, world: World, at: number, country: string): Purchase {
  const known = rng.chance(0.5);
  const customer = known
    ? world.established(rng, at, { country })
    : newcomer(rng, world, at, country).customer;
  customer.orders.push(at);
  const card = rng.pick(customer.cards);
  const device = rng.pick(customer.devices);
  const tries = rng.chance(0.3) ? 2 : 1;
  const attempts: Attempt[] = Array.from({ length: tries }, (_, i) => ({
    card,
    ok: false,
    avs: avsCheck(rng, card.country, 'match'),
    cvc: cvcCheck(rng, known),
    afterMs: i === 0 ? paymentDelay(rng) : rng.int(30_000, 180_000),
  }));
  return purchase({
    kind: 'payment_abandoned',
    at,
    buyer: buyerOf(customer),
    billing: customer.home,
    shipping: customer.home,
    ip: device.mobile && rng.chance(0.4) ? world.mobileIp(rng, country) : customer.homeIp,
    device,
    basket: basketFor(rng, world, at, country, rng.chance(0.3) ? 'furnish' : 'household'),
    attempts,
  });
}
