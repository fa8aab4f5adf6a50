import { DAY, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { shoppingTime } from './calendar.js';
import { checkout, homeOrPhone } from './honest-kit.js';
import { type Customer, regular, storeIn, type World } from './people.js';
import { type Purchase } from './purchase.js';

/** Fraud by real customers on their own accounts, cards and networks: friendly fraud and serial refund claims. */

const FRIENDLY = [
  'product_not_received',
  'fraudulent',
  'fraudulent',
  'product_unacceptable',
  'product_not_received',
];

/** A real customer on their own account, card and network, who later disputes the charge. */
export function friendlyFraud(rng: Rng, w: World): Purchase {
  const c = regular(rng, w.households);
  const store = storeIn(rng, w, c.metro);
  const ship = rng.chance(0.35);
  const p = checkout(rng, {
    kind: 'friendly_fraud',
    at: shoppingTime(rng, w.window, c.metro.tz),
    c,
    fulfillment: ship ? 'ship' : 'pickup',
    theme: rng.weighted({ electronics: 60, gift: 30, household: 10 }),
    ...(ship ? { shipping: c.home } : { store }),
    tax: ship ? c.metro.tax : store.metro.tax,
    ip: homeOrPhone(rng, c, 0.3),
    device: rng.pick(c.devices),
    declineShare: 0,
  });
  p.fraud = true;
  p.later = [{ type: 'dispute.created', afterMs: rng.int(18 * DAY, 70 * DAY), reason: rng.pick(FRIENDLY) }];
  return p;
}

const CLAIMS = ['item_not_received', 'missing_items', 'damaged_in_delivery', 'wrong_item'];

/** One of a few serial claimants: delivered or curbside orders, then "never arrived" or "items missing". */
export function refundAbuse(rng: Rng, w: World, abusers: readonly Customer[]): Purchase {
  const c = rng.pick(abusers);
  const store = storeIn(rng, w, c.metro);
  const how = rng.weighted({ ship: 40, same_day: 30, curbside: 30 });
  const p = checkout(rng, {
    kind: 'refund_abuse',
    at: shoppingTime(rng, w.window, c.metro.tz),
    c,
    fulfillment: how,
    theme: rng.weighted({ electronics: 50, household: 30, gift: 20 }),
    ...(how === 'curbside' ? { store } : { shipping: c.home, ...(how === 'same_day' ? { store } : {}) }),
    tax: store.metro.tax,
    ip: homeOrPhone(rng, c, 0.4),
    device: rng.pick(c.devices),
    declineShare: 0,
  });
  p.fraud = true;
  const biggest = [...p.basket.lines].sort((a, b) => b.price - a.price)[0];
  const claim = rng.pick(CLAIMS);
  const part = claim === 'missing_items' && biggest && p.basket.lines.length > 1;
  p.later = [
    {
      type: 'refund.created',
      afterMs: rng.int(6 * HOUR, 6 * DAY),
      reason: claim,
      ...(part && biggest ? { amount: Math.min(p.basket.amount, biggest.price * biggest.quantity) } : {}),
    },
  ];
  return p;
}
