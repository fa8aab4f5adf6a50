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
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The store's platform posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried), one `payment.succeeded` / `payment.failed` per authorisation (AVS and CVC for cards and
 * wallets, 3-D Secure for British cards; nothing for PayPal, Shop Pay or Affirm), `order.cancelled` when nothing
 * was paid, then fulfilment (`order.updated` with a status and a FedEx tracking number), readdresses,
 * cancellations, refunds, early fraud warnings and disputes, money events only after a capture. Extra fields Vigil
 * ignores: `fulfilment`, `shippingSpeed`, `signatureRequired`, `discountCode`, `discount`, `shippingFee`, `tax`,
 * `loyaltyTier`, `giftMessage`, `recipientEmail`, `company`, `threeDSecure`, `status`, `trackingNumber`, item
 * names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  shippingSpeed?: string;
  signatureRequired?: boolean;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  tax?: number;
  loyaltyTier?: string;
  giftMessage?: string;
  recipientEmail?: string;
  company?: string;
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    fulfilment: p.fulfilment,
    ...(p.fulfilment === 'email' || p.fulfilment === 'showroom_pickup' ? {} : { shippingSpeed: p.speed }),
    signatureRequired: p.signature,
    ...(b.discountCode ? { discountCode: b.discountCode, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    tax: b.tax,
    ...(p.tier ? { loyaltyTier: p.tier } : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(p.recipientEmail ? { recipientEmail: p.recipientEmail } : {}),
    ...(p.company ? { company: p.company } : {}),
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
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // The cart is released twenty minutes to an hour after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 20, 40), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered' || s === 'ready_for_pickup', {
        trackingNumber: tracking,
      });
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = p.fulfilment === 'email' ? `EGC${rng.digits(10)}` : rng.digits(12);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 15 * 60_000],
    median: 700,
    spread: 0.7,
  });
}
