import { type LabelledWebhook } from '../../traffic-model.js';
import {
  checkoutCustomer,
  deliver,
  eventMaker,
  type EventData as Data,
  MONEY_LABELS,
  type TimedBody,
} from '../kit/events.js';
import { type Address } from '../kit/purchase.js';
import { type Attempt, type Purchase } from './purchase.js';
import { type Rng } from './random.js';

/**
 * Maison Nord's backend posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout, one
 * `payment.succeeded` / `payment.failed` per authorisation on the same payment intent, then what happens
 * later — shipping changes, cancellations, refunds, the issuer's early fraud warnings and chargebacks. Money
 * labels (refunds, warnings, disputes) only follow a captured payment.
 */

const copy = (a: Address) => ({ ...a });
const cardOf = (a: Attempt | undefined) => (a ? { card: { ...a.card } } : {});

function order(p: Purchase, card: Attempt | undefined, shipping: Address): Data {
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: checkoutCustomer(p.buyer),
    billing: copy(p.billing),
    shipping: copy(shipping),
    ip: p.ip,
    ...(p.device.id ? { deviceId: p.device.id } : {}),
    userAgent: p.device.userAgent,
    ...cardOf(card),
    items: p.basket.lines.map((l) => ({ ...l })),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  const make = eventMaker(ids);
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  const out = [make('order.created', p.at, order(p, p.attempts[0], p.shipping))];
  let t = p.at;
  let captured: Attempt | undefined;
  for (const a of p.attempts) {
    t += Math.max(1000, Math.floor(a.afterMs));
    if (a.ok) captured = a;
    out.push(
      make(a.ok ? 'payment.succeeded' : 'payment.failed', t, {
        ...money,
        customer: { email: p.buyer.email, name: p.buyer.name },
        billing: copy(p.billing),
        ...cardOf(a),
        checks: { avs: a.avs, cvc: a.cvc },
      }),
    );
  }
  for (const l of p.later) {
    if (MONEY_LABELS.has(l.type) && !captured) continue;
    const at = Math.max(t + 2000, p.at + Math.floor(l.afterMs));
    const reason = l.reason ? { reason: l.reason } : {};
    if (l.type === 'order.updated') out.push(make(l.type, at, order(p, captured, l.shipping ?? p.shipping)));
    else if (l.type === 'order.cancelled')
      out.push(make(l.type, at, { ...money, customer: { email: p.buyer.email } }));
    else if (l.type === 'refund.created')
      out.push(make(l.type, at, { ...money, amount: l.amount ?? money.amount, ...reason }));
    else out.push(make(l.type, at, { ...money, ...reason, ...cardOf(captured) }));
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Delivered ~0.3 s after the fact; 1 % are retried 20 s – 5 min later and hold back the purchase's rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliver(
    bodies(p, { orderId, paymentId }),
    orderId,
    () => (rng.yes(0.01) ? rng.int(20_000, 5 * 60_000) : Math.round(rng.lognormal(300, 0.6))),
    () => `evt_${rng.chars(26)}`,
  );
}
