import { cvcFor } from './cards.js';
import { basketOf, bySku, DEALS, FLAGSHIPS, giftCards, line, product, RESALEABLE } from './catalog.js';
import { type Rng } from '../kit/random.js';
import { MARKET_SHARES } from './markets.js';
import { address, HOSTING, networksIn, VPNS } from './networks.js';
import { mailbox, NATIONAL, resident } from './people.js';
import { dropIn, homeIn } from './places.js';
import {
  bnplDecision,
  charge,
  DAY,
  HOUR,
  type Later,
  MIN,
  type Purchase,
  userId,
  type Window,
} from './purchase.js';
import { shopper } from './shoppers.js';
import {
  crew,
  crewDevice,
  crewIp,
  crews,
  delivered,
  fraudDevice,
  fraudWhen,
  freshBuyer,
  throwaway,
} from './fraud-kit.js';

/** Fraud through accounts and identities: takeovers, fake cash-on-delivery orders, BNPL on stolen IDs. */

/**
 * A customer's account taken over (reused passwords, a phished OTP, a swapped SIM): a new device and
 * network, the saved card charged without its CVC, the goods sent to a new address or redirected after
 * checkout. The owner notices and disputes, or complains and is refunded.
 */
export function accountTakeover(rng: Rng, w: Window, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const m = rng.weighted(MARKET_SHARES);
    const victim = shopper(rng, m, w.start);
    const opened = w.start - Math.floor(rng.float(1, 7) * 365 * DAY);
    const at = fraudWhen(rng, w, m);
    const codes = rng.chance(0.25);
    const basket = codes
      ? giftCards(rng, m, rng.int(2, 6))
      : basketOf([line(product(rng, FLAGSHIPS), m)], m, 'card');
    const redirect = !codes && rng.chance(0.25);
    const drop = dropIn(rng, m, rng.chance(0.7) ? 'flat' : 'locker');
    const way = rng.weighted({ vpn: 40, hosting: 15, local: 45 });
    const net =
      way === 'vpn'
        ? rng.pick(VPNS)
        : way === 'hosting'
          ? rng.pick(HOSTING)
          : rng.pick(networksIn(m, 'mobile'));
    const saved = cvcFor(rng, victim.card, true);
    const attempts = [
      charge(
        victim.card,
        rng.chance(0.92),
        Math.round(rng.logNormal(5000, 0.4)),
        'unavailable',
        rng.chance(0.7) ? 'unavailable' : saved,
        'limit_exceeded',
      ),
    ];
    const later: Later[] = [];
    if (redirect) later.push({ type: 'order.updated', afterMs: rng.float(0.3, 6) * HOUR, shipping: drop });
    if (attempts[0]?.ok) {
      if (rng.chance(0.55))
        later.push({
          type: 'dispute.created',
          afterMs: rng.float(5, 40) * DAY,
          reason: rng.pick(['fraudulent', 'unrecognized']),
        });
      else if (rng.chance(0.5))
        later.push({ type: 'refund.created', afterMs: rng.float(2, 10) * DAY, reason: 'fraudulent' });
      if (rng.chance(0.2))
        later.push({ type: 'fraud_warning.created', afterMs: rng.float(2, 9) * DAY, reason: 'fraudulent' });
    } else
      later.push({ type: 'order.cancelled', afterMs: rng.float(20, 80) * MIN, reason: 'payment_failed' });
    return {
      at,
      fraud: true,
      kind: 'account_takeover',
      market: m,
      method: 'card',
      basket,
      billing: victim.home,
      ...(codes ? {} : { shipping: redirect ? victim.home : drop }),
      buyer: { id: userId(rng), email: victim.person.email, name: victim.person.name, createdAt: opened },
      ip: address(rng, net),
      device: fraudDevice(rng),
      attempts,
      later,
    } satisfies Purchase;
  });
}

/**
 * Fake cash-on-delivery orders: rings hoarding White Friday stock, pranks and sabotage, buyers who never
 * mean to pay. They fail the confirmation call, cannot be reached, or refuse at the door.
 */
