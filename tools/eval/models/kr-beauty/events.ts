import { type LabelledWebhook } from '../../traffic-model.js';
import {
  checkoutCustomer,
  deliver,
  eventMaker,
  type EventData,
  MONEY_LABELS,
  type TimedBody,
} from '../kit/events.js';
import { type Rng } from '../kit/random.js';
import { type Address, type Attempt, type Card, type Method, type Purchase } from './purchase.js';

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

const cardOf = (card: Card | undefined) => (card ? { card: { ...card } } : {});

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
    ip: p.ip,
    ...(p.device.id ? { deviceId: p.device.id } : {}),
    userAgent: p.device.userAgent,
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
    items: b.lines.map((l) => ({ sku: l.sku, name: l.name, quantity: l.quantity, price: l.price })),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: { email: p.buyer.email, name: p.buyer.name },
    paymentMethod: a.method,
    ...cardOf(a.card),
    ...(a.card ? { checks: { avs: a.avs, cvc: a.cvc } } : {}),
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
  const make = eventMaker(ids);
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  const out = [make('order.created', p.at, order(p, p.shipping))];
  let t = p.at;
  let captured = false;
  let paidWith: { method: Method; card?: Card } = { method: p.method };
  for (const a of p.attempts) {
    t += Math.max(1000, Math.floor(a.afterMs));
    if (a.ok) [captured, paidWith] = [true, { method: a.method, ...(a.card ? { card: a.card } : {}) }];
    out.push(make(a.ok ? 'payment.succeeded' : 'payment.failed', t, payment(p, a)));
    if (a.ok) break;
  }
  let shipping = p.shipping;
  let closed = false;
  for (const l of [...p.later].sort((a, b) => a.afterMs - b.afterMs)) {
    if (MONEY_LABELS.has(l.type) && !captured) continue;
    if (l.type === 'dispute.created' && !DISPUTABLE.has(paidWith.method)) continue;
    if (l.type === 'fraud_warning.created' && paidWith.method !== 'card') continue;
    if (l.shipped && !captured) continue;
    if (closed && l.type !== 'refund.created') continue;
    const at = Math.max(t + 2000, p.at + Math.floor(l.afterMs));
    const reason = l.reason ? { reason: l.reason } : {};
    if (l.type === 'order.updated') {
      shipping = l.shipping ?? shipping;
      const shipped = l.shipped ? { fulfillment: 'shipped', trackingNumber: tracking(rng, p) } : {};
      out.push(make(l.type, at, { ...order(p, shipping), ...reason, ...shipped }));
    } else if (l.type === 'order.cancelled') {
      closed = true;
      out.push(make(l.type, at, { ...money, ...reason, customer: { email: p.buyer.email } }));
      if (captured && !p.later.some((x) => x.type === 'refund.created'))
        out.push(
          make('refund.created', at + 60_000, {
            ...money,
            reason: 'order_cancelled',
            paymentMethod: paidWith.method,
          }),
        );
    } else if (l.type === 'refund.created')
      out.push(
        make(l.type, at, {
          ...money,
          amount: l.amount ?? money.amount,
          ...reason,
          paymentMethod: paidWith.method,
        }),
      );
    else
      out.push(
        make(l.type, at, { ...money, ...reason, paymentMethod: paidWith.method, ...cardOf(paidWith.card) }),
      );
    t = Math.max(t, at);
  }
  return out.sort((a, b) => a.at - b.at);
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
