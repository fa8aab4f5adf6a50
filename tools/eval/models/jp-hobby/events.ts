import { type LabelledWebhook } from '../../traffic-model.js';
import {
  checkoutCustomer,
  connectionOf,
  deliver,
  type EventData,
  eventMaker,
  itemsOf,
  type TimedBody,
} from '../kit/events.js';
import { type Rng } from '../kit/random.js';
import { afterOrder, cardOf, cardWithChecks, reasonOf } from '../kit/timeline.js';
import { type Address, type Attempt, type Method, type Purchase } from './purchase.js';

/**
 * What the store's order system posts (Vigil's canonical Standard Webhooks bodies): `order.created` at
 * checkout; one `payment.succeeded` / `payment.failed` per authorisation, and `payment.succeeded` when a konbini
 * slip or bank transfer is paid (hours or days later) or cash is collected on delivery; `order.updated` when the
 * delivery address changes; `order.cancelled` (an unpaid slip, a refused parcel, a review, the customer);
 * refunds, early fraud warnings and chargebacks only after money was taken. Extra fields: `paymentMethod`,
 * `carrierBilling`, `threeDSecure`, `shippingMethod`, `shippingFee`, `paymentFee`, `discountCode`, `discount`,
 * `channel`, `locale`, `lotteryEntry`, `preorder`, `gift`; `reason` on declines and later events.
 */

type Data = EventData & {
  carrierBilling?: string;
  threeDSecure?: string;
  shippingMethod?: string;
  shippingFee?: number;
  paymentFee?: number;
  discountCode?: string;
  discount?: number;
  channel?: string;
  locale?: string;
  lotteryEntry?: string;
  preorder?: boolean;
  gift?: boolean;
};

/** Disputes exist for cards and PayPal; issuers' early fraud warnings for cards only. */
const DISPUTABLE: ReadonlySet<Method> = new Set(['card', 'paypal']);

const copy = (a: Address) => ({ ...a });

function order(p: Purchase, shipping: Address): Data {
  const first = p.attempts[0];
  const card = p.method === 'card' ? first?.card : undefined;
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: checkoutCustomer(p.buyer),
    billing: copy(p.billing),
    shipping: copy(shipping),
    ...connectionOf(p.ip, p.device),
    paymentMethod: p.method,
    ...cardOf(card),
    shippingMethod: p.shipMethod,
    shippingFee: p.basket.shipping,
    ...(p.basket.fee > 0 ? { paymentFee: p.basket.fee } : {}),
    ...(p.coupon ? { discountCode: p.coupon } : {}),
    ...(p.basket.discount > 0 ? { discount: p.basket.discount } : {}),
    channel: p.app ? 'app' : 'web',
    locale: p.buyer.locale,
    ...(p.lottery ? { lotteryEntry: p.lottery } : {}),
    ...(p.basket.lines.some((l) => l.category === 'figure_preorder') ? { preorder: true } : {}),
    ...(p.gift ? { gift: true } : {}),
    items: itemsOf(p.basket.lines),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: { email: p.buyer.email, name: p.buyer.name },
    paymentMethod: a.method,
    ...(a.carrier ? { carrierBilling: a.carrier } : {}),
    ...cardWithChecks(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  let shipping = p.shipping;
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    skip: (l, paid) =>
      (l.type === 'dispute.created' && !(paid && DISPUTABLE.has(paid.method))) ||
      (l.type === 'fraud_warning.created' && paid?.method !== 'card'),
    updated: (l) => {
      shipping = l.shipping ?? shipping;
      return { ...order(p, shipping), ...reasonOf(l) };
    },
    refundCancelled: true,
  });
}

/** Posted ~0.4 s after the fact; in the release-day rush 3 % wait in the queue for up to five minutes. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliver(
    bodies(p, { orderId, paymentId }),
    orderId,
    () => (rng.chance(0.01) ? rng.int(20_000, 5 * 60_000) : Math.round(rng.logNormal(400, 0.5))),
    () => `msg_${rng.token(26)}`,
  );
}
