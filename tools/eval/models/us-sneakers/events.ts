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
import { afterCapture, cardOf, checksOf, reasonOf, statusOf } from '../kit/timeline.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * Lacefront's storefront posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried), one `payment.succeeded` / `payment.failed` per authorisation (AVS and CVC for cards and
 * wallets, 3-D Secure for European cards; nothing for PayPal, Afterpay or gift cards), `order.cancelled` when
 * nothing was paid, then fulfilment (`order.updated` with a status and tracking), address changes,
 * cancellations, refunds, early fraud warnings and disputes, money events only after a capture. Extra fields
 * Vigil ignores: `fulfilment`, `channel`, `drop`, `checkoutSeconds`, `loyalty`, `locale`, `discountCode`,
 * `discount`, `shippingFee`, `tax`, `giftMessage`, `recipientEmail`, `company`, `threeDSecure`, `status`,
 * `carrier`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  channel?: string;
  drop?: string;
  checkoutSeconds?: number;
  loyalty?: { tier: string; points: number; earlyAccess: boolean };
  locale?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  tax?: number;
  giftMessage?: string;
  recipientEmail?: string;
  company?: string;
  threeDSecure?: string;
  status?: string;
  carrier?: string;
  trackingNumber?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...cardOf(a?.card),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    fulfilment: p.fulfilment,
    channel: p.channel,
    ...(p.drop ? { drop: p.drop } : {}),
    checkoutSeconds: p.checkoutSeconds,
    ...(p.loyalty ? { loyalty: { ...p.loyalty } } : {}),
    locale: p.locale,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    tax: b.tax,
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(p.recipientEmail ? { recipientEmail: p.recipientEmail } : {}),
    ...(p.company ? { company: p.company } : {}),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    ...paymentOpening(p),
    ip: p.ip,
    paymentMethod: a.method,
    ...cardOf(a.card),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  carrier: string,
  tracking: string,
): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // Checkout holds the pairs for 15 minutes after the last declined try (drop stock goes back in the pool).
    unpaid: (t) => ({ at: t + 15 * 60_000, reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const shipped = (s: string) => (s === 'shipped' || s === 'delivered') && p.fulfilment !== 'email';
      const status = statusOf(l, shipped, { carrier, trackingNumber: tracking });
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: (a) => cardOf(a.card),
    capRefunds: true,
  });
}

/** Posted within a second or so; 1 % are retried 30 s – 10 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const abroad = p.shipping !== undefined && p.shipping.country !== 'US';
  const carrier = abroad ? rng.pick(['fedex', 'ups', 'usps']) : rng.pick(['ups', 'usps', 'usps', 'fedex']);
  const tracking =
    carrier === 'ups'
      ? `1Z${rng.token(6).toUpperCase()}${rng.digits(10)}`
      : carrier === 'usps'
        ? `9400${rng.digits(18)}`
        : rng.digits(12);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, carrier, tracking), orderId, rng, {
    retried: 0.01,
    retry: [30_000, 10 * 60_000],
    median: 500,
    spread: 0.6,
  });
}
