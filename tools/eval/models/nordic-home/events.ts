import { type CanonicalEvent, type CanonicalEventData, type CanonicalEventType } from '@vigil/contracts';
import { type LabelledWebhook } from '../../traffic-model.js';
import { type Address } from './places.js';
import { type Attempt, type Purchase } from './purchase.js';
import { type Rng } from './random.js';

/**
 * Purchases become Standard Webhooks bodies in Vigil's canonical shape. The order event carries the
 * checkout (customer, addresses, network, basket and the card first tried); each payment attempt is its own
 * event with its card and checks; later events refer back by order and payment id. The shop posts a moment
 * after each event happens, occasionally minutes late when a delivery is retried.
 */

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function address(value: Address): CanonicalEventData['billing'] {
  return { country: value.country, postalCode: value.postalCode, city: value.city, line1: value.line1 };
}

function checkout(
  purchase: Purchase,
  attempt: Attempt | undefined,
  shipping: Address | undefined,
): CanonicalEventData {
  const { buyer, basket } = purchase;
  return {
    amount: basket.amount,
    currency: basket.currency,
    customer: {
      ...(buyer.id ? { id: buyer.id } : {}),
      email: buyer.email,
      name: buyer.name,
      ...(buyer.createdAt !== undefined ? { createdAt: iso(buyer.createdAt) } : {}),
    },
    billing: address(purchase.billing),
    ...(shipping ? { shipping: address(shipping) } : {}),
    ip: purchase.ip,
    deviceId: purchase.device.id,
    userAgent: purchase.device.userAgent,
    ...(attempt ? { card: { ...attempt.card }, checks: { avs: attempt.avs, cvc: attempt.cvc } } : {}),
    items: basket.lines.map((line) => ({ sku: line.sku, quantity: line.quantity, price: line.price })),
  };
}

interface Draft {
  type: CanonicalEventType;
  occurred: number;
  data: CanonicalEventData;
}

function drafts(purchase: Purchase, orderId: string, paymentId: string): Draft[] {
  const ids = { orderId, paymentId };
  const first = purchase.attempts[0];
  let shipping = purchase.shipping;
  const out: Draft[] = [
    {
      type: 'order.created',
      occurred: purchase.at,
      data: { ...ids, ...checkout(purchase, first, shipping) },
    },
  ];
  let t = purchase.at;
  let success: Attempt | undefined;
  for (const attempt of purchase.attempts) {
    t += attempt.afterMs;
    if (attempt.ok) success = attempt;
    out.push({
      type: attempt.ok ? 'payment.succeeded' : 'payment.failed',
      occurred: t,
      data: { ...ids, ...checkout(purchase, attempt, shipping) },
    });
  }
  const money = { ...ids, amount: purchase.basket.amount, currency: purchase.basket.currency };
  for (const follow of purchase.followUps) {
    const occurred = purchase.at + follow.afterMs;
    switch (follow.type) {
      case 'order.updated':
        shipping = follow.shipping;
        out.push({
          type: follow.type,
          occurred,
          data: { ...ids, ...checkout(purchase, success ?? first, shipping) },
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
          data: { ...ids, amount: follow.amount, currency: purchase.basket.currency },
        });
        break;
      case 'dispute.created':
      case 'fraud_warning.created':
        out.push({
          type: follow.type,
          occurred,
          data: { ...money, ...(success ? { card: { ...success.card } } : {}) },
        });
        break;
    }
  }
  return out.sort((a, b) => a.occurred - b.occurred);
}

/** The webhooks of one purchase, posted in order: a delivery never overtakes an earlier one of the same order. */
export function webhooksFor(
  rng: Rng,
  purchase: Purchase,
  orderId: string,
  paymentId: string,
): LabelledWebhook[] {
  let last = 0;
  return drafts(purchase, orderId, paymentId).map((draft) => {
    const lag = rng.chance(0.01) ? rng.int(60_000, 15 * 60_000) : Math.round(rng.logNormal(350, 0.6));
    const at = Math.max(last, draft.occurred + lag);
    last = at;
    const body: CanonicalEvent = { type: draft.type, timestamp: iso(draft.occurred), data: draft.data };
    return { at, kind: 'standard', id: `msg_${rng.idToken(24)}`, headers: {}, body, purchase: orderId };
  });
}
