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
import { afterOrder, checksOf, reasonOf, shownCardOf, statusOf } from '../kit/timeline.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the payment method
 * chosen and, for a card, the first card tried), one `payment.succeeded` / `payment.failed` per card or PayPal
 * authorisation, `payment.succeeded` when cash is collected on delivery, paid at an agency or a transfer arrives,
 * then `order.updated` (confirmed by phone, shipped, delivered, a new address), `order.cancelled` (unreachable,
 * refused at the door, code expired, payment failed) with a refund when money was taken, refunds, issuers' fraud
 * warnings and disputes. Extra fields Vigil ignores: `delivery`, `locale`, `phone`, `discountCode`, `discount`,
 * `shippingFee`, `threeDSecure`, `status`, `trackingNumber`, `carrier`, item names and categories.
 */

type Data = EventData & {
  delivery?: string;
  locale?: string;
  phone?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
  carrier?: string;
};

function order(p: Purchase, shipping: Address): Data {
  const b = p.basket;
  const first = p.attempts[0];
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(first),
    items: categorisedItemsOf(b.lines),
    paymentMethod: p.method,
    delivery: p.delivery,
    locale: p.locale,
    phone: p.phone,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
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

const CARRIERS: Record<Purchase['delivery'], string> = {
  amana: 'Amana',
  courier: 'Courier',
  same_day: 'Coursier Marrakech',
  riad: 'Coursier Marrakech',
  post_europe: 'EMS',
  post_america: 'EMS',
  freight: 'Freight',
};

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered', {
        trackingNumber: tracking,
        carrier: CARRIERS[p.delivery],
      });
      return { ...order(p, shipping), ...reasonOf(l), ...status };
    },
    settle: (l) => {
      const method = l.method ?? p.method;
      return { method, data: { ...paymentOpening(p), paymentMethod: method } };
    },
    refundCancelled: true,
  });
}

/** Posted within a second or two; 2 % are retried 20 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking =
    p.delivery === 'post_europe' || p.delivery === 'post_america'
      ? `EE${rng.digits(9)}MA`
      : p.delivery === 'amana'
        ? `AM${rng.digits(10)}`
        : `MK${rng.digits(8)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.02,
    retry: [20_000, 15 * 60_000],
    median: 900,
    spread: 0.7,
  });
}
