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
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first card
 * tried), one `payment.succeeded` / `payment.failed` per attempt (card checks, 3-D Secure and cuotas for cards;
 * the bank for PSE; nothing more for wallets and PayPal), a late `payment.succeeded` when an Efecty voucher is
 * paid, cash is collected at the door or an invoice is paid, `order.cancelled` for unpaid checkouts, expired
 * vouchers, refused parcels and cancellations (refunded a minute later when paid), fulfilment updates with a
 * status and tracking number, refunds, early fraud warnings and disputes. Extra fields Vigil ignores:
 * `fulfilment`, `carrier`, `locale`, `channel`, `discountCode`, `discount`, `shippingFee`, `giftNote`, `company`,
 * `documentType`, `installments`, `bank`, `threeDSecure`, `status`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  carrier?: string;
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  giftNote?: string;
  company?: { name: string; nit: string };
  documentType?: string;
  installments?: number;
  bank?: string;
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
    paymentMethod: a?.method ?? p.method,
    fulfilment: p.fulfilment,
    ...(p.carrier ? { carrier: p.carrier } : {}),
    locale: p.locale,
    channel: p.channel,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.documentType ? { documentType: p.documentType } : {}),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.installments !== undefined ? { installments: a.installments } : {}),
    ...(a.bank ? { bank: a.bank } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

const NO_DISPUTES: ReadonlySet<Method> = new Set(['efecty', 'cod', 'invoice']);

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  const tracked = (s: string) =>
    p.carrier !== undefined && ['shipped', 'delivered', 'customs_hold', 'ready_for_pickup'].includes(s);
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l) => {
      shipping = l.shipping ?? shipping;
      const paidBy = p.attempts.find((a) => a.ok);
      return {
        ...order(p, paidBy ?? p.attempts[0], shipping),
        ...reasonOf(l),
        ...statusOf(l, tracked, { trackingNumber: tracking }),
      };
    },
    // Cash, vouchers and invoices cannot be charged back; the shop never plans it, this only guards.
    skip: (l, paid) =>
      (l.type === 'dispute.created' || l.type === 'fraud_warning.created') &&
      paid !== undefined &&
      NO_DISPUTES.has(paid.method),
    settle: (l) => {
      const method = l.method ?? p.method;
      return { method, data: { ...paymentOpening(p), paymentMethod: method } };
    },
    refundCancelled: true,
  });
}

/** A tracking number in the carrier's format. */
function trackingFor(rng: Rng, carrier: string | undefined): string {
  switch (carrier) {
    case 'Coordinadora':
      return rng.digits(11);
    case 'Servientrega':
      return rng.digits(10);
    case 'Inter Rapidísimo':
      return `7${rng.digits(11)}`;
    case 'Envía':
      return `0${rng.digits(9)}`;
    case 'TCC':
      return rng.digits(8);
    case 'DHL Express':
      return rng.digits(10);
    case '4-72':
      return `RN${rng.digits(9)}CO`;
    default:
      return `MSJ-${rng.digits(6)}`;
  }
}

/** Posted about a second after the fact; 1.2 % are retried 30 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = trackingFor(rng, p.carrier);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.012,
    retry: [30_000, 15 * 60_000],
    median: 900,
    spread: 0.7,
  });
}
