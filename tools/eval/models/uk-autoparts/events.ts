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
import { type Vehicle } from './people.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The store posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first card
 * tried), one `payment.succeeded` / `payment.failed` per attempt (card checks and 3-D Secure for cards and
 * wallets; none for PayPal, Klarna or the trade account), `order.cancelled` half an hour after a checkout that
 * never paid, then fulfilment (`order.updated` with a status: shipped, delivered, delivered to the garage,
 * fitted, ready for collection, collected, address changed), cancellations, refunds, early fraud warnings and
 * disputes, money events only after a capture. Extra fields Vigil may ignore: `fulfilment`, `channel`,
 * `vehicle`, `garage`, `branch`, `recipient`, `company`, `giftMessage`, `discountCode`, `discount`,
 * `shippingFee`, `threeDSecure`, `status`, `carrier`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  channel?: string;
  vehicle?: Vehicle;
  garage?: { id: string; name: string };
  branch?: string;
  recipient?: string;
  company?: { name: string; vatId: string; terms: boolean };
  giftMessage?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
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
    fulfilment: p.fulfilment,
    channel: p.channel,
    ...(p.vehicle ? { vehicle: { ...p.vehicle } } : {}),
    ...(p.garage ? { garage: { ...p.garage } } : {}),
    ...(p.branch ? { branch: p.branch } : {}),
    ...(p.recipient ? { recipient: p.recipient } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(b.discountCode ? { discountCode: b.discountCode, discount: b.discount ?? 0 } : {}),
    shippingFee: b.shippingFee,
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

const carrierOf = (p: Purchase): string => {
  if (p.fulfilment === 'workshop_delivery') return 'branch_van';
  if (p.fulfilment === 'garage_fitting') return 'tyre_network';
  const country = p.shipping?.country ?? 'GB';
  if (country === 'IE') return 'an_post';
  if (country !== 'GB') return 'dhl_express';
  return p.basket.amount > 50_000 ? 'dpd' : 'royal_mail';
};

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  const carrier = carrierOf(p);
  const tracked = (s: string) => s === 'shipped' || s === 'delivered' || s === 'delivered_to_garage';
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // The basket is released 30–45 minutes after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 30, 15), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, tracked, { carrier, trackingNumber: tracking });
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 30 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = `${rng.pick(['JD', 'TT', '15'])}${rng.digits(12)}GB`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [30_000, 15 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
