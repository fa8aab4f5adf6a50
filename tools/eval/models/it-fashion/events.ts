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
import { pickupAddress } from './basket.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The boutique's shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried), one `payment.succeeded` / `payment.failed` per authorisation (card checks and 3-D Secure for
 * cards and Apple Pay; none for PayPal, Klarna, Alipay or WeChat Pay), `order.cancelled` when nothing was paid,
 * then fulfilment and returns (`order.updated` with a status), address changes, cancellations, refunds, early
 * fraud warnings and disputes, money events only after a capture. A collected order's shipping address is the
 * boutique's. Extra fields Vigil ignores: `fulfilment`, `duty`, `duties`, `locale`, `channel`, `discountCode`,
 * `discount`, `giftMessage`, `taxFree`, `personalShopper`, `threeDSecure`, `status`, `trackingNumber`, `carrier`,
 * a sanctioned address's `region`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  duty?: string;
  duties?: number;
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  giftMessage?: string;
  taxFree?: boolean;
  personalShopper?: string;
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
  carrier?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping ?? pickupAddress(p.fulfilment)),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    fulfilment: p.fulfilment,
    duty: b.duty,
    ...(b.duties > 0 ? { duties: b.duties } : {}),
    locale: p.locale,
    channel: p.channel,
    ...(b.discountCode ? { discountCode: b.discountCode, discount: b.discount } : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(p.taxFree ? { taxFree: true } : {}),
    ...(p.shopper ? { personalShopper: p.shopper } : {}),
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
  tracking: { trackingNumber: string; carrier: string },
): TimedBody[] {
  let shipping: Address | undefined = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // The reserved pieces go back on sale 20–40 minutes after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 20, 20), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered', tracking);
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 5 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const carrier = rng.pick(['DHL Express', 'UPS', 'FedEx', 'BRT']);
  const tracking = { trackingNumber: `${carrier === 'UPS' ? '1Z' : 'JD'}${rng.digits(14)}`, carrier };
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 5 * 60_000],
    median: 450,
    spread: 0.7,
  });
}
