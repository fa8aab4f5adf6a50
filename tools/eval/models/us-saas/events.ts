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
import { type Rng } from '../kit/random.js';
import { afterCapture, checksOf, reasonOf, releasedAt, shownCardOf, statusOf } from '../kit/timeline.js';
import { type Attempt, DAY, type Purchase } from './purchase.js';

/**
 * The store's billing system posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (or
 * when it charges a renewal itself, with no IP or device), one `payment.succeeded` / `payment.failed` per
 * authorisation (dunning retries days apart for renewals; an invoice's bank transfer when it arrives),
 * `order.cancelled` when nothing was paid, then `order.updated` when the subscription is active, cancellations,
 * refunds (the $1 trial verification is reversed as a refund), early fraud warnings and disputes, money events
 * only after a capture. No order has a shipping address. Extra fields Vigil ignores: `channel`, `locale`,
 * `interval`, `seats`, `couponCode`, `discount`, `tax`, `company`, `giftRecipient`, `school`, `threeDSecure`,
 * `status`, item names and categories.
 */

type Data = EventData & {
  channel?: string;
  locale?: string;
  interval?: string;
  seats?: number;
  couponCode?: string;
  discount?: number;
  tax?: number;
  company?: { name: string; taxId?: string };
  giftRecipient?: string;
  school?: string;
  threeDSecure?: string;
  status?: string;
};

function order(p: Purchase, a: Attempt | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, undefined),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    channel: p.channel,
    locale: p.locale,
    ...(p.interval ? { interval: p.interval } : {}),
    ...(p.seats ? { seats: p.seats } : {}),
    ...(b.code ? { couponCode: b.code, discount: b.discount } : {}),
    tax: b.tax,
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.giftRecipient ? { giftRecipient: p.giftRecipient } : {}),
    ...(p.school ? { school: p.school } : {}),
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

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  const offSession = p.channel === 'renewal' || p.channel === 'trial_conversion';
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0]),
    payment: (a) => payment(p, a),
    // A checkout is released 20–40 minutes after the last failed try; a renewal is cancelled a day after dunning ends.
    unpaid: (t) =>
      offSession
        ? { at: t + DAY, reason: 'payment_failed_dunning' }
        : { at: releasedAt(t, p.at, 20, 20), reason: 'payment_failed' },
    updated: (l, paid) => ({ ...order(p, paid), ...reasonOf(l), ...statusOf(l) }),
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1 % are retried 30 s – 5 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliverAsPosted(bodies(p, { orderId, paymentId }), orderId, rng, {
    retried: 0.01,
    retry: [30_000, 5 * 60_000],
    median: 450,
    spread: 0.7,
  });
}
