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
import { isEasybox } from './places.js';
import { type Attempt, type Method, type Purchase } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first card
 * tried, if any), one `payment.succeeded` / `payment.failed` per authorisation (3-D Secure and card checks for
 * cards; none for PayPal, transfers, gift cards or the loyalty wallet), a `payment.succeeded` when the courier
 * settles a ramburs parcel, `order.updated` for fulfilment (shipped with an AWB, delivered, returned, e-mailed,
 * a change of payment method to ramburs), `order.cancelled` for refused parcels, failed payments, expired
 * pro-formas and blocked orders, then refunds, early fraud warnings and disputes (money events only once paid).
 * Extra fields Vigil ignores: `courier`, `delivery`, `locale`, `channel`, `discountCode`, `discount`,
 * `shippingFee`, `giftNote`, `company`, `instalments`, `threeDSecure`, `status`, `awb`, item names and categories.
 */

type Data = EventData & {
  courier?: string;
  delivery?: string;
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  giftNote?: string;
  company?: { name: string; cui: string };
  instalments?: number;
  threeDSecure?: string;
  status?: string;
  awb?: string;
};

const deliveryOf = (s: Address | undefined) => (!s ? 'email' : isEasybox(s) ? 'easybox' : 'home');

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined, method: Method): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: method,
    courier: p.courier,
    delivery: deliveryOf(shipping),
    locale: p.locale,
    channel: p.device.userAgent.includes('Mobile') ? 'mobile_web' : 'web',
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.instalments ? { instalments: p.instalments } : {}),
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
    ...(a.method === 'card_rate' && p.instalments ? { instalments: p.instalments } : {}),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, awb: string): TimedBody[] {
  let shipping = p.shipping;
  let method: Method = p.method;
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping, p.method),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l) => {
      shipping = l.shipping ?? shipping;
      method = l.method ?? method;
      const tracked = (s: string) => s === 'shipped' || s === 'delivered' || s === 'returned_to_sender';
      return { ...order(p, undefined, shipping, method), ...reasonOf(l), ...statusOf(l, tracked, { awb }) };
    },
    settle: (l) => ({
      method: l.method ?? 'ramburs',
      data: { ...paymentOpening(p), paymentMethod: l.method ?? 'ramburs', courier: p.courier } as Data,
    }),
    refundCancelled: true,
  });
}

/** AWB numbers as each courier prints them. */
function awbOf(rng: Rng, p: Purchase): string {
  if (p.courier === 'fan_courier') return `2${rng.digits(12)}`;
  if (p.courier === 'sameday') return `1ONB${rng.digits(9)}`;
  if (p.courier === 'cargus') return rng.digits(10);
  if (p.courier === 'posta_md') return `RB${rng.digits(9)}MD`;
  if (p.courier === 'dhl') return rng.digits(10);
  return '';
}

/** Posted within a second or so; 1.5 % are retried 30 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const awb = awbOf(rng, p);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, awb), orderId, rng, {
    retried: 0.015,
    retry: [30_000, 15 * 60_000],
    median: 800,
    spread: 0.7,
  });
}
