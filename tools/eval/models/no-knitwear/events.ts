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
import { type Delivery } from './catalogue.js';
import { STOREFRONTS } from './places.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The shop's platform posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried), one `payment.succeeded` / `payment.failed` per authorisation (card checks and 3-D Secure for
 * cards and wallets; none for Vipps, MobilePay, Klarna, PayPal, gift cards or invoices), `order.cancelled` when
 * nothing was paid, then fulfilment (`order.updated` with a status and tracking), address changes,
 * cancellations, refunds, early fraud warnings and disputes, money events only after a capture. Extra fields
 * Vigil ignores: `locale`, `delivery`, `shippingFee`, `duties`, `discountCode`, `discount`, `phone`,
 * `recipientName`, `recipientEmail`, `giftNote`, `company`, `threeDSecure`, `status`, `carrier`,
 * `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  locale?: string;
  delivery?: Delivery;
  shippingFee?: number;
  duties?: number;
  discountCode?: string;
  discount?: number;
  phone?: string;
  recipientName?: string;
  recipientEmail?: string;
  giftNote?: string;
  company?: { name: string; orgNumber: string };
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
    locale: STOREFRONTS[p.storefront].locale,
    delivery: p.delivery,
    shippingFee: b.shippingFee,
    ...(b.duties > 0 ? { duties: b.duties } : {}),
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    ...(p.phone ? { phone: p.phone } : {}),
    ...(p.recipient
      ? {
          recipientName: p.recipient.name,
          ...(p.recipient.email ? { recipientEmail: p.recipient.email } : {}),
        }
      : {}),
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
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

/** The carrier and a tracking number of its format. */
function tracking(rng: Rng, d: Delivery): { carrier: string; trackingNumber: string } {
  if (d === 'dhl_express') return { carrier: 'DHL Express', trackingNumber: rng.digits(10) };
  if (d === 'nordic_post' || d === 'eu_post')
    return { carrier: 'Posten', trackingNumber: `CP${rng.digits(9)}NO` };
  if (d === 'freight') return { carrier: 'Bring Cargo', trackingNumber: rng.digits(11) };
  return { carrier: 'Bring', trackingNumber: `3707${rng.digits(14)}` };
}

const TRACKED = new Set(['shipped', 'ready_for_pickup', 'delivered']);

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  track: Record<string, string>,
): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // The basket is released twenty minutes to an hour after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 20, 40), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => TRACKED.has(s) && p.delivery !== 'bryggen_pickup', track);
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 12 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const track = tracking(rng, p.delivery);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, track), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 12 * 60_000],
    median: 900,
    spread: 0.7,
  });
}
