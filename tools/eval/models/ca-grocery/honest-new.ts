import { type Rng } from '../kit/random.js';
import { bill, groceryLines } from './basket.js';
import { drawTime, HOUSEHOLD_HOURS } from './calendar.js';
import { delivery } from './delivery.js';
import { householdDevice } from './devices.js';
import { customer, type World } from './people.js';
import { MINUTE, type Purchase } from './purchase.js';

/**
 * New customers: a first order with the welcome code (account opened minutes before), and friends who join
 * through a referral link, often from the referrer's own home, wifi and sometimes device.
 */

export function firstOrder(rng: Rng, w: World): Purchase {
  const c = customer(rng, rng.chance(0.9) ? 'household' : 'student', w.window.start);
  const at = drawTime(rng, w.window, c.tz, HOUSEHOLD_HOURS);
  c.createdAt = at - rng.int(4 * MINUTE, rng.chance(0.7) ? 40 * MINUTE : 9 * 24 * 60 * MINUTE);
  const lines = groceryLines(rng, {
    items: rng.int(12, 26),
    province: c.province,
    alcohol: rng.chance(0.2),
    baby: c.baby,
  });
  const code = c.person.french ? 'BIENVENUE25' : 'WELCOME25';
  const basket = bill(lines, c.province, 'delivery', { code, off: 2500 });
  return delivery(rng, { kind: 'first_order_welcome', customer: c, at, basket });
}

export function referredFriend(rng: Rng, w: World): Purchase {
  const referrer = rng.pick(w.of('household'));
  const c = customer(rng, 'household', w.window.start);
  const at = drawTime(rng, w.window, referrer.tz, HOUSEHOLD_HOURS);
  c.createdAt = at - rng.int(3 * MINUTE, 3 * 24 * 60 * MINUTE);
  // Roommates, a sister visiting, a neighbour on the same building's wifi: the referrer's home connection.
  const together = rng.chance(0.35);
  if (together)
    Object.assign(c, {
      city: referrer.city,
      province: referrer.province,
      tz: referrer.tz,
      home: referrer.home,
      billing: referrer.home,
    });
  const session = together
    ? {
        network: referrer.homeNet,
        ip: referrer.homeIp,
        device: rng.chance(0.3) ? rng.pick(referrer.devices) : householdDevice(rng, c.person.french),
      }
    : undefined;
  const lines = groceryLines(rng, { items: rng.int(10, 22), province: c.province, alcohol: rng.chance(0.2) });
  const code = `REF-${referrer.person.first
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
    .slice(0, 6)}${referrer.id.slice(-3).toUpperCase()}`;
  const basket = bill(lines, c.province, 'delivery', { code, off: 2000 });
  return delivery(rng, { kind: 'referred_friend', customer: c, at, basket, ...(session ? { session } : {}) });
}
