import { type LabelledWebhook } from '../../traffic-model.js';
import {
  categorisedItemsOf,
  connectionOf,
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
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The store's platform posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried), one `payment.succeeded` / `payment.failed` per authorisation (card checks and 3-D Secure for
 * cards and wallets; none for PayPal, Afterpay or Zip), `order.cancelled` when nothing was paid, then fulfilment
 * (`order.updated` with a status and tracking), address changes (from the session that made them), cancellations,
 * refunds, early fraud warnings and disputes, money events only after a capture. Extra fields Vigil ignores:
 * `fulfilment`, `channel`, `collectAt`, `company`, `discountCode`, `discount`, `pointsRedeemed`, `shippingFee`,
 * `threeDSecure`, `status`, `trackingNumber`, `carrier`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  channel?: string;
  collectAt?: string;
  company?: { name: string; abn: string };
  discountCode?: string;
  discount?: number;
  pointsRedeemed?: number;
  shippingFee?: number;
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
  carrier?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    fulfilment: p.fulfilment,
    channel: p.channel,
    ...(p.collectAt ? { collectAt: p.collectAt } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(b.code ? { discountCode: b.code } : {}),
    ...(b.points ? { pointsRedeemed: b.points } : {}),
    discount: b.discount,
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

const tracked = (s: string) => s === 'shipped' || s === 'delivered';

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  tracking: Record<string, string>,
): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // An unpaid checkout is released after 45 minutes to an hour and a quarter.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 45, 30), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const from = l.ip !== undefined && l.device !== undefined ? connectionOf(l.ip, l.device) : {};
      return { ...order(p, paid, shipping), ...from, ...reasonOf(l), ...statusOf(l, tracked, tracking) };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 8 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const international = p.fulfilment === 'international';
  const tracking = international
    ? {
        trackingNumber: `${rng.pick(['LX', 'CX', 'EE'])}${rng.digits(9)}AU`,
        carrier: 'australia_post_international',
      }
    : p.fulfilment === 'express'
      ? { trackingNumber: `${rng.pick(['CPH', 'TNT', 'ARA'])}${rng.digits(10)}`, carrier: 'courier' }
      : {
          trackingNumber: `${rng.digits(2)}${rng.token(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${rng.digits(8)}`,
          carrier: 'australia_post',
        };
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 8 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
