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
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first card
 * tried), one `payment.succeeded` / `payment.failed` per attempt (card checks and 3-D Secure for cards and
 * wallets; none for Bizum, PayPal, Klarna or a transfer, which arrives days later), `order.cancelled` when
 * nothing was paid, then fulfilment (`order.updated` with a status and, once shipped, the carrier and
 * tracking number), address changes, cancellations, refunds, early fraud warnings and disputes, money events
 * only after a capture. Extra fields Vigil ignores: `delivery`, `locale`, `channel`, `discountCode`,
 * `discount`, `shippingFee`, `giftMessage`, `club`, `threeDSecure`, `status`, `carrier`, `trackingNumber`,
 * item names and categories.
 */

type Data = EventData & {
  delivery?: string;
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  giftMessage?: string;
  club?: { name: string; taxId: string };
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
    locale: p.locale,
    channel: p.channel,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(p.club ? { club: { ...p.club } } : {}),
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

const TRACKED = new Set(['shipped', 'delivered']);

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  tracking: { carrier: string; trackingNumber: string },
): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // The basket is released 30 to 59 minutes after the last failed try (a transfer never fails).
    unpaid: (t) => ({ at: releasedAt(t, p.at, 30, 30), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const shipped = p.delivery !== 'email' && p.delivery !== 'store_pickup';
      return {
        ...order(p, paid, shipping),
        ...reasonOf(l),
        ...statusOf(l, (s) => shipped && TRACKED.has(s), tracking),
      };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** The carrier and a tracking number in its style. */
function trackingOf(rng: Rng, region: Purchase['region']): { carrier: string; trackingNumber: string } {
  if (region === 'ES') {
    const carrier = rng.pick(['Correos Express', 'SEUR', 'MRW', 'GLS']);
    return {
      carrier,
      trackingNumber:
        carrier === 'Correos Express' ? `${rng.digits(16)}` : rng.digits(carrier === 'SEUR' ? 14 : 12),
    };
  }
  if (region === 'EU')
    return { carrier: rng.pick(['GLS', 'DHL Parcel', 'UPS']), trackingNumber: `JJD${rng.digits(18)}` };
  if (region === 'UK') return { carrier: 'DHL Express', trackingNumber: rng.digits(10) };
  return { carrier: rng.pick(['DHL Express', 'FedEx']), trackingNumber: rng.digits(12) };
}

/** Posted within a second or so; 1 % are retried 30 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = trackingOf(rng, p.region);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.01,
    retry: [30_000, 15 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
