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
 * The store's platform posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried), one `payment.succeeded` / `payment.failed` per authorisation or financing decision (card
 * checks for cards, wallets and the store card; none for PayPal or Affirm), `order.cancelled` when nothing was
 * paid, then fulfilment (`order.updated` with a status, a tracking number for parcels, the delivery appointment
 * window), address changes, cancellations, refunds, early fraud warnings and disputes, money events only after a
 * capture. Extra fields Vigil ignores: `fulfilment`, `channel`, `discountCode`, `discount`, `shippingFee`, `tax`,
 * `company`, `recipientName`, `giftMessage`, `financing`, `deliveryNotes`, `status`, `trackingNumber`,
 * `carrier`, `appointment`, the addresses' `region`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  tax?: number;
  company?: { name: string; tradeId: string; resaleCertificate?: string };
  recipientName?: string;
  giftMessage?: string;
  financing?: { provider: string; months: number; opened: boolean };
  deliveryNotes?: string;
  status?: string;
  trackingNumber?: string;
  carrier?: string;
  appointment?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    fulfilment: b.fulfilment,
    channel: p.channel,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    tax: b.tax,
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.recipient ? { recipientName: p.recipient } : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(p.financing ? { financing: { ...p.financing } } : {}),
    ...(p.deliveryNotes ? { deliveryNotes: p.deliveryNotes } : {}),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...checksOf(a),
    ...(a.decline ? { reason: a.decline } : {}),
    ...((a.method === 'affirm' || a.method === 'store_card') && p.financing
      ? { financing: { ...p.financing } }
      : {}),
  };
}

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  tracking: Record<string, string>,
): TimedBody[] {
  let shipping: Address | undefined = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // The cart's hold on stock is released two to three hours after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 120, 60), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped' || s === 'partially_shipped', tracking);
      return {
        ...order(p, paid, shipping),
        ...reasonOf(l),
        ...status,
        ...(l.appointment ? { appointment: l.appointment } : {}),
      };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 30 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const carrier = rng.pick(['UPS', 'UPS', 'FedEx', 'USPS']);
  const trackingNumber =
    carrier === 'UPS'
      ? `1Z${rng.token(16).toUpperCase()}`
      : carrier === 'FedEx'
        ? rng.digits(12)
        : `9400${rng.digits(18)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, { trackingNumber, carrier }), orderId, rng, {
    retried: 0.015,
    retry: [30_000, 15 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
