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
import { type Place } from './places.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first card
 * tried), one `payment.succeeded` / `payment.failed` per authorisation (AVS and CVC for cards and the store card;
 * none for PayPal, Affirm or gift cards), `order.cancelled` when nothing was paid, then fulfilment
 * (`order.updated` with a status: shipped, delivered, ready for pickup, picked up, an address changed),
 * cancellations, refunds, early fraud warnings and disputes, money events only after a capture. Extra fields
 * Vigil ignores: `fulfilment`, `channel`, `rewardsNumber`, `pickupStore`, `pickupPerson`, `recipient`,
 * `giftWrap`, `giftMessage`, `registryId`, `organisation`, `discountCode`, `discount`, `shippingFee`,
 * `giftWrapFee`, `tax`, `threeDSecure`, `status`, `trackingNumber`, `carrier`, item names and categories, and each
 * address's `region` (state or province).
 */

type Data = EventData & {
  fulfilment?: string;
  channel?: string;
  rewardsNumber?: string;
  pickupStore?: string;
  pickupPerson?: string;
  recipient?: { name: string; email?: string };
  giftWrap?: boolean;
  giftMessage?: string;
  registryId?: string;
  organisation?: Purchase['organisation'];
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  giftWrapFee?: number;
  tax?: number;
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
  carrier?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Place | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    fulfilment: p.fulfilment,
    channel: p.channel,
    ...(p.rewards ? { rewardsNumber: p.rewards } : {}),
    ...(p.pickupStore ? { pickupStore: p.pickupStore } : {}),
    ...(p.pickupPerson ? { pickupPerson: p.pickupPerson } : {}),
    ...(p.recipient ? { recipient: { ...p.recipient } } : {}),
    ...(b.giftWrapFee > 0 ? { giftWrap: true, giftWrapFee: b.giftWrapFee } : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(p.registryId ? { registryId: p.registryId } : {}),
    ...(p.organisation ? { organisation: { ...p.organisation } } : {}),
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    tax: b.tax,
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

const CARRIERS: Readonly<Record<string, readonly [string, string]>> = {
  ups: ['UPS', '1Z'],
  fedex: ['FedEx', ''],
  usps: ['USPS', '9400'],
};

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  tracking: { carrier: string; number: string },
): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // The cart's hold on stock is released 20–45 minutes after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 20, 26), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered', {
        trackingNumber: tracking.number,
        carrier: tracking.carrier,
      });
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 30 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const key =
    p.fulfilment === 'apo'
      ? 'usps'
      : rng.weightedPick<string>([
          ['ups', 40],
          ['fedex', 25],
          ['usps', 35],
        ]);
  const [carrier, prefix] = CARRIERS[key] ?? ['UPS', '1Z'];
  const number =
    prefix === '1Z'
      ? `1Z${rng.token(6).toUpperCase()}${rng.digits(10)}`
      : `${prefix}${rng.digits(prefix ? 18 : 12)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, { carrier, number }), orderId, rng, {
    retried: 0.015,
    retry: [30_000, 15 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