export function codRefusalRing(rng: Rng, w: Window, n: number): Purchase[] {
  const gangs = crews(rng, n, () => {
    const m = rng.weighted({ EG: 40, SA: 25, MA: 15, AE: 12, JO: 8 });
    return { ...crew(rng, m, { drop: 'flat' }), nets: networksIn(m, 'mobile').slice(0, 2) };
  });
  return Array.from({ length: n }, () => {
    const c = rng.pick(gangs);
    const m = c.market;
    const at = fraudWhen(rng, w, m);
    const deal = rng.chance(0.4) ? rng.pick(DEALS) : undefined;
    const item = deal ? bySku(deal[0]) : product(rng, RESALEABLE);
    const shipping = rng.chance(0.5) ? rng.pick(c.drops) : homeIn(rng, m);
    const how = rng.weighted({
      failed_confirmation_call: 35,
      customer_unreachable: 35,
      delivery_refused: 30,
    });
    const afterMs = how === 'failed_confirmation_call' ? rng.float(4, 30) * HOUR : delivered(rng, m);
    return {
      at,
      fraud: true,
      kind: 'cod_refusal_ring',
      market: m,
      method: 'cod',
      basket: basketOf(
        [line(item, m, item.aed < 3000 && rng.chance(0.25) ? 2 : 1, deal?.[1] ?? 0)],
        m,
        'cod',
      ),
      billing: shipping,
      shipping,
      buyer: freshBuyer(rng, at, throwaway(rng, c, NATIONAL[m]), 0.3),
      ip: crewIp(rng, c),
      device: crewDevice(rng, c),
      attempts: [],
      later: [{ type: 'order.cancelled', afterMs, reason: how }],
    } satisfies Purchase;
  });
}

/**
 * Tabby/Tamara-style instalments opened on stolen or synthetic identities: a new account, a phone under the
 * provider's limit, a drop or locker. The provider declines many; approved ones come back as the provider's
 * fraud claim once the real person is chased for payment.
 */
export function bnplIdentityFraud(rng: Rng, w: Window, n: number): Purchase[] {
  const gangs = crews(rng, n, () =>
    crew(rng, rng.weighted({ AE: 40, SA: 45, KW: 15 }), { drop: rng.chance(0.5) ? 'locker' : 'flat' }),
  );
  const cheap = RESALEABLE.filter((x) => x.aed <= 4500);
  return Array.from({ length: n }, () => {
    const c = rng.pick(gangs);
    const m = c.market;
    const id = resident(rng, m);
    const at = fraudWhen(rng, w, m);
    const ok = rng.chance(0.6);
    const attempts = [bnplDecision(ok, Math.round(rng.logNormal(45_000, 0.5)))];
    if (!ok && rng.chance(0.5))
      attempts.push(bnplDecision(rng.chance(0.35), Math.round(rng.logNormal(180_000, 0.6))));
    const paid = attempts.some((a) => a.ok);
    const later: Later[] = paid
      ? rng.chance(0.7)
        ? [{ type: 'dispute.created', afterMs: rng.float(25, 90) * DAY, reason: 'fraudulent' }]
        : []
      : [{ type: 'order.cancelled', afterMs: rng.float(20, 90) * MIN, reason: 'payment_failed' }];
    const shipping = rng.chance(0.7) ? rng.pick(c.drops) : homeIn(rng, m);
    return {
      at,
      fraud: true,
      kind: 'bnpl_identity_fraud',
      market: m,
      method: 'bnpl',
      basket: basketOf([line(product(rng, cheap), m)], m, 'bnpl'),
      billing: shipping,
      shipping,
      buyer: {
        id: userId(rng),
        email: mailbox(rng, id.first, id.last, c.mail),
        name: id.name,
        createdAt: at - Math.floor(rng.logNormal(25, 1.4) * MIN),
      },
      ip: crewIp(rng, c),
      device: crewDevice(rng, c),
      attempts,
      later,
    } satisfies Purchase;
  });
}
