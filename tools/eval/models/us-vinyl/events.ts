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
 * The store's shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first
 * card tried), one `payment.succeeded` / `payment.failed` per authorisation (AVS, CVC and 3-D Secure for cards,
 * Apple Pay and Shop Pay; none for PayPal, Shop Pay Installments or a store gift card), `order.cancelled` when
 * nothing was paid, then fulfilment (`order.updated` with a status and, for parcels, a tracking number), address
 * changes, cancellations, refunds, early fraud warnings and disputes, money events only after a capture. Extra
 * fields Vigil ignores: `fulfilment`, `shippingMethod`, `shippingFee`, `tax`, `discountCode`, `discount`,
 * `locale`, `drop`, `giftNote`, `recipientEmail`, `company`, `threeDSecure`, `status`, `trackingNumber`,
 * `carrier`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  shippingMethod?: string;
  shippingFee?: number;
  tax?: number;
  discountCode?: string;
  discount?: number;
  locale?: string;
  drop?: string;
  giftNote?: string;
  recipientEmail?: string;
  company?: { name: string; ein: string };
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
    shippingMethod: b.shippingMethod,
    shippingFee: b.shippingFee,
    tax: b.tax,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    locale: p.locale,
    ...(p.drop ? { drop: p.drop } : {}),
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.recipientEmail ? { recipientEmail: p.recipientEmail } : {}),
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

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  tracking: Record<string, string>,
): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // Unpaid checkouts are released twenty minutes to an hour after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 20, 40), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered', tracking);
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** USPS tracking: a 22-digit domestic number, or an international one ending in US. */
function trackingOf(rng: Rng, p: Purchase): Record<string, string> {
  const abroad = (p.shipping?.country ?? 'US') !== 'US';
  if (p.basket.shippingMethod === 'ups_ground_freight')
    return { trackingNumber: `1Z${rng.token(16).toUpperCase()}`, carrier: 'ups' };
  return abroad
    ? { trackingNumber: `${rng.pick(['LX', 'CX', 'RB'])}${rng.digits(9)}US`, carrier: 'usps' }
    : { trackingNumber: `9400${rng.digits(18)}`, carrier: 'usps' };
}

/** Posted within a second or so; 1 % are retried 30 s – 10 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = trackingOf(rng, p);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.01,
    retry: [30_000, 10 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
