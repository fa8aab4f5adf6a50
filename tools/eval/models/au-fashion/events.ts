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
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first card
 * tried), one `payment.succeeded` / `payment.failed` per authorisation (card checks and 3-D Secure for cards;
 * wallets send checks without 3-D Secure; Afterpay, Zip, PayPal and the shop's gift cards send none),
 * `order.cancelled` when nothing was paid, then fulfilment (`order.updated` with a status and, once shipped, a
 * carrier and tracking number), redirected parcels, cancellations, refunds (returns, mostly partial), issuer
 * fraud warnings and disputes with their reasons, money events only after a capture. Extra fields Vigil
 * ignores: `fulfilment`, `locale`, `source`, `promotion`, `discountCode`, `discount`, `shippingFee`, `club`,
 * `store`, `giftCardRecipients`, `giftMessage`, `company`, `threeDSecure`, `status`, `carrier`,
 * `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  locale?: string;
  source?: string;
  promotion?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  club?: string;
  store?: string;
  giftCardRecipients?: string[];
  giftMessage?: string;
  company?: { name: string; abn: string };
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
    source: p.source,
    ...(b.promotion ? { promotion: b.promotion } : {}),
    ...(b.code ? { discountCode: b.code } : {}),
    discount: b.discount,
    shippingFee: b.shippingFee,
    ...(p.club ? { club: p.club } : {}),
    ...(p.store ? { store: p.store } : {}),
    ...(p.giftCardTo ? { giftCardRecipients: [...p.giftCardTo] } : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
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

function carrierOf(p: Purchase): string {
  const country = p.shipping?.country ?? 'AU';
  if (country === 'NZ') return 'nz_post';
  if (country !== 'AU') return 'dhl_express';
  return p.fulfilment === 'express' ? 'australia_post_express' : 'australia_post';
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  const carrier = carrierOf(p);
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // The basket is released twenty minutes to an hour after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 20, 40), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered', {
        carrier,
        trackingNumber: tracking,
      });
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const country = p.shipping?.country ?? 'AU';
  const tracking =
    country === 'NZ'
      ? `NZ${rng.digits(12)}`
      : country !== 'AU'
        ? rng.digits(10)
        : `${rng.int(30, 39)}${rng.token(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${rng.digits(8)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 15 * 60_000],
    median: 450,
    spread: 0.7,
  });
}
