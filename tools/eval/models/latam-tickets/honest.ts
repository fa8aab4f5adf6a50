import { type Market } from './catalog.js';
import { addressIn, hostingIp, ipIn } from './geo.js';
import { cardFrom, deviceFor } from './devices.js';
import { emailFor, personIn, relayEmail } from './people.js';
import { asBuyer, EVERYDAY, honestPurchase, type Planner } from './honest-kit.js';
import { MESSY } from './honest-messy.js';
import { HOUR, MINUTE, whenIn, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { HOMES, marketFor, type World } from './world.js';

/** Honest traffic: the everyday kinds here, the messier ones in honest-messy.ts. */

const returningFan: Planner = (rng, w) => {
  const a = w.regular(rng);
  const at = whenIn(rng, w.clock, a.person.home);
  const onPhone = rng.chance(0.45);
  const newPhone = rng.chance(0.08);
  return honestPurchase(rng, {
    at,
    kind: 'returning_fan',
    market: marketFor(rng, a.person.home),
    wish: EVERYDAY,
    buyer: asBuyer(a),
    billing: a.billing,
    ip: onPhone ? ipIn(rng, a.person.home) : a.homeIp,
    device: newPhone ? deviceFor(rng, a.person.home) : a.device,
    card: rng.chance(0.9) ? a.card : cardFrom(rng, a.person.home),
    home: a.person.home,
    saved: true,
  });
};

const newCustomer: Planner = (rng, w) => {
  const home = rng.weighted(HOMES);
  const person = personIn(rng, home);
  const at = whenIn(rng, w.clock, home);
  return honestPurchase(rng, {
    at,
    kind: 'new_customer',
    market: marketFor(rng, home),
    // New customers come for one thing, and sometimes it is big: a family's hotel week or the derby.
    wish: rng.chance(0.2) ? { categories: ['hotel', 'football'], tier: [0.4, 1] } : EVERYDAY,
    buyer: {
      id: w.nextCustomerId(),
      email: person.email,
      name: person.name,
      createdAt: at - Math.floor(rng.float(MINUTE, 40 * MINUTE)),
    },
    billing: addressIn(rng, home),
    ip: ipIn(rng, home),
    device: deviceFor(rng, home),
    card: cardFrom(rng, home),
    home,
  });
};

const guestCheckout: Planner = (rng, w) => {
  const home = rng.weighted(HOMES);
  const person = personIn(rng, home);
  return honestPurchase(rng, {
    at: whenIn(rng, w.clock, home),
    kind: 'guest_checkout',
    market: marketFor(rng, home),
    wish: EVERYDAY,
    buyer: { email: person.email, name: person.name },
    billing: addressIn(rng, home),
    ip: ipIn(rng, home),
    device: deviceFor(rng, home),
    card: cardFrom(rng, home),
    home,
  });
};

/** Fans at the headline concert's general sale: queue, refresh, pay fast, often 2–4 tickets. */
const onSaleFan: Planner = (rng, w) => {
  const a = rng.chance(0.7) ? w.regular(rng) : null;
  const home = a?.person.home ?? rng.weighted({ ES: 4, PT: 2, MX: 3, BR: 3 });
  const market: Market = home === 'MX' ? 'MX' : home === 'BR' ? 'BR' : 'EU';
  const at = Math.min(w.clock.end - 1, Math.floor(w.clock.onSale + Math.min(rng.exp(25 * MINUTE), 6 * HOUR)));
  const person = a?.person ?? personIn(rng, home);
  return honestPurchase(rng, {
    at,
    kind: 'onsale_fan',
    market,
    wish: { categories: ['concert'], hot: true, qty: [1, 4], lines: 1 },
    buyer: a
      ? asBuyer(a)
      : {
          id: w.nextCustomerId(),
          email: person.email,
          name: person.name,
          createdAt: at - Math.floor(rng.float(2 * MINUTE, 3 * 24 * HOUR)),
        },
    billing: a?.billing ?? addressIn(rng, home),
    ip: rng.chance(0.6) ? ipIn(rng, home) : (a?.homeIp ?? ipIn(rng, home)),
    device: a?.device ?? deviceFor(rng, home),
    card: a?.card ?? cardFrom(rng, home),
    home,
    saved: a !== null,
    declineRate: 0.09,
  });
};

/** Privacy-minded customers: a VPN exit abroad, often a relay address. */
const privacyUser: Planner = (rng, w) => {
  const a = rng.chance(0.55) ? w.regular(rng) : null;
  const home = a?.person.home ?? rng.weighted(HOMES);
  const person = a?.person ?? personIn(rng, home);
  const at = whenIn(rng, w.clock, home);
  const email = rng.chance(0.6) ? relayEmail(rng) : person.email;
  return honestPurchase(rng, {
    at,
    kind: 'privacy_vpn',
    market: marketFor(rng, home),
    wish: EVERYDAY,
    buyer: a
      ? { ...asBuyer(a), email }
      : {
          id: w.nextCustomerId(),
          email,
          name: person.name,
          createdAt: at - Math.floor(rng.float(MINUTE, 20 * MINUTE)),
        },
    billing: a?.billing ?? addressIn(rng, home),
    ip: hostingIp(rng).ip,
    device: a?.device ?? deviceFor(rng, home),
    card: a?.card ?? cardFrom(rng, home),
    home,
  });
};

/** Two or three nights from now: a new phone, a mobile network, whatever is left. */
const lastMinute: Planner = (rng, w) => {
  const a = rng.chance(0.6) ? w.regular(rng) : null;
  const home = a?.person.home ?? rng.weighted(HOMES);
  const person = a?.person ?? personIn(rng, home);
  return honestPurchase(rng, {
    at: whenIn(rng, w.clock, home),
    kind: 'last_minute',
    market: marketFor(rng, home),
    wish: { categories: ['football', 'experience', 'addon', 'hotel'], tier: [0.3, 1] },
    buyer: a
      ? asBuyer(a)
      : { email: rng.chance(0.5) ? person.email : emailFor(rng, person.name, home), name: person.name },
    billing: a?.billing ?? addressIn(rng, home),
    ip: ipIn(rng, home),
    device: deviceFor(rng, home),
    card: a?.card ?? cardFrom(rng, home),
    home,
  });
};

/** Someone whose bank says no once, twice, three times: an instalment limit, a 3-D Secure timeout, then a yes. */
const retriedAfterDecline: Planner = (rng, w) => {
  const a = w.regular(rng);
  const home = a.person.home;
  return honestPurchase(rng, {
    at: whenIn(rng, w.clock, home),
    kind: 'declined_then_retried',
    market: marketFor(rng, home),
    wish: { ...EVERYDAY, tier: [0.3, 1] },
    buyer: asBuyer(a),
    billing: a.billing,
    ip: rng.chance(0.5) ? a.homeIp : ipIn(rng, home),
    device: a.device,
    card: a.card,
    home,
    declineRate: 1,
  });
};

export const HONEST: Readonly<Record<string, { weight: number; plan: Planner }>> = {
  returning_fan: { weight: 28, plan: returningFan },
  new_customer: { weight: 12, plan: newCustomer },
  guest_checkout: { weight: 8, plan: guestCheckout },
  onsale_fan: { weight: 7, plan: onSaleFan },
  privacy_vpn: { weight: 4, plan: privacyUser },
  last_minute: { weight: 5, plan: lastMinute },
  declined_then_retried: { weight: 4, plan: retriedAfterDecline },
  ...MESSY,
};

export function planHonest(rng: Rng, world: World, count: number): Purchase[] {
  const weights = Object.fromEntries(Object.entries(HONEST).map(([k, v]) => [k, v.weight]));
  const out: Purchase[] = [];
  for (let i = 0; i < count; i++) {
    const kind = rng.weighted(weights);
    const planner = HONEST[kind];
    if (planner) out.push(planner.plan(rng.fork(`${kind}#${i}`), world));
  }
  return out;
}
