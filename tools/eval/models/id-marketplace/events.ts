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
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The store posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first card,
 * when a card is tried), one `payment.succeeded` / `payment.failed` per attempt (a virtual account or a
 * minimarket code when it is paid, hours later; cash on delivery when the courier collects it), `order.updated`
 * as the parcel is shipped, delivered, collected, readdressed or fails delivery, `order.cancelled` for lapsed
 * and refused orders, then refunds, early fraud warnings and disputes, money events only after a payment.
 * Extra fields Vigil ignores: `channel`, `delivery`, `courier`, `voucherCode`, `discount`, `shippingFee`,
 * `dropshipper`, `company`, `topupNumber`, `bank`, `tenor`, `threeDSecure`, `status`, `trackingNumber`.
 */

type Data = EventData & {
  channel?: string;
  delivery?: string;
  courier?: string;
  voucherCode?: string;
  discount?: number;
  shippingFee?: number;
  dropshipper?: string;
  company?: string;
  topupNumber?: string;
  bank?: string;
  tenor?: number;
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
};

function order(p: Purchase, shipping: Address | undefined): Data {
  const b = p.basket;
  const first = p.attempts[0];
  return {
    ...orderOpening(p, shipping),
    ...(first?.card ? shownCardOf(first) : {}),
    items: categorisedItemsOf(b.lines),
    paymentMethod: p.cod ? 'cod' : (first?.method ?? 'virtual_account'),
    channel: p.channel,
    delivery: p.delivery,
    ...(p.courier ? { courier: p.courier } : {}),
    ...(b.code ? { voucherCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.dropshipper ? { dropshipper: p.dropshipper } : {}),
    ...(p.company ? { company: p.company } : {}),
    ...(p.topupNumber ? { topupNumber: p.topupNumber } : {}),
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
    ...(a.tenor ? { tenor: a.tenor } : {}),
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
      const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered' || s === 'delivery_failed', {
        trackingNumber: tracking,
      });
      return { ...order(p, shipping), ...reasonOf(l), ...status };
    },
    settle: () => ({ method: 'cod', data: { ...paymentOpening(p), paymentMethod: 'cod' } }),
    refundCancelled: true,
  });
}

/** Posted within a second or so; 2 % are retried 1–15 minutes later (the payment gateway's queue) and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = p.courier
    ? `${{ JNE: 'JNE', 'J&T': 'JP', SiCepat: '00', AnterAja: '1000' }[p.courier] ?? 'ID'}${rng.digits(10)}`
    : '';
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.02,
    retry: [60_000, 15 * 60_000],
    median: 800,
    spread: 0.7,
  });
}
