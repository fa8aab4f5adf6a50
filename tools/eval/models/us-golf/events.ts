import { type LabelledWebhook } from '../../traffic-model.js';
import {
  categorisedItemsOf,
  deliverAsPosted,
  type EventData,
  eventMaker,
  orderOpening,
  paymentOpening,
  type TimedBody,
} from '../kit/events.js';
import { type Rng } from '../kit/random.js';
import { afterCapture, checksOf, reasonOf, releasedAt, shownCardOf, statusOf } from '../kit/timeline.js';
import { type Where } from './places.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The store's platform posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried), one `payment.succeeded` / `payment.failed` per authorisation (AVS, CVC and, on British and
 * some Mexican cards, 3-D Secure; none for PayPal, Affirm, Klarna, gift cards or transfers), `order.cancelled`
 * when nothing was paid, then fulfilment (`order.updated` with a status: in_build, shipped, scheduled, delivered,
 * ready_for_pickup, picked_up, emailed), address changes, cancellations, refunds, early fraud warnings and
 * disputes, money events only after a capture. Extra fields Vigil ignores: `fulfilment`, `channel`,
 * `pickupStore`, `subtotal`, `discountCode`, `discount`, `priceMatch`, `tradeIn`, `shippingFee`, `tax`,
 * `taxExempt`, `giftMessage`, `recipientEmail`, `company`, `deliveryNote`, `fittingRef`, `threeDSecure`, `status`,
 * `trackingNumber`, `carrier`, item names and categories; addresses carry their state.
 */

type Data = EventData & {
  fulfilment?: string;
  channel?: string;
  pickupStore?: string;
  subtotal?: number;
  discountCode?: string;
  discount?: number;
  priceMatch?: string;
  tradeIn?: { item: string; credit: number };
  shippingFee?: number;
  tax?: number;
  taxExempt?: boolean;
  giftMessage?: string;
  recipientEmail?: string;
  company?: { name: string; taxId?: string };
  deliveryNote?: string;
  fittingRef?: string;
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
  carrier?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Where | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    fulfilment: p.fulfilment,
    channel: p.channel,
    ...(p.pickupStore ? { pickupStore: p.pickupStore } : {}),
    subtotal: b.subtotal,
    ...(b.code ? { discountCode: b.code } : {}),
    ...(b.priceMatch ? { priceMatch: b.priceMatch } : {}),
    ...(b.discount > 0 ? { discount: b.discount } : {}),
    ...(b.tradeIn ? { tradeIn: { ...b.tradeIn } } : {}),
    shippingFee: b.shippingFee,
    tax: b.tax,
    ...(b.taxExempt ? { taxExempt: true } : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(p.recipientEmail ? { recipientEmail: p.recipientEmail } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.deliveryNote ? { deliveryNote: p.deliveryNote } : {}),
    ...(p.fittingRef ? { fittingRef: p.fittingRef } : {}),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

const TRACKED = new Set(['shipped', 'delivered', 'scheduled']);

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  tracking: { trackingNumber: string; carrier: string },
): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // An unpaid checkout is released 20–50 minutes after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 20, 30), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      return { ...order(p, paid, shipping), ...reasonOf(l), ...statusOf(l, (s) => TRACKED.has(s), tracking) };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Tracking as the carrier issues it: UPS and FedEx at home, DHL abroad, a freight line for carts. */
function trackingFor(rng: Rng, p: Purchase): { trackingNumber: string; carrier: string } {
  if (p.fulfilment === 'freight') return { trackingNumber: `PRO${rng.digits(9)}`, carrier: 'estes' };
  if (p.fulfilment === 'international') return { trackingNumber: rng.digits(10), carrier: 'dhl_express' };
  return rng.chance(0.6)
    ? { trackingNumber: `1Z${rng.token(6).toUpperCase()}${rng.digits(10)}`, carrier: 'ups' }
    : { trackingNumber: rng.digits(12), carrier: 'fedex' };
}

/** Posted within a second or so; 1.5 % are retried 20 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = trackingFor(rng, p);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 15 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
