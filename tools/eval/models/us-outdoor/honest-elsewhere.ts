import { borderParcelAddress, cityIn, forwarderAddress, forwarderHome } from './addresses.js';
import { issueCard } from './cards.js';
import { fromCategory } from './catalog.js';
import { everydayItems } from './checkout.js';
import { personalEmail } from './emails.js';
import { deviceOf, type Scenario, scenarioRun as run, shopper } from './honest-kit.js';
import { CITIES } from './places.js';

/**
 * Honest orders whose card, network or delivery points elsewhere than the billing address: cards issued
 * abroad (Canadians with US-dollar cards, expats), VPN users, Mexican shoppers collecting at a border parcel
 * service, and people abroad who use a US package forwarder for what the store does not ship to them.
 */

export const ELSEWHERE: Readonly<Record<string, Scenario>> = {
  cross_border_card: {
    weight: () => 2,
    where: (rng) => ({ city: cityIn(rng, rng.weighted({ CA: 40, US: 35, MX: 10, GB: 8, AU: 7 })) }),
    run: run('cross_border_card', (rng, world, slot) => {
      const customer = shopper(rng, world, slot, 0.6);
      const issuer =
        customer.country === 'US' ? rng.weighted({ GB: 3, MX: 3, CA: 3, DE: 2, JP: 1, AU: 1 }) : 'US';
      customer.cards.unshift(issueCard(rng, issuer, 'credit'));
      const device = deviceOf(rng, customer, 0.8);
      return {
        kind: '',
        at: slot.at,
        customer,
        device,
        ip: world.connection(rng, customer, device),
        loggedIn: true,
        items: everydayItems(rng, world.season),
      };
    }),
  },
  vpn_user: {
    weight: () => 2.5,
    run: run('vpn_user', (rng, world, slot) => {
      const customer = shopper(rng, world, slot, 0.5);
      const device = deviceOf(rng, customer, 0.8);
      const exitCountry = rng.chance(0.65)
        ? customer.country
        : customer.country === 'CA'
          ? 'US'
          : rng.pick(['US', 'NL', 'DE', 'CA', 'GB']);
      const exit = world.pickNetwork(rng, exitCountry, 'hosting');
      const email = rng.chance(0.2) ? `${customer.email.split('@')[0]}@proton.me` : customer.email;
      return {
        kind: '',
        at: slot.at,
        customer,
        device,
        ip: world.ips.v4(exit),
        loggedIn: true,
        email,
        items: everydayItems(rng, world.season),
      };
    }),
  },
  border_parcel: {
    weight: () => 0.8,
    where: (rng) => ({
      city: rng.weightedPick(
        CITIES.filter((c) => c.country === 'MX').map(
          (c) => [c, c.city === 'Tijuana' || c.city === 'Monterrey' ? 4 : 1] as const,
        ),
      ),
    }),
    run: run('border_parcel', (rng, world, slot) => {
      const customer = shopper(rng, world, slot, 0.5);
      if (rng.chance(0.3)) customer.cards.unshift(issueCard(rng, 'US', 'debit'));
      const device = deviceOf(rng, customer, 0.9);
      const items = everydayItems(rng, world.season);
      const extra = rng.pick(['electronics', 'bike', 'camp'] as const);
      if (rng.chance(0.3)) items.push([fromCategory(rng, extra, Infinity, extra === 'bike'), 1]);
      return {
        kind: '',
        at: slot.at,
        customer,
        device,
        ip: world.connection(rng, customer, device),
        loggedIn: true,
        items,
        shipping: borderParcelAddress(rng),
      };
    }),
  },
  forwarder_customer: {
    weight: () => 0.8,
    where: (rng) => ({ city: forwarderHome(rng) }),
    run: run('forwarder_customer', (rng, world, slot) => {
      const customer = world.customer(
        rng,
        slot.city.country,
        slot.at,
        rng.weighted({ fresh: 45, guest: 35, aged: 20 }),
        slot.city,
      );
      customer.email = personalEmail(rng, customer.name, customer.country);
      const device = deviceOf(rng, customer, 1);
      const items = everydayItems(rng, world.season, { lines: rng.int(1, 3) });
      if (rng.chance(0.35))
        items.push([fromCategory(rng, rng.pick(['electronics', 'optics', 'camp'] as const)), 1]);
      return {
        kind: '',
        at: slot.at,
        customer,
        device,
        ip: world.connection(rng, customer, device),
        loggedIn: true,
        items,
        shipping: forwarderAddress(rng),
      };
    }),
  },
};
