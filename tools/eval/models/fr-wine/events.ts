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
 * The merchant's shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried), one `payment.succeeded` / `payment.failed` per authorisation (card checks and 3-D Secure
 * for cards and wallets; none for PayPal, Alipay, WeChat Pay or transfers, posted when the money arrives),
 * `order.cancelled` when nothing was paid, then fulfilment (`order.updated` with a status), address changes,
 * cancellations, refunds, early fraud warnings and disputes, money events only after a capture. Extra fields
 * Vigil ignores: `fulfilment`, `duty`, `locale`, `channel`, `discountCode`, `discount`, `shippingFee`,
 * `giftNote`, `company`, `ageConfirmed`, `threeDSecure`, `status`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  duty?: string;
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  giftNote?: string;
  company?: { name: string; vatId: string };
  ageConfirmed?: boolean;
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
    duty: b.duty,
    locale: p.locale,
    channel: p.renewal ? 'subscription' : 'web',
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ageConfirmed: p.ageConfirmed,
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
    // The basket is released half an hour to an hour after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 30, 30), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s !== 'collected', { trackingNumber: tracking });
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1 % are retried 30 s – 10 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = `${rng.pick(['1Z', 'JD', 'XW'])}${rng.digits(12)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.01,
    retry: [30_000, 10 * 60_000],
    median: 600,
    spread: 0.6,
  });
}
