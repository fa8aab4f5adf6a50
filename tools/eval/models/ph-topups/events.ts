import { type LabelledWebhook } from '../../traffic-model.js';
import {
  deliverAsPosted,
  type EventData,
  eventMaker,
  orderOpening,
  paymentOpening,
  type TimedBody,
} from '../kit/events.js';
import { type Rng } from '../kit/random.js';
import { afterCapture, checksOf, reasonOf, releasedAt, shownCardOf, statusOf } from '../kit/timeline.js';
import { type Line } from './catalogue.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The store's backend posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first
 * method tried), one `payment.succeeded` / `payment.failed` per try (card, 3-D Secure and checks for cards; the bank
 * for online banking; the payment code for 7-Eleven, failed when it expires), `order.cancelled` when nothing was
 * paid, then `order.updated` as the order is delivered (or is late, or fails), bills accepted and posted, refunds,
 * early fraud warnings and disputes, money events only after a capture. Extra fields Vigil ignores: `phone`,
 * `channel`, `locale`, `discountCode`, `discount`, `serviceFee`, `company`, `reseller`, `giftMessage`,
 * `threeDSecure`, `bank`, `paymentReference`, `status`, `deliveryRef`, item names, categories and recipients.
 */

type Data = EventData & {
  phone?: string;
  channel?: string;
  locale?: string;
  discountCode?: string;
  discount?: number;
  serviceFee?: number;
  company?: { name: string; tin: string };
  reseller?: string;
  giftMessage?: string;
  threeDSecure?: string;
  bank?: string;
  paymentReference?: string;
  status?: string;
  deliveryRef?: string;
};

/** Basket lines as the body's items: with their category and whom each goes to. */
const itemsOf = (lines: readonly Line[]) =>
  lines.map((l) => ({
    sku: l.sku,
    name: l.name,
    category: l.category,
    quantity: l.quantity,
    price: l.price,
    ...(l.to ? { recipient: l.to } : {}),
  }));

function order(p: Purchase, a: Attempt | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, undefined),
    ...shownCardOf(a),
    items: itemsOf(b.lines),
    paymentMethod: a?.method ?? 'gcash',
    phone: p.phone,
    channel: p.channel,
    locale: p.locale,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    ...(b.fee > 0 ? { serviceFee: b.fee } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.reseller ? { reseller: p.reseller } : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
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
    ...(a.reference ? { paymentReference: a.reference } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, ref: string): TimedBody[] {
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0]),
    payment: (a) => payment(p, a),
    // A checkout left unpaid is released 15–30 minutes after the last failed try; an expired 7-Eleven code at once.
    unpaid: (t) => {
      const last = p.attempts[p.attempts.length - 1];
      return last?.decline === 'payment_code_expired'
        ? { at: t + 5_000, reason: 'payment_code_expired' }
        : { at: releasedAt(t, p.at, 15, 15), reason: 'payment_failed' };
    },
    updated: (l, paid) => ({
      ...order(p, paid),
      ...reasonOf(l),
      ...statusOf(l, (s) => s === 'delivered' || s === 'posted', { deliveryRef: ref }),
    }),
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within half a second or so; 1.5 % are retried 20 s – 5 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const ref = `${rng.pick(['GT', 'SM', 'DT', 'LB'])}${rng.digits(10)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, ref), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 5 * 60_000],
    median: 450,
    spread: 0.7,
  });
}
