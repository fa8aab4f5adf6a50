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
 * The shop's web shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout, one
 * `payment.succeeded` / `payment.failed` per card or wallet authorisation (card, checks and 3-D Secure for cards
 * only), a `payment.succeeded` when a transfer arrives, the courier hands over cash, or the buyer pays at the
 * shop; fulfilment as `order.updated` with a status, cancellations, refunds, early fraud warnings and disputes.
 * Extra fields Vigil ignores: `delivery`, `locale`, `shippingFee`, `note`, `company`, `threeDSecure`, `status`,
 * `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  delivery?: string;
  locale?: string;
  shippingFee?: number;
  note?: string;
  company?: { name: string; oib: string };
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
};

function order(p: Purchase, shipping: Address | undefined): Data {
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(p.attempts[0]),
    items: categorisedItemsOf(p.basket.lines),
    paymentMethod: p.method,
    delivery: p.delivery,
    locale: p.locale,
    shippingFee: p.basket.shippingFee,
    ...(p.note ? { note: p.note } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
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

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l) => {
      shipping = l.shipping ?? shipping;
      const tracked = (s: string) => s === 'shipped' || s === 'delivered';
      return { ...order(p, shipping), ...reasonOf(l), ...statusOf(l, tracked, { trackingNumber: tracking }) };
    },
    settle: (l) => {
      const method = l.method ?? p.method;
      return { method, data: { ...paymentOpening(p), paymentMethod: method } };
    },
    refundCancelled: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking =
    p.delivery === 'same_day_van'
      ? `VAN-${rng.digits(6)}`
      : `${rng.pick(['GLS', 'OE', 'DHL'])}${rng.digits(11)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 15 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
