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
import { type Card } from './cards.js';
import { type Address } from './places.js';
import { type Method, type Purchase } from './purchase.js';

/**
 * What the store's order service posts (Vigil's canonical Standard Webhooks bodies): `order.created` at
 * checkout; one `payment.succeeded` / `payment.failed` per attempt — with the card and its checks for card
 * payments, none for UPI, wallets, net banking and pay-later; `order.updated` when the delivery address is
 * corrected or a failed online payment is switched to cash on delivery; for COD, `payment.succeeded` when the
 * courier remits the cash, or `order.cancelled` when the parcel is refused or never confirmed; refunds, early
 * fraud warnings and disputes only after money was taken. `paymentMethod` is an extra field.
 */

const copy = (a: Address) => ({ ...a });
const cardOf = (card: Card | undefined) => (card ? { card: { ...card } } : {});

function order(
  p: Purchase,
  method: Method,
  card: Card | undefined,
  shipping: Address | undefined,
): EventData {
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: checkoutCustomer(p.buyer),
    billing: copy(p.billing),
    ...(shipping ? { shipping: copy(shipping) } : {}),
    ip: p.ip,
    ...(p.device.id ? { deviceId: p.device.id } : {}),
    userAgent: p.device.userAgent,
    paymentMethod: method,
    ...cardOf(card),
    items: p.basket.lines.map((l) => ({ sku: l.sku, name: l.name, quantity: l.quantity, price: l.price })),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  const make = eventMaker(ids);
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  const firstCard = p.method === 'card' ? p.attempts[0]?.card : undefined;
  const out = [make('order.created', p.at, order(p, p.method, firstCard, p.shipping))];
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
        ...(a.decline ? { reason: a.decline } : {}),
      }),
    );
  }
  let shipping = p.shipping;
  let method = p.method;
  let closed = false;
  for (const l of [...p.later].sort((a, b) => a.afterMs - b.afterMs)) {
    if (MONEY_LABELS.has(l.type) && !captured) continue;
    if (closed && l.type !== 'refund.created') continue;
    const at = Math.max(t + 2000, p.at + Math.floor(l.afterMs));
    const reason = l.reason ? { reason: l.reason } : {};
    if (l.type === 'payment.succeeded') {
      if (captured) continue;
      captured = true;
      paidWith = { method: 'cod' };
      out.push(make(l.type, at, { ...money, paymentMethod: 'cod', customer: { email: p.buyer.email } }));
    } else if (l.type === 'order.updated') {
      shipping = l.shipping ?? shipping;
      method = l.method ?? method;
      out.push(make(l.type, at, order(p, method, method === 'card' ? firstCard : undefined, shipping)));
    } else if (l.type === 'order.cancelled') {
      closed = true;
      out.push(make(l.type, at, { ...money, ...reason, customer: { email: p.buyer.email } }));
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

/** Posted ~0.6 s after the fact; 2 % are retried 30 s – 10 min later and hold back the purchase's rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliver(
    bodies(p, { orderId, paymentId }),
    orderId,
    () => (rng.chance(0.02) ? rng.int(30_000, 10 * 60_000) : Math.round(rng.logNormal(600, 0.6))),
    () => `msg_${rng.token(27)}`,
  );
}
