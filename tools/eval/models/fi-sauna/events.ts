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
import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { afterCapture, checksOf, reasonOf, releasedAt, shownCardOf, statusOf } from '../kit/timeline.js';
import { type Attempt, type LaterEvent, type Purchase } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout, one
 * `payment.succeeded` / `payment.failed` per try at the payment service (card checks and 3-D Secure for cards and
 * wallets only), `order.cancelled` when nothing was paid, then fulfilment updates, refunds, warnings and
 * disputes. Extra fields Vigil ignores: `delivery`, `deliverySlot`, `shippingFee`, `discountCode`, `discount`,
 * `locale`, `company`, `reference`, `threeDSecure`, `status`, `carrier`, `trackingNumber`, item names and
 * categories.
 */

type Data = EventData & {
  delivery?: string;
  deliverySlot?: string;
  shippingFee?: number;
  discountCode?: string;
  discount?: number;
  locale?: string;
  company?: { name: string; businessId: string };
  reference?: string;
  threeDSecure?: string;
  status?: string;
  carrier?: string;
  trackingNumber?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    delivery: p.delivery,
    shippingFee: b.shippingFee,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    locale: p.locale,
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.reference ? { reference: p.reference } : {}),
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

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  tracking: Record<string, string>,
): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // The reserved stock is released 20–50 minutes after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 20, 30), reason: 'payment_failed' }),
    updated: (l: LaterEvent, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(
        l,
        (s) => s === 'shipped' || s === 'delivered' || s === 'ready_for_pickup',
        tracking,
      );
      return {
        ...order(p, paid, shipping),
        ...reasonOf(l),
        ...status,
        ...(l.slot ? { deliverySlot: l.slot } : {}),
      };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 8 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const freight = p.delivery === 'freight_slot';
  const tracking = freight
    ? { carrier: 'freight_partner', trackingNumber: `FR${rng.digits(10)}` }
    : { carrier: 'posti', trackingNumber: `JJFI${rng.digits(14)}` };
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 8 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
