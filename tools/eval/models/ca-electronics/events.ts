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
import { afterCapture, checksOf, reasonOf, releasedAt, shownCardOf } from '../kit/timeline.js';
import { type Attempt, type LaterEvent, type Purchase } from './purchase.js';

/**
 * The store's platform posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried), one `payment.succeeded` / `payment.failed` per authorisation (AVS, CVC and 3-D Secure for
 * cards and wallets; none for PayPal, Interac Online, gift cards or Affirm), `order.cancelled` when nothing was
 * paid, then fulfilment (`order.updated` with a status: shipped, delivered, ready for pickup, picked up, an
 * address changed in transit), cancellations, refunds, early fraud warnings and disputes, money events only
 * after a capture. Extra fields Vigil ignores: `fulfilment`, `locale`, `channel`, `discountCode`, `discount`,
 * `ehf`, `shippingFee`, `tax`, `taxProvince`, `pickup`, `giftRecipient`, `giftMessage`, `company`,
 * `threeDSecure`, `status`, `carrier`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  ehf?: number;
  shippingFee?: number;
  tax?: number;
  taxProvince?: string;
  pickup?: { store: string; person: string };
  giftRecipient?: string;
  giftMessage?: boolean;
  company?: { name: string; gstNumber?: string; po?: string };
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
    channel: p.channel,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    ehf: b.ehf,
    shippingFee: b.shippingFee,
    tax: b.tax,
    taxProvince: b.taxProvince,
    ...(p.pickup ? { pickup: { ...p.pickup } } : {}),
    ...(p.giftRecipient ? { giftRecipient: p.giftRecipient } : {}),
    ...(p.giftMessage ? { giftMessage: true } : {}),
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

const TRACKED = new Set(['shipped', 'delivered', 'address_changed']);

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // The cart's stock hold is released twenty minutes to an hour after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 20, 40), reason: 'payment_failed' }),
    updated: (l: LaterEvent, paid) => {
      shipping = l.shipping ?? shipping;
      return {
        ...order(p, paid, shipping),
        ...reasonOf(l),
        ...(l.status ? { status: l.status } : {}),
        ...(l.carrier ? { carrier: l.carrier } : {}),
        ...(l.status && TRACKED.has(l.status) ? { trackingNumber: tracking } : {}),
      };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = `${rng.pick(['7', 'D', '1Z'])}${rng.digits(15)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 15 * 60_000],
    median: 700,
    spread: 0.7,
  });
}
