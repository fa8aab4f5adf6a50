import { addressIn, cityIn } from './addresses.js';
import { issueCard } from './cards.js';
import { product } from './catalog.js';
import { everydayItems, honestPurchase, type Items } from './checkout.js';
import {
  deviceOf,
  giftItems,
  holiday,
  promotion,
  type Scenario,
  shopper,
  type Slot,
  workAddress,
} from './honest-kit.js';
import { MINUTE, HOUR } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type Customer, type World } from './world.js';

/** The bulk of the store's orders: known and new customers, gifts, repeat orders and households. */

function simple(
  kind: string,
  returningShare: number,
  extra: (rng: Rng, world: World, c: Customer) => object = () => ({}),
) {
  return (rng: Rng, world: World, slot: Slot) => {
    const customer = shopper(rng, world, slot, returningShare);
    const device = deviceOf(rng, customer, returningShare === 1 ? 0.7 : 1);
    world.remember(customer, slot.at);
    return honestPurchase(rng, {
      kind,
      at: slot.at,
      customer,
      device,
      ip: world.connection(rng, customer, device),
      loggedIn: rng.chance(0.85),
      items: everydayItems(rng, world.season),
      options: promotion(rng, world, returningShare < 1),
      card: rng.pick(customer.cards),
      moved: rng.chance(0.02),
      ...extra(rng, world, customer),
    });
  };
}

/** Somewhere else a gift goes: another town, the same town, or across the US–Canada border. */
function recipientAddress(rng: Rng, customer: Customer) {
  const roll = rng.next();
  const country =
    roll < 0.1 && (customer.country === 'US' || customer.country === 'CA')
      ? customer.country === 'US'
        ? 'CA'
        : 'US'
      : customer.country;
  const city = roll >= 0.1 && roll < 0.28 ? customer.city : cityIn(rng, country);
  return addressIn(rng, city, 0.35);
}

const GIFT_CARD_VALUES = [
  [25, 2],
  [50, 4],
  [100, 4],
  [200, 1.5],
  [500, 0.5],
] as const;

export const EVERYDAY: Readonly<Record<string, Scenario>> = {
  returning_customer: {
    weight: () => 26,
    run: simple('returning_customer', 1, (rng, _world, c) =>
      rng.chance(0.05) ? { shipping: workAddress(rng, c.home) } : {},
    ),
  },
  new_customer: {
    weight: () => 20,
    run: simple('new_customer', 0, (rng, _world, c) =>
      rng.chance(0.05) ? { shipping: workAddress(rng, c.home) } : {},
    ),
  },
  gift_order: {
    weight: (world) => (holiday(world) ? 13 : 5),
    run: simple('gift_order', 0.55, (rng, world, c) => ({
      shipping: recipientAddress(rng, c),
      items: giftItems(rng),
      options: { ...promotion(rng, world, false), express: holiday(world) && rng.chance(0.3) },
    })),
  },
  digital_gift_card: {
    weight: (world) => (holiday(world) ? 2.5 : 0.7),
    run: simple('digital_gift_card', 0.55, (rng) => {
      const cards = rng.weightedPick([
        [1, 80],
        [2, 15],
        [3, 5],
      ] as const);
      const items: Items = Array.from(
        { length: cards },
        () => [product(`GC-${rng.weightedPick(GIFT_CARD_VALUES)}`), 1] as const,
      );
      return { items, shipping: null, options: {} };
    }),
  },
  repeat_order: {
    weight: () => 3,
    run: (rng, world, slot) => {
      const customer = world.earlierCustomer(rng, slot.at, (c) => c.country === slot.city.country);
      if (!customer)
        return EVERYDAY['returning_customer']?.run(rng, world, slot) as ReturnType<Scenario['run']>;
      const device = deviceOf(rng, customer, 0.85);
      world.remember(customer, slot.at);
      return honestPurchase(rng, {
        kind: 'repeat_order',
        at: slot.at,
        customer,
        device,
        ip: world.connection(rng, customer, device),
        loggedIn: true,
        items: everydayItems(rng, world.season, { lines: rng.int(1, 2), maxUsd: 200 }),
        card: customer.cards[0],
      });
    },
  },
  household_member: {
    weight: () => 2,
    run: (rng, world, slot) => {
      const other = world.earlierCustomer(rng, slot.at, (c) => c.country === slot.city.country);
      if (!other) return EVERYDAY['new_customer']?.run(rng, world, slot) as ReturnType<Scenario['run']>;
      const fresh = world.customer(
        rng,
        other.country,
        slot.at,
        rng.weighted({ aged: 40, fresh: 30, guest: 30 }),
        other.city,
      );
      const name = rng.chance(0.6) ? { ...fresh.name, last: other.name.last } : fresh.name;
      const customer: Customer = {
        ...fresh,
        name,
        display: `${name.first} ${name.last}`,
        home: other.home,
        homeIp: other.homeIp,
        homeNetwork: other.homeNetwork,
        mobileNetwork: rng.chance(0.7) ? other.mobileNetwork : fresh.mobileNetwork,
        devices: rng.chance(0.35) ? [rng.pick(other.devices)] : fresh.devices,
      };
      const device = rng.pick(customer.devices);
      world.remember(customer, slot.at);
      return honestPurchase(rng, {
        kind: 'household_member',
        at: slot.at,
        customer,
        device,
        ip: world.connection(rng, customer, device),
        loggedIn: true,
        items: everydayItems(rng, world.season),
        card: customer.cards[0],
      });
    },
  },
  declined_then_retry: {
    weight: () => 3,
    run: simple('declined_then_retry', 0.5, (rng, world, c) => {
      while (c.cards.length < 3)
        c.cards.push(issueCard(rng, c.country, rng.chance(0.7) ? 'credit' : 'debit'));
      const declined = rng.chance(0.8) ? [c.cards[1]] : [c.cards[1], c.cards[2]];
      return {
        declined,
        card: c.cards[0],
        items: everydayItems(rng, world.season, { lines: rng.int(2, 4) }),
      };
    }),
  },
  address_change: {
    weight: () => 1.2,
    run: (rng, world, slot) => {
      const purchase = simple('address_change', 0.5)(rng, world, slot);
      if (!purchase.attempts.some((attempt) => attempt.ok) || !purchase.shipping) return purchase;
      const home = purchase.shipping;
      const shipping = rng.weightedPick([
        [workAddress(rng, home), 5],
        [addressIn(rng, cityIn(rng, home.country)), 3],
        [{ ...home, line1: home.line1.replace(/^\d+/, String(rng.int(2, 9800))) }, 2],
      ] as const);
      purchase.followUps.unshift({
        type: 'order.updated',
        afterMs: rng.int(10, 60) * MINUTE + rng.int(0, 7) * HOUR,
        shipping,
      });
      return purchase;
    },
  },
};
