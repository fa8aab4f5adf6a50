import { type LabelledWebhook } from '../../traffic-model.js';
import {
  checkoutCustomer,
  connectionOf,
  deliver,
  type EventData as Data,
  eventMaker,
  MONEY_LABELS,
  type TimedBody,
} from '../kit/events.js';
import { type Rng } from '../kit/random.js';
import { cardOf, cardWithChecks } from '../kit/timeline.js';
import { type Card, type Purchase } from './purchase.js';

/**
 * The store's backend posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (no
 * shipping address: nothing ships), one `payment.succeeded` / `payment.failed` per try — a card authorisation
 * with the issuer's address and CVC checks and its decline code, or a wallet / instant payment confirming
 * (no card) — `order.cancelled` for an order left unpaid, `order.updated` when a gift's recipient e-mail is
 * corrected, then refunds, early fraud warnings and disputes, only after money was taken. An extra
 * `paymentMethod` field names the method; Vigil ignores it.
 */

function order(p: Purchase, email = p.buyer.email): Data {
  const first = p.attempts[0];
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: checkoutCustomer({ ...p.buyer, email }),
    billing: { ...p.billing },
    ...connectionOf(p.ip, p.device),
    paymentMethod: p.method,
    ...(p.method === 'card' ? cardOf(first?.card) : {}),
    items: p.basket.lines.map((l) => ({ ...l })),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  const make = eventMaker(ids);
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  const out = [make('order.created', p.at, order(p))];
  let t = p.at;
  let captured: { card?: Card } | undefined;
  for (const a of p.attempts) {
    t += Math.max(1000, a.afterMs);
    if (a.ok) captured = a.card ? { card: a.card } : {};
    out.push(
      make(a.ok ? 'payment.succeeded' : 'payment.failed', t, {
        ...money,
        customer: { email: p.buyer.email },
        paymentMethod: a.method ?? p.method,
        ...cardWithChecks(a),
        ...(a.decline ? { reason: a.decline } : {}),
      }),
    );
  }
  for (const l of [...p.later].sort((a, b) => a.afterMs - b.afterMs)) {
    if (MONEY_LABELS.has(l.type) && !captured) continue;
    if (l.type === 'order.cancelled' && captured) continue;
    const at = Math.max(t + 2000, p.at + Math.floor(l.afterMs));
    const reason = l.reason ? { reason: l.reason } : {};
    if (l.type === 'order.updated') out.push(make(l.type, at, order(p, l.email)));
    else if (l.type === 'order.cancelled') out.push(make(l.type, at, { ...money, ...reason }));
    else if (l.type === 'refund.created')
      out.push(make(l.type, at, { ...money, amount: l.amount ?? money.amount, ...reason }));
    else out.push(make(l.type, at, { ...money, ...reason, ...cardOf(captured?.card) }));
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Delivered ~0.3 s after the fact; 1 % are retried 10 s – 5 min later and hold back the purchase's rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliver(
    bodies(p, { orderId, paymentId }),
    orderId,
    () => (rng.chance(0.01) ? rng.int(10_000, 5 * 60_000) : Math.round(rng.logNormal(300, 0.5))),
    () => `msg_${rng.token(26)}`,
  );
}
