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
 * The store's shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first
 * card tried), one `payment.succeeded` / `payment.failed` per attempt (card checks and 3-D Secure for cards and
 * wallets; nothing of the kind for Afterpay, Laybuy, POLi, PayPal, Alipay, WeChat Pay or a bank transfer, posted
 * when the money arrives), `order.cancelled` when nothing was paid, then fulfilment (`order.updated` with a
 * status and, once sent, the carrier and tracking number), address changes, cancellations, refunds, early fraud
 * warnings and disputes, money events only after a capture. Extra fields Vigil ignores: `fulfilment`, `locale`,
 * `channel`, `discountCode`, `discount`, `shippingFee`, `deliveryNote`, `giftMessage`, `collectFrom`,
 * `threeDSecure`, `status`, `carrier`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  deliveryNote?: string;
  giftMessage?: string;
  collectFrom?: string;
  threeDSecure?: string;
  status?: string;
  carrier?: string;
  trackingNumber?: string;
};

/** The shop on Moorhouse Avenue, where click-and-collect orders wait. */
const SHOP = 'Christchurch, Moorhouse Avenue';

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    fulfilment: p.fulfilment,
    locale: p.locale,
    channel: 'web',
    ...(b.discountCode ? { discountCode: b.discountCode, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.note ? { deliveryNote: p.note } : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(p.fulfilment === 'click_and_collect' ? { collectFrom: SHOP } : {}),
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

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  const sent = { ...(p.carrier ? { carrier: p.carrier } : {}), trackingNumber: tracking };
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // An unpaid checkout is released after 45 minutes to an hour and a quarter; a transfer after its wait.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 45, 30), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered', sent);
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Tracking numbers as each carrier prints them. */
const PREFIX: Readonly<Record<string, string>> = {
  'NZ Post': 'CP',
  'NZ Couriers': 'NZC',
  Aramex: 'AX',
  Mainfreight: 'MF',
  'NZ Post International': 'LP',
};

/** Posted within a second or so; 1.5 % are retried 20 s – 8 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const prefix = PREFIX[p.carrier ?? ''] ?? 'CP';
  const tracking = `${prefix}${rng.digits(10)}${p.fulfilment === 'international' ? 'NZ' : ''}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 8 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
