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
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first card
 * tried), one `payment.succeeded` / `payment.failed` per authorisation (card checks and 3-D Secure for cards and
 * wallets; none for PayPal or the shop's vouchers), a `payment.succeeded` when a transfer or wire arrives, the
 * courier hands over cash on delivery or a reservation is paid at the counter; `order.cancelled` when nothing was
 * paid or the shop stops an order; fulfilment as `order.updated` with a status (and the courier's tracking
 * number), address changes, refunds, early fraud warnings and disputes. Extra fields Vigil ignores: `delivery`,
 * `locale`, `channel`, `discountCode`, `discount`, `shippingFee`, `insuranceFee`, `codFee`, `giftNote`,
 * `company`, `voucherRecipient`, `certificate`, `carrier`, `threeDSecure`, `status`, `trackingNumber`, item
 * names and categories.
 */

type Data = EventData & {
  delivery?: string;
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  insuranceFee?: number;
  codFee?: number;
  giftNote?: string;
  company?: { name: string; taxId: string };
  voucherRecipient?: string;
  certificate?: string;
  carrier?: string;
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? p.offline ?? 'card',
    delivery: p.delivery,
    locale: p.locale,
    channel: 'web',
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(b.insuranceFee > 0 ? { insuranceFee: b.insuranceFee } : {}),
    ...(b.codFee > 0 ? { codFee: b.codFee } : {}),
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.recipient ? { voucherRecipient: p.recipient } : {}),
    ...(p.certificate ? { certificate: p.certificate } : {}),
    ...(p.carrier ? { carrier: p.carrier } : {}),
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

const TRACKED = new Set([
  'shipped',
  'delivered',
  'customs_hold',
  'refused_at_delivery',
  'returned_to_sender',
]);

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  const paidBy = p.attempts.find((a) => a.ok);
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l) => {
      shipping = l.shipping ?? shipping;
      return {
        ...order(p, paidBy, shipping),
        ...reasonOf(l),
        ...statusOf(l, (s) => TRACKED.has(s), { trackingNumber: tracking }),
      };
    },
    settle: (l) => {
      const method = l.method ?? 'bank_transfer';
      return { method, data: { ...paymentOpening(p), paymentMethod: method } };
    },
    refundCancelled: true,
  });
}

/** A tracking number in the carrier's own format. */
function trackingFor(rng: Rng, p: Purchase): string {
  if (p.carrier === 'DHL Express') return rng.digits(10);
  if (p.carrier === 'MPL') return `JJH${rng.digits(2)}A${rng.digits(10)}`;
  return rng.digits(11);
}

/** Posted within a second or so; 1.2 % are retried 20 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = trackingFor(rng, p);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.012,
    retry: [20_000, 15 * 60_000],
    median: 700,
    spread: 0.7,
  });
}
