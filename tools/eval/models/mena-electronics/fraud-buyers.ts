import { cardFrom } from './cards.js';
import { basketOf, bySku, DEALS, everyday, inCategory, line, product } from './catalog.js';
import { type Rng } from '../kit/random.js';
import { MARKET_SHARES, type Method } from './markets.js';
import { resident } from './people.js';
import {
  bnplDecision,
  charge,
  DAY,
  HOUR,
  type Later,
  MIN,
  type Purchase,
  userId,
  when,
  type Window,
} from './purchase.js';
import { buyerOf, connect, payByBnpl, payByCard, shopper } from './shoppers.js';
import { delivered } from './fraud-kit.js';

/** Fraud by the buyers themselves: chargebacks on delivered goods, promotion rings, refund scams. */

/** A real customer on their own account, card, phone and Wi-Fi receives the goods and disputes the charge. */
export function friendlyFraud(rng: Rng, w: Window, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const m = rng.weighted(MARKET_SHARES);
    const s = shopper(rng, m, w.start);
    const owner = {
      ...s,
      account: s.account ?? { id: userId(rng), createdAt: w.start - Math.floor(rng.float(60, 1500) * DAY) },
    };
    const method: Method = rng.chance(0.82) ? 'card' : 'bnpl';
    const basket = everyday(rng, m, method, inCategory('phones', 'consoles', 'watches', 'audio', 'laptops'));
    const attempts =
      method === 'card'
        ? payByCard(rng, owner.card, () => cardFrom(rng, m), true, 0, true)
        : [bnplDecision(true, Math.round(rng.logNormal(40_000, 0.5)))];
    const reason = rng.weighted({ product_not_received: 50, fraudulent: 25, unrecognized: 25 });
    return {
      at: when(rng, w, m),
      fraud: true,
      kind: 'friendly_fraud',
      market: m,
      method,
      basket,
      billing: owner.home,
      shipping: owner.home,
      buyer: buyerOf(owner),
      ip: connect(rng, owner),
      device: owner.device,
      attempts,
      later: [{ type: 'dispute.created', afterMs: delivered(rng, m) + rng.float(15, 60) * DAY, reason }],
    } satisfies Purchase;
  });
}

/**
 * One person, many new accounts (Gmail dots and plus tags) for White Friday's one-per-customer deals: the
 * same phone or laptop, the same home Wi-Fi, one address written several ways, one card or cash. The store
 * catches some and cancels them.
 */
export function promoAbuse(rng: Rng, w: Window, n: number): Purchase[] {
  const rings = Array.from({ length: Math.max(1, Math.ceil(n / rng.int(3, 6))) }, () => {
    const s = shopper(rng, rng.weighted({ AE: 35, SA: 30, EG: 15, KW: 10, TR: 10 }), w.start);
    return { s, deal: rng.pick(DEALS), cod: rng.chance(0.3) };
  });
  return Array.from({ length: n }, () => {
    const { s, deal, cod } = rng.pick(rings);
    const m = s.market;
    const at = when(rng, w, m);
    const [local, domain] = s.person.email.split('@') as [string, string];
    const variant = rng.chance(0.5)
      ? `${local.slice(0, 1)}.${local.slice(1)}`
      : `${local}+wf${rng.int(1, 99)}`;
    const email = `${variant.replace(/\.\./g, '.')}@${rng.chance(0.7) ? 'gmail.com' : domain}`;
    const shipping = {
      ...s.home,
      line1: s.home.line1?.replace(/^Apt /, rng.pick(['Apartment ', 'Flat ', 'Apt. ', 'Apt '])) ?? '',
    };
    const method: Method = cod ? 'cod' : 'card';
    const attempts =
      method === 'card'
        ? [charge(s.card, true, Math.round(rng.logNormal(8000, 0.5)), 'unavailable', 'pass')]
        : [];
    const caught = rng.chance(0.35);
    const later: Later[] = caught
      ? [
          { type: 'order.cancelled', afterMs: rng.float(2, 20) * HOUR, reason: 'promo_abuse' },
          ...(method === 'card'
            ? [{ type: 'refund.created' as const, afterMs: rng.float(20, 26) * HOUR, reason: 'promo_abuse' }]
            : []),
        ]
      : method === 'cod'
        ? [{ type: 'payment.succeeded', afterMs: delivered(rng, m) }]
        : [];
    return {
      at,
      fraud: true,
      kind: 'promo_abuse',
      market: m,
      method,
      basket: basketOf([line(bySku(deal[0]), m, 1, deal[1])], m, method),
      billing: shipping,
      shipping,
      buyer: {
        id: userId(rng),
        email,
        name: rng.chance(0.6) ? s.person.name : resident(rng, m).name,
        createdAt: at - Math.floor(rng.float(1, 40) * MIN),
      },
      ip: rng.chance(0.8) ? s.homeIp : connect(rng, s),
      device: s.device,
      attempts,
      later,
    } satisfies Purchase;
  });
}

/** "The box was empty", or a counterfeit sent back as the return: the store refunds the whole order. */
export function refundAbuse(rng: Rng, w: Window, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const m = rng.weighted(MARKET_SHARES);
    const s = shopper(rng, m, w.start);
    const owner = {
      ...s,
      account: { id: userId(rng), createdAt: w.start - Math.floor(rng.float(90, 1800) * DAY) },
    };
    const method: Method = rng.chance(0.75) ? 'card' : 'bnpl';
    const attempts =
      method === 'card'
        ? payByCard(rng, owner.card, () => cardFrom(rng, m), true, 0, true)
        : payByBnpl(rng, 1);
    return {
      at: when(rng, w, m),
      fraud: true,
      kind: 'refund_abuse',
      market: m,
      method,
      basket: basketOf(
        [line(product(rng, inCategory('phones', 'laptops', 'consoles', 'watches')), m)],
        m,
        method,
      ),
      billing: owner.home,
      shipping: owner.home,
      buyer: buyerOf(owner),
      ip: connect(rng, owner),
      device: owner.device,
      attempts,
      later: [
        {
          type: 'refund.created',
          afterMs: delivered(rng, m) + rng.float(2, 12) * DAY,
          reason: rng.pick(['item_not_received', 'returned_item']),
        },
      ],
    } satisfies Purchase;
  });
}
