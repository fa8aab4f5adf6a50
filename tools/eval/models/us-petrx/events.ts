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
 * PawPantry's shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (or when the
 * autoship scheduler places a renewal), one `payment.succeeded` / `payment.failed` per authorisation (AVS and
 * card-code results for cards and wallets; none for PayPal, Affirm, Afterpay or gift cards), `order.cancelled`
 * when nothing was paid, then `order.updated` as the vet authorises a prescription and the parcel ships, is
 * delivered or collected, cancellations with refunds, refunds, early fraud warnings and disputes. Extra fields
 * Vigil may ignore: `channel`, `fulfilment`, `pickupStore`, `autoship`, `discountCode`, `discount`,
 * `shippingFee`, `tax`, `vet`, `company`, `giftNote`, `recipient`, `funding`, `threeDSecure`, `status`,
 * `trackingNumber`, item names and categories, and the state (`region`) in addresses.
 */

type Data = EventData & {
  channel?: string;
  fulfilment?: string;
  pickupStore?: string;
  autoship?: { cadenceWeeks: number; first: boolean };
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  tax?: number;
  vet?: { clinic: string; phone: string; pet: string };
  company?: string;
  giftNote?: string;
  recipient?: string;
  funding?: string;
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
    channel: p.channel,
    fulfilment: p.fulfilment,
    ...(p.pickupStore ? { pickupStore: p.pickupStore } : {}),
    ...(p.autoship ? { autoship: { ...p.autoship } } : {}),
    ...(b.discountCode ? { discountCode: b.discountCode, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    tax: b.tax,
    ...(p.vet ? { vet: { ...p.vet } } : {}),
    ...(p.company ? { company: p.company } : {}),
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.recipient ? { recipient: p.recipient } : {}),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...(a.card ? { funding: a.card.funding } : {}),
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
    // The cart is released twenty to forty minutes after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 20, 20), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const shipped = (s: string) => s === 'shipped' || s === 'delivered' || s === 'out_for_delivery';
      return {
        ...order(p, paid, shipping),
        ...reasonOf(l),
        ...statusOf(l, shipped, { trackingNumber: tracking }),
      };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 8 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = rng.chance(0.55)
    ? `1Z${rng.token(6).toUpperCase()}${rng.digits(10)}`
    : `9400${rng.digits(18)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 8 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
