import { shoppingBasket } from './catalog.js';
import { accountAge, botDevice, customerId, device, homeCard } from './cards.js';
import { fenceBasket, fraudIp, victimCity, victimHome } from './fraud-kit.js';
import { addressIn, BOUTIQUES, cityIn, FORWARDERS, forwarderSuite } from './geo.js';
import { homeIp } from './networks.js';
import { personalEmail, personName } from './people.js';
import { DAY, type Later, MINUTE as MIN, type Window } from '../kit/purchase.js';
import { attempt, avs, type Purchase, when } from './purchase.js';
import { type Rng } from './random.js';

/** Fraud on real customers' accounts: takeover of VIP clients, and the holder's own "friendly" chargeback. */

const currencyOf = (c: string) => (c === 'CA' ? 'CAD' : 'USD');

/** A VIP client's years-old account opened from a new device and network: saved card, goods elsewhere. */
export function takeover(rng: Rng, w: Window): Purchase {
  const home = victimHome(rng);
  const city = victimCity(rng, home);
  const name = personName(rng, home, city.city.startsWith('Montr'));
  const billing = addressIn(rng, city);
  const at = when(rng, w, rng.yes(0.6) ? city.tz : 1);
  const card = homeCard(rng, home);
  const how = rng.weighted({ drop: 45, update: 25, pickup: 15, home_then_intercept: 15 });
  const drop = rng.yes(0.2)
    ? forwarderSuite(rng, FORWARDERS.export)
    : addressIn(rng, cityIn(rng, home), true);
  const later: Later[] = [];
  if (how === 'update')
    later.push({ type: 'order.updated', afterMs: rng.range(3, 90) * MIN, shipping: drop });
  const paid = !rng.yes(0.1);
  if (paid) {
    if (rng.yes(0.35))
      later.push({ type: 'refund.created', afterMs: rng.range(0.3, 3) * DAY, reason: 'fraudulent' });
    else if (rng.yes(0.75))
      later.push({
        type: 'dispute.created',
        afterMs: rng.range(10, 50) * DAY,
        reason: rng.yes(0.8) ? 'fraudulent' : 'unrecognized',
      });
    if (rng.yes(0.3))
      later.push({
        type: 'fraud_warning.created',
        afterMs: rng.range(1, 6) * DAY,
        reason: 'unauthorized_use_of_card',
      });
  }
  return {
    at,
    fraud: true,
    kind: 'account_takeover',
    basket: fenceBasket(rng, currencyOf(home), 0.45),
    buyer: {
      id: customerId(rng),
      email: personalEmail(rng, name, home),
      name,
      createdAt: accountAge(rng, at, 300, 3000),
    },
    billing,
    shipping: how === 'drop' ? drop : how === 'pickup' ? BOUTIQUES[home] : billing,
    ip: fraudIp(rng, home, { proxy: 45, hosting: 35, origin: 20 }),
    device: rng.yes(0.2) ? botDevice(rng) : device(rng, rng.pick(['windows', 'android', 'iphone']), true),
    attempts: [attempt(card, paid, rng.int(3, 20) * 1000, avs(card, 'pass'))],
    later,
  };
}

/** The holder's own order, from home, later disputed as not received, fraudulent or unrecognised. */
export function friendly(rng: Rng, w: Window): Purchase {
  const home = victimHome(rng);
  const city = victimCity(rng, home);
  const name = personName(rng, home);
  const billing = addressIn(rng, city);
  const at = when(rng, w, city.tz);
  const card = homeCard(rng, home);
  const b = rng.yes(0.5) ? fenceBasket(rng, currencyOf(home), 0.1) : shoppingBasket(rng, currencyOf(home));
  const reason = rng.weighted({ product_not_received: 50, fraudulent: 35, unrecognized: 15 });
  return {
    at,
    fraud: true,
    kind: 'friendly_fraud',
    basket: b,
    buyer: {
      id: customerId(rng),
      email: personalEmail(rng, name, home),
      name,
      createdAt: accountAge(rng, at, 10, 1800),
    },
    billing,
    shipping: rng.yes(0.8) ? billing : addressIn(rng, cityIn(rng, home)),
    ip: homeIp(rng, home),
    device: device(rng),
    attempts: [attempt(card, true, rng.int(4, 25) * 1000, avs(card, 'pass'))],
    later: [{ type: 'dispute.created', afterMs: rng.range(20, 80) * DAY, reason }],
  };
}
