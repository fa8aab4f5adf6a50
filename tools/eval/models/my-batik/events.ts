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
import { type Rng } from '../kit/random.js';
import { afterOrder, checksOf, reasonOf, shownCardOf, statusOf } from '../kit/timeline.js';
import { type Delivery } from './catalogue.js';
import { type Attempt, disputable, type LaterEvent, type Method, type Purchase } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the card when one
 * was tried), one `payment.succeeded` / `payment.failed` per attempt (card checks and 3-D Secure for cards and
 * Apple Pay; the bank for FPX; nothing more for e-wallets, Atome, PayNow or PayPal), fulfilment as
 * `order.updated` with a status (and the courier and tracking number once shipped), a `payment.succeeded` when a
 * rider hands over a COD parcel or an invoice is paid, cancellations (a paid order is refunded a minute later),
 * refunds, early fraud warnings and disputes. Extra fields Vigil ignores: `delivery`, `phone`, `recipient`,
 * `locale`, `channel`, `discountCode`, `discount`, `shippingFee`, `codFee`, `giftNote`, `company`, `fpxBank`,
 * `threeDSecure`, `status`, `carrier`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  delivery?: Delivery;
  phone?: string;
  recipient?: string;
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  codFee?: number;
  giftNote?: string;
  company?: { name: string; registration: string; poNumber?: string };
  fpxBank?: string;
  threeDSecure?: string;
  status?: string;
  carrier?: string;
  trackingNumber?: string;
};

function order(p: Purchase, a: Attempt | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, p.shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: p.method,
    delivery: p.delivery,
    phone: p.phone,
    ...(p.recipient ? { recipient: p.recipient } : {}),
    locale: p.locale,
    channel: p.channel,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(b.codFee > 0 ? { codFee: b.codFee } : {}),
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
    ...(a.bank ? { fpxBank: a.bank } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

/** The courier a delivery goes with, and its tracking number. */
function courier(rng: Rng, d: Delivery): { carrier: string; trackingNumber: string } {
  switch (d) {
    case 'same_day':
      return { carrier: 'Lalamove', trackingNumber: `LLM${rng.digits(12)}` };
    case 'international':
    case 'brunei':
      return { carrier: 'DHL Express', trackingNumber: rng.digits(10) };
    case 'singapore':
    case 'indonesia':
      return { carrier: 'DHL eCommerce', trackingNumber: `MYKUL${rng.digits(12)}` };
    default: {
      const c = rng.weightedPick<string>([
        ['J&T Express', 40],
        ['Pos Laju', 30],
        ['Ninja Van', 20],
        ['City-Link', 10],
      ]);
      const n =
        c === 'Pos Laju'
          ? `ER${rng.digits(9)}MY`
          : c === 'Ninja Van'
            ? `NVMY${rng.token(8).toUpperCase()}`
            : c === 'J&T Express'
              ? `63${rng.digits(10)}`
              : `060${rng.digits(9)}`;
      return { carrier: c, trackingNumber: n };
    }
  }
}

const TRACKED = new Set([
  'shipped',
  'out_for_delivery',
  'delivered',
  'delivery_failed',
  'returned_to_sender',
]);

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  tracking: Record<string, string>,
): TimedBody[] {
  const paidAttempt = p.attempts.find((a) => a.ok);
  let shipping = p.shipping;
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.attempts[0]),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l: LaterEvent) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => TRACKED.has(s), tracking);
      return {
        ...order({ ...p, ...(shipping ? { shipping } : {}) }, paidAttempt),
        ...reasonOf(l),
        ...status,
      };
    },
    skip: (l, paid) => l.type === 'dispute.created' && !disputable(paid?.method),
    settle: (l) => {
      const method: Method = l.method ?? 'cod';
      return { method, data: { ...paymentOpening(p), paymentMethod: method } };
    },
    refundCancelled: true,
  });
}

/** Posted within a second or so; in the Raya rush 2 % are retried a minute to a quarter of an hour later. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = courier(rng, p.delivery);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.02,
    retry: [60_000, 15 * 60_000],
    median: 800,
    spread: 0.7,
  });
}
