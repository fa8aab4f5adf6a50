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
import { type Attempt, type LaterEvent, type Method, type Purchase } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the card first
 * tried, or the method chosen: an ATM virtual account, cash at the store, a wire), one `payment.succeeded` /
 * `payment.failed` per authorisation (card checks and 3-D Secure for cards; none for LINE Pay, JKOPay, PayPal or
 * Alipay HK), a later `payment.succeeded` when a transfer arrives or a parcel is paid for at the counter,
 * `order.updated` as the parcel moves, `order.cancelled`, refunds, early fraud warnings (cards only) and
 * disputes (not for cash or transfers). Extra fields Vigil ignores: `fulfilment`, `locale`, `pickupStore`,
 * `recipient`, `invoice`, `discountCode`, `discount`, `shippingFee`, `giftNote`, `voucherTo`, `threeDSecure`,
 * `status`, `trackingNumber`, `carrier`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  locale?: string;
  pickupStore?: { chain: string; storeId: string; name: string };
  recipient?: string;
  invoice?: Purchase['invoice'];
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  giftNote?: string;
  voucherTo?: string;
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
  carrier?: string;
};

function order(p: Purchase, a: Attempt | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, p.shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? p.deferred ?? 'card',
    fulfilment: p.fulfilment,
    locale: p.locale,
    ...(p.pickup
      ? { pickupStore: { chain: p.pickup.chain, storeId: p.pickup.storeId, name: p.pickup.name } }
      : {}),
    ...(p.recipient ? { recipient: p.recipient } : {}),
    ...(p.invoice ? { invoice: { ...p.invoice } } : {}),
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.voucherTo ? { voucherTo: p.voucherTo } : {}),
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

/** The carrier and its tracking number, as each prints them. */
function tracking(rng: Rng, p: Purchase): { carrier: string; trackingNumber: string } {
  if (p.fulfilment === 'cvs_pickup')
    return p.pickup?.chain === '7-ELEVEN'
      ? { carrier: '7-ELEVEN交貨便', trackingNumber: `${rng.digits(11)}` }
      : { carrier: '全家店到店', trackingNumber: `${rng.digits(12)}` };
  if (p.fulfilment === 'ems')
    return { carrier: 'EMS', trackingNumber: `E${rng.pick(['E', 'B', 'G'])}${rng.digits(9)}TW` };
  if (p.fulfilment === 'dhl') return { carrier: 'DHL Express', trackingNumber: rng.digits(10) };
  return { carrier: '黑貓宅急便', trackingNumber: rng.digits(12) };
}

/** Methods an issuer can reverse: cards and the wallets and PayPal that stand on them; never cash or a transfer. */
const DISPUTABLE: ReadonlySet<string> = new Set<Method>(['card', 'line_pay', 'paypal', 'alipay_hk']);

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  track: { carrier: string; trackingNumber: string },
): TimedBody[] {
  const paidAttempt = p.attempts.find((a) => a.ok);
  return afterOrder<Attempt, LaterEvent>(eventMaker(ids), p, {
    created: order(p, p.attempts[0]),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l) => ({
      ...order(p, paidAttempt),
      ...reasonOf(l),
      ...statusOf(l, (s) => s === 'shipped' || s === 'delivered' || s === 'arrived_at_store', track),
    }),
    skip: (l, paid) =>
      (l.type === 'dispute.created' && !DISPUTABLE.has(paid?.method ?? '')) ||
      (l.type === 'fraud_warning.created' && paid?.method !== 'card'),
    settle: (l) => {
      const method = l.method ?? 'atm_transfer';
      return { method, data: { ...paymentOpening(p), paymentMethod: method } };
    },
    refundCancelled: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const track = tracking(rng, p);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, track), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 15 * 60_000],
    median: 700,
    spread: 0.7,
  });
}
