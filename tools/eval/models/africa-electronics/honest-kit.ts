import { DAY, HOUR, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { basketOf, isDigital, type Line } from './catalog.js';
import { type Card } from './cards.js';
import { type Device } from './devices.js';
import { type Address, pickupStation } from './markets.js';
import { honestPayment, pickMethod } from './payments.js';
import { type Delivery, type Later, type Method, type Purchase } from './purchase.js';
import { type Shopper, type Shoppers } from './shoppers.js';

/** What every honest planner shares: assembling the purchase and the ordinary things that happen after it. */

export interface Ctx {
  window: Window;
  shoppers: Shoppers;
}

export interface Order {
  kind: string;
  at: number;
  lines: Line[];
  delivery?: Delivery;
  method?: Method;
  /** Cards to pay with, first preferred (default: the shopper's). */
  cards?: readonly Card[];
  billing?: Address;
  shipping?: Address;
  ip?: string;
  device?: Device;
  failRate?: number;
  /** The first payment attempt is declined (and the shopper retries). */
  firstFails?: boolean;
  coupon?: string;
}

const COUPONS = ['BLACKFRIDAY', 'BF2026', 'FLASH10', 'APPONLY5', 'NEWUSER'];

/** Where it goes: home most, the office for workers on weekdays, a pickup station for some. */
function deliveryFor(rng: Rng, s: Shopper, lines: Line[]): Delivery {
  if (lines.every(isDigital)) return 'digital';
  return rng.weighted({ home: 62, office: s.office ? 18 : 0, pickup: 20 });
}

function shippingFor(rng: Rng, s: Shopper, d: Delivery): Address | undefined {
  if (d === 'digital') return undefined;
  if (d === 'office' && s.office) return s.office;
  if (d === 'pickup') return pickupStation(rng, s.market);
  return s.home;
}

/** An honest shopper's order, paid their usual way, with what ordinarily follows. */
export function honestOrder(rng: Rng, ctx: Ctx, s: Shopper, o: Order): Purchase {
  const delivery = o.delivery ?? deliveryFor(rng, s, o.lines);
  const basket = basketOf(s.market, o.lines, delivery === 'pickup');
  const shipping = o.shipping ?? shippingFor(rng, s, delivery);
  const cards = o.cards ?? s.cards;
  const method =
    o.method ??
    pickMethod(rng, s.market, s.city.big && delivery !== 'pickup', basket.amount, delivery === 'digital');
  const billing = o.billing ?? s.home;
  const paid = honestPayment(rng, s.market, method, cards, {
    failRate: o.failRate ?? 0.1,
    firstFails: o.firstFails ?? false,
    billingMatches: billing.country === cards[0]?.country,
  });
  const p: Purchase = {
    at: o.at,
    fraud: false,
    kind: o.kind,
    market: s.market,
    basket,
    buyer: ctx.shoppers.buyer(rng, s, o.at),
    billing,
    ...(shipping ? { shipping } : {}),
    delivery,
    method,
    attempts: paid.attempts,
    later: paid.later,
    ip: o.ip ?? ctx.shoppers.ip(rng, s),
    device: o.device ?? s.device,
    ...(o.coupon ? { coupon: o.coupon } : rng.chance(0.18) ? { coupon: rng.pick(COUPONS) } : {}),
  };
  p.later.push(...afterwards(rng, p));
  return p;
}

/**
 * What honest orders see later: an address fix or a switch to a pickup station, a cancellation before
 * dispatch (refunded if paid), a return within the week (dead on arrival, wrong model, changed mind), a
 * partial refund, and now and then a dispute an honest buyer opens: a double debit after a retry, or a late
 * delivery they gave up on.
 */
function afterwards(rng: Rng, p: Purchase): Later[] {
  const out: Later[] = [];
  const paidNow = p.attempts.some((a) => a.ok);
  const settled = paidNow || p.later.some((l) => l.type === 'payment.succeeded');
  const cancelled = p.later.some((l) => l.type === 'order.cancelled');
  if (cancelled) return out;
  if (p.shipping && rng.chance(0.03))
    out.push({
      type: 'order.updated',
      afterMs: rng.int(10, 300) * MINUTE,
      shipping: { ...p.shipping, line1: `${p.shipping.line1 ?? ''}, near the junction` },
    });
  const roll = rng.next();
  if (roll < 0.02) {
    out.push({ type: 'order.cancelled', afterMs: rng.int(20, 600) * MINUTE, reason: 'customer_request' });
    if (paidNow)
      out.push({ type: 'refund.created', afterMs: rng.int(12, 30) * HOUR, reason: 'order_cancelled' });
  } else if (roll < 0.055 && settled && p.delivery !== 'digital') {
    const reason = rng.weighted({ defective: 40, wrong_item: 20, changed_mind: 30, not_as_described: 10 });
    out.push({ type: 'refund.created', afterMs: Math.floor(rng.float(4, 12) * DAY), reason });
  } else if (roll < 0.065 && settled) {
    const part = Math.floor((p.basket.amount * rng.float(0.05, 0.25)) / 100) * 100;
    out.push({
      type: 'refund.created',
      afterMs: Math.floor(rng.float(1, 6) * DAY),
      reason: 'price_adjustment',
      amount: part,
    });
  } else if (roll < 0.071 && paidNow && p.method === 'card') {
    const reason =
      p.attempts.length > 1 ? 'duplicate' : rng.pick(['product_not_received', 'product_unacceptable']);
    out.push({ type: 'dispute.created', afterMs: Math.floor(rng.float(8, 45) * DAY), reason });
  }
  return out;
}
