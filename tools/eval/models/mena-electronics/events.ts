import { type LabelledWebhook } from '../../traffic-model.js';
import {
  checkoutCustomer,
  deliver,
  eventMaker,
  type EventData as Data,
  MONEY_LABELS,
  type TimedBody,
} from '../kit/events.js';
import { type Rng } from '../kit/random.js';
import { cardOf, cardWithChecks } from '../kit/timeline.js';
import { type Card } from './cards.js';
import { type Address } from './places.js';
import { type Purchase } from './purchase.js';

/**
 * The store's backend posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout; one
 * `payment.succeeded` / `payment.failed` per card authorisation or buy-now-pay-later decision (no card on
 * those); cash on delivery is a `payment.succeeded` when the courier collects, or an `order.cancelled` when
 * the order is refused, unreachable or fails the confirmation call. Then address changes, refunds, early fraud
 * warnings and disputes — the money events only after money was captured. `paymentMethod` (`card`, `cod`,
 * `bnpl`) is an extra field Vigil ignores.
 */

const copy = (a: Address) => ({ ...a });

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
    ...cardOf(card),
    items: p.basket.lines.map((l) => ({ sku: l.sku, name: l.name, quantity: l.quantity, price: l.price })),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  const make = eventMaker(ids);
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  const out = [make('order.created', p.at, order(p, p.attempts[0]?.card, p.shipping))];
  let t = p.at;
  let captured = false;
  let capturedCard: Card | undefined;
  for (const a of p.attempts) {
    t += Math.max(1000, Math.floor(a.afterMs));
    if (a.ok) [captured, capturedCard] = [true, a.card];
    out.push(
      make(a.ok ? 'payment.succeeded' : 'payment.failed', t, {
        ...money,
        customer: { email: p.buyer.email, name: p.buyer.name },
        billing: copy(p.billing),
        paymentMethod: p.method,
        ...cardWithChecks(a),
        ...(a.decline ? { reason: a.decline } : {}),
      }),
    );
  }
  let shipping = p.shipping;
  for (const l of [...p.later].sort((a, b) => a.afterMs - b.afterMs)) {
    if (MONEY_LABELS.has(l.type) && !captured) continue;
    const at = Math.max(t + 2000, p.at + Math.floor(l.afterMs));
    const reason = l.reason ? { reason: l.reason } : {};
    if (l.type === 'payment.succeeded') {
      if (captured) continue;
      captured = true;
      out.push(make(l.type, at, { ...money, paymentMethod: p.method, customer: { email: p.buyer.email } }));
    } else if (l.type === 'order.updated') {
      shipping = l.shipping ?? shipping;
      out.push(make(l.type, at, order(p, capturedCard ?? p.attempts[0]?.card, shipping)));
    } else if (l.type === 'order.cancelled')
      out.push(make(l.type, at, { ...money, ...reason, customer: { email: p.buyer.email } }));
    else if (l.type === 'refund.created')
      out.push(make(l.type, at, { ...money, amount: l.amount ?? money.amount, ...reason }));
    else
      out.push(make(l.type, at, { ...money, ...reason, paymentMethod: p.method, ...cardOf(capturedCard) }));
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Delivered ~0.5 s after the fact; 1.5 % are retried 20 s – 5 min later and hold back the purchase's rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliver(
    bodies(p, { orderId, paymentId }),
    orderId,
    () => (rng.chance(0.015) ? rng.int(20_000, 5 * 60_000) : Math.round(rng.logNormal(500, 0.5))),
    () => `msg_${rng.token(26)}`,
  );
}
