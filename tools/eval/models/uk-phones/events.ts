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
 * first card tried), one `payment.succeeded` / `payment.failed` per authorisation or credit decision (card
 * checks and 3-D Secure for cards and wallets; none for PayPal, Klarna or the finance partner),
 * `order.cancelled` when nothing was paid, then `order.updated` as the parcel moves or the address changes,
 * cancellations, refunds, early fraud warnings and disputes, money events only after a capture. Extra fields
 * Vigil ignores: `fulfilment`, `collectFrom`, `preorder`, `locale`, `channel`, `discountCode`, `discount`,
 * `shippingFee`, `tradeIn`, `company`, `giftMessage`, `financeMonths`, `threeDSecure`, `status`,
 * `trackingNumber`, `carrier`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  collectFrom?: string;
  preorder?: boolean;
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  tradeIn?: { device: string; quote: number };
  company?: { name: string; vatNumber: string };
  giftMessage?: string;
  financeMonths?: number;
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
    paymentMethod: a?.method ?? 'card',
    fulfilment: p.fulfilment,
    ...(p.collectFrom ? { collectFrom: p.collectFrom } : {}),
    ...(p.preorder ? { preorder: true } : {}),
    locale: p.locale,
    channel: p.channel,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.tradeIn ? { tradeIn: { ...p.tradeIn } } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(p.financeMonths ? { financeMonths: p.financeMonths } : {}),
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

const TRACKED = new Set(['dispatched', 'delivered', 'ready_to_collect', 'collected']);

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  tracking: Record<string, string>,
): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // The basket (and any reserved launch stock) is released 20–45 minutes after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 20, 26), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      return { ...order(p, paid, shipping), ...reasonOf(l), ...statusOf(l, (s) => TRACKED.has(s), tracking) };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 30 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const carrier =
    p.basket.currency === 'EUR'
      ? 'DPD Ireland'
      : rng.pick(['DPD', 'DPD', 'Royal Mail Special Delivery', 'Evri']);
  const tracking = {
    trackingNumber: `${carrier === 'Royal Mail Special Delivery' ? 'SD' : '15'}${rng.digits(12)}`,
    carrier,
  };
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [30_000, 15 * 60_000],
    median: 450,
    spread: 0.7,
  });
}
