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
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first method
 * tried), one `payment.succeeded` / `payment.failed` per try (card checks and 3-D Secure for cards and wallets, the
 * buyer's bank for Paysera), a cash or invoice payment when the money arrives, `order.cancelled` when nothing was
 * paid, then fulfilment updates, refunds, early fraud warnings and disputes. Extra fields Vigil ignores:
 * `delivery`, `locale`, `discountCode`, `discount`, `shippingFee`, `giftNote`, `company`, `threeDSecure`, `bank`,
 * `status`, `trackingNumber`, `carrier`, item names and categories.
 */

type Data = EventData & {
  delivery?: string;
  locale?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  giftNote?: string;
  company?: { name: string; vatId: string };
  threeDSecure?: string;
  bank?: string;
  status?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? p.settleBy ?? 'mokejimo_kortele',
    delivery: p.delivery,
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
    ...(a.bank ? { bank: a.bank } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

const CARRIER: Readonly<Record<string, string>> = {
  omniva_locker: 'Omniva',
  lp_express_locker: 'LP Express',
  dpd_courier: 'DPD',
  tracked_post: 'LP Express International',
};

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  const carrier = CARRIER[p.delivery];
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l) => ({
      ...order(p, undefined, l.shipping ?? p.shipping),
      paymentMethod: p.attempts.find((a) => a.ok)?.method ?? p.settleBy ?? 'mokejimo_kortele',
      ...reasonOf(l),
      ...statusOf(l, (s) => s === 'shipped' || s === 'delivered', {
        trackingNumber: tracking,
        ...(carrier ? { carrier } : {}),
      }),
    }),
    settle: (l) => {
      const method: Method = p.settleBy ?? 'grynieji_atsiemant';
      return { method, data: { ...paymentOpening(p), paymentMethod: method, ...reasonOf(l) } };
    },
    refundCancelled: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 5 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking =
    p.delivery === 'tracked_post' ? `RR${rng.digits(9)}LT` : `${rng.pick(['CE', 'LP'])}${rng.digits(12)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 5 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
