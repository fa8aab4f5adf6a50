import { addressIn, cityIn, militaryAddress } from './addresses.js';
import { fromCategory } from './catalog.js';
import { everydayItems } from './checkout.js';
import { deviceOf, type Scenario, scenarioRun as run, shopper, winter } from './honest-kit.js';
import { CITIES } from './places.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

/**
 * Honest customers who are not at home: soldiers on bases abroad with APO/FPO addresses, travellers on
 * holiday Wi-Fi, and Canadian snowbirds wintering in Arizona and Florida.
 */

const TRAVEL: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  US: { MX: 30, CR: 8, GB: 10, FR: 8, IT: 6, ES: 6, JP: 10, DE: 6, IS: 4, PT: 4, IE: 4, NZ: 4 },
  CA: { MX: 35, US: 25, FR: 10, GB: 10, CR: 10, JP: 10 },
  OTHER: { US: 40, FR: 15, ES: 15, JP: 15, IT: 15 },
};

/** An address abroad: a named network where the model has one, else the country's address space. */
function abroadIp(rng: Rng, world: World, country: string): string {
  const networks = world.ips.networks(country, rng.chance(0.5) ? 'mobile' : 'broadband');
  return networks.length > 0 ? world.ips.v4(rng.pick(networks)) : world.ips.other(country);
}

export const ABROAD: Readonly<Record<string, Scenario>> = {
  military_apo: {
    weight: () => 1.2,
    where: (rng) => ({ city: cityIn(rng, 'US'), zone: rng.chance(0.45) ? 'PER' : 'UK' }),
    run: run('military_apo', (rng, world, slot) => {
      const pacific = slot.zone === 'PER';
      const customer = shopper(rng, world, slot, 0.6);
      const apo = militaryAddress(rng, pacific);
      const device = deviceOf(rng, customer, 0.8);
      const vpn = rng.chance(0.2);
      const ip = vpn
        ? world.ips.v4(world.pickNetwork(rng, 'US', 'hosting'))
        : world.ips.other(rng.pick(pacific ? ['JP', 'KR'] : ['DE', 'IT']));
      const items = everydayItems(rng, world.season);
      if (rng.chance(0.15)) items.push([fromCategory(rng, 'electronics'), 1]);
      return {
        kind: '',
        at: slot.at,
        customer,
        device,
        ip,
        loggedIn: true,
        items,
        shipping: apo,
        billing: rng.chance(0.35) ? apo : customer.home,
      };
    }),
  },
  traveller_abroad: {
    weight: () => 1.8,
    run: run('traveller_abroad', (rng, world, slot) => {
      const customer = shopper(rng, world, slot, 0.7);
      const device = deviceOf(rng, customer, 0.9);
      const where = rng.weighted(TRAVEL[customer.country] ?? TRAVEL['OTHER'] ?? {});
      const gift = rng.chance(0.3) ? addressIn(rng, cityIn(rng, customer.country)) : undefined;
      return {
        kind: '',
        at: slot.at,
        customer,
        device,
        ip: abroadIp(rng, world, where),
        loggedIn: true,
        items: everydayItems(rng, world.season),
        ...(gift ? { shipping: gift } : {}),
      };
    }),
  },
  snowbird: {
    weight: (world) => (winter(world) ? 1.2 : 0.1),
    where: (rng) => ({ city: cityIn(rng, 'CA'), zone: rng.chance(0.55) ? 'AZ' : 'ET' }),
    run: run('snowbird', (rng, world, slot) => {
      const customer = world.customer(rng, 'CA', slot.at, rng.chance(0.75) ? 'aged' : 'guest', slot.city);
      const device = deviceOf(rng, customer, 0.9);
      const south = CITIES.filter((c) => ['Phoenix', 'Tucson', 'Orlando', 'Tampa', 'Miami'].includes(c.city));
      const rental = addressIn(rng, rng.pick(south), 0.6);
      const roaming = rng.chance(0.3);
      const ip = roaming
        ? world.mobileIp(rng, customer.mobileNetwork)
        : world.rotateV6(rng, world.homeIp(rng, world.pickNetwork(rng, 'US', 'broadband')));
      return {
        kind: '',
        at: slot.at,
        customer,
        device,
        ip,
        loggedIn: true,
        items: everydayItems(rng, world.season),
        shipping: rng.chance(0.75) ? rental : customer.home,
      };
    }),
  },
};
