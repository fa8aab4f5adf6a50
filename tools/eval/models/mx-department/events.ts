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
 * The store posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first card
 * tried), one `payment.succeeded` / `payment.failed` per attempt (an OXXO voucher when it is paid at the till,
 * or fails when it expires after 48 h; a SPEI transfer when it arrives), `order.cancelled` when nothing was
 * paid, then fulfilment (`order.updated` with a status), address changes, cancellations, refunds, early fraud
 * warnings and disputes, money events only after a capture. Extra fields Vigil may ignore: `fulfilment`,
 * `storeId`, `channel`, `installments`, `discountCode`, `discount`, `shippingFee`, `company`, `cfdi`,
 * `giftMessage`, `threeDSecure`, `oxxoReference`, `status`, `trackingNumber`, `carrier`, item names and
 * categories.
 */

type Data = EventData & {
  fulfilment?: string;
  storeId?: string;
  channel?: string;
  installments?: number;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  company?: { name: string; rfc: string };
  cfdi?: boolean;
  giftMessage?: string;
  threeDSecure?: string;
  oxxoReference?: string;
  status?: string;
  trackingNumber?: string;
  carrier?: string;
};

const installmentsOf = (a: Attempt | undefined) => (a?.installments ? { installments: a.installments } : {});

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    ...installmentsOf(a),
    fulfilment: p.fulfilment,
    ...(p.store ? { storeId: p.store } : {}),
    channel: p.channel,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.company ? { company: { ...p.company }, cfdi: true } : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
  };
}

function payment(p: Purchase, a: Attempt, reference: string): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...checksOf(a),
    ...installmentsOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.method === 'oxxo' ? { oxxoReference: reference } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

interface Wire {
  tracking: string;
  carrier: string;
  reference: string;
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, wire: Wire): TimedBody[] {
  let shipping = p.shipping;
  const voucher = p.attempts.some((a) => a.method === 'oxxo');
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a, wire.reference),
    // A declined card's basket is released half an hour to an hour later; an expired voucher's at once.
    unpaid: (t) =>
      voucher
        ? { at: releasedAt(t, p.at, 1, 5), reason: 'voucher_expired' }
        : { at: releasedAt(t, p.at, 30, 30), reason: 'payment_failed' },
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const tracked = (s: string) => s === 'shipped' || s === 'delivered';
      const status = statusOf(l, tracked, { trackingNumber: wire.tracking, carrier: wire.carrier });
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 30 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const carrier = rng.pick(['estafeta', 'dhl', 'paquetexpress', 'alameda_envios']);
  const wire: Wire = {
    carrier,
    tracking: `${carrier.slice(0, 2).toUpperCase()}${rng.digits(12)}`,
    reference: `9300${rng.digits(10)}`,
  };
  return deliverAsPosted(bodies(p, { orderId, paymentId }, wire), orderId, rng, {
    retried: 0.015,
    retry: [30_000, 15 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
