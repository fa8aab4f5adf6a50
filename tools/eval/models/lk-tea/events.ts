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
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the method chosen
 * and, for a card, the card), one `payment.succeeded` / `payment.failed` per try at checkout, a later payment
 * when a deposit slip is verified or the courier hands over the cash, then `order.updated` (shipped, delivered,
 * collected, a failed delivery, a new address, a reversed slip), cancellations (a paid one refunded a minute
 * later), refunds, fraud warnings and disputes. Extra fields Vigil ignores: `fulfilment`, `courier`, `locale`,
 * `discountCode`, `discount`, `shippingFee`, `giftNote`, `company`, `threeDSecure`, `status`, `trackingNumber`.
 */

type Data = EventData & {
  fulfilment?: string;
  courier?: string;
  locale?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  giftNote?: string;
  company?: { name: string; vatNo?: string };
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
};

const COURIER: Readonly<Record<string, string>> = {
  courier_lk: 'domex',
  ems: 'slpost_ems',
  dhl: 'dhl_express',
  pickup_kandy: 'shop_kandy',
  pickup_colombo: 'shop_colombo',
};

function order(p: Purchase, shipping: Address | undefined): Data {
  const b = p.basket;
  const first = p.attempts[0];
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(first),
    items: categorisedItemsOf(b.lines),
    paymentMethod: p.method,
    fulfilment: p.fulfilment,
    courier: COURIER[p.fulfilment] ?? 'domex',
    locale: p.locale,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
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

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered', { trackingNumber: tracking });
      return { ...order(p, shipping), ...reasonOf(l), ...status };
    },
    settle: (l) => ({
      method: (l.method ?? p.method) as Method,
      data: { ...paymentOpening(p), paymentMethod: l.method ?? p.method, ...reasonOf(l) },
    }),
    refundCancelled: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 8 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking =
    p.fulfilment === 'dhl' ? rng.digits(10) : `${rng.pick(['DX', 'EE', 'CP'])}${rng.digits(9)}LK`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 8 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
