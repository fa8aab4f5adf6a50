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
 * first card tried), one `payment.succeeded` / `payment.failed` per attempt (card checks and 3-D Secure for
 * cards; none for PayPal, Yape or a transfer, which is posted when the money arrives), `order.cancelled` when
 * nothing was paid, then fulfilment (`order.updated` with a status and a DHL or Olva tracking number), address
 * changes, cancellations, refunds, early fraud warnings and disputes, money events only after a capture. Extra
 * fields Vigil ignores: `fulfilment`, `locale`, `referrer`, `discountCode`, `discount`, `shippingFee`,
 * `giftNote`, `company`, `invoice`, `threeDSecure`, `status`, `carrier`, `trackingNumber`, item names and
 * categories.
 */

type Data = EventData & {
  fulfilment?: string;
  locale?: string;
  referrer?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  giftNote?: string;
  company?: { name: string; taxId?: string };
  invoice?: string;
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
    locale: p.locale,
    referrer: p.referrer,
    ...(b.code ? { discountCode: b.code } : {}),
    ...(b.discount > 0 ? { discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.invoice ? { invoice: p.invoice } : {}),
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

const carrierOf = (p: Purchase): string =>
  p.fulfilment === 'dhl_express' || p.fulfilment === 'dhl_freight'
    ? 'DHL'
    : p.fulfilment === 'courier_province'
      ? 'Olva Courier'
      : 'Sumaq Fibra courier';

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  const tracked = { carrier: carrierOf(p), trackingNumber: tracking };
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // An unpaid basket is released an hour or two after the last failed try (a transfer's reservation expires).
    unpaid: (t) => ({ at: releasedAt(t, p.at, 60, 60), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered', tracked);
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 8 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const dhl = p.fulfilment === 'dhl_express' || p.fulfilment === 'dhl_freight';
  const tracking = dhl ? rng.digits(10) : `${rng.pick(['OL', 'SF'])}${rng.digits(9)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 8 * 60_000],
    median: 800,
    spread: 0.7,
  });
}
