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
import { afterOrder, checksOf, reasonOf, shownCardOf, statusOf } from '../kit/timeline.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the card of the
 * first try), one `payment.succeeded` / `payment.failed` per card authorisation, transfer or USSD session (card
 * checks and 3-D Secure for cards; the decline reason on a failure), a `payment.succeeded` when a
 * pay-on-delivery order is paid at the door, fulfilment as `order.updated` with a status (and the courier's
 * tracking number once dispatched), an address change, cancellations (a paid order cancelled is refunded a
 * minute later), refunds, early fraud warnings and disputes, money events only once paid. Extra fields Vigil
 * ignores: `fulfilment`, `channel`, `locale`, `discountCode`, `discount`, `shippingFee`, `giftNote`, `company`,
 * `note`, `threeDSecure`, `status`, `trackingNumber`, `carrier`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  channel?: string;
  locale?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  giftNote?: string;
  company?: { name: string; rcNumber: string };
  note?: string;
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
  carrier?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: p.method,
    fulfilment: p.fulfilment,
    channel: p.channel,
    locale: p.locale,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.note ? { note: p.note } : {}),
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

const TRACKED = new Set(['dispatched', 'out_for_delivery', 'delivered', 'collected']);

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  tracking: { trackingNumber: string; carrier: string },
): TimedBody[] {
  let shipping = p.shipping;
  const shown = p.attempts.find((a) => a.ok) ?? p.attempts[0];
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => TRACKED.has(s) && p.fulfilment !== 'pickup', tracking);
      return { ...order(p, shown, shipping), ...reasonOf(l), ...status };
    },
    settle: () => ({
      method: 'pay_on_delivery',
      data: { ...paymentOpening(p), paymentMethod: 'pay_on_delivery' },
    }),
    refundCancelled: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 30 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const abroad = p.fulfilment === 'international';
  const tracking = abroad
    ? { trackingNumber: rng.digits(10), carrier: 'DHL Express' }
    : p.fulfilment === 'same_day'
      ? { trackingNumber: `KW${rng.digits(8)}`, carrier: 'Kwik rider' }
      : { trackingNumber: `GIG${rng.digits(9)}`, carrier: 'GIG Logistics' };
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [30_000, 15 * 60_000],
    median: 900,
    spread: 0.7,
  });
}
