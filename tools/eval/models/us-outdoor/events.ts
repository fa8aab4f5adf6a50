import { type CanonicalEvent, type CanonicalEventData, type CanonicalEventType } from '@vigil/contracts';
import { type LabelledWebhook } from '../../traffic-model.js';
import { type Address } from './addresses.js';
import { type Attempt, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The store's own integration posts Vigil's canonical Standard Webhooks bodies. `order.created` goes out
 * when the checkout form is submitted: customer, addresses, browser, basket and the card the payment form
 * tokenised. Each authorisation attempt is a payment event on the order's one payment intent with that
 * attempt's card and checks (a payment processor knows the billing address, not the browser). Address
 * changes resend the order; cancellations, refunds, disputes and early fraud warnings refer back by id.
 */

/** The canonical body's data, plus the reason field refund and dispute events carry. */
type Data = CanonicalEventData & { reason?: string };

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function address(value: Address): NonNullable<CanonicalEventData['billing']> {
  return {
    country: value.country,
    ...(value.postalCode ? { postalCode: value.postalCode } : {}),
    city: value.city,
    line1: value.line1,
  };
}

function cardOf(attempt: Attempt): NonNullable<CanonicalEventData['card']> {
  const { bin, last4, brand, country, fingerprint } = attempt.card;
  return { bin, last4, brand, country, fingerprint };
}

function customer(purchase: Purchase): NonNullable<CanonicalEventData['customer']> {
  const { buyer } = purchase;
  return {
    ...(buyer.id ? { id: buyer.id } : {}),
    email: buyer.email,
    name: buyer.name,
    ...(buyer.id && buyer.createdAt !== undefined ? { createdAt: iso(buyer.createdAt) } : {}),
  };
}

function checkout(purchase: Purchase, attempt: Attempt | undefined, shipping: Address | undefined): Data {
  const { basket, device } = purchase;
  return {
    amount: basket.amount,
    currency: basket.currency,
    customer: customer(purchase),
    billing: address(purchase.billing),
    ...(shipping ? { shipping: address(shipping) } : {}),
    ip: purchase.ip,
    ...(device.id ? { deviceId: device.id } : {}),
    ...(device.userAgent ? { userAgent: device.userAgent } : {}),
    ...(attempt ? { card: cardOf(attempt) } : {}),
    items: basket.lines.map((line) => ({ sku: line.sku, quantity: line.quantity, price: line.price })),
  };
}

interface Draft {
  type: CanonicalEventType;
  occurred: number;
  data: Data;
}

function drafts(purchase: Purchase, ids: { orderId: string; paymentId: string }): Draft[] {
  const first = purchase.attempts[0];
  const out: Draft[] = [
    {
      type: 'order.created',
      occurred: purchase.at,
      data: { ...ids, ...checkout(purchase, first, purchase.shipping) },
    },
  ];
  const money = { ...ids, amount: purchase.basket.amount, currency: purchase.basket.currency };
  let t = purchase.at;
  let paid: Attempt | undefined;
  for (const attempt of purchase.attempts) {
    t += attempt.afterMs;
    if (attempt.ok) paid = attempt;
    out.push({
      type: attempt.ok ? 'payment.succeeded' : 'payment.failed',
      occurred: t,
      data: {
        ...money,
        customer: customer(purchase),
        billing: address(purchase.billing),
        card: cardOf(attempt),
        checks: { ...attempt.checks },
      },
    });
  }
  // Follow-ups are timed from the order; none can precede the payment it is about.
  const settled = t;
  for (const follow of purchase.followUps) {
    const occurred = Math.max(settled + 1000, purchase.at + follow.afterMs);
    switch (follow.type) {
      case 'order.updated':
        out.push({
          type: follow.type,
          occurred,
          data: { ...ids, ...checkout(purchase, paid ?? first, follow.shipping) },
        });
        break;
      case 'order.cancelled':
        out.push({
          type: follow.type,
          occurred,
          data: { ...money, customer: { email: purchase.buyer.email } },
        });
        break;
      case 'refund.created':
        out.push({
          type: follow.type,
          occurred,
          data: { ...ids, amount: follow.amount, currency: purchase.basket.currency, reason: follow.reason },
        });
        break;
      case 'dispute.created':
      case 'fraud_warning.created':
        out.push({
          type: follow.type,
          occurred,
          data: { ...money, reason: follow.reason, ...(paid ? { card: cardOf(paid) } : {}) },
        });
        break;
    }
  }
  return out.sort((a, b) => a.occurred - b.occurred);
}

/**
 * A purchase's webhooks in posting order. Delivery takes a few hundred milliseconds; now and then the
 * first delivery fails and the retry lands minutes later, and later events of the order wait behind it.
 */
export function webhooksFor(
  rng: Rng,
  purchase: Purchase,
  orderId: string,
  paymentId: string,
): LabelledWebhook[] {
  let last = 0;
  return drafts(purchase, { orderId, paymentId }).map((draft) => {
    const lag = rng.chance(0.015)
      ? rng.int(60_000, 20 * 60_000)
      : Math.round(rng.logNormalOfNormal(400, 0.7));
    const at = Math.max(last, draft.occurred + lag);
    last = at;
    const body: CanonicalEvent = { type: draft.type, timestamp: iso(draft.occurred), data: draft.data };
    return { at, kind: 'standard', id: `msg_${rng.token(26)}`, headers: {}, body, purchase: orderId };
  });
}
