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
 * The shop's platform posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried), one `payment.succeeded` / `payment.failed` per authorisation (card checks and 3-D Secure
 * for cards and wallets, instalments for Turkish cards; none for PayPal or a wire, posted when the money
 * arrives), `order.cancelled` when nothing was paid, then fulfilment (`order.updated` with a status and DHL,
 * FedEx or Yurtiçi tracking), address changes, cancellations, refunds, early fraud warnings and disputes. Extra
 * fields Vigil ignores: `locale`, `channel`, `carrier`, `recipient`, `company`, `giftNote`, `salesRef`,
 * `instalments`, `threeDSecure`, `status`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  locale?: string;
  channel?: string;
  carrier?: string;
  recipient?: string;
  company?: { name: string; taxId: string };
  giftNote?: string;
  salesRef?: string;
  instalments?: number;
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address): Data {
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(p.basket.lines),
    paymentMethod: a?.method ?? 'card',
    locale: p.locale,
    channel: p.channel,
    carrier: p.carrier,
    ...(p.recipient ? { recipient: p.recipient } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.salesRef ? { salesRef: p.salesRef } : {}),
    ...(a?.instalments ? { instalments: a.instalments } : {}),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.instalments ? { instalments: a.instalments } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // An unpaid order is released after 45 minutes to an hour and a half.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 45, 45), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered', { trackingNumber: tracking });
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within about a second; 1.5 % are retried 20 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking =
    p.carrier === 'dhl_express'
      ? rng.digits(10)
      : p.carrier === 'fedex_international'
        ? rng.digits(12)
        : `YK${rng.digits(11)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 15 * 60_000],
    median: 800,
    spread: 0.7,
  });
}
