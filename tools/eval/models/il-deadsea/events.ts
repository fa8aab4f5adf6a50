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
 * The store's platform posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with
 * the first card tried), one `payment.succeeded` / `payment.failed` per authorisation (a card's checks, 3-D
 * Secure result, tashlumim and ID check; none for Bit, PayPal or a transfer), `order.cancelled` when nothing
 * was paid, then fulfilment (`order.updated` with a status and a tracking number), readdressing,
 * cancellations, refunds, early fraud warnings and disputes, money events only after a capture. Extra fields
 * Vigil ignores: `delivery`, `locale`, `channel`, `discountCode`, `discount`, `shippingFee`, `giftNote`,
 * `business`, `installments`, `idCheck`, `threeDSecure`, `status`, `trackingNumber`, item names and
 * categories.
 */

type Data = EventData & {
  delivery?: string;
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  giftNote?: string;
  business?: { name: string; taxId: string };
  installments?: number;
  idCheck?: string;
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
    delivery: p.delivery,
    locale: p.locale,
    channel: p.channel,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.business ? { business: { ...p.business } } : {}),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.installments ? { installments: a.installments } : {}),
    ...(a.idCheck ? { idCheck: a.idCheck } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

const TRACKED = new Set(['shipped', 'delivered', 'ready_for_pickup']);

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // An unpaid checkout is released two to three hours after the last try; a transfer that never came, at
    // once.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 120, 60), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => TRACKED.has(s) && p.delivery !== 'email', {
        trackingNumber: tracking,
      });
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Israel Post (RR…IL), the domestic courier's and DHL's tracking numbers. */
function trackingOf(rng: Rng, p: Purchase): string {
  if (p.delivery === 'intl_standard') return `RR${rng.digits(9)}IL`;
  if (p.delivery === 'intl_express') return rng.digits(10);
  return `IL${rng.digits(11)}`;
}

/** Posted within a second or so; 1.5 % are retried 30 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = trackingOf(rng, p);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [30_000, 15 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
