import { type Address, type Buyer, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { deliveryFee, type Line, lines, priced, type Theme } from './catalog.js';
import { type Device } from './devices.js';
import { ipIn } from './networks.js';
import { type Customer } from './people.js';
import { type Store } from './places.js';
import {
  type Attempt,
  buyerOf,
  type Fulfillment,
  honestPayment,
  type LaterEvent,
  paid,
  pickupWindow,
  type Purchase,
} from './purchase.js';

/** What every honest planner does alike: the checkout from a customer, and what happens to orders afterwards. */

export interface Checkout {
  kind: string;
  at: number;
  c: Customer;
  fulfillment: Fulfillment;
  theme?: Theme;
  lines?: Line[];
  dropSku?: string;
  store?: Store;
  shipping?: Address;
  billing?: Address;
  pickupPerson?: string;
  ip: string;
  device: Device;
  signedIn?: boolean;
  buyer?: Buyer;
  /** Sales tax where the order is fulfilled, percent. */
  tax: number;
  declineShare?: number;
  matchBilling?: 'good' | 'close';
  attempts?: Attempt[];
  recipientEmail?: string;
}

/** An honest purchase: priced basket, payment, and the later events honest orders see. */
export function checkout(rng: Rng, o: Checkout): Purchase {
  const basketLines = o.lines ?? lines(rng, o.theme ?? 'household', o.dropSku);
  const basket = priced(basketLines, o.tax, deliveryFee(o.fulfillment, basketLines));
  const signedIn = o.signedIn ?? o.c.id !== undefined;
  const attempts =
    o.attempts ?? honestPayment(rng, o.c, signedIn, basket.amount, o.declineShare, o.matchBilling ?? 'good');
  const pickup = o.fulfillment === 'pickup' || o.fulfillment === 'curbside';
  const p: Purchase = {
    at: o.at,
    fraud: false,
    kind: o.kind,
    basket,
    billing: o.billing ?? o.c.home,
    attempts,
    later: [],
    buyer: o.buyer ?? buyerOf(o.c, signedIn),
    ...(pickup && o.store ? { shipping: o.store.address } : o.shipping ? { shipping: o.shipping } : {}),
    fulfillment: o.fulfillment,
    ...(o.store ? { store: o.store } : {}),
    ...(o.pickupPerson ? { pickupPerson: o.pickupPerson } : {}),
    ip: o.ip,
    device: o.device,
    ...(signedIn && o.c.loyaltyId ? { loyaltyId: o.c.loyaltyId } : {}),
    ...(o.recipientEmail ? { recipientEmail: o.recipientEmail } : {}),
    tz: o.c.metro.tz,
  };
  if (paid(p)) p.later = honestLater(rng, p, o.c);
  return p;
}

const REFUND_DISPUTES = ['product_not_received', 'duplicate', 'credit_not_processed', 'product_unacceptable'];

/** Honest after-sales: pickups not collected, cancellations, holiday returns, price adjustments, rare disputes. */
export function honestLater(rng: Rng, p: Purchase, c: Customer): LaterEvent[] {
  const out: LaterEvent[] = [];
  const pickup = p.fulfillment === 'pickup' || p.fulfillment === 'curbside';
  const amount = p.basket.amount;
  const biggest = [...p.basket.lines].sort((a, b) => b.price - a.price)[0];
  if (pickup && rng.chance(0.05)) {
    const who = c.partner ?? c.name;
    out.push({ type: 'order.updated', afterMs: rng.int(20 * MINUTE, 20 * HOUR), pickupPerson: who });
  }
  if (pickup && rng.chance(0.025)) {
    const window = pickupWindow(p.at, p.tz);
    const at = window.to - p.at + rng.int(HOUR, 10 * HOUR);
    out.push({ type: 'order.cancelled', afterMs: at, reason: 'not_picked_up' });
    out.push({ type: 'refund.created', afterMs: at + rng.int(MINUTE, HOUR), reason: 'not_picked_up' });
    return out;
  }
  if (rng.chance(0.012)) {
    const at = rng.int(5 * MINUTE, 90 * MINUTE);
    out.push({ type: 'order.cancelled', afterMs: at, reason: 'requested_by_customer' });
    out.push({
      type: 'refund.created',
      afterMs: at + rng.int(30_000, 20 * MINUTE),
      reason: 'requested_by_customer',
    });
    return out;
  }
  const electronics = p.basket.lines.some((l) => ['tv', 'gaming', 'phones', 'audio'].includes(l.category));
  if (rng.chance(electronics ? 0.07 : 0.045)) {
    const whole = p.basket.lines.length === 1 || rng.chance(0.35);
    const part = biggest
      ? Math.min(amount, Math.round(biggest.price * (1 + (amount / p.basket.subtotal - 1))))
      : amount;
    out.push({
      type: 'refund.created',
      afterMs: rng.int(3 * DAY, 21 * DAY),
      reason: 'returned',
      amount: whole ? amount : part,
    });
  } else if (rng.chance(0.025) && biggest) {
    out.push({
      type: 'refund.created',
      afterMs: rng.int(DAY, 12 * DAY),
      reason: 'price_adjustment',
      amount: Math.max(100, Math.round(biggest.price * rng.float(0.05, 0.2))),
    });
  }
  if (rng.chance(0.0035))
    out.push({
      type: 'dispute.created',
      afterMs: rng.int(12 * DAY, 50 * DAY),
      reason: rng.pick(REFUND_DISPUTES),
    });
  else if (rng.chance(0.0012))
    out.push({ type: 'dispute.created', afterMs: rng.int(15 * DAY, 45 * DAY), reason: 'fraudulent' });
  if (rng.chance(0.001)) out.push({ type: 'fraud_warning.created', afterMs: rng.int(2 * DAY, 12 * DAY) });
  return out;
}

/** Where the customer checks out from: the home line mostly, the phone's carrier otherwise. */
export const homeOrPhone = (rng: Rng, c: Customer, mobileShare: number): string =>
  rng.chance(mobileShare) ? ipIn(rng, c.mobileNet, 0.45) : c.homeIp;
