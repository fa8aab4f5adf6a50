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
 * What the shop's backend posts (Vigil's canonical Standard Webhooks bodies): `order.created` at checkout;
 * one `payment.succeeded` / `payment.failed` per authorisation (a virtual account's deposit hours later);
 * `order.updated` when the parcel ships (with its tracking number) or the delivery address changes;
 * `order.cancelled` (unpaid virtual account, review, the customer); refunds, early fraud warnings and
 * chargebacks only after money was taken. Extra fields: `paymentMethod`, `authentication`, `shippingMethod`,
 * `shippingFee`, `discountCode`, `referralCode`, `discount`, `pointsUsed`, `channel`, `locale`, `recipient`,
 * `gift`, `subscription`, `fulfillment`, `trackingNumber`; a `reason` on declines and later events.
 */

type Data = EventData & {
  authentication?: string;
  shippingMethod?: string;
  shippingFee?: number;
  discountCode?: string;
  referralCode?: string;
  discount?: number;
  pointsUsed?: number;
  channel?: string;
  locale?: string;
  recipient?: string;
  gift?: boolean;
  subscription?: string;
  fulfillment?: string;
  trackingNumber?: string;
};

/** Chargebacks exist for cards and PayPal; issuers' early fraud warnings for cards only. */
const DISPUTABLE: ReadonlySet<Method> = new Set(['card', 'paypal']);

function order(p: Purchase, shipping: Address): Data {
  const first = p.attempts[0];
  const b = p.basket;
  return {
    amount: b.amount,
    currency: b.currency,
    customer: checkoutCustomer(p.buyer),
    billing: { ...p.billing },
    shipping: { ...shipping },
    ...(p.recipient ? { recipient: p.recipient } : {}),
    ...connectionOf(p.ip, p.device),
    paymentMethod: p.method,
    ...cardOf(first?.method === 'card' ? first.card : undefined),
    shippingMethod: p.shipMethod,
    shippingFee: b.shipping,
    ...(p.coupon ? { discountCode: p.coupon } : {}),
    ...(p.referral ? { referralCode: p.referral } : {}),
    ...(b.discount > 0 ? { discount: b.discount } : {}),
    ...(b.points > 0 ? { pointsUsed: b.points } : {}),
    channel: p.channel,
    locale: p.buyer.locale,
    ...(p.gift ? { gift: true } : {}),
    ...(p.subscription ? { subscription: p.subscription } : {}),
    items: itemsOf(b.lines),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: { email: p.buyer.email, name: p.buyer.name },
    paymentMethod: a.method,
    ...cardWithChecks(a),
    ...(a.auth ? { authentication: a.auth } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

function tracking(rng: Rng, p: Purchase): string {
  return p.shipMethod === 'cj_parcel'
    ? rng.digits(12)
    : `${p.shipMethod === 'dhl' ? '' : 'EG'}${rng.digits(9)}KR`;
}

function bodies(rng: Rng, p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  let shipping = p.shipping;
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    skip: (l, paid) =>
      (l.type === 'dispute.created' && !(paid && DISPUTABLE.has(paid.method))) ||
      (l.type === 'fraud_warning.created' && paid?.method !== 'card') ||
      (l.shipped === true && !paid),
    updated: (l) => {
      shipping = l.shipping ?? shipping;
      const shipped = l.shipped ? { fulfillment: 'shipped', trackingNumber: tracking(rng, p) } : {};
      return { ...order(p, shipping), ...reasonOf(l), ...shipped };
    },
    refundCancelled: true,
  });
}

/** Posted about half a second after the fact; in the 11.11 rush one in a hundred waits up to five minutes in the queue. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliver(
    bodies(rng, p, { orderId, paymentId }),
    orderId,
    () => (rng.chance(0.01) ? rng.int(20_000, 5 * 60_000) : Math.round(rng.logNormal(500, 0.5))),
    () => `msg_${rng.token(26)}`,
  );
}
