import { type Basket, type Category, TASTE } from './catalog.js';
import { homeCard, makeCard } from './cards.js';
import { addressIn, type City, cityIn, type Home } from './geo.js';
import { personalEmail, personName } from './people.js';
import {
  type Address,
  type Card,
  DAY,
  HOUR,
  type Later,
  MINUTE as MIN,
  type Window,
} from '../kit/purchase.js';
import { attempt, avs, type Attempt } from './purchase.js';
import { type Rng } from './random.js';

/** What the good-order planner shares: tastes, residents, paying, and what happens after the sale. */

export const LUXE: Record<Category, number> = {
  ...TASTE,
  watches: 22,
  jewellery: 22,
  handbags: 22,
  fragrance: 10,
  limited_sneakers: 0,
};
export const EVERYDAY: Record<Category, number> = { ...TASTE, limited_sneakers: 0 };

/** Saturday's limited release opens at 10:00 Eastern; entrants come in its first half hour. */
export function dropTime(w: Window): number {
  const sat = Math.max(w.start, Date.UTC(2026, 11, 12, 15));
  return sat + 15 * MIN < w.end ? sat : w.start + Math.floor((w.end - w.start) * 0.8);
}

export interface Draft {
  city: City;
  name: string;
  email: string;
  card: Card;
  billing: Address;
}

export function resident(rng: Rng, home?: Home): Draft {
  const city = cityIn(rng, home);
  const name = personName(rng, city.country, city.city.startsWith('Montr'));
  const card = homeCard(rng, city.country);
  return { city, name, email: personalEmail(rng, name, city.country), card, billing: addressIn(rng, city) };
}

export const currencyOf = (c: Home) => (c === 'US' ? 'USD' : 'CAD');

export function pay(rng: Rng, card: Card, p: { retry?: boolean } = {}): Attempt[] {
  const check = rng.yes(0.9) ? 'pass' : rng.yes(0.7) ? 'partial' : 'fail';
  const a = avs(card, check);
  if (p.retry) {
    const cvcTypo = rng.yes(0.4);
    return [
      attempt(card, false, rng.int(20, 90) * 1000, a, cvcTypo ? 'fail' : 'pass'),
      attempt(cvcTypo || rng.yes(0.5) ? card : makeCard(rng, card.country), true, rng.int(40, 600) * 1000, a),
    ];
  }
  return [attempt(card, !rng.yes(0.03), rng.int(4, 30) * 1000, a)];
}

export function aftercare(rng: Rng, b: Basket, paid: boolean): Later[] {
  if (!paid) return [];
  const later: Later[] = [];
  const returnable = b.lines.some((l) =>
    ['handbags', 'sneakers', 'accessories', 'small_leather'].includes(l.category),
  );
  if (rng.yes(returnable ? 0.11 : 0.04)) {
    const line = rng.pick(b.lines);
    later.push({
      type: 'refund.created',
      afterMs: rng.range(4, 30) * DAY,
      reason: 'requested_by_customer',
      amount: line.price * line.quantity,
    });
  } else if (rng.yes(0.006)) later.push({ type: 'order.cancelled', afterMs: rng.range(1, 20) * HOUR });
  if (rng.yes(0.003))
    later.push({
      type: 'fraud_warning.created',
      afterMs: rng.range(1, 8) * DAY,
      reason: 'unauthorized_use_of_card',
    });
  if (rng.yes(0.004))
    later.push({
      type: 'dispute.created',
      afterMs: rng.range(20, 70) * DAY,
      reason: rng.pick(['product_unacceptable', 'credit_not_processed', 'duplicate', 'fraudulent']),
    });
  return later;
}
