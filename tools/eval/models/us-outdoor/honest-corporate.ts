import { addressIn, cityIn } from './addresses.js';
import { issueCard } from './cards.js';
import { honestPurchase, type Items } from './checkout.js';
import { workEmail } from './emails.js';
import { bundle, deviceOf, type Scenario, winter } from './honest-kit.js';
import { type City } from './places.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

/**
 * Organisations buying in bulk: staff holiday gifts, summer-camp and outdoor-school programmes, field teams
 * (surveyors, search and rescue, utilities) and guiding outfitters. Buyers order in office hours from the
 * office line or from home, often on a company card, and ship to the office or to a site elsewhere.
 */

const items = bundle;

interface Company {
  domain: string;
  office: ReturnType<typeof addressIn>;
  city: City;
  ips: string[];
}

const COMPANIES = new WeakMap<World, Company[]>();
// prettier-ignore
const FIRST_WORDS = ['Summit', 'Cascade', 'Granite', 'Timberline', 'Redwood', 'Pioneer', 'Northstar', 'Evergreen', 'Ironwood', 'Bluebird', 'Sawtooth', 'Lakeshore'];
// prettier-ignore
const SECOND_WORDS = ['Guides', 'Engineering', 'Builders', 'Youth Camps', 'Adventures', 'Films', 'Surveying', 'Search Rescue', 'Outdoor School', 'Utilities', 'Forestry', 'Expeditions'];

/** A small recurring set of organisations; the same one may order twice from the same office line. */
function company(rng: Rng, world: World): Company {
  let list = COMPANIES.get(world);
  if (!list) COMPANIES.set(world, (list = []));
  if (list.length > 0 && rng.chance(0.3)) return rng.pick(list);
  const country = rng.chance(0.85) ? 'US' : 'CA';
  const city = cityIn(rng, country);
  const words = [rng.pick(FIRST_WORDS), rng.pick(SECOND_WORDS)];
  const network = world.pickNetwork(rng, country, 'business');
  const created: Company = {
    domain: `${words.join('').replace(/\s/g, '').toLowerCase()}.${country === 'CA' ? 'ca' : rng.pick(['com', 'com', 'org', 'net'])}`,
    office: addressIn(rng, city, 0),
    city,
    ips: Array.from({ length: rng.int(1, 2) }, () => world.ips.v4(network)),
  };
  list.push(created);
  return created;
}

function bulkBasket(rng: Rng, world: World): Items {
  const kind = rng.weighted({ gifts: winter(world) ? 4 : 1, program: 2, field: 1.5, outfitter: 1.5 });
  const pick = (...skus: string[]) => rng.pick(skus);
  switch (kind) {
    case 'gifts':
      return items(rng, [
        [pick('FLC-VST', 'FLC-MID', 'BEAN-WL'), 8, 40],
        [pick('TMB-20', 'BTL-32', 'JUG-64'), 0, 30],
      ]);
    case 'program':
      return items(rng, [
        [pick('HDL-350', 'PFD-TOUR'), 6, 24],
        [pick('BAG-20', 'PAD-INS', 'TNT-2P'), 3, 12],
      ]);
    case 'field':
      return items(rng, [
        [pick('SAT-MSG', 'GPS-HAND', 'RADIO-2W'), 2, 8],
        [pick('RJK-3L', 'BOOT-LTH', 'BINO-842'), 2, 8],
      ]);
    case 'outfitter':
      return items(rng, [
        [pick('RJK-2L', 'PACK-70', 'POLE-AL'), 3, 10],
        ['FAK-ULT', 2, 8],
      ]);
  }
}

export const CORPORATE: Readonly<Record<string, Scenario>> = {
  corporate: {
    weight: (world) => (winter(world) ? 2.5 : 1.8),
    where: (rng, world) => ({
      city: cityIn(rng, world.market(rng) === 'CA' ? 'CA' : 'US'),
      rhythm: 'business',
    }),
    run: (rng, world, slot) => {
      const org = company(rng, world);
      const buyer = world.customer(
        rng,
        org.city.country,
        slot.at,
        rng.weighted({ aged: 60, fresh: 25, guest: 15 }),
        org.city,
      );
      if (rng.chance(0.65)) buyer.cards.unshift(issueCard(rng, buyer.country, 'commercial'));
      const device = deviceOf(rng, buyer, 1);
      const ip = rng.chance(0.6) ? rng.pick(org.ips) : world.connection(rng, buyer, device);
      const site = rng.chance(0.45) ? addressIn(rng, cityIn(rng, org.city.country), 0) : org.office;
      world.remember(buyer, slot.at);
      return honestPurchase(rng, {
        kind: 'corporate',
        at: slot.at,
        customer: buyer,
        device,
        ip,
        loggedIn: true,
        items: bulkBasket(rng, world),
        email: workEmail(rng, buyer.name, org.domain),
        billing: org.office,
        shipping: site,
      });
    },
  },
};
