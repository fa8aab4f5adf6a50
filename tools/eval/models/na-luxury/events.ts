import { type CanonicalEvent, type CanonicalEventData } from '@vigil/contracts';
import { type LabelledWebhook } from '../../traffic-model.js';
import { type Address, type Attempt, type Purchase } from './purchase.js';
import { type Rng } from './random.js';

/**
 * Maison Nord's backend posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout, one
 * `payment.succeeded` / `payment.failed` per authorisation on the same payment intent, then what happens
 * later — shipping changes, cancellations, refunds, the issuer's early fraud warnings and chargebacks. Money
 * labels (refunds, warnings, disputes) only follow a captured payment.
 */

type Data = CanonicalEventData & {
  reason?: string;
  items?: Array<{ sku: string; name: string; category: string; quantity: number; price: number }>;
};
type Body = CanonicalEvent & { data: Data };

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const copy = (a: Address) => ({ ...a });
const cardOf = (a: Attempt | undefined) => (a ? { card: { ...a.card } } : {});

function order(p: Purchase, card: Attempt | undefined, shipping: Address): Data {
  const { id, email, name, createdAt } = p.buyer;
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: {
      ...(id ? { id } : {}),
      email,
      name,
      ...(id && createdAt !== undefined ? { createdAt: iso(createdAt) } : {}),
    },
    billing: copy(p.billing),
    shipping: copy(shipping),
    ip: p.ip,
    ...(p.device.id ? { deviceId: p.device.id } : {}),
    userAgent: p.device.userAgent,
    ...cardOf(card),
    items: p.basket.lines.map((l) => ({ ...l })),
  };
}

const MONEY_LABELS = new Set(['refund.created', 'dispute.created', 'fraud_warning.created']);

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): Array<{ at: number; body: Body }> {
  const make = (type: Body['type'], at: number, data: Data) => ({
    at,
    body: { type, timestamp: iso(at), data: { ...ids, ...data } },
  });
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
  let last = 0;
  return bodies(p, { orderId, paymentId }).map(({ at, body }) => {
    const lag = rng.yes(0.01) ? rng.int(20_000, 5 * 60_000) : Math.round(rng.lognormal(300, 0.6));
    last = Math.max(last, at + lag);
    return { at: last, kind: 'standard', id: `evt_${rng.chars(26)}`, headers: {}, body, purchase: orderId };
  });
}
