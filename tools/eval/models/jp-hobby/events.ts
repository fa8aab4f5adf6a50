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
const cardOf = (card: Card | undefined) => (card ? { card: { ...card } } : {});

function order(p: Purchase, shipping: Address): Data {
  const first = p.attempts[0];
  const card = p.method === 'card' ? first?.card : undefined;
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: checkoutCustomer(p.buyer),
    billing: copy(p.billing),
    shipping: copy(shipping),
    ip: p.ip,
    ...(p.device.id ? { deviceId: p.device.id } : {}),
    userAgent: p.device.userAgent,
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
    items: p.basket.lines.map((l) => ({ sku: l.sku, name: l.name, quantity: l.quantity, price: l.price })),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: { email: p.buyer.email, name: p.buyer.name },
    paymentMethod: a.method,
    ...(a.carrier ? { carrierBilling: a.carrier } : {}),
    ...cardOf(a.card),
    ...(a.card ? { checks: { avs: a.avs, cvc: a.cvc } } : {}),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
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
    if (closed && l.type !== 'refund.created') continue;
    const at = Math.max(t + 2000, p.at + Math.floor(l.afterMs));
    const reason = l.reason ? { reason: l.reason } : {};
    if (l.type === 'order.updated') {
      shipping = l.shipping ?? shipping;
      out.push(make(l.type, at, { ...order(p, shipping), ...reason }));
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

/** Posted ~0.4 s after the fact; in the release-day rush 3 % wait in the queue for up to five minutes. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliver(
    bodies(p, { orderId, paymentId }),
    orderId,
    () => (rng.chance(0.01) ? rng.int(20_000, 5 * 60_000) : Math.round(rng.logNormal(400, 0.5))),
    () => `msg_${rng.token(26)}`,
  );
}
