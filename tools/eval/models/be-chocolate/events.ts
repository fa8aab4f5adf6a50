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
 * tried), one `payment.succeeded` / `payment.failed` per authorisation (card checks and 3-D Secure for cards,
 * Bancontact and wallets; none for iDEAL, PayPal, Klarna or transfers, which are posted when the money
 * arrives), `order.cancelled` when nothing was paid, then fulfilment (`order.updated` with a status), address
 * changes, cancellations, refunds, early fraud warnings and disputes, money events only after a capture. Extra
 * fields Vigil ignores: `fulfilment`, `locale`, `channel`, `shownCurrency`, `discountCode`, `discount`,
 * `loyaltyPoints`, `shippingFee`, `giftNote`, `giftRecipient`, `company`, `threeDSecure`, `status`,
 * `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  locale?: string;
  channel?: string;
  shownCurrency?: string;
  discountCode?: string;
  discount?: number;
  loyaltyPoints?: number;
  shippingFee?: number;
  giftNote?: string;
  giftRecipient?: string;
  company?: { name: string; vatId: string };
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
    locale: p.locale,
    channel: p.renewal ? 'subscription' : 'web',
    ...(p.shownIn ? { shownCurrency: p.shownIn } : {}),
    ...(b.discount > 0 ? { discount: b.discount } : {}),
    ...(b.code ? { discountCode: b.code } : {}),
    ...(b.points ? { loyaltyPoints: b.points } : {}),
    shippingFee: b.shippingFee,
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.recipient ? { giftRecipient: p.recipient } : {}),
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

const tracked = (s: string) => s === 'shipped' || s === 'delivered';

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // An unpaid basket is released 20 to 50 minutes after the last failed try; a subscription at once.
    unpaid: (t) => ({
      at: p.renewal ? t + 60_000 : releasedAt(t, p.at, 20, 30),
      reason: p.renewal ? 'renewal_failed' : 'payment_failed',
    }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      return {
        ...order(p, paid, shipping),
        ...reasonOf(l),
        ...statusOf(l, tracked, { trackingNumber: tracking }),
      };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = p.fulfilment === 'post' ? `32${rng.digits(22)}` : `JD${rng.digits(16)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 15 * 60_000],
    median: 700,
    spread: 0.7,
  });
}
