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
import { type Address, type Card, type Method, type Purchase } from './purchase.js';

/**
 * What the store's order service posts (Vigil's canonical Standard Webhooks bodies): `order.created` at
 * checkout; one `payment.succeeded` / `payment.failed` per attempt — with the card, its checks and the 3-D
 * Secure outcome for cards, no card for M-Pesa, MoMo, bank transfer and USSD; `payment.succeeded` when a
 * pay-on-delivery parcel is paid at the door (or `payment.failed` when the transfer shown to the rider never
 * arrives); `order.updated` when the delivery address changes; `order.cancelled`; and refunds, early fraud
 * warnings and disputes only after money was taken. `paymentMethod`, `deliveryMethod`, `discountCode` and
 * `threeDSecure` are extra fields; `reason` carries declines, cancellations, refunds and disputes.
 */

type Data = EventData & { deliveryMethod?: string; discountCode?: string; threeDSecure?: string };

const copy = (a: Address) => ({ ...a });
const cardOf = (card: Card | undefined) => (card ? { card: { ...card } } : {});

function order(p: Purchase, card: Card | undefined, shipping: Address | undefined): Data {
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: checkoutCustomer(p.buyer),
    billing: copy(p.billing),
    ...(shipping ? { shipping: copy(shipping) } : {}),
    ip: p.ip,
    ...(p.device.id ? { deviceId: p.device.id } : {}),
    userAgent: p.device.userAgent,
    paymentMethod: p.method,
    deliveryMethod: p.delivery,
    ...(p.coupon ? { discountCode: p.coupon } : {}),
    ...cardOf(card),
    items: p.basket.lines.map((l) => ({ sku: l.sku, name: l.name, quantity: l.quantity, price: l.price })),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  const make = (type: TimedBody['body']['type'], at: number, data: Data) => eventMaker(ids)(type, at, data);
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  const firstCard = p.method === 'card' ? p.attempts[0]?.card : undefined;
  const out = [make('order.created', p.at, order(p, firstCard, p.shipping))];
  let t = p.at;
  let captured = false;
  let paidWith: { method: Method; card?: Card } = { method: p.method };
  for (const a of p.attempts) {
    t += Math.max(1000, Math.floor(a.afterMs));
    if (a.ok) [captured, paidWith] = [true, { method: a.method, ...(a.card ? { card: a.card } : {}) }];
    out.push(
      make(a.ok ? 'payment.succeeded' : 'payment.failed', t, {
        ...money,
        customer: { email: p.buyer.email, name: p.buyer.name },
        paymentMethod: a.method,
        ...cardOf(a.card),
        ...(a.card ? { checks: { avs: a.avs, cvc: a.cvc } } : {}),
        ...(a.threeDSecure ? { threeDSecure: a.threeDSecure } : {}),
        ...(a.decline ? { reason: a.decline } : {}),
      }),
    );
  }
  let shipping = p.shipping;
  let closed = false;
  for (const l of [...p.later].sort((a, b) => a.afterMs - b.afterMs)) {
    if (MONEY_LABELS.has(l.type) && !captured) continue;
    if (closed && l.type !== 'refund.created') continue;
    const at = Math.max(t + 2000, p.at + Math.floor(l.afterMs));
    const reason = l.reason ? { reason: l.reason } : {};
    const customer = { email: p.buyer.email };
    if (l.type === 'payment.succeeded' || l.type === 'payment.failed') {
      if (captured) continue;
      const method = l.method ?? p.method;
      if (l.type === 'payment.succeeded') [captured, paidWith] = [true, { method }];
      out.push(make(l.type, at, { ...money, ...reason, paymentMethod: method, customer }));
    } else if (l.type === 'order.updated') {
      shipping = l.shipping ?? shipping;
      out.push(make(l.type, at, order(p, firstCard, shipping)));
    } else if (l.type === 'order.cancelled') {
      closed = true;
      out.push(make(l.type, at, { ...money, ...reason, customer }));
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

/** Posted ~0.4 s after the fact; 3 % wait in the Black Friday queue (1–15 min) and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliver(
    bodies(p, { orderId, paymentId }),
    orderId,
    () => (rng.chance(0.03) ? rng.int(60_000, 15 * 60_000) : Math.round(rng.logNormal(400, 0.7))),
    () => `msg_${rng.token(26)}`,
  );
}
