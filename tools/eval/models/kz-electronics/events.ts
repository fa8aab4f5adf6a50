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
import { type Attempt, type Method, type Purchase } from './purchase.js';

/**
 * The store's platform posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried, if any), one `payment.succeeded` / `payment.failed` per authorisation, QR payment or
 * instalment application (card checks and 3-D Secure for cards and wallets only), a `payment.succeeded` when the
 * courier or the pickup point's till takes the money, `order.cancelled` for orders never paid, refused,
 * uncollected or stopped, then fulfilment (`order.updated` with a status), refunds, early fraud warnings and
 * disputes. Extra fields Vigil ignores: `channel`, `locale`, `phone`, `delivery`, `pickupPoint`, `deliveryFee`,
 * `discountCode`, `discount`, `installmentPlan`, `company`, `threeDSecure`, `status`, `trackingNumber`, item
 * names and categories.
 */

type Data = EventData & {
  channel?: string;
  locale?: string;
  phone?: string;
  delivery?: string;
  pickupPoint?: string;
  deliveryFee?: number;
  discountCode?: string;
  discount?: number;
  installmentPlan?: string;
  company?: { name: string; bin: string };
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
};

/** Payments nobody can charge back through a card scheme: QR in the bank's app, cash, transfers. */
const NO_CHARGEBACK: ReadonlySet<Method> = new Set(['qr', 'cod', 'pay_in_store', 'bank_transfer']);

const TRACKED = (s: string): boolean => ['shipped', 'out_for_delivery', 'delivery_scheduled'].includes(s);

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? p.payLater ?? 'card',
    ...(a?.plan ? { installmentPlan: a.plan } : {}),
    channel: p.channel,
    locale: p.locale,
    phone: p.phone,
    delivery: p.delivery,
    ...(p.pickupPoint ? { pickupPoint: p.pickupPoint } : {}),
    deliveryFee: b.deliveryFee,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
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
    ...(a.plan ? { installmentPlan: a.plan } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  const paidBy = p.attempts.find((a) => a.ok);
  // The order as fulfilment updates show it, rebuilt only when the delivery address changes.
  let current = order(p, paidBy, shipping);
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l) => {
      if (l.shipping) {
        shipping = l.shipping;
        current = order(p, paidBy, shipping);
      }
      return { ...current, ...reasonOf(l), ...statusOf(l, TRACKED, { trackingNumber: tracking }) };
    },
    skip: (l, paid) =>
      (l.type === 'dispute.created' || l.type === 'fraud_warning.created') &&
      (!paid || NO_CHARGEBACK.has(paid.method)),
    settle: (l) => {
      const method = l.method ?? p.payLater ?? 'cod';
      return { method, data: { ...paymentOpening(p), paymentMethod: method } };
    },
    refundCancelled: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = p.delivery === 'cross_border' ? `CB${rng.digits(9)}KZ` : `SHN${rng.digits(10)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 15 * 60_000],
    median: 700,
    spread: 0.7,
  });
}
