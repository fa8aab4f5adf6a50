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
import { afterOrder, checksOf, reasonOf, shownCardOf } from '../kit/timeline.js';
import { type Attempt, type LaterEvent, type Purchase } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the card first
 * tried, when it is a card), one `payment.succeeded` / `payment.failed` per authorisation (card checks and 3-D
 * Secure on cards, checks without 3-D Secure on Apple Pay, none for PayPal, Interac or gift cards), an
 * e-Transfer's or an invoice's `payment.succeeded` when the money arrives, a pickup's when paid at the counter;
 * then fulfilment (`order.updated` with a status and, when shipped, a tracking number), readdressing,
 * cancellations, refunds, early fraud warnings and disputes. Extra fields Vigil ignores: `fulfilment`,
 * `locale`, `shippingFee`, `tax`, `discountCode`, `discount`, `giftNote`, `company`, `recipients`, `seating`,
 * `recipientEmail`, `threeDSecure`, `status`, `carrier`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  locale?: string;
  shippingFee?: number;
  tax?: number;
  discountCode?: string;
  discount?: number;
  giftNote?: string;
  company?: { name: string; taxId: string };
  recipients?: number;
  seating?: string;
  recipientEmail?: string;
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
    paymentMethod: a?.method ?? p.method,
    fulfilment: p.fulfilment,
    locale: p.locale,
    shippingFee: b.shippingFee,
    tax: b.tax,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.recipients !== undefined ? { recipients: p.recipients } : {}),
    ...(p.seating !== undefined
      ? { seating: new Date(p.seating).toISOString().replace(/\.\d{3}Z$/, 'Z') }
      : {}),
    ...(p.recipientEmail ? { recipientEmail: p.recipientEmail } : {}),
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
  carrier: string,
  tracking: string,
): TimedBody[] {
  let shipping = p.shipping;
  const first = p.attempts[0];
  return afterOrder<Attempt, LaterEvent>(eventMaker(ids), p, {
    created: order(p, first, p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l) => {
      if ('shipping' in l && l.shipping) shipping = l.shipping;
      const status = 'status' in l && l.status ? l.status : undefined;
      const shipped = status === 'shipped' || status === 'delivered';
      return {
        ...order(p, undefined, shipping),
        ...reasonOf(l),
        ...(status ? { status } : {}),
        ...(shipped ? { carrier, trackingNumber: tracking } : {}),
      };
    },
    settle: (l) => {
      const method = 'method' in l ? l.method : p.method;
      return { method, data: { ...paymentOpening(p), paymentMethod: method } };
    },
    refundCancelled: false,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 8 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const us = p.shipping?.country === 'US';
  const carrier = p.fulfilment === 'courier' ? (us ? 'UPS' : 'Purolator') : 'Postes Canada';
  const tracking =
    carrier === 'UPS'
      ? `1Z${rng.token(6).toUpperCase()}${rng.digits(10)}`
      : carrier === 'Purolator'
        ? rng.digits(12)
        : rng.digits(16);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, carrier, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 8 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
