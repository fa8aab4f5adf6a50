import { type LabelledWebhook } from '../../traffic-model.js';
import {
  checkoutCustomer,
  deliver,
  eventMaker,
  type EventData as Data,
  type TimedBody,
} from '../kit/events.js';
import { type Address, type Attempt, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The store's platform posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout with
 * everything the storefront knows; a payment event per authorisation (the payment service knows the card,
 * the billing address and the checks, not the browser); later updates, cancellations, refunds, chargebacks
 * and early fraud warnings naming the order.
 */

const addr = (a: Address) => ({
  country: a.country,
  ...(a.postalCode ? { postalCode: a.postalCode } : {}),
  city: a.city,
  line1: a.line1,
});
const cardOf = (a: Attempt | undefined): Data => (a?.card ? { card: { ...a.card } } : {});

function checkout(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: checkoutCustomer(p.buyer),
    billing: addr(p.billing),
    ...(shipping ? { shipping: addr(shipping) } : {}),
    ip: p.ip,
    ...(p.device.id ? { deviceId: p.device.id } : {}),
    ...(p.device.userAgent ? { userAgent: p.device.userAgent } : {}),
    ...cardOf(a),
    items: p.basket.lines.map((l) => ({ ...l })),
  };
}

function steps(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  const step = eventMaker(ids);
  const out = [step('order.created', p.at, checkout(p, p.attempts[0], p.shipping))];
  let t = p.at;
  let paidWith: Attempt | undefined;
  for (const a of p.attempts) {
    t += a.afterMs;
    if (a.ok) paidWith = a;
    out.push(
      step(a.ok ? 'payment.succeeded' : 'payment.failed', t, {
        amount: p.basket.amount,
        currency: p.basket.currency,
        customer: { email: p.buyer.email, name: p.buyer.name },
        billing: addr(p.billing),
        ...cardOf(a),
        checks: { avs: a.avs, cvc: a.cvc },
      }),
    );
  }
  for (const f of p.followUps) {
    const at = Math.max(t + 2_000, p.at + f.afterMs);
    const money = { amount: f.amount ?? p.basket.amount, currency: p.basket.currency };
    if (f.type === 'order.updated')
      out.push(step(f.type, at, checkout(p, paidWith ?? p.attempts[0], f.shipping ?? p.shipping)));
    else if (f.type === 'order.cancelled')
      out.push(step(f.type, at, { ...money, amount: p.basket.amount, customer: { email: p.buyer.email } }));
    else
      out.push(
        step(f.type, at, {
          ...money,
          ...(f.reason ? { reason: f.reason } : {}),
          ...(f.type === 'refund.created' ? {} : cardOf(paidWith)),
        }),
      );
  }
  return out.sort((a, b) => a.at - b.at);
}

/** A purchase's webhooks as posted: a short delivery lag, now and then a retry minutes later that holds back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliver(
    steps(p, { orderId, paymentId }),
    orderId,
    () => (rng.chance(0.015) ? rng.int(60_000, 8 * 60_000) : Math.round(rng.logNormal(400, 0.5))),
    () => `msg_${rng.token(24)}`,
  );
}
