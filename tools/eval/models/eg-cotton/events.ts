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
import { type Attempt, type Method, type Purchase } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first card
 * tried, or the method chosen: cash on delivery, a Fawry reference, a transfer), one `payment.succeeded` /
 * `payment.failed` per authorisation (card checks and 3-D Secure for cards; none for Apple Pay's CVC,
 * wallets, valU or cash), a later `payment.succeeded` when cash is collected at the door, the Fawry reference
 * is paid at a kiosk or a transfer lands, then `order.updated` for the confirmation call, dispatch, delivery,
 * collection or an address change, `order.cancelled` (unpaid, refused, expired, restricted), refunds (a
 * cancelled paid order is refunded a minute later), early fraud warnings and disputes (cards only). Extra
 * fields Vigil ignores: `fulfilment`, `locale`, `channel`, `discountCode`, `discount`, `shippingFee`,
 * `giftNote`, `company`, `fawryReference`, `duty`, `threeDSecure`, `status`, `trackingNumber`, `carrier`,
 * item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  giftNote?: string;
  company?: { name: string; taxId: string };
  fawryReference?: string;
  duty?: string;
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
  carrier?: string;
};

function order(p: Purchase, shipping: Address | undefined): Data {
  const b = p.basket;
  const first = p.attempts[0];
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(first),
    items: categorisedItemsOf(b.lines),
    paymentMethod: first?.method ?? p.method,
    fulfilment: p.fulfilment,
    locale: p.locale,
    channel: p.channel,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.fawryReference ? { fawryReference: p.fawryReference } : {}),
    ...(p.duty ? { duty: p.duty } : {}),
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

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  tracking: { trackingNumber: string; carrier: string },
): TimedBody[] {
  let shipping = p.shipping;
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l) => {
      shipping = l.shipping ?? shipping;
      return { ...order(p, shipping), ...reasonOf(l), ...statusOf(l, (s) => TRACKED.has(s), tracking) };
    },
    settle: (l) => {
      const method: Method = l.method ?? 'cod';
      return {
        method,
        data: {
          ...paymentOpening(p),
          paymentMethod: method,
          ...(method === 'fawry' && p.fawryReference ? { fawryReference: p.fawryReference } : {}),
        } as Data,
      };
    },
    // Only card payments can be disputed or flagged by an issuer.
    skip: (l, paid) => (l.type === 'dispute.created' || l.type === 'fraud_warning.created') && !paid?.card,
    refundCancelled: true,
  });
}

const carrierFor = (rng: Rng, p: Purchase): string =>
  p.fulfilment === 'express_international'
    ? rng.pick(['DHL Express', 'DHL Express', 'Aramex'])
    : p.fulfilment === 'freight'
      ? 'own fleet'
      : rng.pick(['Bosta', 'Aramex', 'Mylerz']);

/** Posted within a second or so; 1.5 % are retried 30 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = { trackingNumber: rng.digits(10), carrier: carrierFor(rng, p) };
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [30_000, 15 * 60_000],
    median: 800,
    spread: 0.7,
  });
}
