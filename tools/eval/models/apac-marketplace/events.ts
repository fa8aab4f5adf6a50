import { type LabelledWebhook } from '../../traffic-model.js';
import {
  deliver,
  eventMaker,
  type EventData as Data,
  iso,
  MONEY_LABELS,
  type TimedBody,
} from '../kit/events.js';
import { type Rng } from '../kit/random.js';
import { type Card } from './cards.js';
import { type Address } from './places.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The marketplace's backend posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout;
 * for cards and e-wallets one `payment.succeeded` / `payment.failed` per authorisation (e-wallet payments
 * carry no card); cash on delivery is collected (`payment.succeeded`) or refused (`order.cancelled`) days
 * later. Then refunds, early fraud warnings and disputes — only after money was captured.
 */

const copy = (a: Address) => ({ ...a });
const cardOf = (card: Card | undefined) => (card ? { card: { ...card } } : {});

function order(p: Purchase, card: Card | undefined, shipping: Address | undefined): Data {
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: { id: p.buyer.id, email: p.buyer.email, name: p.buyer.name, createdAt: iso(p.buyer.createdAt) },
    billing: copy(p.billing),
    ...(shipping ? { shipping: copy(shipping) } : {}),
    ip: p.ip,
    ...(p.device.id ? { deviceId: p.device.id } : {}),
    userAgent: p.device.userAgent,
    paymentMethod: p.method,
    ...cardOf(card),
    items: p.basket.lines.map((l) => ({ ...l })),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  const make = eventMaker(ids);
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  const first: Attempt | undefined = p.attempts[0];
  const out = [make('order.created', p.at, order(p, first?.card, p.shipping))];
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
        ...cardOf(a.card),
        ...(a.card ? { checks: { avs: 'unavailable', cvc: a.cvc } } : {}),
      }),
    );
  }
  const later = [...p.later].sort((a, b) => a.afterMs - b.afterMs);
  for (const l of later) {
    if (MONEY_LABELS.has(l.type) && !captured) continue;
    const at = Math.max(t + 2000, p.at + Math.floor(l.afterMs));
    const reason = l.reason ? { reason: l.reason } : {};
    if (l.type === 'payment.succeeded') {
      captured = true;
      out.push(make(l.type, at, { ...money, paymentMethod: p.method, customer: { email: p.buyer.email } }));
    } else if (l.type === 'order.updated')
      out.push(make(l.type, at, order(p, capturedCard, l.shipping ?? p.shipping)));
    else if (l.type === 'order.cancelled')
      out.push(make(l.type, at, { ...money, ...reason, customer: { email: p.buyer.email } }));
    else if (l.type === 'refund.created')
      out.push(make(l.type, at, { ...money, amount: l.amount ?? money.amount, ...reason }));
    else out.push(make(l.type, at, { ...money, ...reason, ...cardOf(capturedCard) }));
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Delivered ~0.4 s after the fact; 1 % are retried 15 s – 4 min later and hold back the purchase's rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliver(
    bodies(p, { orderId, paymentId }),
    orderId,
    () => (rng.chance(0.01) ? rng.int(15_000, 4 * 60_000) : Math.round(rng.logNormal(400, 0.5))),
    () => `msg_${rng.token(26)}`,
  );
}
