import { cityIn } from './addresses.js';
import { type Category, fromCategory, resaleItem } from './catalog.js';
import { honestPurchase, type Items } from './checkout.js';
import { personalEmail } from './emails.js';
import { deviceOf, newCustomer, returningCustomer } from './honest-kit.js';
import { nameFor } from './names.js';
import { DAY, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

/**
 * Friendly fraud: the cardholder orders, receives the goods and disputes the charge weeks later ("I did not
 * make this purchase", "it never arrived"), or a teenager uses a parent's saved card. At checkout it is an
 * ordinary customer at home with their own card and device; the only truth is the chargeback to come.
 */

function wanted(rng: Rng): Items {
  if (rng.chance(0.45)) return [[resaleItem(rng, 150), 1]];
  const categories: Category[] = ['apparel', 'footwear', 'camp', 'snow', 'electronics'];
  const first = fromCategory(rng, rng.pick(categories));
  const second = fromCategory(rng, rng.pick(categories));
  return first.sku === second.sku || rng.chance(0.5)
    ? [[first, 1]]
    : [
        [first, 1],
        [second, 1],
      ];
}

export function friendlyFraud(rng: Rng, world: World): Purchase {
  const city = cityIn(rng, world.market(rng));
  const at = world.calendar.at(rng, city.zone);
  const slot = { kind: 'friendly_fraud', at, city };
  const parent = rng.chance(0.55) ? returningCustomer(rng, world, slot) : newCustomer(rng, world, slot);
  // One in five is a teenager on the family tablet with a parent's card, under their own name and mailbox.
  const teen = rng.chance(0.2) ? { ...nameFor(rng, parent.country), last: parent.name.last } : undefined;
  const customer = teen
    ? {
        ...parent,
        name: teen,
        display: `${teen.first} ${teen.last}`,
        email: personalEmail(rng, teen, parent.country),
      }
    : parent;
  const device = deviceOf(rng, customer, 0.85);
  world.remember(customer, at);
  const purchase = honestPurchase(rng, {
    kind: 'friendly_fraud',
    at,
    customer,
    device,
    ip: world.connection(rng, customer, device),
    loggedIn: true,
    items: wanted(rng),
    card: customer.cards[0],
  });
  const last = purchase.attempts[purchase.attempts.length - 1];
  if (last) last.ok = true;
  const reason = rng.weighted({ fraudulent: 50, product_not_received: 40, credit_not_processed: 10 });
  return {
    ...purchase,
    fraud: true,
    followUps: [{ type: 'dispute.created', afterMs: rng.int(30, 75) * DAY, reason }],
  };
}
