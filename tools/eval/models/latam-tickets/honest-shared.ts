import { addressIn, ipIn } from './geo.js';
import { cardFrom, deviceFor } from './devices.js';
import { personIn } from './people.js';
import { asBuyer, EVERYDAY, honestPurchase, type Planner } from './honest-kit.js';
import { MINUTE, whenIn } from './purchase.js';
import { HOMES, marketFor } from './world.js';

/** Honest traffic sharing things: devices and networks with others, a card from one country and a home in another, gifts. */

/** One tablet on the sofa, several family accounts, one home network. */
const sharedHousehold: Planner = (rng, w) => {
  const h = rng.pick(w.households);
  const a = rng.pick(h.members);
  return honestPurchase(rng, {
    at: whenIn(rng, w.clock, a.person.home),
    kind: 'shared_household',
    market: marketFor(rng, a.person.home),
    wish: EVERYDAY,
    buyer: asBuyer(a),
    billing: a.billing,
    ip: a.homeIp,
    device: h.device,
    card: rng.chance(0.3) ? (h.members[0]?.card ?? a.card) : a.card,
    home: a.person.home,
    saved: true,
  });
};

/** Students and hotel guests behind one campus or hotel address, cheap tickets, some fresh accounts. */
const campusHotspot: Planner = (rng, w) => {
  const hub = w.hubIn(rng, rng.chance(0.7) ? 'campus' : 'hotel');
  const home = hub.label === 'hotel' ? rng.weighted(HOMES) : hub.country;
  const person = personIn(rng, home);
  const at = whenIn(rng, w.clock, hub.country);
  return honestPurchase(rng, {
    at,
    kind: 'campus_or_hotel_wifi',
    market: marketFor(rng, hub.country),
    wish: { categories: ['football', 'concert', 'experience'], tier: [0, 0.4] },
    buyer: rng.chance(0.5)
      ? {
          id: w.nextCustomerId(),
          email: person.email,
          name: person.name,
          createdAt: at - Math.floor(rng.float(MINUTE, 90 * 24 * 60 * MINUTE)),
        }
      : { email: person.email, name: person.name },
    billing: addressIn(rng, home),
    ip: hub.ip,
    device: deviceFor(rng, home),
    card: cardFrom(rng, home),
    home,
  });
};

/** An Italian in Barcelona, a Portuguese in São Paulo: the card from one country, the address in another. */
const expat: Planner = (rng, w) => {
  const [from, lives] = rng.pick([
    ['IT', 'ES'],
    ['PT', 'BR'],
    ['ES', 'MX'],
    ['BR', 'PT'],
    ['AR', 'ES'],
    ['MX', 'ES'],
  ] as const);
  const person = personIn(rng, from);
  const at = whenIn(rng, w.clock, lives);
  return honestPurchase(rng, {
    at,
    kind: 'expat',
    market: marketFor(rng, lives),
    wish: EVERYDAY,
    buyer: {
      id: w.nextCustomerId(),
      email: person.email,
      name: person.name,
      createdAt: at - Math.floor(rng.float(MINUTE, 700 * 24 * 60 * MINUTE)),
    },
    billing: addressIn(rng, lives),
    ip: ipIn(rng, lives),
    device: deviceFor(rng, lives),
    card: cardFrom(rng, from),
    home: lives,
  });
};

/** Gift vouchers and experiences for someone else, sometimes a gift box posted to them. */
const giftGiver: Planner = (rng, w) => {
  const a = w.regular(rng);
  const home = a.person.home;
  return honestPurchase(rng, {
    at: whenIn(rng, w.clock, home),
    kind: 'gift_for_someone',
    market: marketFor(rng, home),
    wish: { categories: ['voucher', 'experience'], qty: [1, 2] },
    buyer: asBuyer(a),
    billing: a.billing,
    ...(rng.chance(0.35) ? { shipping: addressIn(rng, rng.chance(0.8) ? home : rng.weighted(HOMES)) } : {}),
    ip: rng.chance(0.5) ? a.homeIp : ipIn(rng, home),
    device: a.device,
    card: a.card,
    home,
    saved: true,
  });
};

export const SHARED: Readonly<Record<string, { weight: number; plan: Planner }>> = {
  shared_household: { weight: 5, plan: sharedHousehold },
  campus_or_hotel_wifi: { weight: 4, plan: campusHotspot },
  expat: { weight: 3, plan: expat },
  gift_for_someone: { weight: 3, plan: giftGiver },
};
