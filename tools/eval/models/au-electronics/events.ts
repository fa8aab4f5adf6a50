import { type CanonicalEvent, type CanonicalEventData, type CanonicalEventType } from '@vigil/contracts';
import { type LabelledWebhook } from '../../traffic-model.js';
import { type Address } from './places.js';
import { type Attempt, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The store runs its own checkout and posts Vigil's canonical Standard Webhooks bodies: `order.created`
 * when the checkout is submitted (customer, addresses, browser, basket, the tokenised card), one payment
 * event per authorisation attempt (the gateway knows card, billing and checks, not the browser), and
 * later updates, cancellations, refunds, disputes and early fraud warnings referring to the order.
 */

type Data = CanonicalEventData & { reason?: string };
interface Draft {
  type: CanonicalEventType;
  occurred: number;
  data: Data;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const place = (a: Address) => ({
  country: a.country,
  ...(a.postalCode ? { postalCode: a.postalCode } : {}),
  city: a.city,
  line1: a.line1,
});

function customer(p: Purchase): NonNullable<Data['customer']> {
  const { id, email, name, createdAt } = p.buyer;
  return {
    ...(id ? { id } : {}),
    email,
    name,
    ...(id && createdAt !== undefined ? { createdAt: iso(createdAt) } : {}),
  };
}

function card(attempt: Attempt | undefined): Data {
  return attempt?.card ? { card: { ...attempt.card } } : {};
}

function checkout(p: Purchase, attempt: Attempt | undefined, shipping: Address | undefined): Data {
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: customer(p),
    billing: place(p.billing),
    ...(shipping ? { shipping: place(shipping) } : {}),
    ip: p.ip,
    ...(p.device.id ? { deviceId: p.device.id } : {}),
    ...(p.device.userAgent ? { userAgent: p.device.userAgent } : {}),
    ...card(attempt),
    items: p.basket.lines.map((l) => ({ ...l })),
  };
}

function drafts(p: Purchase, ids: { orderId: string; paymentId: string }): Draft[] {
  const out: Draft[] = [
    { type: 'order.created', occurred: p.at, data: { ...ids, ...checkout(p, p.attempts[0], p.shipping) } },
  ];
  const money = { ...ids, amount: p.basket.amount, currency: p.basket.currency };
  let t = p.at;
  let success: Attempt | undefined;
  for (const attempt of p.attempts) {
    t += attempt.afterMs;
    if (attempt.ok) success = attempt;
    out.push({
      type: attempt.ok ? 'payment.succeeded' : 'payment.failed',
      occurred: t,
      data: {
        ...money,
        customer: { email: p.buyer.email, name: p.buyer.name },
        billing: place(p.billing),
        ...card(attempt),
        checks: { avs: attempt.avs, cvc: attempt.cvc },
      },
    });
  }
  for (const follow of p.followUps) {
    const occurred = Math.max(t + 1_000, p.at + follow.afterMs);
    if (follow.type === 'order.updated') {
      out.push({
        type: follow.type,
        occurred,
        data: { ...ids, ...checkout(p, success ?? p.attempts[0], follow.shipping ?? p.shipping) },
      });
    } else if (follow.type === 'order.cancelled') {
      out.push({ type: follow.type, occurred, data: { ...money, customer: { email: p.buyer.email } } });
    } else {
      const extra = follow.type === 'refund.created' ? {} : card(success);
      out.push({
        type: follow.type,
        occurred,
        data: { ...ids, amount: follow.amount, currency: p.basket.currency, reason: follow.reason, ...extra },
      });
    }
  }
  return out.sort((a, b) => a.occurred - b.occurred);
}

/** A purchase's webhooks in posting order; a failed delivery is retried minutes later and holds the rest back. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  let last = 0;
  return drafts(p, { orderId, paymentId }).map((draft) => {
    const lag = rng.chance(0.01) ? rng.int(30_000, 10 * 60_000) : Math.round(rng.logNormal(350, 0.6));
    const at = Math.max(last, draft.occurred + lag);
    last = at;
    const body: CanonicalEvent = { type: draft.type, timestamp: iso(draft.occurred), data: draft.data };
    return { at, kind: 'standard', id: `msg_${rng.token(26)}`, headers: {}, body, purchase: orderId };
  });
}
