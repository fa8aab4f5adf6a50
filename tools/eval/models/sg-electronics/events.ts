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
 * The store's platform posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first
 * card tried), one `payment.succeeded` / `payment.failed` per authorisation (card checks and 3-D Secure for cards;
 * none for wallets' codes, PayNow, GrabPay, Atome, PayPal, GCash, PromptPay or transfers), `order.cancelled` when
 * nothing was paid, then fulfilment (`order.updated` with a status), address changes, cancellations, refunds, early
 * fraud warnings and disputes, money events only after a capture. Extra fields Vigil ignores: `fulfilment`,
 * `channel`, `market`, `discountCode`, `discount`, `shippingFee`, `giftMessage`, `company`, `threeDSecure`,
 * `status`, `trackingNumber`, `carrier`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  channel?: string;
  market?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  giftMessage?: string;
  company?: { name: string; uen: string };
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
    channel: p.channel,
    market: p.market,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
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

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  tracking: Record<string, string>,
): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // The reserved stock is released 15–30 minutes after the last failed try (a sale holds stock briefly).
    unpaid: (t) => ({ at: releasedAt(t, p.at, 15, 15), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered', tracking);
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

const CARRIERS: Readonly<Record<string, readonly string[]>> = {
  standard: ['ninjavan', 'qxpress', 'singpost'],
  same_day: ['lalamove', 'grabexpress'],
  locker: ['ninjavan', 'singpost'],
  international: ['dhl', 'jnt_express', 'aramex'],
};

/** Posted within a second or so; 1.5 % are retried 20 s – 8 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const carrier = rng.pick(CARRIERS[p.fulfilment] ?? ['ninjavan']);
  const tracking = { trackingNumber: `${carrier.slice(0, 2).toUpperCase()}${rng.digits(11)}`, carrier };
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 8 * 60_000],
    median: 450,
    spread: 0.7,
  });
}
