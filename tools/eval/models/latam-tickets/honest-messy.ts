import { type Market } from './catalog.js';
import { addressIn, ipIn } from './geo.js';
import { cardFrom, deviceFor } from './devices.js';
import { nameIn, personIn, relayEmail } from './people.js';
import { asBuyer, honestPurchase, type Planner } from './honest-kit.js';
import { SHARED } from './honest-shared.js';
import { MINUTE, whenIn } from './purchase.js';
import { marketFor } from './world.js';

/** The honest traffic that looks odd: travellers, people paying for others, shared networks and devices. */

/** Tourists on hotel Wi-Fi (or roaming, which exits at home) buying tours for tomorrow with a home card. */
const touristOnTrip: Planner = (rng, w) => {
  const home = rng.weighted({ GB: 5, DE: 4, FR: 4, US: 5, NL: 2, AR: 2, CL: 1, MX: 2, BR: 2 });
  const market: Market = home === 'US' && rng.chance(0.5) ? 'MX' : rng.chance(0.85) ? 'EU' : 'BR';
  const venue = market === 'EU' ? rng.pick(['ES', 'ES', 'IT', 'PT']) : market;
  const person = personIn(rng, home);
  const at = whenIn(rng, w.clock, venue);
  const roaming = rng.chance(0.3);
  return honestPurchase(rng, {
    at,
    kind: 'tourist_on_trip',
    market,
    wish: { categories: ['experience', 'experience', 'football', 'addon'] },
    buyer: rng.chance(0.6)
      ? {
          id: w.nextCustomerId(),
          email: rng.chance(0.15) ? relayEmail(rng) : person.email,
          name: person.name,
          createdAt: at - Math.floor(rng.float(MINUTE, 15 * MINUTE)),
        }
      : { email: person.email, name: person.name },
    billing: addressIn(rng, home),
    ip: roaming ? ipIn(rng, home) : ipIn(rng, venue),
    device: deviceFor(rng, home),
    card: cardFrom(rng, home),
    home,
  });
};

/** Emigrants paying for relatives back home: a Mexican in Houston, a Brazilian in Lisbon, a Colombian in Madrid. */
const familyAbroad: Planner = (rng, w) => {
  const [lives, from] = rng.pick([
    ['US', 'MX'],
    ['US', 'MX'],
    ['PT', 'BR'],
    ['ES', 'MX'],
    ['ES', 'BR'],
    ['IT', 'BR'],
    ['US', 'BR'],
  ] as const);
  const market: Market = from === 'MX' ? 'MX' : 'BR';
  const payer = personIn(rng, from);
  const at = whenIn(rng, w.clock, lives);
  return honestPurchase(rng, {
    at,
    kind: 'family_abroad',
    market,
    wish: { categories: ['football', 'hotel', 'experience'], qty: [2, 6] },
    buyer: rng.chance(0.7)
      ? {
          id: w.nextCustomerId(),
          email: payer.email,
          name: payer.name,
          createdAt: at - Math.floor(rng.float(3 * MINUTE, 400 * 24 * 60 * MINUTE)),
        }
      : { email: payer.email, name: payer.name },
    billing: addressIn(rng, lives),
    // A printed welcome pack now and then goes to the relatives' address.
    ...(rng.chance(0.15) ? { shipping: addressIn(rng, from) } : {}),
    ip: ipIn(rng, lives),
    device: deviceFor(rng, from),
    card: cardFrom(rng, lives),
    home: lives,
  });
};

/** A peña, a school trip, a hen party, a company outing: many seats or rooms at once, a big first order. */
const groupBooking: Planner = (rng, w) => {
  const home = rng.weighted({ ES: 4, MX: 3, BR: 3, IT: 2, PT: 1 });
  const a = rng.chance(0.5) ? w.regular(rng) : null;
  const person = a?.person ?? personIn(rng, home);
  const at = whenIn(rng, w.clock, home);
  return honestPurchase(rng, {
    at,
    kind: 'group_booking',
    market: a ? marketFor(rng, a.person.home) : marketFor(rng, home),
    wish: rng.chance(0.6)
      ? { categories: ['football', 'concert', 'experience'], qty: [8, 24], lines: 1 }
      : { categories: ['hotel'], qty: [2, 6], lines: 1, tier: [0.3, 1] },
    buyer: a
      ? asBuyer(a)
      : {
          id: w.nextCustomerId(),
          email: person.email,
          name: person.name,
          createdAt: at - Math.floor(rng.float(5 * MINUTE, 60 * MINUTE)),
        },
    billing: a?.billing ?? addressIn(rng, home),
    ip: a?.homeIp ?? ipIn(rng, home),
    device: a?.device ?? deviceFor(rng, home),
    card: a?.card ?? cardFrom(rng, home),
    home,
    declineRate: 0.22,
  });
};

/** Travel desks at companies: one booker, one corporate card, many attendees, an office network. */
const corporateBooker: Planner = (rng, w) => {
  const hub = w.hubIn(rng, 'office');
  const company = rng.pick([
    'iberlog',
    'andestech',
    'solvia',
    'grupomarfil',
    'conectabr',
    'milanodesign',
    'lusoenergia',
  ]);
  const seed = rng.fork(`booker-${company}-${hub.ip}`);
  const booker = nameIn(seed, hub.country);
  const card = { ...cardFrom(seed, hub.country), brand: seed.pick(['amex', 'visa', 'mastercard']) };
  const at = whenIn(rng, w.clock, hub.country);
  return honestPurchase(rng, {
    at,
    kind: 'corporate_booker',
    market: marketFor(rng, hub.country),
    wish: { categories: ['hotel', 'addon', 'football', 'experience'], lines: rng.int(1, 3), qty: [1, 6] },
    buyer: {
      id: `cus_corp_${seed.digits(6)}`,
      email: `${
        booker
          .split(' ')[0]
          ?.toLowerCase()
          .normalize('NFD')
          .replace(/[^a-z]/g, '') ?? 'viajes'
      }.travel@${company}.com`,
      name: booker,
      createdAt: w.clock.start - Math.floor(seed.float(30, 900)) * 24 * 60 * MINUTE,
    },
    billing: addressIn(seed, hub.country),
    ip: hub.ip,
    device: rng.chance(0.7) ? deviceFor(seed, hub.country) : deviceFor(rng, hub.country),
    card,
    home: hub.country,
    saved: true,
  });
};

export const MESSY: Readonly<Record<string, { weight: number; plan: Planner }>> = {
  tourist_on_trip: { weight: 8, plan: touristOnTrip },
  family_abroad: { weight: 6, plan: familyAbroad },
  group_booking: { weight: 3, plan: groupBooking },
  corporate_booker: { weight: 4, plan: corporateBooker },
  ...SHARED,
};
