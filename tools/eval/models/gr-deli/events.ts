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
 * The deli's shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first
 * card tried), one `payment.succeeded` / `payment.failed` per try (card checks and 3-D Secure for cards; none
 * for PayPal, IRIS or transfers, a transfer posted when the money arrives), `order.cancelled` for an order
 * nothing was paid for, fulfilment as `order.updated` with a status and tracking, the courier's cash as a
 * `payment.succeeded` on delivery, refunds, early fraud warnings and disputes only once money was taken.
 * Extra fields Vigil ignores: `fulfilment`, `locale`, `discountCode`, `discount`, `shippingFee`, `codFee`,
 * `giftNote`, `invoice`, `recipients`, `threeDSecure`, `status`, `carrier`, `trackingNumber`, item names and
 * categories.
 */

type Data = EventData & {
  fulfilment?: string;
  locale?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  codFee?: number;
  giftNote?: string;
  invoice?: { company: string; vatId: string; taxOffice?: string };
  recipients?: number;
  threeDSecure?: string;
  status?: string;
  carrier?: string;
  trackingNumber?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: p.method,
    fulfilment: p.fulfilment,
    locale: p.locale,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(b.codFee > 0 ? { codFee: b.codFee } : {}),
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.invoice ? { invoice: { ...p.invoice } } : {}),
    ...(p.recipients ? { recipients: p.recipients } : {}),
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
  'out_for_delivery',
  'delivered',
  'ready_for_pickup',
  'collected',
  'not_collected',
]);

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  tracking: Record<string, string>,
): TimedBody[] {
  let shipping = p.shipping;
  const paidBy = p.attempts.find((a) => a.ok);
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l) => {
      shipping = l.shipping ?? shipping;
      const tracked = p.fulfilment !== 'shop_pickup' && p.fulfilment !== 'email';
      return {
        ...order(p, paidBy, shipping),
        ...reasonOf(l),
        ...statusOf(l, (s) => tracked && TRACKED.has(s), tracking),
      };
    },
    // Issuers warn about cards only; transfers, IRIS and cash cannot be charged back.
    skip: (l, paid) =>
      (l.type === 'fraud_warning.created' && paid?.method !== 'card') ||
      (l.type === 'dispute.created' &&
        paid !== undefined &&
        paid.method !== 'card' &&
        paid.method !== 'paypal'),
    settle: () => ({ method: 'cod', data: { ...paymentOpening(p), paymentMethod: 'cod' } }),
    refundCancelled: true,
  });
}

function trackingFor(rng: Rng, p: Purchase): Record<string, string> {
  if (p.fulfilment === 'box_now') return { carrier: 'BOX NOW', trackingNumber: `BN${rng.digits(10)}` };
  if (p.fulfilment === 'international' || p.fulfilment === 'multi_address' || p.zone !== 'domestic')
    return p.zone === 'domestic'
      ? { carrier: 'ACS', trackingNumber: rng.digits(10) }
      : { carrier: 'DHL Express', trackingNumber: rng.digits(10) };
  const carrier = rng.weightedPick<string>([
    ['ACS', 55],
    ['Geniki Taxydromiki', 25],
    ['ELTA Courier', 20],
  ]);
  return { carrier, trackingNumber: carrier === 'ELTA Courier' ? `EC${rng.digits(9)}GR` : rng.digits(10) };
}

/** Posted within a second or so; 1.5 % are retried 30 s – 8 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = trackingFor(rng, p);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [30_000, 8 * 60_000],
    median: 800,
    spread: 0.7,
  });
}
