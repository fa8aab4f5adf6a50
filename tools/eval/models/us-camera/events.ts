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
import { type Attempt, DAY, type LaterEvent, type Purchase } from './purchase.js';

/**
 * The store's checkout posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried), one `payment.succeeded` / `payment.failed` per authorisation (AVS, card code and 3-D Secure
 * for cards, Apple Pay, Google Pay and the store card; none for PayPal, financing, gift-card balance, net terms or
 * wires, the last posted when the money lands), `order.cancelled` when nothing was paid, then fulfilment
 * (`order.updated` with a status: backordered, shipped, delivered, ready for pickup, picked up, address changed,
 * compliance review, invoice past due), cancellations, refunds, early fraud warnings and disputes, money events
 * only after a capture. Extra fields Vigil ignores: `fulfilment`, `locale`, `channel`, `accountType`, `company`,
 * `discountCode`, `discount`, `shippingFee`, `tax`, `duties`, `pickupPerson`, `giftRecipient`, `giftMessage`,
 * `threeDSecure`, `status`, `carrier`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  locale?: string;
  channel?: string;
  accountType?: string;
  company?: { name: string; ein: string };
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  tax?: number;
  duties?: number;
  pickupPerson?: string;
  giftRecipient?: string;
  giftMessage?: boolean;
  threeDSecure?: string;
  status?: string;
  carrier?: string;
  trackingNumber?: string;
};

const channelOf = (p: Purchase): string => (p.device.userAgent.startsWith('ChelseaCamera/') ? 'app' : 'web');

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    // Only an unpaid wire has no attempt at all.
    paymentMethod: a?.method ?? 'wire_transfer',
    fulfilment: p.fulfilment,
    locale: p.locale,
    channel: channelOf(p),
    ...(p.accountType ? { accountType: p.accountType } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    tax: b.tax,
    duties: b.duties,
    ...(p.pickupPerson ? { pickupPerson: p.pickupPerson } : {}),
    ...(p.giftRecipient ? { giftRecipient: p.giftRecipient } : {}),
    ...(p.giftMessage ? { giftMessage: true } : {}),
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

/** A carrier's tracking number in its own shape. */
function trackingOf(rng: Rng, carrier: string | undefined): string {
  switch (carrier) {
    case 'FedEx':
      return rng.digits(12);
    case 'USPS':
      return `9400${rng.digits(18)}`;
    case 'DHL Express':
      return rng.digits(10);
    default:
      return `1Z${rng.token(6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}03${rng.digits(8)}`;
  }
}

function bodies(rng: Rng, p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  let shipping = p.shipping;
  const tracking = new Map<string, string>();
  const wire = p.attempts.length === 0;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // A failed checkout is released half an hour to an hour after the last try; an unpaid wire after a week.
    unpaid: (t) =>
      wire
        ? { at: t + 7 * DAY, reason: 'payment_not_received' }
        : { at: releasedAt(t, p.at, 30, 30), reason: 'payment_failed' },
    updated: (l: LaterEvent, paid) => {
      shipping = l.shipping ?? shipping;
      const carrier = l.carrier ?? 'UPS';
      const number = tracking.get(carrier) ?? trackingOf(rng, carrier);
      tracking.set(carrier, number);
      const status = statusOf(l, (s) => TRACKED.has(s), { carrier, trackingNumber: number });
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1 % are retried 20 s – 8 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliverAsPosted(bodies(rng, p, { orderId, paymentId }), orderId, rng, {
    retried: 0.01,
    retry: [20_000, 8 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
